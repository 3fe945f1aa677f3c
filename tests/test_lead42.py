"""Round 42 (lead42, informed by round 42's fresh misses and look-alikes): goods required to come from a local
producer, outside goods examined again, a benefit withheld for an outside origin (in the item or its list header), a
reward measured by tax paid whatever employment earns it, over-quota births' names exposed, a dispatched worker sent
back for a birth, a penalty said not to follow — and the lawful neighbours. Clauses: tests/fixtures/rewordings/lead42.toml
(real corpus, all packs)."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

RULES = load_packs()
CASES = fixture_cases("lead42.toml")


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_lead42_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
