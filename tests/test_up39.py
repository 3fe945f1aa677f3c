"""Round 39 (up39, issue 8): retrieval by the norm's slots — a provision of a law or 行政法规 restated in other words
with one slot changed, and lawful restatements, mentions and other norms on the same object (bench/README.md,
"Round 39 — up39")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("up39.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_up39_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
