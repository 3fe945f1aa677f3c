"""Round 32 (moved32, issue 9): functions that moved in the 2018 reform and bodies the agency tables did not hold —
the outpatient benefits of 基本医疗保险 (门诊特定病种, 门诊慢特病), 外国专家 work under 人社, Shenzhen's 人居环境委员会,
the separate 房屋、土地登记部门 (bench/README.md, "Round 32 — moved32")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("moved32.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_moved32_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
