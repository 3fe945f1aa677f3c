"""A draft's references to itself (本办法第三十条, 本条第二款, 前款, 第二款第（三）项) resolved against its own
articles: a reference to an article, paragraph (款) or item (项) the draft does not have is a finding.

Modelled on eyecite's resolve step: first the document's own structure (its 第X条 articles, their paragraphs
and items), then every internal reference is looked up in it and gets one outcome of a closed set. A wrong
finding costs more trust than a missed one, so nothing is resolved unless the structure is unambiguous:

* the articles are numbered 第一条 … 第N条 once each, in order (a notice that carries two instruments, an
  annex with articles of its own or a 修改决定 quoting amended articles is not checked at all);
* 本办法 must name the draft's own kind (its title ends in 办法): 本条例 in a 办法 cites the 条例 it implements;
* references inside quotation marks (a quoted upper law) and outside the articles (preamble, annex) are left
  alone;
* paragraphs are counted only where every line of the article ends a sentence (no wrapped lines), and items
  only where the article numbers them （一）（二）….

Whether the text of a referenced clause *fits* the reference ("本办法第五条规定的登记" where 第五条 says
nothing of 登记) is not judged: too easily wrong.

Pure: ``resolve_internal(text, title, refs)`` takes the document text, its title and the internal references
``statutes.citations.extract_citations`` found, and returns CitationCheck objects for the problems only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from statutes.numerals import CN_NUM_CHARS, article_label, cn_to_int, int_to_cn

# outcomes (CitationCheck.verdict) of an internal reference that does not resolve
NO_SUCH_ARTICLE = "own_article_missing"        # 本办法第三十条 in a draft of twenty-eight articles
NO_SUCH_PARAGRAPH = "own_paragraph_missing"    # 本条第三款 / 第五条第三款 where the article has two
NO_SUCH_ITEM = "own_item_missing"              # 第五条第（六）项 where 第五条 lists five
NO_PREVIOUS_PARAGRAPH = "own_no_previous"      # 前款 in an article's first paragraph
OUTCOMES = (NO_SUCH_ARTICLE, NO_SUCH_PARAGRAPH, NO_SUCH_ITEM, NO_PREVIOUS_PARAGRAPH)

# the kinds of instrument a draft can name itself by (本办法, 本实施细则 …): the longest first
KIND_WORDS = ("实施细则", "实施办法", "实施方案", "条例", "办法", "规定", "细则", "规则", "意见", "方案", "决定",
              "规范", "标准", "制度", "章程", "准则", "公约")
_NUM = f"[{CN_NUM_CHARS}0-9]+"
_ARTICLE_LINE = re.compile(rf"^\s*第({_NUM})条(?:之({_NUM}))?(?=$|[\s【\[（(“\u4e00-\u9fff])")
_HEADING = re.compile(rf"^\s*(?:第{_NUM}[章节编]|附件|附\s*则\s*$|附表)")
_ITEM_MARK = re.compile(rf"[（(]({_NUM})[)）]")
_ITEM_LINE = re.compile(rf"^\s*(?:[（(]{_NUM}[)）]|{_NUM}[、．.])")
_ANY_ARTICLE = re.compile(rf"第{_NUM}条")
_MERGED = re.compile(r"[。；;：:]\s*[\u3000\xa0 ]{2,}\S")   # paragraphs run together on one line
_CLOSED_LINE = re.compile(r"[。；;：:！？!?”）)]\s*$")
_AMENDING = re.compile(r"修改|修正|修订|废止|决定")
_OWN_PARAGRAPH = re.compile(rf"(?<![条款项{CN_NUM_CHARS}0-9])第({_NUM})款")   # 第二款 of the article it stands in


@dataclass(frozen=True, slots=True)
class OwnArticle:
    """One of the draft's articles: its number, where it stands, its paragraphs as (start, end) offsets (None
    when they cannot be told) and, per paragraph, the highest item number it lists (0: none)."""

    number: int
    sub: int
    start: int
    end: int
    paragraphs: tuple[tuple[int, int], ...] | None
    items: tuple[int, ...]

    @property
    def label(self) -> str:
        return article_label(self.number, self.sub)

    def paragraph_at(self, offset: int) -> int | None:
        """The 1-based paragraph that holds ``offset``, None when paragraphs are unknown."""
        if self.paragraphs is None:
            return None
        return next((k for k, (a, b) in enumerate(self.paragraphs, 1) if a <= offset < b), None)


def own_kinds(title: str) -> tuple[str, ...]:
    """The words the draft names itself by: 办法 for 《某市养犬管理办法（送审稿）》, 实施细则 and 细则 for a
    实施细则, the instrument a 印发通知 carries (关于印发《某办法》的通知 -> 办法). () when the title is not
    an instrument's, or is an amendment's (修改…的决定, 修正案草案)."""
    if re.search(r"[（(][^（）()]*(?:修正|修订|修改)[^（）()]*[）)]", title or ""):
        return ()                                 # 某办法（修正草案）: the amended text's numbering
    t = re.sub(r"[（(][^（）()]*[）)]", "", title or "").strip("《》 \u3000")
    if len(re.findall(r"《[^《》]+》", t)) > 1:
        return ()
    carried = re.search(r"(?:印发|转发|批转|发布)(.+?)的通知$", t)     # the instrument a notice carries
    name = carried.group(1).strip("《》") if carried else t
    if _AMENDING.search(name) or not name:
        return ()
    found = next((k for k in KIND_WORDS if name.endswith(k)), None)
    if found is None:
        return ()
    return tuple(k for k in KIND_WORDS if found.endswith(k))      # 实施细则 -> (实施细则, 细则)


def own_articles(text: str) -> tuple[OwnArticle, ...] | None:
    """The draft's articles, or None when they are not numbered 第一条 … 第N条 once each, in order."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    heads = []
    for k, (at, line) in enumerate(lines):
        m = _ARTICLE_LINE.match(line)
        if m:
            number = cn_to_int(m.group(1))
            if number is None:
                return None
            heads.append((k, number, cn_to_int(m.group(2)) if m.group(2) else 0))
    if len(heads) < 2:
        return None
    plain = [n for _, n, sub in heads if not sub]
    if plain != list(range(1, len(plain) + 1)):
        return None
    out = []
    for h, (k, number, sub) in enumerate(heads):
        stop = heads[h + 1][0] if h + 1 < len(heads) else len(lines)
        body = [k]
        for j in range(k + 1, stop):
            if _HEADING.match(lines[j][1]):
                break
            body.append(j)
        if h + 1 == len(heads):                 # the last article ends at the first line that is not its own
            body = _last_article_lines(lines, body)
        out.append(_article(lines, body, number, sub))
    return tuple(out)


