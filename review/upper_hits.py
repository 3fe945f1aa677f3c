"""Which search hit of the upper-law stage a clause is set against, by its standing among the others (moved out of
review/engine.py, round 43, debt43 — no behaviour change): a weak hit the search singles out (``sole_hit``), and a
rule below the laws yielding to a higher level (``lower_level``, ``level_rank``)."""

from __future__ import annotations

from statutes.model import Provision


SOLE_MARGIN = 20.0   # points every other article of the search stands below a weak hit that it singles out


def sole_hit(found: list[Provision], hit: Provision) -> bool:
    """Whether ``hit`` is the search's best hit and every other hit stands SOLE_MARGIN points below it."""
    if not found or found[0] is not hit:
        return False
    return all((h.score or 0) <= (hit.score or 0) - SOLE_MARGIN for h in found[1:])


def lower_level(hit: Provision, other: Provision) -> bool:
    """Whether ``hit`` is a rule below the laws and administrative regulations (a 部门规章, a local rule) while
    ``other`` is of a higher level (statutes.model.LEVELS): a 行政法规 the clause names still speaks for it (城镇国有土地
    使用权出让和转让暂行条例 for a clause on 土地使用权出让), a 部门规章 does not displace the law it implements."""
    return hit.level not in ("法律", "行政法规") and level_rank(hit.level) > level_rank(other.level)


def level_rank(level: str) -> int:
    """A level's place in statutes.model.LEVELS (法律 first); an unknown level after all of them."""
    from statutes.model import LEVELS

    return LEVELS.index(level) if level in LEVELS else len(LEVELS)
