"""Sentence boundaries: the one helper every module uses to cut a clause into sentences."""

from __future__ import annotations

SENTENCE_END = "。；;！？!?\n"
PHRASE_END = SENTENCE_END + "，,：:"


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (between 。；！？ or line breaks) around [start, end), its closing mark included."""
    s = start
    while s > 0 and text[s - 1] not in SENTENCE_END:
        s -= 1
    e = end
    while e < len(text) and text[e] not in SENTENCE_END:
        e += 1
    return s, min(e + 1, len(text))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Every sentence of ``text`` as (start, end), the closing mark included, blank ones left out."""
    out, s = [], 0
    for i, ch in enumerate(text):
        if ch in SENTENCE_END:
            if text[s:i + 1].strip(" \t\u3000\n"):
                out.append((s, i + 1))
            s = i + 1
    if text[s:].strip(" \t\u3000\n"):
        out.append((s, len(text)))
    return out


def phrase_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The phrase (between commas, colons and sentence marks) around [start, end)."""
    s = start
    while s > 0 and text[s - 1] not in PHRASE_END:
        s -= 1
    e = end
    while e < len(text) and text[e] not in PHRASE_END:
        e += 1
    return s, e
