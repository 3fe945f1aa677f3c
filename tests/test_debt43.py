"""Round 43 (debt43, issue 8): a sanction or consequence said not to follow (不予处罚, 免予处罚, 不因此……罚款, 不得因此
……扣押, 不作为……处罚的依据) is no sanction — one reading (review/lexicons/sanctions.toml ``sanction.negated``,
review/norms/analyse.py ``sanctions_of``) honoured by every rule that reads a consequence; the rewordings of
tests/fixtures/rewordings/debt43.toml."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("debt43.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_debt43_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
