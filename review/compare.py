"""Compare a draft clause with the upper-level provision it restates, and name what was altered.

``compare(clause_text, upper_text)`` is pure and never raises. It works in four steps:

1. Normalise both texts into a comparison string that keeps a map back to the source offsets:
   punctuation and whitespace dropped, full-width digits folded, every amount/duration (一千元以上五千元以下,
   二十个工作日内) replaced by one placeholder per dimension, every modal verb (可以/应当/必须/须/不得/禁止…)
   by one character per class, and 本法/本办法/本条例/本规定 by one localisation token. Two texts that differ
   only in figures, in 应当/必须, in punctuation or in 本法/本办法 then align character for character.
2. Align with greedy string tiling (longest common substrings first, in any order), so a clause that moves
   an enumerated item in front of the penalty still pairs 罚款 with 罚款 and 期限 with 期限 by their role.
3. Read the differences: placeholders aligned with each other are compared by value; unaligned stretches
   between the same two anchors are replacements (应当→可以, added conditions); unaligned upper text inside
   a restated sentence is a deletion (a dropped duty); exceptions (但是…/除…外/另有规定的从其规定) are
   checked on their own.
4. Grade each change (error / warning / info) by who bears it: a longer deadline for an organ, a shorter one
   for a citizen, a higher fine, a duty turned into discretion, an exception removed.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from statutes.numerals import fullwidth_to_ascii

from .quantities import DURATION, MONEY, MULTIPLE, RATIO, Quantity, find_quantities

KINDS = ("amount", "time_limit", "modal", "duty_removed", "condition_added", "exception_removed",
         "exception_added", "subject_changed", "scope_changed")
_SEV_RANK = {"info": 0, "warning": 1, "error": 2}

MAX_CHARS = 4000        # longer inputs are cut: a clause or an article is far shorter
MIN_TILE = 3            # shortest common substring taken as an anchor
STRONG_TILE = 6         # anchors at least this long decide where shorter ones may sit
CONTINUE_BONUS = 3      # a substring that continues a skeleton anchor counts this many characters longer
CONTINUE_GAP = 3        # ... when at most this many characters lie between them on either side
FAITHFUL_SIMILARITY = 0.4
MIN_COMPARABLE = 0.25   # below this share of the clause found in the upper text, nothing is read as a change

# private-use characters stand for tokens in the comparison string (input PUA characters are dropped)
_PH = {MONEY: "\ue001", MULTIPLE: "\ue002", RATIO: "\ue003", DURATION: "\ue004"}
MAY, MUST, NOT = "\ue011", "\ue012", "\ue013"
_LOCAL = "\ue021"

_MODAL_RX = re.compile(
    r"(?P<not>不得|禁止|严禁|不准|不允许|不可以)"
    r"|(?P<may>无须|无需|不必|可以|有权|(?<![许认不宁即])可(?![能靠行见以观持控疑口谓信]))"
    r"|(?P<must>必须|应当|(?<![必无毋不])须(?!知)|应(?=[予按在于向将由即及依]))")
_LOCAL_RX = re.compile(r"本(?:实施办法|实施细则|办法|条例|规定|细则|决定|规则|法|意见|通知|措施|方案)")
_DROP_RX = re.compile(r"^\s*第[一二三四五六七八九十百零〇\d]+条(?:之[一二三四五六七八九十]+)?|[（(][一二三四五六七八九十\d]+[)）]|《[^《》]{0,60}》")
_PUNCT_RX = re.compile(r"[\W_]", re.UNICODE)

_SENT_END = "。；;！？!?\n："
_ITEM_RX = re.compile(r"\s*[（(][一二三四五六七八九十\d]+[)）]")
_PHRASE_END = _SENT_END + "，,"

# who acts: organs versus the public (citizens, firms, self-governing bodies)
_ACTOR_RX = re.compile(
    r"(?P<autonomy>村（居）民委员会|村（居）委会|村\(居\)委会|村民委员会|居民委员会|村委会|居委会|业主委员会|业委会|村民小组)"
    r"|(?P<private>物业服务企业|物业服务人|物业公司|物业|行业协会|协会|商会|中介机构|中介服务机构|有限公司|公司|企业)"
    r"|(?P<township>乡级人民政府|乡镇人民政府|乡、镇人民政府|镇人民政府|乡人民政府|街道办事处|街道|乡镇)"
    r"|(?P<county_up>县级以上(?:地方)?(?:各级)?人民政府(?:[\u4e00-\u9fff]{0,12}?(?:主管部门|部门))?"
    r"|县级以上[\u4e00-\u9fff]{0,12}?部门)"
    r"|(?P<central>国务院(?:[\u4e00-\u9fff]{0,12}?(?:主管部门|部门|机构))?|国家[\u4e00-\u9fff]{1,8}?(?:总局|局|部|委员会))"
    r"|(?P<province>省、自治区、直辖市(?:人民政府)?(?:[\u4e00-\u9fff]{0,12}?部门)?|省级人民政府|省人民政府)"
    r"|(?P<local_gov>(?:设区的市|[市县区州]|当地|本级|所在地|地方各级|地方)(?:级)?人民政府)"
    r"|(?P<local_dept>[市县区](?!场|民|级|域)[\u4e00-\u9fff]{1,10}?(?:局|委员会|委|办公室|大队|中心))"
    r"|(?P<generic>本行政机关|行政机关|主管部门|有关部门|登记机关|执法部门|人民政府|人民法院|机关|部门)"
    r"|(?P<party>申请人|当事人|被许可人|利害关系人|被侵权人|公民|法人|其他组织|单位和个人|单位或者个人|个人"
    r"|饲养人|管理人|养犬人|经营者|生产者|销售者|违法行为人|行为人|用人单位|劳动者|被征收人|纳税人|缴费人"
    r"|监护人|父母|学生|儿童|少年|设置人|所有人|使用人|业主|住户|相对人|投标人|供应商|举报人|受害人|驾驶人)")
_ORGANS = ("central", "province", "county_up", "local_gov", "local_dept", "generic", "township")
_PUBLIC = ("autonomy", "private", "party")

_PROTECTIVE_RX = re.compile(r"告知|通知|听证|听取|说明理由|公开|公布|送达|出具|受理|答复|复核|采纳|回避|补偿|赔偿"
                            r"|返还|退还|保密|提供|保障|书面")
_PENAL_RX = re.compile(r"罚款|罚金|处罚|没收|滞纳金|加处|处以|并处")
_CONDITION_RX = re.compile(
    r"提供|提交|出具|证明|户籍|户口|本地|本市|本县|本区|本省|批准|同意|签字|签名|资质|注册|具备|具有|条件|缴纳|保证金"
    r"|押金|承诺|担保|年满|满[一二三四五六七八九十\d]+年|学历|居住|社保|社会保险|纳税|审核|审批|备案|核准|认定|验收|考核"
    r"|须|必须|并且|且")
_EXCEPTION_ADDED_RX = re.compile(r"但(?:是)?|除外|除[^，。；]{1,30}外")
_AGGRAVATE_RX = re.compile(r"全部|一律|从重|加倍|全额|一切|无条件|连带|终身")
_PROTECT_QUAL_RX = re.compile(r"平等|免费|无偿|及时|公平|公正|公开|书面|一次|免试|就近|合理|无正当理由")
_RELIEF_RX = re.compile(r"不承担|减轻|免除|免予|免于|不予|可以不|从轻")

_EXC_RXS = (
    re.compile(r"(?<!不)但(?:是)?[，,]?[^。；;\n]+"),
    re.compile(r"除[^。；;，,\n]{1,40}?外[，,]"),
    re.compile(r"(?:法律|行政法规|法规|规章|国务院)[^。；;\n，,]{0,20}另有规定的[，,]?(?:依照|从|适用)其规定"),
)


# ---------------------------------------------------------------- results

@dataclass(frozen=True, slots=True)
class Change:
    """One material difference. ``clause_span`` is an exact substring of the clause ("" when the clause
    has nothing at that place), ``upper_span`` an exact substring of the upper text ("" when added)."""

    kind: str
    severity: str
    clause_span: str
    upper_span: str
    message: str
    clause_start: int = -1
    upper_start: int = -1

    def to_dict(self) -> dict:
        return {"kind": self.kind, "severity": self.severity, "clause_span": self.clause_span,
                "upper_span": self.upper_span, "message": self.message,
                "clause_start": self.clause_start, "upper_start": self.upper_start}


@dataclass(frozen=True, slots=True)
class Comparison:
    """What a clause changed against its upper provision. ``faithful``: no error or warning and the clause
    is mostly made of the upper text; ``similarity``: share of the clause (as compared) found in the upper text."""

    changes: tuple[Change, ...]
    faithful: bool
    similarity: float

    @property
    def severity(self) -> str | None:
        """The worst severity among the changes, None without changes."""
        if not self.changes:
            return None
        return max((c.severity for c in self.changes), key=_SEV_RANK.__getitem__)

    def material(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.severity != "info")

    def to_dict(self) -> dict:
        return {"faithful": self.faithful, "similarity": round(self.similarity, 3),
                "changes": [c.to_dict() for c in self.changes]}


# ---------------------------------------------------------------- normalisation

@dataclass(slots=True)
class _Norm:
    """The comparison string of a text with, for every character, the source span it stands for."""

    text: str
    s: str
    starts: list[int]
    ends: list[int]
    quantities: dict[int, Quantity]
    modals: dict[int, tuple[int, int]]

    def span(self, a: int, b: int) -> tuple[int, int]:
        """Source offsets of comparison characters [a, b)."""
        if a >= b or a >= len(self.s):
            return (self.starts[a] if a < len(self.s) else len(self.text),) * 2
        return self.starts[a], self.ends[min(b, len(self.s)) - 1]

    def source(self, a: int, b: int) -> str:
        s, e = self.span(a, b)
        return self.text[s:e]


def _normalise(text: str) -> _Norm:
    text = text[:MAX_CHARS]
    folded = fullwidth_to_ascii(text)
    specials: list[tuple[int, int, str, object]] = []
    for q in find_quantities(folded):
        specials.append((q.start, q.end, _PH[q.dim], q))
    for m in _MODAL_RX.finditer(folded):
        cls = MAY if m.group("may") else MUST if m.group("must") else NOT
        specials.append((m.start(), m.end(), cls, None))
    for m in _LOCAL_RX.finditer(folded):
        specials.append((m.start(), m.end(), _LOCAL, None))
    for m in _DROP_RX.finditer(folded):
        specials.append((m.start(), m.end(), "", None))
    specials.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    quantities: dict[int, Quantity] = {}
    modals: dict[int, tuple[int, int]] = {}
    k = 0
    p = 0
    n = len(folded)
    while p < n:
        while k < len(specials) and specials[k][0] < p:
            k += 1
        if k < len(specials) and specials[k][0] == p and specials[k][1] > p:
            s, e, ch, q = specials[k]
            if ch:
                if isinstance(q, Quantity):
                    quantities[len(chars)] = q
                elif ch in (MAY, MUST, NOT):
                    modals[len(chars)] = (s, e)
                chars.append(ch)
                starts.append(s)
                ends.append(e)
            p = e
            continue
        c = folded[p]
        if not _PUNCT_RX.match(c):
            chars.append(c.lower())
            starts.append(p)
            ends.append(p + 1)
        p += 1
    return _Norm(text, "".join(chars), starts, ends, quantities, modals)


# ---------------------------------------------------------------- alignment

def _candidates(a: str, b: str, min_len: int) -> list[tuple[int, int, int]]:
    """Every maximal common substring (i in a, j in b, length) at least ``min_len`` long."""
    index: dict[str, list[int]] = {}
    for j in range(len(b) - min_len + 1):
        index.setdefault(b[j:j + min_len], []).append(j)
    la, lb = len(a), len(b)
    out = []
    for i in range(la - min_len + 1):
        js = index.get(a[i:i + min_len])
        if not js or len(js) > 64:
            continue
        for j in js:
            if i > 0 and j > 0 and a[i - 1] == b[j - 1]:
                continue
            k = min_len
            while i + k < la and j + k < lb and a[i + k] == b[j + k]:
                k += 1
            out.append((i, j, k))
    return out


def _run_tiling(cands, used_a, used_b, priority, min_len, keep=None) -> list[tuple[int, int, int]]:
    heap = [(*priority(i, j, k), -k, i, j) for i, j, k in cands]
    heapq.heapify(heap)
    tiles = []
    while heap:
        _, _, negk, i, j = heapq.heappop(heap)
        k = -negk
        runs: list[tuple[int, int]] = []
        start = None
        for x in range(k + 1):
            free = x < k and not used_a[i + x] and not used_b[j + x]
            if free and start is None:
                start = x
            elif not free and start is not None:
                runs.append((start, x))
                start = None
        if runs == [(0, k)]:
            tiles.append((i, j, k))
            for x in range(k):
                used_a[i + x] = used_b[j + x] = True
            continue
        for s, e in runs:
            if e - s >= min_len and (keep is None or keep(i + s, j + s, e - s)):
                heapq.heappush(heap, (*priority(i + s, j + s, e - s), -(e - s), i + s, j + s))
    return tiles


def _tile(a: str, b: str, min_len: int = MIN_TILE) -> list[tuple[int, int, int]]:
    """Greedy string tiling: non-overlapping common substrings (i in a, j in b, length), longest first,
    in any order (transpositions allowed).

    Two passes. First the long substrings that occur once on each side fix the skeleton. Then every
    other substring, with a bonus for continuing a skeleton anchor (so "不予行政处罚" stays in its own
    sentence rather than jumping to "可以不予行政处罚" two sentences on) and, between equals, the
    placement nearest the skeleton's diagonal (the same phrase in two paragraphs of an article).
    """
    if len(a) < min_len or len(b) < min_len:
        return []
    la, lb = len(a), len(b)
    cands = _candidates(a, b, min_len)
    def is_unique(i: int, j: int, k: int) -> bool:
        """Occurs once on each side, and so does every core left after trimming up to two characters
        from either end ("的可以不予行政处罚" is not unique when "不予行政处罚" stands elsewhere too)."""
        if k < STRONG_TILE:
            return False
        sub = a[i:i + k]
        for d1 in range(3):
            for d2 in range(3):
                core = sub[d1:k - d2]
                if len(core) >= min_len and (b.count(core) != 1 or a.count(core) != 1):
                    return False
        return True

    unique = [t for t in cands if is_unique(*t)]
    used_a = [False] * la
    used_b = [False] * lb
    first = _run_tiling(unique, used_a, used_b, lambda i, j, k: (-k, abs(i / la - j / lb)), min_len,
                        keep=is_unique)
    if not first:
        second = _run_tiling(cands, used_a, used_b, lambda i, j, k: (-k, abs(i / la - j / lb)), min_len)
        return sorted(first + second)
    ends = {(i + k, j + k) for i, j, k in first}
    starts = {(i, j) for i, j, _ in first}
    diagonals = sorted((i, j - i) for i, j, _ in first)

    def continues(i: int, j: int, k: int) -> bool:
        for dc in range(0, CONTINUE_GAP + 1):
            for du in range(0, CONTINUE_GAP + 1):
                if (i - dc, j - du) in ends or (i + k + dc, j + k + du) in starts:
                    return True
        return False

    def priority(i: int, j: int, k: int) -> tuple[float, float]:
        best = min(diagonals, key=lambda d: abs(d[0] - i))
        return (-(k + (CONTINUE_BONUS if continues(i, j, k) else 0)), abs((j - i) - best[1]))

    second = _run_tiling(cands, used_a, used_b, priority, min_len)
    return sorted(first + second)


def _keep_consistent(tiles: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Drop short anchors that sit far from where the long anchors around them put the text."""
    strong = [t for t in tiles if t[2] >= STRONG_TILE]
    if not strong:
        return tiles
    kept = []
    for t in tiles:
        if t[2] >= STRONG_TILE:
            kept.append(t)
            continue
        i, j, _ = t
        before = [s for s in strong if s[0] + s[2] <= i]
        after = [s for s in strong if s[0] >= i + t[2]]
        ok = False
        if before:
            s = before[-1]
            ok |= abs(j - (s[1] + s[2] + (i - s[0] - s[2]))) <= 25
        if after:
            s = after[0]
            ok |= abs((j + t[2]) - (s[1] - (s[0] - i - t[2]))) <= 25
        if ok:
            kept.append(t)
    return kept


