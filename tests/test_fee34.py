"""Round 34 (fee34, issue 8): a gate the county adds beside or before a licence the law sets, a paper a body issues for
a term, and the cost of a body's own inspection or of a service the document compels put on the party
(bench/README.md, "Round 34 — fee34")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("fee34.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_fee34_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
