"""Round 37 wave 2, agency37: forest-rights registration (林权登记) by the body that held it before 不动产统一登记 —
森林法 第十五条第一款, 不动产登记暂行条例 第五条、第六条第二款 — and its lawful look-alikes (bench/README.md,
"Round 37 — agency37")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("agency37.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_agency37_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
