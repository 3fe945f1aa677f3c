"""Round 38 (rights38, issue 8: rights): a private claim deemed lost by a deadline the document sets, a private-law
freedom made subject to an official's consent, membership rights withdrawn as a side effect, a collective or a
complainant made to bear another's act, duties to watch and report laid on private people, a record that bars an
unrelated service — with their lawful look-alikes (bench/README.md, "Round 38 — rights38")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("rights38.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_rights38_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


# ---- the readings of review/norms/forfeit.py, each with its look-alike
from review.norms.forfeit import forfeited  # noqa: E402


@pytest.mark.parametrize("sentence, header, name", [
    ("储户未在六个月内办理转存手续的，视为放弃该笔存款的本息。", "", "claim_lost"),
    ("逾期未申报的农户，视为自动放弃当年的耕地地力保护补贴。", "", None),          # a benefit's own step
    ("引进人才在服务期内解除劳动合同的，应当事先报经县人才办同意。", "", "consent_of"),
    ("承租人转租的，应当经出租人同意。", "", None),                                   # the private counterparty
    ("把渔船转让给他人的渔民，其年度集体分红一并取消。", "", "member_lost"),
    ("村民转让其所持集体资产股份的，转让后不再享有相应股份的分红。", "", None),       # the share itself transferred
    # (F4 — collective, complainant — moved in round 39 to review/norms/detriment.py: tests/test_rights39.py reads
    # the same four sentences there, as ``vicarious`` and ``reprisal``)
])
def test_forfeit_readings(sentence, header, name):
    got = forfeited(sentence, header)
    assert (got[0].name if got else None) == name
