"""Wrong findings on real documents (issue 9, round 10, branch docprec10): sentences of the round-8/9 labelled
documents (dev sets) and of documents nobody labelled that a rule flagged and a legal officer would not, each next to a
problem sentence of the same surface that must stay flagged. One row per cause, named by its family (bench/README.md,
"docprec10"); the kind of a document (a compilation, a 规章 whose order number comes first) is tested with the
documents themselves in tests/test_kinds.py."""

from tests.rule_rows import check_row, rule_rows

CASES = [
    # fee — 认购 alone is buying what one applied for (D027 第二十九条: 安居型商品房's applicants choosing their flat in
    # the order of the waiting list), not a levy; buying for someone else's sake by head count stays one
    ("C-FEE-02", "（一）依次自主选房。即入围名单内的认购申请人按照轮候排序，依次参加选房，按照配售建筑面积标准，"
                 "选择其中一套住房；", False),
    ("C-FEE-02", "辖区企业按职工人数每人二百元认购《县志》。", True),
    # license — the approval a law sets for a household's move (户口登记条例 第十条: 准予迁入), named as the scheme the
    # document follows (D031 第十条); labellers mark it lawful in D020, D072, D074, D081, D088
    ("C-LICENSE-01", "第十条　政策性迁户，实行审批入户的管理办法。", False),
    ("C-LICENSE-01", "对本市范围内的校外托管机构实行准入审批制度。", True),
    # license — the use of an insurance benefit a fund pays (特定门诊: 社会保险 待遇, a 给付 the 经办机构 grants), not
    # leave to engage in an activity (行政许可法 第二条) (D024 第六十条)
    ("C-LICENSE-01", "参保人申请特定门诊得到批复后，方可到指定的定点机构就诊、购药。", False),
    ("C-LICENSE-01", "个体诊所须经县卫生健康局审批同意后，方可开展门诊业务。", True),
    # license — the administration's own staff qualified for its own work (土地登记人员持证上岗, D128 一、): internal
    # administration (行政许可法 第三条第二款), labelled lawful
    ("C-LICENSE-01", "未取得部《土地登记上岗资格证》的人员，不得从事土地权属审核和登记审查工作，不得在土地登记审批表、"
                     "土地登记簿上签字。", False),
    ("C-LICENSE-01", "未取得县住建局核发的《房屋中介从业证》的人员，不得从事房屋中介经营活动。", True),
]


@rule_rows(CASES)
def test_round10_precision(rule_id, text, expected):
    check_row(rule_id, text, expected)