def _last_article_lines(lines, body: list[int]) -> list[int]:
    """The last article runs to the end of the text only while its lines read as its paragraphs: a blank
    line followed by a signature, a date or 附件 ends it."""
    keep = [body[0]]
    for j in body[1:]:
        s = lines[j][1].strip()
        if not s:
            keep.append(j)
            continue
        if len(s) < 30 and not _CLOSED_LINE.search(s):
            break
        keep.append(j)
    return keep


def _article(lines, body: list[int], number: int, sub: int) -> OwnArticle:
    filled = [(lines[j][0], lines[j][0] + len(lines[j][1]), lines[j][1]) for j in body if lines[j][1].strip()]
    start, end = filled[0][0], filled[-1][1]
    if len(filled) > 1 and _ARTICLE_LINE.sub("", filled[0][2]).strip() == "":
        filled = filled[1:]                       # 第一条 alone on its line, the text below it
    clean = all(_CLOSED_LINE.search(line) and not _MERGED.search(line) for _, _, line in filled)
    paragraphs: list[list[int]] = []
    items: list[int] = []
    for a, b, line in filled:
        if paragraphs and _ITEM_LINE.match(line):
            paragraphs[-1][1] = b                 # an item line belongs to the paragraph that lists it
        else:
            paragraphs.append([a, b])
            items.append(0)
        for m in _ITEM_MARK.finditer(line):
            n = cn_to_int(m.group(1))
            if n and n <= 50:
                items[-1] = max(items[-1], n)
    return OwnArticle(number, sub, start, end,
                      tuple((a, b) for a, b in paragraphs) if clean else None, tuple(items))


def _quoted(text: str, start: int, floor: int) -> bool:
    """Whether ``start`` stands inside “…” opened after ``floor`` (a quoted upper law, a quoted wording)."""
    before = text[floor:start]
    return before.count("“") > before.count("”") or before.count("「") > before.count("」")


