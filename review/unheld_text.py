"""Upper-law comparisons with a text that was not yet in force on the review date, of a law that was in force then
under an earlier text the corpus does not hold (``statutes.in_force.EARLIER_TEXT_MISSING``: 食品安全法 reviewed as of
2025-06-01 — the corpus holds only the text in force from 2025-12-01), or of a held text a later one the corpus does
not hold amended on or before the review date (``LATER_TEXT_MISSING``: 北京市人口与计划生育条例 from 2021-11-26).

The governing laws (review.governing) keep that text, so a clause on its matter is still claimed by it rather than by
the next most similar article of another law; but nothing the text says is held against the clause on that date:
its UPPER-* findings are dropped, the clause counts as not matched (a 设定 finding of its own stands), and the law
provides no measure (review.provided).
"""

from __future__ import annotations

from statutes.in_force import EARLIER_TEXT_MISSING, start, superseded_since, text_on

from .model import Finding


def unheld_works(store, work_ids, as_of: str | None) -> frozenset[int]:
    """Those of ``work_ids`` whose text on ``as_of`` is an earlier one the corpus does not hold."""
    out = set()
    for wid in set(work_ids):
        if wid is None or not as_of:
            continue
        try:
            law = store.work(wid)
        except (KeyError, AttributeError):
            continue
        v = law.version_as_of(as_of)
        if superseded_since(v, as_of) is not None or v is not None and start(v) > as_of and \
                text_on(law, as_of, store.enactment(wid)).state == EARLIER_TEXT_MISSING:
            out.add(wid)
    return frozenset(out)


def _work_of(f: Finding):
    return getattr(f.upper, "work_id", None) if f.upper is not None else None


def without_unheld(upper: list[Finding], matched: dict, laws: list, store,
                   as_of: str | None) -> tuple[list[Finding], dict, list]:
    """``upper`` findings, ``matched`` clauses and governing ``laws`` without those of an unheld text (see above)."""
    ids = [_work_of(f) for f in upper] + [getattr(p, "work_id", None) for p, _ in matched.values() if p is not None] \
        + [law.work_id for law in laws]
    unheld = unheld_works(store, ids, as_of) if hasattr(store, "work") else frozenset()
    if not unheld:
        return upper, matched, laws
    return ([f for f in upper if _work_of(f) not in unheld],
            {i: m for i, m in matched.items() if getattr(m[0], "work_id", None) not in unheld},
            [law for law in laws if law.work_id not in unheld])
