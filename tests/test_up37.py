"""Round 37 (up37, issue 8): a restated provision of a law or 行政法规 that gained a condition or changed its force,
and lawful restatements that keep it (bench/README.md, "Round 37 — up37")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("up37.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_up37_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
