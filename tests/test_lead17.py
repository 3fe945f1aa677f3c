"""Round 17, the lead's readings (issue 8), through the whole review on the shipped corpus, framed as the rewording
evaluation frames a new clause (bench/rewording_eval.py: 第二条 of a three-article county draft, or of an agreement of
the case's kind): a problem clause must be flagged in its category, a look-alike not at all.

The readings: a favour the government side of an agreement declines (甲方不作出保底收益承诺, 不以任何名义返还土地出让
金, 不得以未完成审计为由拖延支付: ``relief.declined``), a coercive measure named as the cause of a cost (因查封发生的看管
费用由行政机关承担), an order to the party after a default (逾期未清理的，由……责令限期清理), an outsider said not to
be restricted (外地企业参加投标，不受地区限制), the same treatment as the locals, an approval inside the administration (a
township's use of county funds, a government investment project, a state firm's owner; 承前省略 of a gate said again
after a semicolon), an old body's function said to be held by its successor now."""


import pytest

from review.norms.analyse import named_as_cause
from review.norms.lexicon import default_lexicon
from review.norms.relief import declined as declined_favour
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("lead17_*.toml")
RULES = load_packs()


def test_every_fixture_has_problems_and_look_alikes():
    assert {stem for stem, _, _ in CASES} == {"lead17_declined", "lead17_guards", "lead17_internal", "lead17_sete"}
    for stem in {stem for stem, _, _ in CASES}:
        assert {case["polarity"] for s, _, case in CASES if s == stem} == {"positive", "negative"}, stem


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_lead17_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


LEXICON = default_lexicon()


@pytest.mark.parametrize("sentence, expected", [
    ("甲方不对乙方作出保底收益承诺。", "不对乙方作出保底收益承诺"),
    ("甲方不以任何名义、任何形式予以返还或者减免。", "不以任何名义、任何形式予以返还或者减免"),
    ("甲方不承担乙方的经营亏损。", "不承担乙方的经营亏损"),
    ("甲方不得以未完成审计为由拒绝支付。", "不得以未完成审计为由拒绝支付"),
    # a waiver formed by the negation, a liability shed, a payment made unconditional: nothing declined
    ("甲方不收取土地出让金。", None),
    ("甲方有权单方解除本协议且不承担任何责任。", None),
    ("甲方不得以任何理由拒绝支付保底收益。", None),
])
def test_declined_favour(sentence, expected):
    found = {declined_favour(LEXICON, sentence, i, i + 1) for i in range(len(sentence))} - {None}
    assert [r.text for r in found] == ([expected] if expected else [])


@pytest.mark.parametrize("sentence, measure, cause", [
    ("因查封经营场所发生的看管费用，由行政机关承担。", "查封", True),
    ("因扣押造成的损失，依法予以赔偿。", "扣押", True),
    ("对拒不整改的，可以查封其经营场所。", "查封", False),
    ("因违法经营被查封的，不得申请补贴。", "查封", False),
])
def test_measure_named_as_cause(sentence, measure, cause):
    a = sentence.index(measure)
    assert named_as_cause(sentence, a, a + len(measure)) is cause
