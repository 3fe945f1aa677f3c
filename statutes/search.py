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

import re
from dataclasses import dataclass
from typing import Iterable

from .model import Provision

CANDIDATES = 30
RARE_TERMS = 10
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


def normalise(text: str) -> str:
    """Text as compared: no whitespace, no punctuation, full-width digits as ASCII."""
    from .numerals import fullwidth_to_ascii

    return _STRIP.sub("", fullwidth_to_ascii(text))


def query_trigrams(text: str) -> list[str]:
    """Distinct trigrams of the runs between punctuation, in order."""
    seen: dict[str, None] = {}
    for run in _SPLIT.split(text):
        for i in range(len(run) - 2):
            seen.setdefault(run[i:i + 3], None)
    return list(seen)


def selective_trigrams(store, text: str, limit: int | None = None) -> list[str]:
    """The ``limit`` rarest trigrams of the query that occur in the corpus at all (typos drop out)."""
    grams = query_trigrams(text)
    df = store.term_df(grams)
    present = [g for g in grams if df.get(g)]
    return sorted(present, key=df.__getitem__)[:limit or RARE_TERMS]


def fts_query(grams: Iterable[str]) -> str:
    """An FTS5 MATCH expression: each trigram a quoted string (quotes doubled), OR-ed. Safe for any text."""
    return " OR ".join('"' + g.replace('"', '""') + '"' for g in grams)


def coverage(query: str, article: str) -> float:
    """0–100: how much of the (normalised) query the (normalised) article accounts for."""
    from rapidfuzz import fuzz

    lq, la = len(query), len(article)
    if not lq or not la:
        return 0.0
    if lq <= la:
        return max(fuzz.partial_ratio(query, article), fuzz.ratio(query, article))
    return max(fuzz.ratio(query, article), fuzz.partial_ratio(article, query) * la / lq)


@dataclass(frozen=True, slots=True)
class _Candidate:
    pid: int
    bm25: float


LOCAL_LEVELS = ("地方性法规", "地方政府规章", "规范性文件")


def _candidates(store, text: str, limit: int, as_of: str | None, levels: tuple[str, ...] | None,
                work_id: int | None, region: str | None = None) -> list[_Candidate]:
    filters, args = [], []
    if as_of:
        # the version in force on as_of: effective on or before it, and no later version effective by then
        filters.append("coalesce(v.effective_date, v.publish_date, '') <= ? AND NOT EXISTS (SELECT 1 FROM versions "
                       "v2 WHERE v2.work_id=v.work_id AND coalesce(v2.effective_date, v2.publish_date, '') <= ? AND "
                       "coalesce(v2.effective_date, v2.publish_date, '') > coalesce(v.effective_date, "
                       "v.publish_date, ''))")
        args += [as_of, as_of]
    else:
        filters.append("v.is_current=1")
    if levels:
        filters.append(f"w.level IN ({','.join('?' * len(levels))})")
        args += list(levels)
    if work_id is not None:
        filters.append("w.id=?")
        args.append(work_id)
    if region is not None:   # local instruments only of that region (a province's regulations bind only there)
        filters.append(f"(w.level NOT IN ({','.join('?' * len(LOCAL_LEVELS))}) OR w.region = ?)")
        args += [*LOCAL_LEVELS, region]
    where = " AND ".join(filters)
    grams = selective_trigrams(store, text)
    if grams:
        sql = (f"SELECT f.rowid, f.rank FROM provisions_fts f JOIN provisions p ON p.id=f.rowid "
               f"JOIN versions v ON v.id=p.version_id JOIN works w ON w.id=v.work_id "
               f"WHERE provisions_fts MATCH ? AND {where} ORDER BY f.rank LIMIT ?")
        rows = store.conn.execute(sql, [fts_query(grams), *args, limit]).fetchall()
        return [_Candidate(r[0], r[1]) for r in rows]
    term = normalise(text)
    if not term:
        return []
    sql = (f"SELECT p.id, 0 FROM provisions p JOIN versions v ON v.id=p.version_id JOIN works w ON w.id=v.work_id "
           f"WHERE p.kind='article' AND instr(p.text, ?) > 0 AND {where} LIMIT ?")
    return [_Candidate(r[0], 0.0) for r in store.conn.execute(sql, [term, *args, limit])]


def search(store, text: str, k: int = 5, *, as_of: str | None = None, levels: Iterable[str] | None = None,
           work_id: int | None = None, region: str | None = None,
           candidates: int = CANDIDATES) -> list[Provision]:
    """Ranked article-level provisions for ``text``, each with ``score`` (0–100, coverage fused with bm25).

    ``region`` (a province as stored, e.g. "广东"): local regulations and rules of other regions are left out;
    ``region=""`` leaves out every local instrument.
    """
    levels_t = tuple(levels) if levels else None
    cands = _candidates(store, text, candidates, as_of, levels_t, work_id, region)
    if not cands:
        return []
    q = normalise(text)
    provs = store.articles_by_ids([c.pid for c in cands])
    best_bm25 = min(c.bm25 for c in cands) or -1.0
    scored = []
    for rank, c in enumerate(cands):
        p = provs.get(c.pid)
        if p is None:
            continue
        cov = coverage(q, normalise(p.text))
        bm = (c.bm25 / best_bm25) if best_bm25 else 0.0
        scored.append((cov + BM25_WEIGHT * bm - 0.01 * rank, cov, p))
    scored.sort(key=lambda t: -t[0])
    out = []
    for fused, cov, p in scored[:k]:
        out.append(_with_score(p, cov))
    return out


def _with_score(p: Provision, score: float) -> Provision:
    from dataclasses import replace

    return replace(p, score=score)


def is_match(hit: Provision | None, text: str, threshold: float = MATCH_THRESHOLD) -> bool:
    """Whether ``text`` restates ``hit`` (the top search result), boilerplate never does."""
    return (hit is not None and len(normalise(text)) >= MIN_MATCH_CHARS and clause_kind(text) != "boilerplate"
            and (hit.score or 0) >= threshold)