def _sentence_ids(text: str, norm: _Norm, marks: str = _SENT_END) -> list[int]:
    """For every comparison character, the index of the source sentence (or phrase) it belongs to."""
    bounds = [i for i, c in enumerate(text) if c in marks]
    out = []
    b = 0
    for s in norm.starts:
        while b < len(bounds) and bounds[b] < s:
            b += 1
        out.append(b)
    return out


def _bounds(text: str, pos: int, marks: str) -> tuple[int, int]:
    s = pos
    while s > 0 and text[s - 1] not in marks:
        s -= 1
    e = pos
    while e < len(text) and text[e] not in marks:
        e += 1
    return s, e


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or _PUNCT_RX.match(text[s])):
        s += 1
    while e > s and (text[e - 1].isspace() or _PUNCT_RX.match(text[e - 1])):
        e -= 1
    return s, e


def _phrase(text: str, pos: int) -> tuple[int, int]:
    if not text:
        return 0, 0
    pos = max(0, min(pos, len(text) - 1))
    return _trim(text, *_bounds(text, pos, _PHRASE_END))


# ---------------------------------------------------------------- roles

def _actors(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.lastgroup or "") for m in _ACTOR_RX.finditer(text)]


def _role_of(kind: str) -> str:
    if kind in _ORGANS:
        return "organ"
    if kind in _PUBLIC:
        return "party"
    return "unknown"


