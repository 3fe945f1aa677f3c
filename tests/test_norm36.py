"""Round 36 (norm36, issue 8): relatives bearing another's conduct, a benefit refused for an unrelated past record, a
sanction named without a penalty word, a list the document makes with consequences — and their lawful look-alikes
(tests/fixtures/rewordings/norm36.toml; bench/README.md, "Round 36 — norm36")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("norm36.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_norm36_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
