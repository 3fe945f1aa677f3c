"""Round 38 (realprec38, issue 9): an agent's or an entrusted guardian's notarised mandate is no proof demand; a
notarised status, kinship, consent or declaration demanded of the person himself still is (bench/README.md,
"Round 38 — realprec38")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("realprec38.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_realprec38_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
