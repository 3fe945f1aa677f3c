"""Round 43 (debt43, issue 8): a sanction or consequence said not to follow (不予处罚, 免予处罚, 不因此……罚款, 不得因此
……扣押, 不作为……处罚的依据) is no sanction — one reading (review/lexicons/sanctions.toml ``sanction.negated``,
review/norms/analyse.py ``sanctions_of``) honoured by every rule that reads a consequence; the rewordings of
tests/fixtures/rewordings/debt43.toml."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("debt43.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_debt43_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


# ---- the body's own failing put on the party: one reading (review/norms/fault_shifted.py), which power.toml's
# liability.shed no longer restates
from review.norms.fault_shifted import readings as fault_readings  # noqa: E402


@pytest.mark.parametrize("sentence, shifted", [
    ("因审核工作人员失误导致补贴未能按时发放的，由此造成的一切后果由申请人自行承担", True),
    ("登记完成后发生登记错误给他人造成损害的，由申请人自行承担", True),
    ("因执法过错造成当事人损失的，由当事人自行承担", True),
    ("县行政审批服务局对申请材料仅作形式审查，因审批错误引发的一切后果由申请人自行承担。", True),   # (heldout_round9, tune)
    ("因申请人提供虚假材料造成登记错误，给他人造成损害的，由申请人承担赔偿责任", False),
    ("因申请人提供虚假材料导致审核错误的，由申请人承担相应法律责任", False),
    ("因持证人未按规定办理挂失手续而造成的个人损失，由持证人自行承担", False),
])
def test_fault_shifted(sentence, shifted):
    assert bool([r for r in fault_readings(sentence) if r[0] == "shift"]) is shifted


# ---- a consequence said not to follow (review/norms/negated.py), on its own
from review.norms.negated import consequence_negated  # noqa: E402


@pytest.mark.parametrize("sentence, quote, negated", [
    ("农户因不可抗力未能按期完成秸秆离田的，不因此对其处以罚款。", "罚款", True),
    ("被征收人未搬迁的，不得因此对其停水、停电、停气。", "停气", True),
    ("不予罚款、不予通报批评。", "通报批评", True),
    ("自查发现的隐患，不作为对其实施行政处罚的依据。", "处罚", True),
    ("由县住建局处以三万元罚款，且不予从轻处罚。", "处罚", False),         # leniency denied
    ("按每名职工五百元处以罚款，不因其事后补办而免予处罚。", "处罚", False),  # the exemption negated
    ("情节严重的，处一万元罚款，不得免予处罚。", "处罚", False),
    ("拒不改正的，处二百元罚款。", "罚款", False),
])
def test_consequence_negated(sentence, quote, negated):
    at = sentence.rindex(quote)
    assert consequence_negated(sentence, at, at + len(quote)) is negated
