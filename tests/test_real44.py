"""Round 44 (real44, issue 9): the family's births written out — a child's order, the number born, an only child, a
child outside the marriage (birth.count) — and a person's contraception scored, read by FP-LINK; and charges a
document lays (fee), kept as a regression (tests/fixtures/rewordings/real44.toml; bench/README.md, "Round 44 — real44")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("real44.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_real44_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
