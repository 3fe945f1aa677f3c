"""Round 42 (rights42, issue 9 recall): the government's administration of people laid on a private party, and a
child's registration fixed by the parent's sex — with lawful look-alikes (bench/README.md, "Round 42 — rights42")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("rights42.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_rights42_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
