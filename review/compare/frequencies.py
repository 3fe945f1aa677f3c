"""Frequencies: how often the law has an act done (成员大会每年至少召开一次, 需每年提供本人健在的证明, 按月足额支付),
changed by the clause (每两年至少召开一次, 每半年提供, 按季度支付).

A frequency is read as the interval it gives (每年 = 365 days, 每半年, 每季度, 每月, 每周; 每两年, 每六个月; 一次/两次
divide it), on both texts as written: the clause's is paired with the article's for the same act (the words after each
share a pair of characters), or with the article's only one. Its direction is read from the norm: a longer interval
does the act less often than the law requires (a duty or a protection thinned, whoever bears it); a shorter one is a
heavier burden where a party bears the act and a stricter duty where a public body does (review/compare/roles.py).
A date (每年十二月三十一日以前, 每年3月) is no frequency, nor a daily rate (每日按罚款数额的百分之三).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .grading import grade
from .matter import cjk_pairs
from .roles import ORGAN, PARTY, UNKNOWN, role_at

if TYPE_CHECKING:
    from .reading import Reading

_N = r"[一二两三四五六七八九十\d]{1,3}"
FREQUENCY_RX = re.compile(
    rf"(?:每(?:隔)?(?P<n>{_N})?个?(?P<unit>半年|年度?|季度?|个?月|周)(?!\d|[一二三四五六七八九十]{{1,2}}月|[一二三四五六七八九十\d]{{1,2}}日|底|末|初|内|以内|以前|前)"
    rf"|按(?P<by>年度?|半年|季度?|月|周)(?=[^，。；]{{0,8}}(?:支付|拨付|发放|缴纳|缴存|报送|报告|结算|申报|公布|公示|检查|检验|统计)))")
TIMES_RX = re.compile(rf"[^，。；]{{0,14}}?(?P<t>{_N})次")
_DAYS = {"年": 365, "年度": 365, "半年": 182.5, "季": 91.25, "季度": 91.25, "月": 30.4, "个月": 30.4, "周": 7}
_CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
ACT_REACH = 16          # characters after a frequency its act is read in
MINIMUM = re.compile(r"[^，。；]{0,4}至少")


def _count(s: str | None) -> int:
    if not s:
        return 1
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + _CN.get(s[1:], 0)
    if s.endswith("十"):
        return _CN.get(s[0], 1) * 10
    return _CN.get(s, 1) if len(s) == 1 else _CN.get(s[0], 1) * 10 + _CN.get(s[-1], 0)


def frequencies(text: str) -> list[tuple[float, int, int, str]]:
    """(interval in days, start, end, the act after it) of every frequency in ``text``."""
    out = []
    for m in FREQUENCY_RX.finditer(text):
        unit = m.group("unit") or m.group("by")
        days = _DAYS[unit] * _count(m.group("n"))
        times = TIMES_RX.match(text, m.end())
        end = m.end()
        if times is not None:
            days /= max(_count(times.group("t")), 1)
            end = times.end()
        act = re.split(r"[。；;\n]", text[end:end + ACT_REACH])[0]
        out.append((days, m.start(), end, act))
    return out


def read_frequency_change(reading: Reading) -> None:
    """The clause's frequency of an act set against the article's for the same act."""
    clause, upper = reading.clause.text, reading.upper.text
    theirs = frequencies(upper)
    if not theirs:
        return
    for days, cs, ce, act in frequencies(clause):
        same = [t for t in theirs if cjk_pairs(t[3]) & cjk_pairs(act)] or (theirs if len(theirs) == 1 else [])
        if not same or any(abs(t[0] - days) < 1 for t in same):
            continue
        if len(same) > 1:
            continue        # two frequencies of one act in the article (每年一次, 超过5年的每6个月一次): its cases
        other = same[0]
        if days > other[0]:
            direction = "less_often"
        else:
            direction = "more_often"
        role = role_at(clause, cs)
        if role == UNKNOWN:
            role = role_at(upper, other[1])
        facts = {"direction": direction, "role": role if role in (ORGAN, PARTY) else UNKNOWN,
                 "minimum": "至少" in upper[max(0, other[1] - 4):other[2]] or bool(MINIMUM.match(upper, other[2]))}
        reading.add("frequency", grade("frequency", facts, upper=upper[other[1]:other[2]], clause=clause[cs:ce]),
                    (cs, ce), (other[1], other[2]))
        return
