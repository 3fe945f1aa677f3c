"""Amounts, multiples, ratios and durations in statute and draft text.

Pure functions: ``find_quantities(text)`` returns every quantity with its span, dimension and bounds,
composed into ranges the way statutes write them (一千元以上五千元以下, 二倍以上五倍以下, 5000元至1万元,
不超过二十日, 二十个工作日内, 届满三十日前, 以两次为限). Values are normalised: money in 元, a share of a base as a
fraction whether written as a percentage or a multiple (二倍 = 2.0 = 200 %; ``share_unit`` tells which), durations in
calendar days (a working day counts 7/5 of a day), distances in metres, counts of times as numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from statutes.numerals import CN_NUM_CHARS, cn_to_int, fullwidth_to_ascii

# a multiple and a percentage are one measure, a share of a base (一倍 = 100 %): 违法经营总额一倍以上二倍以下 is compared
# with 20%以上50%以下, and 百分之五十以上三倍以下 is one range (round 46)
MONEY, RATIO, DURATION = "money", "ratio", "duration"
AGE = "age"             # 年满十六周岁, 25周岁以上: a person's age in years, not a period (周 is no week there)
DISTANCE = "distance"   # 周围200米范围内, 不少于10米, 五公里: a distance in metres (平方米, 立方米 are no distance)
COUNT = "count"         # 延期以两次为限, 3次以上: how many times (第一次, 一次性 are no count)
HEADCOUNT = "headcount"  # 1000人以上5000人以下, 不少于两名, 50个以上的个人会员: how many people or members (人民, 人员,
                         # 名称 are no headcount)

_CN = CN_NUM_CHARS
_NUM = rf"(?:\d+(?:[.,]\d+)*|[{_CN}]+(?:点[零〇一二三四五六七八九]+)?|半)"   # 百分之一点五: a written decimal

_DAYS = {"工作日": 1.4, "自然日": 1.0, "日": 1.0, "天": 1.0, "小时": 1 / 24, "周": 7.0, "星期": 7.0,
         "个月": 30.0, "月": 30.0, "年": 365.0}

_ATOM = re.compile(
    rf"(?P<pct_cn>(?:百|千|万)分之(?P<pct_n>{_NUM}))"
    r"|(?P<equal>(?<=[额价款值得])等额)"
    rf"|(?P<num>{_NUM})(?:\s*)(?:"
    r"(?P<money>亿元|万元|千元|百元|元)"
    r"|(?P<mult>倍)"
    r"|(?P<pct>%|％)"
    r"|(?P<age>周岁|岁)"
    r"|(?P<dist>公里|千米|米)"
    r"|(?P<count>次)(?!性|日|序|要|级)"
    r"|(?P<head>人(?![民员口次均身格事力工大类体才士群])|名(?![称义单录额誉下])|个(?=(?:以上|以下)的?(?:个人|单位)?(?:会员|成员|股东|发起人|委员)))"
    r"|(?P<dur>个工作日|工作日|个自然日|自然日|个小时|小时|个月|月|日|天|周|星期|年)"
    r")"
)

_LO_AFTER = ("以上",)
_BARE_HI = re.compile(rf"\s*({_NUM})\s*(?:以下|以内)")
_HI_AFTER = ("以下", "以内", "之内", "内", "为限")
_LEAD_AFTER = ("前", "之前", "以前")
_LEAD_BEFORE = ("提前",)     # 提前三十日通知: a lead time written before its figure
_HI_BEFORE = ("最高不超过", "不得超过", "不超过", "最长", "最多", "最高", "不高于", "至多")
_LO_BEFORE = ("不得少于", "不少于", "不低于", "至少", "最少", "最低")
_EXCEEDING = "超过"
_AGE_LO_BEFORE = ("年满",)   # an age reached (年满十八周岁) is a least age; 未满/不满 (under it) is left as written
_RANGE_SEP = ("至", "到", "-", "—", "－", "～", "~")


@dataclass(frozen=True, slots=True)
class Quantity:
    """One amount or duration as written: ``text`` is ``source[start:end]``.

    ``mode``: "range" (lo and hi), "max" (…以下 / 不超过…), "min" (…以上 / 不少于…), "fixed" (a bare
    figure), "lead" (…日前 / 提前…: a lead time before an event).
    """

    start: int
    end: int
    text: str
    dim: str
    lo: float | None
    hi: float | None
    mode: str
    lo_text: str = ""
    hi_text: str = ""

    @property
    def upper_bound(self) -> float:
        return self.hi if self.hi is not None else float("inf")

    @property
    def lower_bound(self) -> float:
        return self.lo if self.lo is not None else 0.0

    @property
    def value(self) -> float:
        """The single figure of a duration (its limit, floor or lead time)."""
        for v in (self.hi, self.lo):
            if v is not None:
                return v
        return 0.0


_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def parse_number(text: str) -> float | None:
    """五千 -> 5000, 1万 -> None (unit handled by caller), 5,000 -> 5000, 1.5 -> 1.5, 半 -> 0.5."""
    s = fullwidth_to_ascii(text).replace(",", "")
    if not s:
        return None
    if s == "半":
        return 0.5
    if "点" in s:       # 一点五 -> 1.5: the whole part as a numeral, the digits after 点 one by one
        whole, _, frac = s.partition("点")
        w = cn_to_int(whole)
        digits = [_DIGIT.get(ch) for ch in frac]
        if w is None or not digits or None in digits:
            return None
        return float(f"{w}." + "".join(str(d) for d in digits))
    try:
        return float(s)
    except ValueError:
        pass
    n = cn_to_int(s)
    return float(n) if n is not None else None


@dataclass(frozen=True, slots=True)
class _Atom:
    start: int
    end: int
    dim: str
    value: float


def _is_date(text: str, m: re.Match, unit: str, value: float) -> bool:
    before = text[max(0, m.start() - 1):m.start()]
    after = text[m.end():m.end() + 4]
    if before == "第":
        return True
    if unit == "年" and (value >= 1000 or re.match(rf"{_NUM}月", after)):
        return True
    if unit == "月" and re.match(rf"{_NUM}[日号]", after):
        return True
    if unit in ("日", "月") and before in ("月", "年"):
        return True
    return False


def _atoms(text: str) -> list[_Atom]:
    out: list[_Atom] = []
    for m in _ATOM.finditer(text):
        if m.group("equal"):    # 处销售金额等额的罚款: one time the sum (道路交通安全法 第一百条)
            out.append(_Atom(m.start(), m.end(), RATIO, 1.0))
            continue
        if m.group("pct_cn"):
            n = parse_number(m.group("pct_n"))
            if n is None:
                continue
            base = {"百": 100, "千": 1000, "万": 10000}[m.group("pct_cn")[0]]   # 万分之五: the daily 滞纳金 rate
            out.append(_Atom(m.start(), m.end(), RATIO, n / base))
            continue
        n = parse_number(m.group("num"))
        if n is None:
            continue
        if m.group("money"):
            unit = m.group("money")
            mult = {"亿元": 1e8, "万元": 1e4, "千元": 1e3, "百元": 1e2, "元": 1.0}[unit]
            out.append(_Atom(m.start(), m.end(), MONEY, n * mult))
        elif m.group("mult"):
            out.append(_Atom(m.start(), m.end(), RATIO, n))
        elif m.group("pct"):
            out.append(_Atom(m.start(), m.end(), RATIO, n / 100))
        elif m.group("age"):
            out.append(_Atom(m.start(), m.end(), AGE, n))
        elif m.group("dist"):
            out.append(_Atom(m.start(), m.end(), DISTANCE, n * (1000.0 if m.group("dist") in ("公里", "千米") else 1.0)))
        elif m.group("count"):
            if text[max(0, m.start() - 1):m.start()] == "第":
                continue
            out.append(_Atom(m.start(), m.end(), COUNT, n))
        elif m.group("head"):
            if text[max(0, m.start() - 1):m.start()] == "第":
                continue
            out.append(_Atom(m.start(), m.end(), HEADCOUNT, n))
        else:
            unit = m.group("dur").lstrip("个")
            if _is_date(text, m, unit, n):
                continue
            out.append(_Atom(m.start(), m.end(), DURATION, n * _DAYS[unit]))
    return out


def _starts(text: str, pos: int, words) -> str:
    for w in words:
        if text.startswith(w, pos):
            return w
    return ""


def _ends(text: str, pos: int, words) -> str:
    for w in words:
        if text.endswith(w, 0, pos):
            return w
    return ""


def share_unit(q: Quantity) -> str:
    """How a share is written: ``倍`` (a multiple), ``%`` (a percentage, 百分之…), or ``mixed`` (百分之五十以上三倍以下);
    ``""`` for a quantity of another dimension."""
    if q.dim != RATIO:
        return ""
    times = "倍" in q.text or "等额" in q.text
    percent = any(m in q.text for m in ("%", "％", "分之"))
    return "mixed" if times and percent else "倍" if times else "%"


def find_quantities(text: str) -> list[Quantity]:
    """Every quantity in ``text``, ranges composed, in order of appearance. Never raises."""
    if not text:
        return []
    atoms = _atoms(text)
    out: list[Quantity] = []
    i = 0
    while i < len(atoms):
        a = atoms[i]
        nxt = atoms[i + 1] if i + 1 < len(atoms) else None
        start, end = a.start, a.end
        lo_word = _starts(text, end, _LO_AFTER)
        if nxt and nxt.dim == a.dim:
            gap = text[end + len(lo_word):nxt.start].strip("，,、 ")
            sep_range = not lo_word and text[end:nxt.start].strip() in _RANGE_SEP
            if (lo_word and gap == "") or sep_range:
                e2 = nxt.end
                tail = _starts(text, e2, _HI_AFTER)
                lo, hi = sorted((a.value, nxt.value))
                lo_t, hi_t = text[a.start:a.end], text[nxt.start:nxt.end]
                if a.value > nxt.value:
                    lo_t, hi_t = hi_t, lo_t
                out.append(Quantity(start, e2 + len(tail), text[start:e2 + len(tail)], a.dim, lo, hi, "range",
                                    lo_t, hi_t))
                i += 2
                continue
        hi_before = _ends(text, start, _HI_BEFORE)
        lo_before = _ends(text, start, _LO_BEFORE)
        if not lo_before and a.dim == AGE:
            lo_before = _ends(text, start, _AGE_LO_BEFORE)   # 必须年满16周岁: the least age, as 16周岁以上
        if not lo_before and not hi_before and text.endswith(_EXCEEDING, 0, start):
            lo_before = _EXCEEDING     # 1年内违法超限运输超过3次的: a threshold passed, not 不超过 (a cap)
        hi_after = _starts(text, end, _HI_AFTER)
        lead_after = _starts(text, end, _LEAD_AFTER)
        figure = text[start:end]
        bare = _BARE_HI.match(text, end + len(lo_word)) if lo_word and a.dim == MONEY else None
        if bare is not None and parse_number(bare.group(1)) is not None:
            # 200元以上500以下: the upper figure written without its unit takes the lower one's
            unit = a.value / parse_number(re.match(_NUM, figure).group(0))
            hi = parse_number(bare.group(1)) * unit
            word = re.sub(rf"^{_NUM}\s*", "", figure)         # 元, 万元: shown with the upper figure in a message
            out.append(Quantity(start, bare.end(), text[start:bare.end()], a.dim, a.value, max(hi, a.value), "range",
                                figure, bare.group(1) + word))
        elif lo_word or lo_before:
            s = start - len(lo_before)
            e = end + len(lo_word)
            out.append(Quantity(s, e, text[s:e], a.dim, a.value, None, "min", figure, ""))
        elif hi_before or hi_after:
            s = start - len(hi_before)
            e = end + len(hi_after)
            out.append(Quantity(s, e, text[s:e], a.dim, None, a.value, "max", "", figure))
        elif lead_after and a.dim == DURATION:
            e = end + len(lead_after)
            out.append(Quantity(start, e, text[start:e], a.dim, None, a.value, "lead", "", figure))
        elif a.dim == DURATION and _ends(text, start, _LEAD_BEFORE):
            s = start - len(_ends(text, start, _LEAD_BEFORE))
            out.append(Quantity(s, end, text[s:end], a.dim, None, a.value, "lead", "", figure))
        else:
            t = text[start:end]
            out.append(Quantity(start, end, t, a.dim, a.value, a.value, "fixed", t, t))
        i += 1
    return out
