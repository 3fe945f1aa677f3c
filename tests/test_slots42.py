"""Round 42 (slots42, issue 8): an article restated in the clause's own words and changed in one slot of its norm — a
figure of one slot among several, the body or its level, a step or an alternative dropped, the bearer, a prohibition
turned into a permission — and look-alikes restating the same articles faithfully or in another order
(bench/README.md, "Round 42 — slots42")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("slots42.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_slots42_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


# ---- the slot reading and the slot-by-slot comparison on their own (review/compare/slots.py), on the articles' text
from review.compare.pipeline import compare  # noqa: E402
from review.compare.slots import read_slots  # noqa: E402

LAND_62_4 = "农村村民住宅用地，由乡（镇）人民政府审核批准；其中，涉及占用农用地的，依照本法第四十四条的规定办理审批手续。"
BUILD_7 = ("建筑工程开工前，建设单位应当按照国家有关规定向工程所在地县级以上人民政府建设行政主管部门申请领取施工许可证；但是，"
           "国务院建设行政主管部门确定的限额以下的小型工程除外。")
ESTATE_45_2 = "商品房预售人应当按照国家有关规定将预售合同报县级以上人民政府房产管理部门和土地管理部门登记备案。"
VILLAGE_24 = ("村民委员会应当自新一届村民委员会产生之日起十日内完成工作移交。工作移交由村民选举委员会主持，由乡、民族乡、镇的人民政府"
              "监督。")
INJURY_10 = "用人单位应当按时缴纳工伤保险费。职工个人不缴纳工伤保险费。"


def test_read_slots():
    slots = {(s.actor, s.role) for s in read_slots(BUILD_7)}
    assert ("建设单位", "who") in slots
    assert ("工程所在地县级以上人民政府建设行政主管部门", "to") in slots
    (supervise,) = [s for s in read_slots(VILLAGE_24) if s.actor == "乡、民族乡、镇的人民政府"]
    assert supervise.level == 0 and supervise.role == "who"


def _kinds(clause, upper):
    return {(c.kind, c.clause_span, c.upper_span) for c in compare(clause, upper).changes
            if c.kind in ("body_changed", "subject_changed") and c.severity != "info"}


@pytest.mark.parametrize("clause, upper, change", [
    ("农村村民住宅用地，由县自然资源和规划局审核批准。", LAND_62_4, ("body_changed", "县自然资源和规划局", "乡（镇）人民政府")),
    ("工作移交由村民选举委员会主持，由村党组织监督。", VILLAGE_24, ("body_changed", "村党组织", "乡、民族乡、镇的人民政府")),
    ("建筑工程开工前，施工单位应当向县住房和城乡建设局申请领取施工许可证。", BUILD_7, ("subject_changed", "施工单位", "建设单位")),
    ("商品房预售合同由买受人报县住房和城乡建设局和县自然资源局登记备案。", ESTATE_45_2, ("subject_changed", "买受人", "商品房预售人")),
])
def test_slot_moved(clause, upper, change):
    assert change in _kinds(clause, upper)


@pytest.mark.parametrize("clause, upper", [
    ("农村村民住宅用地由乡镇人民政府审核批准。", LAND_62_4),
    ("工作移交由乡镇人民政府监督，由村民选举委员会主持。", VILLAGE_24),
    ("建设单位在建筑工程开工前，应当向县住房和城乡建设局申请领取施工许可证。", BUILD_7),
    ("商品房预售人应当将预售合同报县住房和城乡建设局和县自然资源局登记备案。", ESTATE_45_2),
    ("参保单位应当按照规定缴纳工伤保险费。", INJURY_10),            # one class named otherwise, no other side
    ("县农业农村局会同乡镇人民政府审核批准农村村民住宅用地。", LAND_62_4),  # the article's body kept
])
def test_slot_kept(clause, upper):
    assert not {k for k in _kinds(clause, upper) if k[0] in ("body_changed", "subject_changed")
                and k[2] in ("乡（镇）人民政府", "乡、民族乡、镇的人民政府", "建设单位", "商品房预售人", "用人单位")}
