"""Round 31 (docs31, issue 9): the evaluator (bench/real_eval.py) puts a finding whose quote the engine read over a
hard line wrap and gives without it (独生子\\n女证 quoted 独生子女证) where its words stand in its own clause — not at
a copy of the same words elsewhere in the document (D024 第六十一条); the clauses of tests/fixtures/rewordings/
docs31.toml (norms whose lines a fixed-width layout wrapped) judged as before (bench/README.md, "Round 31 — docs31")."""

import sys
from pathlib import Path

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from real_eval import _over_line_breaks, finding_span  # noqa: E402

CASES = fixture_cases("docs31.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_docs31_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


# the same words once unwrapped at the start (a copy) and once wrapped in the finding's clause at the end
COPY = "二、属独生子女的需提供独生子女证。\n"
WRAPPED = "六、属独生子女的需提供独生子\n女证。"


@pytest.mark.parametrize("text, quote, c0, c1, want", [
    # a quote without the line break its words stand across in the clause: found over it
    (COPY + WRAPPED, "属独生子女的需提供独生子女证", len(COPY), len(COPY + WRAPPED), "属独生子女的需提供独生子\n女证"),
    # a quote that holds a line break itself: left to the verbatim search
    (COPY + WRAPPED, "独生子\n女证", len(COPY), len(COPY + WRAPPED), None),
    # a clause without a line break: nothing to skip
    (COPY, "属独生子女的需提供独生子女证", 0, len(COPY) - 1, None),
    # words the clause does not hold, even over its breaks
    (COPY + WRAPPED, "计划生育证明", len(COPY), len(COPY + WRAPPED), None),
])
def test_quote_found_over_line_breaks(text, quote, c0, c1, want):
    got = _over_line_breaks(text, quote, c0, c1)
    assert (text[got[0]:got[1]] if got else None) == want


def test_a_finding_quoted_over_a_wrap_stands_in_its_clause_not_at_a_copy():
    text = COPY + WRAPPED
    d = {"quote": "属独生子女的需提供独生子女证",
         "clause": {"start": len(COPY), "end": len(text), "text": WRAPPED}}
    s, e = finding_span(d, text)
    assert s >= len(COPY) and text[s:e] == "属独生子女的需提供独生子\n女证"
