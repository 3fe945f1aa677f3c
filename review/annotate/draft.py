"""Write the review into the drafter's own .docx: a comment (批注) on each finding's words, a suggested
revision (修订, w:del/w:ins) where the fix is mechanical. Pure: bytes and an Opinion in, bytes out.

How a finding finds its words: ``textmap.map_body`` reproduces the reader's text of word/document.xml with
the XML origin of every character, so the quote (an exact substring of that text) becomes a start and an end
place in the XML. All places are then cut open at once, from the end of the document backwards, so that a
cut never moves a place not yet cut: a run is split in two with the same properties (``_gap``), and a
placeholder element marks the gap. Edits then wrap the runs between their two placeholders; comments turn
their placeholders into w:commentRangeStart/End and a w:commentReference run.

Only document.xml, comments.xml, the relationships, the content types and (when there are revisions)
docProps/custom.xml are rewritten; every other entry of the package is copied unchanged.
"""

from __future__ import annotations

import copy
import io
import re
import zipfile
from dataclasses import dataclass, field

from lxml import etree

from review.readers.docx import CUSTOM_PROPS, REVIEWER_PROPERTY, Numbering, _style_numpr, reviewer_authors
from review.readers.safety import check_zip, read_zip_entry, reject_dtd
from statutes.errors import FashenError

from .comments import comment_paragraphs
from .fixes import Edit, FixPolicy, mechanical_edit, without_repeats
from .textmap import TextMap, map_body

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
COMMENTS_TYPE = f"{R_NS}/comments"
COMMENTS_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
CUSTOM_TYPE = f"{R_NS}/custom-properties"
CUSTOM_CT = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"
DEFAULT_REVIEWER = "合法性审查"
INITIALS = "法审"

_GAP = "{urn:fashen:annotate}gap"


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


R, RPR, PPR, T, DEL_TEXT, P, TC, BODY, TXBX = (w(t) for t in ("r", "rPr", "pPr", "t", "delText", "p", "tc", "body",
                                                           "txbxContent"))
DEL, INS, ID = w("del"), w("ins"), w("id")
_TEXTLIKE = {T, DEL_TEXT}
# what a run may hold for fashen to put it inside a suggested revision (plain text, tabs, line breaks)
_EDITABLE_RUN_CHILDREN = {RPR, T, w("tab"), w("br"), w("lastRenderedPageBreak"), w("softHyphen"),
                          w("noBreakHyphen")}
# what may stand between those runs (range markers carry no text)
_RANGE_MARKS = {w("bookmarkStart"), w("bookmarkEnd"), w("proofErr"), w("permStart"), w("permEnd"),
                w("commentRangeStart"), w("commentRangeEnd")}


class AnnotateError(FashenError):
    """The annotated package failed its own check (a fashen bug, not the user's file); nothing is written."""

    exit_code = 3


@dataclass(frozen=True, slots=True)
class Placement:
    """Where one finding went: its comment, the text it is anchored on ("" when on the title) and its edit."""

    finding: int            # index in opinion.findings
    comment_id: int
    anchored: bool          # on its own quote (False: on the title paragraph)
    text: str               # the anchored text as read
    edit: Edit | None = None


@dataclass(frozen=True, slots=True)
class Annotated:
    data: bytes
    findings: int
    comments: int
    anchored: int
    unanchored: int
    revisions: int
    placements: tuple[Placement, ...] = ()
    new_document: bool = False


# ---------------------------------------------------------------- package parts

