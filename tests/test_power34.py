"""Round 34 (power34, issue 8): a public body's supervision handed to the supervised party while the body withdraws its
own check, in words the drop reading did not reach (bench/README.md, "Round 34 — power34")."""

import pytest

from review.norms.power import readings
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("power34.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_power34_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
