"""Round 39 (rights39, issue 8: rights): one reading of who bears a detriment and for what (review/norms/detriment.py)
— vicarious and collective detriment, retaliation for a lawful right's exercise, a status that is no wrong, a deposit or
guarantee laid on a whole class in advance — with their lawful look-alikes (bench/README.md, "Round 39 — rights39")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("rights39.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_rights39_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
