"""The Word 合法性审查意见书: A4 with 公文 margins, 小标宋 title, 仿宋 body, 黑体/楷体 headings, page numbers."""

from __future__ import annotations

from ..opinion import Opinion
from . import HEADINGS, NO_FINDINGS, SNAPSHOT_PROPERTY, BasisEntry, ClauseSection, cn_ordinal, outline
from .ooxml import A4_GONGWEN, HEITI, DocxWriter, Run

LABEL = dict(bold=True)


def _basis_runs(b: BasisEntry, label: str) -> list[Run]:
    runs = [Run(f"{label}：", **LABEL), Run(b.citation())]
    if b.note:
        runs.append(Run(f"（{b.note}）"))
    if b.text:
        runs.append(Run(f"：“{b.text}”"))
    return runs


def _section(doc: DocxWriter, i: int, sec: ClauseSection) -> None:
    doc.paragraph(f"（{cn_ordinal(i)}）{sec.heading}", style="Heading2")
    lines = sec.lines()
    for k, line in enumerate(lines):   # one paragraph per line of the original: no line breaks to justify
        runs = [Run(f"{sec.original_label}：", **LABEL), Run("“")] if k == 0 else []
        runs += [Run(t, bold=True, underline="single") if q else Run(t) for t, q in line]
        if k == len(lines) - 1:
            runs.append(Run("”"))
        doc.paragraph(runs, style="Quote")
    for q in sec.unplaced_quotes:
        doc.paragraph([Run("问题表述：", **LABEL), Run("“"), Run(q, bold=True, underline="single"), Run("”")],
                      style="Quote")
    for blk in sec.blocks:
        f = blk.finding
        doc.paragraph(f"{blk.number}．{blk.heading}", style="Heading3")
        doc.paragraph([Run("问题：", **LABEL), Run(f.problem)], style="BodyText")
        for r in blk.related:
            doc.paragraph([Run("同一表述另涉及", **LABEL), Run(f"{blk.related_heading(r)}：", **LABEL), Run(r.problem)],
                          style="BodyText")
        for b in blk.basis:
            doc.paragraph(_basis_runs(b, "法律依据"), style="BodyText")
        if blk.upper is not None:
            doc.paragraph(_basis_runs(blk.upper, "上位法规定"), style="BodyText")
        for suggestion in blk.suggestions:
            doc.paragraph([Run("修改建议：", **LABEL), Run(suggestion)], style="BodyText")


def render_docx(op: Opinion, number: str = "") -> bytes:
    o = outline(op, number)
    doc = DocxWriter(page=A4_GONGWEN, title=o.title,
                     created=f"{op.as_of}T00:00:00Z" if len(op.as_of or "") == 10 else None,
                     properties={SNAPSHOT_PROPERTY: o.snapshot} if o.snapshot else {})
    doc.paragraph(o.title, style="Title")
    doc.paragraph(o.number, style="Number")
    if o.addressee:
        doc.paragraph(o.addressee, style="Addressee")
    else:   # a blank line to write the addressee on
        doc.paragraph([Run("　" * 8, underline="single"), Run("：")], style="Addressee")
    doc.paragraph(o.opening, style="BodyText")

    doc.paragraph(f"{cn_ordinal(1)}、{HEADINGS[0]}", style="Heading1")
    for label, value in o.facts:
        doc.paragraph(f"{label}：{value}", style="BodyText")

    doc.paragraph(f"{cn_ordinal(2)}、{HEADINGS[1]}", style="Heading1")
    if not o.sections:
        doc.paragraph(NO_FINDINGS, style="BodyText")
    for i, sec in enumerate(o.sections, 1):
        _section(doc, i, sec)

    n = 3
    if o.sections:
        doc.paragraph(f"{cn_ordinal(n)}、{HEADINGS[2]}", style="Heading1")
        width = doc.page.text_width
        rest = (width * 2 // 3) // (len(o.summary_header) - 1)
        widths = [width - rest * (len(o.summary_header) - 1)] + [rest] * (len(o.summary_header) - 1)
        rows = [list(o.summary_header)] + [list(r) for r in o.summary_rows[:-1]]
        rows.append([Run(c, bold=True) for c in o.summary_rows[-1]])
        doc.table(rows, widths, aligns=["left"] + ["center"] * (len(widths) - 1))
        n += 1

    doc.paragraph(f"{cn_ordinal(n)}、{HEADINGS[3]}", style="Heading1")
    doc.paragraph([Run(f"{o.conclusion}。", font=HEITI), Run(o.conclusion_note)], style="BodyText")
    doc.paragraph([Run("说明：", **LABEL), Run(o.provenance)], style="Note")

    doc.paragraph("", style="Signature")
    doc.paragraph("（审查机构）", style="Signature")
    doc.paragraph("年　　月　　日", style="Signature")
    return doc.to_bytes()
