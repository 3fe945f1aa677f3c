"""Dump every finding of a review (or a sweep's review) of every document in a folder, one JSON line each, so two
versions of the engine can be compared finding for finding (an optimisation must leave the dump identical).

    python bench/findings_dump.py --db corpus.db --out /tmp/before-review.jsonl [--mode review|sweep] [--docs DIR]
                                  [--fixed-store]
    diff /tmp/before-review.jsonl /tmp/after-review.jsonl

Each line: document file name, rule id, clause index, quote, severity, category (and the other quotes a finding
lists, and the places it lists as amended with it: ``folded``; ``categories`` when it stands for more than its own). ``review`` is ``fashen review`` with the upper-law
comparison; ``sweep`` the per-document review of a cleanup sweep (its topics, no upper law). The review date is
fixed (``--as-of``) so that runs on other days agree. CPU time of the reviews is printed at the end.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

DEFAULT_DOCS = Path(__file__).resolve().parents[2] / "shared" / "data" / "documents" / "txt"


def finding_rows(name: str, opinion) -> list[dict]:
    rows = []
    for f in opinion.findings:
        rows.append({"doc": name, "rule": f.rule, "clause": f.clause.index if f.clause is not None else None,
                     "quote": f.quote, "severity": f.severity, "category": f.category,
                     "quotes": f.detail.get("quotes") or [], "problem": f.problem,
                     "folded": [[p.get("index"), p.get("quote")] for p in f.detail.get("folded") or ()]})
        cats = list(f.detail.get("categories") or (f.category,))
        if cats != [f.category]:     # the categories a finding stands for besides its own (review.merge, review.categories)
            rows[-1]["categories"] = cats
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=Path, default=DEFAULT_DOCS)
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--mode", choices=["review", "sweep"], default="review")
    ap.add_argument("--as-of", default="2026-12-02")
    ap.add_argument("--limit", type=int, default=0, help="only the first N documents")
    ap.add_argument("--fixed-store", action="store_true",
                    help="review through the store a sweep's reviewer holds (review.sweep._FixedSnapshot: the corpus "
                         "fixed, one search cache for every document) instead of the plain store")
    args = ap.parse_args(argv)

    from review.engine import ReviewOptions, review_document
    from review.readers import read_document
    from review.rules import load_packs
    from review.sweep import SWEEP_TOPICS, _FixedSnapshot
    from statutes.store import Store

    files = sorted(p for p in args.docs.iterdir() if p.is_file())
    if args.limit:
        files = files[:args.limit]
    rules = load_packs()
    if args.mode == "review":
        opts = ReviewOptions(as_of=args.as_of)
    else:
        opts = ReviewOptions(as_of=args.as_of, topics=tuple(SWEEP_TOPICS), upper_law=False)
    cpu = 0.0
    n = 0
    with Store(args.db) as plain, args.out.open("w", encoding="utf-8") as out:
        store = _FixedSnapshot(plain) if args.fixed_store else plain
        for f in files:
            doc = read_document(f)
            t = time.process_time()
            opinion = review_document(doc, store, rules, opts)
            cpu += time.process_time() - t
            for row in finding_rows(f.name, opinion):
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
    print(f"{len(files)} documents, {n} findings, review CPU {cpu:.1f} s -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
