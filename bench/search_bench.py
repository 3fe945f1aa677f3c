"""Clause-search benchmark: fashen vs plain FTS5-trigram BM25 vs brute-force rapidfuzz, in one run.

    python bench/search_bench.py [--seed 7] [--positives 2000] [--negatives 260] [--brute-sample 300]

Prints recall@1, recall@5, MRR, match/no-match precision/recall/F1 at the chosen threshold, p50/p95
latency per query, batch throughput, and the default-corpus import (index build) time.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.clausegen import negatives, transform  # noqa: E402
from statutes.importers.default import import_default  # noqa: E402
from statutes.search import (MATCH_THRESHOLD, clause_kind, fts_query, is_match, normalise,  # noqa: E402
                             query_trigrams, search)
from statutes.store import Store  # noqa: E402


def build(path: Path) -> float:
    t = time.perf_counter()
    store = Store(path)
    import_default(store)
    store.close()
    return time.perf_counter() - t


def pick_positives(store: Store, n: int, rng: random.Random):
    rows = list(store.iter_current_articles())
    by_norm: dict[str, list[int]] = {}
    for pid, text in rows:
        by_norm.setdefault(normalise(text), []).append(pid)
    pool = [(pid, text) for pid, text in rows
            if 20 <= len(text) <= 600 and clause_kind(text) == "substantive" and len(by_norm[normalise(text)]) == 1]
    from collections import Counter

    from bench.clausegen import _sentences
    sentence_count = Counter(normalise(s) for _, text in rows for s in set(_sentences(text.replace("\n", ""))))
    unique = (lambda s: sentence_count[normalise(s)] <= 1)
    rng.shuffle(pool)
    out = []
    for pid, text in pool:
        q, ops = transform(text, rng, unique)
        if len(normalise(q)) < 15:
            continue
        out.append((q, pid, ops))
        if len(out) == n:
            break
    return out


def evaluate(name, ranked_fn, positives, negs, threshold, match_fn):
    ranks, lat = [], []
    tp = fp = fn = 0
    for q, pid, _ in positives:
        t = time.perf_counter()
        hits = ranked_fn(q)
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
    for _, q in negs:
        t = time.perf_counter()
        hits = ranked_fn(q)
        lat.append(time.perf_counter() - t)
        if hits and match_fn(q, hits[0]):
            fp += 1
    n = len(positives)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    lat.sort()
    return {
        "method": name, "queries": n + len(negs),
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
    ap.add_argument("--brute-sample", type=int, default=300,
                    help="queries for the brute-force baseline (it takes ~0.3 s a query)")
    ap.add_argument("--db", type=Path, help="reuse an existing default-corpus database")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)

    tmp = tempfile.TemporaryDirectory()
    db = args.db
    build_s = None
    if db is None:
        db = Path(tmp.name) / "corpus.db"
        build_s = build(db)
    store = Store(db)
    positives = pick_positives(store, args.positives, rng)
    negs = negatives(args.negatives, rng)

    def fashen_ranked(q):
        return [(_pid(store, p), p.score, p) for p in search(store, q, k=5)]

    def fashen_match(q, top):
        return is_match(top[2], q)

    def fts_ranked(q):
        grams = query_trigrams(q)
        if not grams:
            return []
        rows = store.conn.execute(
            "SELECT f.rowid, f.rank FROM provisions_fts f JOIN provisions p ON p.id=f.rowid JOIN versions v "
            "ON v.id=p.version_id WHERE provisions_fts MATCH ? AND v.is_current=1 ORDER BY f.rank LIMIT 5",
            [fts_query(grams)]).fetchall()
        return [(r[0], r[1]) for r in rows]

    fts_scores = [fts_ranked(q)[:1] for _, q in negs[:50]]
    neg_bm25 = sorted(s[0][1] for s in fts_scores if s)
    fts_thr = neg_bm25[0] if neg_bm25 else 0.0  # best (lowest) bm25 any of 50 negatives reached

    def fts_match(q, top):
        return top[1] < fts_thr

    from rapidfuzz import fuzz, process
    corpus = list(store.iter_current_articles())
    ids = [pid for pid, _ in corpus]
    texts = [normalise(t) for _, t in corpus]

    def brute(scorer):
        def ranked(q):
            res = process.extract(normalise(q), texts, scorer=scorer, limit=5)
            return [(ids[i], s) for _, s, i in res]
        return ranked

    def brute_match(q, top):
        return top[1] >= 90

    results = [evaluate("fashen (FTS5 candidates + coverage rerank)", fashen_ranked, positives, negs,
                        MATCH_THRESHOLD, fashen_match),
               evaluate("plain FTS5-trigram BM25", fts_ranked, positives, negs, fts_thr, fts_match)]
    k = args.brute_sample
    if k:
        results += brute_results(k, positives, negs, brute, brute_match, fuzz)
    return finish(args, store, positives, negs, results, build_s)


def brute_results(k, positives, negs, brute, brute_match, fuzz):
    results = []
    sub_pos, sub_neg = positives[:k], negs[: max(1, k * len(negs) // max(1, len(positives)))]
    results.append(evaluate(f"brute-force rapidfuzz partial_ratio ({k}-query sample)",
                            brute(fuzz.partial_ratio), sub_pos, sub_neg, 90, brute_match))
    results.append(evaluate(f"brute-force rapidfuzz ratio ({k}-query sample)",
                            brute(fuzz.ratio), sub_pos, sub_neg, 90, brute_match))
    return results


def finish(args, store, positives, negs, results, build_s):

    t = time.perf_counter()
    for q, _, _ in positives:
        search(store, q, k=5)
    batch_qps = len(positives) / (time.perf_counter() - t)

    print(f"seed={args.seed} positives={len(positives)} negatives={len(negs)} threshold={MATCH_THRESHOLD}")
    if build_s is not None:
        print(f"default-corpus import + index build: {build_s:.1f} s")
    print(f"fashen batch throughput (one process, {len(positives)} queries): {batch_qps:.0f} queries/s")
    cols = ["recall@1", "recall@5", "MRR", "precision", "recall", "F1", "p50_ms", "p95_ms", "qps"]
    print("| method | queries | " + " | ".join(cols) + " |")
    print("|---|---|" + "---|" * len(cols))
    for r in results:
        print(f"| {r['method']} | {r['queries']} | " + " | ".join(f"{r[c]:.3f}" if c not in ("p50_ms", "p95_ms", "qps")
                                                          else f"{r[c]:.1f}" for c in cols) + " |")
    misses = [(q, pid, ops) for q, pid, ops in positives if (search(store, q, k=1) or [None])[0] is None
              or _pid(store, search(store, q, k=1)[0]) != pid]
    print(f"\nfashen top-1 misses: {len(misses)}")
    for q, pid, ops in misses[:15]:
        print(f"  {ops} {q[:70]}")


_PID_CACHE: dict = {}


def _pid(store, p):
    key = (p.version_id, p.article, p.article_sub)
    if key not in _PID_CACHE:
        _PID_CACHE[key] = store.conn.execute(
            "SELECT id FROM provisions WHERE version_id=? AND article=? AND article_sub=? AND kind='article'",
            key).fetchone()[0]
    return _PID_CACHE[key]


if __name__ == "__main__":
    main()
