"""The laws a clause's own subject names, when it restates a provision in its own words.

申请最低生活保障的，应当由申请人本人……提出书面申请，不得委托他人代为申请 shares too few trigrams with 社会救助暂行办法
第十一条 for the corpus search to rank that article among its best few, and it cites nothing; but what it is about is
plain: the law many of whose articles speak of 最低生活保障. The laws a clause's subject names are

* the laws the document implements (review.governing);
* the 法律 and 行政法规 in force whose title names what the clause speaks of: most of the character pairs of the
  subject (the title without its form words: 居住证, 行政复议, 社会救助) stand in the clause;
* the general administrative laws (lexicon concept compare.general_law: 行政处罚法, 行政许可法, 行政强制法,
  行政复议法, 政府信息公开条例 …), which a clause about a procedure restates without naming them (当事人申请听证的
  期限为收到听证告知书之日起三日).

Within them the article is chosen by ``paraphrased_articles``: of the ``POOL`` articles of each law the clause
resembles most (partial_ratio, at least ``MIN_COVERAGE``) — and, of a law whose subject the clause names, the article
holding most of its matter words weighted by their rarity in the law (``weighted_matter``), however little it
resembles the clause — the ``READ`` sharing most of its matter are read, and the
one whose unit the clause restates (review.compare.units) shares most content bigrams with it, an article holding a figure of each kind the clause has (a fine, a time limit)
before one without, and an article of a law whose title the clause names (行政复议 → 行政复议法) before another; a
code too long to search whole (民法典) is not searched. The caller decides what
a comparison with that article may show (review.engine: only a change that stands on its own, on the same matter).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .compare.matter import cjk_pairs
from .governing import MAX_ARTICLES, GoverningLaw, _articles, _cache, _laws_in_force

MAX_CHAPTER_LAWS = 2    # a chapter name shared by more laws (总则, 法律责任, 监督管理) names no subject
MIN_SUBJECT = 3         # characters a law's subject must have …
MIN_CHAPTER = 4         # … and a chapter's (申请人, 听证 name no one law)
SUBJECT_SHARE = 0.6     # share of a subject's character pairs the clause must hold, and at least …
TITLE_PAIRS = 2         # … this many of a title's (or all it has) …
CHAPTER_PAIRS = 3       # … and this many of a chapter's
NAMED_LAWS = 4          # laws named by subject, the best matched first
POOL = 8                # articles of each law, by resemblance, among which the one about the clause's matter is chosen
MIN_COVERAGE = 35.0     # partial_ratio of the clause with an article it may restate in its own words
READ = 8                # of those, the articles sharing most of the clause's matter are read unit by unit …
TRIED = 2               # … and the best of them compared with the clause, the first showing a change reported
MIN_SHARED = 3          # content bigrams an article must share with the clause to be looked at …
NEAR = 24               # … the most sharing of a law's articles, among which the POOL it resembles most is taken
MATTER_WEIGHT = 8.0     # … and the article of each law holding most of the clause's matter words, weighted by their
MATTER_LEAD = 1.2       # rarity in the law (weighted_matter), from this weight and this far ahead of the law's next
                        # article, read whatever its resemblance (a clause in its own words)


def subject_laws(store, probe: str, as_of: str, governing=()) -> list[GoverningLaw]:
    """The laws ``probe``'s subject names (see the module docstring): the laws the document implements
    (``governing``: review.governing.GoverningLaw), the general administrative laws, those named by title."""
    out = list(governing)
    for work_id in dict.fromkeys([w["work_id"] for w in general_laws(store, as_of)] + named_by_title(store, probe, as_of)):
        if any(law.work_id == work_id for law in out):
            continue
        law = law_of(store, work_id, as_of)
        if law is not None:
            out.append(law)
    return out


def figures_shown(law: GoverningLaw, governing=(), store=None, as_of: str = "") -> bool:
    """Whether a figure a clause in its own words changed may be shown against ``law``: one of the laws the
    document implements, or a general administrative law (a time limit of 行政复议法, a fine of 行政处罚法). A law only
    the clause's words name (劳动合同 → 劳动合同法实施条例) holds too many figures for other matters."""
    if any(g.work_id == law.work_id for g in governing):
        return True
    return store is not None and any(w["work_id"] == law.work_id for w in general_laws(store, as_of))


