"""The upper-law path of retrieval by the norm's slots (review.norm_slots): a clause that lays a norm itself, stating a
slot (a time limit, an amount, a count, a charge), compared with the articles whose own norm does the same act on the
same object with a slot of the same kind — found whatever the text search ranked them (婚姻登记条例 第十条 at score 33
under 民法典's articles for 于五个工作日内办理结婚登记并颁发结婚证).

Such an article is compared under no text floor, so only what the clause's own slot shows counts: a change of the
kind of the slot the clause states (a time limit for a time, an amount for an amount; a charge where the article
makes the act free), which a clause in its own words can show on its own (engine.sure_changes: grading.toml [sure]),
on the same matter (engine.same_matter), aligned with the article's unit at SLOT_MIN_SIMILARITY — the lower floor
only this path has, because the article was found by what its norm does, not by the clause's words. Called by
engine._UpperReader.by_slots after every other path found nothing and the clause was not found restating an article
unaltered.
"""

from __future__ import annotations

import re

from .norm_slots import candidates, clause_norm


SLOT_MIN_SIMILARITY = 0.15   # share of the clause aligned with the article's unit (engine.CORE_MIN_SIMILARITY: 0.25)

# the change kinds each slot kind shows (review.compare: time_limits, amounts, free_service)
SLOT_CHANGES = {"time": ("time_limit",), "count": ("time_limit",), "amount": ("amount",),
                "charge": ("scope_changed",), "bearer": ("scope_changed",)}
# a charge change is the one the free-service reader makes (a free act charged), not any widened scope
_CHARGED = "负担费用"


# an article that lets a local government lengthen or set its limit (居住证暂行条例 第九条: 设区的市级以上地方人民政府
# ……可以对制作发放时限作出延长规定，但延长后最长不得超过30日): a longer local limit is no sure change on this path
LIMIT_LEEWAY = re.compile(r"可以[^。；]{0,40}?(?:延长|作出[^。；]{0,6}?规定|另行规定)")


def time_and_money(text: str) -> set[tuple[str, float | None, float | None]]:
    """The durations and sums ``text`` states, as (dimension, low, high): the figures a time limit or a fine compares."""
    from .quantities import find_quantities

    return {(q.dim, q.lo, q.hi) for q in find_quantities(text) if q.dim in ("duration", "money")}


def _shows(change, kinds: set[str]) -> bool:
    if change.kind not in kinds:
        return False
    return change.kind != "scope_changed" or _CHARGED in (change.message or "")


def slot_candidates(reader, clause, probe: str):
    """(the clause's norm, the articles its slots find among the laws it may be read against, best first), or
    (None, []) where the clause lays no norm with a slot. Used by slot_finding and by bench/retrieval_audit.py."""
    from statutes.model import Provision

    from .engine import VOTE_MIN_SCORE, item_with_lead, names_law_subject, without_label

    if not hasattr(reader.store, "conn"):
        return None, []
    bare = without_label(probe)
    norm = clause_norm(bare)
    if norm is None:
        return None, []
    said = item_with_lead(clause, probe)
    hits = reader.searched.get(probe) or []
    # the laws the clause may be read against: those the text search reached for it (its matter's laws, a hit at
    # VOTE_MIN_SCORE) and the laws whose subject it names — the slot index picks the article among them, not the law
    # (else 四十个工作日内作出是否批准的决定 on felling trees meets 病原微生物实验室生物安全管理条例's 15日内)
    rank_of: dict[int, int] = {}
    for i, h in enumerate(hits):
        if (h.score or 0) >= VOTE_MIN_SCORE:
            rank_of.setdefault(h.work_id, i)

    named: dict[int, bool] = {}

    def names(work_id: int) -> bool:
        if work_id not in named:
            w = reader.status.work(work_id)
            named[work_id] = w is not None and names_law_subject(said, Provision(
                law=w.title, level=w.level, status="", version_date=None, article=0, article_sub=0, paragraph=None,
                item=None, text="", work_id=work_id))
        return named[work_id]

    def may_read(work_id: int) -> bool:
        return work_id in rank_of or names(work_id)

    found = candidates(reader.store, norm, bare, reader.opts.as_of, works=may_read)
    return norm, [reader.store.provision(c.version_id, c.article, c.article_sub) for c in found]


def slot_finding(reader, clause, probe: str):
    """The UPPER-ALTERED finding of ``probe`` against an article found by its norm's slots, or None."""
    from .compare.matter import names_other_certificate

    from .engine import (altered_finding, cites_another, modal_elsewhere, UPPER_COMPARED, quoted, same_matter,
                         sure_changes, without_label)

    norm, uppers = slot_candidates(reader, clause, probe)
    if norm is None:
        return None
    bare = without_label(probe)
    kinds = {k for s in norm.slots for k in SLOT_CHANGES.get(s, ())}
    opts = reader.opts
    hits = reader.searched.get(probe) or []
    # a figure of the clause that an article found for it states as its own (2小时内 of 突发公共卫生事件应急条例
    # 第十九条 beside 传染病防治法's 立即): the clause restates that article — no other is altered by it
    mine = time_and_money(bare)
    if mine and any(u is not None and mine & time_and_money(u.text) for u in [*uppers, *hits[:UPPER_COMPARED]]):
        return None
    for upper in uppers:
        if upper is None or reader.status.dead(upper, opts.as_of) or names_other_certificate(bare, upper.text) \
                or cites_another(clause.text, upper):
            continue
        cmp, unit = reader.compare_with(clause, probe, upper)
        if cmp.similarity < SLOT_MIN_SIMILARITY or not same_matter(bare, unit.text):
            continue
        leeway = bool(LIMIT_LEEWAY.search(upper.text))
        changes = [c for c in sure_changes(probe, unit.text, cmp, clause.header)
                   if _shows(c, kinds) and not quoted(probe, c) and not (leeway and c.kind == "time_limit")
                   and not modal_elsewhere(c, probe, unit.text, upper, reader.store, opts.as_of)]
        if not changes:
            return None     # the best article the clause restates shows nothing: no other is tried for a change
        where = f"《{upper.law}》{upper.article_label}{unit.label}"
        return altered_finding(clause, probe, upper, where, cmp, changes, f"该条款复述{where}")
    return None
