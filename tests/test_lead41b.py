"""Round 41 (lead41b, informed by round 41's fresh look-alikes): rewordings of each cause of a wrong finding — a return
declined (不设), content ordered deleted, a power kept to its body, a requirement waived, dissenters' 不同意, a final
decision the law itself lays, 行政事业性收费 held to the published list, a public service body charging nothing — and
the problems each guard must leave alone. Clauses: tests/fixtures/rewordings/lead41b.toml (real corpus, all packs)."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

RULES = load_packs()
CASES = fixture_cases("lead41b.toml")


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_lead41b_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
