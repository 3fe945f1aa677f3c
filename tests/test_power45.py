"""Round 45 (power45, issue 8): power — a body revoking at will what it granted, taking control of a private business's
own prices or plans, binding others to its own decisions, shedding its duty to verify (tests/fixtures/rewordings/
power45.toml; bench/README.md, "Round 45 — power45"). Each problem clause flagged as power, each look-alike not at all."""

import pytest

from review.norms.lexicon import default_lexicon
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("power45.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_power45_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


def test_power45_fixture_covers_both_polarities():
    assert {c["polarity"] for _, _, c in CASES} == {"positive", "negative"}


# the concepts' own slots, one row per behaviour
@pytest.mark.parametrize("concept, text, expected", [
    # granted first, the body's need, then the taking back
    ("benefit.revoke_at_will", "已核发的出租汽车经营权，县交通运输局可以根据城市交通发展需要无偿收回", True),
    # the law's own ground and compensation: no at-will marker
    ("benefit.revoke_at_will", "因公共利益需要依法收回已核发的经营权的，依法给予补偿", False),
    # a compensation refused is no lawful change
    ("grant.altered_lawful", "经营单位不得因此要求补偿", False),
    ("grant.altered_lawful", "由此造成财产损失的，依法给予补偿", True),
    # another organ made to decide as told; a decision on one's own investigation is not
    ("bind.decide_as_told", "执法大队作出的处理意见，属地派出所应当照此作出处罚决定", True),
    ("bind.decide_as_told", "行政机关应当依据调查结果作出处理决定", False),
    # the rules of an association on the whole trade, not on its members
    ("bind.rules_on_all", "协会制定的服务规范对全县所有家政企业具有约束力", True),
    ("bind.rules_on_all", "协会会员应当遵守协会章程", False),
])
def test_power45_concepts(concept, text, expected):
    assert default_lexicon().has(concept, text) is expected
