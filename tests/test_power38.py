"""Round 38 (power38, issue 8): the body's power over the public without a source, its duties or liability shed,
procedural rights dropped, and a sanction or coercion carried out through a third party at the body's order, with
lawful look-alikes (bench/README.md, "Round 38 — power38")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("power38.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_power38_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
