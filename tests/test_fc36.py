"""Round 36 (fc36, issue 8): fair competition read as a concept — a favoured class (local registration, tax, seat,
local purchases or workers; a named or government-owned firm) given something (a subsidy, a rebate, access, an
approval's priority, an exclusive right), the barriers to entry and exit, price or output coordination — and the lawful
look-alikes beside them (bench/README.md, "Round 36 — fc36")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("fc36.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_fc36_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
