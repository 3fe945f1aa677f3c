"""Round 32 (upperr, issue 8): own rewordings of the upper-law retrieval mechanisms in new sectors (粮食, 档案, 气象,
无线电, 测绘, 邮政), and bench/upper_diag.py's split of a retrieval miss into where the governing article stood and
whether it could be read at all (bench/README.md, "Round 32 — upperr")."""

from types import SimpleNamespace

import pytest

from bench.upper_diag import miss_kind
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("upperr.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_upperr_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


def _hits(*scores):
    return [SimpleNamespace(score=s) for s in scores]


@pytest.mark.parametrize("rank, reach, kind", [
    # not among the hits, though it would score 54 against the clause: the candidate set left it out
    (None, 54.0, "absent/reachable 54"),
    # not among the hits, and 38 at best however retrieved: the clause words the matter in its own way
    (None, 38.0, "absent/reworded 38"),
    # the best hit, under its floor
    (0, 35.0, "below-floor/reworded 35"),
    # among the hits, behind the ones compared
    (2, 50.0, "outranked/reachable 50"),
    # guard: UPPER_WEAK_SCORE itself is reachable (the floor a best hit is read from)
    (1, 48.0, "outranked/reachable 48"),
])
def test_miss_kind(rank, reach, kind):
    assert miss_kind(_hits(60, 55, 50), rank, reach) == kind
