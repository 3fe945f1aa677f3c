"""Retrieval of the article a law lays for the kind of measure a clause lays, searched in the law's own words.

A clause lays its measure in the drafter's words (县园林绿化主管部门应当自受理砍伐城市树木申请之日起四十个工作日内作出
是否批准的决定); the text search ranks the articles sharing those words (树木, 砍伐) and misses the article that lays the
measure for every such application (行政许可法 第四十二条: 行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定).
review/tables/measure_kinds.toml names each kind of measure by what a clause must show (its own time limit for a
decision on an application …) and words it as the law does; the search is asked for that wording, and its hits of a
法律/行政法规 that state a measure of that kind themselves are the articles the clause may alter
(engine._UpperReader.norm_hits, read by by_norm_core).

Guard (a general law yields to a special one: 行政许可法 第四十二条 "法律、法规另有规定的，依照其规定"): where an article of
a 法律/行政法规 the clause's own search found states the clause's figure, or lays a time limit for the same act in another
law, the clause restates or follows that law and no general article is read for it (``special_law_holds``).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).parent / "tables" / "measure_kinds.toml"


@dataclass(frozen=True, slots=True)
class MeasureKind:
    name: str
    title: str
    basis: str
    clause: re.Pattern
    query: str


@lru_cache(maxsize=1)
def measure_kinds() -> tuple[MeasureKind, ...]:
    data = tomllib.loads(TABLE.read_text(encoding="utf-8"))
    return tuple(MeasureKind(k["name"], k["title"], k["basis"], re.compile(k["clause"]), k["query"])
                 for k in data.get("kind", []))


def kinds_laid(text: str) -> list[MeasureKind]:
    """The kinds of measure ``text`` lays (its own: not inside the case it opens with, ……的，)."""
    from .norm_slots import OPENING_CASE

    case = OPENING_CASE.match(text)
    own = text[case.end():] if case else text
    return [k for k in measure_kinds() if k.clause.search(own)]


def measure_queries(text: str) -> list[str]:
    """The law's wordings of the measures ``text`` lays (one search each)."""
    return [k.query for k in kinds_laid(text)]


_TIME_FIGURE = re.compile(r"[0-9０-９一二三四五六七八九十百]+个?(?:工作日|日|天|个月|月)(?:内|以内)")


def states_limit(text: str) -> bool:
    """Whether an article's text lays a time limit of its own (二十日内)."""
    return bool(_TIME_FIGURE.search(text or ""))


_DECIDE = re.compile(r"作出[^，。；：]{0,16}决定|决定是否|(?:予以|准予)(?:批准|许可)")


def special_law_holds(clause_text: str, hits, general: set[int], levels, floor: float, compared: int,
                      about=lambda h: True) -> bool:
    """Whether an article of a 法律/行政法规/地方性法规 among the clause's own best ``hits`` (from ``floor``, the first
    ``compared``), on the clause's matter (``about``: engine.same_matter or the law's subject named), states the
    clause's time figure, or — in a law other than the ``general`` works the measure queries found — lays a time limit
    for a decision itself: the clause restates or follows that law, not the general one."""
    from .upper_slots import time_and_money

    mine = time_and_money(clause_text)
    for h in hits[:compared]:
        if h is None or h.level not in levels or (h.score or 0) < floor or not about(h):
            continue
        if mine and mine & time_and_money(h.text):
            return True
        if h.work_id not in general and states_limit(h.text) and _DECIDE.search(h.text):
            return True
    return False
