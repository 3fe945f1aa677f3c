"""The rule stage of a very large document on two processes (review/fork_map.py) gives the findings of one process,
in the same order; a child that fails leaves its part to the parent; where forking is unsafe nothing is forked."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import pytest

import review.fork_map as fork_map_module
from review.clauses import split_clauses
from review.fork_map import _cut, fork_map, usable
from review.match import apply_rules
from review.readers import read_document
from review.rules import load_packs

DOCS = Path(__file__).resolve().parents[2] / "shared" / "data" / "documents" / "txt"
FORKS = "fork" in multiprocessing.get_all_start_methods()


@pytest.fixture
def forking(monkeypatch):
    """Fork even here (a test runner's worker may run threads of its own; these children only compute and send)."""
    if not FORKS:
        pytest.skip("no fork start method on this platform")
    monkeypatch.setattr(fork_map_module, "usable", lambda: True)


def _square_evens(x: int) -> list:
    return [x * x] if x % 2 == 0 else []


def test_fork_map_is_the_list_of_results_in_order(forking):
    items = list(range(1001))
    assert fork_map(_square_evens, items) == [_square_evens(x) for x in items]
    assert fork_map(_square_evens, items, cost=lambda x: x) == [_square_evens(x) for x in items]


def test_fork_map_computes_the_childs_part_here_when_the_child_fails(forking):
    parent = os.getpid()

    def fails_in_the_child(x: int) -> list:
        if os.getpid() != parent:
            raise RuntimeError("the child breaks")
        return [x]

    assert fork_map(fails_in_the_child, range(10)) == [[x] for x in range(10)]


def test_an_error_of_the_function_is_raised_here(forking):
    def always_fails(x: int) -> list:
        raise ValueError(x)

    with pytest.raises(ValueError):
        fork_map(always_fails, range(10))


def test_no_fork_in_a_daemonic_process(monkeypatch):
    monkeypatch.setattr(multiprocessing.current_process(), "daemon", True, raising=False)
    assert not usable()


def _usable_in_a_worker(_):
    return usable()


@pytest.mark.skipif(not FORKS, reason="no fork start method on this platform")
def test_no_fork_in_a_pool_worker():
    # a sweep's workers: their siblings use the other cores already
    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.map(_usable_in_a_worker, [0]) == [False]


@pytest.mark.parametrize("costs, cut", [
    ([1, 1], 1),              # one item each side, always
    ([1, 1, 1, 1], 2),
    ([10, 1, 1, 1], 1),       # by cost, not by count
    ([1, 1, 1, 10], 3),
    ([5], 0),                 # (fork_map never cuts fewer than two items)
])
def test_cut_balances_the_costs(costs, cut):
    assert _cut(costs) == min(cut, len(costs) - 1)


@pytest.mark.skipif(not DOCS.is_dir(), reason="needs ../shared/data/documents")
def test_the_rule_stage_on_two_processes_gives_the_same_findings(forking, tmp_path):
    # real documents, concatenated: clauses of every kind, list items under headers, agency names
    files = sorted(DOCS.glob("*.txt"))[:12]
    path = tmp_path / "joined.txt"
    path.write_text("\n\n".join(f.read_text(encoding="utf-8") for f in files), encoding="utf-8")
    doc = read_document(path)
    clauses = split_clauses(doc)
    rules = load_packs()
    for per_sentence, chosen in ((False, [r for r in rules if r.category != "agency"]),
                                 (True, [r for r in rules if r.category == "agency"])):
        one = apply_rules(chosen, clauses, doc, "2026-12-02", per_sentence=per_sentence)
        two = apply_rules(chosen, clauses, doc, "2026-12-02", per_sentence=per_sentence, clause_map=fork_map)
        assert one, "the documents hold findings"
        assert [f.to_dict() for f in two] == [f.to_dict() for f in one]
        assert all(a.clause is b.clause for a, b in zip(one, two))    # the parent's own clauses
