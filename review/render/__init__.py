"""Renderers of an Opinion: Markdown, one self-contained HTML page, a Word 合法性审查意见书.

All three render the same outline, built here: every legal statement comes from a Finding
(its problem, basis, suggestion); the renderers add only the memo's frame (headings, labels,
the summary table, the conclusion and the corpus provenance).

``render_docx`` imports lxml lazily, so importing this package stays cheap.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import SEVERITIES, Clause, Finding
from ..opinion import (CATEGORY_LABELS, PASS, PASS_AFTER_CHANGES, REJECT, SEVERITY_LABELS, SEVERITY_SHORT,
                       Opinion, category_label, document_title, severity_label)
from ..readers.ocr import OCR_NOTE

__all__ = ["render_markdown", "render_html", "render_docx", "write_opinion", "FORMATS", "outline", "Outline", "ClauseSection",
           "FindingBlock", "BasisEntry", "CATEGORY_LABELS", "SEVERITY_LABELS"]

CN_ORDINALS = "一二三四五六七八九十"

HEADINGS = ("审查基本情况", "具体问题及修改建议", "问题汇总", "审查结论")
NO_FINDINGS = "未发现需要修改或提示的问题。"

CONCLUSION_NOTES = {
    PASS: "经审查，未发现违法问题或需要审查人判断的问题。",
    PASS_AFTER_CHANGES: "送审稿存在上述问题，请起草单位逐条研究修改后按程序报送。",
    REJECT: "送审稿存在上述违法问题，涉及文件主要内容或制定主体权限，请起草单位重新研究。",
}


def cn_ordinal(n: int) -> str:
    """1 -> 一, 12 -> 十二, 25 -> 二十五, 103 -> 一百零三 (heading numbers; a long document has hundreds)."""
    from statutes.numerals import int_to_cn

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


@dataclass(frozen=True, slots=True)
class ClauseSection:
    clause: Clause | None
    heading: str                          # 第五条 / 文件整体
    segments: tuple[tuple[str, bool], ...]  # the clause text cut into (text, is_quoted)
    unplaced_quotes: tuple[str, ...]      # quotes not found in the clause text
    blocks: tuple[FindingBlock, ...]


@dataclass(frozen=True, slots=True)
class Outline:
    title: str
    addressee: str
    opening: str
    facts: tuple[tuple[str, str], ...]             # 审查基本情况: (label, value)
    sections: tuple[ClauseSection, ...]
    summary_header: tuple[str, ...]
    summary_rows: tuple[tuple[str, ...], ...]       # last row is 合计
    conclusion: str
    conclusion_note: str
    provenance: str


def cn_date(iso: str) -> str:
    """2024-03-20 -> 2024年3月20日, 2024-03 -> 2024年3月; anything else unchanged."""
    parts = (iso or "").split("-")
    if 1 <= len(parts) <= 3 and all(p.isdigit() for p in parts) and len(parts[0]) == 4:
        return "".join(f"{int(p)}{u}" for p, u in zip(parts, "年月日"))
    return iso


def _strip_book(s: str) -> str:
    return (s or "").strip().strip("《》").strip()


_VERDICT_NOTES = {"repealed": "已废止", "not_in_force": "尚未生效", "not_found": "条文未找到",
                  "outside_corpus": "语料库未收录", "ambiguous": "名称对应多部法律"}


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
    note = status if status and status != "现行有效" else ""
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


def _finding_heading(f: Finding) -> str:
    cat = category_label(f.category)
    title = (f.title or "").strip()
    name = cat if not title or title == cat else f"{cat}：{title}"
    return f"【{severity_label(f.severity)}】{name}"


def _sections(findings: tuple[Finding, ...]) -> tuple[ClauseSection, ...]:
    groups: dict = {}
    for f in findings:  # findings are in document order already
        key = f.clause.index if f.clause is not None else None
        groups.setdefault(key, []).append(f)
    sections = []
    for key, fs in groups.items():
        clause = fs[0].clause
        blocks = []
        for i, f in enumerate(fs, 1):
            basis = tuple(basis_entry(b) for b in f.basis)
            upper = basis_entry(f.upper) if f.upper is not None else None
            if upper is not None and any((b.law, b.label) == (upper.law, upper.label) for b in basis):
                upper = None
            blocks.append(FindingBlock(f, i, _finding_heading(f), basis, upper))
        if clause is None:
            heading = "文件整体"
            segments, missing = (), tuple(dict.fromkeys(f.quote for f in fs if f.quote))
        else:
            heading = clause.label or f"第{clause.index + 1}段"
            segments, missing = mark_segments(clause.text, [f.quote for f in fs])
        sections.append(ClauseSection(clause, heading, segments, missing, tuple(blocks)))
    return tuple(sections)


def _summary(op: Opinion) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    sevs = tuple(reversed(SEVERITIES))  # error, warning, info
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
        corpus = f"依据法规语料库快照“{snap.snapshot_id}”" + (f"（{extra}）" if extra else "")
    ocr = f"送审文件的文字由{OCR_NOTE}。" if op.document.source_format.endswith("-ocr") else ""
    return (f"{ocr}本意见{corpus}审查，法律适用基准日为{cn_date(op.as_of) or '（未记录）'}。"
            "本意见由法审辅助生成，所列问题及法律依据须经审查人员核对后出具。")


def outline(op: Opinion) -> Outline:
    doc = op.document
    name = document_title(doc)
    counts = op.severity_counts()
    facts = [("送审文件", f"《{name}》")]
    for label, value in (("文号", doc.doc_number), ("制定机关", doc.issuer), ("落款日期", cn_date(doc.date)),
                         ("文件类型", doc.kind)):
        if value:
            facts.append((label, value))
    if doc.source_format.endswith("-ocr"):
        facts.append(("文字来源", OCR_NOTE))
    facts.append(("审查条款", f"共{op.clauses_reviewed}条（项）"))
    found = f"共{len(op.findings)}处"
    if op.findings:
        found += "，其中" + "、".join(f"{SEVERITY_LABELS[s]}{counts.get(s, 0)}处" for s in reversed(SEVERITIES))
    facts.append(("发现问题", found))
    number = f"（{doc.doc_number}）" if doc.doc_number else ""
    header, rows = _summary(op)
    return Outline(
        title=op.title,
        addressee=f"{doc.issuer}：" if doc.issuer else "（起草单位）：",
        opening=f"《{name}》{number}收悉。现将合法性审查意见反馈如下。",
        facts=tuple(facts),
        sections=_sections(op.findings),
        summary_header=header,
        summary_rows=rows,
        conclusion=op.conclusion,
        conclusion_note=CONCLUSION_NOTES.get(op.conclusion, ""),
        provenance=_provenance(op),
    )


def render_markdown(op: Opinion) -> str:
    from .markdown import render_markdown as _render

    return _render(op)


def render_html(op: Opinion) -> str:
    from .html import render_html as _render

    return _render(op)


def render_docx(op: Opinion) -> bytes:
    from .docx import render_docx as _render

    return _render(op)


FORMATS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".docx": "docx",
           ".json": "json"}


def write_opinion(op: Opinion, path, fmt: str | None = None) -> str:
    """Render ``op`` and write it atomically to ``path``; ``fmt`` (markdown|html|docx|json) defaults to
    the file's suffix. Returns the format used; ValueError for an unknown one."""
    import json
    import os

    from ..atomic import atomic_open, atomic_write_bytes, atomic_write_text

    fmt = fmt or FORMATS.get(os.path.splitext(str(path))[1].lower())
    if fmt == "markdown":
        atomic_write_text(path, render_markdown(op))
    elif fmt == "html":
        atomic_write_text(path, render_html(op))
    elif fmt == "docx":
        atomic_write_bytes(path, render_docx(op))
    elif fmt == "json":
        with atomic_open(path, "w", encoding="utf-8", newline="") as fh:   # streamed: no copy of it all in memory
            json.dump(op.to_dict(), fh, ensure_ascii=False, indent=2)
            fh.write("\n")
    else:
        raise ValueError(f"不支持的输出格式：{path}")
    return fmt
