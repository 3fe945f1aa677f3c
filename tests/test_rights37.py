"""Round 37 (rights37, issue 8: rights): a class of people barred by a record, a status or an origin, and a duty laid on
a private party to collect, report or watch others, with their lawful look-alikes (bench/README.md, "Round 37 —
rights37")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("rights37.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_rights37_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
