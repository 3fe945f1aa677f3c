"""Round 38 (real38, issue 9: rights): a benefit, a service or a scheme sorting the residents by the type of their
household registration or by the route by which they obtained it (review/norms/hukou_kind.py), with lawful
look-alikes (bench/README.md, "Round 38 — real38")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("real38.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_real38_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
