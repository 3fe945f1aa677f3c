"""Round 37 (lead37): the lead's mends on the round-36 sets (dev) — a measure the clause refers in general words to
the laws that give it (依照有关法律规定可以查封) is restated, not set. The fixture's clauses:
tests/fixtures/rewordings/lead37.toml."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

RULES = load_packs()
CASES = fixture_cases("lead37.toml")


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_lead37_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
