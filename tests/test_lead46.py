"""Round 46 (lead46, informed by round 46's fresh set A misses): a quarter as a sanction's period, 计罚 as a fine, a
share of takings paid over as a levy, the government side ending an agreement with its liability disclaimed, supervision
shed with a bare verb, price conduct inspected by the old price body, 共同生活 alone no means test — and the lawful
neighbours. Clauses: tests/fixtures/rewordings/lead46.toml (real corpus, all packs)."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

RULES = load_packs()
CASES = fixture_cases("lead46.toml") + fixture_cases("lead46b.toml")


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_lead46_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
