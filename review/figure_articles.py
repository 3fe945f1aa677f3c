"""The article of a law that states a figure for the act a clause's figure is for.

A clause in its own words (公安机关对受理的大型群众性活动安全许可申请，应当自受理之日起20个工作日内完成审查并作出决定)
shares too few words with the article that sets its figure (大型群众性活动安全管理条例 第十四条: ……7日内进行审查) for
the corpus search to rank it among the few it compares, though the search finds its law (第十一条, 第十五条 of the same
条例). What ties the two is the figure itself: a time limit for the same act (审查……作出决定, 申请行政复议), an amount
for the same conduct — read by its structure, not by a list of acts (review.compare.figures.figure_use: the words
after a time limit, the conduct around a fine). So the article is looked for by the act and the kind of figure:

* in the laws among the clause's best hits (法律 and 行政法规) whose subject the clause names (大型群众性活动), and in the
  general laws of administrative procedure whose procedure it names (compare.procedure_law: 行政复议 of 行政复议法,
  行政许可 of 行政许可法 — a clause on a procedure restates them without naming them);
* among their time limits, those for the act the clause's limit is for: the act written after each (act_core:
  作出行政许可决定 → 行政许可; 申报居住登记 is no 办理签注手续) sharing ``ACT_SHARED`` content bigrams in a procedure
  law (or, where the clause names no act of its own after the limit, 作出决定, its words with the event it runs from:
  自受理行政许可申请之日起); one in a sector law, whose sentence holding the limit must share ``MATTER_SHARED`` of the
  clause's matter besides (施工许可证, 大型群众性活动);
* an article holding a limit for more of the clause's limits first, then the one naming more of the act after the
  limit, then by the act, the event and the matter shared.

A limit is a time within which something is done (十五日内, 届满三十日前) or a cap on it (最长不超过90日), on both
sides: not a length reached (戒断满5年, 超过五年的不予受理, 居住半年以上), which is another measure; and the clause lays
it as a norm (a modal verb before it: not 5年内获得国家发明专利, a window a scoring rule counts back).

Sums of money are not read so: a fine's conduct in other words (当场处罚) is shared by laws of other fields (治安管理
处罚法's 当场 fine for a clause of 综合行政执法), which the figure alone cannot tell apart.

The caller compares the clause with the articles so found and shows a changed figure only (review.engine).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .quantities import DURATION, find_quantities

ACT_SHARED = 2          # content bigrams the acts of two time limits share in a law of administrative procedure …
SECTOR_ACT_SHARED = 1   # … and in a law of the clause's sector, whose sentence holding the limit shares besides …
MATTER_SHARED = 4       # … this many content bigrams of the clause's matter
ACT_WEIGHT = 3          # the act after two limits weighs this much more than the event before them
PICKED = 3              # the articles (best first) returned for one clause
DIMS = (DURATION,)


@dataclass(frozen=True, slots=True)
class FigureAt:
    """One figure of an article: the article (a Provision), the figure, what it is for, its sentence's matter."""

    article: object
    dim: str
    act: frozenset          # the act after the limit (or, where that is one verb, the words before it)
    use: frozenset          # … with the event it runs from
    matter: frozenset


def article_figures(article) -> list[FigureAt]:
    """The time limits of an article, each with its act (and the event it runs from) and its sentence's matter."""
    from .compare.matter import matter_bigrams
    from .compare.phrases import SENTENCE_END, bounds

    out = []
    text = article.text or ""
    for q in find_quantities(text):
        if q.dim not in DIMS or not within_limit(text, q.start, text[q.start:q.end]):
            continue
        s, e = bounds(text, q.start, SENTENCE_END)
        out.append(FigureAt(article, q.dim, limit_act(text, q.end), limit_use(text, q.start, q.end),
                            matter_bigrams(text[s:e])))
    return out


