"""The cleanup list (清理目录) of a sweep: one CatalogueEntry per file, written as xlsx, csv, json or docx
(the browsable HTML report is ``review.report``).

``CatalogueEntry.to_dict()`` is the JSON contract of ``fashen sweep --json``::

    {"path", "sha256", "title", "doc_number", "issuer", "date",
     "disposition": "继续有效" | "修改" | "废止" | "宣布失效" | "待核实" | "非本级文件" | "协议另列" | null,
                                                                     # null: not reviewed (error)
     "reasons": [...], "clauses_to_change": [...], "findings": [Finding.to_dict(), ...],
     "duplicate_of": path | null, "error": message | null}

``write_json`` wraps the entries as ``{"documents": [...], "summary": {...}}``.
Every writer is atomic (review.atomic): an interrupted export leaves the previous file, or none.
openpyxl and lxml are imported inside the writers that need them.

The printed lists (xlsx, docx) are grouped by disposition (``GROUPS``: every value of ``DISPOSITIONS``, then
the files that could not be reviewed); a value added to ``DISPOSITIONS`` gets its own sheet and section. A
legal explanation that several entries share (the family-planning decision, say) is printed once, as a
numbered 说明 after the list, and each row says "见说明N" (``Notes``). ``entries`` may be any iterable; the
writers that need two passes take a re-iterable one (a list, or the sweep's ``Catalogue``, which also
selects a group in SQL) and make a list of anything else.
"""

from __future__ import annotations

import csv
import json
import os
from collections import Counter
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from .atomic import atomic_open
from .model import Finding

DISPOSITIONS = ("继续有效", "修改", "废止", "宣布失效", "待核实", "非本级文件", "协议另列")
# the last three: 待核实 (an 有效期 whose start could not be read), and documents listed but not disposed of:
# another body's document (非本级文件) and agreements (协议另列), see review.disposition
NOT_REVIEWED = "未能审查"
ATTACHMENT = "附件"              # a spreadsheet in the folder: listed, not reviewed, not an error
CATALOGUE_TITLE = "涉法文件清理目录"
COLUMNS = ("序号", "文件名称", "文号", "制定机关", "发布日期", "清理意见", "理由", "需修改条款")
TITLE_CHARS = 80                     # a printed row shows at most this much of a title
AUTHORITY_BLANK = "＿" * 12          # 清理机关 left for the office to fill in (and stamp)


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
    counts: Counter = Counter()
    duplicates = 0
    for e in entries:
        counts[group_of(e)] += 1
        duplicates += bool(e.duplicate_of)
    by = {d: counts.get(d, 0) for d in groups() if d != ATTACHMENT or counts.get(d)} | dict(counts)
    return {"total": sum(counts.values()), "by_disposition": by, "duplicates": duplicates}


def groups() -> tuple[str, ...]:
    """The groups of a printed 清理目录, in order: each disposition (the office's own documents first, then
    those listed apart), then attachments, then the files not reviewed."""
    return (*DISPOSITIONS, ATTACHMENT, NOT_REVIEWED)


def group_of(entry: CatalogueEntry) -> str:
    return entry.disposition or (ATTACHMENT if entry.attachment else NOT_REVIEWED)


def grouped(entries) -> Iterator[tuple[str, Iterator[CatalogueEntry]]]:
    """(group, its entries in list order) for every group; a ``Catalogue`` selects each group in SQL."""
    for g in groups():
        if hasattr(entries, "where") and g in DISPOSITIONS:
            yield g, iter(entries.where(g))
        elif hasattr(entries, "where"):       # attachments and unreviewed files share disposition NULL
            yield g, (e for e in entries.where(None) if group_of(e) == g)
        else:
            yield g, (e for e in entries if group_of(e) == g)


def _reiterable(entries):
    return entries if hasattr(entries, "__len__") and not isinstance(entries, Iterator) else list(entries)


def authority_line(authority: str = "", date: str = "") -> str:
    """清理机关：…　　清理日期：…年…月…日 (blanks to fill in by hand when not given)."""
    from .render import cn_date

    when = cn_date(date) if date else "＿＿＿＿年＿＿月＿＿日"
    return f"清理机关（盖章）：{authority or AUTHORITY_BLANK}　　　　清理日期：{when}"


