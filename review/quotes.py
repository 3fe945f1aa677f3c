"""Quotes as a reader expects them: one sentence at most, starting and ending at a phrase boundary.

Pure str functions over a clause (or document) text and a quote that is a substring of it. A rule's quote
is the phrase around its match; an upper-law quote is a sentence; a merged finding covers several quotes.
Here they are cut at sentence ends (。；！？ and line breaks) and widened to the phrase boundaries (，、：)
around them, so that a quote never starts or ends inside a word. A hard wrap of a fixed-width layout (由参\n保人自行负担,
``sentences.wrapped_at``) ends neither a sentence nor a phrase: a quote runs over it as the matching reads over it.
"""

from __future__ import annotations

from .sentences import (ENUMERATION_COMMA, PHRASE_END as _SENTENCE_PHRASE_END, SENTENCE_END, wrapped_at,
                        wrapped_sentence_bounds)

PHRASE_END = _SENTENCE_PHRASE_END + ENUMERATION_COMMA     # a quote may also end at an enumeration comma
_EDGE = " \t\u3000\u00a0"
_OPENERS = "（(《“‘【["


def _bound(text: str, i: int) -> bool:
    """Whether ``text[i]`` ends a phrase (a hard wrap does not)."""
    return text[i] in PHRASE_END and not wrapped_at(text, i)


def _phrase_start(text: str, at: int, floor: int) -> int:
    while at > floor and not _bound(text, at - 1):
        at -= 1
    while at < len(text) and text[at] in _EDGE:
        at += 1
    return at


def _phrase_end(text: str, at: int, ceil: int) -> int:
    while at < ceil and not (at > 0 and _bound(text, at - 1)) and not _bound(text, at):
        at += 1
    while at > 0 and text[at - 1] in _EDGE + "\n":
        at -= 1
    return at


def _wordy(ch: str) -> bool:
    """A character inside a word: CJK, a letter or a digit (not punctuation, brackets or space)."""
    return bool(ch) and (ch.isalnum() or "\u4e00" <= ch <= "\u9fff")


def _char_before(text: str, i: int) -> str:
    """The character a reader reads before offset ``i``: over a hard wrap, the last of the line before."""
    if i >= 2 and wrapped_at(text, i - 1):
        return text[i - 2]
    return text[i - 1] if i >= 1 else ""


def _char_at(text: str, i: int) -> str:
    """The character a reader reads at offset ``i``: at a hard wrap, the first of the next line."""
    if i < len(text) and wrapped_at(text, i):
        return text[i + 1]
    return text[i] if i < len(text) else ""


def tidy_span(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) cut to one sentence (the one holding most of it), and widened to the phrase boundary
    only where it starts or ends inside a word; the sentence's closing 。； is not part of a quote."""
    while start < end and text[start] in _EDGE + "\n":
        start += 1
    while end > start and text[end - 1] in _EDGE + "\n":
        end -= 1
    best, pos = None, start
    while pos < end:
        s0, e0 = wrapped_sentence_bounds(text, pos, pos + 1)
        a, b = max(s0, start), min(e0, end)
        if best is None or b - a > best[1] - best[0]:
            best = (a, b, s0, e0)
        pos = max(e0, pos + 1)
    if best is None:
        return start, end
    start, end, s0, e0 = best
    if start > s0 and _wordy(_char_before(text, start)) and _wordy(text[start]):
        start = _phrase_start(text, start, s0)
    if end < e0 and end > start and _wordy(text[end - 1]) and _wordy(_char_at(text, end)):
        end = _phrase_end(text, end, e0)
    while end > start and text[end - 1] in SENTENCE_END + _EDGE:
        end -= 1
    return _bracketed(text, start, max(end, start), s0)


_PAIRS = {"）": "（", ")": "("}


def _bracketed(text: str, start: int, end: int, floor: int) -> tuple[int, int]:
    """[start, end) without a closing bracket whose opening one it lacks (镇政府）应当…… cut out of 各区（区、县级市、镇政府）
    应当……; 不予受理） at the end of a long parenthesis): where the opening bracket stands in the same sentence (from
    ``floor``), the quote starts at the phrase holding it; else a closing bracket that ends the quote is dropped."""
    depth = {"（": 0, "(": 0}
    for i in range(start, end):
        ch = text[i]
        if ch in depth:
            depth[ch] += 1
        elif ch in _PAIRS:
            opener = _PAIRS[ch]
            if depth[opener]:
                depth[opener] -= 1
                continue
            at = text.rfind(opener, floor, start)
            if at >= 0 and text.find(ch, at, start) < 0:
                return _phrase_start(text, at, floor), end
            if i == end - 1 and i > start:
                return start, i
    return start, end


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


