"""Round 45 (lead45, informed by round 45's fresh upper-law misses): a level lowered past a county body that only
receives a filing, papers added to a list the law lays out item by item, a lead time borne by the agent a modal names
after it, a threshold added to an upper article's conditions — and the lawful neighbours. Clauses:
tests/fixtures/rewordings/lead45.toml (real corpus, all packs)."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

RULES = load_packs()
CASES = fixture_cases("lead45.toml")


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_lead45_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
