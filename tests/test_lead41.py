"""Round 41 (lead): one contagion guard for every class-bar reading — a contagious person kept from work that may spread
it is the law's measure, refusing to hire him or barring him from anything else is not. The clauses:
tests/fixtures/rewordings/lead41.toml (real corpus, all rule packs)."""

import pytest

from review.norms.guards import contagion_work_bar
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

RULES = load_packs()
CASES = fixture_cases("lead41.toml")


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_lead41_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("sentence, expected", [
    ("病原携带者在排除传染嫌疑前不得上岗。", True),
    ("患有有碍食品安全疾病的人员，不得从事接触直接入口食品的工作。", True),
    ("传染病病人治愈前暂停在幼儿园工作。", True),
    ("用人单位不得录用传染病病原携带者。", False),          # hiring: 就业促进法 第三十条 forbids the refusal
    ("乙肝病毒携带者不得从事餐饮服务。", False),            # 乙肝 is not among the diseases the laws name
    ("曾患传染病的人员不得申请公共租赁住房。", False),      # not work
    ("不得从事直接接触入口食品的工作的人员，包括传染病病人。", False),   # the status after the bar
])
def test_contagion_work_bar(sentence, expected):
    assert contagion_work_bar(sentence) is expected
