"""Markdown rendering of an Opinion (the terminal / preview form; same outline as the Word memo)."""

from __future__ import annotations

import re
import unicodedata

from ..opinion import Opinion
from . import BLANK_ADDRESSEE, HEADINGS, NO_FINDINGS, SNAPSHOT_PROPERTY, BasisEntry, ClauseSection, cn_ordinal, outline

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")


def md_escape(text: str) -> str:
    """Backslash-escape Markdown/HTML syntax characters so document text renders literally."""
    out = _MD_SPECIAL.sub(r"\\\1", text)
    return re.sub(r"(?m)^(\s*)([#+\-]|\d+\.)(\s)", r"\1\\\2\3", out)


def _is_punct(ch: str) -> bool:
    return bool(ch) and unicodedata.category(ch)[0] in "PS"


def _strong(prev: str, text: str, nxt: str) -> str:
    """``**text**`` that CommonMark will actually render bold next to CJK text.

    A closing ``**`` right after punctuation only closes when followed by space or punctuation,
    and an opening ``**`` before punctuation only opens after space or punctuation; where that
    fails, the punctuation at that edge is left outside the emphasis.
    """
    head, tail = "", ""
    if text and _is_punct(text[0]) and prev and not (prev.isspace() or _is_punct(prev)):
        stripped = text.lstrip("".join(c for c in text if _is_punct(c)))
        head, text = text[:len(text) - len(stripped)], stripped
    if text and _is_punct(text[-1]) and nxt and not (nxt.isspace() or _is_punct(nxt)):
        stripped = text.rstrip("".join(c for c in text if _is_punct(c)))
        tail, text = text[len(stripped):], stripped
    if not text:
        return md_escape(head + tail)
    return f"{md_escape(head)}**{md_escape(text)}**{md_escape(tail)}"


def _marked(segments) -> str:
    out = []
    for i, (t, q) in enumerate(segments):
        if not q:
            out.append(md_escape(t))
            continue
        prev = segments[i - 1][0][-1:] if i else "“"
        nxt = segments[i + 1][0][:1] if i + 1 < len(segments) else "”"
        out.append(_strong(prev, t, nxt))
    return "".join(out)


def _continued(text: str, indent: str = "  ") -> str:
    """Multi-paragraph text inside a list item: continuation lines indented."""
    return ("\n" + indent).join(md_escape(line) for line in text.splitlines() if line.strip()) or ""


def _basis_line(b: BasisEntry, prefix: str) -> str:
    note = f"（{b.note}）" if b.note else ""
    text = f"：“{_continued(b.text)}”" if b.text else ""
    return f"- {prefix}：{md_escape(b.citation())}{note}{text}"


def _section(sec: ClauseSection) -> list[str]:
    lines: list[str] = []
    if sec.segments:
        para = [_marked(line) for line in sec.lines()]
        lines.append(f"> {sec.original_label}：“" + "\n>\n> ".join(para) + "”")
        lines.append("")
    for q in sec.unplaced_quotes:
        lines.append(f"> 问题表述：“{md_escape(q)}”")
        lines.append("")
    for blk in sec.blocks:
        f = blk.finding
        lines.append(f"**{blk.number}．{md_escape(blk.heading)}**")
        lines.append("")
        lines.append(f"- 问题：{_continued(f.problem)}")
        for r in blk.related:
            lines.append(f"- 同一表述另涉及{md_escape(blk.related_heading(r))}：{_continued(r.problem)}")
        for b in blk.basis:
            lines.append(_basis_line(b, "法律依据"))
        if blk.upper is not None:
            lines.append(_basis_line(blk.upper, "上位法规定"))
        for suggestion in blk.suggestions:
            lines.append(f"- 修改建议：{_continued(suggestion)}")
        lines.append("")
    return lines


def render_markdown(op: Opinion, number: str = "") -> str:
    o = outline(op, number)
    addressee = md_escape(o.addressee or BLANK_ADDRESSEE)
    lines = [f"# {md_escape(o.title)}", "", md_escape(o.number), "", addressee, "", md_escape(o.opening), ""]
    lines += [f"## {cn_ordinal(1)}、{HEADINGS[0]}", ""]
    lines += [f"- {label}：{md_escape(value)}" for label, value in o.facts]
    lines += ["", f"## {cn_ordinal(2)}、{HEADINGS[1]}", ""]
    if not o.sections:
        lines += [NO_FINDINGS, ""]
    for i, sec in enumerate(o.sections, 1):
        lines += [f"### （{cn_ordinal(i)}）{md_escape(sec.heading)}", ""]
        lines += _section(sec)
    n = 3
    if o.sections:
        lines += [f"## {cn_ordinal(n)}、{HEADINGS[2]}", ""]
        lines.append("| " + " | ".join(o.summary_header) + " |")
        lines.append("|" + "---|" + "---:|" * (len(o.summary_header) - 1))
        lines += ["| " + " | ".join(md_escape(c) for c in row) + " |" for row in o.summary_rows]
        lines.append("")
        n += 1
    lines += [f"## {cn_ordinal(n)}、{HEADINGS[3]}", "", f"**{o.conclusion}**。{o.conclusion_note}", ""]
    lines += [f"> 说明：{md_escape(o.provenance)}", ""]
    if o.snapshot:   # a property of the file, not part of the printed memo
        lines += [f"<!-- {SNAPSHOT_PROPERTY}：{o.snapshot} -->", ""]
    return "\n".join(lines)
