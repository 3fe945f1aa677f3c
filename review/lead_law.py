"""The law a clause's search leads to, and the article of it the clause aligns with best.

A clause restating one article of a law in other words often shares more trigrams with a neighbour of that article
(the same law's licensing article for its time limit, its sanction for its prohibition): the search's hits are the
right law's articles, the article the clause alters is outranked or not among them (县交通运输局应当自受理县内客运经营
申请之日起30个工作日内……: 道路运输条例 第二十四条 79, 第十条 — the 客运 licence's 20日 — not in the first ten). A
reviewer opens the law and reads the article that says what the clause says. Here:

* ``lead_laws``: the laws of the 法律/行政法规 the search agrees on — a law holding at least ``LEAD_VOTES`` of the
  ``UPPER_SEARCH_K`` best hits from ``LEAD_SCORE`` (the search's words keep returning to it), or a law among those hits
  whose subject the clause itself names (护士执业注册 → 护士条例);
* ``aligned_articles``: the ``ALIGNED`` articles of such a law the clause resembles most (partial_ratio of the
  normalised texts, as review.governing ranks a governing law's articles), from ``MIN_ALIGNED``.

The caller (review.engine._UpperReader.by_lead_law) compares the clause with those articles and reports a change that
stands on its own only where the clause aligns with that article better than with the hit the search put first.
"""

from __future__ import annotations

from collections import Counter

LEAD_SCORE = 40.0     # a hit from this score is a vote for its law …
LEAD_VOTES = 2        # … and a law with this many such hits among the best is the one the search leads to
ALIGNED = 3           # articles of a lead law compared with the clause
MIN_ALIGNED = 40.0    # partial_ratio of the clause with an article it may restate


def lead_laws(hits: list, core_levels: tuple[str, ...], named) -> list[int]:
    """The work ids of the laws ``hits`` (best first) lead to, in order of their best hit: ``LEAD_VOTES`` hits from
    ``LEAD_SCORE``, or one hit from ``LEAD_SCORE`` whose law ``named(hit)`` says the clause names. Only 法律/行政法规
    (``core_levels``): a 部门规章 restates its law in more words and leads a clause anywhere."""
    strong = [h for h in hits if (h.score or 0) >= LEAD_SCORE and h.level in core_levels]
    votes = Counter(h.work_id for h in strong)
    return list(dict.fromkeys(h.work_id for h in strong if votes[h.work_id] >= LEAD_VOTES or named(h)))


def aligned_articles(text: str, law, keep: int = ALIGNED, at_least: float = MIN_ALIGNED) -> list[tuple]:
    """The ``keep`` articles of ``law`` (review.governing.GoverningLaw) ``text`` resembles most, as (article,
    coverage), best first, each covering at least ``at_least``."""
    from statutes.search import normalise

    from .governing import _ranked

    q = normalise(text)
    return [(law.articles[i], score) for _, i, score in _ranked(q, [law], keep, at_least)]
