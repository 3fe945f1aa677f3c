"""Round 39 (corpus39): clauses resting on a repealed system whose repealing instrument the corpus now holds
(劳动教养, 收容教育) or still does not (营业税: 国务院令第691号), and lawful look-alikes; the supplement texts in the
snapshot; ``fashen rules check`` over every level (bench/README.md, "Round 39 — corpus39")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("corpus39.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_corpus39_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