def _role(text: str, pos: int) -> str:
    """Whose duty or time limit stands at ``pos``: 'organ', 'party' or 'unknown'.

    The actor before the modal verb in the same phrase; else the last actor before ``pos`` in the phrase;
    else the topic (first actor) of the sentence; else the topic of the sentences before it.
    """
    ss, _ = _bounds(text, pos, _SENT_END)
    ps, _ = _bounds(text, pos, _PHRASE_END)
    modal = None
    for m in _MODAL_RX.finditer(text, ps, pos):
        modal = m
    if modal is not None:
        acts = _actors(text[ps:modal.start()])
        if acts:
            return _role_of(acts[-1][2])
        pos = modal.start()  # "当事人…的，应当在行政机关告知后五日内": the subject is the topic, not 行政机关
    else:
        acts = _actors(text[ps:pos])
        if acts:
            return _role_of(acts[-1][2])
    acts = _actors(text[ss:pos])
    if acts:
        return _role_of(acts[0][2])
    if _ITEM_RX.match(text, ss):  # an enumerated item: its subject is in the header before the list
        colon = text.rfind("：", 0, ss)
        if colon < 0:
            colon = text.rfind(":", 0, ss)
        if colon > 0:
            hs, _ = _bounds(text, colon - 1, "。；;\n")
            acts = _actors(text[hs:colon])
            if acts:
                return _role_of(acts[0][2])
    e = ss - 1
    for _ in range(3):
        if e <= 0:
            break
        s2, _ = _bounds(text, e - 1, _SENT_END) if e - 1 >= 0 else (0, 0)
        acts = _actors(text[s2:e])
        if acts:
            return _role_of(acts[0][2])
        e = s2 - 1
    return "unknown"


