"""What Word requires of a package with comments and revisions, checked with lxml: a file that passes opens
without the "unreadable content" repair prompt in the cases fashen writes.

Checked: every XML part parses; every part has a content type (and comments.xml the comments type); the
comments part is reached by a relationship of the comments type from the main document; comment ids are
unique, each comment has exactly one range start, one range end after it and one reference run after the
end, and nothing refers to a comment that does not exist; range markers stand where the schema allows them
(in a paragraph or run-level container, never inside a run), a reference inside a run; revisions have an id,
an author and an ISO 8601 date, a deletion holds w:delText and never w:t, an insertion never w:delText; a
paragraph mark's revision is the first thing in its w:rPr; no two annotations share an id.
"""

from __future__ import annotations

import io
import re
import zipfile

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
COMMENTS_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


# containers that may hold comment range markers (EG_RangeMarkupElements): body, paragraphs and the
# run-level containers, table structure, never a run
_MARKER_PARENTS = {_w(t) for t in ("body", "p", "hyperlink", "ins", "del", "moveFrom", "moveTo", "smartTag",
                                   "sdtContent", "customXml", "fldSimple", "tbl", "tr", "tc", "txbxContent",
                                   "comment", "footnote", "endnote", "hdr", "ftr")}
_ANNOTATIONS = {_w(t) for t in ("ins", "del", "moveFrom", "moveTo", "comment")}


class _LazyParts(dict):
    """Zip entries read on first use."""

    def __init__(self, zf: zipfile.ZipFile, names: list[str]):
        super().__init__()
        self.zf, self.names = zf, set(names)

    def __contains__(self, name) -> bool:
        return name in self.names

    def __iter__(self):
        return iter(self.names)

    def __missing__(self, name: str) -> bytes:
        if name not in self.names:
            raise KeyError(name)
        data = self.zf.read(name)
        self[name] = data
        return data


def _parse(data: bytes, name: str, problems: list[str]):
    try:
        return etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))
    except etree.XMLSyntaxError as e:
        problems.append(f"{name} 不是有效的 XML：{e}")
        return None


def _content_types(ct_root) -> tuple[dict, dict]:
    defaults = {d.get("Extension", "").lower(): d.get("ContentType") for d in ct_root.iter(f"{{{CT_NS}}}Default")}
    overrides = {o.get("PartName", "").lower(): o.get("ContentType") for o in ct_root.iter(f"{{{CT_NS}}}Override")}
    return defaults, overrides


def _resolve(base_folder: str, target: str) -> str:
    if target.startswith("/"):
        return target[1:]
    out: list[str] = []
    for p in (base_folder.split("/") if base_folder else []) + target.split("/"):
        if p == "..":
            if out:
                out.pop()
        elif p not in ("", "."):
            out.append(p)
    return "/".join(out)


def _rels(parts: dict, part: str, problems: list[str]) -> list[tuple[str, str, str]]:
    folder, _, base = part.rpartition("/")
    name = f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"
    if name not in parts:
        return []
    root = _parse(parts[name], name, problems)
    if root is None:
        return []
    out = []
    for rel in root.iter(f"{{{PKG_REL_NS}}}Relationship"):
        target = rel.get("Target", "")
        resolved = target if rel.get("TargetMode") == "External" else _resolve(folder, target)
        out.append((rel.get("Id", ""), rel.get("Type", ""), resolved if rel.get("TargetMode") != "External" else ""))
    ids = [i for i, _, _ in out]
    if len(ids) != len(set(ids)):
        problems.append(f"{name} 中有重复的关系编号")
    return out


def check_package(data: bytes, parts: set[str] | None = None) -> list[str]:
    """Problems that would make Word repair or refuse the package (empty list: none found). ``parts``: check
    only these XML parts for well-formedness (the ones a writer changed); the structure is always checked."""
    problems: list[str] = []
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return ["不是 zip 压缩包"]
    only = parts
    names = [i.filename for i in zf.infolist() if not i.filename.endswith("/")]
    parts = _LazyParts(zf, names)
    if len(names) != len(set(names)):
        problems.append("压缩包中有重名条目")
    if "[Content_Types].xml" not in parts:
        return problems + ["缺少 [Content_Types].xml"]
    ct = _parse(parts["[Content_Types].xml"], "[Content_Types].xml", problems)
    if ct is None:
        return problems
    defaults, overrides = _content_types(ct)
    for name in names:
        if name == "[Content_Types].xml":
            continue
        ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
        if "/" + name.lower() not in overrides and ext not in defaults:
            problems.append(f"{name} 没有内容类型")
    for name in names:
        if name.endswith((".xml", ".rels")) and (only is None or name in only):
            _parse(parts[name], name, problems)
    main = next((t for _, typ, t in _rels(parts, "", problems)
                 if typ == f"{R_NS}/officeDocument"), None)
    if main is None or main not in parts:
        return problems + ["找不到主文档部件（officeDocument 关系）"]
    doc = _parse(parts[main], main, problems)
    if doc is None:
        return problems
    comments_targets = [t for _, typ, t in _rels(parts, main, problems) if typ == f"{R_NS}/comments"]
    comments = None
    if len(comments_targets) > 1:
        problems.append("主文档有多个批注部件关系")
    if comments_targets:
        target = comments_targets[0]
        if target not in parts:
            problems.append(f"批注关系指向不存在的部件 {target}")
        else:
            if overrides.get("/" + target.lower()) != COMMENTS_CT:
                problems.append(f"{target} 的内容类型不是批注类型")
            comments = _parse(parts[target], target, problems)
    problems += check_document(doc, comments)
    return problems


