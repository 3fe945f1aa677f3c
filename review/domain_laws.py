"""The laws a clause names by their domain, and their articles it resembles most: candidates the corpus search misses.

管道燃气经营者……暂停供气的，应当提前24小时……通知燃气用户 restates 城镇燃气管理条例 第二十条 (提前48小时) in its own
words; the corpus search, led by its rarest trigrams (管网施工, 恢复供气), finds 电力供应与使用条例 and 城市供水条例 and
never looks at the 燃气 regulation. A reviewer goes from what the clause is about to the law whose title names it, and
reads that law's articles. The domain of a law is its title's subject (review.governing.subject: 城镇燃气管理条例 →
城镇燃气, 保安服务管理条例 → 保安服务) read as its words: each part between 和/与/及 (防范和处置非法集资 → 处置非法集资)
and each beginning and end of a part of two characters or more (燃气, 城镇; 保安, 服务; 非法集资, 集资). A term standing in
the titles' subjects of more than ``MAX_TERM_LAWS`` laws, anywhere, is a common word (管理, 安全, 服务, 城市), no domain. Every 法律 and
行政法规 in force on the review date takes part: no law is listed, a law no longer in force is none.

A law one of whose domain terms the clause (or its list's lead-in) holds gives its ``ARTICLES`` articles the clause
resembles most, scored as the search scores a hit (statutes.search.coverage), to the search's hits where they score
above the best of them (the search missed what it would have ranked first): the same floors, the same comparison and
grading decide what they show (review.engine.upper_law_findings).
"""

from __future__ import annotations

import re

MIN_TERM = 2         # characters of a domain term (燃气, 保安, 统计)
MAX_TERM_LAWS = 3    # a term in the titles of more laws than this names no one domain (管理, 安全, 服务, 城市, 森林)
MAX_TERM = 12        # … and at most this many
MIN_OWN = 3          # articles of its laws a domain term stands in at least …
MAX_LIFT = 100       # … and the corpus's provisions holding it at most this many times as many
MAX_LAWS = 3         # laws a clause names by domain, the longest terms first
ARTICLES = 3         # articles of each, the most resembling, added to the search's hits
MIN_SCORE = 25.0     # an article resembling the clause less is no candidate (review.engine.VOTE_MIN_SCORE)
REACHED_MARGIN = 10.0  # points above every hit an article must stand to enter for a law the search reached only weakly
_PARTS = re.compile(r"[和、]")


def domain_terms(title: str) -> set[str]:
    """The domain terms of a law's title (see the module docstring): 城镇燃气管理条例 → {城镇燃气, 城镇, 燃气, 镇燃气,
    城镇燃}; a term of fewer than ``MIN_TERM`` characters is none."""
    from .governing import subject

    out: set[str] = set()
    for part in _PARTS.split(subject(title)):
        for n in range(MIN_TERM, len(part) + 1):
            out.update((part[:n], part[-n:]))
    return out


def term_index(store, as_of: str) -> dict[str, tuple[int, ...]]:
    """Each domain term of the 法律 and 行政法规 in force on ``as_of`` and the laws (work ids) it names, the common
    terms (more than ``MAX_TERM_LAWS`` laws) left out — cached per store and date (and across processes per corpus:
    review/corpus_facts.py)."""
    from .corpus_facts import kept
    from .governing import _cache

    key = ("domain_terms", as_of)
    cache = _cache(store)
    if key not in cache:
        cache[key] = kept(store, "domain_terms", as_of, lambda: _term_index(store, as_of))
    return cache[key]


def _term_index(store, as_of: str) -> dict[str, tuple[int, ...]]:
    from .governing import subject, works_in_force

    laws: dict[str, set[int]] = {}
    named: dict[str, set[int]] = {}      # the laws whose title's subject holds a term anywhere (城市 of 城市供水)
    for w in works_in_force(store, as_of):
        if "关于" in w["title"]:
            continue      # a decision's or a notice's title (国务院关于……的通知) is a sentence, no domain
        core = subject(w["title"])
        for term in domain_terms(w["title"]):
            laws.setdefault(term, set()).add(w["work_id"])
        for i in range(len(core)):
            for j in range(i + MIN_TERM, len(core) + 1):
                named.setdefault(core[i:j], set()).add(w["work_id"])
    return {t: tuple(sorted(ws)) for t, ws in laws.items() if len(named[t]) <= MAX_TERM_LAWS}


