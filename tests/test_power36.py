"""Round 36 (power36, issue 8): a body that widens its own power or sheds its duties — orders, inspections and
decisions beyond its competence, discretion over others' rights, binding readings, enforcement handed to the
supervised, liability declared away, remedies closed — and the lawful look-alikes beside them (bench/README.md,
"Round 36 — power36")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("power36.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_power36_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