def check_document(doc, comments) -> list[str]:
    """The comment and revision structure of a parsed document.xml (and comments.xml, or None)."""
    problems: list[str] = []
    comment_ids: list[str] = []
    if comments is not None:
        for c in comments.iter(_w("comment")):
            cid = c.get(_w("id"))
            comment_ids.append(cid)
            if c.get(_w("author")) is None:
                problems.append(f"批注 {cid} 没有作者")
            if c.get(_w("date")) and not DATE.match(c.get(_w("date"))):
                problems.append(f"批注 {cid} 的日期不是 ISO 8601 格式")
            if c.find(_w("p")) is None:
                problems.append(f"批注 {cid} 没有段落")
    if len(comment_ids) != len(set(comment_ids)):
        problems.append("批注编号重复")
    known = set(comment_ids)

    seen: dict[str, dict[str, int]] = {}
    state: dict[str, str] = {}
    for el in doc.iter(_w("commentRangeStart"), _w("commentRangeEnd"), _w("commentReference")):
        cid = el.get(_w("id"))
        kind = etree.QName(el).localname
        counts = seen.setdefault(cid, {"commentRangeStart": 0, "commentRangeEnd": 0, "commentReference": 0})
        counts[kind] += 1
        parent = el.getparent()
        if kind == "commentReference":
            if parent.tag != _w("r"):
                problems.append(f"批注 {cid} 的引用不在 w:r 中")
            if state.get(cid) == "start":
                problems.append(f"批注 {cid} 的引用在范围结束之前")
            if parent.getparent() is not None and parent.getparent().tag == _w("del"):
                problems.append(f"批注 {cid} 的引用在删除修订中")
        else:
            if parent.tag not in _MARKER_PARENTS:
                problems.append(f"批注 {cid} 的范围标记位于 {etree.QName(parent).localname} 中")
            if kind == "commentRangeStart":
                state[cid] = "start"
            elif state.get(cid) != "start":
                problems.append(f"批注 {cid} 的范围结束在开始之前")
            else:
                state[cid] = "end"
        if cid not in known:
            problems.append(f"文档引用了不存在的批注 {cid}")
    for cid, counts in seen.items():
        if counts["commentReference"] != 1:
            problems.append(f"批注 {cid} 有 {counts['commentReference']} 个引用")
        if counts["commentRangeStart"] != counts["commentRangeEnd"] or counts["commentRangeStart"] > 1:
            problems.append(f"批注 {cid} 的范围起止不成对")
    for cid in known - set(seen):
        problems.append(f"批注 {cid} 没有在正文中引用")

    ids: list[str] = []
    for el in doc.iter(*_ANNOTATIONS):
        name = etree.QName(el).localname
        rid = el.get(_w("id"))
        if rid is None:
            problems.append(f"修订 w:{name} 没有编号")
            continue
        ids.append(rid)
        if not el.get(_w("author")):
            problems.append(f"修订 {rid} 没有作者")
        if el.get(_w("date")) and not DATE.match(el.get(_w("date"))):
            problems.append(f"修订 {rid} 的日期不是 ISO 8601 格式")
        if el.getparent() is not None and el.getparent().tag == _w("r"):
            problems.append(f"修订 {rid} 位于 w:r 之内")
        if name in ("del", "moveFrom") and next(el.iter(_w("t")), None) is not None:
            problems.append(f"删除修订 {rid} 中有 w:t（应为 w:delText）")
        if name in ("ins", "moveTo") and next(el.iter(_w("delText")), None) is not None:
            problems.append(f"插入修订 {rid} 中有 w:delText")
        parent = el.getparent()
        if parent is not None and parent.tag == _w("rPr") and name in ("ins", "del"):
            before = [c for c in parent[:parent.index(el)] if c.tag not in (_w("ins"), _w("del"))]
            if before:
                problems.append(f"段落标记修订 {rid} 不在 w:rPr 的开头")
    if len(ids) != len(set(ids)):
        problems.append("修订编号重复")
    for r in doc.iter(_w("r")):
        if any(c.tag == _w("r") for c in r):
            problems.append("w:r 中嵌套了 w:r")
            break
    for t in doc.iter(_w("t")):
        if t.getparent().tag != _w("r"):
            problems.append("w:t 不在 w:r 中")
            break
    return problems
