"""Times of day: a window of hours in which an act is forbidden (每日凌晨2时至上午8时，娱乐场所不得营业), widened,
narrowed or moved by the clause (零时至上午八时不得营业, 二十三时至次日八时停止营业).

A window is read only in a sentence that forbids or stops an act (不得, 禁止, 停止 … 营业); the clause's window is set
against the upper window of the same act (the two characters after the prohibition agree), and only where the two
windows overlap: a quiet hour at noon beside the law's night hours is another rule, not this one changed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .grading import grade
from .phrases import SENTENCE_END, bounds

if TYPE_CHECKING:
    from .reading import Reading

_NUM = "零〇一二两三四五六七八九十"
_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_PART = r"(?:每日|每天|当日|次日|翌日|凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜间|夜里)*"
_HOUR = rf"(?:\d{{1,2}}|[{_NUM}]{{1,3}})"
_TIME = rf"{_PART}{_HOUR}(?:时|点)(?:整|(?:\d{{1,2}}|[{_NUM}]{{1,3}})分|半)?|{_PART}\d{{1,2}}[:：]\d{{2}}"
CLOCK_RANGE_RX = re.compile(rf"(?P<a>{_TIME})\s*(?:至|到|～|~|—|－|-)\s*(?P<b>{_TIME})")
# what forbids the act in the window, and the act (its first two characters)
_FORBID_RX = re.compile(r"(?:不得|禁止|严禁|不准|停止|暂停)(?:从事|进行|开展|开放)?(?P<act>[\u4e00-\u9fff]{2})")
_EVENING = ("下午", "傍晚", "晚上", "夜间", "夜里")


@dataclass(frozen=True, slots=True)
class Window:
    """A window of the day in minutes from midnight, [start, end), end past 1440 when it runs into the next day."""

    start: int
    end: int
    text: str
    offset: int         # source offset of the window's text
    act: str            # the act forbidden in it (营业)

    def minutes(self) -> set[int]:
        return {m % 1440 for m in range(self.start, self.end, 30)}


def _number(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    if s == "十":
        return 10
    if "十" in s:
        tens, _, units = s.partition("十")
        return (_DIGITS.get(tens, 1) if tens else 1) * 10 + (_DIGITS.get(units, 0) if units else 0)
    return _DIGITS.get(s) if len(s) == 1 else None


def _minute_of_day(t: str) -> int | None:
    """Minutes from midnight of 凌晨2时, 下午三时半, 二十三时, 22:30 (None: not a time of day)."""
    m = re.search(rf"({_HOUR})(?:时|点)(?:整|(\d{{1,2}}|[{_NUM}]{{1,3}})分|(半))?$|(\d{{1,2}})[:：](\d{{2}})$", t)
    if m is None:
        return None
    if m.group(4) is not None:
        hour, minute = int(m.group(4)), int(m.group(5))
    else:
        hour = _number(m.group(1))
        minute = 30 if m.group(3) else (_number(m.group(2)) if m.group(2) else 0)
        if hour is None or minute is None:
            return None
    if any(p in t for p in _EVENING) and hour < 12:
        hour += 12
    if hour > 24 or minute >= 60:
        return None
    return hour * 60 + minute


def forbidden_windows(text: str) -> list[Window]:
    """The windows of the day in which a sentence of ``text`` forbids or stops an act."""
    out = []
    for m in CLOCK_RANGE_RX.finditer(text):
        a, b = _minute_of_day(m.group("a")), _minute_of_day(m.group("b"))
        if a is None or b is None or a == b:
            continue
        s, e = bounds(text, m.start(), SENTENCE_END)
        forbid = _FORBID_RX.search(text, m.end(), e) or _FORBID_RX.search(text, s, m.start())
        if forbid is None:
            continue
        out.append(Window(a, b if b > a else b + 1440, m.group(), m.start(), forbid.group("act")))
    return out


def read_time_of_day(reading: Reading) -> None:
    """A forbidden window of the clause against the upper text's window for the same act, where they overlap:
    widened (the clause forbids more of the day), narrowed (it allows hours the law forbids) or moved."""
    upper = [w for w in forbidden_windows(reading.upper.text)]
    for mine in forbidden_windows(reading.clause.text):
        for theirs in upper:
            if theirs.act != mine.act or not (mine.minutes() & theirs.minutes()):
                continue
            if mine.minutes() == theirs.minutes():
                break
            if mine.minutes() > theirs.minutes():
                case = "widened"
            elif mine.minutes() < theirs.minutes():
                case = "narrowed"
            else:
                case = "moved"
            reading.add("time_of_day", grade("time_of_day", {"case": case}, upper=theirs.text, clause=mine.text),
                        (mine.offset, mine.offset + len(mine.text)), (theirs.offset, theirs.offset + len(theirs.text)))
            break
