"""Fuzzy clause search: find the upper-level provision a clause restates.

Two stages, both measured in bench/search_bench.py:
1. Candidates from the FTS5 trigram index: every trigram of the query quoted and OR-ed, top
   ``CANDIDATES`` by bm25 (queries under three characters fall back to LIKE, which trigram cannot serve).
2. Rerank with rapidfuzz: how much of the query the article covers (``coverage``), fused with the bm25
   rank. Plain ``partial_ratio`` would score a short generic article near 100 inside a long query;
   coverage scales that down by the share of the query the article can account for.

Boilerplate clauses (本办法自…起施行, 由…负责解释) restate nothing and are recognised as a clause type.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from typing import Iterable

from .model import Provision

CANDIDATES = 20
RARE_TERMS = 8
MIN_TERMS = 3
DF_BUDGET = 1500     # rows a candidate query may match (sum of its trigrams' document frequencies), see _take
WIDEN_FROM = 60.0    # widen when the first pass came close (at least this, below MATCH_THRESHOLD): a clause
                     # far from everything restates nothing, and widening for it doubles the cost of a review
BM25_WEIGHT = 4.0   # points of fused score for the best bm25 in the candidate set
MATCH_THRESHOLD = 72.0
MIN_MATCH_CHARS = 8     # a shorter text is a search term, not a restated clause  # coverage score at or above which a clause is taken to restate the provision

_SPLIT = re.compile(r"[^\w]+", re.UNICODE)
_STRIP = re.compile(r"[\W_]+", re.UNICODE)

_BOILERPLATE = (
    re.compile(r"^本\S{0,12}?(办法|规定|细则|意见|通知|条例|决定|方案|规则|标准|制度|指引|措施)"
               r"(自|从)\S{0,30}?(起|之日)\S{0,6}(施行|实施|执行|生效)"),
    re.compile(r"^本\S{0,12}?(办法|规定|细则|意见|通知|条例|决定|方案|规则|措施)\S{0,20}?由\S{0,30}?负责\S{0,6}解释"),
    re.compile(r"^本\S{0,12}?(办法|规定|细则|意见|通知|方案|规则|措施)\S{0,12}?有效期"),
    re.compile(r"^(此前|以前|过去)\S{0,40}?(与|同)本\S{0,10}?不一致的以本\S{0,10}?为准"),
    # a catch-all item: （四）法律、法规规定的其他情形
    re.compile(r"^(法律|行政法规|法规)\S{0,12}?规定(的|禁止|应当)\S{0,16}?其他\S{0,16}?(情形|行为|事项|材料|条件)$"),
    # a bare basis statement: 根据《中华人民共和国献血法》，结合本省实际，制定本办法 (names its upper law, restates none)
    re.compile(r"^(根据|依据|依照)\S{2,60}?(法|条例|规定|决定|办法)(等|和|及)?\S{0,16}?(结合\S{0,16}?(实际|情况))?"
               r"制定本(办法|条例|规定|细则|实施办法|实施细则|决定|规则|意见)$"),
)


def clause_kind(text: str) -> str:
    """'boilerplate' for commencement / interpretation / validity clauses, else 'substantive'."""
    t = _STRIP.sub("", text)
    t = re.sub(r"^第[一二三四五六七八九十百零〇\d]+条", "", t)
    t = re.sub(r"^[一二三四五六七八九十]+、?", "", t)
    for rx in _BOILERPLATE:
        if rx.search(t) and len(t) < 90:
            return "boilerplate"
    return "substantive"


_FULLWIDTH_DIGIT = re.compile("[０-９]")
_LEADING_LABEL = re.compile(r"^\s*第[一二三四五六七八九十百零〇两\d０-９]{1,6}条(?:之[一二三四五六七八九十]{1,3})?[\s\u3000]+")


def normalise(text: str) -> str:
    """Text as compared: no whitespace, no punctuation, full-width digits as ASCII."""
    from .numerals import fullwidth_to_ascii

    t = _STRIP.sub("", text)
    return fullwidth_to_ascii(t) if _FULLWIDTH_DIGIT.search(t) else t   # translate() is slow on CJK text


@functools.lru_cache(maxsize=8192)
def _normalised_article(text: str) -> str:
    """``normalise`` of an article's text, remembered: the same articles come back as candidates for many clauses."""
    return normalise(text)