# ---- reasons in a few words ------------------------------------------------------------------
_OPEN, _CLOSE = "（《“(〔[【", "）》”)〕]】"
_LIST_IN_BRACKETS = re.compile(r"（([^（）]{4,}?)）")


def reason_pieces(text: str) -> list[str]:
    """A reason cut at "，" and "；" outside brackets and quotes; each piece keeps its delimiter."""
    pieces, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch in "，；" and depth == 0:
            pieces.append(text[start:i + 1])
            start = i + 1
    if start < len(text):
        pieces.append(text[start:])
    return pieces


def _bare(piece: str) -> str:
    return piece.rstrip("，；。 ")


def compress_lists(text: str, keep: int = 2) -> str:
    """A bracketed list of more than ``keep`` kinds ("（甲；乙；丙；丁）") → its first ones and the count."""
    def short(m: re.Match) -> str:
        items = [i for i in m.group(1).split("；") if i]
        if len(items) <= keep:
            return m.group(0)
        return f"（{'；'.join(items[:keep])}等{len(items)}类）"

    return _LIST_IN_BRACKETS.sub(short, text)


@dataclass
class Notes:
    """Explanations shared by several entries' reasons, numbered in order of first appearance: a piece of a
    reason (``reason_pieces``) after its first (the first says what the problem is, the later ones why it is
    one) of at least ``min_chars`` characters, found in at least ``min_entries`` entries. ``shorten`` puts
    "见说明N" in its place."""

    numbers: dict[str, int] = field(default_factory=dict)       # piece → note number
    uses: Counter = field(default_factory=Counter)              # piece → entries using it

    @classmethod
    def collect(cls, entries, min_chars: int = 40, min_entries: int = 2) -> Notes:
        uses: Counter = Counter()
        first: dict[str, int] = {}
        order = 0
        for _, members in grouped(entries):
            for e in members:
                if e.duplicate_of:
                    continue
                pieces = {_bare(p) for r in e.reasons for p in reason_pieces(r)[1:]}
                for p in pieces:
                    if len(p) >= min_chars:
                        uses[p] += 1
                        if p not in first:
                            first[p], order = order, order + 1
        shared = sorted((p for p, n in uses.items() if n >= min_entries), key=first.__getitem__)
        return cls({p: i for i, p in enumerate(shared, 1)}, Counter({p: uses[p] for p in shared}))

    def shorten(self, reason: str) -> str:
        out = []
        for piece in reason_pieces(reason):
            bare = _bare(piece)
            n = self.numbers.get(bare)
            out.append(piece if n is None else f"见说明{n}" + piece[len(bare):])
        return "".join(out)

    def items(self) -> list[tuple[int, str, int]]:
        """(number, text, entries using it)."""
        return [(n, p, self.uses[p]) for p, n in self.numbers.items()]


def clause_labels(clauses: Iterable[str]) -> str:
    """"第七条：“…原文…”" lines → "第七条、第八条（三）": where to change, without the quotes."""
    labels = dict.fromkeys(c.split("：“", 1)[0].strip() for c in clauses if c.strip())
    return "、".join(labels)


def short_row(entry: CatalogueEntry, number: int, notes: Notes, keep_kinds: int = 2) -> tuple[str, ...]:
    """``entry.row`` in a few words: shared explanations as "见说明N", long kind lists counted, the clauses
    to change by their labels only."""
    from dataclasses import replace

    reasons = tuple(notes.shorten(r) for r in entry.reasons)
    reasons = tuple(compress_lists(r, keep_kinds) for r in reasons)
    row = list(replace(entry, reasons=reasons, clauses_to_change=()).row(number))
    row[7] = clause_labels(entry.clauses_to_change)
    for k, limit in ((1, TITLE_CHARS), (2, 40), (3, 40)):   # a "title" that is body text (metadata went wrong)
        if len(row[k]) > limit:
            row[k] = row[k][:limit - 1] + "…"
    return tuple(row)


