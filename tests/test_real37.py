"""Round 37 (real37, issue 9): basic social insurance split by household registration, and a residence-permit
holder made to report changes within a deadline — clause cases in sectors the labelled documents do not use
(tests/fixtures/rewordings/real37.toml; bench/README.md, "Round 37 — real37")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("real37.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_real37_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
