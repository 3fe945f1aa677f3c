"""The browsable 清理目录: a self-contained folder that opens from a shared drive on an office PC.

``write_html_report(entries, summary, folder, as_of=...)`` writes ``folder/index.html`` — the list with
counts, filters by disposition, issuer and topic, a text search and sortable columns (plain HTML with inline
CSS and JavaScript: no network, no build step; without JavaScript it is still the full table) — and
``folder/opinions/NNNNNN.html``, one page per reviewed document, drawn by the opinion renderer
(``review.render.html``) from the stored findings, with a link back to the list.

All document text is escaped (``html.escape``); the script reads only ``data-`` attributes and text
content and never writes HTML. The folder is written beside its target and renamed into place: an
interrupted export leaves the previous report, or none. An existing folder is replaced only if it is a
previous report (it holds ``index.html`` and ``opinions/`` and nothing else).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from html import escape
from pathlib import Path

from statutes.errors import InputError

from .export import CATALOGUE_TITLE, NOT_REVIEWED, CatalogueEntry, Notes, authority_line, group_of, groups, \
    short_row, summarize, summary_line

REPORT_FILES = {"index.html", "opinions"}

_CSS = """
body{font-family:"仿宋_GB2312","仿宋","FangSong","Noto Serif CJK SC",serif;font-size:15px;margin:1.2em 2em;color:#111}
h1{font-family:"方正小标宋简体","宋体","SimSun","Noto Serif CJK SC",serif;font-weight:normal;text-align:center;font-size:26px}
.meta{text-align:center;color:#333}
.counts{margin:.8em 0}.counts button{margin:0 .4em .4em 0;padding:.25em .8em;border:1px solid #888;background:#f4f4f4;
 border-radius:3px;cursor:pointer;font-size:14px}.counts button.on{background:#1f4e79;color:#fff;border-color:#1f4e79}
.filters{display:flex;flex-wrap:wrap;gap:.6em 1.2em;align-items:center;margin:.5em 0 .8em}
.filters label{font-family:"黑体","SimHei","Noto Sans CJK SC",sans-serif;font-size:14px}
.filters select,.filters input{font-size:14px;padding:.15em .3em;max-width:22em}
#shown{color:#444;font-size:14px}
table{border-collapse:collapse;width:100%;font-size:14px}
th,td{border:1px solid #666;padding:.3em .45em;vertical-align:top}
th{font-family:"黑体","SimHei","Noto Sans CJK SC",sans-serif;background:#e9eef4;position:sticky;top:0;cursor:pointer;
 white-space:nowrap}th.sorted-asc::after{content:" ▲"}th.sorted-desc::after{content:" ▼"}
td.n,td.c{text-align:center}td.n,td.date,td.disp{white-space:nowrap}td.reason{white-space:pre-line;min-width:20em}
td.title{min-width:12em}td.num{min-width:6em;max-width:10em}td.clauses{min-width:9em}td.topic{min-width:6em}tr.d-修改 td.disp{color:#8a5a00}tr.d-废止 td.disp,tr.d-宣布失效 td.disp{color:#a40000}
tr.d-未能审查 td.disp{font-weight:bold}
.notes{margin-top:1.5em}.notes li{margin:.3em 0}
@media print{.counts,.filters,#shown{display:none}th{position:static}}
"""

# sorting and filtering; reads data- attributes and textContent only, writes classes and style.display
_JS = """
(function(){
  var table=document.getElementById('list'), body=table.tBodies[0];
  var rows=Array.prototype.slice.call(body.rows);
  var disp=document.getElementById('f-disp'), iss=document.getElementById('f-issuer'),
      top=document.getElementById('f-topic'), q=document.getElementById('f-text'),
      shown=document.getElementById('shown');
  function apply(){
    var d=disp.value, i=iss.value, t=top.value, s=q.value.trim(), n=0;
    rows.forEach(function(r){
      var ok=(!d||r.dataset.disposition===d)&&(!i||r.dataset.issuer===i)&&
             (!t||(' '+r.dataset.topics+' ').indexOf(' '+t+' ')>=0)&&(!s||r.textContent.indexOf(s)>=0);
      r.style.display=ok?'':'none'; if(ok){n++;}
    });
    shown.textContent='显示 '+n+' / '+rows.length+' 件';
    Array.prototype.forEach.call(document.querySelectorAll('.counts button'),function(b){
      b.classList.toggle('on',b.dataset.disposition===d);});
  }
  [disp,iss,top].forEach(function(el){el.addEventListener('change',apply);});
  q.addEventListener('input',apply);
  Array.prototype.forEach.call(document.querySelectorAll('.counts button'),function(b){
    b.addEventListener('click',function(){disp.value=(disp.value===b.dataset.disposition)?'':b.dataset.disposition;apply();});
  });
  Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th,col){
    th.addEventListener('click',function(){
      var asc=!th.classList.contains('sorted-asc');
      Array.prototype.forEach.call(table.tHead.rows[0].cells,function(h){h.classList.remove('sorted-asc','sorted-desc');});
      th.classList.add(asc?'sorted-asc':'sorted-desc');
      var num=th.dataset.type==='num';
      rows.sort(function(a,b){
        var x=a.cells[col].dataset.key||a.cells[col].textContent, y=b.cells[col].dataset.key||b.cells[col].textContent;
        var c=num?(parseFloat(x)-parseFloat(y)):x.localeCompare(y,'zh-CN');
        return asc?c:-c;
      });
      rows.forEach(function(r){body.appendChild(r);});
    });
  });
  var h=decodeURIComponent(location.hash.replace('#',''));
  if(h.indexOf('disposition=')===0){disp.value=h.slice(12);}
  apply();
})();
"""

COLUMNS_HTML = ("序号", "文件名称", "文号", "制定机关", "发布日期", "清理意见", "理由", "需修改条款", "专题")


def _topics(entry: CatalogueEntry) -> list[str]:
    seen = dict.fromkeys(f.to_dict().get("category", "") for f in entry.findings)
    return [c for c in seen if c]


def opinion_of(entry: CatalogueEntry, as_of: str):
    """The opinion a sweep stored for ``entry``, rebuilt for the opinion renderer (findings as stored)."""
    from .model import Clause, Document, Finding
    from .opinion import Opinion

    doc = Document(path=entry.path, text="", paragraphs=(), title=entry.title, doc_number=entry.doc_number,
                   issuer=entry.issuer, date=entry.date)
    findings = []
    for f in (f.to_dict() for f in entry.findings):
        c = f.get("clause")
        clause = (Clause(index=c.get("index", 0), label=c.get("label", ""), text=c.get("text", ""), start=0,
                         end=len(c.get("text", "")), paragraph=0) if c else None)
        findings.append(Finding(rule=f.get("rule", ""), category=f.get("category", ""),
                                severity=f.get("severity", "info"), title=f.get("title", ""), clause=clause,
                                quote=f.get("quote", ""), problem=f.get("problem", ""),
                                suggestion=f.get("suggestion", ""), basis=tuple(f.get("basis") or ()),
                                upper=f.get("upper"), detail=f.get("detail") or {}))
    clauses = len({f.clause.index for f in findings if f.clause is not None})
    return Opinion.build(doc, findings, as_of=as_of, snapshot=None, clauses_reviewed=clauses)


def _opinion_page(entry: CatalogueEntry, number: int, as_of: str, notes: Notes) -> str:
    from .render.html import render_html

    page = render_html(opinion_of(entry, as_of))
    reasons = "".join(f"<li>{escape(r)}</li>" for r in entry.reasons)
    bar = (f'<nav class="sweep" style="font-size:14px;border:1px solid #bbb;background:#f6f8fa;padding:.5em 1em;'
           f'margin-bottom:1em"><a href="../index.html">← 返回清理目录</a>　第{number}件　清理意见：'
           f'<strong>{escape(entry.disposition or NOT_REVIEWED)}</strong>'
           f'<ul style="margin:.3em 0 0 1em;padding:0">{reasons}</ul>'
           f'<div style="color:#555">文件：{escape(entry.path)}</div></nav>')
    # a stored result keeps the clauses with findings, not how many were read: say what the number is
    page = page.replace("<p>审查条款：", "<p>存在问题的条款：", 1)
    return page.replace("<body>", "<body>" + bar, 1)


def _page_name(number: int) -> str:
    return f"opinions/{number:06d}.html"


def _index(entries, summary: dict, notes: Notes, title: str, authority: str, date: str,
           pages: dict[int, str]) -> str:
    from .opinion import category_label

    issuers: dict[str, int] = {}
    topics: dict[str, int] = {}
    for e in entries:
        if e.issuer:
            issuers[e.issuer] = issuers.get(e.issuer, 0) + 1
        for t in _topics(e):
            topics[t] = topics.get(t, 0) + 1
    h = ["<!DOCTYPE html>", '<html lang="zh-CN"><head><meta charset="utf-8">',
         '<meta name="viewport" content="width=device-width, initial-scale=1">',
         f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>",
         f"<h1>{escape(title)}</h1>", f'<p class="meta">{escape(authority_line(authority, date))}</p>',
         f"<p>{escape(summary_line(summary))}</p>", '<div class="counts">']
    for g, n in summary["by_disposition"].items():
        if n:
            h.append(f'<button type="button" data-disposition="{escape(g)}">{escape(g)} {n}件</button>')
    h.append('</div><div class="filters">')
    h.append('<label>清理意见 <select id="f-disp"><option value="">全部</option>'
             + "".join(f'<option value="{escape(g)}">{escape(g)}</option>' for g in groups()
                       if summary["by_disposition"].get(g)) + "</select></label>")
    h.append('<label>制定机关 <select id="f-issuer"><option value="">全部</option>'
             + "".join(f'<option value="{escape(i)}">{escape(i[:40])}（{n}）</option>'
                       for i, n in sorted(issuers.items(), key=lambda kv: (-kv[1], kv[0]))) + "</select></label>")
    h.append('<label>专题 <select id="f-topic"><option value="">全部</option>'
             + "".join(f'<option value="{escape(t)}">{escape(category_label(t))}（{n}）</option>'
                       for t, n in sorted(topics.items(), key=lambda kv: -kv[1])) + "</select></label>")
    h.append('<label>查找 <input id="f-text" type="search" placeholder="文件名称、文号、理由…"></label>'
             '<span id="shown"></span></div>')
    num = ' data-type="num"'
    h.append('<table id="list"><thead><tr>' + "".join(
        f'<th{num if c == "序号" else ""}>{escape(c)}</th>' for c in COLUMNS_HTML) + "</tr></thead><tbody>")
    for number, e in enumerate(entries, 1):
        row = short_row(e, number, notes)
        g = group_of(e)
        topic_keys = _topics(e)
        name = escape(row[1])
        if number in pages:
            name = f'<a href="{pages[number]}">{name}</a>'
        h.append(f'<tr class="d-{escape(g)}" data-disposition="{escape(g)}" data-issuer="{escape(e.issuer)}" '
                 f'data-topics="{escape(" ".join(topic_keys))}">'
                 f'<td class="n">{number}</td><td class="title">{name}</td><td class="c num">{escape(row[2])}</td>'
                 f'<td>{escape(row[3])}</td><td class="c date">{escape(row[4])}</td>'
                 f'<td class="c disp">{escape(g)}</td><td class="reason">{escape(row[6])}</td>'
                 f'<td class="clauses">{escape(row[7])}</td>'
                 f'<td class="topic">{escape("、".join(category_label(t) for t in topic_keys))}</td></tr>')
    h.append("</tbody></table>")
    if notes.numbers:
        h.append('<section class="notes"><h2>说明</h2><ol>')
        h += [f'<li id="note-{n}">说明{n}：{escape(text)}（涉及{uses}件）</li>' for n, text, uses in notes.items()]
        h.append("</ol></section>")
    h.append(f"<script>{_JS}</script></body></html>")
    return "\n".join(h) + "\n"


def write_html_report(entries, summary: dict | None, folder, *, as_of: str, title: str = CATALOGUE_TITLE,
                      authority: str = "", date: str = "") -> None:
    """Write the report folder (see the module docstring)."""
    from .export import _reiterable

    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise InputError(folder, "已存在同名文件；HTML 清理目录需要一个文件夹")
    if folder.is_dir() and any(folder.iterdir()) and not set(os.listdir(folder)) <= REPORT_FILES:
        raise InputError(folder, "文件夹不是空的，也不是此前生成的清理目录；请指定新的文件夹")
    entries = _reiterable(entries)
    summary = summarize(entries)
    notes = Notes.collect(entries)
    parent = folder.resolve().parent
    parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=parent))
    try:
        (tmp / "opinions").mkdir()
        pages: dict[int, str] = {}
        for number, e in enumerate(entries, 1):
            if e.error or e.duplicate_of or e.disposition is None:
                continue
            pages[number] = _page_name(number)
            (tmp / pages[number]).write_text(_opinion_page(e, number, as_of, notes), encoding="utf-8")
        (tmp / "index.html").write_text(_index(entries, summary, notes, title, authority, date, pages),
                                        encoding="utf-8")
        os.chmod(tmp, 0o777 & ~_umask())
        old = None
        if folder.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{folder.name}.old.", dir=parent))
            os.rename(folder, old / "report")
        os.rename(tmp, folder)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
