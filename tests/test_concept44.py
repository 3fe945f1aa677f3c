"""Round 44 (concept44, issue 8): power and license — concepts that carry over (tests/fixtures/rewordings/concept44.toml;
bench/README.md, "Round 44 — concept44"). Each problem clause flagged in its own category, each look-alike not at all:
a power taken by a body that holds none, a final or binding say, control over a self-governing body; a licence named by
its document, an approval dressed as a regime; a paper from a private third party; and their lawful look-alikes."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("concept44.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_concept44_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


def test_concept44_fixture_covers_both_polarities():
    polarities = {(c["category"], c["polarity"]) for _, _, c in CASES}
    for category in ("power", "license", "proof"):
        assert {(category, "positive"), (category, "negative")} <= polarities
