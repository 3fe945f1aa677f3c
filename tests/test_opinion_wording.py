"""Every rule's opinion and suggestion, filled in for each of its positive examples, reads as finished Chinese:
no `{placeholder}` is left for a legal officer to see."""

from __future__ import annotations

import re

import pytest

from review.match import example_hit, finding_from_hit
from review.rules import load_packs

RULES = load_packs()
CASES = [(r, ex) for r in RULES for ex in r.examples_positive]
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def test_cases_were_collected():
    assert len(CASES) > 150


@pytest.mark.parametrize("rule, example", CASES, ids=lambda x: getattr(x, "id", None) or "ex")
def test_no_placeholder_left(rule, example):
    hit = example_hit(rule, example)      # the same reading of an example as test_rule_examples'
    assert hit is not None, "a positive example must fire (tests/test_rule_examples.py says why not)"
    f = finding_from_hit(rule, hit, None)
    assert not PLACEHOLDER.search(f.problem), f.problem
    assert not PLACEHOLDER.search(f.suggestion), f.suggestion