def is_general(law: GoverningLaw, store=None, as_of: str = "") -> bool:
    """Whether ``law`` is a general law of administrative procedure (compare.procedure_law): a modal verb a clause
    in its own words changed is shown against these only (不得收取任何费用 → 可以收取费用, 应当告知听证权利 → 可以
    视情况告知). Against a law of the clause's own matter its modal verb is too often another act's (可以自行协商解决
    beside 医疗机构应当……报告)."""
    return store is not None and any(w["work_id"] == law.work_id for w in general_laws(store, as_of))


def law_of(store, work_id: int, as_of: str) -> GoverningLaw | None:
    """A law with its articles and their normalised texts, as of ``as_of`` (cached per store); None for a law
    without articles or too long to search whole."""
    from statutes.search import normalise

    key = ("subject_law", work_id, as_of)
    cache = _cache(store)
    if key not in cache:
        arts = _articles(store, work_id, as_of)
        cache[key] = None if not arts or len(arts) > MAX_ARTICLES else GoverningLaw(
            work_id, arts[0].law, f"条款所涉事项属《{arts[0].law}》调整", arts, tuple(normalise(a.text) for a in arts))
    return cache[key]


def _matter_of(law: GoverningLaw) -> dict[str, list[int]]:
    """For each matter bigram of ``law``'s articles, the articles holding it (remembered per law object)."""
    from .compare.matter import matter_bigrams

    found = _MATTERS.get(id(law))
    if found is None or found[0] is not law:
        index: dict[str, list[int]] = {}
        for i, a in enumerate(law.articles):
            for pair in matter_bigrams(a.text):
                index.setdefault(pair, []).append(i)
        found = (law, index)
        _MATTERS[id(law)] = found
    return found[1]


_MATTERS: dict[int, tuple] = {}


def general_laws(store, as_of: str) -> list[dict]:
    """The general laws of administrative procedure in force (compare.procedure_law) short enough to search whole."""
    from .compare.vocabulary import PROCEDURE_LAW_RX

    key = ("general", as_of)
    cache = _cache(store)
    if key not in cache:
        cache[key] = [w for w, _ in _laws_in_force(store, as_of) if PROCEDURE_LAW_RX.search(w["title"])
                      and 0 < len(_articles(store, w["work_id"], as_of)) <= MAX_ARTICLES]
    return cache[key]


def named_by_subject(store, probe: str, as_of: str) -> list[int]:
    """The laws (work ids, at most ``NAMED_LAWS``, best matched first) whose title or a chapter of which names
    what ``probe`` speaks of (see the module docstring)."""
    mine = cjk_pairs(probe)
    listed, by_pair = subject_index(store, as_of)
    seen = {n for pair in mine for n in by_pair.get(pair, ())}
    scored = []
    for n in seen:
        work_id, pairs, least = listed[n]
        held = len(pairs & mine)
        if held >= min(len(pairs), max(least, SUBJECT_SHARE * len(pairs))):
            scored.append((held / len(pairs), held, work_id))
    return list(dict.fromkeys(w for *_, w in sorted(scored, reverse=True)))[:NAMED_LAWS]


def subject_index(store, as_of: str) -> tuple[list, dict]:
    """``subjects`` and, for each character pair, the positions of the subjects holding it (cached)."""
    key = ("subject_index", as_of)
    cache = _cache(store)
    if key not in cache:
        listed = subjects(store, as_of)
        cache[key] = (listed, _by_pair(listed))
    return cache[key]


