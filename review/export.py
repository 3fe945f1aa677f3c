"""The cleanup list (清理目录) of a sweep: one CatalogueEntry per file, written as xlsx, csv, json or docx.

``CatalogueEntry.to_dict()`` is the JSON contract of ``fashen sweep --json``::

    {"path", "sha256", "title", "doc_number", "issuer", "date",
     "disposition": "继续有效" | "修改" | "废止" | "宣布失效" | "待核实" | "非本级文件" | "协议另列" | null,
                                                                     # null: not reviewed (error)
     "reasons": [...], "clauses_to_change": [...], "findings": [Finding.to_dict(), ...],
     "duplicate_of": path | null, "error": message | null}

``write_json`` wraps the entries as ``{"documents": [...], "summary": {...}}``.
Every writer is atomic (review.atomic): an interrupted export leaves the previous file, or none.
openpyxl and lxml are imported inside the writers that need them.
"""

from __future__ import annotations

import csv
import json
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .atomic import atomic_open
from .model import Finding

DISPOSITIONS = ("继续有效", "修改", "废止", "宣布失效", "待核实", "非本级文件", "协议另列")
# the last three: 待核实 (an 有效期 whose start could not be read), and documents listed but not disposed of:
# another body's document (非本级文件) and agreements (协议另列), see review.disposition
NOT_REVIEWED = "未能审查"
ATTACHMENT = "附件"              # a spreadsheet in the folder: listed, not reviewed, not an error
CATALOGUE_TITLE = "涉法文件清理目录"
COLUMNS = ("序号", "文件名称", "文号", "制定机关", "发布日期", "清理意见", "理由", "需修改条款")


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    path: str
    sha256: str
    title: str
    doc_number: str
    issuer: str
    date: str
    disposition: str | None          # one of DISPOSITIONS; None when the file could not be reviewed
    reasons: tuple[str, ...] = ()
    clauses_to_change: tuple[str, ...] = ()
    findings: tuple[Finding, ...] = ()
    duplicate_of: str | None = None
    error: str | None = None
    attachment: bool = False         # a spreadsheet (.xls/.et): listed as an attachment, not reviewed

    def __post_init__(self):
        if self.disposition is not None and self.disposition not in DISPOSITIONS:
            raise ValueError(f"unknown disposition {self.disposition!r}")

    @property
    def display_title(self) -> str:
        """The title, else the file name (unreadable files have no title)."""
        if self.title:
            return self.title
        return os.path.basename(self.path.replace("\\", "/"))

    def to_dict(self) -> dict:
        return {
            "path": self.path, "sha256": self.sha256, "title": self.title,
            "doc_number": self.doc_number, "issuer": self.issuer, "date": self.date,
            "disposition": self.disposition, "reasons": list(self.reasons),
            "clauses_to_change": list(self.clauses_to_change),
            "findings": [f.to_dict() for f in self.findings],
            "duplicate_of": self.duplicate_of, "error": self.error,
        } | ({"attachment": True} if self.attachment else {})

    def row(self, number: int) -> tuple[str, ...]:
        """The entry as a row of COLUMNS (序号 … 需修改条款), for every tabular format."""
        reasons = list(self.reasons)
        if self.duplicate_of:
            reasons.append(f"与{os.path.basename(self.duplicate_of.replace(chr(92), '/'))}内容重复")
        if self.error:
            reasons.insert(0, f"文件无法读取：{self.error}")
        if len(reasons) > 1:
            reasons = [f"{i}. {r}" for i, r in enumerate(reasons, 1)]
        shown = self.disposition or (ATTACHMENT if self.attachment else NOT_REVIEWED)
        return (str(number), self.display_title, self.doc_number, self.issuer, self.date,
                shown, "\n".join(reasons), "\n".join(self.clauses_to_change))


LISTED_APART = ("非本级文件", "协议另列")


def in_list_order(entries: Iterable[CatalogueEntry]) -> list[CatalogueEntry]:
    """The office's own documents first, then other bodies' documents, then agreements: the last two are
    listed apart, not disposed of (review.disposition, row 1)."""
    entries = list(entries)
    rank = {g: i + 1 for i, g in enumerate(LISTED_APART)}
    return sorted(entries, key=lambda e: rank.get(e.disposition or "", 0))   # stable: path order within a group


def summarize(entries: Iterable[CatalogueEntry]) -> dict:
    """Counts by disposition (and of files that could not be reviewed) — the list's 说明 line."""
    entries = list(entries)
    counts = Counter(e.disposition or (ATTACHMENT if e.attachment else NOT_REVIEWED) for e in entries)
    by = {d: counts.get(d, 0) for d in DISPOSITIONS + (NOT_REVIEWED,)} | (
        {ATTACHMENT: counts[ATTACHMENT]} if counts.get(ATTACHMENT) else {})
    return {"total": len(entries), "by_disposition": by,
            "duplicates": sum(1 for e in entries if e.duplicate_of)}


