"""Round 36 (real36, issue 9): the repealed 城市房屋拆迁 procedure run as a current one, and 计划生育 made a management
duty of private parties or grassroots staff — clause cases in sectors the labelled documents do not use
(tests/fixtures/rewordings/real36.toml; bench/README.md, "Round 36 — real36")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("real36.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_real36_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
