"""Round 41 (power41, issue 8): the power clauses of tests/fixtures/rewordings/power41.toml — control over an
autonomous or private party's own affairs, liability shifted off the body, information withheld wholesale — and their
lawful look-alikes (bench/README.md, "Round 41 — power41")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("power41.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_power41_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
