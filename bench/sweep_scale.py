"""Province-scale sweep benchmark: a synthetic archive of 1k/20k/100k documents made from the real ones.

    python bench/sweep_scale.py [--sizes 1000 20000 100000] [--configs w1 w2 dask2] [--archive /tmp/fashen-synth]
    python bench/sweep_scale.py --sizes 100000 --configs w2 --keep       # keep the archive for a later run

The archive is written outside the repository (default ``/tmp/fashen-synth``, deleted at the end unless
``--keep``): folders of 500 documents (a city's or county's share), each document a copy of one of the real
documents in ``../shared/data/documents/txt`` with its title, its years and the order of two of its articles
changed, so every file has its own hash and is really reviewed. A size of N sweeps the first N/500 folders.

Each configuration runs in a child process on a fresh copy of the default corpus (nothing is reused):
``w1`` one process, ``w2`` a pool of two worker processes, ``dask2`` a Dask ``LocalCluster`` of two worker
processes; ``w2-stub`` and ``dask2-stub`` are the same without the engine (each worker returns a canned
result of realistic size): the driver's own cost per file — walk, hash, pool or cluster bookkeeping, writes —
which is what must stay linear. Reported: documents/s (wall clock, whole sweep including start-up), the driver's peak resident
memory (ru_maxrss of the driver process alone; for dask2 it holds the scheduler too), the CPU seconds of the
driver and of all processes per 1,000 documents (less sensitive to other load on the machine), and the load
average before the run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

DEFAULT_DOCS = REPO.parent / "shared" / "data" / "documents" / "txt"
AS_OF = "2026-01-01"
PER_FOLDER = 500
ARTICLE = re.compile(r"^\s*第[一二三四五六七八九十百零〇\d]+条")
YEAR = re.compile(r"(19[89]\d|20[0-2]\d)年")
PLACES = ("东山县", "西岭区", "南湖市", "北川县", "青溪镇", "石门县", "白沙区", "龙泉市", "梧溪县", "桃源县")


def vary(text: str, n: int, rng: random.Random) -> str:
    """A different document of the same kind: title, years and the order of two articles changed."""
    lines = text.split("\n")
    t = next((i for i, ln in enumerate(lines) if ln.strip()), 0)
    lines[t] = f"{PLACES[n % len(PLACES)]}{lines[t].strip()}（{n // len(PLACES) + 1}）"
    shift = rng.choice((-2, -1, 1, 2))
    arts = [i for i, ln in enumerate(lines) if ARTICLE.match(ln)]
    if len(arts) >= 4:
        a, b = rng.sample(arts[1:-1], 2)
        lines[a], lines[b] = lines[b], lines[a]
    out = "\n".join(lines)
    return YEAR.sub(lambda m: f"{int(m.group(1)) + shift}年", out)


def build_archive(src: Path, dest: Path, size: int) -> list[Path]:
    """Folders c000, c001… of PER_FOLDER documents each, up to ``size`` documents (kept between runs)."""
    originals = [(p.suffix, p.read_text(encoding="utf-8")) for p in sorted(src.glob("*.txt"))]
    rng = random.Random(12)
    folders = []
    for f in range((size + PER_FOLDER - 1) // PER_FOLDER):
        folder = dest / f"c{f:03d}"
        folders.append(folder)
        if (folder / ".done").exists():
            continue
        folder.mkdir(parents=True, exist_ok=True)
        for k in range(PER_FOLDER):
            n = f * PER_FOLDER + k
            suffix, text = originals[n % len(originals)]
            (folder / f"{n:06d}{suffix}").write_text(vary(text, n, rng), encoding="utf-8")
        (folder / ".done").write_text("")
    return folders


_STUB_FINDING = {"rule": "FP-COND", "category": "family-planning", "severity": "error",
                 "title": "以符合计划生育政策作为办事条件", "clause": {"label": "第七条", "index": 6,
                                                            "text": "随迁子女应符合本市计划生育政策。" * 6},
                 "quote": "符合本市计划生育政策", "problem": "将符合计划生育政策作为入户条件。" * 4, "basis": [],
                 "suggestion": "删除该项条件。", "upper": None, "detail": {}}


def stub_result(path: str) -> dict:
    """What a review returns, of a realistic size (5 findings, ~3 KB), without the engine: for the
    driver-only runs, which measure the walk, hashing, the pool's bookkeeping and the database writes."""
    size = os.path.getsize(path)          # the file is touched, as a reader would
    return {"title": f"文件{size}", "doc_number": "", "issuer": "某县人民政府", "date": "2016-01-01",
            "disposition": "修改", "reasons": ["含计划生育限制性规定5处（以计划生育作为条件），与……不符"],
            "clauses_to_change": ["第七条：“随迁子女应符合本市计划生育政策”"] * 5,
            "findings": [_STUB_FINDING] * 5, "error": None}


def stub_work(sha: str, path: str):               # a pool worker's job (review.executors.ProcessPool)
    return sha, stub_result(path)


def stub_dask_work(db_path, snapshot_id, opts, sha: str, path: str) -> dict:      # a Dask worker's job
    return stub_result(path)


