"""Quotes as a reader expects them: one sentence at most, starting and ending at a phrase boundary.

Pure str functions over a clause (or document) text and a quote that is a substring of it. A rule's quote
is the phrase around its match; an upper-law quote is a sentence; a merged finding covers several quotes.
Here they are cut at sentence ends (。；！？ and line breaks) and widened to the phrase boundaries (，、：)
around them, so that a quote never starts or ends inside a word.
"""

from __future__ import annotations

SENTENCE_END = "。；;！？!?\n"
PHRASE_END = SENTENCE_END + "，,、：:"
_EDGE = " \t\u3000\u00a0"
_OPENERS = "（(《“‘【["


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): from after the previous sentence end to its own end (inclusive)."""
    s = start
    while s > 0 and text[s - 1] not in SENTENCE_END:
        s -= 1
    e = end
    while e < len(text) and text[e - 1:e] not in SENTENCE_END and text[e] not in SENTENCE_END:
        e += 1
    if e < len(text) and text[e] in SENTENCE_END and text[e] != "\n":
        e += 1
    return s, e


def _phrase_start(text: str, at: int, floor: int) -> int:
    while at > floor and text[at - 1] not in PHRASE_END:
        at -= 1
    while at < len(text) and text[at] in _EDGE:
        at += 1
    return at


def _phrase_end(text: str, at: int, ceil: int) -> int:
    while at < ceil and text[at - 1:at] not in PHRASE_END and text[at] not in PHRASE_END:
        at += 1
    if at < ceil and text[at] in SENTENCE_END and text[at] != "\n":
        at += 1
    while at > 0 and text[at - 1] in _EDGE + "\n":
        at -= 1
    return at


def tidy_span(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) cut to the sentence its first character stands in, widened to whole phrases."""
    while start < end and text[start] in _EDGE + "\n":
        start += 1
    s0, e0 = sentence_bounds(text, start, start + 1 if start < len(text) else start)
    end = min(end, e0)
    start = _phrase_start(text, start, s0)
    end = _phrase_end(text, max(end, start + 1), e0)
    return start, max(end, start)


def tidy_quote(text: str, quote: str) -> str:
    """``quote`` (a substring of ``text``) cut at the sentence end and widened to phrase boundaries;
    unchanged when it is not found in ``text``."""
    if not quote:
        return quote
    at = text.find(quote)
    if at < 0:
        return quote
    s, e = tidy_span(text, at, at + len(quote))
    out = text[s:e].strip(_EDGE + "\n")
    return out or quote


def covering_quote(text: str, quotes) -> str:
    """The phrase-bounded span of ``text`` covering every quote that stands in the sentence of the first one."""
    spans = []
    for q in quotes:
        if q:
            at = text.find(q)
            if at >= 0:
                spans.append((at, at + len(q)))
    if not spans:
        return next((q for q in quotes if q), "")
    spans.sort()
    s0, e0 = sentence_bounds(text, spans[0][0], spans[0][0] + 1)
    inside = [sp for sp in spans if sp[0] >= s0 and sp[0] < e0]
    start, end = inside[0][0], max(e for _, e in inside)
    s, e = tidy_span(text, start, end)
    return text[s:e].strip(_EDGE + "\n")
