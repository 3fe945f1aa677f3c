"""Sweep benchmark: documents per second of a cleanup sweep over the real documents, with 1, 2… worker processes.

    python bench/sweep_bench.py [--docs ../shared/data/documents/txt] [--workers 1 2] [--repeat 1] [--profile]
                                [--db CORPUS.db] [--topics upper-law …]

Each run starts from a fresh copy of the default corpus (so nothing is skipped as already stored) and times
``review.sweep.sweep`` end to end: listing and hashing the files, starting the worker processes, reading,
reviewing, deciding and storing every document. ``--profile`` adds a one-process cProfile of the engine
stages (where the time goes). The machine's load average is printed: other processes on a small machine
change the figures; the CPU seconds of the sweep (this process and every worker process, sampled with psutil:
RUSAGE_CHILDREN never sees a forkserver's workers) are printed too, steadier under load.
``--db`` copies that corpus instead of building the default one; ``--topics`` sweeps only those topics.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from review.sweep import SweepOptions, collect_files, sweep  # noqa: E402
from statutes.importers.default import build_default_corpus  # noqa: E402
from statutes.store import Store  # noqa: E402

DEFAULT_DOCS = Path(__file__).resolve().parents[2] / "shared" / "data" / "documents" / "txt"
AS_OF = "2026-01-01"


def fresh_copy(src: Path, dst: Path) -> Path:
    if dst.exists():
        dst.unlink()
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    return dst


class TreeCpu:
    """CPU seconds of this process's descendants while a sweep runs: pool workers fork from a forkserver, so
    RUSAGE_CHILDREN never counts them; sampled with psutil (when installed) every ``every`` seconds until they
    end (the last fraction of a second of a worker can be missed)."""

    def __init__(self, every: float = 0.2):
        import threading

        self.seen: dict[int, float] = {}
        self.every, self._stop = every, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        try:
            import psutil
        except ImportError:
            return
        me = psutil.Process()
        while not self._stop.is_set():
            for p in me.children(recursive=True):
                try:
                    t = p.cpu_times()
                    self.seen[p.pid] = t.user + t.system
                except psutil.Error:
                    pass
            self._stop.wait(self.every)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()

    def total(self) -> float:
        return sum(self.seen.values())


def run_once(template: Path, work: Path, docs: Path, workers: int, topics=None) -> tuple[float, dict]:
    import resource

    db = fresh_copy(template, work / f"sweep-{workers}.db")
    with Store(db) as store:
        own = resource.getrusage(resource.RUSAGE_SELF)
        t, c = time.perf_counter(), own.ru_utime + own.ru_stime
        opts = SweepOptions(as_of=AS_OF, workers=workers, **({"topics": tuple(topics)} if topics else {}))
        with TreeCpu() as tree:
            result = sweep([docs], store, opts)
        seconds = time.perf_counter() - t
        own = resource.getrusage(resource.RUSAGE_SELF)
        driver = own.ru_utime + own.ru_stime - c
        print(f"  cpu {driver + tree.total():.2f}s (this process {driver:.2f}s, worker processes {tree.total():.2f}s)")
    for ext in ("", "-wal", "-shm"):
        Path(f"{db}{ext}").unlink(missing_ok=True)
    return seconds, result.summary


def profile(template: Path, docs: Path) -> None:
    """Engine stage timings over all documents in this process (no pool)."""
    from review.engine import ReviewOptions, review_document
    from review.readers import read_document
    from review.rules import load_packs
    from review.sweep import SWEEP_TOPICS, _FixedSnapshot

    store = _FixedSnapshot(Store(template))
    rules = load_packs()
    opts = ReviewOptions(as_of=AS_OF, topics=SWEEP_TOPICS, upper_law=False)   # one date rule (review.dates)
    stages: dict[str, float] = {"read+metadata": 0.0}
    files, _ = collect_files([docs])
    slowest = []
    for f in files:
        t = time.perf_counter()
        try:
            doc = read_document(f)
        except Exception:  # noqa: BLE001 - unreadable files are not the engine's time
            continue
        stages["read+metadata"] += time.perf_counter() - t
        t1 = time.perf_counter()
        op = review_document(doc, store, rules, opts)
        for k, v in op.stats["timings_ms"].items():
            stages[k] = stages.get(k, 0.0) + v / 1000
        slowest.append((time.perf_counter() - t, f.name))
    total = sum(stages.values())
    print("where the time goes (one process, seconds):")
    for k, v in sorted(stages.items(), key=lambda kv: -kv[1]):
        print(f"  {k:<14} {v:6.2f}  {100 * v / total:4.0f}%")
    print("slowest documents:", ", ".join(f"{n[:24]} {s:.2f}s" for s, n in sorted(slowest)[-3:]))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=Path, default=DEFAULT_DOCS)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--repeat", type=int, default=1, help="runs per worker count (the median is reported)")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--db", type=Path, help="a corpus to copy instead of building the default one")
    ap.add_argument("--topics", nargs="+", help="sweep only these topics (review.sweep.SWEEP_TOPICS)")
    args = ap.parse_args()
    if not args.docs.is_dir():
        sys.exit(f"没有文档目录：{args.docs}")
    files, _ = collect_files([args.docs])
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        template = work / "corpus.db"
        t = time.perf_counter()
        if args.db:
            fresh_copy(args.db, template)
        else:
            build_default_corpus(template)
        print(f"corpus {args.db or 'default'} ready in {time.perf_counter() - t:.1f}s; {len(files)} documents in {args.docs}")
        print(f"cpus {os.cpu_count()}, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        for workers in args.workers:
            runs = [run_once(template, work, args.docs, workers, args.topics) for _ in range(args.repeat)]
            secs = statistics.median(s for s, _ in runs)
            summary = runs[0][1]
            print(f"workers {workers}: {len(files) / secs:6.1f} documents/s ({secs:.2f}s; "
                  f"reviewed {summary['reviewed']}, errors {summary['errors']}, findings {summary['findings']}; "
                  f"{summary['by_disposition']})")
        if args.profile:
            profile(template, args.docs)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
