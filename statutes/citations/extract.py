"""Find legal citations in Chinese text, with offsets into the original text.

Pure: text in, ``CitationRef`` out; no store, no files beyond the packaged short-name table.

Pipeline (model: eyecite ``clean.py`` + ``annotate.py``):

1. ``clean`` — a chain of small length-preserving str->str steps (full-width digits, bracket and
   punctuation variants), then removal of inline spaces ("第 20 条", "《 社 会 保 险 法》") with an
   offset map back to the original.
2. Passes over the cleaned text, each skipping spans an earlier pass took:
   《名称》 citations (with version / 文号 / 以下简称 parentheticals), internal references
   (本法第X条, 前款, 本条), known short names without 《》 (依据行政许可法第十七条), and 文号.
3. After the last pinpoint of a citation, a quotation or restatement is captured as ``quote``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Callable, Iterator

from ..numerals import ARTICLE_NUMERAL, cn_to_int, fullwidth_to_ascii
from .aliases import known_names

KINDS = ("statute", "internal", "doc_number")
QUOTE_KINDS = ("verbatim", "restatement")


@dataclass(frozen=True, slots=True)
class CitationRef:
    """One reference to a law, an article of it, or a document by 文号.

    ``text`` is ``source[start:end]``: for the first pinpoint of a citation it runs from the law name to
    the pinpoint; later pinpoints of an enumeration ("、第十八条") cover only their own words.
    ``law`` is the name as written, without 《》 and spaces (for in-document abbreviations defined by
    "以下简称《规定》", the defined full name; ``alias`` then keeps what was written). For internal
    references ``law`` is the marker (本办法, 本条, 前款). ``article_end`` is set for ranges
    (第二十条至第二十五条), ``item_end`` for item ranges.
    """

    text: str
    start: int
    end: int
    kind: str
    law: str | None = None
    article: int | None = None
    article_sub: int = 0
    article_end: int | None = None
    paragraph: int | None = None
    item: int | None = None
    item_end: int | None = None
    version: str | None = None       # version hint as written: "2021年修正", "2008年12月27日修正"
    version_date: str | None = None  # ISO (partial) date of the hint: "2021", "2008-12-27"
    doc_number: str | None = None    # normalised 文号: "国办发〔2018〕37号", "国务院令第663号"
    alias: str | None = None
    quote: str | None = None
    quote_start: int | None = None
    quote_end: int | None = None
    quote_kind: str | None = None    # "verbatim" (in quotation marks / after a colon) | "restatement"

    def to_dict(self) -> dict:
        return {f: getattr(self, f) for f in self.__dataclass_fields__}


# ---------------------------------------------------------------- cleaning (offset-keeping)

_BRACKETS = str.maketrans({"[": "〔", "]": "〕", "［": "〔", "］": "〕", "【": "〔", "】": "〕",
                           "(": "（", ")": "）", ":": "：", ",": "，", ";": "；",
                           "〈": "〈", "＜": "〈", "＞": "〉", "<": "〈", ">": "〉"})


def normalize_digits(text: str) -> str:
    """１７ -> 17 (length preserving)."""
    return fullwidth_to_ascii(text)


def normalize_brackets(text: str) -> str:
    """［］ [] 【】 -> 〔〕, () -> （）, ＜＞ <> -> 〈〉 (an inner title: 《广东省实施<中华人民共和国土地管理法>办法》),
    ASCII :,; -> full width (length preserving)."""
    return text.translate(_BRACKETS)


CLEAN_STEPS: tuple[Callable[[str], str], ...] = (normalize_digits, normalize_brackets)
_INLINE_SPACE = frozenset(" \t\u3000\xa0\u2002\u2003\u2009\u200b\ufeff")
_INLINE_SPACES = re.compile("[" + "".join(sorted(_INLINE_SPACE)) + "]+")


class OffsetMap:
    """``offsets[i]``: the index in the original text of cleaned character ``i`` (``offsets[-1]``: the original
    length). Kept as the cleaned positions where the shift changes (one per run of dropped spaces), not as a
    list of every offset: a 20 MB text needs kilobytes, not hundreds of megabytes."""

    __slots__ = ("_starts", "_shifts", "_len")

    def __init__(self, starts: list[int], shifts: list[int], length: int):
        self._starts, self._shifts, self._len = starts, shifts, length

    def __len__(self) -> int:
        return self._len

    def __getitem__(self, i: int) -> int:
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError(i)
        k = bisect.bisect_right(self._starts, i) - 1
        return i + (self._shifts[k] if k >= 0 else 0)


def clean(text: str) -> tuple[str, OffsetMap]:
    """Apply CLEAN_STEPS, then drop inline spaces. Returns (cleaned, offsets) where
    ``offsets[i]`` is the index in ``text`` of cleaned character ``i`` (plus a final sentinel)."""
    for step in CLEAN_STEPS:
        out = step(text)
        assert len(out) == len(text), step.__name__
        text = out
    starts: list[int] = []
    shifts: list[int] = []
    dropped = 0
    for m in _INLINE_SPACES.finditer(text):
        starts.append(m.start() - dropped)        # the cleaned index of the character after the run
        dropped += m.end() - m.start()
        shifts.append(dropped)
    cleaned = _INLINE_SPACES.sub("", text) if starts else text
    return cleaned, OffsetMap(starts, shifts, len(cleaned) + 1)


# ---------------------------------------------------------------- grammar

_CN = ARTICLE_NUMERAL
NUM = rf"(?:\d{{1,4}}|[{_CN}]{{1,8}})"
_ARTICLE = re.compile(rf"第({NUM}(?:、{NUM})*)条(?:之({NUM}))?")
_ARTICLE_RANGE = re.compile(rf"(?:至|到|—|－|~|～)第?({NUM})条(?:之({NUM}))?")
_PARAGRAPH = re.compile(rf"第（?({NUM})）?款")
_ITEM_PAREN = re.compile(rf"(第)?（({NUM})）(项)?")
_ITEM_PLAIN = re.compile(rf"第({NUM})项")
_ITEM_RANGE = re.compile(rf"(?:至|到)(?:第?（({NUM})）项?|第({NUM})项)")
_SEP = re.compile(r"、以及|以及|或者|、|，|和|及|与|或")
_ITEM_SEP = re.compile(r"、|，|和|及|或")

_TITLE = re.compile(r"《([^《》\n]{1,120})》")
_PAREN = re.compile(r"（([^（）\n]{0,80})）")
_VERSION = re.compile(r"(\d{4})年(?:(\d{1,2})月)?(?:(\d{1,2})日)?")
_VERSION_WORDS = ("修正", "修订", "修改", "版", "施行", "公布", "发布", "颁布", "通过", "印发")
_ALIAS_DEF = re.compile(r"(?:以下简称|以下称|下称|简称)[“\"]?《?([^》，、）”\"]{1,30})》?")
_LAWLIKE = re.compile(r"(?:法|法典|条例|规定|办法|细则|规则|决定|意见|通知|解释|规划|纲要|方案|准则|条令|"
                      r"守则|章程|制度|措施|批复|命令|公告|通告|宪法|令|标准)(?:（[^（）]{1,8}）)?$")

_INTERNAL_LAW = re.compile(r"本(?:实施细则|实施办法|实施方案|条例|办法|规定|细则|规则|决定|意见|通知|方案|法|章程|准则|标准|制度|公约)"
                           r"(?=第)")
_INTERNAL_UNIT = re.compile(r"本条(?!例)|本款|前款|前[两二三四五]款|上款")
_UNIT_FOLLOW = re.compile(r"规|所|的|第|中|以|列|内|[，。；）、：]|之|有|各|和|及|或|至|未|情|应|不|可|$")

_DOC_BRACKET = re.compile(r"([\u4e00-\u9fff]{1,16})[〔（]([12]\d{3})[〕）]第?(\d{1,5})号")
_DOC_ORDER = re.compile(rf"([\u4e00-\u9fff]{{0,16}}令)(?:(\d{{4}})年)?第({NUM})号")
_DOC_NOTICE = re.compile(r"([\u4e00-\u9fff]{0,16}公告)(\d{4})年第(\d{1,4})号")
_DOC_ORDER_AFTER = re.compile(r"([\u4e00-\u9fff]{1,16}?)第(\d{1,5})号令")
_DOC_ANY = (_DOC_BRACKET, _DOC_NOTICE, _DOC_ORDER, _DOC_ORDER_AFTER)
# the fixed part every match of a 文号 pattern holds, and how far past the match's start it can stand at most
_DOC_ANCHORS = {_DOC_BRACKET: (re.compile("[〔（]"), 16), _DOC_NOTICE: (re.compile("公告"), 16),
                _DOC_ORDER: (re.compile("令"), 16), _DOC_ORDER_AFTER: (re.compile("号令"), 16 + 1 + 5)}
_ISSUER_CUT = re.compile(r"按照|根据|依据|依照|遵照|参照|执行|贯彻|落实|印发|转发|关于|及其|以及|"
                         r"(?<!共)和(?!城乡|社会保障|信息化|改革|旅游)|[的与及或年月日号见即由以为在对了是等并按据照依将把同附]")

_LEADS = ("依据", "根据", "依照", "按照", "遵照", "参照", "违反", "适用", "对照", "执行", "落实", "贯彻",
          "符合", "依", "据", "照", "按", "和", "及", "与", "或", "的", "是", "在", "由", "对", "为", "即",
          "了", "中", "见", "同", "等", "以", "经", "违", "按", "规定", "所称", "原")
_BASIS_LEADS = ("根据", "依据", "依照", "按照", "遵照", "参照", "依", "按", "据", "照", "经", "由", "对")
_QUOTE_VERB = re.compile(r"(?:的|中|之)?(?:明确规定|有关规定|中规定|所规定|规定|指出|明确|载明)?")
_QUOTE_PAIRS = {"“": "”", "\"": "\"", "「": "」", "『": "』", "‘": "’"}
_SENTENCE_END = re.compile(r"[。\n]")
_MAX_QUOTE = 3000


def _num(s: str | None) -> int | None:
    return cn_to_int(s) if s else None


# ---------------------------------------------------------------- pinpoint chains

@dataclass(slots=True)
class _Pin:
    start: int
    end: int
    article: int | None = None
    article_sub: int = 0
    article_end: int | None = None
    paragraph: int | None = None
    item: int | None = None
    item_end: int | None = None


def _parse_items(s: str, p: int) -> tuple[list[tuple[int, int, int, int | None]], int]:
    """第（三）项 / 第三项 / （一）、（三）项 / 第二项至第五项 at ``p`` -> [(start, end, item, item_end)], end."""
    items: list[tuple[int, int, int, int | None]] = []
    confirmed = False
    q = p
    while True:
        start_q = q
        if items:
            m = _ITEM_SEP.match(s, q)
            if not m:
                break
            q = m.end()
        m = _ITEM_PAREN.match(s, q)
        if m:
            confirmed = confirmed or bool(m.group(1) or m.group(3))
            n = _num(m.group(2))
        else:
            m = _ITEM_PLAIN.match(s, q)
            if not m:
                q = start_q
                break
            confirmed = True
            n = _num(m.group(1))
        if n is None:
            q = start_q
            break
        end = m.end()
        item_end = None
        r = _ITEM_RANGE.match(s, end)
        if r:
            item_end = _num(r.group(1) or r.group(2))
            end = r.end()
            if s.startswith("项", end):
                end += 1
                confirmed = True
        items.append((m.start(), end, n, item_end))
        q = end
    if not confirmed:
        if items and s.startswith("项", q):
            items[-1] = (items[-1][0], q + 1, items[-1][2], items[-1][3])
            return items, q + 1
        return [], p
    return items, q


def _parse_chain(s: str, p: int, allow_start: tuple[str, ...] = ("article",),
                 article: int | None = None) -> tuple[list[_Pin], int]:
    """Parse 第十六条第二款第（三）项、第十八条至第二十条… at ``p``. Returns pins and the end offset."""
    pins: list[_Pin] = []
    cur_art, cur_sub, cur_para = article, 0, None
    first = True
    while True:
        q = p
        if not first:
            m = _SEP.match(s, p)
            if not m:
                break
            q = m.end()
        m = _ARTICLE.match(s, q) if (not first or "article" in allow_start) else None
        if m:
            raw = m.group(1).split("、")
            nums = [_num(x) for x in raw]
            if any(n is None for n in nums):
                break
            sub = _num(m.group(2)) or 0
            # spans of the individual numerals in 第二、四、七条
            spans, pos = [], m.start() + 1
            for x in raw:
                spans.append((pos, pos + len(x)))
                pos += len(x) + 1
            for k, n in enumerate(nums[:-1]):
                a = m.start() if k == 0 else spans[k][0]
                pins.append(_Pin(a, spans[k][1], article=n))
            cur_art, cur_sub, cur_para = nums[-1], sub, None
            a0 = m.start() if len(nums) == 1 else spans[-1][0]
            end = m.end()
            art_end = None
            r = _ARTICLE_RANGE.match(s, end)
            if r:
                art_end = _num(r.group(1))
                end = r.end()
            mp = _PARAGRAPH.match(s, end) if art_end is None else None
            if mp:
                cur_para = _num(mp.group(1))
                end = mp.end()
            items, end2 = _parse_items(s, end) if art_end is None else ([], end)
            if items:
                for k, (i0, i1, it, it_end) in enumerate(items):
                    pins.append(_Pin(a0 if k == 0 else i0, i1, cur_art, cur_sub, None, cur_para, it, it_end))
                end = end2
            else:
                pins.append(_Pin(a0, end, cur_art, cur_sub, art_end, cur_para))
            p, first = end, False
            continue
        m = _PARAGRAPH.match(s, q)
        if m and (cur_art is not None or (first and "paragraph" in allow_start)):
            cur_para = _num(m.group(1))
            end = m.end()
            items, end2 = _parse_items(s, end)
            if items:
                for k, (i0, i1, it, it_end) in enumerate(items):
                    pins.append(_Pin(m.start() if k == 0 else i0, i1, cur_art, cur_sub, None, cur_para, it, it_end))
                end = end2
            else:
                pins.append(_Pin(m.start(), end, cur_art, cur_sub, None, cur_para))
            p, first = end, False
            continue
        if cur_art is not None or cur_para is not None or (first and "item" in allow_start):
            items, end = _parse_items(s, q)
            if items:
                for i0, i1, it, it_end in items:
                    pins.append(_Pin(i0, i1, cur_art, cur_sub, None, cur_para, it, it_end))
                p, first = end, False
                continue
        break
    return pins, p


# ---------------------------------------------------------------- quotes

def _quote(s: str, p: int, anchor: int) -> tuple[int, int, str] | None:
    """A quotation or restatement right after a citation ending at ``p`` -> (start, end, kind) in ``s``."""
    m = _QUOTE_VERB.match(s, p)
    verb = bool(m.group(0)) and m.group(0) not in ("的", "中", "之")
    q = m.end()
    if q >= len(s):
        return None
    ch = s[q]
    if ch == "：":
        q += 1
        while q < len(s) and s[q] in "\n\r":
            q += 1
        if q < len(s) and s[q] in _QUOTE_PAIRS:
            return _quoted(s, q)
        e = _SENTENCE_END.search(s, q)
        end = min(e.start() if e else len(s), q + _MAX_QUOTE)
        if e and s[e.start()] == "。":
            end = min(e.start() + 1, q + _MAX_QUOTE)
        return (q, end, "verbatim") if end - q >= 2 else None
    if ch in _QUOTE_PAIRS and ch != "‘":
        return _quoted(s, q)
    if ch == "，" and verb:
        before = s[max(0, anchor - 6):anchor]
        sent_start = max(before.rfind("。"), before.rfind("\n"), before.rfind("，"))
        before = before[sent_start + 1:]
        if any(before.endswith(w) or w in before for w in _BASIS_LEADS):
            return None
        q += 1
        e = _SENTENCE_END.search(s, q)
        end = min(e.start() if e else len(s), q + _MAX_QUOTE)
        if e and s[e.start()] == "。":
            end = min(e.start() + 1, q + _MAX_QUOTE)
        return (q, end, "restatement") if end - q >= 4 else None
    return None


def _quoted(s: str, q: int) -> tuple[int, int, str] | None:
    close = _QUOTE_PAIRS[s[q]]
    e = s.find(close, q + 1)
    if e < 0:
        nl = s.find("\n", q + 1)
        e = nl if nl >= 0 else len(s)
    e = min(e, q + 1 + _MAX_QUOTE)
    return (q + 1, e, "verbatim") if e - q - 1 >= 2 else None


# ---------------------------------------------------------------- the extractor

class Spans:
    """Taken [start, end) spans of the text: an overlap test and an insert in O(log n) each.

    Overlapping spans are merged, so the kept spans are pairwise non-overlapping and sorted by start and by end
    alike; ``free(a, b)`` is then one bisection. (A list rescanned per candidate made extraction quadratic:
    5 minutes for 3 MB of citation-dense text.)"""

    __slots__ = ("starts", "ends")

    def __init__(self):
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free(self, a: int, b: int) -> bool:
        """No kept span (x, y) overlaps [a, b), i.e. none has x < b and y > a."""
        i = bisect.bisect_right(self.ends, a)          # the first span that ends after a
        return i == len(self.starts) or self.starts[i] >= b

    def add(self, a: int, b: int) -> None:
        lo = bisect.bisect_right(self.ends, a)         # spans before lo end at or before a: untouched
        hi = lo
        while hi < len(self.starts) and self.starts[hi] < b and self.ends[hi] > a:
            hi += 1
        if hi > lo:                                    # merge the overlapped spans with the new one
            a, b = min(a, self.starts[lo]), max(b, self.ends[hi - 1])
        self.starts[lo:hi] = [a]                       # (with nothing overlapped: an insert at lo)
        self.ends[lo:hi] = [b]

    def append(self, span: tuple[int, int]) -> None:
        self.add(*span)

    def __len__(self) -> int:
        return len(self.starts)


class _Builder:
    def __init__(self, original: str):
        self.orig = original
        self.s, self.map = clean(original)
        self.taken = Spans()
        self.refs: list[CitationRef] = []
        self.aliases: dict[str, str] = {}

    def free(self, a: int, b: int) -> bool:
        return self.taken.free(a, b)

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Cleaned [a, b) -> original [start, end)."""
        if b <= a:
            return self.map[a], self.map[a]
        return self.map[a], self.map[b - 1] + 1

    def add(self, a: int, b: int, kind: str, **kw) -> None:
        start, end = self.span(a, b)
        self.refs.append(CitationRef(self.orig[start:end], start, end, kind, **kw))

    def add_pins(self, anchor: int, pins: list[_Pin], kind: str, chain_end: int, **kw) -> None:
        qt = _quote(self.s, chain_end, anchor) if pins else None
        for k, pin in enumerate(pins):
            extra = {}
            if qt and k == len(pins) - 1:
                qa, qb = self.span(qt[0], qt[1])
                extra = {"quote": self.orig[qa:qb], "quote_start": qa, "quote_end": qb, "quote_kind": qt[2]}
            self.add(anchor if k == 0 else pin.start, pin.end, kind, article=pin.article,
                     article_sub=pin.article_sub, article_end=pin.article_end, paragraph=pin.paragraph,
                     item=pin.item, item_end=pin.item_end, **kw, **extra)
        end = chain_end
        if qt:
            end = max(end, qt[1])
        self.taken.append((anchor, end))

    # -- pass 1: 《名称》
    def titles(self) -> None:
        s = self.s
        for m in _TITLE.finditer(s):
            if not self.free(m.start(), m.end()):
                continue
            name = m.group(1).strip()
            written = name
            alias = None
            if name in self.aliases:
                alias, name = name, self.aliases[name]
            version = version_date = doc_number = None
            p = m.end()
            inner_pins: list[_Pin] = []
            while True:
                pm = _PAREN.match(s, p)
                if not pm:
                    break
                content = pm.group(1)
                used = False
                vm = _VERSION.match(content)
                if vm and any(w in content for w in _VERSION_WORDS):
                    version = content
                    y, mo, d = vm.groups()
                    version_date = y + (f"-{int(mo):02d}" if mo else "") + (f"-{int(d):02d}" if mo and d else "")
                    used = True
                dn = _find_doc_number(content)
                if dn:
                    doc_number = dn
                    used = True
                am = _ALIAS_DEF.search(content)
                if am:
                    self.aliases[am.group(1)] = name
                    used = True
                if content.startswith("第"):
                    pins, e = _parse_chain(content, 0)
                    if pins and e == len(content):
                        off = pm.start() + 1
                        inner_pins = [_Pin(x.start + off, x.end + off, x.article, x.article_sub, x.article_end,
                                           x.paragraph, x.item, x.item_end) for x in pins]
                        used = True
                if not used and len(content) > 12:
                    break
                p = pm.end()
            kw = dict(law=name, version=version, version_date=version_date, doc_number=doc_number, alias=alias)
            if inner_pins:
                self.add_pins(m.start(), inner_pins, "statute", p, **kw)
                continue
            pins, end = _parse_chain(s, p)
            if pins:
                self.add_pins(m.start(), pins, "statute", end, **kw)
            elif _LAWLIKE.search(written):
                self.add(m.start(), p, "statute", **kw)
                self.taken.append((m.start(), p))
            else:
                self.taken.append((m.start(), m.end()))  # 《居住证》: a certificate, not a law

    # -- pass 2: 本法第X条, 前款, 本条第（三）项
    def internal(self) -> None:
        s = self.s
        for m in _INTERNAL_LAW.finditer(s):
            if not self.free(m.start(), m.end()):
                continue
            pins, end = _parse_chain(s, m.end())
            if pins:
                self.add_pins(m.start(), pins, "internal", end, law=m.group(0))
        for m in _INTERNAL_UNIT.finditer(s):
            if not self.free(m.start(), m.end()):
                continue
            pins, end = _parse_chain(s, m.end(), allow_start=("paragraph", "item"))
            if pins:
                self.add_pins(m.start(), pins, "internal", end, law=m.group(0))
            elif _UNIT_FOLLOW.match(s, m.end()) and not s.startswith("项", m.end()):
                self.add(m.start(), m.end(), "internal", law=m.group(0))
                self.taken.append((m.start(), m.end()))

    # -- pass 3: 行政许可法第十七条 (known names without 《》)
    def bare_names(self) -> None:
        s = self.s
        names = known_names()
        local = set(self.aliases)
        for m in _ARTICLE.finditer(s):
            if not self.free(m.start(), m.end()):
                continue
            a = m.start()
            lo = a
            while lo > 0 and a - lo < 40 and "\u4e00" <= s[lo - 1] <= "\u9fff":
                lo -= 1
            found = None
            for k in range(lo, a - 1):
                cand = s[k:a]
                if cand in names or cand in local:
                    prefix = s[lo:k]
                    if not prefix or any(prefix.endswith(w) for w in _LEADS):
                        found = k
                        break
            if found is None or not self.free(found, a):
                continue
            name = s[found:a]
            alias = None
            if name in local:
                alias, name = name, self.aliases[name]
            pins, end = _parse_chain(s, a)
            if pins:
                self.add_pins(found, pins, "statute", end, law=name, alias=alias)

    # -- pass 4: 文号
    def doc_numbers(self) -> None:
        s = self.s
        for rx in _DOC_ANY:
            for m in _doc_matches(rx, s):
                issuer = _trim_issuer(m.group(1))
                if not issuer or issuer in ("令", "公告"):
                    continue
                a = m.end(1) - len(issuer)
                if not self.free(a, m.end()):
                    continue
                self.add(a, m.end(), "doc_number", doc_number=_format_doc(rx, issuer, m))
                self.taken.append((a, m.end()))

    def run(self) -> list[CitationRef]:
        self.titles()
        self.internal()
        self.bare_names()
        self.doc_numbers()
        return sorted(self.refs, key=lambda r: (r.start, r.end))


