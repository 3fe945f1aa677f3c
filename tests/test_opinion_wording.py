"""Every rule's opinion and suggestion, filled in for each of its positive examples, reads as finished Chinese:
no `{placeholder}` is left for a legal officer to see."""

from __future__ import annotations

import re

import pytest

from review.match import finding_from_hit, match_citation, match_document, match_text
from review.rules import load_packs

RULES = load_packs()
CASES = [(r, ex) for r in RULES for ex in r.examples_positive]
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def hit_for(rule, ex):
    if rule.kind == "text":
        ex = {"text": ex} if isinstance(ex, str) else ex
        hits = match_text(rule, ex["text"], ex.get("header", ""))
        return hits[0] if hits else None
    if rule.kind == "meta":
        return match_document(rule, {k: v for k, v in ex.items() if k != "as_of"}, as_of=ex.get("as_of"))
    return match_citation(rule, ex, doc_meta={"date": ex["date"]} if ex.get("date") else None,
                          as_of=ex.get("as_of"))


def test_cases_were_collected():
    assert len(CASES) > 150


@pytest.mark.parametrize("rule, example", CASES, ids=lambda x: getattr(x, "id", None) or "ex")
def test_no_placeholder_left(rule, example):
    hit = hit_for(rule, example)
    if hit is None:          # examples needing a document kind or date context are covered by test_rule_examples
        pytest.skip("example needs document context")
    f = finding_from_hit(rule, hit, None)
    assert not PLACEHOLDER.search(f.problem), f.problem
    assert not PLACEHOLDER.search(f.suggestion), f.suggestion
