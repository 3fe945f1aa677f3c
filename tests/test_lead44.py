"""Round 44 (lead44, informed by round 44's fresh misses and look-alikes): a claim barred on a pretext is no protection,
a power claimed as held, one's own vessel's whereabouts, chats handed over by a body's own staff, 违反生育政策, the
abolished 电监会, a business's own market price and a surcharge on a utility bill, powers moved down to townships, papers
asked again, a bystander's records — and the lawful neighbours. Clauses: tests/fixtures/rewordings/lead44.toml (real
corpus, all packs)."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

RULES = load_packs()
CASES = fixture_cases("lead44.toml")


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_lead44_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
