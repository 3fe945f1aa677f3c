"""Round 41 (cmp41, issue 8): an article of a law restated in the clause's own words and changed in one slot, and lawful
look-alikes that restate it faithfully or lay a neighbouring rule (bench/README.md, "Round 41 — cmp41")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("cmp41.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_cmp41_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