# ---------------------------------------------------------------- the comparison

class _Ctx:
    """Everything the readers of differences share: both normalised texts and the alignment."""

    def __init__(self, clause: str, upper: str):
        self.c = _normalise(clause)
        self.u = _normalise(upper)
        tiles = _keep_consistent(_tile(self.c.s, self.u.s))
        self.cmap = [-1] * len(self.c.s)
        self.umap = [-1] * len(self.u.s)
        for i, j, k in tiles:
            for x in range(k):
                self.cmap[i + x] = j + x
                self.umap[j + x] = i + x
        self.sent = _sentence_ids(self.u.text, self.u)
        self.reserved = [False] * len(self.u.s)
        self.exceptions = self._exceptions()
        self.consumed = [False] * len(self.u.s)
        self.modal_done: set[int] = set()   # source offsets of upper modals already paired
        self.changes: list[Change] = []

    # -- helpers
    def free(self, j: int) -> bool:
        return self.umap[j] < 0 and not self.reserved[j] and not self.consumed[j]

    def covered_sentences(self) -> set[int]:
        counts: dict[int, int] = {}
        sizes: dict[int, int] = {}
        for j, sid in enumerate(self.sent):
            if self.reserved[j]:
                continue
            sizes[sid] = sizes.get(sid, 0) + 1
            if self.umap[j] >= 0:
                counts[sid] = counts.get(sid, 0) + 1
        return {sid for sid, n in counts.items()
                if n >= min(12, sizes[sid]) or n >= max(min(4, sizes[sid]), 0.3 * sizes[sid])}

    def clause_pos_near(self, j: int, prefer_left: bool = False) -> int:
        """Source offset in the clause that corresponds to upper comparison position j (via anchors)."""
        for d in range(0, len(self.u.s)):
            for jj in ((j - d, j + d) if prefer_left else (j + d, j - d)):
                if 0 <= jj < len(self.umap) and self.umap[jj] >= 0:
                    return self.c.starts[self.umap[jj]]
        return 0

    def add(self, kind: str, severity: str, c_span: tuple[int, int] | None, u_span: tuple[int, int] | None,
            message: str) -> None:
        cs, ce = c_span if c_span else (-1, -1)
        us, ue = u_span if u_span else (-1, -1)
        self.changes.append(Change(kind, severity,
                                   self.c.text[cs:ce] if cs >= 0 else "",
                                   self.u.text[us:ue] if us >= 0 else "",
                                   message, cs, us))

    # -- exceptions in the upper text
    def _exceptions(self) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for rx in _EXC_RXS:
            for m in rx.finditer(self.u.text):
                spans.append((m.start(), m.end()))
        spans.sort()
        merged: list[tuple[int, int]] = []
        for s, e in spans:
            if merged and s < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        out = []
        for s, e in merged:
            idx = [j for j, st in enumerate(self.u.starts) if s <= st < e]
            if not idx:
                continue
            for j in idx:
                self.reserved[j] = True
            out.append((idx[0], idx[-1] + 1))
        return out


def compare(clause_text: str, upper_text: str) -> Comparison:
    """Compare a draft clause with the upper provision it restates. Pure; never raises."""
    clause_text = clause_text if isinstance(clause_text, str) else ""
    upper_text = upper_text if isinstance(upper_text, str) else ""
    try:
        return _compare(clause_text, upper_text)
    except Exception:  # pragma: no cover - a last guard; the fuzz test keeps this path unused
        return Comparison((), False, 0.0)


def _compare(clause_text: str, upper_text: str) -> Comparison:
    ctx = _Ctx(clause_text, upper_text)
    if not ctx.c.s or not ctx.u.s:
        return Comparison((), False, 0.0)
    anchored = sum(1 for j in ctx.cmap if j >= 0)
    similarity = anchored / len(ctx.c.s)
    if similarity < MIN_COMPARABLE:
        return Comparison((), False, similarity)
    _aligned_quantities(ctx)
    _regions(ctx)
    _removed_exceptions(ctx)
    _subjects(ctx)
    changes = _dedupe(ctx.changes)
    faithful = similarity >= FAITHFUL_SIMILARITY and all(c.severity == "info" for c in changes)
    return Comparison(tuple(changes), faithful, similarity)


def _dedupe(changes: list[Change]) -> list[Change]:
    seen = set()
    out = []
    for ch in sorted(changes, key=lambda c: (c.clause_start if c.clause_start >= 0 else 1 << 30,
                                              c.upper_start, -_SEV_RANK[c.severity])):
        key = (ch.kind, ch.clause_start, ch.upper_start, ch.message)
        if key in seen:
            continue
        seen.add(key)
        out.append(ch)
    return out


# ---------------------------------------------------------------- quantities

def _aligned_quantities(ctx: _Ctx) -> None:
    for i, q in ctx.c.quantities.items():
        j = ctx.cmap[i]
        if j >= 0 and j in ctx.u.quantities:
            _compare_quantity(ctx, ctx.u.quantities[j], q)


