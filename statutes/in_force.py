"""Whether the corpus holds the text of a work in force on a review date.

A work's version in force on ``as_of`` is its newest version whose 施行 date is not after ``as_of``
(``LawRecord.version_as_of``). When every version the corpus holds takes effect after ``as_of`` there are two cases:

* the work was not yet in force on ``as_of`` (its first text takes effect later): ``NOT_YET``;
* the work was in force, under an earlier text the corpus does not hold (laws.db keeps only the newest text of a
  consolidated law; ``statutes/data/effective_dates.csv`` corrects such texts' 施行 dates to their amendments'
  dates): ``EARLIER_TEXT_MISSING``. Nothing can then be checked against the article as it stood on ``as_of``.

And one case after the newest held text: that text was amended on or before ``as_of`` by a text the corpus does not
hold — its status is 已被修改 since a date and no later version is held (statutes/data/corrections.csv: LawRefBook's
``北京市人口与计划生育条例(2021-11-26).md`` holds the 2016 text; Beijing amended the 条例 on 2021-11-26):
``LATER_TEXT_MISSING``. Nothing can be checked against that text on ``as_of`` either; the search leaves it out from
that date (``statutes.store`` version_spans end there).

Evidence that the work was enacted before its oldest held text (``Enactment``), from the corpus itself:
the text's own history lines name an enactment before its own version date (通过/公布 … 修正/修订), or the corpus
holds a 决定 amending the work (``关于修改《X》的决定``), published no later than that text, or the 施行 date the
source gave the text before effective_dates.csv corrected it is earlier than the text (laws.db dates the newest text
of a consolidated law from an earlier text's 施行 date; the correction keeps that date in its evidence).
One definition, used by the citation check (statutes/citations/verify.py) and the upper-law comparison
(review/governing.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .history import VERSION_EVENTS, parse_history
from .model import LawRecord, VersionInfo

IN_FORCE = "in_force"
NOT_YET = "not_yet"
EARLIER_TEXT_MISSING = "earlier_text_missing"
LATER_TEXT_MISSING = "later_text_missing"
AMENDED = "已被修改"

_AMENDING = re.compile(r"关于修改[《〈]([^《》〈〉]+)[》〉]")
# the date the source gave, in the evidence statutes/snapshot/status.py apply_effective_dates writes ("载为1985-04-01")
_SOURCE_GAVE = re.compile(r"载为(\d{4}-\d{2}-\d{2})")


@dataclass(frozen=True, slots=True)
class Enactment:
    """Evidence that a work existed before its oldest text in the corpus: ``date`` the earliest date known (None
    when only an upper bound is known), ``evidence`` what shows it (Chinese, for the reader)."""

    date: str | None
    evidence: str


@dataclass(frozen=True, slots=True)
class TextOnDate:
    """``state`` of the text of a work on ``as_of`` (IN_FORCE, NOT_YET, EARLIER_TEXT_MISSING); ``version`` the
    version ``version_as_of`` picks (the oldest held one when none is in force yet)."""

    state: str
    version: VersionInfo | None
    enactment: Enactment | None = None


def start(v: VersionInfo) -> str:
    return v.effective_date or v.publish_date or ""


def amended_title(title: str) -> str | None:
    """The work a 修改决定 amends (``全国人民代表大会常务委员会关于修改《中华人民共和国食品安全法》的决定`` ->
    ``中华人民共和国食品安全法``); None for any other title."""
    m = _AMENDING.search(title)
    return m.group(1).strip() if m and title.endswith("决定") else None


def enactment_in_history(history: str | None, version_date: str | None) -> Enactment | None:
    """An enactment before ``version_date`` that a text's own history lines record, else None."""
    if not history:
        return None
    events = [e for e in parse_history(history).events if any(k in VERSION_EVENTS for k in e.kinds)]
    earlier = sorted(e.date for e in events if version_date and e.date < version_date)
    if not earlier:
        return None
    return Enactment(earlier[0], f"该法文本的沿革记载{earlier[0]}已制定")


def enactment_in_correction(effective_source: str | None, version_date: str | None) -> Enactment | None:
    """The work was in force before ``version_date`` when the 施行 date its source gave the text (before
    effective_dates.csv corrected it, ``effective_source``) is earlier than the text itself, else None."""
    m = _SOURCE_GAVE.search(effective_source or "")
    if m is None or not version_date or m.group(1) >= version_date:
        return None
    return Enactment(m.group(1), f"法规库来源载该法此前文本自{m.group(1)}起施行，本文本的施行日期已据修改决定更正")


def text_on(law: LawRecord, as_of: str | None, enactment: Enactment | None = None) -> TextOnDate:
    """The state of ``law``'s text on ``as_of``; ``enactment`` the evidence of an earlier text, if any
    (``Store.enactment``). An enactment dated after ``as_of`` leaves the work NOT_YET."""
    version = law.version_as_of(as_of)
    if superseded_since(version, as_of) is not None:
        return TextOnDate(LATER_TEXT_MISSING, version)
    if version is None or not as_of or start(version) <= as_of or not version.effective_date:
        return TextOnDate(IN_FORCE, version)
    if enactment is not None and (enactment.date is None or enactment.date <= as_of):
        return TextOnDate(EARLIER_TEXT_MISSING, version, enactment)
    return TextOnDate(NOT_YET, version)


def superseded_since(version: VersionInfo | None, as_of: str | None) -> str | None:
    """The day a text the corpus does not hold replaced ``version`` — the version ``version_as_of`` picks, marked
    已被修改 since a date on or before ``as_of`` — else None. (An older held text that a later held one replaced is
    picked only before the later one starts, while its 已被修改 date is still ahead.)"""
    if version is None or not as_of or version.status != AMENDED or not version.status_date:
        return None
    return version.status_date if version.status_date <= as_of else None