def summary_line(summary: dict) -> str:
    parts = [f"{k}{v}件" for k, v in summary["by_disposition"].items() if v]
    return f"共{summary['total']}件" + (f"：{'，'.join(parts)}。" if parts else "。")


# ---- writers ---------------------------------------------------------------------------------

def write_json(entries: Iterable[CatalogueEntry], summary: dict, path) -> None:
    """``{"documents": [...], "summary": {...}}``, written one document at a time."""
    with atomic_open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write('{\n  "documents": [')
        for i, e in enumerate(entries):
            doc = json.dumps(e.to_dict(), ensure_ascii=False, indent=2).replace("\n", "\n    ")
            fh.write(("," if i else "") + "\n    " + doc)
        fh.write('\n  ],\n  "summary": ')
        fh.write(json.dumps(summary, ensure_ascii=False, indent=2).replace("\n", "\n  "))
        fh.write("\n}\n")


def write_csv(entries: Iterable[CatalogueEntry], path) -> None:
    """UTF-8 with BOM (so Excel detects the encoding), CRLF rows, the COLUMNS header, full reasons."""
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


# xlsx layout: column widths (Excel units: the width of "0" in the default font) and the body font size
_XLSX_WIDTHS = (6, 34, 18, 20, 12, 10, 58, 24)
_XLSX_PT = 11
XLSX_CELL_CHARS = 160          # a longer 理由 is cut in the cell; the full text is in the cell's comment
_CENTRED = {0, 2, 4, 5}         # 序号 文号 发布日期 清理意见