def _by_pair(listed: list[tuple[int, frozenset, int]]) -> dict[str, list[int]]:
    """For each character pair, the positions in ``listed`` of the entries holding it."""
    by_pair: dict[str, list[int]] = {}
    for n, (_, pairs, _) in enumerate(listed):
        for pair in pairs:
            by_pair.setdefault(pair, []).append(n)
    return by_pair


def subjects(store, as_of: str) -> list[tuple[int, frozenset, int]]:
    """(work id, character pairs of a subject, the fewest of them a clause must hold) of every 法律 and 行政法规 in
    force: its title's (two pairs) and its distinctive chapters' (three: 被申请人 is no subject) — cached per store
    and date."""
    from .governing import subject

    key = ("subjects", as_of)
    cache = _cache(store)
    if key in cache:
        return cache[key]
    laws = {w["work_id"]: core for w, core in _laws_in_force(store, as_of)}
    out = [(work_id, cjk_pairs(core), TITLE_PAIRS) for work_id, core in laws.items() if len(core) >= MIN_SUBJECT]
    chapters: dict[str, set[int]] = {}
    rows = store.conn.execute(
        "SELECT DISTINCT v.work_id, p.path FROM provisions p JOIN versions v ON v.id=p.version_id "
        "WHERE v.is_current=1 AND p.kind='article' AND p.path != '' AND v.work_id IN "
        f"({','.join('?' * len(laws))})", list(laws)).fetchall() if laws else []
    for work_id, path in rows:
        for part in path.split(" / "):
            name = subject(part.split(" ", 1)[-1])
            if len(name) >= MIN_CHAPTER:
                chapters.setdefault(name, set()).add(work_id)
    for name, works in chapters.items():
        if len(works) <= MAX_CHAPTER_LAWS:
            out += [(work_id, cjk_pairs(name), CHAPTER_PAIRS) for work_id in works]
    cache[key] = [(w, p, n) for w, p, n in out if p]
    return cache[key]


def paraphrased_articles(probe: str, laws: list[GoverningLaw]) -> list[tuple]:
    """(law, article, unit, content bigrams shared, coverage) of the ``TRIED`` articles ``probe`` most likely restates
    in its own words (see the module docstring), the likeliest first."""
    from rapidfuzz import fuzz, process

    from statutes.search import normalise

    from .compare.matter import matter_bigrams
    from .compare.units import best_unit
    from .quantities import find_quantities

    q = normalise(probe)
    if not q:
        return []
    mine = matter_bigrams(probe)
    named = set(named_by_subject_ids(laws, probe))
    pool = []
    for law in laws:
        # the articles sharing enough of the clause's matter, then the POOL of them it resembles most
        index = _matter_of(law)
        shared = Counter(i for pair in mine for i in index.get(pair, ()))
        # (ties by the articles' order: ``mine`` is a set, whose order changes with the process's string hashes)
        near = sorted((i for i, n in shared.items() if n >= MIN_SHARED), key=lambda i: (-shared[i], i))[:NEAR]
        if not near:
            continue
        found = process.extract(q, {i: law.normalised[i] for i in near}, scorer=fuzz.partial_ratio, processor=None,
                                limit=POOL, score_cutoff=MIN_COVERAGE)
        pool += [(-shared[i], -coverage, n, coverage, law, i) for n, (_, coverage, i) in enumerate(found)]
        # a clause in its own words resembles its article too little for partial_ratio (扣押……居民身份证 said as
        # 代为保管……居民身份证原件): of a law whose subject the clause names, the article holding the clause's rarest
        # matter words of the law is read as well (not of a general law every clause is set against: its articles
        # share a procedure's words with any clause)
        taken = {i for _, _, i in found}
        for i in (weighted_matter(mine, law, index, shared) if law.work_id in named else ()):
            if i not in taken:
                coverage = fuzz.partial_ratio(q, law.normalised[i])
                pool.append((-shared[i], -coverage, len(found), coverage, law, i))
    # the articles of the laws the clause names first, then those sharing most of its matter, then the most resembling
    pool.sort(key=lambda t: (t[4].work_id not in named, *t[:3]))
    pool = [(coverage, law, i) for *_, coverage, law, i in pool]
    dims = {x.dim for x in find_quantities(probe)}
    ranked = []
    for coverage, law, i in pool[:READ]:
        article = law.articles[i]
        unit = best_unit(probe, article.text)
        shared = len(mine & matter_bigrams(unit.text))
        figured = dims <= {x.dim for x in find_quantities(unit.text)}
        ranked.append(((figured, law.work_id in named, shared, coverage), (law, article, unit, shared, coverage)))
    ranked.sort(key=lambda r: r[0], reverse=True)
    return [found for _, found in ranked[:TRIED]]