def query_trigrams(text: str) -> list[str]:
    """Distinct trigrams of the runs between punctuation, in order."""
    seen: dict[str, None] = {}
    for run in _SPLIT.split(text):
        for i in range(len(run) - 2):
            seen.setdefault(run[i:i + 3], None)
    return list(seen)


def _trigram_starts(text: str) -> dict[str, int]:
    """Each distinct trigram of the query and where it first starts (offsets over the runs, gaps between runs)."""
    out: dict[str, int] = {}
    pos = 0
    for run in _SPLIT.split(text):
        for i in range(len(run) - 2):
            out.setdefault(run[i:i + 3], pos + i)
        pos += len(run) + 3
    return out


def ranked_trigrams(store, text: str) -> list[str]:
    """Every trigram of the query that occurs in the corpus (typos drop out), rarest first, spread over the
    query: a trigram starting next to one already taken (全部赔 after 部赔偿) says little more, so it waits until
    the trigrams that do not have been taken. Spreading keeps a restatement findable when its rarest trigrams
    sit in one incidental phrase (犬只造成: 只造成)."""
    return _ranked(store, text)[0]


def _take(ranked: list[str], df: dict[str, int], start: int) -> list[str]:
    """Up to ``RARE_TERMS`` trigrams from ``ranked[start:]``, at least ``MIN_TERMS``, and beyond those only while
    the rows they match (the sum of their document frequencies) stay within ``DF_BUDGET``: bm25 is computed
    for every matching row, and generic administrative wording (行政许可申请, 之日起二十日内) matches thousands."""
    out: list[str] = []
    rows = 0
    for g in ranked[start:]:
        if len(out) >= RARE_TERMS or (len(out) >= MIN_TERMS and rows + df[g] > DF_BUDGET):
            break
        out.append(g)
        rows += df[g]
    return out


def _ranked(store, text: str) -> tuple[list[str], dict[str, int]]:
    starts = _trigram_starts(text)
    df = store.term_df(list(starts))
    present = sorted((g for g in starts if df.get(g)), key=lambda g: (df[g], starts[g]))
    first: list[str] = []
    later: list[str] = []
    taken: set[int] = set()
    for g in present:
        p = starts[g]
        if p - 1 in taken or p + 1 in taken or p in taken:
            later.append(g)
            continue
        first.append(g)
        taken.add(p)
    return first + later, df


def selective_trigrams(store, text: str, limit: int | None = None) -> list[str]:
    """The trigrams a search starts from: ``limit`` first of ``ranked_trigrams``, or by default as ``_take``
    chooses them."""
    ranked, df = _ranked(store, text)
    return ranked[:limit] if limit else _take(ranked, df, 0)


def fts_query(grams: Iterable[str]) -> str:
    """An FTS5 MATCH expression: each trigram a quoted string (quotes doubled), OR-ed. Safe for any text."""
    return " OR ".join('"' + g.replace('"', '""') + '"' for g in grams)


def coverage(query: str, article: str, *, loose: bool = False) -> float:
    """0–100: how much of the (normalised) query the (normalised) article accounts for.

    ``loose``: also count the query's characters found in order in the article around the best-aligned window
    (one third of the query's length either side), less what that region holds beyond the query: a reworded
    clause (动物饲养人或者管理人 → 养犬人) that no window of the query's own length can align; and the query's
    runs shared with the article in order wherever they stand (``runs_covered``): a clause that leaves out the
    middle of an article. Used only when the strict measure found nothing restated (it ranks slightly worse among
    close restatements).
    """
    from rapidfuzz import fuzz

    lq, la = len(query), len(article)
    if not lq or not la:
        return 0.0
    if lq > la:
        return max(fuzz.ratio(query, article), fuzz.partial_ratio(article, query) * la / lq)
    strict = max(fuzz.partial_ratio(query, article), fuzz.ratio(query, article))
    if not loose:
        return strict
    from rapidfuzz.distance import Indel

    al = fuzz.partial_ratio_alignment(query, article)
    if al is None:
        return max(strict, runs_covered(query, article))
    pad = lq // 3
    region = article[max(0, al.dest_start - pad):al.dest_end + pad]
    lcs = (lq + len(region) - Indel.distance(query, region)) / 2
    return max(strict, 100 * lcs / lq - 100 * max(0.0, len(region) - lcs - lq) / (2 * lq),
               runs_covered(query, article))