def _compare_quantity(ctx: _Ctx, uq: Quantity, cq: Quantity) -> None:
    if uq.dim != cq.dim:
        return
    if (uq.lo, uq.hi, uq.mode) == (cq.lo, cq.hi, cq.mode) or (uq.lo == cq.lo and uq.hi == cq.hi):
        return
    c_span, u_span = (cq.start, cq.end), (uq.start, uq.end)
    if uq.dim == DURATION:
        _compare_duration(ctx, uq, cq, c_span, u_span)
        return
    s, e = _bounds(ctx.u.text, uq.start, _SENT_END)
    penal = bool(_PENAL_RX.search(ctx.u.text[s:e]))
    noun = {MONEY: "罚款" if penal else "数额", MULTIPLE: "罚款倍数" if penal else "倍数",
            RATIO: "比例"}[uq.dim]
    u_hi = uq.hi_text or uq.text
    c_hi = cq.hi_text or "不设上限"
    if cq.upper_bound > uq.upper_bound:
        if penal:
            ctx.add("amount", "error", c_span, u_span,
                    f"{noun}上限由“{u_hi}”提高为“{c_hi}”，超出上位法规定的处罚幅度")
        else:
            ctx.add("amount", "warning", c_span, u_span,
                    f"{noun}由“{uq.text}”提高为“{cq.text}”，与上位法规定不一致")
    elif cq.lower_bound < uq.lower_bound:
        u_lo = uq.lo_text or uq.text
        c_lo = cq.lo_text or "不设下限"
        ctx.add("amount", "warning", c_span, u_span,
                f"{noun}下限由“{u_lo}”降低为“{c_lo}”，低于上位法规定的幅度")
    else:
        ctx.add("amount", "info", c_span, u_span,
                f"{noun}由“{uq.text}”调整为“{cq.text}”，在上位法规定的幅度以内")


def _compare_duration(ctx: _Ctx, uq: Quantity, cq: Quantity, c_span, u_span) -> None:
    uv, cv = uq.value, cq.value
    if abs(uv - cv) < 1e-9:
        if uq.mode == cq.mode or "fixed" in (uq.mode, cq.mode) or {"max", "range"} >= {uq.mode, cq.mode}:
            return
    role = _role(ctx.u.text, uq.start)
    if role == "unknown":
        role = _role(ctx.c.text, cq.start)
    ut, ct = uq.text, cq.text
    lead = uq.mode == "lead" or cq.mode == "lead"
    floor = uq.mode == "min" and cq.mode == "min"
    longer = cv > uv
    if lead:
        if role == "organ":
            if longer:
                ctx.add("time_limit", "info", c_span, u_span, f"提前期限由“{ut}”延长为“{ct}”，严于上位法规定")
            else:
                ctx.add("time_limit", "warning", c_span, u_span,
                        f"行政机关的提前期限由“{ut}”缩短为“{ct}”，减损了当事人的程序权利")
        elif role == "party":
            if longer:
                ctx.add("time_limit", "warning", c_span, u_span,
                        f"当事人须提前办理的期限由“{ut}”延长为“{ct}”，增加了当事人的义务")
            else:
                ctx.add("time_limit", "info", c_span, u_span, f"当事人的提前期限由“{ut}”缩短为“{ct}”，宽于上位法规定")
        else:
            ctx.add("time_limit", "warning", c_span, u_span, f"期限由“{ut}”改为“{ct}”，与上位法规定不一致")
        return
    if floor:
        if longer:
            ctx.add("time_limit", "info", c_span, u_span, f"最短期限由“{ut}”延长为“{ct}”")
        else:
            ctx.add("time_limit", "warning", c_span, u_span,
                    f"最短期限由“{ut}”缩短为“{ct}”，低于上位法规定的最低期限")
        return
    if role == "organ":
        if longer:
            ctx.add("time_limit", "error", c_span, u_span,
                    f"行政机关的办理期限由“{ut}”延长为“{ct}”，超过上位法规定的期限")
        else:
            ctx.add("time_limit", "info", c_span, u_span, f"行政机关的办理期限由“{ut}”缩短为“{ct}”，严于上位法规定")
    elif role == "party":
        if longer:
            ctx.add("time_limit", "info", c_span, u_span, f"当事人的期限由“{ut}”延长为“{ct}”，宽于上位法规定")
        else:
            ctx.add("time_limit", "warning", c_span, u_span,
                    f"当事人的期限由“{ut}”缩短为“{ct}”，增加了当事人的义务")
    else:
        ctx.add("time_limit", "warning", c_span, u_span, f"期限由“{ut}”改为“{ct}”，与上位法规定不一致")


# ---------------------------------------------------------------- unaligned stretches

def _regions(ctx: _Ctx) -> None:
    c, u = ctx.c, ctx.u
    n, m = len(c.s), len(u.s)
    i = 0
    while i < n:
        if ctx.cmap[i] >= 0:
            i += 1
            continue
        cs = i
        while i < n and ctx.cmap[i] < 0:
            i += 1
        ce = i
        ul = ctx.cmap[cs - 1] + 1 if cs > 0 else None
        ur = ctx.cmap[ce] if ce < n else None
        us = ue = None
        if ul is not None and ur is not None:
            if ul <= ur and ur - ul <= 80 and all(ctx.free(j) for j in range(ul, ur)):
                us, ue = ul, ur
            elif ur > 0 and ctx.free(ur - 1):  # anchors out of order (a moved item): read what precedes ur
                x = ur
                while x > 0 and ctx.free(x - 1) and ctx.sent[x - 1] == ctx.sent[ur] and ur - x < 2 * (ce - cs) + 20:
                    x -= 1
                us, ue = x, ur
        elif ul is not None:  # the clause ends here: the rest of that upper sentence
            x = ul
            while x < m and ctx.free(x) and ctx.sent[x] == ctx.sent[ul] and x - ul < 80:
                x += 1
            us, ue = ul, x
        elif ur is not None:  # the clause starts here: the start of that upper sentence
            x = ur
            while x > 0 and ctx.free(x - 1) and ctx.sent[x - 1] == ctx.sent[ur] and ur - x < 80:
                x -= 1
            us, ue = x, ur
        if us is not None:
            for j in range(us, ue):
                ctx.consumed[j] = True
            _read_region(ctx, cs, ce, us, ue)
        else:
            _read_region(ctx, cs, ce, None, None)
    covered = ctx.covered_sentences()
    j = 0
    while j < m:
        if not ctx.free(j) or ctx.sent[j] not in covered:
            j += 1
            continue
        us = j
        while j < m and ctx.free(j) and ctx.sent[j] == ctx.sent[us]:
            j += 1
        _read_region(ctx, None, None, us, j)


def _modal_seq(norm: _Norm, a: int, b: int) -> list[int]:
    return [k for k in range(a, b) if norm.s[k] in (MAY, MUST, NOT)]


