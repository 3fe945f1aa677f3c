"""Renderers of an Opinion: Markdown, one self-contained HTML page, a Word 合法性审查意见书.

All three render the same outline, built here: every legal statement comes from a Finding
(its problem, basis, suggestion); the renderers add only the memo's frame (headings, labels,
the summary table, the conclusion and the corpus provenance).

``render_docx`` imports lxml lazily, so importing this package stays cheap.
"""

from __future__ import annotations

from dataclasses import dataclass

from statutes.numerals import int_to_cn

from ..model import Clause, Finding
from ..sentences import CLOSING_MARKS, ENUMERATION_COMMA, PHRASE_MARKS, sentence_spans as _sentence_spans
from ..severity import WORST_FIRST
from ..opinion import (CATEGORY_LABELS, NOT_OURS, PASS, PASS_AFTER_CHANGES, REJECT, SEVERITY_LABELS, SEVERITY_SHORT,
                       Opinion, category_label, document_title, severity_label)
from ..readers.ocr import OCR_NOTE

__all__ = ["render_markdown", "render_html", "render_docx", "write_opinion", "FORMATS", "outline", "Outline", "ClauseSection",
           "FindingBlock", "BasisEntry", "CATEGORY_LABELS", "SEVERITY_LABELS", "excerpt", "NUMBER_PLACEHOLDER"]

HEADINGS = ("审查基本情况", "具体问题及修改建议", "问题汇总", "审查结论")
NO_FINDINGS = "未发现需要修改或提示的问题。"

# the opinion's own 文号 when none is given (--number): 机关代字〔年份〕序号 to fill in by hand
NUMBER_PLACEHOLDER = "〔　　　　〕　　号"
# the addressee when the draft names no issuer: a blank to fill in by hand
BLANK_ADDRESSEE = "＿＿＿＿＿＿＿＿："
SNAPSHOT_PROPERTY = "法规语料库快照"   # the corpus snapshot id, a document property of the memo
ELLIPSIS = "……"
EXCERPT_WHOLE = 100    # a one-paragraph clause this short is quoted whole
EXCERPT_MAX = 160      # a quoted sentence longer than this is cut to the phrases around the problem
EXCERPT_CONTEXT = 30   # characters kept on each side of the problem words before cutting at a comma

CONCLUSION_NOTES = {
    PASS: "经审查，未发现违法问题或需要审查人判断的问题。",
    PASS_AFTER_CHANGES: "送审稿存在上述问题，请起草单位逐条研究修改后按程序报送。",
    REJECT: "送审稿存在上述违法问题，涉及文件主要内容或制定主体权限，请起草单位重新研究。",
    NOT_OURS: "该文件不是本级政府及其部门制定的文件，不作审查结论；以上问题供向制定机关反映。",
}


def cn_ordinal(n: int) -> str:
    """1 -> 一, 12 -> 十二, 25 -> 二十五, 103 -> 一百零三 (heading numbers; a long document has hundreds):
    statutes.numerals.int_to_cn, the one Chinese numeral formatter."""
    return int_to_cn(n)


@dataclass(frozen=True, slots=True)
class BasisEntry:
    """One legal basis as printed: 《law》label：“text” (+ a note such as its status)."""

    law: str
    label: str
    text: str
    note: str = ""

    def citation(self) -> str:
        law = f"《{self.law}》" if self.law else ""
        return f"{law}{self.label}"


@dataclass(frozen=True, slots=True)
class FindingBlock:
    finding: Finding
    number: int              # 1-based within its clause section
    heading: str             # 【违法（必须修改）】设定行政许可：…
    basis: tuple[BasisEntry, ...]
    upper: BasisEntry | None
    related: tuple[Finding, ...] = ()   # other findings on the same words, shown in this block once
    suggestions: tuple[str, ...] = ()   # the distinct suggestions of the finding and the related ones

    def related_heading(self, f: Finding) -> str:
        return _finding_heading(f)


@dataclass(frozen=True, slots=True)
class ClauseSection:
    clause: Clause | None
    heading: str                          # 第五条 / 文件整体
    segments: tuple[tuple[str, bool], ...]  # the sentences holding the problems, cut into (text, is_quoted)
    unplaced_quotes: tuple[str, ...]      # quotes not found in the clause text
    blocks: tuple[FindingBlock, ...]
    excerpted: bool = False               # segments leave part of the clause out (marked ……)

    @property
    def original_label(self) -> str:
        return "原文（节选）" if self.excerpted else "原文"

    def lines(self) -> list[list[tuple[str, bool]]]:
        """``segments`` cut at line breaks: one list of (text, is_quoted) per paragraph of the original."""
        out: list[list[tuple[str, bool]]] = [[]]
        for text, quoted in self.segments:
            for i, piece in enumerate(text.split("\n")):
                if i:
                    out.append([])
                if piece:
                    out[-1].append((piece, quoted))
        return [line for line in out if any(t.strip() for t, _ in line)]


