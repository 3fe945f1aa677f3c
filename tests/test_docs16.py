"""Round 16, issue 9 (docs16): what the labelled real documents showed.

* schooling named as such (接受义务教育、学前教育、基础教育) held back for a parent's compliance with the
  family-planning policy (FP-COMPLY; D098 第二十二条, D091 第二十七条) — rows from
  tests/fixtures/rewordings/docs16.toml and the look-alikes of the same grammar;
* an abolished institution named again and again is one finding per document, the other places listed
  (review.merge.fold_document_repeats; D124's review form);
* a clause's offsets travel with its finding (Clause.to_dict), so an evaluator or a script puts a finding where it
  stands when the same words stand at several places (bench/real_eval.finding_span; D042, D006)."""

from dataclasses import replace

from review.merge import fold_document_repeats
from review.model import Clause, Finding
from tests.rule_rows import check_row, rule_rows

ROWS = [
    # schooling held back for compliance: condition first, condition last, a benefit of equal treatment, a definition
    ("FP-COMPLY", "外来务工人员在本镇连续务工满两年、遵守计划生育政策的，其适龄子女可以在居住地接受义务教育。", True),
    ("FP-COMPLY", "随迁子女接受学前教育的，其父母应当符合国家和省计划生育政策。", True),
    ("FP-COMPLY", "农民工子女在县城公办学校接受教育，须以父母执行计划生育政策为前提。", True),
    ("FP-COMPLY", "符合计划生育政策的进城务工人员子女，由教育部门统筹安排在公办学校接受九年义务教育。", True),
    ("FP-COMPLY", "在同一居住地连续居住并依法缴纳社会保险费满三年、有固定住所、有稳定职业、遵守计划生育政策、依法纳税的，"
                  "其子女接受基础教育按照本市的有关规定执行。", True),
    # look-alikes: the government's own duties side by side, the tie forbidden, two bodies' duties, equal schooling,
    # teaching about family planning, a reward to family-planning families
    ("FP-COMPLY", "各级人民政府应当落实计划生育政策，保障适龄儿童、少年依法接受义务教育。", False),
    ("FP-COMPLY", "适龄儿童接受义务教育，不得以其父母是否符合计划生育政策作为条件。", False),
    ("FP-COMPLY", "卫生健康部门负责计划生育服务，教育部门负责随迁子女接受义务教育的统筹安排。", False),
    ("FP-LINK", "政策外生育的子女与其他儿童同等接受学前教育和义务教育。", False),
    ("FP-COMPLY", "学校应当对学生开展人口和计划生育基础知识教育。", False),
    ("FP-COMPLY", "计划生育家庭的子女接受高中教育的，按规定减免学费。", False),
    # a points item with no list header scores birth status (D043 附件1三, D044): not a bare kind in a list
    ("FP-COMPLY", "1.政策内生育子女的积30分。", True),
    ("FP-COMPLY", "1.夫妻政策内生育一孩或者两孩的积20分。", True),
    ("FP-COMPLY", "（四）未违反计划生育政策的得10分。", True),
    ("FP-LINK", "得分标准：未婚者（不含未婚已育者）或已婚未育者为10分。", True),
    ("FP-LINK", "3、已婚未育者或者未婚未育者为8分，已婚已育者不得分。", True),
    ("FP-COMPLY", "1.取得本科学历的积30分。", False),
    ("FP-LINK", "（二）已婚未育的夫妻可以免费参加孕前优生健康检查。", False),
    ("FP-LINK", "（三）已婚未育夫妇可以在户籍地或者居住地办理生育登记。", False),
    # the question of a 问答 names a proof, the answer demands it (D001)
    ("FP-PROOF", "（二）问：《独生子女证》、《结婚证》丢失，是否可以开具证明？", False),
    ("FP-PROOF", "第二条　（三）问：《流动人口婚育证明》过期的，能否继续使用？", False),
    ("FP-PROOF", "答：子女入学登记时，须提交父母户籍地出具的计划生育证明。", True),
]


@rule_rows(ROWS)
def test_schooling_held_back_for_compliance(rule_id, text, expected):
    check_row(rule_id, text, expected)


