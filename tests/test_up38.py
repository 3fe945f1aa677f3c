"""Round 38 (up38, issue 8): a provision of a law or 行政法规 restated in other words and changed in one slot of its norm,
and lawful restatements or mere mentions (bench/README.md, "Round 38 — up38")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("up38.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_up38_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