def _keep_parser():
    """Like the reader's parser but keeping XML comments and processing instructions: we write these parts back."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _xml(root) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


class _Package:
    def __init__(self, data: bytes, name: str = "送审稿.docx"):
        self.name = name
        self.zf = zipfile.ZipFile(io.BytesIO(data))
        check_zip(name, self.zf)
        self.names = [i.filename for i in self.zf.infolist()]
        self.changed: dict[str, bytes] = {}

    def has(self, part: str) -> bool:
        return part in self.names or part in self.changed

    def read(self, part: str) -> bytes:
        if part in self.changed:
            return self.changed[part]
        return read_zip_entry(self.name, self.zf, part)

    def parse(self, part: str):
        if not self.has(part):
            return None
        data = self.read(part)
        reject_dtd(self.name, data, part)
        return etree.fromstring(data, _keep_parser())

    def to_bytes(self) -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
            for info in self.zf.infolist():
                data = self.changed.get(info.filename)
                if data is None:
                    data = self.zf.read(info)
                new = zipfile.ZipInfo(info.filename, date_time=info.date_time)
                new.compress_type = info.compress_type
                new.external_attr = info.external_attr
                new.create_system = info.create_system
                new.comment = info.comment
                new.extra = info.extra
                out.writestr(new, data)
            for name, data in self.changed.items():
                if name not in self.names:
                    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                    info.compress_type = zipfile.ZIP_DEFLATED
                    out.writestr(info, data)
        return buf.getvalue()


def _rels_part(part: str) -> str:
    folder, _, base = part.rpartition("/")
    return f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"


def _target_of(pkg: _Package, source_part: str, rel_type: str) -> str | None:
    """The part a relationship of ``rel_type`` from ``source_part`` points at (package-absolute), or None."""
    rels = pkg.parse(_rels_part(source_part))
    if rels is None:
        return None
    folder = source_part.rpartition("/")[0]
    for rel in rels.iter(f"{{{PKG_REL_NS}}}Relationship"):
        if rel.get("Type") == rel_type and rel.get("TargetMode") != "External":
            target = rel.get("Target", "")
            if target.startswith("/"):
                return target[1:]
            parts = (folder.split("/") if folder else []) + target.split("/")
            out: list[str] = []
            for p in parts:
                if p == "..":
                    if out:
                        out.pop()
                elif p not in ("", "."):
                    out.append(p)
            return "/".join(out)
    return None


def _add_relationship(pkg: _Package, source_part: str, rel_type: str, target: str) -> None:
    name = _rels_part(source_part)
    root = pkg.parse(name)
    if root is None:
        root = etree.Element(f"{{{PKG_REL_NS}}}Relationships", nsmap={None: PKG_REL_NS})
    ids = {rel.get("Id") for rel in root}
    n = 1
    while f"rIdFashen{n}" in ids:
        n += 1
    etree.SubElement(root, f"{{{PKG_REL_NS}}}Relationship", Id=f"rIdFashen{n}", Type=rel_type, Target=target)
    pkg.changed[name] = _xml(root)


def _ensure_content_type(pkg: _Package, part: str, content_type: str) -> None:
    root = pkg.parse("[Content_Types].xml")
    for ov in root.iter(f"{{{CT_NS}}}Override"):
        if ov.get("PartName", "").lower() == "/" + part.lower():
            if ov.get("ContentType") != content_type:
                ov.set("ContentType", content_type)
                pkg.changed["[Content_Types].xml"] = _xml(root)
            return
    etree.SubElement(root, f"{{{CT_NS}}}Override", PartName="/" + part, ContentType=content_type)
    pkg.changed["[Content_Types].xml"] = _xml(root)


# ---------------------------------------------------------------- places in the text

@dataclass
class _Group:
    """One comment: the findings on the same words."""

    start: int
    end: int
    items: list = field(default_factory=list)   # (finding index, finding, edit, unplaced)
    comment_id: int = 0


def _container(elem):
    for anc in elem.iterancestors():
        if anc.tag in (TC, TXBX, BODY):
            return anc
    return None


def _locate(f, tm: TextMap) -> tuple[int, int] | None:
    """The span of ``f.quote`` in the mapped text: inside its clause when it has one, else the first."""
    q = f.quote
    if not q:
        return None
    at = -1
    if f.clause is not None:
        at = tm.text.find(q, max(0, f.clause.start), f.clause.end + len(q))
    if at < 0:
        at = tm.text.find(q)
    if at < 0:
        return None
    return at, at + len(q)


def _anchorable(tm: TextMap, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """``span`` narrowed to characters in the XML, within one table cell (or the body) and outside text boxes."""
    if span is None:
        return None
    narrowed = tm.span_sources(*span)
    if narrowed is None:
        return None
    s, e = narrowed
    home = _container(tm.sources[s][0])
    if home is None or home.tag == TXBX:
        return None
    while e > s and (tm.sources[e - 1] is None or _container(tm.sources[e - 1][0]) is not home):
        e -= 1
    return s, e


def _title_span(tm: TextMap, title: str) -> tuple[int, int] | None:
    for candidate in (title, title.strip("《》")):
        if candidate:
            at = tm.text.find(candidate)
            span = _anchorable(tm, (at, at + len(candidate))) if at >= 0 else None
            if span:
                return span
    pos = 0
    for line in tm.text.split("\n"):
        span = _anchorable(tm, (pos, pos + len(line)))
        if span:
            return span
        pos += len(line) + 1
    return None


def _edit_runs(tm: TextMap, edit: Edit):
    """The run-level part [a, b) of an edit and the paragraphs whose marks it deletes; None when the edit
    cannot be a clean revision (text outside plain runs of one paragraph, list numbers inside, …)."""
    narrowed = tm.span_sources(edit.start, edit.end)
    if narrowed is None:
        return None
    a, b = narrowed
    marks = []
    for i in range(edit.start, edit.end):
        if tm.sources[i] is None and tm.text[i] == "\n" and not edit.new:
            j = i - 1
            while j >= 0 and tm.sources[j] is None:
                j -= 1
            if j < 0:
                return None
            p = next(tm.sources[j][0].iterancestors(P), None)
            if p is not None and p.getparent() is not None and p.getparent().tag == BODY \
                    and p.getnext() is not None and p.getnext().tag == P:
                marks.append(p)
    runs = []
    for i in range(a, b):
        src = tm.sources[i]
        if src is None:
            return None
        run = src[0].getparent()
        if run is None or run.tag != R or run.getparent() is None or run.getparent().tag != P:
            return None
        if not runs or runs[-1] is not run:
            runs.append(run)
    parent = runs[0].getparent()
    if any(r.getparent() is not parent for r in runs):
        return None
    first, last = parent.index(runs[0]), parent.index(runs[-1])
    for el in parent[first:last + 1]:
        if el.tag == R:
            if any(c.tag not in _EDITABLE_RUN_CHILDREN for c in el if isinstance(c.tag, str)):
                return None
        elif el.tag not in _RANGE_MARKS:
            return None
    return a, b, marks


# ---------------------------------------------------------------- cutting runs open

class _Ids:
    def __init__(self, *roots):
        top = 0
        for root in roots:
            if root is None:
                continue
            for v in root.xpath("//@w:id", namespaces={"w": W_NS}):
                if v.lstrip("-").isdigit():
                    top = max(top, int(v))
        self.next = top + 1

    def take(self) -> int:
        n = self.next
        self.next += 1
        return n


def _copy_rpr(rpr, ids: _Ids):
    if rpr is None:
        return None
    out = copy.deepcopy(rpr)
    for change in out.iter(w("rPrChange")):
        change.set(ID, str(ids.take()))
    return out


def _set_text(t, text: str) -> None:
    t.text = text
    if text != text.strip():
        t.set(XML_SPACE, "preserve")


def _gap(elem, k: int, placeholders: list, ids: _Ids) -> None:
    """Open the document before character ``k`` of ``elem`` (a w:t or one-character element in a run) and put
    ``placeholders`` there, in order. The run is split in two with the same properties when needed."""
    run = elem.getparent()
    content = [c for c in run if c.tag != RPR]
    idx = content.index(elem)
    size = len(elem.text or "") if elem.tag in _TEXTLIKE else 1
    if 0 < k < size:
        right_t = etree.Element(elem.tag, dict(elem.attrib))
        text = elem.text
        _set_text(elem, text[:k])
        _set_text(right_t, text[k:])
        left, right = content[:idx + 1], [right_t] + content[idx + 1:]
    elif k <= 0:
        left, right = content[:idx], content[idx:]
    else:
        left, right = content[:idx + 1], content[idx + 1:]
    if not left:
        for ph in placeholders:
            run.addprevious(ph)
        return
    if right:
        new = etree.Element(R, dict(run.attrib))
        rpr = _copy_rpr(run.find(RPR), ids)
        if rpr is not None:
            new.append(rpr)
        for c in right:
            new.append(c)          # moves it out of ``run`` (right_t is new)
        run.addnext(new)
    for ph in reversed(placeholders):
        run.addnext(ph)


def _placeholder(kind: str, key: int):
    el = etree.Element(_GAP)
    el.set("kind", kind)
    el.set("key", str(key))
    return el


def _cut(tm: TextMap, marks: list[tuple[int, str, int]], ids: _Ids) -> dict:
    """``marks``: (text position, kind, key) with kind comment-start|edit-start at "before char pos" and
    comment-end|edit-end at "after char pos - 1". Returns (kind, key) -> placeholder element."""
    order = {"edit-end": 0, "comment-end": 1, "comment-start": 2, "edit-start": 3}
    places: dict = {}
    for pos, kind, key in marks:
        if kind.endswith("start"):
            elem, k = tm.sources[pos]
            where = (2 * pos, id(elem), k)
        else:
            elem, k = tm.sources[pos - 1]
            k += 1
            where = (2 * pos - 1, id(elem), k)
        places.setdefault(where, (elem, k, []))[2].append((order[kind], key, kind))
    out = {}
    for where in sorted(places, key=lambda x: x[0], reverse=True):
        elem, k, items = places[where]
        items.sort()
        phs = []
        for _, key, kind in items:
            ph = _placeholder(kind, key)
            out[(kind, key)] = ph
            phs.append(ph)
        _gap(elem, k, phs, ids)
    return out


# ---------------------------------------------------------------- revisions and comments

def _revision(tag: str, ids: _Ids, author: str, when: str):
    el = etree.Element(w(tag))
    el.set(ID, str(ids.take()))
    el.set(w("author"), author)
    el.set(w("date"), when)
    return el


def _apply_edit(start_ph, end_ph, edit: Edit, marks, ids: _Ids, author: str, when: str) -> None:
    parent = start_ph.getparent()
    between = []
    x = start_ph.getnext()
    while x is not None and x is not end_ph:
        between.append(x)
        x = x.getnext()
    if x is None or end_ph.getparent() is not parent:
        raise AnnotateError("修订范围的起止不在同一段落中")
    first_run = next((el for el in between if el.tag == R), None)
    dele = _revision("del", ids, author, when)
    start_ph.addnext(dele)
    for el in between:
        dele.append(el)
    for t in dele.iter(T):
        t.tag = DEL_TEXT
    if edit.new:
        ins = _revision("ins", ids, author, when)
        run = etree.SubElement(ins, R)
        rpr = _copy_rpr(first_run.find(RPR), ids) if first_run is not None else None
        if rpr is not None:
            for change in rpr.findall(w("rPrChange")):
                rpr.remove(change)
            run.append(rpr)
        t = etree.SubElement(run, T)
        _set_text(t, edit.new)
        dele.addnext(ins)
    for p in marks:
        ppr = p.find(PPR)
        if ppr is None:
            ppr = etree.Element(PPR)
            p.insert(0, ppr)
        rpr = ppr.find(RPR)
        if rpr is None:
            rpr = etree.Element(RPR)
            later = [c for c in ppr if c.tag in (w("sectPr"), w("pPrChange"))]
            if later:
                later[0].addprevious(rpr)
            else:
                ppr.append(rpr)
        mark = _revision("del", ids, author, when)
        after_ins = rpr.find(INS)
        if after_ins is not None:
            after_ins.addnext(mark)
        else:
            rpr.insert(0, mark)


def _style_id(styles, name: str, kind: str) -> str | None:
    if styles is None:
        return None
    for st in styles.iter(w("style")):
        n = st.find(w("name"))
        if st.get(w("type")) == kind and n is not None and n.get(w("val"), "").lower() == name:
            return st.get(w("styleId"))
    return None


def _comment_element(cid: int, paragraphs: list[str], author: str, when: str, text_style: str | None,
                     ref_style: str | None) -> etree._Element:
    """A w:comment; ``text_style``/``ref_style`` are the draft's styles for comment text and the comment mark
    (Word's "annotation text"/"annotation reference"), None when the draft has none."""
    from review.render.ooxml import xml_text

    c = etree.Element(w("comment"))
    c.set(ID, str(cid))
    c.set(w("author"), author)
    c.set(w("date"), when)
    c.set(w("initials"), INITIALS)
    for i, para in enumerate(paragraphs):
        p = etree.SubElement(c, P)
        if text_style:
            etree.SubElement(etree.SubElement(p, PPR), w("pStyle")).set(w("val"), text_style)
        if i == 0:
            r = etree.SubElement(p, R)
            if ref_style:
                etree.SubElement(etree.SubElement(r, RPR), w("rStyle")).set(w("val"), ref_style)
            etree.SubElement(r, w("annotationRef"))
        r = etree.SubElement(p, R)
        _set_text(etree.SubElement(r, T), xml_text(para))
    return c


def _place_comment(start_ph, end_ph, cid: int) -> None:
    start = etree.Element(w("commentRangeStart"))
    start.set(ID, str(cid))
    start_ph.addprevious(start)
    end = etree.Element(w("commentRangeEnd"))
    end.set(ID, str(cid))
    end_ph.addprevious(end)
    ref_run = etree.Element(R)
    etree.SubElement(ref_run, w("commentReference")).set(ID, str(cid))
    anchor = end
    while anchor.getparent().tag in (DEL, w("moveFrom")):   # a reference never stands inside a deletion
        anchor = anchor.getparent()
    anchor.addnext(ref_run)


def _empty_comment_range(body, cid: int) -> None:
    """A comment on the first paragraph when the document has no text to anchor it on."""
    p = body.find(P)
    if p is None:
        p = etree.Element(P)
        body.insert(0, p)
    ppr = p.find(PPR)
    at = 1 if ppr is not None else 0
    start = etree.Element(w("commentRangeStart"))
    start.set(ID, str(cid))
    end = etree.Element(w("commentRangeEnd"))
    end.set(ID, str(cid))
    ref_run = etree.Element(R)
    etree.SubElement(ref_run, w("commentReference")).set(ID, str(cid))
    for i, el in enumerate((start, end, ref_run)):
        p.insert(at + i, el)


def _mark_reviewer(pkg: _Package, author: str) -> None:
    """Name ``author`` in docProps/custom.xml so that fashen reads its revisions as rejected (the drafter's text)."""
    part = _target_of(pkg, "", CUSTOM_TYPE) if pkg.has("_rels/.rels") else None
    root = pkg.parse(part) if part else None
    if root is None:
        part = part or "docProps/custom.xml"
        root = etree.Element(f"{{{CUSTOM_PROPS}}}Properties", nsmap={None: CUSTOM_PROPS, "vt": VT_NS})
        if not pkg.has(part):
            _add_relationship(pkg, "", CUSTOM_TYPE, part)
    names = set(reviewer_authors(root)) | {author}
    value = ";".join(sorted(names))
    for prop in root.iter(f"{{{CUSTOM_PROPS}}}property"):
        if prop.get("name") == REVIEWER_PROPERTY:
            for child in list(prop):
                prop.remove(child)
            etree.SubElement(prop, f"{{{VT_NS}}}lpwstr").text = value
            break
    else:
        pids = [int(p.get("pid")) for p in root.iter(f"{{{CUSTOM_PROPS}}}property") if (p.get("pid") or "").isdigit()]
        prop = etree.SubElement(root, f"{{{CUSTOM_PROPS}}}property", fmtid=FMTID,
                                pid=str(max(pids, default=1) + 1), name=REVIEWER_PROPERTY)
        etree.SubElement(prop, f"{{{VT_NS}}}lpwstr").text = value
    pkg.changed[part] = _xml(root)
    _ensure_content_type(pkg, part, CUSTOM_CT)


def _plan_edits(groups: dict, found_at: dict, tm: TextMap, policy: FixPolicy) -> list:
    """At most one suggested revision per comment, none overlapping another or holding another comment's end;
    a comment covers its revision (a deletion may take a separator or a line break beyond the quote).
    Returns (edit, a, b, paragraph marks, comment group) and records each edit on its group's finding."""
    candidates = []
    for g in groups.values():
        for n, (i, f, _, unplaced) in enumerate(g.items):
            if unplaced:
                continue
            edit = mechanical_edit(f, tm.text, found_at[i], policy)
            if edit is not None:
                candidates.append((edit, g, n))
                break
    by_edit = {id(e): (g, n) for e, g, n in candidates}
    planned = []
    for edit in without_repeats([e for e, _, _ in candidates], tm.text):
        g, n = by_edit.get(id(edit)) or next((g, n) for e, g, n in candidates if e.start == edit.start
                                              or (e.start <= edit.start < e.end))
        runs = _edit_runs(tm, edit)
        if runs is not None:
            planned.append((edit, *runs, g, n))
    planned.sort(key=lambda x: x[1])
    edits, last_end = [], -1
    for edit, a, b, marks, g, n in planned:
        lo, hi = min(g.start, a), max(g.end, b)
        others = [o for o in groups.values() if o is not g]
        if a < last_end or any(a < o.end < b or a < o.start < b for o in others):
            continue
        g.start, g.end = lo, hi
        i, f, _, u = g.items[n]
        g.items[n] = (i, f, edit, u)
        edits.append((edit, a, b, marks, g))
        last_end = b
    return edits


# ---------------------------------------------------------------- the whole job

_ISO_Z = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


def annotate_docx(data: bytes, opinion, *, reviewer: str = DEFAULT_REVIEWER, when: str,
                  policy: FixPolicy | None = None, name: str = "送审稿.docx") -> Annotated:
    """The draft ``data`` (a .docx) with ``opinion``'s findings as comments and mechanical fixes as revisions.

    ``when`` is the comments' and revisions' date (ISO 8601 with Z); ``policy`` the mechanical-fix policy
    (None: comments only).
    """
    from . import validate

    if not _ISO_Z.match(when):
        raise ValueError(f"when must be ISO 8601 UTC (…Z): {when!r}")
    reviewer = reviewer.strip() or DEFAULT_REVIEWER
    pkg = _Package(data, name)
    doc_part = _target_of(pkg, "", f"{R_NS}/officeDocument") or "word/document.xml"
    root = pkg.parse(doc_part)
    body = root.find(BODY)
    if body is None:
        raise AnnotateError("word/document.xml 中没有正文（w:body）")
    styles_part = _target_of(pkg, doc_part, f"{R_NS}/styles")
    numbering_part = _target_of(pkg, doc_part, f"{R_NS}/numbering")
    styles = pkg.parse(styles_part) if styles_part else None
    numbering = Numbering(pkg.parse(numbering_part) if numbering_part else None, _style_numpr(styles))
    custom_part = _target_of(pkg, "", CUSTOM_TYPE)
    reject = reviewer_authors(pkg.parse(custom_part) if custom_part else None)
    tm = map_body(body, numbering, reject)

    comments_part = _target_of(pkg, doc_part, COMMENTS_TYPE)
    comments_root = pkg.parse(comments_part) if comments_part else None
    ids = _Ids(root, comments_root)

    # 1. where each finding goes (findings on the same words share a comment), and the mechanical fixes
    groups: dict[tuple[int, int], _Group] = {}
    unplaced: list = []
    found_at: dict[int, int] = {}
    findings = opinion.findings
    for i, f in enumerate(findings):
        found = _locate(f, tm)
        span = _anchorable(tm, found)
        if span is None:
            unplaced.append(i)
            continue
        found_at[i] = found[0]
        groups.setdefault(span, _Group(*span)).items.append((i, f, None, False))
    if unplaced:   # on the title paragraph (or, in a document without text, at its start)
        key = _title_span(tm, opinion.document.title) or (-1, -1)
        if key not in groups:
            groups[key] = _Group(*key)
        groups[key].items += [(i, findings[i], None, True) for i in unplaced]
    edits = _plan_edits(groups, found_at, tm, policy) if policy is not None else []

    # 2. cut the document open at every start and end, from the end backwards
    for g in groups.values():
        g.comment_id = ids.take()
    marks_at = []
    for g in groups.values():
        if g.start >= 0:
            marks_at += [(g.start, "comment-start", g.comment_id), (g.end, "comment-end", g.comment_id)]
    for n, (edit, a, b, _, _) in enumerate(edits):
        marks_at += [(a, "edit-start", n), (b, "edit-end", n)]
    phs = _cut(tm, marks_at, ids)

    # 3. revisions, then comments
    for n, (edit, a, b, pmarks, _) in enumerate(edits):
        _apply_edit(phs[("edit-start", n)], phs[("edit-end", n)], edit, pmarks, ids, reviewer, when)
    for g in groups.values():
        if g.start >= 0:
            _place_comment(phs[("comment-start", g.comment_id)], phs[("comment-end", g.comment_id)], g.comment_id)
        else:
            _empty_comment_range(body, g.comment_id)
    for ph in list(root.iter(_GAP)):
        ph.getparent().remove(ph)

    if comments_root is None:
        comments_root = etree.Element(w("comments"), nsmap={"w": W_NS, "r": R_NS})
        comments_part = (doc_part.rpartition("/")[0] + "/comments.xml").lstrip("/")
        _add_relationship(pkg, doc_part, COMMENTS_TYPE, "comments.xml")
    placements = []
    text_style = _style_id(styles, "annotation text", "paragraph")
    ref_style = _style_id(styles, "annotation reference", "character")
    for g in sorted(groups.values(), key=lambda g: (g.start, g.end)):
        comments_root.append(_comment_element(g.comment_id, comment_paragraphs(
            [(f, e, u) for _, f, e, u in g.items]), reviewer, when, text_style, ref_style))
        text = tm.text[g.start:g.end] if g.start >= 0 else ""
        for i, f, e, u in g.items:
            placements.append(Placement(i, g.comment_id, not u, "" if u else text, e))
    _ensure_content_type(pkg, comments_part, COMMENTS_CT)
    pkg.changed[comments_part] = _xml(comments_root)
    pkg.changed[doc_part] = _xml(root)
    if edits:
        _mark_reviewer(pkg, reviewer)

    out = pkg.to_bytes()
    problems = validate.check_package(out, parts=set(pkg.changed))
    if problems:   # the draft's own quirks are not ours
        before = set(validate.check_package(data, parts=set(pkg.changed)))
        problems = [p for p in problems if p not in before]
    if problems:
        raise AnnotateError("批注稿未通过格式检查：" + "；".join(problems[:5]))
    placements.sort(key=lambda p: p.finding)
    return Annotated(data=out, findings=len(findings), comments=len(groups),
                     anchored=sum(1 for p in placements if p.anchored),
                     unanchored=sum(1 for p in placements if not p.anchored),
                     revisions=len(edits), placements=tuple(placements))