def coverage_at_least(query: str, article: str, at_least: float) -> float:
    """``coverage(query, article)`` (strict) where it is at least ``at_least``, else a value below ``at_least`` (0):
    for a caller that keeps only the articles covered that much (review.domain_laws), told with rapidfuzz's
    ``score_cutoff``, which gives up on an alignment that cannot reach it instead of scoring it whole. Exact for such
    a caller: a score at or above the cutoff is the one rapidfuzz computes without it (tests/test_speed38.py); the
    cutoff of the part scaled by ``la / lq`` is lowered by a hair, so no rounding of the scaling can drop a score that
    reaches ``at_least``. (round 38, speed38)"""
    from rapidfuzz import fuzz

    lq, la = len(query), len(article)
    if not lq or not la:
        return 0.0
    if lq > la:
        part = fuzz.partial_ratio(article, query, score_cutoff=min(100.0, at_least * lq / la * (1 - 1e-9)))
        return max(fuzz.ratio(query, article, score_cutoff=at_least), part * la / lq)
    return max(fuzz.partial_ratio(query, article, score_cutoff=at_least),
               fuzz.ratio(query, article, score_cutoff=at_least))


MIN_RUN = 4        # characters: a shorter run shared with an article is chance (之日起, 人民政府)
RUN_GAP_COST = 3.0  # points for each gap between the runs


def runs_covered(query: str, article: str) -> float:
    """0–100: the share of the (normalised) query in runs of at least ``MIN_RUN`` characters that the article holds
    in the same order (along a longest common subsequence), less ``RUN_GAP_COST`` for each gap between runs.
    A clause that leaves out the middle of an article — 用人单位招聘人员时，不得实施就业歧视 of 用人单位招聘人员时，
    应当向求职者提供平等的就业机会和公平的就业条件，不得实施就业歧视 — is covered by two runs, where no window of
    the query's length aligns with it."""
    from rapidfuzz.distance import LCSseq

    if not query:
        return 0.0
    runs = [op.src_end - op.src_start for op in LCSseq.opcodes(query, article)
            if op.tag == "equal" and op.src_end - op.src_start >= MIN_RUN]
    if not runs:
        return 0.0
    return max(0.0, 100 * sum(runs) / len(query) - RUN_GAP_COST * (len(runs) - 1))


@dataclass(frozen=True, slots=True)
class _Candidate:
    pid: int
    bm25: float


LOCAL_LEVELS = ("地方性法规", "地方政府规章", "规范性文件")


def _scope(as_of: str | None, levels: tuple[str, ...] | None, work_id: int | None, region: str | None,
           in_force: bool) -> tuple[str, str, list]:
    """Which versions a search may return, as SQL over ``versions v``: the joins after it, the condition and its
    arguments (a condition on the version and its work only)."""
    joins = "JOIN works w ON w.id=v.work_id"
    filters, args = [], []
    if as_of:
        # the version in force on as_of: started on or before it, and no later version started by then
        joins += " JOIN version_spans s ON s.version_id=v.id"
        filters.append("s.start <= ? AND (s.until IS NULL OR s.until > ?)")
        args += [as_of, as_of]
    else:
        filters.append("v.is_current=1")
    if in_force:   # not repealed or lapsed by that day (or at a date no source states)
        filters.append("w.id NOT IN (SELECT work_id FROM dead_works WHERE since <= ?)")
        args.append(as_of or "9999-12-31")
    if levels:
        filters.append(f"w.level IN ({','.join('?' * len(levels))})")
        args += list(levels)
    if work_id is not None:
        filters.append("w.id=?")
        args.append(work_id)
    if region is not None:   # local instruments only of that region (a province's regulations bind only there)
        filters.append(f"(w.level NOT IN ({','.join('?' * len(LOCAL_LEVELS))}) OR w.region = ?)")
        args += [*LOCAL_LEVELS, region]
    return joins, " AND ".join(filters), args


