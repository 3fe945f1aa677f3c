"""The text of ``word/document.xml`` as fashen reads it, with every character traced back to its XML source.

``map_body`` walks the body exactly as ``review.readers.docx`` does (same order, same numbering counters,
same skipped subtrees, same cell and line joins, same stripping in ``build_document``) and returns a
``TextMap``: the text, and for each character the element it came from and the offset inside it —
``(w:t, k)`` for text, ``(w:tab | w:br | w:noBreakHyphen, 0)`` for the one-character elements, ``None`` for
what the reader adds (list numbers, the " | " between table cells, the "\\n" between lines). A quote found in
``TextMap.text`` is thereby a set of places in the XML where a comment can start and end.

``reject`` names revision authors whose tracked changes are read as rejected (their insertions skipped,
their deletions read): fashen's own suggested revisions in an annotated draft, so that reading it back gives
the drafter's text (see ``review.readers.docx``).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import repeat

from review.readers.docx import CELL_SEP, MC, W, Numbering
from review.readers.edges import is_edge_filler

_Q = "{%s}" % W
P, TBL, TR, TC, T, TAB, BR, CR = (_Q + t for t in ("p", "tbl", "tr", "tc", "t", "tab", "br", "cr"))
DEL, INS, MOVE_FROM, DEL_TEXT, INSTR = (_Q + t for t in ("del", "ins", "moveFrom", "delText", "instrText"))
NOBREAK = _Q + "noBreakHyphen"
AUTHOR = _Q + "author"
SKIP = {DEL, MOVE_FROM, DEL_TEXT, INSTR, _Q + "pPr", _Q + "rPr", _Q + "sectPr", f"{{{MC}}}Fallback",
        _Q + "footnoteReference", _Q + "commentReference"}

Source = tuple  # (element, offset) or None


@dataclass(frozen=True, slots=True)
class TextMap:
    """``text`` as the reader produces it; ``sources[i]`` the XML origin of ``text[i]`` or None."""

    text: str
    sources: tuple

    def span_sources(self, start: int, end: int) -> tuple[int, int] | None:
        """[start, end) narrowed to the characters that exist in the XML (drops list numbers and joins);
        None when none of them does."""
        while start < end and self.sources[start] is None:
            start += 1
        while end > start and self.sources[end - 1] is None:
            end -= 1
        return (start, end) if start < end else None


class _Chars:
    """A string under construction with a source per character."""

    __slots__ = ("chars", "srcs")

    def __init__(self, chars=None, srcs=None):
        self.chars: list[str] = chars if chars is not None else []
        self.srcs: list = srcs if srcs is not None else []

    def add(self, text: str, src_elem=None) -> None:
        self.chars.extend(text)
        if src_elem is None:
            self.srcs.extend([None] * len(text))
        else:
            self.srcs.extend(zip(repeat(src_elem), range(len(text))))

    def extend(self, other: _Chars) -> None:
        self.chars.extend(other.chars)
        self.srcs.extend(other.srcs)

    def split_lines(self) -> list[_Chars]:
        if "\n" not in self.chars:
            return [self]
        out, start = [], 0
        for i, ch in enumerate(self.chars):
            if ch == "\n":
                out.append(_Chars(self.chars[start:i], self.srcs[start:i]))
                start = i + 1
        out.append(_Chars(self.chars[start:], self.srcs[start:]))
        return out

    def strip(self, gone=str.isspace) -> _Chars:
        """Without the characters at either edge for which ``gone`` is true."""

        s, e = 0, len(self.chars)
        while s < e and gone(self.chars[s]):
            s += 1
        while e > s and gone(self.chars[e - 1]):
            e -= 1
        if s == 0 and e == len(self.chars):
            return self
        return _Chars(self.chars[s:e], self.srcs[s:e])

    def replace_newlines(self) -> _Chars:
        return _Chars([" " if c == "\n" else c for c in self.chars], self.srcs)

    @property
    def text(self) -> str:
        return "".join(self.chars)


class _Walker:
    def __init__(self, numbering: Numbering, reject: frozenset[str]):
        self.numbering = numbering
        self.reject = reject

    def _rejected_ins(self, el) -> bool:
        return el.tag == INS and el.get(AUTHOR) in self.reject

    def _read_del(self, el) -> bool:
        return el.tag == DEL and el.get(AUTHOR) in self.reject

    def run_text(self, el, out: _Chars, in_rejected_del: bool = False) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str):
                continue
            if self._read_del(child):
                self.run_text(child, out, True)
                continue
            if tag == DEL_TEXT and in_rejected_del:
                out.add(child.text or "", child)
                continue
            if tag in SKIP or self._rejected_ins(child):
                continue
            if tag == T:
                out.add(child.text or "", child)
            elif tag == TAB:
                out.add("\t", child)
            elif tag in (BR, CR):
                if child.get(_Q + "type") not in ("page", "column"):
                    out.add("\n", child)
            elif tag == NOBREAK:
                out.add("-", child)
            else:
                self.run_text(child, out, in_rejected_del)

    def paragraph(self, p) -> _Chars:
        out = _Chars()
        out.add(self.numbering.label(p))
        self.run_text(p, out)
        return out

    def cell(self, tc) -> _Chars:
        texts = []
        for p in tc.iter(P):
            t = self.paragraph(p).replace_newlines().strip()
            if t.chars:
                texts.append(t)
        return _join(texts, " ")

    def block(self, el, lines: list[_Chars]) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in SKIP or self._rejected_ins(child):
                continue
            if tag == P:
                lines.extend(self.paragraph(child).split_lines())
            elif tag == TBL:
                for tr in child.iter(TR):
                    if next(tr.iterancestors(TBL), None) is not child:
                        continue
                    cells = [c for c in (self.cell(tc) for tc in tr.findall(TC)) if c.chars]
                    if cells:
                        lines.append(_join(cells, CELL_SEP))
            else:
                self.block(child, lines)


def _join(parts: list[_Chars], sep: str) -> _Chars:
    out = _Chars()
    for i, part in enumerate(parts):
        if i:
            out.add(sep)
        out.extend(part)
    return out


def map_body(body, numbering: Numbering, reject=frozenset()) -> TextMap:
    """The reader's text of ``body`` (a w:body element) with the source of every character."""
    lines: list[_Chars] = []
    _Walker(numbering, frozenset(reject)).block(body, lines)
    out = _Chars()
    first = True
    for line in lines:
        line = line.strip(is_edge_filler)   # as review.readers.build_document strips each line
        if not line.chars:
            continue
        if not first:
            out.add("\n")
        out.extend(line)
        first = False
    return TextMap(out.text, tuple(out.srcs))