def run_one(config: str, db: str, folders: list[str]) -> dict:
    """In the child: one sweep, then what it measured (JSON on stdout). A config ending in "-stub" replaces
    the review by ``stub_result`` (driver-only)."""
    from review.executors import DaskExecutor, ProcessPool
    from review.sweep import SweepOptions, sweep
    from statutes.store import Store

    stub = config.endswith("-stub")
    config = config.removesuffix("-stub")
    workers = 1 if config == "w1" else 2
    executor = "dask" if config.startswith("dask") else "process"
    cpu = _TreeCpu()
    t = time.perf_counter()

    def progress(done, total, findings, item):   # a line every 1,000 documents, so a cut-off run still tells
        if done % 1000 == 0 and done:
            cpu.sample()
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            print(f"    {config} {done}/{total} {time.perf_counter() - t:7.1f}s "
                  f"{done / (time.perf_counter() - t):5.1f}/s driver peak {rss:.0f} MB", file=sys.stderr, flush=True)

    opts = SweepOptions(as_of=AS_OF, workers=workers, executor=executor)
    with Store(db) as store:
        ex = None
        if stub:
            from bench import sweep_scale

            ex = (DaskExecutor(store, opts, workers=workers, work=sweep_scale.stub_dask_work) if executor == "dask"
                  else ProcessPool(str(db), opts, workers, work=sweep_scale.stub_work))
        result = sweep(folders, store, opts, progress=progress, executor=ex)
        seconds = time.perf_counter() - t
    cpu.sample()
    me = resource.getrusage(resource.RUSAGE_SELF)
    return {"seconds": seconds, "summary": result.summary, "driver_peak_mb": me.ru_maxrss / 1024,
            "driver_cpu": me.ru_utime + me.ru_stime, "children_cpu": cpu.children()}


class _TreeCpu:
    """CPU seconds of this process's descendants (pool workers fork from a forkserver, Dask workers from a
    nanny: RUSAGE_CHILDREN misses them), sampled with psutil when it is there (it comes with Dask)."""

    def __init__(self):
        self.seen: dict[int, float] = {}

    def sample(self) -> None:
        try:
            import psutil
        except ImportError:
            return
        for p in psutil.Process().children(recursive=True):
            try:
                t = p.cpu_times()
                self.seen[p.pid] = t.user + t.system       # not children_*: they are counted as processes
            except psutil.Error:
                pass

    def children(self) -> float:
        return sum(self.seen.values())


def fresh_copy(src: Path, dst: Path) -> Path:
    for ext in ("", "-wal", "-shm"):
        Path(f"{dst}{ext}").unlink(missing_ok=True)
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    return dst


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=Path, default=DEFAULT_DOCS)
    ap.add_argument("--archive", type=Path, default=Path(tempfile.gettempdir()) / "fashen-synth")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 20000, 100000])
    ap.add_argument("--configs", nargs="+", default=["w1", "w2", "dask2"])
    ap.add_argument("--plan", nargs="+", metavar="SIZE:CONFIG,CONFIG",
                    help="instead of every size × every config, e.g. 1000:w1,w2,dask2 100000:w2")
    ap.add_argument("--keep", action="store_true", help="keep the synthetic archive")
    ap.add_argument("--child", nargs=3, metavar=("CONFIG", "DB", "FOLDERS_JSON"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        config, db, folders = args.child
        print(json.dumps(run_one(config, db, json.loads(folders)), ensure_ascii=False))
        return
    if not args.docs.is_dir():
        sys.exit(f"没有文档目录：{args.docs}")
    from statutes.importers.default import import_default
    from statutes.store import Store

    work = Path(tempfile.mkdtemp(prefix="fashen-bench-"))
    try:
        template = work / "corpus.db"
        with Store(template) as store:
            import_default(store)
        plan = ([(int(p.split(":")[0]), p.split(":")[1].split(",")) for p in args.plan] if args.plan
                else [(size, args.configs) for size in args.sizes])
        t = time.perf_counter()
        biggest = max(size for size, _ in plan)
        folders = build_archive(args.docs, args.archive, biggest)
        print(f"archive of {biggest} documents in {args.archive} ({time.perf_counter() - t:.0f}s); "
              f"cpus {os.cpu_count()}", flush=True)
        for size, configs in plan:
            roots = [str(f) for f in folders[:(size + PER_FOLDER - 1) // PER_FOLDER]]
            for config in configs:
                db = fresh_copy(template, work / "sweep.db")
                load = " ".join(f"{x:.2f}" for x in os.getloadavg())
                proc = subprocess.run([sys.executable, __file__, "--child", config, str(db), json.dumps(roots)],
                                      stdout=subprocess.PIPE, text=True, cwd=REPO)
                if proc.returncode != 0:
                    print(f"{size:>7} {config:<6} FAILED (exit {proc.returncode})", flush=True)
                    continue
                r = json.loads(proc.stdout.strip().splitlines()[-1])
                s = r["summary"]
                print(f"{size:>7} {config:<6} {s['files'] / r['seconds']:6.1f} documents/s  "
                      f"({r['seconds']:7.1f}s)  driver peak {r['driver_peak_mb']:6.0f} MB  "
                      f"CPU s/1000 docs: driver {1000 * r['driver_cpu'] / s['files']:5.1f}, "
                      f"all {1000 * (r['driver_cpu'] + r['children_cpu']) / s['files']:5.1f}  "
                      f"reviewed {s['reviewed']}, errors {s['errors']}, duplicates {s['duplicates']}  "
                      f"load before {load}", flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if not args.keep:
            shutil.rmtree(args.archive, ignore_errors=True)


if __name__ == "__main__":
    main()
