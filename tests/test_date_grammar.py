"""The one date grammar (statutes/dates.py): what is written as a date, what the calendar accepts, partial
dates' earliest and latest days. One commented row per behaviour; every module that reads a date reads it here
(statute histories, a document's 落款 and validity clause, the cleanup's validity arithmetic, --as-of)."""

from __future__ import annotations

from datetime import date

import pytest

from statutes.dates import (NUMERIC, WRITTEN, cn_date, earliest_day, find_dates, first_date, latest_day, mentions,
                            parse_cn_date)

# -- one string that is one date ------------------------------------------------------------------------
@pytest.mark.parametrize("text, iso", [
    ("2003年7月30日", "2003-07-30"),          # Arabic
    ("二〇〇三年七月三十日", "2003-07-30"),    # Chinese numerals with 〇
    ("二○○一年十二月十四日", "2001-12-14"),    # with ○ (U+25CB) as in Word documents
    ("二〇二四年一月三十一日", "2024-01-31"),
    ("２００３年７月３０日", "2003-07-30"),    # full-width digits
    (" 2003年 7月 30日 ", "2003-07-30"),       # stray and letter-spacing spaces (PDF layouts)
    ("2003.7.30", "2003-07-30"),             # dotted
    ("2003-07-30", "2003-07-30"),            # ISO
    ("2003/7/30", "2003-07-30"),             # slashed
    ("2003年7月", "2003-07"),                 # a month is a date of its own
    ("二〇〇三年七月", "2003-07"),
    ("2024年2月29日", "2024-02-29"),          # a leap day
    ("2000年2月29日", "2000-02-29"),          # 2000 is a leap year (divisible by 400)
    ("2023年2月29日", None),                  # the calendar decides: no leap day in 2023
    ("1900年2月29日", None),                  # nor in 1900 (divisible by 100)
    ("2023-02-30", None),                    # no 30 February
    ("2023年4月31日", None),                  # April has 30 days
    ("2023年13月1日", None),                  # no month 13
    ("2023年0月1日", None),                   # nor month 0
    ("2023年1月0日", None),                   # nor day 0
    ("2023-13-01", None),
    ("2003.7-30", None),                     # mixed separators: not a date
    ("2003年7月30日通过", None),              # not only a date
    ("第387号", None),                        # not a date
    ("明天", None),
    ("", None),
])
def test_parse_cn_date(text, iso):
    assert parse_cn_date(text) == iso


# -- dates inside text ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, found", [
    # (start, end, iso, style, has_day) of every date-shaped span, in order
    ("甲2003年7月30日乙2004.1.2", [(1, 11, "2003-07-30", WRITTEN, True), (12, 20, "2004-01-02", NUMERIC, True)]),
    # a day the calendar does not have is still a mention (a validity clause that names it says "cannot tell")
    ("2023年2月30日起施行", [(0, 10, None, WRITTEN, True)]),
    ("有效期至2025年12月。", [(4, 12, "2025-12", WRITTEN, False)]),
    # numbers that only look like dates: a version (1.2.3.4), a 文号, a phone number
    ("版本1.2.3.4，深府〔2016〕3号，电话0755-8812-3456", []),
    ("20031.7.30", []),                                      # inside a longer number
    ("发布时间：2016-03-01 10:22", [(5, 15, "2016-03-01", NUMERIC, True)]),
    ("二〇一六年三月一日印发", [(0, 9, "2016-03-01", WRITTEN, True)]),
])
def test_mentions(text, found):
    assert [(d.start, d.end, d.iso, d.style, d.has_day) for d in mentions(text)] == found


def test_find_dates_keeps_only_days_the_calendar_has():
    assert find_dates("2023年2月30日起施行，2023年3月1日公布") == [(14, 23, "2023-03-01")]
    assert find_dates("甲2003年7月30日乙2004.1.2") == [(1, 11, "2003-07-30"), (12, 20, "2004-01-02")]


def test_offsets_are_the_texts_own_with_full_width_digits():
    text = "自２０１６年４月１５日起施行"
    (start, end, iso), = find_dates(text)
    assert text[start:end] == "２０１６年４月１５日" and iso == "2016-04-15"


@pytest.mark.parametrize("text, iso", [
    ("本办法自二〇一六年三月一日起施行，2018年1月1日废止", "2016-03-01"),   # the first one
    ("2016年2月30日印发，2016年3月1日施行", "2016-03-01"),                # the first the calendar has
    ("没有日期", ""),
])
def test_first_date(text, iso):
    assert first_date(text) == iso


# -- partial ISO dates ----------------------------------------------------------------------------------
@pytest.mark.parametrize("iso, earliest, latest", [
    ("2016-04-15", date(2016, 4, 15), date(2016, 4, 15)),
    ("2016-04", date(2016, 4, 1), date(2016, 4, 30)),       # a month: its first and its last day
    ("2016-02", date(2016, 2, 1), date(2016, 2, 29)),       # a leap February
    ("2016", date(2016, 1, 1), date(2016, 12, 31)),         # a year
    ("2016-04-15T08:00", date(2016, 4, 15), date(2016, 4, 15)),   # a time is ignored
    ("2023-02-30", None, None),                             # no such day
    ("2023-13", None, None),
    ("", None, None),
    (None, None, None),
    ("明天", None, None),
])
def test_earliest_and_latest_day(iso, earliest, latest):
    assert (earliest_day(iso), latest_day(iso)) == (earliest, latest)


@pytest.mark.parametrize("iso, written", [
    ("2018-05-03", "2018年5月3日"),
    ("2018-05", "2018-05"),          # not a full day: as it is
    ("", ""),
])
def test_cn_date(iso, written):
    assert cn_date(iso) == written
