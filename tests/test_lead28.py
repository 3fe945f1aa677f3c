"""Round 28 (lead28): the lead's own readings of gaps found by reading real output (bench/README.md, "Round 28 —
lead28"): a body's failure to answer past a period, named as the trigger of the applicant's remedy, is described, not
a duty dispensed; a no-answer the document itself allows stays flagged.
"""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("lead28.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_lead28_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
