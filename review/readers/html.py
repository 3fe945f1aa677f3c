"""Saved web pages (.html/.htm): charset from BOM/meta (gb2312/gbk read as GB18030), chrome dropped, Zoom body preferred.

A page nested deeper than lxml's tree allows (256 levels, 2048 with ``huge_tree``) or than a recursive walk can
follow is read whole by a flat pass over the tags (``flat_text``) instead of losing the text past the limit."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path


from .safety import guard
from .textfile import decode_text

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_SKIP_TAGS = {"script", "style", "noscript", "iframe", "head", "select", "option", "button", "nav", "footer",
              "header", "form", "input", "textarea", "object", "embed", "svg", "map"}
_CHROME_ATTR = re.compile(r"(^|[\s_\-])(nav|navbar|menu|footer|foot|breadcrumb|crumbs?|sidebar|topbar|toolbar|"
                          r"share|copyright|weixin|qrcode|login|search)([\s_\-]|\d|$)", re.I)
_BLOCK = {"p", "div", "br", "tr", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "center",
          "blockquote", "pre", "section", "article", "dd", "dt", "dl", "hr", "tbody", "thead", "body", "title",
          "address", "caption"}
_WS = re.compile(r"[ \t\r\n\f\v\u00a0]+")
_CJK_BREAK = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])[ \t\r\n]*\n[ \t\r\n]*(?=[\u3000-\u9fff\uff00-\uffef])")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def decode_html(data: bytes) -> tuple[str, str]:
    m = _META_CHARSET.search(data[:8192])
    declared = m.group(1).decode("ascii", "replace") if m else None
    try:
        return decode_text(data, declared)
    except ValueError:
        from .textfile import normalize_charset

        enc = normalize_charset(declared or "utf-8")
        try:
            return data.decode(enc, errors="replace"), enc
        except LookupError:
            return data.decode("utf-8", errors="replace"), "utf-8"


def _norm_inline(s: str) -> str:
    s = _CJK_BREAK.sub("", s)
    return _WS.sub(" ", s)


def _lines(el, out: list[str]) -> None:
    """Append text of ``el`` to ``out``; "\\n" separates blocks; table rows become "a | b | c"."""
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag == "tr" and el.find(".//table") is None:
        cells = []
        for td in el:
            if isinstance(td.tag, str) and td.tag.lower() in ("td", "th"):
                cell_parts: list[str] = []
                _lines(td, cell_parts)
                text = " ".join(x.strip() for x in "".join(cell_parts).split("\n") if x.strip())
                if text:
                    cells.append(text)
        out.append("\n" + " | ".join(cells) + "\n")
        return
    if tag == "pre":
        out.append("\n" + el.text_content() + "\n")
        return
    if tag == "br":
        out.append("\n")
        return
    if tag in _BLOCK:
        out.append("\n")
    if el.text:
        out.append(_norm_inline(el.text))
    for child in el:
        if isinstance(child.tag, str):
            _lines(child, out)
        if child.tail:
            out.append(_norm_inline(child.tail))
    if tag in _BLOCK:
        out.append("\n")


def _drop_chrome(root) -> None:
    for el in list(root.iter()):
        if not isinstance(el.tag, str):  # comments, processing instructions
            if el.getparent() is not None:
                el.drop_tree()
            continue
        tag = el.tag.lower()
        attrs = f"{el.get('id', '')} {el.get('class', '')}"
        if tag in _SKIP_TAGS or (tag not in ("body", "html") and _CHROME_ATTR.search(attrs)):
            if el.getparent() is not None:
                el.drop_tree()


def _find_zoom(root):
    for el in root.iter():
        if isinstance(el.tag, str) and (el.get("id") or "").lower() == "zoom":
            return el
    return None


def _page_title(root) -> str:
    """On pages with a Zoom body, the document title sits in a cell whose class names a title."""
    for el in root.iter():
        if isinstance(el.tag, str) and "title" in (el.get("class") or "").lower():
            text = _WS.sub(" ", el.text_content()).strip()
            if _CJK.search(text) and len(text) < 120:
                return text
    t = root.find(".//title")
    return _WS.sub(" ", t.text_content()).strip() if t is not None else ""


@guard
def read_html(path: Path, data: bytes) -> tuple[list[str], str]:
    import lxml.html
    from lxml import etree

    text, enc = decode_html(data)
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text.lstrip("\ufeff"))
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True,
                                  huge_tree=True)
    try:
        root = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError):
        return flat_text(text), enc
    if any("depth" in (err.message or "").lower() for err in parser.error_log):
        return flat_text(text), enc          # the tree stops at the depth limit: the rest would be lost
    try:
        return _tree_lines(root), enc
    except RecursionError:
        return flat_text(text), enc


def _tree_lines(root) -> list[str]:
    zoom = _find_zoom(root)
    parts: list[str] = []
    if zoom is not None:
        title = _page_title(root)
        if title:
            parts.append(title + "\n")
        _drop_chrome(zoom)
        _lines(zoom, parts)
    else:
        _drop_chrome(root)
        body = root.find("body")
        _lines(body if body is not None else root, parts)
    return [ln.strip(" \u3000") for ln in "".join(parts).split("\n")]


_FLAT_SKIP = {"script", "style", "noscript", "head", "select", "textarea", "svg", "object", "iframe"}


class _FlatParser(HTMLParser):
    """Text of a page from the tag stream alone: no tree, so no depth limit and no recursion."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in _FLAT_SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")
        elif tag in ("td", "th"):
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in _FLAT_SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(_norm_inline(data))


def flat_text(text: str) -> list[str]:
    flat = _FlatParser()
    flat.feed(text)
    flat.close()
    return [ln.strip(" \u3000") for ln in "".join(flat.parts).split("\n")]
