"""Round 14, a wrong error a legal officer found in a random sample of 40 sweep findings: an education bureau's
enrolment rules that put a school's 特长生 admissions to the education authority for approval (D018 第27条) were
reported as a licence the document sets (C-LICENSE-01, error). A public school's enrolment, classes and teaching
approved by its education authority is the administration of education (义务教育法 第七条; 行政许可法 第三条第二款), not
leave for a private activity. Private schools and schools named among other bodies stay gated (the labels of D018 第31条
and D009 第三十条 keep those as licence problems)."""

from tests.rule_rows import check_row, rule_rows

ROWS = [
    # the education authority over its schools: administration
    ("C-LICENSE-01", "学校招收初中体育、艺术特长生，须经省市教育部门批准备案，招生比例不得超过招生人数的10%。", False),
    ("C-LICENSE-01", "公办小学开设课后托管服务的，须经区教育局同意后方可实施。", False),
    ("C-LICENSE-01", "各公办幼儿园调整招生范围，须报县教育局审批后方可执行。", False),
    # private schools, training businesses, a school among other bodies: a gate on the market
    ("C-LICENSE-01", "民办初中提供奖学金的招生人数、招生时间，须经市教育部门审批后方可实施。", True),
    ("C-LICENSE-01", "校外培训机构须经县教育局审批后方可招生。", True),
    ("C-LICENSE-01", "任何部门、学校、社会团体、机构等组织，未经批准不得组织学生参加各种学科竞赛活动。", True),
    ("C-LICENSE-01", "学生家长须经学校同意后方可开设课外辅导班。", True),
]


@rule_rows(ROWS)
def test_school_approvals(rule_id, text, expected):
    check_row(rule_id, text, expected)
