"""Round 38 (lead38): the lead's mends after reading the round's fresh rows (informed, so tuned) — a birth status
said not to count or a child born outside the policy counted in cuts the family-planning tie (fp.equal); a late fee a
private party collects as its agreement provides is a civil term (own.civil_late_fee). The fixture's clauses:
tests/fixtures/rewordings/lead38.toml."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

RULES = load_packs()
CASES = fixture_cases("lead38.toml")


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_lead38_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