def _candidates(store, text: str, limit: int, as_of: str | None, levels: tuple[str, ...] | None,
                work_id: int | None, region: str | None = None, in_force: bool = True,
                grams: list[str] | None = None) -> list[_Candidate]:
    scope = _scope(as_of, levels, work_id, region, in_force)
    joins, where, args = scope
    joins = "JOIN versions v ON v.id=p.version_id " + joins
    if grams is None:
        grams = selective_trigrams(store, text)
    if grams:
        in_scope = store.scope_function(scope) if isinstance(store, SearchCache) else None
        if in_scope:
            # the same rows in the same order: FTS5 ranks every match (the ORDER BY is its own), the condition
            # only skips the versions out of scope, here tested against their ids instead of joined for each row
            sql = (f"SELECT f.rowid, f.rank FROM provisions_fts f JOIN provisions p ON p.id=f.rowid "
                   f"WHERE provisions_fts MATCH ? AND {in_scope}(p.version_id) ORDER BY f.rank LIMIT ?")
            rows = store.conn.execute(sql, [fts_query(grams), limit]).fetchall()
        else:
            sql = (f"SELECT f.rowid, f.rank FROM provisions_fts f JOIN provisions p ON p.id=f.rowid {joins} "
                   f"WHERE provisions_fts MATCH ? AND {where} ORDER BY f.rank LIMIT ?")
            rows = store.conn.execute(sql, [fts_query(grams), *args, limit]).fetchall()
        return [_Candidate(r[0], r[1]) for r in rows]
    term = normalise(text)
    if not term or not _some_article_holds(store, term):
        return []
    sql = (f"SELECT p.id, 0 FROM provisions p {joins} "
           f"WHERE p.kind='article' AND instr(p.text, ?) > 0 AND {where} LIMIT ?")
    return [_Candidate(r[0], 0.0) for r in store.conn.execute(sql, [term, *args, limit])]


def _some_article_holds(store, term: str) -> bool:
    """Whether an indexed article may hold ``term`` (normalised, no whitespace) as a substring: False, and the scan of
    every article's text for it (``instr`` above: a query without one selective trigram, e.g. a spaced-out heading
    新 闻 出 版 whose runs are single characters) is sure to find none. A term of three characters or more is
    asked of the trigram index as one phrase (the trigram tokenizer matches a quoted string as a substring, case
    folded: a superset of the case-sensitive ``instr``); a shorter one, which the trigram index cannot tell, is always
    scanned. Exact: only a condition every row the scan returns meets. (round 45, speed45: 27 such scans in a
    sweep of the 167 real documents, 1.5 s of its 6.6 s of candidate queries, each finding nothing.)"""
    if len(term) < 3:
        return True
    query = '"' + term.replace('"', '""') + '"'
    return store.conn.execute("SELECT 1 FROM provisions_fts WHERE provisions_fts MATCH ? LIMIT 1",
                              [query]).fetchone() is not None


def search(store, text: str, k: int = 5, *, as_of: str | None = None, levels: Iterable[str] | None = None,
           work_id: int | None = None, region: str | None = None,
           candidates: int = CANDIDATES, in_force: bool | None = None) -> list[Provision]:
    """Ranked article-level provisions for ``text``, each with ``score`` (0–100, coverage fused with bm25).

    ``region`` (a province as stored, e.g. "广东"): local regulations and rules of other regions are left out;
    ``region=""`` leaves out every local instrument.
    ``in_force`` (default: True, except within one work): only works in force on ``as_of`` (today when None) —
    a clause restates the law that binds it, not a repealed one; repealed works stay findable with False.
    """
    levels_t = tuple(levels) if levels else None
    if in_force is None:
        in_force = work_id is None
    text = _LEADING_LABEL.sub("", text)    # a draft's own article number restates nothing
    ranked, df = _ranked(store, text)
    q = normalise(text)
    args = (as_of, levels_t, work_id, region, in_force)
    best: dict[int, tuple[float, float, Provision]] = {}
    grams = _take(ranked, df, 0)
    first = _candidates(store, text, candidates, *args, grams=grams or None)
    provs = _rerank(store, q, first, best, {})
    # nothing restated among what the rarest trigrams found: widen once to the next ones and measure loosely
    # (a reworded clause whose rarest trigrams are incidental: 饲养的犬只造成 → 民法典 第一千二百四十五条)
    top = max((v[1] for v in best.values()), default=0.0)
    if len(ranked) > len(grams) and WIDEN_FROM <= top < MATCH_THRESHOLD:
        more = _candidates(store, text, candidates, *args, grams=_take(ranked, df, len(grams)))
        best = {}
        for cands in (first, more):
            provs = _rerank(store, q, cands, best, provs, loose=True)
    scored = sorted(best.values(), key=lambda t: -t[0])
    return [_with_score(p, cov) for fused, cov, p in scored[:k]]