def _read_region(ctx: _Ctx, cs: int | None, ce: int | None, us: int | None, ue: int | None) -> None:
    c, u = ctx.c, ctx.u
    c_s = c.s[cs:ce] if cs is not None else ""
    u_s = u.s[us:ue] if us is not None else ""
    c_src = c.span(cs, ce) if cs is not None and ce > cs else None
    u_src = u.span(us, ue) if us is not None and ue > us else None

    # quantities standing in for each other
    if cs is not None and us is not None:
        cq = [c.quantities[k] for k in range(cs, ce) if k in c.quantities]
        uq = [u.quantities[k] for k in range(us, ue) if k in u.quantities]
        for q1 in uq:
            for q2 in cq:
                if q2.dim == q1.dim:
                    _compare_quantity(ctx, q1, q2)
                    cq.remove(q2)
                    break

    # modal verbs
    cm = _modal_seq(c, cs, ce) if cs is not None and us is not None else []
    um = _modal_seq(u, us, ue) if us is not None else []
    small_u = len(u_s) - len(um) <= 3
    small_c = len(c_s) - len(cm) <= 3
    if not c_s:
        compare_modals = small_u           # "可以处" -> "处", not "行政机关可以依法…" -> "依法…"
    elif not u_s:
        compare_modals = small_c           # "告知" -> "可以告知"
    else:
        compare_modals = small_u or small_c or bool(um and len(um) == len(cm))
    if compare_modals:
        pairs = [(um[k] if k < len(um) else None, cm[k] if k < len(cm) else None)
                 for k in range(max(len(cm), len(um)))]
    else:
        # a longer stretch rewritten ("行政机关可以依法强制拆除" -> "依法强制拆除" drops the subject with the
        # modal and reads as a statement of the procedure): deletions are read below, not as modal changes
        pairs = []
    for ku, kc in pairs:
        if ku is not None and kc is not None:
            ctx.modal_done.add(u.starts[ku])
        mu = u.s[ku] if ku is not None else None
        mc = c.s[kc] if kc is not None else None
        if mu == mc or (mu is None and mc == MUST) or (mu == MUST and mc is None):
            continue
        _modal_change(ctx, mu, mc, ku, kc, cs, us)

    # what the clause adds
    added_src = _added_text(ctx, cs, ce, us, ue)
    for s, e in added_src:
        _read_addition(ctx, s, e, u_src)
    # what the clause drops
    removed = _removed_text(ctx, cs, ce, us, ue)
    for s, e in removed:
        _read_removal(ctx, s, e, c_src, cs, us)


def _unmatched_runs(mine: str, other: str, mine_is_b: bool) -> list[tuple[int, int]]:
    """Index runs of ``mine`` not covered by a matching block (of 3 or more characters) with ``other``."""
    matched = [False] * len(mine)
    if other:
        a, b = (other, mine) if mine_is_b else (mine, other)
        for blk in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
            if blk.size >= 3:
                start = blk.b if mine_is_b else blk.a
                for x in range(start, start + blk.size):
                    matched[x] = True
    out = []
    k = 0
    while k < len(mine):
        if matched[k]:
            k += 1
            continue
        s = k
        while k < len(mine) and not matched[k]:
            k += 1
        out.append((s, k))
    return out


def _added_text(ctx: _Ctx, cs, ce, us, ue) -> list[tuple[int, int]]:
    """Source spans of the clause region not matched inside the upper region."""
    if cs is None or ce <= cs:
        return []
    u_s = ctx.u.s[us:ue] if us is not None else ""
    return [ctx.c.span(cs + s, cs + k) for s, k in _unmatched_runs(ctx.c.s[cs:ce], u_s, mine_is_b=True)]


def _removed_text(ctx: _Ctx, cs, ce, us, ue) -> list[tuple[int, int]]:
    """Source spans of the upper region not matched inside the clause region."""
    if us is None or ue <= us:
        return []
    c_s = ctx.c.s[cs:ce] if cs is not None else ""
    return [ctx.u.span(us + s, us + k) for s, k in _unmatched_runs(ctx.u.s[us:ue], c_s, mine_is_b=False)]


def _chunks_with(text: str, s: int, e: int, rx: re.Pattern) -> tuple[int, int] | None:
    """The stretch of [s, e) from the first to the last punctuation-delimited chunk that ``rx`` finds."""
    hits = [m for m in rx.finditer(text, s, e)]
    if not hits:
        return None
    a, _ = _bounds(text, hits[0].start(), _PHRASE_END + "、")
    _, b = _bounds(text, hits[-1].end() - 1, _PHRASE_END + "、")
    a, b = max(a, s), min(b, e)
    a, b = _trim(text, a, b)
    return (a, b) if a < b else (hits[0].start(), hits[-1].end())


def _read_addition(ctx: _Ctx, s: int, e: int, u_src) -> None:
    text = ctx.c.text
    added = text[s:e]
    core = _PUNCT_RX.sub("", added)
    if len(core) < 2:
        if core == "等":
            ctx.add("scope_changed", "info", (s, e), u_src, "增加“等”字，将列举改为开放式，扩大了适用范围")
        return
    upper_region = ctx.u.text[u_src[0]:u_src[1]] if u_src else ""
    exc = _EXCEPTION_ADDED_RX.search(added)
    if exc and exc.group().startswith("但") and _CONDITION_RX.search(added):
        exc = None  # "但申请人须提供…" adds a condition rather than an exception
    if exc and not _EXCEPTION_ADDED_RX.search(upper_region):
        span = _chunks_with(text, s, e, _EXCEPTION_ADDED_RX) or (s, e)
        if "另有规定" in text[span[0]:span[1]]:
            return
        ctx.add("exception_added", "warning", span, u_src,
                f"增设了上位法没有的例外情形“{text[span[0]:span[1]]}”，改变了上位法的适用范围")
        return
    if _CONDITION_RX.search(added):
        span = _chunks_with(text, s, e, _CONDITION_RX) or (s, e)
        ctx.add("condition_added", "warning", span, u_src,
                f"增设条件：上位法未规定“{text[span[0]:span[1]]}”")
        return
    agg = _AGGRAVATE_RX.search(added)
    if agg and agg.group() not in upper_region:
        ctx.add("scope_changed", "warning", (s, e), u_src,
                f"增加“{agg.group()}”，加重了当事人的责任或者义务")