def law_figures(cache: dict, law) -> list[FigureAt]:
    """``article_figures`` of every article of ``law`` (review.governing.GoverningLaw), remembered in ``cache``."""
    key = ("figures", law.work_id, law.articles[0].version_id if law.articles else None)
    if key not in cache:
        cache[key] = [f for a in law.articles for f in article_figures(a)]
    return cache[key]


def clause_figures(text: str) -> list[tuple[str, frozenset]]:
    """The clause's time limits, each with its act and the event it runs from."""
    return [(q.dim, limit_act(text, q.end), limit_use(text, q.start, q.end))
            for q in find_quantities(text) if q.dim in DIMS and within_limit(text, q.start, text[q.start:q.end])
            and laid(text, q.start)]


def limit_act(text: str, end: int) -> frozenset:
    """The act a limit ending at ``end`` is for, as written after it (review.compare.figures.act_core: 作出行政许可决定
    → 行政许可; 申报居住登记 is no 办理签注手续), measure words aside."""
    from .compare.figures import act_core
    from .compare.objects import MEASURE_WORDS

    return frozenset(act_core(MEASURE_WORDS.sub(lambda m: "|" * len(m.group()), text), end))


def laid(text: str, start: int) -> bool:
    """Whether the clause lays the limit at ``start`` as a norm: a modal verb before it in its sentence (应当自……内,
    可以自……内, 最长不超过) — not a window a description counts back (5年内获得国家发明专利：……积30分)."""
    from .compare.phrases import SENTENCE_END, bounds
    from .compare.vocabulary import MODAL_RX

    s, _ = bounds(text, start, SENTENCE_END)
    return bool(MODAL_RX.search(text, s, start) or _CAPPED.search(text[max(0, start - 8):start + 6]))


_DEADLINE = re.compile(r"(?:以内|之内|内|前)$")
_CAPPED = re.compile(r"(?:不超过|不得超过|最长|最多)[^，。；]{0,4}$")


def within_limit(text: str, start: int, span: str) -> bool:
    """Whether the period ``span`` (at ``start`` of ``text``) bounds when something is done: a deadline (十五日内, 届满
    三十日前) or a cap (付款期限……最长不超过90日), not a length reached (戒断满5年, 居住半年以上)."""
    after = text[start + len(span):start + len(span) + 2]
    if after.startswith("的"):
        return False      # 发给有效期最长为三年的居住证: a figure describing a thing, no limit on an act
    return bool(_DEADLINE.search(span) or re.match(r"(?:以内|之内|内|前)", after)
                or _CAPPED.search(text[max(0, start - 8):start] + span[:6]))


def limit_use(text: str, start: int, end: int) -> frozenset:
    """What the time limit at [start, end) of ``text`` is for: the act after it and the event it runs from
    (review.compare.figures.figure_use), the words of any measure aside (期限, 最长, 不得超过: 歇业期限最长不超过一年 and
    延长的期限最长不得超过20个工作日 share only these, and are for no one act)."""
    from .compare.figures import figure_use
    from .compare.objects import MEASURE_WORDS

    masked = MEASURE_WORDS.sub(lambda m: "|" * len(m.group()), text)
    return frozenset(figure_use(masked, start, end, DURATION, with_before=True))


