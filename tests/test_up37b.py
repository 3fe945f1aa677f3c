"""Round 37 (up37b, issue 8): retrieval of the provision a clause restates in other words,
positives and faithful look-alikes (bench/README.md, "Round 37 — up37b")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("up37b.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_up37b_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