def _read_removal(ctx: _Ctx, s: int, e: int, c_src, cs, us) -> None:
    text = ctx.u.text
    removed = text[s:e]
    core = _PUNCT_RX.sub("", removed)
    if not core:
        return
    if c_src is None:
        pos = ctx.clause_pos_near(_norm_index(ctx.u, s))
        c_src = _phrase(ctx.c.text, pos)
    if core == "等":
        ctx.add("scope_changed", "info", c_src, (s, e), "删去“等”字，将开放式列举改为封闭式列举")
        return
    qual = _PROTECT_QUAL_RX.search(removed)
    if qual and qual.group() not in ctx.c.text:
        ctx.add("scope_changed", "warning", c_src, (s, e),
                f"删去上位法规定的“{qual.group()}”，降低了上位法规定的标准")
    modals = list(_MODAL_RX.finditer(removed))
    if not modals or len(core) <= 3:
        return
    for m in modals:
        pos = s + m.start()
        role = _role(text, pos)
        rest = removed[m.end():]
        if len(_PUNCT_RX.sub("", rest)) < 2 or pos in ctx.modal_done:
            continue  # the verb after the modal is kept, or the modal was replaced: read as a modal change
        ps, pe = _phrase(text, pos)
        phrase = text[max(ps, s):min(pe, e)] or removed
        if m.group("not"):
            ctx.add("duty_removed", "error", c_src, (max(ps, s), min(pe, e)),
                    f"删去上位法的禁止性规定“{phrase}”")
            return
        if m.group("must") and (_PROTECTIVE_RX.search(rest) or role == "organ"):
            sev = "error" if _PROTECTIVE_RX.search(rest) else "warning"
            ctx.add("duty_removed", sev, c_src, (max(ps, s), min(pe, e)),
                    f"删去上位法规定的义务“{phrase}”，减少了行政机关的法定职责" if role != "party"
                    else f"删去上位法规定的“{phrase}”")
            return
        if m.group("may") and role == "party":
            ctx.add("duty_removed", "warning", c_src, (max(ps, s), min(pe, e)),
                    f"删去上位法赋予当事人的权利“{phrase}”")
            return


def _norm_index(norm: _Norm, src: int) -> int:
    for k, st in enumerate(norm.starts):
        if st >= src:
            return k
    return max(0, len(norm.starts) - 1)


def _modal_change(ctx: _Ctx, mu, mc, ku, kc, cs, us) -> None:
    u, c = ctx.u, ctx.c
    if ku is not None:
        u_pos = u.starts[ku]
        u_span = _phrase(u.text, u_pos)
    else:
        u_pos = u.starts[us] if us is not None and us < len(u.starts) else -1
        u_span = _phrase(u.text, u_pos) if u_pos >= 0 else None
    if kc is not None:
        c_pos = c.starts[kc]
    elif cs is not None and cs < len(c.starts):
        c_pos = c.starts[cs]
    else:
        c_pos = ctx.clause_pos_near(ku if ku is not None else 0)
    c_span = _phrase(c.text, c_pos)
    role = _role(u.text, u_pos) if u_pos >= 0 else "unknown"
    if role == "unknown":
        role = _role(c.text, c_pos)
    wu = u.text[u.starts[ku]:u.ends[ku]] if ku is not None else ""
    wc = c.text[c.starts[kc]:c.ends[kc]] if kc is not None else ""
    after = u.text[u_pos:u_span[1]] if u_span else ""
    protective = bool(_PROTECTIVE_RX.search(after))
    if mu == MAY and mc in (MUST, None):
        if mc is None:
            msg = f"删去“{wu}”，将上位法的裁量性规定改为强制性规定"
        elif role == "party":
            msg = f"将“{wu}”改为“{wc}”，把上位法赋予当事人的选择改为义务，增加了当事人的义务"
        else:
            msg = f"将“{wu}”改为“{wc}”，把上位法规定的裁量改为强制性义务"
        ctx.add("modal", "warning", c_span, u_span, msg)
    elif mu == MUST and mc == MAY:
        if role == "organ" or protective:
            ctx.add("modal", "error", c_span, u_span,
                    f"将“{wu}”改为“{wc}”，把上位法规定的法定义务弱化为可选，减少了法定职责")
        else:
            ctx.add("modal", "warning", c_span, u_span, f"将“{wu}”改为“{wc}”，弱化了上位法规定的义务")
    elif mu == NOT and mc in (MAY, MUST, None):
        what = f"改为“{wc}”" if wc else "删去"
        ctx.add("modal", "error", c_span, u_span, f"将上位法的禁止性规定“{wu}”{what}，与上位法相抵触")
    elif mu == MUST and mc == NOT:
        ctx.add("modal", "error", c_span, u_span, f"将“{wu}”改为“{wc}”，与上位法规定的义务相抵触")
    elif mu == MAY and mc == NOT:
        sev = "error" if role == "party" else "warning"
        ctx.add("modal", sev, c_span, u_span,
                f"将“{wu}”改为“{wc}”，" + ("剥夺了上位法赋予当事人的权利" if role == "party"
                                          else "与上位法规定不一致"))
    elif mu is None and mc == MAY:
        c_after = c.text[c_pos:c_span[1]]
        if _PROTECTIVE_RX.search(c_after) and role != "party":
            ctx.add("modal", "error", c_span, u_span,
                    f"增加“{wc}”，把上位法规定的法定义务弱化为可选，减少了法定职责")
        else:
            ctx.add("modal", "warning", c_span, u_span, f"增加“{wc}”，将上位法的强制性规定改为裁量性规定")
    elif mu is None and mc == NOT:
        ctx.add("modal", "warning", c_span, u_span, f"增设禁止性规定“{wc}”，上位法无此规定")


# ---------------------------------------------------------------- exceptions