@dataclass(frozen=True, slots=True)
class Outline:
    title: str
    number: str                                    # the opinion's own 文号 (or NUMBER_PLACEHOLDER)
    addressee: str                                 # "制定机关：", or "" for a blank to fill in
    opening: str
    facts: tuple[tuple[str, str], ...]             # 审查基本情况: (label, value)
    sections: tuple[ClauseSection, ...]
    summary_header: tuple[str, ...]
    summary_rows: tuple[tuple[str, ...], ...]       # last row is 合计
    conclusion: str
    conclusion_note: str
    provenance: str
    snapshot: str = ""                             # corpus snapshot id: a document property, not printed


def cn_date(iso: str) -> str:
    """2024-03-20 -> 2024年3月20日, 2024-03 -> 2024年3月; anything else unchanged."""
    parts = (iso or "").split("-")
    if 1 <= len(parts) <= 3 and all(p.isdigit() for p in parts) and len(parts[0]) == 4:
        return "".join(f"{int(p)}{u}" for p, u in zip(parts, "年月日"))
    return iso


def _strip_book(s: str) -> str:
    return (s or "").strip().strip("《》").strip()


_VERDICT_NOTES = {"repealed": "已废止", "not_in_force": "尚未生效", "not_found": "条文未找到",
                  "outside_corpus": "语料库未收录", "ambiguous": "名称对应多部法律",
                  "earlier_text_missing": "审查日施行的文本未收录", "later_text_missing": "审查日施行的修改后文本未收录"}


def _cited_label(article, article_sub=0, paragraph=None, item=None) -> str:
    from statutes.numerals import article_label, int_to_cn

    if not article:
        return ""
    out = article_label(article, article_sub or 0)
    if paragraph:
        out += f"第{int_to_cn(paragraph)}款"
    if item:
        out += f"第（{int_to_cn(item)}）项"
    return out


def basis_entry(obj) -> BasisEntry:
    """A printable basis from a Provision, a CitationCheck or their ``to_dict()`` shapes.

    A citation check prints the provision it resolved to; without one (a repealed law known only by
    name, a law outside the corpus) it prints the law and article as cited, with the verdict as note —
    never the citation's own wording as if it were the article's text.
    """
    d = obj if isinstance(obj, dict) else obj.to_dict()
    if "verdict" in d:
        note = _VERDICT_NOTES.get(d["verdict"], "")
        if isinstance(d.get("provision"), dict):
            entry = basis_entry(d["provision"])
            return entry if entry.note or not note else BasisEntry(entry.law, entry.label, entry.text, note)
        label = _cited_label(d.get("article"), d.get("article_sub"), d.get("paragraph"), d.get("item"))
        return BasisEntry(law=_strip_book(d.get("law") or ""), label=label, text="", note=note)
    from statutes.model import Provision

    # a Provision's label carries its 款/项; a pack Basis's article_label does (its label adds the law name)
    label = obj.label if isinstance(obj, Provision) else (d.get("article_label") or d.get("label") or "")
    law = _strip_book(d.get("law") or d.get("law_name") or d.get("title") or "")
    status = d.get("status") or ""
    note = "；".join(n for n in (status if status != "现行有效" else "", d.get("text_note") or "") if n)
    return BasisEntry(law=law, label=label, text=(d.get("text") or "").strip(), note=note)


