"""Shortcuts that must change nothing: each gives what the plain computation gives, on real text and on random
text dense in the characters that matter."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from review.agencies import _DEFINED, defined_matches
from review.firstchars import joined_keys, text_keys
from review.norms.lexicon import default_lexicon
from review.sentences import sentence_spans

DOCS = Path(__file__).resolve().parents[2] / "shared" / "data" / "documents" / "txt"
LEX = default_lexicon()
NAMES = tuple(LEX.concepts) + tuple(LEX.groups)


@pytest.mark.parametrize("text, header", [
    ("第一条 申请人应当提交材料。", "有下列情形之一的："),   # an item and its header
    ("a", ""), ("", "下列"), ("", ""),                      # either part empty
    ("ab\n", "\n"),                                         # the separator inside the parts
])
def test_joined_keys_are_the_keys_of_the_joined_text(text, header):
    assert joined_keys(text, "\n", header) == text_keys(f"{text}\n{header}")


def _spans(matches):
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.skipif(not DOCS.is_dir(), reason="needs ../shared/data/documents")
def test_defined_names_searched_near_brackets_are_all_of_them_in_real_documents():
    texts = [p.read_text(encoding="utf-8") for p in sorted(DOCS.glob("*.txt"))]
    found = 0
    for text in texts + ["\n\n".join(texts)]:
        plain = _spans(_DEFINED.finditer(text))
        assert _spans(defined_matches(text)) == plain
        found += len(plain)
    assert found > 100


@settings(max_examples=400)
@given(st.lists(st.sampled_from(["（以下简称", "(下文称", "（以下称“", "局", "市房管", "）", ")", "”", "“", "，", "\n",
                                  "。", "房屋登记机构", "x" * 30]), max_size=40))
def test_defined_names_searched_near_brackets_are_all_of_them(parts):
    text = "".join(parts)          # brackets close together, names longer than the reach, nothing at all
    assert _spans(defined_matches(text)) == _spans(_DEFINED.finditer(text))


@pytest.mark.skipif(not DOCS.is_dir(), reason="needs ../shared/data/documents")
def test_a_concepts_scan_behind_its_first_characters_finds_the_same_matches():
    text = "\n".join(p.read_text(encoding="utf-8")[:2000] for p in sorted(DOCS.glob("*.txt"))[::8])
    sentences = [text[a:b] for a, b in sentence_spans(text)]
    wrapped = 0
    for name in NAMES:
        plain = re.compile(LEX.source(name))
        if LEX.scan_source(name) != LEX.source(name):
            wrapped += 1
        for s in sentences:
            assert [m.span() for m in LEX.rx(name).finditer(s)] == [m.span() for m in plain.finditer(s)], name
    assert wrapped > len(NAMES) * 0.9     # most concepts start with characters that can be told