def _removed_exceptions(ctx: _Ctx) -> None:
    u = ctx.u
    covered = ctx.covered_sentences()
    anchored_sents = {ctx.sent[j] for j in range(len(u.s)) if ctx.umap[j] >= 0 and not ctx.reserved[j]}
    for a, b in ctx.exceptions:
        present = sum(1 for j in range(a, b) if ctx.umap[j] >= 0)
        if present >= 0.5 * (b - a):
            continue
        s, e = u.span(a, b)
        exc = u.text[s:e]
        if "另有规定" in exc and "另有规定" in ctx.c.text:
            continue
        sid = ctx.sent[a]
        own = [j for j in range(len(u.s)) if ctx.sent[j] == sid and not ctx.reserved[j]]
        if own:
            relevant = sid in anchored_sents and sid in covered
        else:  # the exception is a sentence of its own: it qualifies the sentence before it, same paragraph
            prev = ctx.sent[a - 1] if a > 0 else None
            relevant = (prev is not None and prev in anchored_sents and prev in covered
                        and "\n" not in u.text[u.ends[a - 1]:s])
        if not relevant:
            continue
        trailing = exc.lstrip().startswith("但") or not own
        pos = ctx.clause_pos_near(a - 1 if trailing and a > 0 else b, prefer_left=trailing)
        c_span = _phrase(ctx.c.text, pos)
        s, e = _trim(u.text, s, e)
        exc = u.text[s:e]
        if "另有规定" in exc:
            ctx.add("exception_removed", "info", c_span, (s, e),
                    f"未写明上位法的但书“{exc}”；该但书仍然适用，建议保留以免误读")
            continue
        if _RELIEF_RX.search(exc):
            ctx.add("exception_removed", "error", c_span, (s, e),
                    f"删去上位法的例外规定“{exc}”，加重了当事人的责任")
            continue
        ss, se = _bounds(u.text, s, "。；;\n")
        main = (u.text[ss:s] + u.text[e:se])
        mm = _MODAL_RX.search(main)
        acts = _actors(main[:mm.start()]) if mm else []
        if mm and mm.group("must") and acts and _role_of(acts[-1][2]) == "organ":
            ctx.add("exception_removed", "info", c_span, (s, e),
                    f"未写明上位法的例外情形“{exc}”，行政机关义务的适用范围有所扩大")
            continue
        ctx.add("exception_removed", "warning", c_span, (s, e),
                f"删去上位法的例外规定“{exc}”，改变了上位法的适用范围")


# ---------------------------------------------------------------- subjects


def _subjects(ctx: _Ctx) -> None:
    c, u = ctx.c, ctx.u
    u_acts = _actors(u.text)
    if not u_acts:
        return
    seen: set[tuple[int, int]] = set()
    for s, e, kind in _actors(c.text):
        ks = [k for k, st in enumerate(c.starts) if s <= st < e]
        if not ks:
            continue
        mapped = [ctx.cmap[k] for k in ks if ctx.cmap[k] >= 0]
        if mapped:
            lo, hi = u.starts[min(mapped)], u.ends[max(mapped)]
        else:
            # unaligned: the upper stretch between the anchors around it
            left = next((ctx.cmap[k] for k in range(ks[0] - 1, -1, -1) if ctx.cmap[k] >= 0), None)
            right = next((ctx.cmap[k] for k in range(ks[-1] + 1, len(c.s)) if ctx.cmap[k] >= 0), None)
            if left is None and right is None:
                continue
            pick_last = True
            if left is not None and right is not None and left < right and right - left <= 40:
                lo, hi = u.ends[left], u.starts[right]
            elif right is not None:
                lo, hi = max(0, u.starts[right] - 30), u.starts[right]
            else:
                lo, hi = u.ends[left], min(len(u.text), u.ends[left] + 30)
                pick_last = False
        cands = [a for a in u_acts if a[0] < hi and a[1] > lo]
        if not cands:
            continue
        us_, ue_, ukind = cands[-1] if not mapped and pick_last else cands[0]
        if (us_, ue_) in seen:
            continue
        seen.add((us_, ue_))
        c_name, u_name = c.text[s:e], u.text[us_:ue_]
        if c_name == u_name or kind == ukind:
            continue
        _subject_change(ctx, (s, e), (us_, ue_), kind, ukind, c_name, u_name)


def _subject_change(ctx: _Ctx, c_span, u_span, kind, ukind, c_name, u_name) -> None:
    u_organ = ukind in _ORGANS and ukind != "township"
    if u_organ and kind in ("autonomy", "private"):
        ctx.add("subject_changed", "warning", c_span, u_span,
                f"将上位法规定由“{u_name}”履行的职责改由“{c_name}”承担，行政职责交由非行政机关行使缺乏法律依据")
    elif u_organ and kind == "township" and "乡" not in u_name and "街道" not in u_name:
        ctx.add("subject_changed", "warning", c_span, u_span,
                f"将上位法规定的“{u_name}”改为“{c_name}”，将职权下放至乡镇、街道缺乏法律依据")
    elif ukind in ("central", "province", "county_up") and kind in ("local_gov", "local_dept"):
        ctx.add("subject_changed", "info", c_span, u_span,
                f"主体由“{u_name}”具体化为“{c_name}”（本地化表述）")
    elif ukind in ("local_gov", "local_dept") and kind in ("local_gov", "local_dept") and ukind != kind:
        ctx.add("subject_changed", "info", c_span, u_span, f"主体由“{u_name}”改为“{c_name}”，请核对职责分工")
    elif ukind == "party" and kind in _ORGANS and kind != "generic":
        ctx.add("subject_changed", "warning", c_span, u_span,
                f"将上位法规定由“{u_name}”承担的事项改由“{c_name}”承担，请核对是否增加了行政机关的权力")


# ---------------------------------------------------------------- summary

def summarise(comparison: Comparison) -> str:
    """One Chinese sentence for an opinion."""
    if not isinstance(comparison, Comparison):
        return "未能比对该条与上位法的规定。"
    material = [c for c in comparison.changes if c.severity != "info"]
    if not material:
        if comparison.faithful:
            return "该条如实重述了上位法的规定，未发现实质性改动。"
        if comparison.similarity < FAITHFUL_SIMILARITY:
            return "该条与所比对的上位法条文差异较大，未能逐项比对，建议人工核对。"
        return "该条与上位法的规定基本一致，未发现实质性改动。"
    material.sort(key=lambda c: -_SEV_RANK[c.severity])
    msgs: list[str] = []
    for ch in material:
        if ch.message not in msgs:
            msgs.append(ch.message)
    head = "该条与上位法规定不一致" if any(c.severity == "error" for c in material) else "该条改动了上位法的规定"
    return f"{head}：{'；'.join(msgs[:6])}{'等' if len(msgs) > 6 else ''}。"
