"""Round 41 (gap41, issue 8): an article restated with one slot of its norm altered (a figure, an exception, a step,
the modal, the body) and faithful restatements of the same articles (bench/README.md, "Round 41 — gap41")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("gap41.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_gap41_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