def _rerank(store, q: str, cands: list[_Candidate], best: dict, provs: dict, *, loose: bool = False) -> dict:
    """Score candidates (coverage fused with the bm25 of their pass) into ``best`` (provision id → best score);
    returns the provisions fetched so far (``provs`` and the new ones)."""
    if not cands:
        return provs
    provs = {**provs, **store.articles_by_ids([c.pid for c in cands if c.pid not in provs])}
    best_bm25 = min(c.bm25 for c in cands) or -1.0
    for rank, c in enumerate(cands):
        p = provs.get(c.pid)
        if p is None:
            continue
        cov = coverage(q, _normalised_article(p.text), loose=loose)
        bm = (c.bm25 / best_bm25) if best_bm25 else 0.0
        fused = cov + BM25_WEIGHT * bm - 0.01 * rank
        if c.pid not in best or fused > best[c.pid][0]:
            best[c.pid] = (fused, cov, p)
    return provs


def _with_score(p: Provision, score: float) -> Provision:
    from dataclasses import replace

    return replace(p, score=score)


def _read_through(cache: dict, keys: list, fetch, most: int = 0) -> dict:
    """``fetch(keys)`` (a dict of the keys found) with each key asked of the store once: what ``cache`` lacks is
    fetched and remembered, a key the store lacks as None; the result leaves those out. ``most``: a cache holding
    more entries than that is emptied first (a long sweep's cache stays bounded; what is dropped is read again)."""
    missing = [k for k in dict.fromkeys(keys) if k not in cache]
    if missing:
        if most and len(cache) + len(missing) > most:
            cache.clear()
            missing = list(dict.fromkeys(keys))
        found = fetch(missing)
        cache.update((k, found.get(k)) for k in missing)
    return {k: v for k in keys if (v := cache[k]) is not None}


class SearchCache:
    """A store that many searches ask: each trigram's document frequency and each article are read from the corpus
    once (the corpus does not change while a document is reviewed, nor during a sweep: review.sweep._FixedSnapshot
    keeps one for all its documents); anything else is the store's. ``search(SearchCache(store), …)`` gives what
    ``search(store, …)`` gives."""

    MOST_TERMS = 200_000      # trigram frequencies remembered (a sweep's cache stays bounded; see _read_through)
    MOST_ARTICLES = 20_000    # articles remembered

    def __init__(self, store):
        self.store = store
        self._df: dict[str, int | None] = {}
        self._articles: dict[int, Provision | None] = {}
        self._scopes: dict[tuple, str] = {}

    def __getattr__(self, name):
        return getattr(self.store, name)

    def term_df(self, terms: list[str]) -> dict[str, int]:
        return _read_through(self._df, terms, self.store.term_df, self.MOST_TERMS)

    def articles_by_ids(self, ids: list[int]) -> dict[int, Provision]:
        return _read_through(self._articles, ids, self.store.articles_by_ids, self.MOST_ARTICLES)

    def scope_function(self, scope: tuple[str, str, list]) -> str | None:
        """The name of an SQL function of a version id, true for the versions in ``scope`` (``_scope``): they are
        read once (a few thousand versions), not joined again for each row every search matches. None where the
        store has no SQLite connection."""
        joins, where, args = scope
        key = (joins, where, tuple(args))
        if key not in self._scopes:
            conn = getattr(self.store, "conn", None)
            if conn is None:
                return None
            ids = frozenset(r[0] for r in conn.execute(f"SELECT v.id FROM versions v {joins} WHERE {where}", args))
            name = f"fashen_scope_{next(_SCOPE_NAMES)}"      # never reused: another review's scope is another set
            conn.create_function(name, 1, ids.__contains__, deterministic=True)
            self._scopes[key] = name
        return self._scopes[key]


_SCOPE_NAMES = itertools.count(1)


def search_cache(store) -> SearchCache:
    """The SearchCache for a review's searches: the store's own where its corpus is fixed for the store's life (a
    sweep's, review.sweep._FixedSnapshot.search_cache: one for every document a sweep process reviews), else a new
    one for this review."""
    lasting = getattr(store, "search_cache", None)
    return lasting() if callable(lasting) else SearchCache(store)


def is_match(hit: Provision | None, text: str, threshold: float = MATCH_THRESHOLD) -> bool:
    """Whether ``text`` restates ``hit`` (the top search result), boilerplate never does."""
    return (hit is not None and len(normalise(text)) >= MIN_MATCH_CHARS and clause_kind(text) != "boilerplate"
            and (hit.score or 0) >= threshold)