def named_by_domain(store, text: str, as_of: str) -> list[int]:
    """The laws (work ids, at most ``MAX_LAWS``) one of whose domain terms ``text`` holds (``domain_lift``), the term
    most their own first (the lowest lift: 导游 of 导游人员管理条例 before 旅游 of 旅游法), then the longest."""
    index = term_index(store, as_of)
    found: dict[int, tuple[float, int]] = {}
    for i in range(len(text) - MIN_TERM + 1):
        for n in range(MIN_TERM, min(len(text) - i, MAX_TERM) + 1):
            term = text[i:i + n]
            for w in index.get(term, ()):
                lift = domain_lift(store, term, w, as_of)
                if lift is not None and (w not in found or (lift, -n) < found[w]):
                    found[w] = (lift, -n)
    return [w for w, _ in sorted(found.items(), key=lambda t: (t[1], t[0]))][:MAX_LAWS]


def domain_lift(store, term: str, work_id: int, as_of: str) -> float | None:
    """How many times more of the corpus's provisions hold ``term`` than of the law ``work_id``'s articles (whose title
    names it), or None where the term is no domain of that law but a word of every field (检查 of 出境入境边防检查条例,
    合同 of 劳动合同法, 公安机关 of 公安机关督察条例): fewer than ``MIN_OWN`` of the law's articles hold it, or the corpus's
    provisions holding it are more than ``MAX_LIFT`` times as many — 燃气 stands in 2,044 provisions and 54 of
    城镇燃气管理条例's 55 articles (38), 检查 in 9,514 — cached."""
    from .governing import _articles, _cache

    key = ("domain_lift", term, work_id, as_of)
    cache = _cache(store)
    if key not in cache:
        own = sum(term in a.text for a in _articles(store, work_id, as_of))
        lift = corpus_rows(store, term) / own if own >= MIN_OWN else None
        cache[key] = lift if lift is not None and lift <= MAX_LIFT else None
    return cache[key]


def is_domain(store, term: str, laws: tuple[int, ...], as_of: str) -> bool:
    """Whether ``term`` is the domain of one of ``laws`` (those whose titles name it: ``domain_lift``)."""
    return any(domain_lift(store, term, w, as_of) is not None for w in laws)


def corpus_rows(store, term: str) -> int:
    """About how many of the corpus's provisions hold ``term`` (an upper bound, from the trigram counts the search
    keeps: the trigrams a two-character term begins, the rarest trigram of a longer one)."""
    if len(term) == 2:
        row = store.conn.execute("SELECT sum(df) FROM trigram_df WHERE term >= ? AND term < ?",
                                 (term, term + "\U0010ffff")).fetchone()
        return int(row[0] or 0)
    found = store.term_df([term[i:i + 3] for i in range(len(term) - 2)])
    return min(found.values(), default=0) if len(found) == len(term) - 2 else 0


def domain_hits(store, about: str, as_of: str, reached=frozenset()) -> list:
    """The articles of the laws ``about`` (the clause with its list's lead-in) names by domain that it resembles most
    (``ARTICLES`` of each, scored by statutes.search.coverage, at least ``MIN_SCORE``): an item of a list
    (（二）曾因违反治安管理受到行政拘留处罚的) is read with the lead-in (有下列情形之一的，不得担任保安员：) that says what the
    article's list is about. Not of the laws in ``reached`` (work ids the search's hits hold already: their own ranking
    of that law's articles stands, review.engine), whose articles are then not scored at all."""
    from dataclasses import replace

    from statutes.search import _normalised_article, coverage_at_least, normalise

    from .governing import MAX_ARTICLES, _articles

    q = normalise(about)
    if not q:
        return []
    out = []
    for work_id in named_by_domain(store, about, as_of):
        if work_id in reached:
            continue
        arts = _articles(store, work_id, as_of)
        if not arts or len(arts) > MAX_ARTICLES:
            continue
        # (round 38, speed38: scored only as far as MIN_SCORE — an article below it is dropped whatever its score,
        # and those above it keep theirs, so the same articles in the same order; an eighth of a review's CPU went here)
        scored = sorted(((coverage_at_least(q, _normalised_article(a.text), MIN_SCORE), n) for n, a in enumerate(arts)),
                        key=lambda t: (-t[0], t[1]))
        out += [replace(arts[n], score=s) for s, n in scored[:ARTICLES] if s >= MIN_SCORE]
    return out


