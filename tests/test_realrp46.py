"""Round 46 (realrp46, issue 9): rights on real documents — an adverse decision (an application or a bid found invalid,
failing, refused; a qualification taken away) that the document says needs no reasons (无须……解释, 不作解释, 不说明
理由), read for the person it falls on whoever decides (review/norms/shed.py ``unreasoned``; C-RIGHTS-NO-REASONS;
tests/fixtures/rewordings/realrp46.toml; bench/README.md, "Round 46 — realrp46")."""

import pytest

from review.norms.shed import readings
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("realrp46.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_realrp46_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


def _unreasoned(sentence: str) -> list[tuple[str, str]]:
    """The ``unreasoned`` spans of ``sentence`` (their words and guard)."""
    return [(sentence[a:b], guard) for kind, a, b, guard in readings(sentence) if kind == "unreasoned"]


@pytest.mark.parametrize("sentence, expected", [
    # D155's two sentences: a panel and an auctioneer, neither a public body by its name
    ("对被认定为无效标书的，评标小组无须对投标人进行解释。", [("评标小组无须对投标人进行解释", "")]),
    ("被认为无效申请的，拍卖人无须对竞买人进行解释。", [("拍卖人无须对竞买人进行解释", "")]),
    # 无须说明理由: the 须 of 无须 is no duty to give them (it was read as one before round 46)
    ("对不予录取的考生，招生学校无须说明理由。", [("招生学校无须说明理由", "")]),
    ("未入选的申请人，评定委员会不负责解释落选原因。", [("评定委员会不负责解释落选原因", "")]),
    # the reasons owed and given: guarded
    ("对不予受理的申请，受理部门应当书面说明理由，不予答复的情形除外。", [("不予答复", "protective")]),
    # the body's failure to answer named as a ground of review (test_power27's look-alike)
    ("县市场监管局对投诉不予受理或者逾期不予答复的，投诉人可以向上一级机关反映。", []),
    # the party itself excused, no adverse decision, an interpretation clause: nothing read
    ("竞买人无须对其报价作出解释。", []),
    ("申请人撤回申请的，无须说明理由。", []),
    ("学员可以随时解除驾驶培训合同，无需说明理由。", []),
    ("本办法由县住房和城乡建设局负责解释。", []),
    ("供应商对资格审查结果有疑问的，可以要求采购人作出解释。", []),
])
def test_unreasoned_reading(sentence, expected):
    assert _unreasoned(sentence) == expected
