"""OFD (GB/T 33190-2016), the fixed-layout format e-government systems export: a zip of XML parts.

OFD.xml → DocBody/DocRoot → Document.xml → Pages/Page@BaseLoc → Content.xml → Layer → TextObject
(Boundary "x y w h") → TextCode (X, Y relative to the boundary; DeltaX per glyph, "g N d" repeating d).
Text is placed glyph by glyph, so lines are rebuilt from positions: codes on one baseline (within half a
font size) form a line, ordered by x; wrapped visual lines are rejoined into paragraphs as for PDF.
Template pages (CommonData/TemplatePage, e.g. a red header) are read before the page's own content.
The same zip and XML limits as .docx apply (review.readers.safety).
"""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass
from pathlib import Path

from statutes.errors import InputError

from .safety import guard, check_zip, read_zip_entry, reject_dtd, safe_xml_parser

MAX_PAGES = 5000


@dataclass(frozen=True, slots=True)
class Glyphs:
    """One TextCode placed on its page (millimetres, y downwards as in OFD)."""

    page: int
    x: float
    y: float
    size: float
    text: str
    advance: float     # x just after the last glyph


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(el, name: str):
    return [c for c in el if _local(c.tag) == name]


def _first(el, name: str):
    for c in el.iter():
        if _local(c.tag) == name:
            return c
    return None


def _floats(value: str | None) -> list[float]:
    out = []
    for tok in (value or "").replace(",", " ").split():
        try:
            out.append(float(tok))
        except ValueError:
            out.append(0.0)
    return out


def _deltas(value: str | None) -> list[float]:
    """DeltaX/DeltaY: numbers, where "g N d" stands for N times d."""
    toks = (value or "").split()
    out: list[float] = []
    i = 0
    while i < len(toks):
        if toks[i] == "g" and i + 2 < len(toks):
            try:
                n, d = int(float(toks[i + 1])), float(toks[i + 2])
            except (ValueError, OverflowError):     # "g inf 3", "g nan 3": garbage, no glyphs
                n, d = 0, 0.0
            out.extend([d] * max(0, min(n, 100_000)))
            i += 3
            continue
        try:
            out.append(float(toks[i]))
        except ValueError:
            pass
        i += 1
    return out


def page_glyphs(root, page: int) -> list[Glyphs]:
    """Every TextCode of a Content.xml (a Page or TemplatePage root), in document order."""
    out: list[Glyphs] = []
    for obj in root.iter():
        if _local(obj.tag) != "TextObject":
            continue
        box = _floats(obj.get("Boundary")) + [0.0, 0.0]
        size = (_floats(obj.get("Size")) or [3.5])[0] or 3.5
        x = y = 0.0
        for code in _children(obj, "TextCode"):
            text = code.text or ""
            if code.get("X") is not None:
                x = (_floats(code.get("X")) or [0.0])[0]
            if code.get("Y") is not None:
                y = (_floats(code.get("Y")) or [0.0])[0]
            if not text:
                continue
            deltas = _deltas(code.get("DeltaX"))
            width = sum(deltas[:len(text) - 1]) + size
            out.append(Glyphs(page, box[0] + x, box[1] + y, size, text, box[0] + x + width))
            x += width
    return out


def lines_from_glyphs(glyphs: list[Glyphs]) -> list[str]:
    """Visual lines: per page, codes whose baselines are within half a font size, left to right; a gap of
    more than two font sizes between codes on a line becomes a space (table columns, 签发 blocks)."""
    lines: list[str] = []
    by_page: dict[int, list[Glyphs]] = {}
    for g in glyphs:
        by_page.setdefault(g.page, []).append(g)
    for page in sorted(by_page):
        rows: list[list[Glyphs]] = []
        for g in sorted(by_page[page], key=lambda g: (g.y, g.x)):
            if rows and abs(g.y - rows[-1][0].y) <= 0.5 * max(g.size, rows[-1][0].size):
                rows[-1].append(g)
            else:
                rows.append([g])
        for row in rows:
            row.sort(key=lambda g: g.x)
            parts = [row[0].text]
            for prev, g in zip(row, row[1:]):
                if g.x - prev.advance > 2 * g.size:
                    parts.append(" ")
                parts.append(g.text)
            lines.append("".join(parts))
        lines.append("")                     # a page ends a paragraph
    return lines


def _resolve(base_dir: str, loc: str) -> str:
    loc = (loc or "").strip().replace("\\", "/")
    path = loc.lstrip("/") if loc.startswith("/") else posixpath.join(base_dir, loc)
    return posixpath.normpath(path).lstrip("/")


@guard
def read_ofd(path: Path) -> list[str]:
    from lxml import etree

    from .pdf import full_line_length, merge_visual_lines

    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise InputError(path, "OFD 文件已损坏：不是完整的压缩包（可能下载不完整）") from None
    with zf:
        check_zip(path, zf)
        names = set(zf.namelist())
        parser = safe_xml_parser()

        def parse(name: str):
            if name not in names:
                raise InputError(path, f"OFD 文件缺少 {name}，文件不完整或已损坏")
            data = read_zip_entry(path, zf, name)
            reject_dtd(path, data, name)
            try:
                return etree.fromstring(data, parser)
            except etree.XMLSyntaxError as e:
                raise InputError(path, f"OFD 文件中的 {name} 不是有效的 XML（文件可能已损坏）：第 {e.lineno} 行") from None

        ofd = parse("OFD.xml")
        roots = [el.text for el in ofd.iter() if _local(el.tag) == "DocRoot" and el.text]
        if not roots:
            raise InputError(path, "OFD.xml 中没有 DocRoot（文档入口），不是有效的 OFD 文件")
        doc_name = _resolve("", roots[0])
        doc = parse(doc_name)
        doc_dir = posixpath.dirname(doc_name)
        templates = {}
        common = _first(doc, "CommonData")
        if common is not None:
            for t in _children(common, "TemplatePage"):
                if t.get("ID") and t.get("BaseLoc"):
                    templates[t.get("ID")] = _resolve(doc_dir, t.get("BaseLoc"))
        pages_el = _first(doc, "Pages")
        pages = _children(pages_el, "Page") if pages_el is not None else []
        if len(pages) > MAX_PAGES:
            raise InputError(path, f"OFD 文件页数过多（{len(pages)} 页），已拒绝读取")
        glyphs: list[Glyphs] = []
        for number, page in enumerate(pages):
            if not page.get("BaseLoc"):
                continue
            content_name = _resolve(doc_dir, page.get("BaseLoc"))
            content = parse(content_name)
            for tref in _children(content, "Template"):
                name = templates.get(tref.get("TemplateID", ""))
                if name and name in names:
                    glyphs.extend(page_glyphs(parse(name), number))
            glyphs.extend(page_glyphs(content, number))
    if not glyphs:
        raise InputError(path, "OFD 文件中没有文字对象（可能是扫描件制成的 OFD），请提供带文字的版本或 Word 文档")
    visual = lines_from_glyphs(glyphs)
    full = full_line_length([ln for ln in visual if ln])
    return merge_visual_lines(visual, full)
