"""Round 37 (fc37, issue 8): designated providers named without the word 指定 — a business, a citizen or a lower body
bound to buy from, insure with, connect to, use, hire or choose among the providers the government named, listed, made
定点 or runs one platform for, with the others excluded or a benefit kept for the choice; and the lawful look-alikes
(bench/README.md, "Round 37 — fc37")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("fc37.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_fc37_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