def _doc_matches(rx: re.Pattern, s: str) -> Iterator[re.Match]:
    """``rx.finditer(s)`` for a 文号 pattern, each scan started within reach of the next fixed part a match needs
    (``_DOC_ANCHORS``): no match can start further before it, so the matches are the same, without trying every
    character of a long text as the start of a 16-character issuer."""
    anchor, reach = _DOC_ANCHORS[rx]
    pos = 0
    while (a := anchor.search(s, pos)) is not None:
        m = rx.search(s, max(pos, a.start() - reach))
        if m is None:
            return
        yield m
        pos = m.end()


def _trim_issuer(prefix: str) -> str:
    cut = 0
    for m in _ISSUER_CUT.finditer(prefix):
        cut = m.end()
    return prefix[cut:]


def _format_doc(rx: re.Pattern, issuer: str, m: re.Match) -> str:
    if rx is _DOC_BRACKET:
        return f"{issuer}〔{m.group(2)}〕{m.group(3)}号"
    if rx is _DOC_NOTICE:
        return f"{issuer}{m.group(2)}年第{m.group(3)}号"
    if rx is _DOC_ORDER:
        year = f"{m.group(2)}年" if m.group(2) else ""
        return f"{issuer}{year}第{m.group(3)}号"
    return f"{issuer}第{m.group(2)}号令"


def _find_doc_number(content: str) -> str | None:
    for rx in _DOC_ANY:
        m = rx.search(content)
        if m:
            issuer = _trim_issuer(m.group(1))
            if issuer and issuer not in ("令", "公告"):
                return _format_doc(rx, issuer, m)
    return None


def extract_citations(text: str) -> list[CitationRef]:
    """Every citation in ``text``, in order of position. Never raises on odd input."""
    if not text:
        return []
    return _Builder(text).run()
