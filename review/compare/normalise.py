"""The comparison string of a text, with a map back to the source offsets.

Punctuation and whitespace are dropped, full-width digits folded, every amount or duration (一千元以上五千元以下,
二十个工作日内) replaced by one placeholder per dimension, every modal verb (可以/应当/必须/须/不得/禁止 …) by one
character per class, and 本法/本办法/本条例/本规定 by one token for "this instrument"; article numbers, item
numbers and titles in 《》 are dropped. Two texts that differ only in figures, in 应当/必须, in punctuation or in
本法/本办法 then align character for character.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from statutes.numerals import fullwidth_to_ascii

from ..quantities import AGE, COUNT, DISTANCE, DURATION, HEADCOUNT, MONEY, RATIO, Quantity, find_quantities
from .vocabulary import MODAL_RX

MAX_CHARS = 4000        # longer inputs are cut: a clause or an article is far shorter

# private-use characters stand for tokens in the comparison string (input PUA characters are dropped)
QUANTITY_PLACEHOLDER = {MONEY: "\ue001", RATIO: "\ue003", DURATION: "\ue004", AGE: "\ue005",
                        DISTANCE: "\ue006", COUNT: "\ue007", HEADCOUNT: "\ue008"}
MAY, MUST, NOT = "\ue011", "\ue012", "\ue013"
MODAL_CLASSES = (MAY, MUST, NOT)
MODAL_CLASS_NAMES = {MAY: "may", MUST: "must", NOT: "not", None: "none"}
THIS_INSTRUMENT = "\ue021"

THIS_INSTRUMENT_RX = re.compile(r"本(?:实施办法|实施细则|办法|条例|规定|细则|决定|规则|法|意见|通知|措施|方案)")
DROPPED_RX = re.compile(r"^\s*第[一二三四五六七八九十百零〇\d]+条(?:之[一二三四五六七八九十]+)?"
                        r"|[（(][一二三四五六七八九十\d]+[)）]|《[^《》]{0,60}》")
PUNCT_RX = re.compile(r"[\W_]", re.UNICODE)


@dataclass(frozen=True, slots=True)
class ComparisonText:
    """A source text and its comparison string: ``chars[k]`` stands for ``text[starts[k]:ends[k]]``.

    ``quantities`` and ``modal_spans`` are keyed by comparison index (the placeholder's position)."""

    text: str
    chars: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    quantities: dict[int, Quantity]
    modal_spans: dict[int, tuple[int, int]]

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Source offsets of comparison characters [a, b)."""
        if a >= b or a >= len(self.chars):
            return (self.starts[a] if a < len(self.chars) else len(self.text),) * 2
        return self.starts[a], self.ends[min(b, len(self.chars)) - 1]

    def source(self, a: int, b: int) -> str:
        s, e = self.span(a, b)
        return self.text[s:e]

    def word(self, k: int | None) -> str:
        """The source words comparison character ``k`` stands for ("" for None)."""
        return self.text[self.starts[k]:self.ends[k]] if k is not None else ""

    def index_at(self, offset: int) -> int:
        """The first comparison index at or after source ``offset`` (the last one when none is)."""
        for k, start in enumerate(self.starts):
            if start >= offset:
                return k
        return max(0, len(self.starts) - 1)

    def modal_indexes(self, a: int, b: int) -> list[int]:
        """Comparison indexes of the modal verbs in [a, b)."""
        return [k for k in range(a, b) if self.chars[k] in MODAL_CLASSES]


# a Latin letter a scanned text has for a digit in an amount (对个人处l万元以上5万元以下: 地质灾害防治条例 第四十三条 as
# the corpus holds it): l or I for 1, O or o for 0 — one character for one, so offsets stay
_ONE_LOOKALIKE = re.compile(r"(?<![A-Za-z])[lI](?=\d*(?:\.\d+)?[万千百]?元)")
_ZERO_LOOKALIKE = re.compile(r"(?<=\d)[Oo](?=\d*(?:[万千百]?元))")


def digit_lookalikes(text: str) -> str:
    """``text`` with a letter standing for a digit in an amount read as that digit (same length)."""
    return _ZERO_LOOKALIKE.sub("0", _ONE_LOOKALIKE.sub("1", text))


def normalise(text: str) -> ComparisonText:
    text = text[:MAX_CHARS]
    folded = digit_lookalikes(fullwidth_to_ascii(text))
    tokens: list[tuple[int, int, str, Quantity | None]] = []   # (start, end, replacement, quantity)
    for q in find_quantities(folded):
        tokens.append((q.start, q.end, QUANTITY_PLACEHOLDER[q.dim], q))
    for m in MODAL_RX.finditer(folded):
        modal_class = MAY if m.group("may") else MUST if m.group("must") else NOT
        tokens.append((m.start(), m.end(), modal_class, None))
    for m in THIS_INSTRUMENT_RX.finditer(folded):
        tokens.append((m.start(), m.end(), THIS_INSTRUMENT, None))
    for m in DROPPED_RX.finditer(folded):
        tokens.append((m.start(), m.end(), "", None))
    tokens.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    quantities: dict[int, Quantity] = {}
    modal_spans: dict[int, tuple[int, int]] = {}
    next_token = 0
    pos = 0
    while pos < len(folded):
        while next_token < len(tokens) and tokens[next_token][0] < pos:
            next_token += 1
        if next_token < len(tokens) and tokens[next_token][0] == pos and tokens[next_token][1] > pos:
            start, end, replacement, quantity = tokens[next_token]
            if replacement:
                if isinstance(quantity, Quantity):
                    quantities[len(chars)] = quantity
                elif replacement in MODAL_CLASSES:
                    modal_spans[len(chars)] = (start, end)
                chars.append(replacement)
                starts.append(start)
                ends.append(end)
            pos = end
            continue
        c = folded[pos]
        if not PUNCT_RX.match(c):
            chars.append(c.lower())
            starts.append(pos)
            ends.append(pos + 1)
        pos += 1
    return ComparisonText(text, "".join(chars), tuple(starts), tuple(ends), quantities, modal_spans)


KEYED_BASE, KEYED_SLOTS = 0xE100, 0x700


def value_keyed(text: ComparisonText) -> str:
    """The comparison string with each figure's placeholder replaced by a character of its value (a private-use
    character chosen by a stable digest of dimension and bounds): 三个月以上不满一年 and 一年以上不满三年 no longer
    look alike, so that a clause restating one tier of a graded article aligns with that tier."""
    import zlib

    chars = list(text.chars)
    for k, q in text.quantities.items():
        key = f"{q.dim}|{q.lo}|{q.hi}" if q.mode == "range" else f"{q.dim}|{q.value}"
        chars[k] = chr(KEYED_BASE + zlib.crc32(key.encode()) % KEYED_SLOTS)
    return "".join(chars)
