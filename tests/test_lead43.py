"""Round 43 (lead43, informed by round 43's fresh misses and look-alikes): confiscated goods and owed fines are no
fine laid, a coordinating committee's office holds no enforcement power, a consent set before the statutory licence,
goods handed by duty to a local firm or others' reports not recognised, a freeze called 锁定资金 — and the lawful
neighbours. Clauses: tests/fixtures/rewordings/lead43.toml (real corpus, all packs)."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

RULES = load_packs()
CASES = fixture_cases("lead43.toml")


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_lead43_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
