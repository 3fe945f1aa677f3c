"""Times of day: a window of hours in which an act is forbidden (每日凌晨2时至上午8时，娱乐场所不得营业), widened,
narrowed or moved by the clause (零时至上午八时不得营业, 二十三时至次日八时停止营业).

A window is read only in a sentence that forbids or stops an act (不得, 禁止, 停止 … 营业); the clause's window is set
against the upper window of the same act (the two characters after the prohibition agree), and only where the two
windows overlap: a quiet hour at noon beside the law's night hours is another rule, not this one changed.

Round 34 (upper34): a window may also be the hours an act is allowed in (每日营业时间限于8时至24时; 营业时间为上午10时
至次日凌晨3时), or an allowed time put later (营业时间可以延长至次日凌晨2时). The hours a law allows for an act forbid the
rest of the day; a clause allowing any hour the law forbids for the same act narrows the law's prohibition, whichever way
either text words it. A clause allowing fewer hours, or putting its hours later only up to where the law's prohibition
starts (延长至凌晨2时 beside 凌晨2时至上午8时不得营业), allows nothing the law forbids.
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


# the hours an act is allowed in: the act's 时间 (营业时间, 开放时间) and a range after it (为, 限于, 自); or an allowed time
# put later (营业时间可以延长至次日凌晨2时)
_ALLOWED_RX = re.compile(r"(?P<act>营业|开放)时间(?:一般|每日|每天)?(?:为|限于|是|自|从)?$")
_ALL_DAY_RX = re.compile(r"(?:24|二十四)小时(?:不间断|连续)?(?P<act>营业|开放)")
_LATER_RX = re.compile(rf"(?P<act>营业|开放)时间[^，。；]{{0,8}}?(?P<said>(?:延长|延至|推迟|顺延)(?:至|到)?\s*(?P<t>{_TIME}))")
DAY = 1440


@dataclass(frozen=True, slots=True)
class Window:
    """A window of the day in minutes from midnight, [start, end), end past 1440 when it runs into the next day."""

    start: int
    end: int
    text: str
    offset: int         # source offset of the window's text
    act: str            # the act forbidden in it (营业)
    holder: str = ""    # the words of its sentence naming whose act it is (娱乐场所, 互联网上网服务营业场所)

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
        out.append(Window(a, b if b > a else b + 1440, m.group(), m.start(), forbid.group("act"),
                          text[s:m.start()] + "|" + text[m.end():forbid.start()]))
    return out


def allowed_windows(text: str, upper_allowed: list[Window] | None = None) -> list[Window]:
    """The windows of the day in which ``text`` allows an act (its 营业时间为/限于 A至B); and each allowed time put later
    (营业时间可以延长至次日凌晨2时) as the window from the end of the allowed window of the same act in ``upper_allowed``
    (the law's hours, which the clause extends) — or from the end of the text's own window — to that time."""
    out = []
    for m in CLOCK_RANGE_RX.finditer(text):
        a, b = _minute_of_day(m.group("a")), _minute_of_day(m.group("b"))
        said = _ALLOWED_RX.search(text[max(0, m.start() - 12):m.start()])
        if a is None or b is None or a == b or said is None:
            continue
        s, _ = bounds(text, m.start(), SENTENCE_END)
        out.append(Window(a, b if b > a else b + DAY, m.group(), m.start(), said.group("act"), text[s:m.start()]))
    for m in _ALL_DAY_RX.finditer(text):     # (round 34, lead: 实行24小时营业 — the whole day allowed)
        s, _ = bounds(text, m.start(), SENTENCE_END)
        out.append(Window(0, DAY, m.group(), m.start(), m.group("act"), text[s:m.start()]))
    for m in _LATER_RX.finditer(text):
        t = _minute_of_day(m.group("t"))
        base = [w for w in [*out, *(upper_allowed or [])] if w.act == m.group("act")]
        if t is None:
            continue
        if not base:    # (round 34, lead: no allowed window to extend — the law forbids a window instead, 每日凌晨2时至
            #             上午8时不得营业 — so the act is allowed at least in the half hour before the later time)
            s, _ = bounds(text, m.start(), SENTENCE_END)
            out.append(Window((t - 30) % DAY, (t - 30) % DAY + 30, m.group("said"), m.start("said"), m.group("act"),
                              text[s:m.start("said")]))
            continue
        start = base[0].end
        end = t if t > start % DAY else t + DAY
        end = end + (start // DAY) * DAY if end < start else end
        if end > start:
            s, _ = bounds(text, m.start(), SENTENCE_END)
            out.append(Window(start, end, m.group("said"), m.start("said"), m.group("act"), text[s:m.start("said")]))
    return out


def same_holder(mine: Window, theirs: Window) -> bool:
    """Whether two windows are the hours of one kind of place or business: their holders name one kind (a concept of
    compare.place_kind both name: 网吧 is the 互联网上网服务营业场所) or share a content pair beyond the words every
    holder of hours has (营业, 场所, 经营, 单位: 歌舞娱乐场所 and 娱乐场所 share 娱乐; 互联网上网服务营业场所 and
    歌舞娱乐场所 only 场所)."""
    from .matter import content_bigrams
    from .vocabulary import PLACE_KIND_RX

    kinds = [{m.lastgroup for m in PLACE_KIND_RX.finditer(w.holder)} for w in (mine, theirs)]
    if kinds[0] and kinds[1]:
        return bool(kinds[0] & kinds[1])
    pairs = [content_bigrams(_HOLDER_NOISE.sub("|", w.holder)) for w in (mine, theirs)]
    return bool(pairs[0] & pairs[1])


# the words any holder of hours of the day may have around it: the measure, the day, the place of the document
_HOLDER_NOISE = re.compile(r"营业|场所|业场|经营|单位|时间|每日|每天|本县|本市|本区|本镇|县城|城区|规划区|区域|范围|以外|以内|"
                           r"期间|节假日|法定|春节|国庆|行政|全县|辖区|[\d０-９]")


def hours_acts(text: str) -> set[str]:
    """The acts ``text`` sets hours of the day for: forbidden or allowed in a window, or allowed until a time put later."""
    return {w.act for w in [*forbidden_windows(text), *allowed_windows(text)]} | \
        {m.group("act") for m in _LATER_RX.finditer(text) if _minute_of_day(m.group("t")) is not None}


def forbidden_minutes(text: str, act: str, holder: Window | None = None) -> set[int]:
    """The half hours of the day ``text`` forbids ``act`` in (of ``holder``'s kind of place, where given): its
    forbidden windows, and the hours outside its allowed windows where it states any."""
    def kept(w: Window) -> bool:
        return w.act == act and (holder is None or same_holder(holder, w))

    out = set().union(*(w.minutes() for w in forbidden_windows(text) if kept(w)))
    allowed = [w for w in allowed_windows(text) if kept(w)]
    if allowed:
        out |= set(range(0, DAY, 30)) - set().union(*(w.minutes() for w in allowed))
    return out


def read_allowed_hours(reading: Reading) -> None:
    """An allowed window of the clause (or an allowed time put later) holding hours the upper text forbids for the same
    act (see the module docstring): the law's prohibition narrowed."""
    upper_allowed = allowed_windows(reading.upper.text)
    for mine in allowed_windows(reading.clause.text, upper_allowed):
        forbidden = forbidden_minutes(reading.upper.text, mine.act, mine)
        if not forbidden or not (mine.minutes() & forbidden):
            continue
        theirs = next((w for w in [*forbidden_windows(reading.upper.text), *upper_allowed]
                       if w.act == mine.act and same_holder(mine, w)), None)
        if theirs is None:
            continue
        reading.add("time_of_day", grade("time_of_day", {"case": "allowed_forbidden"}, upper=theirs.text,
                                         clause=mine.text),
                    (mine.offset, mine.offset + len(mine.text)), (theirs.offset, theirs.offset + len(theirs.text)))
        return


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
    read_allowed_hours(reading)
