"""Clause-search benchmark on the shipped default corpus: fashen vs plain FTS5-trigram BM25 vs brute-force
rapidfuzz, in one run, on queries drawn from every level of the corpus.

    python bench/search_bench.py [--seed 7] [--positives 2000] [--negatives 260] [--brute-sample 100] [--db PATH]

Positives: current articles of any level (20–600 characters, not boilerplate, text unique in the corpus),
restated by ``bench/clausegen.py`` — never verbatim: a query whose text without punctuation and spaces is the
article's is drawn again (see ``pick_positives``). A query against a local instrument (地方性法规 etc.) is searched with its
province as the region — local instruments bind only there — and every other query with no province (national
levels only), as ``fashen review`` does. Negatives: local clauses that restate nothing, each searched with one
of the corpus's provinces or none, in turn. Prints recall@1, recall@5, MRR, match/no-match precision, recall and
F1 at fashen's threshold, p50/p95 latency, batch throughput, recall@1 by level, and the time to build the
default corpus (when no --db is given).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.clausegen import negatives, transform  # noqa: E402
from statutes.importers.default import build_default_corpus  # noqa: E402
from statutes.search import (LOCAL_LEVELS, MATCH_THRESHOLD, clause_kind, fts_query, is_match,  # noqa: E402
                             normalise, query_trigrams, search)
from statutes.store import Store  # noqa: E402


def build(path: Path) -> tuple[float, int]:
    t = time.perf_counter()
    r = build_default_corpus(path)
    return time.perf_counter() - t, r.db_bytes


def current_articles(store: Store) -> list[tuple[int, str, str, str]]:
    """(provision id, text, level, region or "") of every article of a current version of a work in force."""
    return store.conn.execute(
        "SELECT p.id, p.text, w.level, coalesce(w.region, '') FROM provisions p JOIN versions v ON v.id=p.version_id "
        "JOIN works w ON w.id=v.work_id WHERE p.kind='article' AND v.is_current=1 AND v.status='现行有效' "
        "AND w.repeal_date IS NULL AND w.repealed_by IS NULL ORDER BY p.id").fetchall()


_PID_CACHE: dict = {}


def _pid(store, p):
    key = (p.version_id, p.article, p.article_sub)
    if key not in _PID_CACHE:
        _PID_CACHE[key] = store.conn.execute(
            "SELECT id FROM provisions WHERE version_id=? AND article=? AND article_sub=? AND kind='article'",
            key).fetchone()[0]
    return _PID_CACHE[key]


def query_region(level: str, region: str) -> str:
    return region if level in LOCAL_LEVELS else ""


def ambiguous(store: Store, pid: int, text: str, region: str) -> bool:
    """Whether another article in the scope searched holds ``text`` (an article, or the sentence a truncated query
    keeps) nearly word for word — a local regulation copying a national one, two cities' identical rules: no
    reader could attribute a restatement of it to one of them. Another article among the top two scoring ≥ 95."""
    return any(_pid(store, h) != pid and (h.score or 0) >= 95 for h in search(store, text, k=2, region=region))


VERBATIM_RETRIES = 5


def pick_positives(rows, n: int, rng: random.Random, store: Store | None = None, skipped: list | None = None,
                   verbatim: list | None = None):
    """``n`` restated articles as (query, provision id, ops, level, region to search with); with ``store``,
    articles another article nearly duplicates are left out (counted in ``skipped``). A query is never the article
    itself: when the drawn changes leave its text as it was once punctuation and spaces are gone (no change
    applied, or only punctuation changed), other changes are drawn, up to ``VERBATIM_RETRIES`` times; an article
    still unchanged after that is left out (counted in ``verbatim``)."""
    from bench.clausegen import _sentences

    by_norm: dict[str, int] = Counter(normalise(text) for _, text, _, _ in rows)
    pool = [r for r in rows if 20 <= len(r[1]) <= 600 and clause_kind(r[1]) == "substantive"
            and by_norm[normalise(r[1])] == 1]
    sentence_count = Counter(normalise(s) for _, text, _, _ in rows for s in set(_sentences(text.replace("\n", ""))))
    rng.shuffle(pool)
    out = []
    for pid, text, level, region in pool:
        scope = query_region(level, region)

        def unique(sentence, pid=pid, scope=scope):
            """A sentence truncation may keep: in this article only, and nearly so (no other article in the
            scope holds it at ≥ 95)."""
            return sentence_count[normalise(sentence)] <= 1 and (store is None or not ambiguous(store, pid, sentence,
                                                                                                 scope))
        for _ in range(VERBATIM_RETRIES):   # a query must differ from the article once punctuation is gone
            q, ops = transform(text, rng, unique)
            if normalise(q) != normalise(text):
                break
        else:
            if verbatim is not None:
                verbatim.append(pid)
            continue
        if len(normalise(q)) < 15:
            continue
        if store is not None and ambiguous(store, pid, text, scope):
            if skipped is not None:
                skipped.append(pid)
            continue
        out.append((q, pid, ops, level, scope))
        if len(out) == n:
            break
    return out


def evaluate(name, ranked_fn, positives, negs, match_fn):
    ranks, lat = [], []
    tp = fp = fn = 0
    for q, pid, _, _, region in positives:
        t = time.perf_counter()
        hits = ranked_fn(q, region)
        lat.append(time.perf_counter() - t)
        ids = [h[0] for h in hits]
        ranks.append(ids.index(pid) + 1 if pid in ids else None)
        if hits and match_fn(q, hits[0]):
            if hits[0][0] == pid:
                tp += 1
            else:
                fp += 1
                fn += 1
        else:
            fn += 1
    for _, q, region in negs:
        t = time.perf_counter()
        hits = ranked_fn(q, region)
        lat.append(time.perf_counter() - t)
        if hits and match_fn(q, hits[0]):
            fp += 1
    n = len(positives)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    lat.sort()
    return {
        "method": name, "queries": n + len(negs), "ranks": ranks,
        "recall@1": sum(1 for x in ranks if x == 1) / n,
        "recall@5": sum(1 for x in ranks if x and x <= 5) / n,
        "MRR": sum(1 / x for x in ranks if x) / n,
        "precision": p, "recall": r, "F1": 2 * p * r / (p + r) if p + r else 0.0,
        "p50_ms": 1000 * lat[len(lat) // 2], "p95_ms": 1000 * lat[int(len(lat) * 0.95)],
        "qps": len(lat) / sum(lat),
    }


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--positives", type=int, default=2000)
    ap.add_argument("--negatives", type=int, default=260)
    ap.add_argument("--brute-sample", type=int, default=100,
                    help="queries for the brute-force baselines (seconds a query on the whole corpus)")
    ap.add_argument("--db", type=Path, help="reuse a database built from the default corpus")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)

    tmp = tempfile.TemporaryDirectory()
    db, build_s, db_bytes = args.db, None, None
    if db is None:
        db = Path(tmp.name) / "corpus.db"
        build_s, db_bytes = build(db)
    store = Store(db)
    rows = current_articles(store)
    skipped: list[int] = []
    verbatim: list[int] = []
    positives = pick_positives(rows, args.positives, rng, store, skipped, verbatim)
    regions = [""] + sorted({r for _, _, level, r in rows if r and level in LOCAL_LEVELS})
    negs = [(kind, text, regions[i % len(regions)]) for i, (kind, text) in enumerate(negatives(args.negatives, rng))]

    def fashen_ranked(q, region):
        return [(_pid(store, p), p.score, p) for p in search(store, q, k=5, region=region)]

    def fashen_match(q, top):
        return is_match(top[2], q)

    region_of = {pid: (level, region) for pid, _, level, region in rows}

    def fts_ranked(q, region):
        grams = query_trigrams(q)
        if not grams:
            return []
        sql = ("SELECT f.rowid, f.rank FROM provisions_fts f JOIN provisions p ON p.id=f.rowid JOIN versions v "
               "ON v.id=p.version_id JOIN works w ON w.id=v.work_id WHERE provisions_fts MATCH ? AND v.is_current=1 "
               f"AND (w.level NOT IN ({','.join('?' * len(LOCAL_LEVELS))}) OR w.region = ?) ORDER BY f.rank LIMIT 5")
        rows_ = store.conn.execute(sql, [fts_query(grams), *LOCAL_LEVELS, region]).fetchall()
        return [(r[0], r[1]) for r in rows_]

    fts_scores = [fts_ranked(q, region)[:1] for _, q, region in negs[:50]]
    neg_bm25 = sorted(s[0][1] for s in fts_scores if s)
    fts_thr = neg_bm25[0] if neg_bm25 else 0.0  # best (lowest) bm25 any of 50 negatives reached

    def fts_match(q, top):
        return top[1] < fts_thr

    results = [evaluate("fashen (FTS5 candidates + coverage rerank)", fashen_ranked, positives, negs, fashen_match),
               evaluate("plain FTS5-trigram BM25 (all query trigrams)", fts_ranked, positives, negs, fts_match)]
    if args.brute_sample:
        results += brute_results(args.brute_sample, positives, negs, rows)
    finish(args, store, positives, negs, results, build_s, db_bytes, fashen_ranked, region_of, len(skipped),
           len(verbatim))


def brute_results(k, positives, negs, rows):
    from rapidfuzz import fuzz, process

    by_region: dict[str, tuple[list[int], list[str]]] = {}

    def corpus_for(region):
        if region not in by_region:
            sel = [(pid, normalise(t)) for pid, t, level, r in rows if level not in LOCAL_LEVELS or r == region]
            by_region[region] = ([p for p, _ in sel], [t for _, t in sel])
        return by_region[region]

    def brute(scorer):
        def ranked(q, region):
            ids, texts = corpus_for(region)
            res = process.extract(normalise(q), texts, scorer=scorer, limit=5)
            return [(ids[i], s) for _, s, i in res]
        return ranked

    def brute_match(q, top):
        return top[1] >= 90

    sub_pos, sub_neg = positives[:k], negs[: max(1, k * len(negs) // max(1, len(positives)))]
    return [evaluate(f"brute-force rapidfuzz partial_ratio ({k}-query sample)", brute(fuzz.partial_ratio),
                     sub_pos, sub_neg, brute_match),
            evaluate(f"brute-force rapidfuzz ratio ({k}-query sample)", brute(fuzz.ratio), sub_pos, sub_neg,
                     brute_match)]


def finish(args, store, positives, negs, results, build_s, db_bytes, fashen_ranked, region_of, skipped,
           verbatim=0):
    t = time.perf_counter()
    for q, _, _, _, region in positives:
        search(store, q, k=5, region=region)
    batch_qps = len(positives) / (time.perf_counter() - t)

    levels = Counter(level for _, _, _, level, _ in positives)
    print(f"seed={args.seed} positives={len(positives)} negatives={len(negs)} threshold={MATCH_THRESHOLD}")
    print("positives by level: " + ", ".join(f"{lv} {n}" for lv, n in levels.most_common()) +
          f"; left out as near-duplicates of another article in scope: {skipped}; "
          f"left out as still verbatim after {VERBATIM_RETRIES} draws: {verbatim}")
    if build_s is not None:
        print(f"default corpus build (first run: import + index): {build_s:.1f} s, database {db_bytes / 1e6:.0f} MB")
    print(f"fashen batch throughput (one process, {len(positives)} queries): {batch_qps:.0f} queries/s")
    cols = ["recall@1", "recall@5", "MRR", "precision", "recall", "F1", "p50_ms", "p95_ms", "qps"]
    print("| method | queries | " + " | ".join(cols) + " |")
    print("|---|---|" + "---|" * len(cols))
    for r in results:
        print(f"| {r['method']} | {r['queries']} | " + " | ".join(
            f"{r[c]:.3f}" if c not in ("p50_ms", "p95_ms", "qps") else f"{r[c]:.1f}" for c in cols) + " |")
    by_level = defaultdict(list)
    for (q, pid, ops, level, region), rank in zip(positives, results[0]["ranks"]):
        by_level[level].append(rank == 1)
    print("\nfashen recall@1 by level: " + ", ".join(f"{lv} {sum(v) / len(v):.3f} ({len(v)})"
                                                     for lv, v in sorted(by_level.items(), key=lambda t: -len(t[1]))))
    misses = [(q, pid, ops, level) for (q, pid, ops, level, region), rank in zip(positives, results[0]["ranks"])
              if rank != 1]
    print(f"fashen top-1 misses: {len(misses)}")
    for q, pid, ops, level in misses[:15]:
        print(f"  {level} {ops} {q[:70]}")


if __name__ == "__main__":
    main()
