"""Round 39 (real39, issue 9): proof readings behind the real documents' misses — a registrar's proof named by its
issuer, a private contract to be certified by an office, a health paper by another name (bench/README.md,
"Round 39 — real39")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("real39.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_real39_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