def resolve_internal(text: str, title: str, refs) -> list:
    """CitationCheck objects for the internal references in ``refs`` that do not resolve against the draft's
    own articles (see the module docstring for what is never checked)."""
    from statutes.citations.verify import CitationCheck

    kinds = own_kinds(title)
    articles = own_articles(text) if kinds else None
    if not articles:
        return []
    by_number = {(a.number, a.sub): a for a in articles}
    total = max(a.number for a in articles)
    out = []
    for ref, where in _internal_refs(text, refs, articles):
        if _quoted(text, ref.start, where.start):
            continue
        verdict, detail = _resolve(ref, where, by_number, kinds, total)
        if verdict:
            out.append(CitationCheck(ref=ref, verdict=verdict, law=None, detail=detail))
    return out


def _internal_refs(text: str, refs, articles):
    """(reference, the article it stands in) for every internal reference inside an article, including the
    bare 第二款 of the article's own paragraphs, which the citation grammar leaves alone."""
    from statutes.citations.extract import CitationRef

    import bisect

    starts = [a.start for a in articles]

    def article_at(offset: int) -> OwnArticle | None:
        k = bisect.bisect_right(starts, offset) - 1
        return articles[k] if k >= 0 and articles[k].start <= offset < articles[k].end else None

    taken = []
    for ref in refs:
        taken.append((ref.start, ref.end))
        if ref.kind != "internal":
            continue
        where = article_at(ref.start)
        if where is not None:
            yield ref, where
    for a in articles:
        head = _ARTICLE_LINE.match(text, a.start)
        for m in _OWN_PARAGRAPH.finditer(text, a.start, a.end):
            if any(s <= m.start() < e for s, e in taken):
                continue
            lead = max(text.rfind(c, head.end() if head else a.start, m.start()) for c in "。；;：:\n") + 1
            if _ANY_ARTICLE.search(text, max(lead, head.end() if head else a.start), m.start()):
                continue                      # 第八条第二款、第三款: the third paragraph of 第八条
            yield CitationRef(text=m.group(0), start=m.start(), end=m.end(), kind="internal", law="本条",
                              paragraph=cn_to_int(m.group(1))), a


def _resolve(ref, where: OwnArticle, by_number, kinds, total) -> tuple[str, str]:
    marker = ref.law or ""
    if ref.article is not None:                          # 本办法第三十条（第二款第（三）项）
        if marker.removeprefix("本") not in kinds:
            return "", ""                                # 本条例 in a 办法: the 条例 it implements
        for number in _numbers(ref.article, ref.article_end):
            if (number, ref.article_sub) not in by_number:
                name = marker.removeprefix("本")
                return NO_SUCH_ARTICLE, f"本{name}共{int_to_cn(total)}条，没有{article_label(number, ref.article_sub)}"
        target = by_number[(ref.article, ref.article_sub)]
        return _in_article(ref, target, ref.paragraph)
    if marker in ("前款", "上款") or re.fullmatch(r"前[两二三四五]款", marker):
        k = where.paragraph_at(ref.start)
        need = 1 if marker in ("前款", "上款") else cn_to_int(marker[1])
        if k is not None and k <= need:
            return NO_PREVIOUS_PARAGRAPH, (f"“{marker}”位于{where.label}第一款，该条此前没有其他款" if k == 1 else
                                           f"“{marker}”位于{where.label}第{int_to_cn(k)}款，该条此前只有"
                                           f"{int_to_cn(k - 1)}款")
        return "", ""
    if marker in ("本条", "本款") and (ref.paragraph or ref.item):
        paragraph = ref.paragraph
        if marker == "本款" and paragraph is None:
            paragraph = where.paragraph_at(ref.start)
        return _in_article(ref, where, paragraph)
    return "", ""


def _numbers(first: int, last: int | None) -> range:
    return range(first, (last if last and last >= first and last - first < 100 else first) + 1)


def _in_article(ref, article: OwnArticle, paragraph: int | None) -> tuple[str, str]:
    if paragraph is not None:
        if article.paragraphs is None:
            return "", ""
        if paragraph > len(article.paragraphs):
            return NO_SUCH_PARAGRAPH, f"{article.label}只有{int_to_cn(len(article.paragraphs))}款"
    if ref.item is not None:
        if paragraph is None:
            listed = max(article.items)              # the article's items, whichever paragraph lists them
        elif article.paragraphs is None:
            return "", ""
        else:
            listed = article.items[paragraph - 1]
        if listed and max(ref.item, ref.item_end or 0) > listed:
            where = article.label + (f"第{int_to_cn(paragraph)}款" if paragraph else "")
            return NO_SUCH_ITEM, f"{where}只列了{int_to_cn(listed)}项"
    return "", ""