def weighted_matter(mine: frozenset, law: GoverningLaw, index: dict[str, list[int]], shared: Counter) -> list[int]:
    """The article of ``law`` holding most of the clause's matter bigrams (``mine``), each bigram weighted by how few of
    the law's articles hold it (log N/df: 居民身份证 tells more than 用人单位 in 劳动合同法), as a list of its index or []:
    at least ``MIN_SHARED`` bigrams shared and ``MATTER_WEIGHT`` in all, and ahead of the law's next article by
    ``MATTER_LEAD`` times — a clause in its own words whose matter one article of the law speaks of, however little of
    its wording it keeps."""
    import math

    n = len(law.articles)
    weight: Counter = Counter()
    for pair in mine:
        held = index.get(pair, ())
        for i in held:
            weight[i] += math.log(n / len(held))
    ranked = sorted(weight.items(), key=lambda t: (-t[1], t[0]))
    if not ranked or ranked[0][1] < MATTER_WEIGHT or shared[ranked[0][0]] < MIN_SHARED:
        return []
    if len(ranked) > 1 and ranked[0][1] < MATTER_LEAD * ranked[1][1]:
        return []
    return [ranked[0][0]]


def named_by_subject_ids(laws: list[GoverningLaw], probe: str) -> list[int]:
    """The work ids of ``laws`` whose title's subject the clause names (most of its character pairs)."""
    mine = cjk_pairs(probe)
    out = []
    for law in laws:
        pairs = _subject_pairs(law.title)
        if pairs and len(pairs & mine) >= min(len(pairs), max(TITLE_PAIRS, SUBJECT_SHARE * len(pairs))):
            out.append(law.work_id)
    return out


@lru_cache(maxsize=4096)
def _subject_pairs(title: str) -> frozenset:
    """The character pairs of a title's subject (review.governing.subject), remembered."""
    from .governing import subject

    return cjk_pairs(subject(title))


def named_by_title(store, probe: str, as_of: str) -> list[int]:
    """The laws whose title's subject ``probe`` names (most of its character pairs, two at least)."""
    mine = cjk_pairs(probe)
    listed, by_pair = title_index(store, as_of)
    out = []
    for n in {n for pair in mine for n in by_pair.get(pair, ())}:   # a law sharing no pair cannot be named
        work_id, pairs, least = listed[n]
        held = len(pairs & mine)
        if held >= least:
            out.append((held / len(pairs), work_id))
    return [w for _, w in sorted(out, reverse=True)[:NAMED_LAWS]]


def title_index(store, as_of: str) -> tuple[list, dict]:
    """(work id, character pairs of its title's subject, the fewest of them a clause must hold) of every 法律 and
    行政法规 in force whose subject has a pair, and for each pair the positions of the laws holding it (cached per
    store and date): ``named_by_title`` looks only at the laws sharing a pair with the clause."""
    key = ("title_index", as_of)
    cache = _cache(store)
    if key not in cache:
        listed = []
        for w, core in _laws_in_force(store, as_of):
            pairs = cjk_pairs(core)
            if pairs:
                listed.append((w["work_id"], pairs, min(len(pairs), max(TITLE_PAIRS, SUBJECT_SHARE * len(pairs)))))
        cache[key] = (listed, _by_pair(listed))
    return cache[key]
