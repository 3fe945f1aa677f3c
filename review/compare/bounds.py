"""The bound a figure states: a cap (不超过, 最长, 最高年限……：), a floor (不少于, 至少, 最低保修期限为：) or none.

A figure carries its bound in its own words (不超过三年, 5年以上: ``Quantity.mode``), in the words of its phrase before
it (履约保证金的数额不得超过……的10%) or, in an item, in the lead-in that introduces the list (建设工程的最低保修期限为：
（二）屋面防水工程……为5年; 土地使用权出让最高年限按下列用途确定：（四）商业、旅游、娱乐用地四十年). Which way a clause may move
the figure depends on it: under a floor more is within the law, under a cap less is.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..quantities import Quantity
from .phrases import PHRASE_END, bounds

CAP, FLOOR = "cap", "floor"

CAP_BEFORE = re.compile(r"(?:不得超过|不超过|最高不得超过|最高|至多|最多|最长)[^，。；、]{0,16}$")
FLOOR_BEFORE = re.compile(r"(?:不得低于|不低于|至少|最低|不少于|不得少于|最短)[^，。；、]{0,16}$")
# the lead-in line of a list (……最低保修期限为：) and the items up to the figure's own (its line, to the figure)
ITEM_LEAD_IN = re.compile(r"([^\n]*)[：:][ \t]*\n(?:[ \t]*[（(][一二三四五六七八九十\d]+[)）][^\n]*\n)*"
                          r"[ \t]*[（(][一二三四五六七八九十\d]+[)）][^\n]*$")
_LEAD_CAP = re.compile(r"最高|最长|最多|不得超过|不超过|上限")
_LEAD_FLOOR = re.compile(r"最低|最短|最少|不得少于|不少于|不得低于|不低于|下限")


def bound_words(text: str, q: Quantity) -> str | None:
    """The bound the words before a figure state (its phrase, else the lead-in of the item it stands in): CAP, FLOOR
    or None, whatever the figure's own words."""
    s, _ = bounds(text, q.start, PHRASE_END)
    before = text[s:q.start]
    if CAP_BEFORE.search(before):
        return CAP
    if FLOOR_BEFORE.search(before):
        return FLOOR
    lead = ITEM_LEAD_IN.search(text, 0, q.start)
    if lead is None:
        return None
    words = lead.group(1)
    cap, floor = bool(_LEAD_CAP.search(words)), bool(_LEAD_FLOOR.search(words))
    return CAP if cap and not floor else FLOOR if floor and not cap else None


_CEILING = re.compile(r"最高|最长")


def ceiling(text: str, q: Quantity) -> bool:
    """Whether a cap is the longest or highest a grant may go (土地使用权出让最高年限, 海域使用权最高期限, 最长不得
    超过): a ceiling the one who grants fills in, not a limit on a period someone may use."""
    s, _ = bounds(text, q.start, PHRASE_END)
    if _CEILING.search(text[s:q.end]):
        return True
    lead = ITEM_LEAD_IN.search(text, 0, q.start)
    return lead is not None and bool(_CEILING.search(lead.group(1)))


def with_bound(text: str, q: Quantity) -> Quantity:
    """A figure written as one number read as the cap or floor the words before it state (``bound_words``)."""
    if q.mode != "fixed":
        return q
    bound = bound_words(text, q)
    if bound == CAP:
        return replace(q, lo=None, mode="max", lo_text="")
    if bound == FLOOR:
        return replace(q, hi=None, mode="min", hi_text="")
    return q
