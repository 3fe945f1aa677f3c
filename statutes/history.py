"""The history lines of a statute ("2003年8月8日 中华人民共和国国务院令第387号公布").

Pure functions. A history is read as a sequence of *events*: each date starts one, and the text up to the
next date says what happened (通过, 批准, 公布/发布, 修正, 修订, 施行). Events may share a line
("…第一次修正根据2020年3月10日…通过") or be broken over lines ("2014年9月26\\n日…批准").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dates import find_dates
from .numerals import fullwidth_to_ascii

VERSION_EVENTS = ("通过", "批准", "公布", "发布", "修正", "修订")
EFFECTIVE_EVENT = "施行"


@dataclass(frozen=True, slots=True)
class HistoryEvent:
    """One dated event: ``kinds`` are the event words found (通过, 公布, 修正, 施行, …), ``text`` what the line says."""

    date: str
    kinds: tuple[str, ...]
    text: str


@dataclass(frozen=True, slots=True)
class History:
    """What a statute's history lines say.

    ``version_date`` is the latest 通过/批准/公布/发布/修正/修订 date — the date of the text as it stands;
    ``effective_date`` the latest 施行 date (or the version date for "公布之日施行").
    """

    events: tuple[HistoryEvent, ...] = ()
    version_date: str | None = None
    effective_date: str | None = None
    issuer: str | None = None
    doc_number: str | None = None


_BOOK = re.compile(r"《[^《》]*》|〈[^〈〉]*〉|<[^<>]*>")
_BROKEN_DAY = re.compile(r"(\d{4}年\d{1,2}月\d{1,2})\s*\n\s*(日)")
_ORDER = re.compile(r"((?:中华人民共和国)?[\u4e00-\u9fff]{1,20}?令)\s*(?:第\s*)?([0-9]+)\s*号")
_DOC_NO = re.compile(r"([\u4e00-\u9fff]{1,12})\s*[〔\[［【(（]\s*(\d{4})\s*[〕\]］】)）]\s*(?:第\s*)?(\d+)\s*号")
_MEETING = re.compile(r"第[^届次]{1,8}届|第[^次届]{1,10}次(?:全体|常务)?会议|审判委员会|检察委员会|全体会议|常务会议|会议|"
                      r"^(?:根据|经)|[（）()\s]")
_TRAILER = re.compile(r"[，,；;、（(\s]*(?:根据|自)?[，,（(\s]*$")
_SAME_DAY = re.compile(r"(?:公布|发布)之日(?:起)?施行")


def _strip_books(text: str) -> str:
    prev = None
    while prev != text:
        prev, text = text, _BOOK.sub("", text)
    return text


def _kinds(segment: str) -> tuple[str, ...]:
    bare = _strip_books(segment)
    return tuple(k for k in (*VERSION_EVENTS, EFFECTIVE_EVENT) if k in bare)


def history_events(text: str) -> tuple[HistoryEvent, ...]:
    """The dated events of a history block (any number of lines)."""
    text = fullwidth_to_ascii(_BROKEN_DAY.sub(r"\1\2", text))
    books = [m.span() for m in re.finditer(r"《[^《》]*》", text)]
    dates = [d for d in find_dates(text) if not any(s <= d[0] < e for s, e in books)]
    out = []
    for i, (start, end, iso) in enumerate(dates):
        stop = dates[i + 1][0] if i + 1 < len(dates) else len(text)
        segment = text[end:stop].strip()
        segment = _TRAILER.sub("", segment)
        kinds = _kinds(_SAME_DAY.sub("", segment))
        if not kinds:
            continue  # a date mentioned in passing
        out.append(HistoryEvent(iso, kinds, segment))
    return tuple(out)


def _issuer_from(segment: str) -> str | None:
    bare = _strip_books(segment)
    m = _ORDER.search(bare)
    if m:
        return m.group(1).removeprefix("中华人民共和国").removesuffix("令") or None
    for kw in ("公告公布", "公告发布", "公布", "发布", "通过", "批准"):
        if kw in bare:
            body = bare.split(kw, 1)[0]
            body = re.split(r"第[^次届]{1,10}次", body)[0]
            body = re.sub(r"的?(?:决定)?$", "", _MEETING.sub("", body))
            body = body.removeprefix("中华人民共和国")
            if 2 <= len(body) <= 40 and not re.search(r"[，。；：,\d]", body):
                return body
            return None
    return None


def _blank_dates(text: str) -> str:
    for start, end, _ in reversed(find_dates(text)):
        text = text[:start] + " " + text[end:]
    return text


def doc_number_in(text: str) -> str | None:
    """The LAST 发文字号 in ``text`` (the newest version's): 国务院令第804号, 法释〔2021〕11号, 劳社部发〔2008〕3号.

    An order number (X令第N号) wins over a bracketed number; brackets are normalised to 〔〕.
    """
    text = _blank_dates(fullwidth_to_ascii(text))
    orders = list(_ORDER.finditer(text))
    if orders:
        m = orders[-1]
        return f"{m.group(1).removeprefix('中华人民共和国')}第{m.group(2)}号"
    numbers = list(_DOC_NO.finditer(text))
    if numbers:
        m = numbers[-1]
        prefix = re.split(r"文件|印发|发布|公布", m.group(1))[-1][-8:]
        return f"{prefix}〔{m.group(2)}〕{m.group(3)}号" if prefix else None
    return None


def parse_history(lines: list[str] | tuple[str, ...] | str) -> History:
    """Read history lines (LawRefBook info header or a "（…通过 …公布）" note) into a History. Never raises."""
    text = lines if isinstance(lines, str) else "\n".join(lines)
    events = history_events(text)
    version = [e for e in events if any(k in VERSION_EVENTS for k in e.kinds)]
    effective = [e for e in events if EFFECTIVE_EVENT in e.kinds]
    version_date = max((e.date for e in version), default=None)
    effective_date = max((e.date for e in effective), default=None)
    published = [e for e in version if "公布" in e.kinds or "发布" in e.kinds]
    if effective_date is None and _SAME_DAY.search(text):
        effective_date = max((e.date for e in published), default=version_date)
    issuer = None
    for e in (published[::-1] + [e for e in version if "通过" in e.kinds][:1]):
        issuer = _issuer_from(e.text)
        if issuer:
            break
    return History(events, version_date, effective_date, issuer, doc_number_in(_strip_books(text)))
