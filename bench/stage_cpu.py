"""CPU time per engine stage, in one process: what a review or a sweep's per-document review costs, measured so that
a loaded machine (other processes on the same cores) inflates it far less than the wall clock.

    python bench/stage_cpu.py --mode review|sweep [--docs DIR] [--draft50] [--text-mb N] [--repeat 3] [--db PATH]

``--docs``: every document of the folder (default ../shared/data/documents/txt), read first (reading is timed
apart); ``--draft50``: the 50-clause draft of bench/review_bench.py; ``--text-mb N``: the first N MB of the real
documents concatenated (bench/big_bench.py), reviewed as one text. ``review`` is ``fashen review`` (upper-law
comparison on), ``sweep`` the per-document review of a cleanup sweep (its topics). The engine's own stage timer
(``review.engine._Timer``) reads the process CPU clock here instead of the wall clock; the start-up of the process
(imports, rule packs from their cache) is printed apart. The first pass is what one command pays (it also builds
regexes, indexes and per-process caches on first use); with ``--repeat`` the pass runs again in the same process and
the median of the later passes is printed too (what a long-running sweep worker pays per document). The review CPU
includes that of the children the engine forks for a very large document's rule stage (review/fork_map.py); the
stage timings are this process's alone. The garbage collector's thresholds are set as the CLI and a sweep's workers
set them (review/collector.py) unless ``--default-gc``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import types
from pathlib import Path

T0 = time.process_time()
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

DEFAULT_DOCS = ROOT.parent / "shared" / "data" / "documents" / "txt"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mode", choices=["review", "sweep"], default="review")
    ap.add_argument("--docs", type=Path, default=DEFAULT_DOCS)
    ap.add_argument("--draft50", action="store_true")
    ap.add_argument("--text-mb", type=float, default=0.0)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--db", type=Path, help="the corpus (default: $FASHEN_DB, else the default corpus)")
    ap.add_argument("--as-of", default="2026-12-02")
    ap.add_argument("--default-gc", action="store_true",
                    help="keep CPython's collector thresholds (default: review/collector.py's, as the CLI and a "
                         "sweep's workers set them)")
    args = ap.parse_args(argv)
    if not args.default_gc:
        from review.collector import tune

        tune()

    import review.engine as engine
    from review.engine import ReviewOptions, review_document
    from review.readers import read_document
    from review.rules import load_packs
    from review.sweep import SWEEP_TOPICS, _FixedSnapshot
    from statutes.store import Store

    rules = load_packs()
    start = time.process_time() - T0
    engine.time = types.SimpleNamespace(perf_counter=time.process_time)   # stage timings in CPU seconds

    t = time.process_time()
    if args.draft50 or args.text_mb:
        import tempfile

        if args.draft50:
            from review_bench import fifty_clause_draft
            text = fifty_clause_draft()
        else:
            import big_bench
            big_bench.DOCS = args.docs
            text = big_bench.real_text(int(args.text_mb * 1_000_000))
        path = Path(tempfile.mkdtemp()) / "text.txt"
        path.write_text(text, encoding="utf-8")
        files = [path]
    else:
        files = sorted(p for p in args.docs.iterdir() if p.is_file())
    docs = [read_document(f) for f in files]
    read = time.process_time() - t

    from cli import db_path   # --db, else $FASHEN_DB, else the default corpus

    store = Store(db_path(args.db), create=False)
    if args.mode == "sweep":
        store = _FixedSnapshot(store)
        opts = ReviewOptions(as_of=args.as_of, topics=tuple(SWEEP_TOPICS), upper_law=False)
    else:
        opts = ReviewOptions(as_of=args.as_of)
    passes = []
    for _ in range(args.repeat):
        stages: dict[str, float] = {}
        clauses = 0
        t, c = time.process_time(), _children_cpu()
        for d in docs:
            op = review_document(d, store, rules, opts)
            clauses += op.stats["clauses"]
            for k, v in op.stats["timings_ms"].items():
                stages[k] = stages.get(k, 0.0) + v / 1000
        passes.append((time.process_time() - t + _children_cpu() - c, stages))
    names = list(dict.fromkeys(k for _, s in passes for k in s))
    print(f"{args.mode}: {len(docs)} documents, {clauses} clauses; process start-up (imports, rule packs) "
          f"{start:.2f} s CPU; reading {read:.2f} s CPU")

    def show(label, chosen):
        total = statistics.median(p[0] for p in chosen)
        stage = {k: statistics.median(s.get(k, 0.0) for _, s in chosen) for k in names}
        print(f"{label}: review CPU {total:.3f} s ({1000 * total / len(docs):.1f} ms per document); stages, CPU s: "
              + ", ".join(f"{k} {v:.3f}" for k, v in stage.items()))

    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    print(f"peak resident memory: this process {peak} MB" + (f", its largest forked child {child} MB" if child else ""))
    show("first pass", passes[:1])
    if len(passes) > 1:
        show(f"median of the {len(passes) - 1} later passes", passes[1:])
    return 0


def _children_cpu() -> float:
    import resource

    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


if __name__ == "__main__":
    raise SystemExit(main())