def _xlsx_safe(value: str) -> str:
    """Drop control characters openpyxl refuses (they come from old .doc files)."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", value or "")


def text_units(text: str) -> float:
    """Display width of one line in "0" widths: CJK and full-width characters count about two."""
    import unicodedata

    return sum(2.0 if unicodedata.east_asian_width(ch) in "WF" else 1.1 for ch in text)


def wrapped_lines(text: str, width: float, pt: float = _XLSX_PT) -> int:
    """Lines a wrapped cell of ``width`` Excel units needs at ``pt`` points (a little pessimistic: a
    viewer breaks lines at characters, and CJK fonts differ from Calibri's "0")."""
    import math

    usable = max(1.0, (width - 1.2) * 11 / pt)
    return sum(max(1, math.ceil(text_units(line) / usable)) for line in (text or "").split("\n"))


def row_height(cells, widths=_XLSX_WIDTHS, pt: float = _XLSX_PT) -> float:
    """Points for a row whose tallest wrapped cell needs n lines (no viewer recomputes this reliably)."""
    lines = max(wrapped_lines(str(c), w, pt) for c, w in zip(cells, widths))
    return round(lines * pt * 1.42 + 5, 1)


def write_xlsx(entries: Iterable[CatalogueEntry], path, title: str = CATALOGUE_TITLE, *, authority: str = "",
               date: str = "") -> None:
    """The workbook offices file and print: a 汇总 sheet (counts by disposition, the 清理机关 and 日期 line),
    one sheet per disposition (a title, the 清理机关/日期 line, a bold header repeated on every printed
    page, row heights fitted to the wrapped text, page numbers, A4 landscape fitted to the width, a filter),
    and a 说明 sheet with the explanations several entries share. A 理由 longer than XLSX_CELL_CHARS is cut
    in the cell and given in full in the cell's comment. Written in openpyxl's streaming mode."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    entries = _reiterable(entries)
    summary = summarize(entries)
    notes = Notes.collect(entries)
    wb = Workbook(write_only=True)
    thin = Side(style="thin", color="000000")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ncol = len(COLUMNS)
    body_font, head_font = Font(name="仿宋_GB2312", size=_XLSX_PT), Font(name="黑体", size=_XLSX_PT, bold=True)

    def cell(ws, value, *, font=body_font, align="left", boxed=True, wrap=True):
        c = WriteOnlyCell(ws, value=_xlsx_safe(value) if isinstance(value, str) else value)
        if isinstance(c.value, str) and c.value.startswith("="):
            c.data_type = "s"           # text, never a formula
        c.font = font
        c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
        if boxed:
            c.border = border
        return c

    def page(ws, *, widths, title_rows: str | None, landscape: bool = True):
        for k, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(k)].width = width
        ws.page_setup.orientation = "landscape" if landscape else "portrait"
        ws.page_setup.paperSize = "9"            # A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_options.horizontalCentered = True
        ws.page_margins.left = ws.page_margins.right = 0.5
        ws.page_margins.top, ws.page_margins.bottom = 0.6, 0.7
        ws.oddFooter.center.text = "第 &P 页，共 &N 页"
        ws.oddFooter.center.size = 10
        if title_rows:
            ws.print_title_rows = title_rows

    def heading(ws, text: str, width_cols: int) -> None:
        ws.row_dimensions[1].height = 34
        ws.row_dimensions[2].height = 22
        ws.append([cell(ws, text, font=Font(name="方正小标宋简体", size=18), align="centerContinuous",
                        boxed=False, wrap=False)] + [cell(ws, None, align="centerContinuous", boxed=False)
                                                     for _ in range(width_cols - 1)])
        ws.append([cell(ws, authority_line(authority, date), align="left", boxed=False, wrap=False)])

    # 汇总
    ws = wb.create_sheet("汇总")
    page(ws, widths=(24, 12, 40), title_rows=None, landscape=False)
    heading(ws, title, 3)
    ws.append([])
    ws.append([cell(ws, h, font=head_font, align="center") for h in ("清理意见", "件数", "见工作表")])
    for g, n in summary["by_disposition"].items():
        ws.append([cell(ws, g, align="center"), cell(ws, n, align="center"),
                   cell(ws, g if n else "—", align="center")])
    ws.append([cell(ws, "合计", font=head_font, align="center"), cell(ws, summary["total"], align="center",
                                                                      font=head_font), cell(ws, "")])
    ws.append([])
    ws.append([cell(ws, summary_line(summary) + (f"其中内容重复的文件{summary['duplicates']}件。"
                                                 if summary["duplicates"] else ""), boxed=False, wrap=False)])
    if notes.numbers:
        ws.append([cell(ws, f"理由中的“见说明N”，详见“说明”工作表（共{len(notes.numbers)}条）。", boxed=False,
                        wrap=False)])

    # one sheet per disposition
    last = get_column_letter(ncol)
    for g, members in grouped(entries):
        count = summary["by_disposition"].get(g, 0)
        if not count:
            continue
        ws = wb.create_sheet(g[:31])
        page(ws, widths=_XLSX_WIDTHS, title_rows="3:3")
        ws.freeze_panes = "A4"
        ws.auto_filter.ref = f"A3:{last}{count + 3}"
        ws.row_dimensions[3].height = 24
        heading(ws, f"{title}（{g}）", ncol)
        ws.append([cell(ws, h, font=head_font, align="center") for h in COLUMNS])
        for i, e in enumerate(members, 1):
            row = list(short_row(e, i, notes))
            full = "\n".join(notes.shorten(r) for r in e.reasons)
            if len(row[6]) > XLSX_CELL_CHARS:
                row[6] = row[6][:XLSX_CELL_CHARS - 12].rstrip() + "…（全文见批注）"
            ws.row_dimensions[i + 3].height = row_height(row)
            cells = [cell(ws, i if k == 0 else v, align="center" if k in _CENTRED else "left",
                          font=Font(name="仿宋_GB2312", size=_XLSX_PT, bold=(k == 5 and e.disposition is None and not e.attachment)))
                     for k, v in enumerate(row)]
            if row[6].endswith("（全文见批注）"):
                cells[6].comment = Comment(_xlsx_safe(full), "法审", width=480, height=320)
            if e.clauses_to_change:           # the wording of each clause, for whoever redrafts it
                cells[7].comment = Comment(_xlsx_safe("\n".join(e.clauses_to_change)), "法审", width=480,
                                           height=320)
            ws.append(cells)
        ws.append([cell(ws, f"共{count}件。", boxed=False, wrap=False)])

    # 说明
    ws = wb.create_sheet("说明")
    page(ws, widths=(10, 100, 10), title_rows="3:3")
    heading(ws, "说明", 3)
    ws.append([cell(ws, h, font=head_font, align="center") for h in ("编号", "说明", "涉及件数")])
    for n, text, uses in notes.items():
        ws.row_dimensions[n + 3].height = row_height((f"说明{n}", text, ""), (10, 100, 10))
        ws.append([cell(ws, f"说明{n}", align="center"), cell(ws, text), cell(ws, uses, align="center")])
    if not notes.numbers:
        ws.append([cell(ws, "—", align="center"), cell(ws, "各件理由均已在清理目录中写明。"), cell(ws, "")])

    with atomic_open(path, "wb") as fh:
        wb.save(fh)


def write_docx_table(entries: Iterable[CatalogueEntry], path, title: str = CATALOGUE_TITLE, *,
                     authority: str = "", date: str = "") -> None:
    """The list as a Word table on landscape A4 under the title on page 1: entries grouped by disposition
    (each group numbered from 1), header row repeated on every page, reasons in a few words
    (``short_row``), and after the table the counts and a 说明 section with the explanations the rows
    refer to ("见说明N"), each printed once."""
    from dataclasses import replace

    from .render.ooxml import A4_LANDSCAPE, DocxWriter, Run, gongwen_styles, mm

    page = replace(A4_LANDSCAPE, top=mm(20), bottom=mm(20), left=mm(20), right=mm(20), footer=mm(9))
    entries = _reiterable(entries)
    summary = summarize(entries)
    notes = Notes.collect(entries)
    doc = DocxWriter(page=page, styles=gongwen_styles(table_size=18), title=title,
                     odd_even_page_numbers=False)
    doc.paragraph(title, style="Title")
    doc.paragraph(authority_line(authority, date), style="TableLeft", align="center")
    weights = (4, 21, 11, 11, 9, 8, 35, 16)
    width = page.text_width
    widths = [width * wt // sum(weights) for wt in weights]
    widths[-1] += width - sum(widths)
    rows: list[list] = [list(COLUMNS)]
    for g, members in grouped(entries):
        for i, e in enumerate(members, 1):
            row: list = list(short_row(e, i, notes, keep_kinds=1))
            if e.disposition is None and not e.attachment:
                row[5] = Run(row[5], bold=True)
            rows.append(row)
    doc.table(rows, widths, aligns=["center", "left", "center", "left", "center", "center", "left", "left"],
              style="TableLeft", cant_split=False)
    doc.paragraph(summary_line(summary), style="Note")
    if notes.numbers:
        doc.paragraph("说明", style="Heading1")
        for n, text, uses in notes.items():
            doc.paragraph(f"说明{n}：{text}（涉及{uses}件）。", style="BodyText")
    with atomic_open(path, "wb") as fh:
        fh.write(doc.to_bytes())


SWEEP_FORMATS = ("xlsx", "csv", "docx", "json", "html")


def sweep_format(path, fmt: str | None = None) -> str | None:
    """The catalogue format asked for: ``fmt``, else the suffix of ``path`` (None when neither says)."""
    if fmt:
        return fmt
    return os.path.splitext(str(path))[1].lower().lstrip(".") if path is not None else None


def write_sweep(result, path, fmt: str | None = None, *, authority: str = "", date: str = "") -> str:
    """Write a sweep's 清理目录 to ``path`` as ``fmt`` (xlsx | csv | docx | json | html, the last a browsable
    folder), by default the file's suffix; ``date`` is the date printed on it. Returns the format used;
    ValueError for an unknown one."""
    fmt = sweep_format(path, fmt)
    if fmt == "xlsx":
        write_xlsx(result.entries, path, authority=authority, date=date)
    elif fmt == "csv":
        write_csv(result.entries, path)
    elif fmt == "docx":
        write_docx_table(result.entries, path, authority=authority, date=date)
    elif fmt == "html":
        from .report import write_html_report

        write_html_report(result.entries, result.summary, path, as_of=date, authority=authority, date=date)
    elif fmt == "json":
        write_json(result.entries, result.summary, path)
    else:
        raise ValueError(f"无法按扩展名“{os.path.splitext(str(path))[1]}”确定输出格式，"
                         f"请用 --format 指定 {'、'.join(SWEEP_FORMATS[:-1])} 或 {SWEEP_FORMATS[-1]}")
    return fmt
