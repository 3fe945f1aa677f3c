"""Round 36 (up36, issue 8): upper-law on clauses restating one provision of a law or 行政法规 with its time limit or
figure changed (S5: the government's limit lengthened, the citizen's protective limit shortened; S6: a figure altered),
and their lawful look-alikes (bench/README.md, "Round 36 — up36")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("up36.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_up36_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