def _finding(rule, label, index, text, quote, merged=()):
    clause = Clause(index=index, label=label, text=text, start=index * 100, end=index * 100 + len(text), paragraph=index)
    detail = {"fold": "document"} if rule.startswith("ABOLISHED") else {}
    if merged:
        detail["merged"] = [{"rule": r} for r in merged]
    return Finding(rule=rule, category="repealed-law", severity="warning", title="t", clause=clause, quote=quote,
                   problem=f"“{quote}”援用劳动教养制度。", basis=(), suggestion="", detail=detail)


def test_an_abolished_institution_named_on_every_page_is_one_finding():
    row = "复议机关审查吊销许可证、劳动教养等行政处罚是否合法和适当"
    fs = [_finding("ABOLISHED-LABOUR-CAMP", f"第{i}款", i, row, "劳动教养") for i in (3, 7, 12)]
    out = fold_document_repeats(fs)
    assert len(out) == 1
    assert [p["clause"] for p in out[0].detail["folded"]] == ["第7款", "第12款"]
    assert "文件另有2处同样表述（第7款、第12款），一并修改。" in out[0].problem


def test_a_place_holding_one_more_problem_stays_and_other_rules_are_untouched():
    row = "劳动教养、收容教育等措施"
    fs = [_finding("ABOLISHED-LABOUR-CAMP", "第1款", 1, row, "劳动教养"),
          _finding("ABOLISHED-LABOUR-CAMP", "第2款", 2, row, "劳动教养", merged=("ABOLISHED-CUSTODY-EDUCATION",)),
          _finding("ABOLISHED-LABOUR-CAMP", "第3款", 3, row, "劳动教养", merged=("ABOLISHED-CUSTODY-EDUCATION",)),
          _finding("C-PENALTY-01", "第4款", 4, "处以罚款", "处以罚款"),
          _finding("C-PENALTY-01", "第5款", 5, "处以罚款", "处以罚款")]
    out = fold_document_repeats(fs)
    assert [f.clause.label for f in out] == ["第1款", "第2款", "第4款", "第5款"]
    assert [p["clause"] for p in out[1].detail["folded"]] == ["第3款"]
    assert "folded" not in out[0].detail


def test_a_clause_carries_its_offsets_and_the_evaluator_finds_the_quote_there():
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from real_eval import finding_span

    text = "一、材料：\n5．申请人符合计划生育政策规定的证明。\n二、材料：\n5．申请人符合计划生育政策规定的证明。"
    second = text.rindex("5．")
    clause = Clause(index=3, label="二、5", text=text[second:], start=second, end=len(text), paragraph=3)
    d = replace(_finding("FP-PROOF", "二、5", 3, clause.text, "申请人符合计划生育政策规定的证明"), clause=clause).to_dict()
    assert d["clause"]["start"] == second and d["clause"]["end"] == len(text)
    s, e = finding_span(d, text)
    assert s > second and text[s:e] == "申请人符合计划生育政策规定的证明"


def test_a_rule_at_several_rows_of_one_clause_names_every_row():
    from review.merge import list_clause_repeats

    rows = ("博士人才适龄子女\n毕业证书；工作证；计划生育证明\n户口簿\n"
            "归国留学人员适龄子女\n资格证；居住证；计划生育证明\n户口簿")
    clause = Clause(index=11, label="第11段", text=rows, start=500, end=500 + len(rows), paragraph=11)
    f = Finding(rule="FP-PROOF", category="family-planning", severity="error", title="t", clause=clause,
                quote="计划生育证明", problem="“计划生育证明”要求提供计划生育证明。",
                detail={"quotes": ["计划生育证明", "计划生育证明"]})
    (out,) = list_clause_repeats([f])
    second = rows.index("计划生育证明", rows.index("计划生育证明") + 1)
    assert out.detail["folded"] == [{"clause": "第11段", "index": 11, "quote": "计划生育证明", "start": 500 + second}]
    assert out.problem.endswith("本条另有1处同一问题（“计划生育证明”），一并修改。")


def test_hits_in_the_quoted_sentence_are_not_named_again():
    from review.merge import list_clause_repeats

    text = "申请人应当提交计划生育证明和婚育证明。"
    clause = Clause(index=2, label="第二条", text=text, start=0, end=len(text), paragraph=2)
    f = Finding(rule="FP-PROOF", category="family-planning", severity="error", title="t", clause=clause,
                quote="计划生育证明", problem="p", detail={"quotes": ["计划生育证明", "婚育证明"]})
    (out,) = list_clause_repeats([f])
    assert out is f
