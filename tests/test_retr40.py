"""Round 40 (retr40, issue 8): clauses altering the article a 法律/行政法规 lays for what they regulate, each naming
that article in its note, and lawful look-alikes restating it or its neighbouring norm (bench/README.md, "Round 40 —
retr40"; the retrieval audit bench/retrieval_audit.py measures where the named article ranks)."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("retr40.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_retr40_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