def summary_line(summary: dict) -> str:
    parts = [f"{k}{v}件" for k, v in summary["by_disposition"].items() if v]
    return f"共{summary['total']}件" + (f"：{'，'.join(parts)}。" if parts else "。")


# ---- writers ---------------------------------------------------------------------------------

def write_json(entries: Iterable[CatalogueEntry], summary: dict, path) -> None:
    data = {"documents": [e.to_dict() for e in entries], "summary": summary}
    with atomic_open(path, "w", encoding="utf-8", newline="\n") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def write_csv(entries: Iterable[CatalogueEntry], path) -> None:
    """UTF-8 with BOM (so Excel detects the encoding), CRLF rows, the COLUMNS header."""
    with atomic_open(path, "w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(COLUMNS)
        for i, e in enumerate(in_list_order(entries), 1):
            out.writerow([csv_safe(v) for v in e.row(i)])


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: str) -> str:
    """A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe,
    the OWASP recommendation for CSV injection; xlsx cells are typed as text instead."""
    return "'" + value if value.startswith(_FORMULA_START) else value


_XLSX_WIDTHS = (6, 40, 22, 22, 12, 10, 50, 30)


def _xlsx_safe(value: str) -> str:
    """Drop control characters openpyxl refuses (they come from old .doc files)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", value or "")


def write_xlsx(entries: Iterable[CatalogueEntry], path, title: str = CATALOGUE_TITLE) -> None:
    """The layout offices file: a merged title row, a frozen bold header, wrapped text, set widths,
    A4 landscape with the header repeated on every printed page, a count line at the bottom."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    entries = in_list_order(entries)
    wb = Workbook()
    ws = wb.active
    ws.title = "清理目录"
    ncol = len(COLUMNS)
    last = get_column_letter(ncol)

    ws.append([title])
    ws.merge_cells(f"A1:{last}1")
    ws["A1"].font = Font(name="方正小标宋简体", size=18)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[1].height = 36

    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.append(list(COLUMNS))
    for c in ws[2]:
        c.font = Font(name="黑体", size=12)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        c.border = border

    centred = {0, 2, 4, 5}  # 序号 文号 发布日期 清理意见
    for i, e in enumerate(entries, 1):
        row = list(e.row(i))
        row[0] = i
        ws.append([v if isinstance(v, int) else _xlsx_safe(v) for v in row])
        for k, c in enumerate(ws[ws.max_row]):
            if isinstance(c.value, str) and c.value.startswith(_FORMULA_START):
                c.data_type = "s"  # text, never a formula
            c.font = Font(name="仿宋_GB2312", size=12, bold=(k == 5 and e.disposition is None and not e.attachment))
            c.alignment = Alignment(horizontal="center" if k in centred else "left", vertical="center",
                                    wrap_text=True)
            c.border = border

    ws.append([summary_line(summarize(entries))])
    ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=ncol)
    ws.cell(ws.max_row, 1).font = Font(name="仿宋_GB2312", size=11)

    for k, width in enumerate(_XLSX_WIDTHS, 1):
        ws.column_dimensions[get_column_letter(k)].width = width
    ws.freeze_panes = "A3"
    ws.print_title_rows = "2:2"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    if entries:
        ws.auto_filter.ref = f"A2:{last}{len(entries) + 2}"

    with atomic_open(path, "wb") as fh:
        wb.save(fh)


def write_docx_table(entries: Iterable[CatalogueEntry], path, title: str = CATALOGUE_TITLE) -> None:
    """The same columns as a Word table on landscape A4, header row repeated on every page."""
    from .render.ooxml import A4_LANDSCAPE, SIZE, DocxWriter, Run, gongwen_styles

    entries = in_list_order(entries)
    doc = DocxWriter(page=A4_LANDSCAPE, styles=gongwen_styles(table_size=SIZE["小四"]), title=title,
                     odd_even_page_numbers=False)
    doc.paragraph(title, style="Title")
    weights = (5, 22, 14, 13, 10, 8, 29, 19)
    width = A4_LANDSCAPE.text_width
    widths = [width * wt // sum(weights) for wt in weights]
    widths[-1] += width - sum(widths)
    rows: list[list] = [list(COLUMNS)]
    for i, e in enumerate(entries, 1):
        row: list = list(e.row(i))
        if e.disposition is None and not e.attachment:
            row[5] = Run(row[5], bold=True)
        rows.append(row)
    doc.table(rows, widths, aligns=["center", "left", "center", "left", "center", "center", "left", "left"],
              style="TableLeft")
    doc.paragraph(summary_line(summarize(entries)), style="Note")
    with atomic_open(path, "wb") as fh:
        fh.write(doc.to_bytes())
