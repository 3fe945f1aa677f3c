"""Round 43 (concept43a, issue 8): proof — a lawful paper beside an unlawful one does not excuse it, and a public
body's own record turned into a paper the applicant fetches (tests/fixtures/rewordings/concept43a.toml; bench/README.md,
"Round 43 — concept43a")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("concept43a.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_concept43a_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
