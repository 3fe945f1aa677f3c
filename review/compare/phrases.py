"""Sentences and phrases of a source text: the stretch around an offset, trimmed of punctuation."""

from __future__ import annotations

import re

from ..sentences import CLOSING_MARKS, stretch
from .normalise import PUNCT_RX, ComparisonText

# compared with an upper-level text, a full-width colon ends a stretch too (a list's header before its items)
SENTENCE_END = CLOSING_MARKS + "\n："
PHRASE_END = SENTENCE_END + "，,"
CLAUSE_END = "。；;\n"          # the end of a 分句 for exceptions (a colon does not end it)
ITEM_RX = re.compile(r"\s*[（(][一二三四五六七八九十\d]+[)）]")


def han_pairs(text: str, skip: str = "") -> set[str]:
    """The pairs of adjacent Chinese characters of ``text``, none of them in ``skip`` (anything else breaks a run)."""
    core = "".join(c if "\u4e00" <= c <= "\u9fff" and c not in skip else "|" for c in text)
    return {core[i:i + 2] for i in range(len(core) - 1) if "|" not in core[i:i + 2]}


def sentence_ids(text: ComparisonText, marks: str = SENTENCE_END) -> list[int]:
    """For every comparison character, the index of the source sentence (or phrase) it belongs to."""
    bounds = [i for i, c in enumerate(text.text) if c in marks]
    out = []
    b = 0
    for start in text.starts:
        while b < len(bounds) and bounds[b] < start:
            b += 1
        out.append(b)
    return out


def bounds(text: str, pos: int, marks: str) -> tuple[int, int]:
    """The stretch around ``pos`` that no character of ``marks`` interrupts."""
    return stretch(text, pos, pos, marks)


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    """[s, e) without leading and trailing whitespace and punctuation."""
    while s < e and (text[s].isspace() or PUNCT_RX.match(text[s])):
        s += 1
    while e > s and (text[e - 1].isspace() or PUNCT_RX.match(text[e - 1])):
        e -= 1
    return s, e


def phrase(text: str, pos: int) -> tuple[int, int]:
    """The trimmed phrase (between commas, semicolons, full stops) around ``pos``."""
    if not text:
        return 0, 0
    pos = max(0, min(pos, len(text) - 1))
    return trim(text, *bounds(text, pos, PHRASE_END))


def chunks_matching(text: str, s: int, e: int, rx: re.Pattern) -> tuple[int, int] | None:
    """The stretch of [s, e) from the first to the last punctuation-delimited chunk that ``rx`` finds."""
    hits = list(rx.finditer(text, s, e))
    if not hits:
        return None
    a, _ = bounds(text, hits[0].start(), PHRASE_END + "、")
    _, b = bounds(text, hits[-1].end() - 1, PHRASE_END + "、")
    a, b = max(a, s), min(b, e)
    a, b = trim(text, a, b)
    return (a, b) if a < b else (hits[0].start(), hits[-1].end())
