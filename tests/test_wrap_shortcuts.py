"""Round-15 speed shortcuts are exact (hard wraps, the agency gates over unwrapped clauses, could_hold): each is compared with the full computation it replaces, on the real
documents (../shared, when it is there) and on the rules' and concepts' own examples."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from review.agencies import is_agency_rule, wrapped_findings
from review.clauses import split_clauses
from review.norms.analyse import could_hold, reading_parts
from review.norms.lexicon import default_lexicon
from review.readers import read_document
from review.rules import load_packs
from review.sentences import sentence_spans, unwrapped, wrapped_at

DOCS = Path(__file__).resolve().parents[2] / "shared" / "data" / "documents" / "txt"
LEX = default_lexicon()
RULES = load_packs()
needs_docs = pytest.mark.skipif(not DOCS.is_dir(), reason="the real documents (../shared) are not here")


def _texts() -> list[str]:
    return [f.read_text(encoding="utf-8") for f in sorted(DOCS.glob("*.txt"))] if DOCS.is_dir() else []


def _unwrapped_by_character(text: str) -> tuple[str, list[int]]:
    """What ``unwrapped`` computed before: every character tested."""
    keep = [i for i, ch in enumerate(text) if not (ch == "\n" and wrapped_at(text, i))]
    return "".join(text[i] for i in keep), keep


@pytest.mark.parametrize("text", ["", "\n", "\n\n", "a\n", "\n甲", "第一条 本办法适用于全市范围内的行政许可事项和\n公共服务事项。"])
def test_unwrapped_edges_are_the_character_by_character_reading(text):
    assert unwrapped(text) == _unwrapped_by_character(text)


@needs_docs
def test_unwrapped_real_documents_are_the_character_by_character_reading():
    wraps = 0
    for text in _texts():
        flat, back = unwrapped(text)
        assert (flat, back) == _unwrapped_by_character(text)
        wraps += len(text) - len(flat)
    assert wraps > 100          # the layout texts do hold hard wraps: the comparison saw some


def _any_find(name, parts) -> bool:
    return any(LEX.find(name, part) for part in parts)


@needs_docs
def test_could_hold_is_any_non_empty_match_on_real_sentences():
    names = tuple(LEX.concepts) + tuple(LEX.groups)
    held = 0
    for i, text in enumerate(_texts()[::5]):
        text = text[:6000]
        for a, b in sentence_spans(text)[i % 3::3]:
            parts = reading_parts(text[a:b], "为加强管理，有关事项通知如下：")
            for name in names:
                expected = _any_find(name, parts)
                assert could_hold(LEX, name, parts) is expected, (name, text[a:b])
                held += expected
    assert held > 200


def test_could_hold_on_examples():
    for c in LEX.concepts.values():
        for e in c.examples_positive[:2] + c.examples_negative[:2]:
            assert could_hold(LEX, c.name, [e]) is _any_find(c.name, [e]), (c.name, e)


def _key_blind(rules):
    """The same rules without their gates' required keys: every gate is searched (the full computation)."""
    return [replace(r, keys=None) for r in rules]


@needs_docs
def test_wrapped_findings_with_the_gate_keys_are_those_of_every_gate_searched():
    rules = [r for r in RULES if is_agency_rule(r) and r.kind == "text"]
    assert sum(r.gate is not None and r.keys is not None for r in rules) > 20
    found = 0
    for f in sorted(DOCS.glob("*.txt")):
        doc = read_document(f)
        clauses = split_clauses(doc)
        fast = wrapped_findings(rules, clauses, [], doc.text)
        full = wrapped_findings(_key_blind(rules), clauses, [], doc.text)
        assert [(x.rule, x.quote, x.clause.index) for x in fast] == [(x.rule, x.quote, x.clause.index) for x in full]
        assert [x.to_dict() for x in fast] == [x.to_dict() for x in full], f.name
        found += len(fast)
    assert found > 0            # old names the layout broke are in the real documents
