"""A bar for a period made lifelong: the article bars a person from an act for so long (自处罚决定作出之日起5年内不得从事,
十年内不得担任) and the clause bars the same act for life (终身不得从事, 永久不得担任): a sanction past the law's longest,
read as a sanction period lengthened (grading.toml [[time_limit]] limit = "sanction"; round 30, upperK30)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .grading import grade
from .matter import cjk_pairs

if TYPE_CHECKING:
    from .reading import Reading

PERIOD_BAR_RX = re.compile(r"(?P<period>[一二三四五六七八九十\d]{1,3}年)内(?:不得|禁止|不准)(?P<act>[^，。；]{2,16})")
LIFE_BAR_RX = re.compile(r"(?P<period>终身|永久|永远)(?:不得|禁止|不准)(?P<act>[^，。；]{2,16})")


def read_lifelong_bar(reading: Reading) -> None:
    clause, upper = reading.clause.text, reading.upper.text
    bars = list(PERIOD_BAR_RX.finditer(upper))
    if not bars:
        return
    own = list(LIFE_BAR_RX.finditer(upper))
    for mine in LIFE_BAR_RX.finditer(clause):
        case = cjk_pairs(_case(clause, mine.start()))
        for theirs in bars:
            if not cjk_pairs(mine.group("act")) & cjk_pairs(theirs.group("act")):
                continue
            near = len(case & cjk_pairs(_case(upper, theirs.start())))
            # (the article's own lifelong bar of that act for a case the clause's is closer to: 受到刑事处罚的人员，终身
            # 不得从事…… restated, not 受到治安管理处罚的人员's 五年内 lengthened)
            if any(cjk_pairs(mine.group("act")) & cjk_pairs(o.group("act"))
                   and len(case & cjk_pairs(_case(upper, o.start()))) >= near for o in own):
                continue
            reading.add("time_limit", grade("time_limit", {"limit": "sanction", "direction": "longer"},
                                            upper=theirs.group("period") + "内", clause=mine.group("period")),
                        mine.span("period"), theirs.span("period"))
            return


def _case(text: str, at: int) -> str:
    """The words before the bar at ``at`` back to the sentence's start (；。): the case it is laid for."""
    start = max(text.rfind(c, 0, at) for c in "；。;\n") + 1
    return text[start:at]
