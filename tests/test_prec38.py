"""Round 38 (prec38, issues 8 and 9): lawful look-alikes fashen still flagged — a sanction on officials (处分), the
body's own equipment sealed, the body's own organ approving its own spending, a business's own price list, a civil
liability described, a central purchase under protective duties, a private contract's 违约金, a qualification national
rules require, a subsidy paid on its own result — and the problems of the same surfaces (bench/README.md, "Round 38 —
prec38")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("prec38.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_prec38_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
