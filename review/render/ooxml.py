"""A small WordprocessingML (.docx) writer: lxml for the parts, zipfile for the package.

Just what fashen's documents need: styled paragraphs of runs, simple tables with a repeated header
row, A4 portrait or landscape pages with given margins, a page-number footer (PAGE field), core and
app properties. The output is deterministic (fixed zip timestamps, no clock reads) and is checked to
open in Word, WPS and LibreOffice.

Units: twips (1/1440 inch) for lengths, half-points for font sizes, as in the file format.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
CP_NS = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
DC_NS = "http://purl.org/dc/elements/1.1/"
DCTERMS_NS = "http://purl.org/dc/terms/"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
EP_NS = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WML_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"

NSMAP = {"w": W_NS, "r": R_NS}

# 公文 fonts (GB/T 9704) and the substitutes a machine without them should use.
XIAOBIAOSONG = "方正小标宋简体"
SONG = "宋体"
FANGSONG = "仿宋_GB2312"
HEITI = "黑体"
KAITI = "楷体_GB2312"
LATIN = "Times New Roman"
FONT_ALTERNATES = {XIAOBIAOSONG: SONG, FANGSONG: "仿宋", KAITI: "楷体", HEITI: "SimHei", SONG: "SimSun"}

# Chinese font sizes (字号) in half-points.
SIZE = {"二号": 44, "三号": 32, "四号": 28, "小四": 24, "五号": 21}


def mm(value: float) -> int:
    """Millimetres to twips."""
    return round(value / 25.4 * 1440)


@dataclass(frozen=True, slots=True)
class PageSetup:
    width: int
    height: int
    top: int
    bottom: int
    left: int
    right: int
    header: int = 851
    footer: int = 992
    landscape: bool = False

    @property
    def text_width(self) -> int:
        return self.width - self.left - self.right


# A4 with the 公文 margins: 上37mm 下35mm 左28mm 右26mm (GB/T 9704 版心 156×225mm).
A4_GONGWEN = PageSetup(width=11906, height=16838, top=mm(37), bottom=mm(35), left=mm(28), right=mm(26),
                       footer=mm(21))
# Landscape A4 for wide tables (cleanup lists).
A4_LANDSCAPE = PageSetup(width=16838, height=11906, top=mm(28), bottom=mm(26), left=mm(30), right=mm(28),
                         footer=mm(12), landscape=True)

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text: str) -> str:
    """Drop the characters XML 1.0 cannot hold (control characters from old .doc files)."""
    return _XML_ILLEGAL.sub("", text or "")


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def _sub(parent, tag: str, **attrs):
    el = etree.SubElement(parent, w(tag))
    for k, v in attrs.items():
        el.set(w(k), str(v))
    return el


def _fonts(rpr, east_asia: str, latin: str | None = None) -> None:
    latin = latin or LATIN
    _sub(rpr, "rFonts", ascii=latin, hAnsi=latin, eastAsia=east_asia, cs=latin)


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    bold: bool = False
    underline: str | None = None     # "single", "wave", ...
    font: str | None = None
    size: int | None = None          # half-points
    highlight: str | None = None     # "yellow", ...


@dataclass(frozen=True, slots=True)
class Style:
    style_id: str
    name: str
    font: str = FANGSONG
    size: int = SIZE["三号"]
    bold: bool = False
    align: str | None = None          # left | center | right | both
    first_line_chars: int = 0         # indent in hundredths of a character (200 = two characters)
    line: int | None = 560            # exact line height in twips; None = single (auto)
    before: int = 0
    after: int = 0
    outline_level: int | None = None
    keep_next: bool = False
    based_on: str | None = "Normal"
    latin: str | None = None
    right_chars: int = 0              # right indent in hundredths of a character


def gongwen_styles(table_size: int = SIZE["四号"]) -> tuple[Style, ...]:
    """Styles of a 公文-like memo: title 小标宋 二号, body 仿宋 三号 at 28pt lines, headings 黑体 / 楷体;
    table text 四号 unless ``table_size`` (half-points) says otherwise."""
    return (
        Style("Normal", "Normal", align="both", based_on=None),
        Style("Title", "Title", font=XIAOBIAOSONG, size=SIZE["二号"], align="center", line=700, after=280,
              keep_next=True),
        Style("BodyText", "Body Text", first_line_chars=200),
        Style("Number", "Document Number", align="center", after=280),   # 发文字号, under the title
        Style("Addressee", "Salutation"),
        Style("Heading1", "heading 1", font=HEITI, first_line_chars=200, outline_level=0, keep_next=True),
        Style("Heading2", "heading 2", font=KAITI, first_line_chars=200, outline_level=1, keep_next=True),
        Style("Heading3", "heading 3", first_line_chars=200, bold=True, outline_level=2, keep_next=True),
        Style("Quote", "Quote", font=FANGSONG, first_line_chars=200),
        Style("TableText", "Table Text", size=table_size, align="center", line=None),
        Style("TableLeft", "Table Text Left", size=table_size, align="left", line=None, based_on="TableText"),
        Style("Note", "Note", size=SIZE["四号"], first_line_chars=200, line=None, before=240),
        Style("Signature", "Signature", align="right", right_chars=400),  # 成文日期右空四字
        Style("Footer", "footer", font=SONG, size=SIZE["四号"], latin=SONG, line=None),
    )


@dataclass
class DocxWriter:
    """Collects body content, then ``to_bytes()`` packages a complete .docx."""

    page: PageSetup = A4_GONGWEN
    styles: tuple[Style, ...] = field(default_factory=gongwen_styles)
    title: str = ""
    creator: str = "法审"
    created: str | None = None       # W3CDTF, e.g. 2024-05-01T00:00:00Z; None leaves it out
    odd_even_page_numbers: bool = True  # 公文: odd pages right, even pages left; else centred
    properties: dict = field(default_factory=dict)   # custom document properties (name -> text)
    _body: list = field(default_factory=list)

    # ---- content -------------------------------------------------------------------------

    def paragraph(self, content, style: str | None = None, align: str | None = None,
                  keep_next: bool = False, page_break_before: bool = False):
        """A paragraph from a string or a list of Runs/strings; "\\n" in text becomes a line break."""
        p = etree.Element(w("p"), nsmap=NSMAP)
        ppr = None
        if style or align or keep_next or page_break_before:
            ppr = _sub(p, "pPr")
            if style:
                _sub(ppr, "pStyle", val=style)
            if keep_next:
                _sub(ppr, "keepNext")
            if page_break_before:
                _sub(ppr, "pageBreakBefore")
            if align:
                _sub(ppr, "jc", val=align)
        runs = [content] if isinstance(content, (str, Run)) else list(content)
        for r in runs:
            self._run(p, r if isinstance(r, Run) else Run(str(r)))
        self._body.append(p)
        return p

    def _run(self, p, run: Run) -> None:
        text = xml_text(run.text)
        if not text:
            return
        r = _sub(p, "r")
        if run.bold or run.underline or run.font or run.size or run.highlight:
            rpr = _sub(r, "rPr")
            if run.font:
                _fonts(rpr, run.font)
            if run.bold:
                _sub(rpr, "b")
                _sub(rpr, "bCs")
            if run.size:  # schema order: rFonts b bCs sz szCs highlight u
                _sub(rpr, "sz", val=run.size)
                _sub(rpr, "szCs", val=run.size)
            if run.highlight:
                _sub(rpr, "highlight", val=run.highlight)
            if run.underline:
                _sub(rpr, "u", val=run.underline)
        for i, line in enumerate(text.split("\n")):
            if i:
                _sub(r, "br")
            for j, piece in enumerate(line.split("\t")):
                if j:
                    _sub(r, "tab")
                if piece:
                    t = _sub(r, "t")
                    t.text = piece
                    if piece != piece.strip():
                        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")

    def table(self, rows, widths: list[int], header_rows: int = 1,
              aligns: list[str] | None = None, header_style: str = "TableText", style: str = "TableText",
              cant_split: bool = True):
        """A bordered table. ``rows`` are lists of cell contents (str, Run or list of them);
        ``widths`` in twips; header rows repeat on every page and are bold. ``cant_split`` keeps each body
        row on one page (a long list lets rows break, so no page is left short)."""
        tbl = etree.Element(w("tbl"), nsmap=NSMAP)
        tpr = _sub(tbl, "tblPr")
        _sub(tpr, "tblW", w=sum(widths), type="dxa")
        _sub(tpr, "jc", val="center")
        borders = _sub(tpr, "tblBorders")
        for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
            _sub(borders, side, val="single", sz=4, space=0, color="000000")
        _sub(tpr, "tblLayout", type="fixed")
        mar = _sub(tpr, "tblCellMar")
        _sub(mar, "left", w=85, type="dxa")
        _sub(mar, "right", w=85, type="dxa")
        _sub(tpr, "tblLook", val="04A0", firstRow=1, lastRow=0, firstColumn=0, lastColumn=0, noHBand=0, noVBand=1)
        grid = _sub(tbl, "tblGrid")
        for wd in widths:
            _sub(grid, "gridCol", w=wd)
        for ri, row in enumerate(rows):
            tr = _sub(tbl, "tr")
            trpr = _sub(tr, "trPr")
            is_header = ri < header_rows
            if cant_split or is_header:
                _sub(trpr, "cantSplit")
            if is_header:
                _sub(trpr, "tblHeader")
            for ci, cell in enumerate(row):
                tc = _sub(tr, "tc")
                tcpr = _sub(tc, "tcPr")
                _sub(tcpr, "tcW", w=widths[ci], type="dxa")
                _sub(tcpr, "vAlign", val="center")
                align = "center" if is_header else (aligns[ci] if aligns else None)
                contents = cell if isinstance(cell, list) else [cell]
                paras = self._cell_paragraphs(contents, bold=is_header)
                for runs in paras or [[]]:
                    p = _sub(tc, "p")
                    ppr = _sub(p, "pPr")
                    _sub(ppr, "pStyle", val=header_style if is_header else style)
                    if align:
                        _sub(ppr, "jc", val=align)
                    for r in runs:
                        self._run(p, r)
        self._body.append(tbl)
        # Word requires a paragraph between a table and the end of the body / the next table.
        self._body.append(etree.Element(w("p"), nsmap=NSMAP))
        return tbl

    @staticmethod
    def _cell_paragraphs(contents, bold: bool) -> list[list[Run]]:
        """Split cell content at newlines into paragraphs (wrapping stays inside each)."""
        paras: list[list[Run]] = [[]]
        for c in contents:
            run = c if isinstance(c, Run) else Run(str(c if c is not None else ""))
            if bold and not run.bold:
                run = Run(run.text, True, run.underline, run.font, run.size, run.highlight)
            lines = xml_text(run.text).split("\n")
            for i, line in enumerate(lines):
                if i:
                    paras.append([])
                if line:
                    paras[-1].append(Run(line, run.bold, run.underline, run.font, run.size, run.highlight))
        return paras

    # ---- parts ----------------------------------------------------------------------------

    def _document_xml(self) -> bytes:
        doc = etree.Element(w("document"), nsmap=NSMAP)
        body = _sub(doc, "body")
        for el in self._body:
            body.append(el)
        sect = _sub(body, "sectPr")
        ref = _sub(sect, "footerReference", type="default")
        ref.set(f"{{{R_NS}}}id", "rIdFooter1")
        if self.odd_even_page_numbers:
            ref = _sub(sect, "footerReference", type="even")
            ref.set(f"{{{R_NS}}}id", "rIdFooter2")
        pg = self.page
        size = _sub(sect, "pgSz", w=pg.width, h=pg.height)
        if pg.landscape:
            size.set(w("orient"), "landscape")
        _sub(sect, "pgMar", top=pg.top, right=pg.right, bottom=pg.bottom, left=pg.left,
             header=pg.header, footer=pg.footer, gutter=0)
        _sub(sect, "cols", space=425)
        return _xml(doc)

    def _styles_xml(self) -> bytes:
        root = etree.Element(w("styles"), nsmap={"w": W_NS})
        dd = _sub(root, "docDefaults")
        rpr = _sub(_sub(dd, "rPrDefault"), "rPr")
        _fonts(rpr, FANGSONG)
        _sub(rpr, "kern", val=2)
        _sub(rpr, "sz", val=SIZE["三号"])
        _sub(rpr, "szCs", val=SIZE["三号"])
        _sub(rpr, "lang", val="en-US", eastAsia="zh-CN", bidi="ar-SA")
        _sub(_sub(_sub(dd, "pPrDefault"), "pPr"), "spacing", before=0, after=0)
        for st in self.styles:
            s = _sub(root, "style", type="paragraph", styleId=st.style_id)
            if st.style_id == "Normal":
                s.set(w("default"), "1")
            _sub(s, "name", val=st.name)
            if st.based_on:
                _sub(s, "basedOn", val=st.based_on)
            _sub(s, "qFormat")
            ppr = _sub(s, "pPr")
            if st.keep_next:
                _sub(ppr, "keepNext")
            sp = _sub(ppr, "spacing", before=st.before, after=st.after)
            if st.line:
                sp.set(w("line"), str(st.line))
                sp.set(w("lineRule"), "exact")
            else:
                sp.set(w("line"), "240")
                sp.set(w("lineRule"), "auto")
            # one character = size/2 pt = size*10 twips; *_chars are in hundredths of a character
            ind = {}
            if st.first_line_chars or st.based_on:
                ind |= {"firstLineChars": st.first_line_chars, "firstLine": st.first_line_chars * st.size // 10}
            if st.right_chars:
                ind |= {"rightChars": st.right_chars, "right": st.right_chars * st.size // 10}
            if ind:
                _sub(ppr, "ind", **ind)
            if st.align:
                _sub(ppr, "jc", val=st.align)
            if st.outline_level is not None:
                _sub(ppr, "outlineLvl", val=st.outline_level)
            rpr = _sub(s, "rPr")
            _fonts(rpr, st.font, st.latin)
            if st.bold:
                _sub(rpr, "b")
                _sub(rpr, "bCs")
            _sub(rpr, "sz", val=st.size)
            _sub(rpr, "szCs", val=st.size)
        # Table style so Word's "Normal Table" exists explicitly.
        t = _sub(root, "style", type="table", default="1", styleId="TableNormal")
        _sub(t, "name", val="Normal Table")
        _sub(t, "uiPriority", val=99)
        _sub(t, "semiHidden")
        tpr = _sub(t, "tblPr")
        _sub(tpr, "tblInd", w=0, type="dxa")
        mar = _sub(tpr, "tblCellMar")
        for side, v in (("top", 0), ("left", 108), ("bottom", 0), ("right", 108)):
            _sub(mar, side, w=v, type="dxa")
        return _xml(root)

    def _settings_xml(self) -> bytes:
        root = etree.Element(w("settings"), nsmap={"w": W_NS})
        # CT_Settings is a sequence: keep this order.
        _sub(root, "zoom", percent=100)
        _sub(root, "defaultTabStop", val=420)
        if self.odd_even_page_numbers:
            _sub(root, "evenAndOddHeaders")
        _sub(root, "characterSpacingControl", val="compressPunctuation")
        compat = _sub(root, "compat")
        # a line ending in a manual line break is not stretched to the margins in a justified paragraph
        _sub(compat, "doNotExpandShiftReturn")
        _sub(compat, "compatSetting", name="compatibilityMode",
             uri="http://schemas.microsoft.com/office/word", val=15)
        _sub(root, "themeFontLang", val="en-US", eastAsia="zh-CN")
        return _xml(root)

    def _font_table_xml(self) -> bytes:
        root = etree.Element(w("fonts"), nsmap={"w": W_NS})
        names = {LATIN, FANGSONG, HEITI, KAITI, XIAOBIAOSONG, SONG}
        for name in sorted(names):
            f = _sub(root, "font", name=name)
            alt = FONT_ALTERNATES.get(name)
            if alt:
                _sub(f, "altName", val=alt)
            if name == LATIN:
                _sub(f, "panose1", val="02020603050405020304")
                _sub(f, "charset", val="00")
                _sub(f, "family", val="roman")
            else:
                _sub(f, "charset", val="86")  # GB2312
                _sub(f, "family", val="modern" if name == HEITI else "roman")
            _sub(f, "pitch", val="variable")
        return _xml(root)

    def _footer_xml(self, align: str, indent: str | None) -> bytes:
        root = etree.Element(w("ftr"), nsmap=NSMAP)
        p = _sub(root, "p")
        ppr = _sub(p, "pPr")
        _sub(ppr, "pStyle", val="Footer")
        if indent:
            _sub(ppr, "ind", **{indent: 280})  # 一字 of 四号
        _sub(ppr, "jc", val=align)

        def run(parent, text=None, fld=None, instr=None):
            r = _sub(parent, "r")
            rpr = _sub(r, "rPr")
            _fonts(rpr, SONG, SONG)
            _sub(rpr, "sz", val=SIZE["四号"])
            if fld:
                _sub(r, "fldChar", fldCharType=fld)
            elif instr:
                t = _sub(r, "instrText")
                t.text = instr
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            else:
                t = _sub(r, "t")
                t.text = text
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")

        run(p, "— ")
        run(p, fld="begin")
        run(p, instr=" PAGE ")
        run(p, fld="separate")
        run(p, "1")
        run(p, fld="end")
        run(p, " —")
        return _xml(root)

    def _footers(self) -> dict[str, bytes]:
        if self.odd_even_page_numbers:  # GB/T 9704: 单页码居右空一字，双页码居左空一字
            return {"word/footer1.xml": self._footer_xml("right", "right"),
                    "word/footer2.xml": self._footer_xml("left", "left")}
        return {"word/footer1.xml": self._footer_xml("center", None)}

    def _core_xml(self) -> bytes:
        root = etree.Element(f"{{{CP_NS}}}coreProperties",
                             nsmap={"cp": CP_NS, "dc": DC_NS, "dcterms": DCTERMS_NS, "xsi": XSI_NS})
        etree.SubElement(root, f"{{{DC_NS}}}title").text = xml_text(self.title)
        etree.SubElement(root, f"{{{DC_NS}}}creator").text = self.creator
        etree.SubElement(root, f"{{{CP_NS}}}lastModifiedBy").text = self.creator
        if self.created:
            for tag in ("created", "modified"):
                el = etree.SubElement(root, f"{{{DCTERMS_NS}}}{tag}")
                el.set(f"{{{XSI_NS}}}type", "dcterms:W3CDTF")
                el.text = self.created
        return _xml(root)

    def _app_xml(self) -> bytes:
        root = etree.Element(f"{{{EP_NS}}}Properties", nsmap={None: EP_NS})
        etree.SubElement(root, f"{{{EP_NS}}}Application").text = "fashen"
        etree.SubElement(root, f"{{{EP_NS}}}DocSecurity").text = "0"
        return _xml(root)

    def _custom_xml(self) -> bytes:
        root = etree.Element(f"{{{CUSTOM_NS}}}Properties", nsmap={None: CUSTOM_NS, "vt": VT_NS})
        for pid, (name, value) in enumerate(self.properties.items(), 2):
            prop = etree.SubElement(root, f"{{{CUSTOM_NS}}}property", fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}",
                                    pid=str(pid), name=name)
            etree.SubElement(prop, f"{{{VT_NS}}}lpwstr").text = xml_text(str(value))
        return _xml(root)

    def _content_types(self, footers) -> bytes:
        root = etree.Element(f"{{{CT_NS}}}Types", nsmap={None: CT_NS})
        for ext, ct in (("rels", "application/vnd.openxmlformats-package.relationships+xml"),
                        ("xml", "application/xml")):
            etree.SubElement(root, f"{{{CT_NS}}}Default", Extension=ext, ContentType=ct)
        overrides = {
            "/word/document.xml": f"{WML_CT}.document.main+xml",
            "/word/styles.xml": f"{WML_CT}.styles+xml",
            "/word/settings.xml": f"{WML_CT}.settings+xml",
            "/word/fontTable.xml": f"{WML_CT}.fontTable+xml",
            "/docProps/core.xml": "application/vnd.openxmlformats-package.core-properties+xml",
            "/docProps/app.xml": "application/vnd.openxmlformats-officedocument.extended-properties+xml",
        }
        for name in footers:
            overrides["/" + name] = f"{WML_CT}.footer+xml"
        if self.properties:
            overrides["/docProps/custom.xml"] = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
        for part, ct in overrides.items():
            etree.SubElement(root, f"{{{CT_NS}}}Override", PartName=part, ContentType=ct)
        return _xml(root)

    @staticmethod
    def _rels(items) -> bytes:
        root = etree.Element(f"{{{PKG_REL_NS}}}Relationships", nsmap={None: PKG_REL_NS})
        for rid, typ, target in items:
            etree.SubElement(root, f"{{{PKG_REL_NS}}}Relationship", Id=rid, Type=typ, Target=target)
        return _xml(root)

    def to_bytes(self) -> bytes:
        footers = self._footers()
        doc_rels = [("rIdStyles", f"{REL_BASE}/styles", "styles.xml"),
                    ("rIdSettings", f"{REL_BASE}/settings", "settings.xml"),
                    ("rIdFontTable", f"{REL_BASE}/fontTable", "fontTable.xml")]
        for i, name in enumerate(footers, 1):
            doc_rels.append((f"rIdFooter{i}", f"{REL_BASE}/footer", name.split("/", 1)[1]))
        package_rels = [("rId1", f"{REL_BASE}/officeDocument", "word/document.xml"),
                        ("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                         "docProps/core.xml"),
                        ("rId3", f"{REL_BASE}/extended-properties", "docProps/app.xml")]
        if self.properties:
            package_rels.append(("rId4", f"{REL_BASE}/custom-properties", "docProps/custom.xml"))
        parts = {
            "[Content_Types].xml": self._content_types(footers),
            "_rels/.rels": self._rels(package_rels),
            "word/document.xml": self._document_xml(),
            "word/_rels/document.xml.rels": self._rels(doc_rels),
            "word/styles.xml": self._styles_xml(),
            "word/settings.xml": self._settings_xml(),
            "word/fontTable.xml": self._font_table_xml(),
            **footers,
            "docProps/core.xml": self._core_xml(),
            "docProps/app.xml": self._app_xml(),
        }
        if self.properties:
            parts["docProps/custom.xml"] = self._custom_xml()
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in parts.items():
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(info, data)
        return buf.getvalue()


def _xml(root) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
