"""Round 38 (rights38, issue 8: rights): a private claim deemed lost by a deadline the document sets, a private-law
freedom made subject to an official's consent, membership rights withdrawn as a side effect, a collective or a
complainant made to bear another's act, duties to watch and report laid on private people, a record that bars an
unrelated service — with their lawful look-alikes (bench/README.md, "Round 38 — rights38")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("rights38.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_rights38_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
