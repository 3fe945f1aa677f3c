"""Round 39 (force39, issue 8): a restated provision of a law or 行政法规 whose force or reach changed — a modal of the
government or of the public, an exception, a right of the party, a subject or scope — and lawful look-alikes that keep
them (bench/README.md, "Round 39 — force39")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("force39.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_force39_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
