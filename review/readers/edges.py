"""What a reader strips from the edges of each line: spaces and indents, a byte-order mark, and private-use
code points.

Private-use code points (U+E000–U+F8FF) have no standard glyph; at a line's edge they are the paragraph and
line marks some converters leave behind (a web page saved as text starts each list item with U+E004:
"\\ue004（一）婚姻状况公证书；"). Left there, they hide the item's number from the clause splitter.
"""

from __future__ import annotations

_BLANKS = frozenset(" \t\r\n\u3000\u00a0\ufeff")


def is_edge_filler(ch: str) -> bool:
    """True for a character stripped from a line's edges."""
    return ch in _BLANKS or "\ue000" <= ch <= "\uf8ff"


def strip_line(line: str) -> str:
    """``line`` without the fillers at either edge."""
    start, end = 0, len(line)
    while start < end and is_edge_filler(line[start]):
        start += 1
    while end > start and is_edge_filler(line[end - 1]):
        end -= 1
    return line[start:end]
