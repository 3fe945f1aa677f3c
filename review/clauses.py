"""Split a Document into review units: 第X条 articles, else 一、/（一）/1./（1） points, else sentences.

Every clause keeps offsets into ``doc.text``: ``doc.text[start:end]`` covers the clause, and equals
``clause.text`` except where a page number (—3—) inside the clause was left out of its text.
An enumeration item carries its header (the sentence ending with ：that introduces it), whose polarity
("不得含有下列内容：" vs "应当提交以下材料：") decides what the item means.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from review.metadata import _is_date_line, _is_org_line, _issuer_date_line, _written_dates, squash
from review.model import Clause, Document, Paragraph
from statutes.numerals import int_to_cn

_NUM = "一二三四五六七八九十百零〇两"
_ARTICLE = re.compile(rf"^第\s*([{_NUM}\d]+)\s*条(?:之[{_NUM}]+)?")
_CHAPTER = re.compile(rf"^第\s*([{_NUM}\d]+)\s*([编章节])")
_POINTS: list[tuple[float, re.Pattern]] = [
    (1, re.compile(rf"^([{_NUM}]+)\s*[、．.，]")),
    (2, re.compile(rf"^[（(]\s*([{_NUM}]+)\s*[）)]")),
    (2, re.compile(r"^([㈠-㈩])")),          # the one-character （一）…（十） of some typesetters
    (3.5, re.compile(r"^([0-9０-９]{1,3}(?:[.．][0-9０-９]{1,3})+)(?:[、．]|\s+|(?=[\u4e00-\u9fff])(?![万亿元千百十个倍年月日周岁平方米公里%]))")),
    (3, re.compile(r"^([0-9０-９]{1,3})\s*[、．.](?![0-9０-９])")),
    (4, re.compile(r"^[（(]\s*([0-9０-９]{1,3})\s*[）)]")),
    (5, re.compile(r"^([①-⑳])")),
]
_TERMINAL = tuple("。；;！？!?：:")
# the first line of an attachment (附件 / 附件1 / 附件二：), where the attachments follow the main text
_ATTACHMENT_HEAD = re.compile(rf"^附\s*件\s*([0-9０-９{_NUM}]{{0,3}})\s*[:：]?\s*$")
# the attachment list at the foot of the main text: 附件：1.XXX计分指标 (its further names on the next lines)
_ATTACHMENT_LIST = re.compile(r"^附\s*件\s*[:：]\s*\S")
_FOOT_LINE = 120   # a unit after the attachment list this short and unnumbered is the document's foot, not content
_PAGE_NO = re.compile(r"^[-—–－~\s]*[0-9０-９]{1,3}[-—–－~\s]*$|^[-—–－]\s*[0-9]{1,3}\s*[-—–－]|^第\s*\d+\s*页(\s*共\s*\d+\s*页)?$")
_FOOTER = re.compile(r"^(抄送|抄报|主题词|公开方式|发送|分送|（此件[^）]*）|\(此件[^)]*\)|[A-Z](\s?[A-Z])+\s*[—-])")
_BODY = re.compile(r"[。；;，,：:]")
# a row of a task-allocation table: only names of bodies (市公安局、市国土房管局) — content, not a heading
_BODIES = re.compile(r"^(?:[\u4e00-\u9fff（）()]{2,24}?(?:局|委|办|厅|部|院|政府|中心|部门)、?)+"
                     r"(?:(?:19|20)\d{2}(?:年|[-—―~～](?:19|20)\d{2}年))?$")      # the deadline cell may follow


def point_marker(text: str) -> tuple[float, str] | None:
    """(level, marker as written) when ``text`` starts with a list number: 一、 / （一）, ㈠ / 1. / （1） / ①."""
    for level, pat in _POINTS:
        m = pat.match(text)
        if m:
            if level == 3.5:
                level = 3 + 0.5 * m.group(1).count(".") + 0.5 * m.group(1).count("．")
            return level, m.group(0).strip()
    return None


_PARENTHESIZED = {chr(0x3220 + k): f"（{int_to_cn(k + 1)}）" for k in range(10)}   # ㈠ → （一）


def _label_of(marker: str) -> str:
    if marker in _PARENTHESIZED:
        return _PARENTHESIZED[marker]
    return marker.replace("(", "（").replace(")", "）").replace(" ", "")


# a heading that is itself the lead-in of the list under it (三、所需材料; （二）需提交的证明材料): the papers an application
# needs, announced without a colon (round 42, rights42: D085's 三、所需材料 over （7）其它相关证明); one thing named, not a
# section on where each paper is issued (D011 十一、相关证明出具经办机构及所需提供材料)
_PAPERS_HEADING = re.compile(r"(?:(?!及|和|与|出具|经办|证明)[\u4e00-\u9fff《》（）]){0,16}?(?:所需|需要?提[交供]|须提[交供]|应当?提[交供]|提交|提供)"
                             r"(?:的)?(?:证明)?(?:材料|资料|证件)(?:清单|目录)?")


# a guide's section heading announcing that the list under it is the conditions of the matter named above it (办事指南:
# 申请条件, 前置条件, 报名条件 …; round 46, realup46: D079's 符合合法稳定就业办理成都市居住证 / 前置条件 / 一、在我市连续缴纳
# 城镇职工社会保险满6个月……) — not its procedure (办理流程), its place or its papers
_CONDITIONS_HEADING = re.compile(r"[一二三四五六七八九十\d、．.（）()\s]{0,5}(?:前置|申请|申领|办理|报名|受理|准入|基本|资格)条件")


def section_lead(heads: list[str]) -> str:
    """The lead-in an office guide gives the top-level list under its unnumbered heading lines ``heads`` (the last one
    or two read before it): where the last is a conditions heading (申请条件, 前置条件), the matter above it and the
    heading read as the lead-in it stands for — 以合法稳定就业申领居住证 / 申请条件 → 以合法稳定就业申领居住证，应当具备下列
    申请条件： (the words a written lead-in has, 应当具备下列条件：, so that every reader of list headers reads it as one);
    else none."""
    if not heads or not _CONDITIONS_HEADING.fullmatch(heads[-1]):
        return ""
    section = re.sub(r"^[一二三四五六七八九十\d、．.（）()\s]+", "", heads[-1])
    return "，".join([*heads[:-1], f"应当具备下列{section}："])


def intro_sentence(text: str) -> str:
    """The enumeration header in ``text``: its last sentence, when it ends with a colon; or the whole of a short
    heading naming the papers to hand in (所需材料), which leads the list under it as a colon would."""
    t = text.rstrip(" \u3000\n")
    if not t.endswith(("：", ":")):
        head = _ARTICLE.sub("", t, count=1).strip(" \u3000")
        pm = point_marker(head)
        head = (head[len(pm[1]):] if pm else head).strip(" \u3000")
        return head if _PAPERS_HEADING.fullmatch(head) else ""
    last = re.split(r"(?<=[。；;！？!?])", t)[-1].strip()
    last = _ARTICLE.sub("", last, count=1)
    pm = point_marker(last)
    if pm:
        last = last[len(pm[1]):]
    return last.strip(" \u3000")


def _is_chrome(paragraphs: list[Paragraph], i: int) -> str:
    """"page" for page numbers (skipped inside a clause), "end" for footers and 落款 (close the clause), "" else."""
    s = squash(paragraphs[i].text)
    if _PAGE_NO.match(paragraphs[i].text.strip()) or _PAGE_NO.match(s):
        return "page"
    if _FOOTER.match(s) or (s.endswith("印发") and _written_dates(s)):
        return "end"
    if _is_date_line(s):
        return "end"
    if _is_org_line(s):
        j = i + 1
        while j < len(paragraphs) and j <= i + 3 and _is_org_line(paragraphs[j].text):
            j += 1
        if j < len(paragraphs) and _is_date_line(paragraphs[j].text):
            return "end"
    if _issuer_date_line(s):
        return "end"
    return ""


@dataclass
class _Unit:
    """A logical paragraph: source paragraphs re-joined where a line was wrapped mid-sentence."""

    paras: list[Paragraph] = field(default_factory=list)
    chrome: str = ""

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.paras)

    @property
    def first(self) -> str:
        return self.paras[0].text


def _is_structural(text: str) -> bool:
    return bool(_ARTICLE.match(text) or _CHAPTER.match(text) or point_marker(text)
                or _ATTACHMENT_HEAD.match(text))


_INLINE = re.compile(rf"(?<=[。；;：:\s])(?=第\s*[{_NUM}\d]+\s*[条章节]|[（(][{_NUM}]+[）)]|[{_NUM}]+、)")


def _split_long(paragraphs: tuple[Paragraph, ...]) -> list[Paragraph]:
    """Flattened sources put a whole 办法 on one line; cut such lines before inline 第X条/（一）/一、."""
    out: list[Paragraph] = []
    for p in paragraphs:
        if len(p.text) < 400:
            out.append(p)
            continue
        cuts = [m.start() for m in _INLINE.finditer(p.text)]
        if len(cuts) < 2:
            out.append(p)
            continue
        bounds = [0] + cuts + [len(p.text)]
        for a, z in zip(bounds, bounds[1:]):
            piece = p.text[a:z]
            stripped = piece.rstrip(" \t\u3000")
            lead = len(piece) - len(piece.lstrip(" \t\u3000"))
            if stripped.strip():
                out.append(Paragraph(index=p.index, text=stripped[lead:], start=p.start + a + lead))
    return out


# the distribution list at a document's foot (抄送：省教育厅，市委办公厅……), which a layout wraps over several lines
_DISTRIBUTION = re.compile(r"^(抄送|抄报|主送|发送|分送)[:：]")


def _units(paragraphs: tuple[Paragraph, ...]) -> list[_Unit]:
    paras = _split_long(paragraphs)
    units: list[_Unit] = []
    open_unit: _Unit | None = None  # the last content unit, which a wrapped line may continue
    footer: _Unit | None = None     # an unfinished distribution list, which the wrapped lines after it continue
    for i, p in enumerate(paras):
        chrome = _is_chrome(paras, i)
        if chrome:
            units.append(_Unit([p], chrome))
            if chrome == "end":
                open_unit = None
                footer = units[-1] if _DISTRIBUTION.match(squash(p.text)) else None
            continue
        text = p.text.strip()
        if footer is not None:
            prev = footer.paras[-1].text.rstrip()
            if prev and not prev.endswith(_TERMINAL) and not _is_structural(text):
                footer.paras.append(p)    # 市委组织部、市发展改革委、市物价局……: the list goes on, names no actor
                continue
            footer = None
        prev = open_unit.paras[-1].text.rstrip() if open_unit else ""
        if (open_unit and prev and not prev.endswith(_TERMINAL) and len(prev) >= 15
                and not _is_structural(text) and not (_CHAPTER.match(prev) and len(prev) <= 30)
                and not _ATTACHMENT_LIST.match(prev.lstrip())):
            open_unit.paras.append(p)
            continue
        open_unit = _Unit([p])
        units.append(open_unit)
    return units


class _Builder:
    def __init__(self, doc: Document):
        self.doc = doc
        self.clauses: list[Clause] = []
        self.cur: dict | None = None

    def open(self, label: str, header: str = "", heading: str = "", kind: str = "") -> None:
        self.close()
        self.cur = {"label": label, "header": header, "heading": heading, "paras": [], "kind": kind}

    def add(self, unit: _Unit) -> None:
        self.cur["paras"].extend(unit.paras)

    def close(self) -> None:
        cur, self.cur = self.cur, None
        if not cur or not cur["paras"]:
            return
        paras = cur["paras"]
        start, end = paras[0].start, paras[-1].start + len(paras[-1].text)
        pieces = [paras[0].text]
        for prev, nxt in zip(paras, paras[1:]):
            gap = self.doc.text[prev.start + len(prev.text):nxt.start]
            pieces.append(gap if not gap.strip() else "\n")  # a dropped page number leaves "\n"
            pieces.append(nxt.text)
        self.clauses.append(Clause(index=len(self.clauses), label=cur["label"],
                                   text="".join(pieces), start=start, end=end,
                                   paragraph=paras[0].index, header=cur["header"], heading=cur["heading"]))


_YEAR_CELL = re.compile(r"^(19|20)\d{2}\s*(年|[-—―~～])")
# the heading of a table column of bodies (负责审核单位, 核发部门或机构, 牵头单位, 责任部门): the cells under it that name a
# body are content — who acts on the row (round-7 D012's 附件2: 市地税部门 checks the tax certificate) —, not headings
_BODY_COLUMN = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:负责|牵头|责任|配合|协办|主办|承办|实施|审核|审批|核发|发证|出具|办理|受理|主管|参与|协同)"
                          r"[\u4e00-\u9fff]{0,4}?(?:单位|部门|机关|机构)(?:或(?:单位|部门|机关|机构))?$")
# a cell naming one body or several (市国土和房屋管理部门, 国土房屋管理部门/来穗人员服务管理部门, 县级以上公安机关)
_BODY_CELL = re.compile(r"^(?:[\u4e00-\u9fff（）()]{2,24}?(?:局|委|办|厅|部|院|政府|中心|部门|机关|机构)[、/／]?)+$")


def _table_row(units: list[_Unit], k: int) -> bool:
    """A row of a task-allocation table naming the bodies responsible ("市发展改革委、市国土房管局", then the
    deadline "2020年"): content, not a heading. A single name counts only before a deadline cell (a list of
    links at the foot of a web page is a column of single names)."""
    text = squash(units[k].text)
    if not _BODIES.match(text):
        return False
    if "、" in text:
        return True
    nxt = next((squash(u.text) for u in units[k + 1:k + 3] if u.chrome != "page" and u.text.strip()), "")
    return bool(_YEAR_CELL.match(nxt)) or bool(_BODIES.match(nxt)) and ("、" in nxt or bool(re.search(r"\d年$", nxt)))


def _attachment_name(text: str) -> bool:
    """A line of the attachment list (2.XXX承诺表): a numbered name, no sentence."""
    return bool(point_marker(text)) and not re.search(r"[。；;，,]", text) and len(text) <= 80


def _attachment_title(name: str) -> str:
    """A name in the attachment list without its number: 1.佛山市新市民积分制服务管理计分指标 → 佛山市新市民积分制服务管理计分指标."""
    pm = point_marker(name)
    return name[len(pm[1]):].strip() if pm else name.strip()


def _heading_like(text: str) -> bool:
    return len(text) <= 30 and not re.search(r"[。；;]", text)


def _structured(doc: Document, units: list[_Unit], articles: bool) -> list[Clause]:
    b = _Builder(doc)
    heading = ""
    chapter = ""
    article = ""          # label of the current article
    article_lead = ""     # last paragraph of the article text before its first item
    kuan = 0
    stack: list[dict] = []  # open list items: level, label, text, heading
    seq = 0
    attachment = ""       # 附件N once the attachments begin: it prefixes the labels of their articles and points
    in_attachment_list = False
    listed: list[str] = []  # the titles the attachment list names
    numbered = False      # an article or a list item has been read
    lead: list[str] = []  # the unnumbered heading lines just read (a guide's matter and section: section_lead)
    columns = False       # a column of bodies has been headed (_BODY_COLUMN) in this attachment or part
    for k, unit in enumerate(units):
        if unit.chrome == "page":
            continue
        if unit.chrome:
            b.close()
            continue
        text = unit.text.strip()
        head = _ATTACHMENT_HEAD.match(text)    # the patterns allow the spaces of a letter-spaced layout
        if head and numbered:
            # 附件1 after numbered main text: what follows is the attachment, named 附件1…, not the last article's
            # next 款. (After an unnumbered 印发通知 the attachment is the document itself: its 第X条 keep their names.)
            b.close()
            attachment = f"附件{head.group(1)}"
            article, article_lead, kuan, stack, seq, in_attachment_list = attachment, "", 0, [], 0, False
            columns = False
            continue
        if head:
            b.close()
            continue
        if _ATTACHMENT_LIST.match(text):
            b.close()
            in_attachment_list = True
            listed = [_attachment_title(squash(text).split("：" if "：" in text else ":", 1)[1])]
            continue
        if in_attachment_list:
            if _attachment_name(text):
                listed.append(_attachment_title(squash(text)))
                continue
            if numbered and squash(unit.first) in listed:
                # the attachment follows at once, under its own title (a text that lost the 附件1 line)
                in_attachment_list = False
                b.close()
                n = listed.index(squash(unit.first)) + 1
                attachment = f"附件{n}" if len(listed) > 1 else "附件"
                article, article_lead, kuan, stack, seq = attachment, "", 0, [], 0
                if len(unit.paras) == 1:
                    continue      # the title alone: the attachment's text follows
            elif numbered and not _is_structural(text) and len(squash(text)) <= _FOOT_LINE:
                b.close()
                continue          # the foot after the list: 落款, 日期, the parties' signatures
            else:
                in_attachment_list = False
        if articles and _CHAPTER.match(text) and _heading_like(text):
            b.close()
            m = _CHAPTER.match(text)
            name = re.sub(r"[\s\u3000]+", " ", text)
            if m.group(2) in "编章":
                chapter = heading = name
            else:
                heading = f"{chapter} {name}".strip()
            article, stack = "", []
            continue
        am = _ARTICLE.match(text) if articles else None
        if am:
            article = attachment + f"第{am.group(1)}条" + (am.group(0).split("条", 1)[1] if "之" in am.group(0) else "")
            article_lead, kuan, stack, numbered, lead = unit.text, 1, [], True, []
            b.open(article, heading=heading, kind="article")
            b.add(unit)
            continue
        pm = point_marker(text)
        if pm and (article or not articles):
            level, marker = pm
            while stack and stack[-1]["level"] >= level:
                stack.pop()
            parent = stack[-1] if stack else None
            base = parent["label"] if parent else article
            header = intro_sentence(parent["text"]) if parent else intro_sentence(article_lead) if article else \
                section_lead(lead)
            item_heading = parent["heading"] if parent else heading
            label = base + _label_of(marker)
            b.open(label, header=header, heading=item_heading, kind="item")
            b.add(unit)
            numbered = True
            stack.append({"level": level, "label": label, "text": unit.text,
                          "heading": text if _heading_like(text) else item_heading})
            continue
        if _BODY_COLUMN.match(squash(text)):
            columns = True
        if not _BODY.search(text) and len(text) < 30 and not _table_row(units, k) and not (
                columns and _BODY_CELL.match(squash(text))):
            b.close()  # a title, an attachment name, navigation: not a clause, and it ends the previous one
            lead = [*lead, *(squash(p.text) for p in unit.paras)][-2:]    # its lines (a long one joins the next)
            continue
        lead = []
        if b.cur and b.cur["kind"] == "article" or (b.cur and b.cur["kind"] == "item" and not (articles and not attachment)):
            if b.cur["kind"] == "article":
                article_lead = unit.text
                kuan += 1
            b.add(unit)
            continue
        if article and stack and article != attachment:
            kuan += 1
            stack = []
            article_lead = unit.text
            b.open(f"{article}第{int_to_cn(kuan)}款", heading=heading, kind="article")
            b.add(unit)
            continue
        seq += 1
        b.open(f"{attachment}第{seq}段", heading=heading, kind="para")
        b.add(unit)
    b.close()
    return b.clauses


_SENTENCE_END = re.compile(r"[。；;！？!?]+[”’」』）)]*")


def _sentences(doc: Document, units: list[_Unit]) -> list[Clause]:
    out: list[Clause] = []
    content = [u for u in units if not u.chrome]
    body = [u for u in content if _BODY.search(u.text) or len(u.text) >= 30] or content
    for n, unit in enumerate(body, 1):
        start, end = unit.paras[0].start, unit.paras[-1].start + len(unit.paras[-1].text)
        chunk = doc.text[start:end]
        pieces, pos = [], 0
        for m in _SENTENCE_END.finditer(chunk):
            pieces.append((pos, m.end()))
            pos = m.end()
        if pos < len(chunk):
            pieces.append((pos, len(chunk)))
        pieces = [(a, z) for a, z in pieces if chunk[a:z].strip()]
        para_starts = [p.start for p in unit.paras]         # in order: a bisection, not a scan per sentence
        for k, (a, z) in enumerate(pieces, 1):
            while a < z and chunk[a] in " \n\u3000\t":
                a += 1
            label = f"第{n}段" if len(pieces) == 1 else f"第{n}段第{k}句"
            para = unit.paras[max(0, bisect.bisect_right(para_starts, start + a) - 1)]
            out.append(Clause(index=len(out), label=label, text=chunk[a:z], start=start + a, end=start + z,
                              paragraph=para.index))
    return out


def split_clauses(doc: Document) -> list[Clause]:
    """The review units of ``doc`` in reading order (see module docstring)."""
    units = _units(doc.paragraphs)
    content = [u for u in units if not u.chrome]
    n_articles = sum(1 for u in content if _ARTICLE.match(u.first.strip()))
    if n_articles >= 2:
        return _structured(doc, units, articles=True)
    n_points = sum(1 for u in content if point_marker(u.first.strip()))
    if n_points >= 2:
        return _structured(doc, units, articles=False)
    return _sentences(doc, units)
