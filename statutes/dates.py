"""The one date grammar: how a Chinese legal text writes a day (or a month), read into ISO and checked against
the calendar. Every module that reads a date reads it here: a statute's history lines, a document's 落款 and
validity clause, the cleanup's validity arithmetic, ``--as-of``.

Written dates: 2003年7月30日, 二〇〇三年七月三十日, 2003 年 7 月 30 日 (letter-spaced), ２００３年７月３０日 (full-width),
2003年7月 (a month); numeric dates: 2003.7.30, 2003-07-30, 2003/7/30 (one separator, not inside a longer number).
The calendar decides what is a day: 2023年2月30日 has a date's shape but is no date (``DateMention.iso`` is None).

Partial ISO dates ("2018", "2018-05", "2018-05-03", as documents carry them) have an earliest and a latest day:
``earliest_day`` and ``latest_day``. ``cn_date`` writes a day back in Chinese. Pure functions.
"""

from __future__ import annotations

import functools
import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date

from .numerals import CN_DIGITS, cn_to_int, fullwidth_to_ascii

WRITTEN, NUMERIC = "written", "numeric"

_NUM = rf"(?:\d{{1,4}}|[{CN_DIGITS}十]{{1,4}})"
# 2003年7月30日 / 二〇〇三年七月三十日 / 2003年7月 (day optional)
_WRITTEN = re.compile(rf"(\d{{4}}|[{CN_DIGITS}]{{4}})\s*年\s*({_NUM})\s*月(?:\s*({_NUM})\s*日)?")
# 2003.7.30 / 2003-07-30 / 2003/7/30 (not inside a longer number)
_NUMERIC = re.compile(r"(?<![\d.])(\d{4})([.\-/])(\d{1,2})\2(\d{1,2})(?![\d.])")
_PARTIAL_ISO = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True, slots=True)
class DateMention:
    """A span of text written as a date. ``iso`` is YYYY-MM-DD (YYYY-MM when no day is written), None when the
    calendar has no such day; ``style`` is WRITTEN (年月日) or NUMERIC (2003.7.30); ``has_day``: a day is written
    (2003年7月30日, not 2003年7月), whether or not the calendar has it."""

    start: int
    end: int
    iso: str | None
    style: str
    has_day: bool


def _ymd(y: str, m: str, d: str | None) -> str | None:
    year, month = cn_to_int(y), cn_to_int(m)
    day = cn_to_int(d) if d else None
    if year is None or month is None or not (1000 <= year <= 2999 and 1 <= month <= 12):
        return None
    if d is None:
        return f"{year:04d}-{month:02d}"
    try:
        return date(year, month, day).isoformat()   # the calendar decides: 2023年2月30日 is no date
    except (TypeError, ValueError):
        return None


_MEMO_LEN = 200        # lines up to this long are memoised: a clause splitter asks about each line three or four times


def mentions(text: str) -> list[DateMention]:
    """Every span of ``text`` written as a date, in order, including the ones the calendar refuses (iso None).
    Offsets are ``text``'s own (full-width digits are read as ASCII, one character for one)."""
    return list(_line_mentions(text) if len(text) <= _MEMO_LEN else _scan(text))


@functools.lru_cache(maxsize=8192)
def _line_mentions(text: str) -> tuple[DateMention, ...]:
    return _scan(text)


def _scan(text: str) -> tuple[DateMention, ...]:
    text = fullwidth_to_ascii(text)
    out = [DateMention(m.start(), m.end(), _ymd(m.group(1), m.group(2), m.group(3)), WRITTEN, m.group(3) is not None)
           for m in _WRITTEN.finditer(text)]
    for m in _NUMERIC.finditer(text):
        if not any(w.start <= m.start() < w.end for w in out):
            out.append(DateMention(m.start(), m.end(), _ymd(m.group(1), m.group(3), m.group(4)), NUMERIC, True))
    return tuple(sorted(out, key=lambda d: (d.start, d.end)))


def find_dates(text: str) -> list[tuple[int, int, str]]:
    """Every date in ``text`` as (start, end, iso) in order; iso is YYYY-MM-DD or YYYY-MM. Spans the calendar
    refuses are left out."""
    return [(d.start, d.end, d.iso) for d in mentions(text) if d.iso]


def first_date(text: str) -> str:
    """The first date in ``text`` as ISO, "" when there is none: "自二〇一六年三月一日起施行" -> "2016-03-01"."""
    found = find_dates(text)
    return found[0][2] if found else ""


def parse_cn_date(text: str) -> str | None:
    """A string that is one date -> ISO: "2003年7月30日" -> "2003-07-30", "2003年7月" -> "2003-07".

    Accepts Chinese numerals (二〇〇三年七月三十日), full-width digits, 2003.7.30, 2003-07-30, 2003/7/30.
    Returns None for anything else (including text around the date, and a day the calendar does not have).
    """
    d = whole_date(text)
    return d.iso if d else None


def whole_date(text: str) -> DateMention | None:
    """The mention that ``text`` (stripped) consists of, None when it is not exactly one date-shaped span."""
    s = text.strip()
    found = mentions(s)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(s):
        return found[0]
    return None


def _partial(iso: str | None):
    m = _PARTIAL_ISO.fullmatch((iso or "")[:10])
    if not m:
        return None
    return int(m.group(1)), m.group(2) and int(m.group(2)), m.group(3) and int(m.group(3))


def earliest_day(iso: str | None) -> date | None:
    """The first day a partial ISO date can mean: "2018" -> 2018-01-01, "2018-05" -> 2018-05-01; None when it
    is no date (2023-02-30, "", "明天")."""
    parts = _partial(iso)
    if parts is None:
        return None
    y, m, d = parts
    try:
        return date(y, m or 1, d or 1)
    except ValueError:
        return None


def latest_day(iso: str | None) -> date | None:
    """The last day a partial ISO date can mean: "2016" -> 2016-12-31, "2016-04" -> 2016-04-30 (an uncertain
    date never makes a document lapse early); None when it is no date."""
    parts = _partial(iso)
    if parts is None:
        return None
    y, m, d = parts
    try:
        if d:
            return date(y, m, d)
        return last_day_of_month(y, m) if m else date(y, 12, 31)
    except ValueError:
        return None


def last_day_of_month(year: int, month: int) -> date:
    return date(year, month, monthrange(year, month)[1])


def cn_date(iso: str) -> str:
    """2018-05-03 -> 2018年5月3日 (anything that is not a full ISO day is returned as it is)."""
    parts = (iso or "").split("-")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        return f"{int(parts[0])}年{int(parts[1])}月{int(parts[2])}日"
    return iso
