"""Round 37 (power37, issue 8): a body that grants itself open-ended power over the public — binding rules of its own
making, an open demand for papers, inspection or records taken at any time — or sheds its duties (a promise, a liability,
a transfer, the costs of work it entrusted), and their lawful look-alikes (bench/README.md, "Round 37 — power37")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("power37.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_power37_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