def held_laws(hits: list, floor: float) -> frozenset:
    """The laws (work ids) whose own ranking of their articles the search's ``hits`` (best first) stand for: the best
    hit's law and each law with a hit at ``floor`` (review.engine.UPPER_WEAK_SCORE, the least a hit is compared at on
    its own). A law the search reached only below it, with an article the clause shares a few incidental words with
    (信访工作条例 第三十三条 at 27 for ……申诉求决类信访事项，承办单位应当在九十日内办结, whose rarest trigrams 申诉求决类
    lead to 民事诉讼法), is held to no ranking: its domain articles are scored as any named law's (round 45, up45)."""
    return frozenset(h.work_id for i, h in enumerate(hits) if i == 0 or (h.score or 0) >= floor)


def searched_with_domain(store, about: str, as_of: str, hits: list, k: int, floor: float) -> tuple[list, list]:
    """The search's ``hits`` (best first) with the domain articles of the laws ``about`` names (``domain_hits``,
    ``with_domain_hits``), the ``k`` best; and the merged hits only the domain found (not among ``hits``). A law the
    search reached without holding it (``held_laws``) gives an article only ``REACHED_MARGIN`` above the best hit: the
    search ranked that law's articles and missed this one by far (信访工作条例 第三十四条 at 61 over 民事诉讼法 第一百五十二条
    at 39), not an article about as close as those it found (行政许可法 第五十六条 at 42 beside its 第四十二条 at 40); where
    none does, the hits are what they were before such laws were scored (the same list in the same order)."""
    held = held_laws(hits, floor)
    more = domain_hits(store, about, as_of, held)
    top = max((h.score or 0 for h in hits), default=0.0)
    weak = frozenset(h.work_id for h in hits) - held
    more = [h for h in more if h.work_id not in weak or (h.score or 0) > top + REACHED_MARGIN]
    if not more:
        return hits, []
    merged = with_domain_hits(hits, more, k)
    own = {_key(h) for h in hits}
    return merged, [h for h in merged if _key(h) not in own]


def _key(h) -> tuple:
    return (h.version_id, h.article, h.article_sub, h.paragraph, h.item)


def with_domain_hits(hits: list, more: list, k: int) -> list:
    """``hits`` (the search's, best first) with the best article of each law of ``more`` scoring above the best of
    them, each provision once, the ``k`` best: a domain article enters only where the search missed what it would have
    ranked first, so the search's own hits and their vote on the clause's law (review.engine.voted_law) stand
    otherwise — 医疗保障法's articles at 41 beside 医疗保障基金使用监督管理条例 第四十一条 at 47 would split the 条例's
    vote."""
    top = max((h.score or 0 for h in hits), default=0.0)
    # (the best of each law only: several articles of one law added would make a vote of the search's
    # (review.engine.voted_law) that no search gave)
    above: dict[int, object] = {}
    for h in more:
        if (h.score or 0) > top and (h.work_id not in above or (h.score or 0) > (above[h.work_id].score or 0)):
            above[h.work_id] = h
    best: dict[tuple, object] = {}
    for h in [*hits, *above.values()]:
        key = _key(h)
        if key not in best or (h.score or 0) > (best[key].score or 0):
            best[key] = h
    return sorted(best.values(), key=lambda h: -(h.score or 0))[:k]