def mark_segments(text: str, quotes) -> tuple[tuple[tuple[str, bool], ...], tuple[str, ...]]:
    """Cut ``text`` into (piece, quoted) runs, marking the first occurrence of each quote.

    Overlapping quotes merge into one marked run. Returns the segments and the quotes that do not occur in ``text``.
    """
    spans, missing = [], []
    for q in dict.fromkeys(q for q in quotes if q):
        at = text.find(q)
        if at < 0:
            missing.append(q)
        else:
            spans.append((at, at + len(q)))
    spans.sort()
    merged: list[list[int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out, pos = [], 0
    for s, e in merged:
        if s > pos:
            out.append((text[pos:s], False))
        out.append((text[s:e], True))
        pos = e
    if pos < len(text):
        out.append((text[pos:], False))
    return tuple(out), tuple(missing)


_PHRASE_ENDS = PHRASE_MARKS + ENUMERATION_COMMA




def _narrow(text: str, a: int, b: int, quotes: list[tuple[int, int]]) -> tuple[int, int]:
    """A long stretch [a, b) cut to the phrases around the quotes in it."""
    inside = [(s, e) for s, e in quotes if a <= s and e <= b]
    if b - a <= EXCERPT_MAX or not inside:
        return a, b
    lo, hi = min(s for s, _ in inside), max(e for _, e in inside)
    left = max(a, lo - EXCERPT_CONTEXT)
    cut = max(text.rfind(p, a, left + 1) for p in _PHRASE_ENDS)
    left = cut + 1 if cut >= a else a
    right = min(b, hi + EXCERPT_CONTEXT)
    ends = [i for i in (text.find(p, right - 1, b) for p in _PHRASE_ENDS + CLOSING_MARKS) if i >= 0]
    right = min(ends) + 1 if ends else b
    return min(left, lo), max(right, hi)


def excerpt(text: str, quotes) -> tuple[tuple[tuple[str, bool], ...], tuple[str, ...], bool]:
    """The sentences of ``text`` that hold the quotes, "……" where text is left out, cut into (piece, quoted)
    runs as ``mark_segments`` does; a one-paragraph clause of at most ``EXCERPT_WHOLE`` characters is
    quoted whole. Returns the segments, the quotes not in ``text``, and whether anything was left out."""
    if len(text) <= EXCERPT_WHOLE and "\n" not in text.strip():
        segments, missing = mark_segments(text, quotes)
        return segments, missing, False
    spans, missing = [], []
    for q in dict.fromkeys(q for q in quotes if q):
        at = text.find(q)
        if at < 0:
            missing.append(q)
        else:
            spans.append((at, at + len(q)))
    if not spans:
        return (), tuple(missing), False
    sentences = _sentence_spans(text)
    keep = sorted({k for s, e in spans for k, (a, b) in enumerate(sentences) if a < e and s < b})
    ranges: list[list[int]] = []
    for k in keep:
        a, b = sentences[k]
        if ranges and ranges[-1][2] == k - 1:
            ranges[-1][1], ranges[-1][2] = b, k
        else:
            ranges.append([a, b, k])
    pieces, pos, cut = [], 0, False
    for a, b, _ in ranges:
        a, b = _narrow(text, a, b, spans)
        if text[pos:a].strip():
            pieces.append(ELLIPSIS)
            cut = True
        pieces.append(text[a:b])
        pos = b
    if text[pos:].strip():
        pieces.append(ELLIPSIS)
        cut = True
    segments, _ = mark_segments("".join(pieces).strip("\n"), [text[s:e] for s, e in spans])
    return segments, tuple(missing), cut


def _finding_heading(f: Finding) -> str:
    cat = category_label(f.category)
    title = (f.title or "").strip()
    name = cat if not title or title == cat else f"{cat}：{title}"
    return f"【{severity_label(f.severity)}】{name}"


def _blocks(fs: list[Finding]) -> tuple[FindingBlock, ...]:
    """One block per distinct quote: findings on the same words are shown once, the first (most severe)
    with the others as related findings."""
    by_quote: dict = {}
    for f in fs:
        by_quote.setdefault(f.quote or object(), []).append(f)
    blocks = []
    for n, group in enumerate(by_quote.values(), 1):
        f = group[0]
        basis: list[BasisEntry] = []
        for g in group:
            for b in g.basis:
                entry = basis_entry(b)
                if all((x.law, x.label) != (entry.law, entry.label) for x in basis):
                    basis.append(entry)
        upper = basis_entry(f.upper) if f.upper is not None else None
        if upper is not None and any((b.law, b.label) == (upper.law, upper.label) for b in basis):
            upper = None
        suggestions = tuple(dict.fromkeys(g.suggestion for g in group if g.suggestion))
        blocks.append(FindingBlock(f, n, _finding_heading(f), tuple(basis), upper, tuple(group[1:]), suggestions))
    return tuple(blocks)


def _sections(findings: tuple[Finding, ...]) -> tuple[ClauseSection, ...]:
    groups: dict = {}
    for f in findings:  # findings are in document order already
        key = f.clause.index if f.clause is not None else None
        groups.setdefault(key, []).append(f)
    sections = []
    for key, fs in groups.items():
        clause = fs[0].clause
        blocks = _blocks(fs)
        if clause is None:
            heading = "文件整体"
            segments, missing, cut = (), tuple(dict.fromkeys(f.quote for f in fs if f.quote)), False
        else:
            heading = clause.label or f"第{clause.index + 1}段"
            segments, missing, cut = excerpt(clause.text, [f.quote for f in fs])
        sections.append(ClauseSection(clause, heading, segments, missing, blocks, cut))
    return tuple(sections)


def _summary(op: Opinion) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    sevs = WORST_FIRST
    header = ("问题类别",) + tuple(SEVERITY_SHORT[s] for s in sevs) + ("合计",)
    summary = op.summary()
    rows = []
    for cat, counts in summary["by_category"].items():
        rows.append((category_label(cat),) + tuple(str(counts.get(s, 0)) for s in sevs) + (str(counts["total"]),))
    rows.append(("合计",) + tuple(str(summary["by_severity"].get(s, 0)) for s in sevs) + (str(summary["total"]),))
    return header, tuple(rows)


def _provenance(op: Opinion) -> str:
    snap = op.snapshot
    if snap is None:
        corpus = "未记录法规语料库快照"
    else:
        extra = "，".join(x for x in (f"构建于{cn_date(snap.built_at[:10])}" if snap.built_at else "",
                                      f"收录法律法规{snap.works}部" if snap.works else "") if x)
        corpus = "依据法规语料库" + (f"（{extra}）" if extra else "")
    ocr = f"送审文件的文字由{OCR_NOTE}。" if op.document.source_format.endswith("-ocr") else ""
    return (f"{ocr}本意见{corpus}审查，法律适用基准日为{cn_date(op.as_of) or '（未记录）'}。"
            "本意见由法审辅助生成，所列问题及法律依据须经审查人员核对后出具。")


def outline(op: Opinion, number: str = "") -> Outline:
    """The memo's content; ``number`` is the opinion's own 文号 (blank placeholder when empty)."""
    doc = op.document
    name = document_title(doc)
    counts = op.severity_counts()
    facts = [("送审文件", f"《{name}》")]
    kind = doc.kind_info.describe() if doc.kind_info is not None else doc.kind
    for label, value in (("文号", doc.doc_number), ("制定机关", doc.issuer), ("落款日期", cn_date(doc.date)),
                         ("文件类型", kind)):
        if value:
            facts.append((label, value))
    if op.remit is not None and not op.remit.ours and op.remit.group == "非本级文件":
        facts.append(("审查范围", f"{op.remit.group}：{op.remit.reason}"))
    elif op.remit is not None and op.remit.ours and op.remit.reason:      # the government's part of a joint document
        facts.append(("审查范围", op.remit.reason))
    if doc.source_format.endswith("-ocr"):
        facts.append(("文字来源", OCR_NOTE))
    facts.append(("审查条款", f"共{op.clauses_reviewed}条（项）"))
    found = f"共{len(op.findings)}处"
    if op.findings:
        found += "，其中" + "、".join(f"{SEVERITY_LABELS[s]}{counts.get(s, 0)}处" for s in WORST_FIRST)
    facts.append(("发现问题", found))
    draft_number = f"（{doc.doc_number}）" if doc.doc_number else ""
    header, rows = _summary(op)
    return Outline(
        title=op.title,
        number=number.strip() or NUMBER_PLACEHOLDER,
        addressee=f"{doc.issuer}：" if doc.issuer else "",
        opening=f"《{name}》{draft_number}收悉。现将合法性审查意见反馈如下。",
        facts=tuple(facts),
        sections=_sections(op.findings),
        summary_header=header,
        summary_rows=rows,
        conclusion=op.conclusion,
        conclusion_note=CONCLUSION_NOTES.get(op.conclusion, ""),
        provenance=_provenance(op),
        snapshot=op.snapshot.snapshot_id if op.snapshot is not None else "",
    )


def render_markdown(op: Opinion, number: str = "") -> str:
    from .markdown import render_markdown as _render

    return _render(op, number)


def render_html(op: Opinion, number: str = "") -> str:
    from .html import render_html as _render

    return _render(op, number)


def render_docx(op: Opinion, number: str = "") -> bytes:
    from .docx import render_docx as _render

    return _render(op, number)


FORMATS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".docx": "docx",
           ".json": "json"}


def write_opinion(op: Opinion, path, fmt: str | None = None, number: str = "") -> str:
    """Render ``op`` and write it atomically to ``path``; ``fmt`` (markdown|html|docx|json) defaults to
    the file's suffix; ``number`` is the opinion's own 文号. Returns the format used; ValueError for an
    unknown one. JSON keeps every finding's full clause text."""
    import json
    import os

    from ..atomic import atomic_open, atomic_write_bytes, atomic_write_text

    fmt = fmt or FORMATS.get(os.path.splitext(str(path))[1].lower())
    if fmt == "markdown":
        atomic_write_text(path, render_markdown(op, number))
    elif fmt == "html":
        atomic_write_text(path, render_html(op, number))
    elif fmt == "docx":
        atomic_write_bytes(path, render_docx(op, number))
    elif fmt == "json":
        with atomic_open(path, "w", encoding="utf-8", newline="") as fh:   # streamed: no copy of it all in memory
            json.dump(op.to_dict(), fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    else:
        raise ValueError(f"不支持的输出格式：{path}")
    return fmt