def articles_for_figures(text: str, laws: list, procedural: set[int], cache: dict) -> list:
    """The articles of ``laws`` (best first, at most PICKED) holding a figure for what a figure of ``text`` is for
    (see the module docstring); ``procedural``: the work ids of the general laws of administrative procedure."""
    from .compare.matter import matter_bigrams

    mine = clause_figures(text)
    if not mine:
        return []
    matter = matter_bigrams(text)
    scored: dict[tuple, dict[int, tuple[int, int]]] = {}   # article -> {clause limit: (act shared, score) at best}
    found: dict[tuple, object] = {}
    for law in laws:
        general = law.work_id in procedural
        for fig in law_figures(cache, law):
            for i, (dim, act, use) in enumerate(mine):
                score = pair_score(fig, dim, act, use, matter, general)
                if not score:
                    continue
                a = fig.article
                key = (a.law, a.article, a.article_sub)
                found[key] = a
                best = scored.setdefault(key, {})
                best[i] = max(best.get(i, (0, 0)), (len(fig.act & act), score))
    # an article holding a limit for more of the clause's limits first (行政许可法 第四十二条's 二十日 and 延长十日 for
    # a clause's 三十个工作日 and 再延长十五个工作日, before 行政强制法's 延长 alone); then the one naming more of the act
    # after the limit (申请行政复议: 行政复议法 第二十条, before 反间谍法's 六十日内……申请复议, which shares 不服……决定书
    # with any clause on a remedy; 颁发施工许可证: 建筑法 第八条, before 行政许可法 第四十四条's 颁发……许可证件); then by
    # the act, the event and the matter shared
    ranked = sorted(scored, key=lambda k: (-len(scored[k]), -sum(a for a, _ in scored[k].values()),
                                           -sum(s for _, s in scored[k].values())))
    return [found[k] for k in ranked[:PICKED]]


def pair_score(fig: FigureAt, dim: str, act: frozenset, use: frozenset, matter: frozenset, general: bool) -> int:
    """How well an article's limit answers a clause's limit of dimension ``dim`` for ``act`` (``use``: with the event
    it runs from) in a clause of ``matter``: the act (weighing most), the event and the matter shared; 0 where it is
    no limit for the same act — in a procedure law ``ACT_SHARED`` of the act (or, where the clause names no act of its
    own after the limit, 作出决定, of the act with its event), in a sector law ``SECTOR_ACT_SHARED`` of the act and
    ``MATTER_SHARED`` of the matter."""
    if fig.dim != dim:
        return 0
    shared_act, shared_use, shared = len(fig.act & act), len(fig.use & use), len(fig.matter & matter)
    if general:
        if shared_act < ACT_SHARED and (act or shared_use < ACT_SHARED):
            return 0
    elif shared_act < SECTOR_ACT_SHARED or shared < MATTER_SHARED:
        return 0
    return ACT_WEIGHT * shared_act + shared_use + shared


def paired(clause_text: str, clause_at: int, clause_end: int, unit_text: str, unit_at: int, unit_end: int,
           general: bool) -> bool:
    """Whether a clause's time limit at [clause_at, clause_end) and a unit's at [unit_at, unit_end) are for the same
    act, read as ``articles_for_figures`` reads them (the comparison's own pairing may set two limits side by side
    whose acts are worded apart: 20个工作日内完成审查 / 7日内进行审查)."""
    from .compare.matter import matter_bigrams
    from .compare.phrases import SENTENCE_END, bounds

    if clause_at < 0 or unit_at < 0:
        return False
    s, e = bounds(unit_text, unit_at, SENTENCE_END)
    fig = FigureAt(None, DURATION, limit_act(unit_text, unit_end), limit_use(unit_text, unit_at, unit_end),
                   matter_bigrams(unit_text[s:e]))
    return pair_score(fig, DURATION, limit_act(clause_text, clause_end), limit_use(clause_text, clause_at, clause_end),
                      matter_bigrams(clause_text), general) > 0


def said_for_act(clause_text: str, change, hits: list, upper, procedural: set[int]) -> bool:
    """Whether an article among ``hits`` other than ``upper`` states the clause's changed limit (the same value) for
    the same act (``paired``): the clause restates that article, not ``upper`` changed. Another hit holding the
    value for another act (a 90日 of 取水许可 beside a 付款期限) says nothing of it."""
    said = {(q.dim, q.lo, q.hi, q.value) for q in find_quantities(change.clause_span or "")}
    at = change.clause_start
    for h in hits:
        if (h.law, h.article, h.article_sub) == (upper.law, upper.article, upper.article_sub):
            continue
        for q in find_quantities(h.text or ""):
            if (q.dim, q.lo, q.hi, q.value) in said and paired(clause_text, at, at + len(change.clause_span), h.text,
                                                               q.start, q.end, h.work_id in procedural):
                return True
    return False