def as_read(text: str, quote: str) -> str:
    """``quote`` (a substring of ``text``) without the hard wraps it runs over: the words as a sentence of an opinion
    writes them (由参\n保人自行负担 is 由参保人自行负担)."""
    at = text.find(quote) if quote else -1
    if at < 0 or "\n" not in quote:
        return quote
    return "".join(ch for i, ch in enumerate(quote) if not (ch == "\n" and wrapped_at(text, at + i)))


def cut_at_wrap(text: str, start: int, end: int) -> bool:
    """Whether [start, end) of ``text`` starts or ends inside a word at a hard wrap of a fixed-width layout (由参|\n保人
    自行负担: the line break before it or after it is one, ``sentences.wrapped_at``)."""
    return (start >= 2 and wrapped_at(text, start - 1)) or wrapped_at(text, end)


def sentence_over_wraps(text: str, quote: str) -> str:
    """A sentence quote (an upper-law finding's: the sentence compared, left as matched) continued to its sentence's
    bounds where it stops at a hard wrap (……且家庭\n人口在2人(含)以上): a sentence does not end inside a word;
    unchanged elsewhere."""
    at = text.find(quote) if quote else -1
    if at < 0:
        return quote
    start, end = at, at + len(quote.rstrip(_EDGE + "\n"))
    if not cut_at_wrap(text, start, end):
        return quote
    s0, e0 = wrapped_sentence_bounds(text, start, max(end, start + 1))
    if start >= 2 and wrapped_at(text, start - 1):
        start = s0
    if wrapped_at(text, end):
        end = e0
    while end > start and text[end - 1] in SENTENCE_END + _EDGE:
        end -= 1
    return text[start:end].strip(_EDGE + "\n") or quote


def covering_quote(text: str, quotes) -> str:
    """The phrase-bounded span of ``text`` covering every quote that stands in the sentence of the first one
    (the main finding's)."""
    spans = []
    for q in quotes:
        if q:
            at = text.find(q)
            if at >= 0:
                spans.append((at, at + len(q)))
    if not spans:
        return next((q for q in quotes if q), "")
    anchor = spans[0]
    spans.sort()
    s0, e0 = wrapped_sentence_bounds(text, anchor[0], anchor[0] + 1)
    inside = [sp for sp in spans if sp[0] >= s0 and sp[0] < e0]
    start, end = inside[0][0], max(e for _, e in inside)
    s, e = tidy_span(text, start, end)
    return text[s:e].strip(_EDGE + "\n")


def table_row(text: str, quote: str) -> str:
    """The table row (a line of "|"-separated cells) that holds ``quote``, without its edge pipes and spaces: a row
    is one place, read as a whole (an indicator, its score and its note); "" when the quote stands in no row."""
    at = text.find(quote) if quote and "\n" not in quote else -1
    if at < 0:
        return ""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)]
    if line.count("|") < 3:
        return ""
    return line.strip(_EDGE + "|")


def standing_beginning(quote: str, source: str, lo: int = 0, hi: int | None = None) -> str:
    """The longest beginning of ``quote`` that stands in ``source[lo:hi]`` as written: all of it, else the words
    before one of its line breaks (a clause read over a page break, with the page's number printed between its lines
    in the document: D042, D124); "" when not even its first line does."""
    hi = len(source) if hi is None else hi
    cut = len(quote)
    while cut > 0:
        if source.find(quote[:cut], lo, hi) >= 0:
            return quote[:cut]
        cut = quote.rfind("\n", 0, cut)
    return ""


def standing_words(quote: str, source: str) -> str:
    """The words of ``quote`` that stand in ``source`` as written: its longest standing beginning
    (``standing_beginning``), else its longest line that stands, else ""."""
    found = standing_beginning(quote, source)
    if found:
        return found
    lines = [ln for ln in quote.split("\n") if ln.strip() and ln in source]
    return max(lines, key=len) if lines else ""
