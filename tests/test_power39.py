"""Round 39 (power39, issue 8): a public body's control over a party outside it without a basis, and duties shed, with
lawful look-alikes (bench/README.md, "Round 39 — power39")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("power39.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_power39_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)

