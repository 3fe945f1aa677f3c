"""Round 37 (prec37, issues 8 and 9): lawful look-alikes fashen still flagged — a negated or protective approval,
registration or exclusivity; a registration or certificate a public body itself provides; the body's own records
sealed; the body's own rules published; an old agency name inside a cited provision; the conduct after
"违反《X》第N条规定" restated from the article — and the problems of the same surfaces (bench/README.md, "Round 37 —
prec37")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("prec37.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_prec37_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
