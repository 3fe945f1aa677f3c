"""Split an article's text into its 款 (paragraphs), 项 (items) and 目 (sub-items)."""

from __future__ import annotations

import re

from .model import Unit
from .numerals import cn_to_int

ITEM_RE = re.compile(r"^\s*[（(]([一二三四五六七八九十]+)[)）]")
SUBITEM_RE = re.compile(r"^\s*(\d+)[.．、]")


def article_units(article: int, article_sub: int, lines: list[str], path: str = "") -> list[Unit]:
    """Units of one article: the article row (all lines joined by \\n), then each 款 / 项 / 目 in order.

    A line starting （一）/(一) is an item of the paragraph above it; a line starting 1. is a sub-item
    of the item above it; any other line starts a new paragraph.
    """
    lines = [ln.strip() for ln in lines if ln and ln.strip()]
    out = [Unit("article", article, article_sub, path=path, text="\n".join(lines))]
    para, item = 0, None
    for ln in lines:
        m = ITEM_RE.match(ln)
        if m and para:
            item = cn_to_int(m.group(1))
            out.append(Unit("item", article, article_sub, para, item, path=path, text=ln))
            continue
        m = SUBITEM_RE.match(ln)
        if m and item is not None:
            out.append(Unit("subitem", article, article_sub, para, item, int(m.group(1)), path=path, text=ln))
            continue
        para += 1
        item = None
        out.append(Unit("paragraph", article, article_sub, para, path=path, text=ln))
    return out
