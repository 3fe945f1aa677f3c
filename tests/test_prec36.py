"""Round 36 (prec36, issues 8 and 9): lawful look-alikes fashen still flagged — a list of what officials must not do,
compensation paid by law, a statutory fine or fee restated as the law provides, a definition naming the county, a
pre-reform agency name used lawfully, a 民政 inspection a law gives — and the problems of the same surfaces
(bench/README.md, "Round 36 — prec36")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("prec36.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_prec36_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
