"""Round 36 (lead36): the lead's two mends after reading the fresh sets — a party sent to buy or insure with one
provider the government names (effect.act's purchase verbs, read by competition.designations), and an old body's
function given to the body that holds it now or its name glossed with the new one (review/agencies.py's NOT-actor
patterns). The fixture's clauses: tests/fixtures/rewordings/lead36.toml."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

RULES = load_packs()
CASES = fixture_cases("lead36.toml")


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_lead36_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
