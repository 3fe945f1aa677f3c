"""Word 2007+ (.docx): body paragraphs and table rows in order, tracked changes accepted, list numbers kept.

Tracked changes are read as accepted, except fashen's own suggested revisions in an annotated draft
(``fashen review --annotate``): their authors are listed in the custom document property
``REVIEWER_PROPERTY``, and their changes are read as rejected — the drafter's text, as it was reviewed.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from statutes.errors import InputError
from statutes.numerals import int_to_cn

from .safety import guard, check_zip, read_zip_entry, reject_dtd, safe_xml_parser

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
CELL_SEP = " | "
CUSTOM_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
REVIEWER_PROPERTY = "fashen-reviewer"   # authors of fashen's suggested revisions, separated by ";"


def _q(tag: str) -> str:
    return f"{{{W}}}{tag}"


_P, _TBL, _TR, _TC, _T, _TAB, _BR, _CR = (_q(t) for t in ("p", "tbl", "tr", "tc", "t", "tab", "br", "cr"))
_DEL, _MOVE_FROM, _DEL_TEXT, _INSTR = _q("del"), _q("moveFrom"), _q("delText"), _q("instrText")
_SKIP_SUBTREES = {_DEL, _MOVE_FROM, _DEL_TEXT, _INSTR, _q("pPr"), _q("rPr"), _q("sectPr"),
                  f"{{{MC}}}Fallback", _q("footnoteReference"), _q("commentReference")}
_NOBREAK = _q("noBreakHyphen")


# --- numbering -------------------------------------------------------------------------------

_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _roman(n: int) -> str:
    out = ""
    for value, sym in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                       (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += sym
            n -= value
    return out


def format_number(n: int, fmt: str) -> str:
    """One list counter in Word's numFmt."""
    if fmt in ("chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
               "taiwaneseCountingThousand", "chineseLegalSimplified", "koreanCounting"):
        return int_to_cn(n)
    if fmt in ("ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand"):
        return "".join("〇一二三四五六七八九"[int(d)] for d in str(n))
    if fmt == "decimalFullWidth" or fmt == "decimalFullWidth2":
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    if fmt == "decimalEnclosedCircle" or fmt == "decimalEnclosedCircleChinese":
        return _CIRCLED[n - 1] if 0 < n <= len(_CIRCLED) else str(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "upperRoman":
        return _roman(n)
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


class Numbering:
    """numbering.xml resolved: numId -> level -> (numFmt, lvlText, start); counters per numId."""

    def __init__(self, root=None, style_numpr: dict | None = None):
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.style_numpr = style_numpr or {}
        if root is None:
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for an in root.iter(_q("abstractNum")):
            abstract[an.get(_q("abstractNumId"))] = self._read_levels(an)
        for num in root.iter(_q("num")):
            aid = num.find(_q("abstractNumId"))
            levels = dict(abstract.get(aid.get(_q("val")) if aid is not None else "", {}))
            for ov in num.iter(_q("lvlOverride")):
                ilvl = int(ov.get(_q("ilvl"), "0"))
                lvl = ov.find(_q("lvl"))
                if lvl is not None:
                    levels.update(self._read_levels(ov))
                so = ov.find(_q("startOverride"))
                if so is not None and ilvl in levels:
                    fmt, text, _ = levels[ilvl]
                    levels[ilvl] = (fmt, text, int(so.get(_q("val"), "1")))
            self.levels[num.get(_q("numId"))] = levels

    @staticmethod
    def _read_levels(parent) -> dict[int, tuple[str, str, int]]:
        out = {}
        for lvl in parent.findall(_q("lvl")):
            fmt_el, text_el, start_el = lvl.find(_q("numFmt")), lvl.find(_q("lvlText")), lvl.find(_q("start"))
            fmt = fmt_el.get(_q("val"), "decimal") if fmt_el is not None else "decimal"
            text = text_el.get(_q("val"), "") if text_el is not None else ""
            start = int(start_el.get(_q("val"), "1")) if start_el is not None else 1
            out[int(lvl.get(_q("ilvl"), "0"))] = (fmt, text, start)
        return out

    def label(self, p) -> str:
        """The list label Word would display before paragraph ``p`` ("" when none or a bullet)."""
        ppr = p.find(_q("pPr"))
        if ppr is None:
            return ""
        numpr = ppr.find(_q("numPr"))
        num_id, ilvl = None, 0
        if numpr is not None:
            n, lv = numpr.find(_q("numId")), numpr.find(_q("ilvl"))
            num_id = n.get(_q("val")) if n is not None else None
            ilvl = int(lv.get(_q("val"), "0")) if lv is not None else 0
        else:
            style = ppr.find(_q("pStyle"))
            if style is not None and style.get(_q("val")) in self.style_numpr:
                num_id, ilvl = self.style_numpr[style.get(_q("val"))]
        if not num_id or num_id == "0" or num_id not in self.levels:
            return ""
        levels = self.levels[num_id]
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        fmt, text, start = levels[ilvl]
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else start
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if fmt in ("bullet", "none"):
            return ""
        out = text
        for k in range(9, -1, -1):
            token = f"%{k + 1}"
            if token in out:
                kfmt, _, kstart = levels.get(k, ("decimal", "", 1))
                out = out.replace(token, format_number(counters.get(k, kstart), kfmt))
        if out and out[-1] not in "、．.）)：:，, 　\t":
            out += "　"
        return out


def _style_numpr(styles_root) -> dict:
    out = {}
    if styles_root is None:
        return out
    for st in styles_root.iter(_q("style")):
        numpr = st.find(f"{_q('pPr')}/{_q('numPr')}")
        if numpr is None:
            continue
        n, lv = numpr.find(_q("numId")), numpr.find(_q("ilvl"))
        if n is not None:
            out[st.get(_q("styleId"))] = (n.get(_q("val")), int(lv.get(_q("val"), "0")) if lv is not None else 0)
    return out


# --- fashen's own revisions ------------------------------------------------------------------

def reviewer_authors(custom_root) -> frozenset[str]:
    """The revision authors named in docProps/custom.xml's ``REVIEWER_PROPERTY`` (none: empty)."""
    if custom_root is None:
        return frozenset()
    for prop in custom_root.iter(f"{{{CUSTOM_PROPS}}}property"):
        if prop.get("name") == REVIEWER_PROPERTY:
            value = "".join(prop.itertext())
            return frozenset(a.strip() for a in value.split(";") if a.strip())
    return frozenset()


def reject_revisions(root, authors: frozenset[str]) -> None:
    """Undo, in the parsed tree, the tracked changes of ``authors``: drop their insertions, restore their
    deletions (w:delText becomes w:t)."""
    if not authors:
        return
    author = _q("author")
    for ins in [e for e in root.iter(_q("ins")) if e.get(author) in authors]:
        ins.getparent().remove(ins)
    for dele in [e for e in root.iter(_DEL) if e.get(author) in authors]:
        for t in dele.iter(_DEL_TEXT):
            t.tag = _T
        parent = dele.getparent()
        at = parent.index(dele)
        for child in reversed(list(dele)):
            parent.insert(at, child)
        parent.remove(dele)


# --- text --------------------------------------------------------------------------------------

def _run_text(el, out: list[str]) -> None:
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP_SUBTREES:
            continue
        if tag == _T:
            out.append(child.text or "")
        elif tag == _TAB:
            out.append("\t")
        elif tag in (_BR, _CR):
            if child.get(_q("type")) not in ("page", "column"):
                out.append("\n")
        elif tag == _NOBREAK:
            out.append("-")
        else:
            _run_text(child, out)


def _paragraph_text(p, numbering: Numbering) -> str:
    parts: list[str] = [numbering.label(p)]
    _run_text(p, parts)
    return "".join(parts)


def _cell_text(tc, numbering: Numbering) -> str:
    texts = []
    for p in tc.iter(_P):
        t = _paragraph_text(p, numbering).replace("\n", " ").strip()
        if t:
            texts.append(t)
    return " ".join(texts)


def _walk_block(el, numbering: Numbering, out: list[str]) -> None:
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP_SUBTREES:
            continue
        if tag == _P:
            out.extend(_paragraph_text(child, numbering).split("\n"))
        elif tag == _TBL:
            for tr in child.iter(_TR):
                if next(tr.iterancestors(_TBL), None) is not child:
                    continue  # rows of a nested table are read inside their cell
                cells = [_cell_text(tc, numbering) for tc in tr.findall(_TC)]
                cells = [c for c in cells if c]
                if cells:
                    out.append(CELL_SEP.join(cells))
        else:
            _walk_block(child, numbering, out)  # sdt, sdtContent, customXml, ins at block level


@guard
def read_docx(path: Path) -> list[str]:
    from lxml import etree

    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise InputError(path, "文件已损坏：不是完整的 .docx 压缩包（可能下载不完整），请重新保存为 .docx 后再审查") from None
    with zf:
        check_zip(path, zf)
        names = set(zf.namelist())
        if "word/document.xml" not in names:
            if "OFD.xml" in names:
                raise InputError(path, "这是 OFD 版式文件，暂不支持，请导出为 .docx 或 PDF（带文字层）后再审查")
            raise InputError(path, "压缩包中没有 word/document.xml，不是 Word 文档（.docx）")
        parser = safe_xml_parser()

        def parse(name: str):
            if name not in names:
                return None
            data = read_zip_entry(path, zf, name)
            reject_dtd(path, data, name)
            try:
                return etree.fromstring(data, parser)
            except etree.XMLSyntaxError as e:
                raise InputError(path, f"{name} 不是有效的 XML（文件可能已损坏）：{e.msg if hasattr(e, 'msg') else e}") from None

        root = parse("word/document.xml")
        reject_revisions(root, reviewer_authors(parse("docProps/custom.xml")))
        numbering = Numbering(parse("word/numbering.xml"), _style_numpr(parse("word/styles.xml")))
    body = root.find(_q("body"))
    if body is None:
        raise InputError(path, "word/document.xml 中没有正文（w:body）")
    lines: list[str] = []
    _walk_block(body, numbering, lines)
    return lines
