"""Round 42 (slots42, issue 8): an article restated in the clause's own words and changed in one slot of its norm — a
figure of one slot among several, the body or its level, a step or an alternative dropped, the bearer, a prohibition
turned into a permission — and look-alikes restating the same articles faithfully or in another order
(bench/README.md, "Round 42 — slots42")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("slots42.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_slots42_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
