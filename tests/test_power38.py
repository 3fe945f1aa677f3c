"""Round 38 (power38, issue 8): the body's power over the public without a source, its duties or liability shed,
procedural rights dropped, and a sanction or coercion carried out through a third party at the body's order, with
lawful look-alikes (bench/README.md, "Round 38 — power38")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("power38.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_power38_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


# ---- a sanction or a coercion through a third party (review/norms/through.py)
from review.norms.through import readings as through  # noqa: E402


@pytest.mark.parametrize("sentence, kind, guard", [
    ("对涉嫌非法集资的企业，县金融工作局可以书面通知其开户银行暂停该企业账户的一切资金划转。", "through_hold", ""),
    ("对拒不整改的加油站，由县商务局通知成品油批发企业暂停对其供油，直至整改验收合格。", "through_hold", ""),
    ("对违规经营的兽药经营者，由县农业农村局通知辖区兽药生产企业一年内停止向其供货。", "through_bar", ""),
    ("对超限运输的车辆，由县交通运输局通知货运源头单位不得为其装载货物。", "through_bar", ""),
    # guards: a court's order; a protective negation
    ("银行业金融机构收到人民法院的协助执行通知书后，应当通知开户银行暂停被执行人账户的资金划转。", "through_hold", "lawful_order"),
    ("任何单位不得通知供货企业停止向经营者供货。", "through_bar", "protective"),
])
def test_through(sentence, kind, guard):
    found = through(sentence)
    assert found and found[0][0] == kind and found[0][3] == guard


@pytest.mark.parametrize("sentence", [
    "对拒不拆除违法建筑的住户，由街道办事处通知供电企业停止供电。",      # a utility cut: C-COERCE-02's
    "县商务局应当通知各商业银行做好预付卡资金存管工作。",               # no stopping
])
def test_not_through(sentence):
    assert not through(sentence)
