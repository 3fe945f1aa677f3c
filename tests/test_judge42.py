"""Round 42 (judge42, issue 9 item 3): moved functions where the old body acts — the real-estate registration function
in its other wordings, and a body heading a list of duties (X负责A；B；C) that performs a moved function in a later
part — with lawful look-alikes (bench/README.md, "Round 42 — judge42")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("judge42.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_judge42_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
