"""One self-contained HTML page for an Opinion: no external CSS, fonts or scripts; every text escaped."""

from __future__ import annotations

from html import escape

from ..opinion import Opinion
from . import HEADINGS, NO_FINDINGS, BasisEntry, ClauseSection, cn_ordinal, outline

_CSS = """
body{font-family:"仿宋_GB2312","仿宋","FangSong","STFangsong",serif;font-size:16pt;line-height:1.75;
 max-width:46em;margin:2em auto;padding:0 1.5em;color:#111;background:#fff}
h1{font-family:"方正小标宋简体","宋体","SimSun","Songti SC",serif;font-size:22pt;font-weight:normal;
 text-align:center;line-height:1.4;margin:1em 0}
h2{font-family:"黑体","SimHei","Heiti SC",sans-serif;font-size:16pt;font-weight:normal;margin:1.2em 0 .4em}
h3{font-family:"楷体_GB2312","楷体","KaiTi","STKaiti",serif;font-size:16pt;font-weight:normal;margin:1em 0 .3em}
p{margin:.2em 0;text-indent:2em}
p.addressee{text-indent:0}
p.number{text-align:center;text-indent:0;margin-top:-.6em}
.blank{display:inline-block;min-width:8em;border-bottom:1px solid #111}
blockquote{margin:.4em 0 .6em 2em;padding:.2em .8em;border-left:4px solid #bbb;background:#f7f7f7}
blockquote p{text-indent:0}
mark{background:#ffe58a;padding:0 .1em}
.finding{margin:.5em 0 .9em}
.finding h4{font-size:16pt;margin:.3em 0;font-weight:bold}
.sev-error h4{color:#a40000}.sev-warning h4{color:#8a5a00}.sev-info h4{color:#2a4f7a}
dl{margin:0 0 0 2em}dt{float:left;clear:left;font-weight:bold}dd{margin:0 0 .2em 5.5em}
.law-text{white-space:pre-line}
table{border-collapse:collapse;margin:.5em 0 1em;font-size:14pt}
th,td{border:1px solid #444;padding:.2em .8em}td.n{text-align:right}
tr.total td{font-weight:bold}
.conclusion strong{font-family:"黑体","SimHei",sans-serif}
.provenance{font-size:12pt;color:#444;text-indent:0;margin-top:1.5em}
@media print{body{margin:0;max-width:none}mark{background:none;text-decoration:underline;font-weight:bold}}
"""


def _basis(b: BasisEntry, label: str) -> str:
    note = f"（{escape(b.note)}）" if b.note else ""
    text = f"：“<span class=\"law-text\">{escape(b.text)}</span>”" if b.text else ""
    return f"<dt>{label}</dt><dd>{escape(b.citation())}{note}{text}</dd>"


def _section(i: int, sec: ClauseSection) -> list[str]:
    out = [f'<section class="clause" id="clause-{i}">',
           f"<h3>（{cn_ordinal(i)}）{escape(sec.heading)}</h3>"]
    if sec.segments:
        paras = "".join("<p>" + "".join(f"<mark>{escape(t)}</mark>" if q else escape(t) for t, q in line) + "</p>"
                        for line in sec.lines())
        out.append(f'<blockquote class="original"><p>{sec.original_label}：</p>{paras}</blockquote>')
    for q in sec.unplaced_quotes:
        out.append(f'<blockquote class="original"><p>问题表述：“<mark>{escape(q)}</mark>”</p></blockquote>')
    for blk in sec.blocks:
        f = blk.finding
        out.append(f'<div class="finding sev-{escape(f.severity)}" data-rule="{escape(f.rule)}">')
        out.append(f"<h4>{blk.number}．{escape(blk.heading)}</h4><dl>")
        out.append(f"<dt>问题</dt><dd>{escape(f.problem)}</dd>")
        for r in blk.related:
            out.append(f"<dt>另涉及</dt><dd>{escape(blk.related_heading(r))}：{escape(r.problem)}</dd>")
        out += [_basis(b, "法律依据") for b in blk.basis]
        if blk.upper is not None:
            out.append(_basis(blk.upper, "上位法"))
        for suggestion in blk.suggestions:
            out.append(f"<dt>修改建议</dt><dd>{escape(suggestion)}</dd>")
        out.append("</dl></div>")
    out.append("</section>")
    return out


def render_html(op: Opinion, number: str = "") -> str:
    o = outline(op, number)
    addressee = escape(o.addressee) if o.addressee else '<span class="blank"></span>：'
    h = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="fashen">',
    ]
    if o.snapshot:
        h.append(f'<meta name="fashen-corpus-snapshot" content="{escape(o.snapshot)}">')
    h += [
        f"<title>{escape(o.title)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{escape(o.title)}</h1>",
        f'<p class="number">{escape(o.number)}</p>',
        f'<p class="addressee">{addressee}</p>',
        f"<p>{escape(o.opening)}</p>",
        f"<h2>{cn_ordinal(1)}、{HEADINGS[0]}</h2>",
    ]
    h += [f"<p>{escape(label)}：{escape(value)}</p>" for label, value in o.facts]
    h.append(f"<h2>{cn_ordinal(2)}、{HEADINGS[1]}</h2>")
    if not o.sections:
        h.append(f"<p>{NO_FINDINGS}</p>")
    for i, sec in enumerate(o.sections, 1):
        h += _section(i, sec)
    n = 3
    if o.sections:
        h.append(f"<h2>{cn_ordinal(n)}、{HEADINGS[2]}</h2>")
        h.append('<table class="summary"><thead><tr>'
                 + "".join(f"<th>{escape(c)}</th>" for c in o.summary_header) + "</tr></thead><tbody>")
        for k, row in enumerate(o.summary_rows):
            cls = ' class="total"' if k == len(o.summary_rows) - 1 else ""
            cells = [f"<td>{escape(row[0])}</td>"] + [f'<td class="n">{escape(c)}</td>' for c in row[1:]]
            h.append(f"<tr{cls}>" + "".join(cells) + "</tr>")
        h.append("</tbody></table>")
        n += 1
    h.append(f"<h2>{cn_ordinal(n)}、{HEADINGS[3]}</h2>")
    h.append(f'<p class="conclusion"><strong>{escape(o.conclusion)}。</strong>{escape(o.conclusion_note)}</p>')
    h.append(f'<p class="provenance">说明：{escape(o.provenance)}</p>')
    h.append("</body></html>")
    return "\n".join(h) + "\n"
