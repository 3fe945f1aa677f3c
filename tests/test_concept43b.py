"""Round 43 (concept43b, issue 8): a detriment borne by someone other than the one who acted (K) and a bar from
business or a post for a period laid by a document (P) — with lawful look-alikes (bench/README.md, "Round 43 —
concept43b")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("concept43b.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_concept43b_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
