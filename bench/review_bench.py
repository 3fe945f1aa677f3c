"""End-to-end review benchmark: a 50-clause draft, CLI start to opinion written.

    python bench/review_bench.py [--runs 5] [--db PATH] [--bytecode cached|none]

Builds the draft from the first 50 articles of two labelled fixtures (renumbered 第一条…第五十条), then times
`fashen review DRAFT --out opinion.docx` as a fresh process (median of --runs), and prints the engine's
per-stage timings from `--format json`.

``--bytecode cached`` (the default) times what an installed fashen costs from its second run on: Python keeps the
compiled bytecode of every module (``__pycache__``; here under a temporary ``PYTHONPYCACHEPREFIX``, so the checkout
is not written to), filled by one untimed run first. ``--bytecode none`` times every run compiling all sources
again, as a process does where ``PYTHONDONTWRITEBYTECODE`` is set (this build machine sets it).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from statutes.numerals import int_to_cn  # noqa: E402

SOURCES = ["柏江县公共租赁住房管理办法（送审稿）.txt", "梧溪县城区养犬管理办法（送审稿）.txt"]
ARTICLE = re.compile(r"^[\s\u3000]*第[一二三四五六七八九十百]+条[\s\u3000]*", re.M)


def fifty_clause_draft() -> str:
    bodies = []
    for name in SOURCES:
        text = (ROOT / "tests" / "fixtures" / "drafts" / name).read_text(encoding="utf-8")
        parts = ARTICLE.split(text)[1:]
        bodies += [p.strip().split("\n\n")[0] for p in parts]
    bodies = bodies[:50]
    lines = ["某县城市管理若干规定（送审稿）", ""]
    lines += [f"第{int_to_cn(i)}条　{b}" for i, b in enumerate(bodies, 1)]
    return "\n".join(lines) + "\n"


CHILD_ENV: dict[str, str] | None = None   # the environment of the timed processes (None: this one's)


def fashen(*args) -> subprocess.CompletedProcess:
    argv = [sys.executable, "-c", "import sys, cli; sys.argv[0]='fashen'; cli.main()", *map(str, args)]
    return subprocess.run(argv, capture_output=True, text=True, cwd=ROOT, env=CHILD_ENV)


def child_env(bytecode: str, cache_dir: Path) -> dict[str, str]:
    """The timed processes' environment: with their compiled bytecode kept in ``cache_dir``, or never kept."""
    env = dict(os.environ)
    if bytecode == "cached":
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(cache_dir)
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        env.pop("PYTHONPYCACHEPREFIX", None)
    return env


def children_cpu() -> float:
    """User + system CPU seconds of the finished child processes so far (a loaded machine inflates the wall
    clock, much less the CPU time)."""
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--db", type=Path)
    ap.add_argument("--bytecode", choices=["cached", "none"], default="cached",
                    help="keep compiled bytecode between runs as an installed package does (default), or never")
    args = ap.parse_args(argv)
    global CHILD_ENV
    tmp = Path(tempfile.mkdtemp())
    CHILD_ENV = child_env(args.bytecode, tmp / "pycache")
    db = args.db or tmp / "corpus.db"
    if not args.db:
        fashen("statutes", "stats", "--db", db)          # builds the default corpus once
    draft = tmp / "draft.txt"
    draft.write_text(fifty_clause_draft(), encoding="utf-8")
    if args.bytecode == "cached":                        # one untimed run compiles and keeps every module's bytecode
        fashen("review", draft, "--out", tmp / "warm.docx", "--db", db, "--fail-on", "none")
    t = time.perf_counter()
    fashen("--help")
    help_s = time.perf_counter() - t
    walls, cpus = [], []
    for i in range(args.runs):
        out = tmp / f"opinion{i}.docx"
        t, c = time.perf_counter(), children_cpu()
        r = fashen("review", draft, "--out", out, "--db", db, "--fail-on", "none")
        walls.append(time.perf_counter() - t)
        cpus.append(children_cpu() - c)
        assert r.returncode == 0 and out.exists(), r.stderr
    r = fashen("review", draft, "--format", "json", "--db", db, "--fail-on", "none")
    op = json.loads(r.stdout)
    print(f"draft: {op['summary']['clauses_reviewed']} clauses; findings: {op['summary']['total']}")
    print(f"fashen --help: {help_s * 1000:.0f} ms")
    print(f"fashen review → .docx, wall clock over {args.runs} runs: median {statistics.median(walls):.2f} s, "
          f"max {max(walls):.2f} s; CPU time median {statistics.median(cpus):.2f} s, max {max(cpus):.2f} s "
          f"(load average {os.getloadavg()[0]:.1f}; bytecode {args.bytecode})")
    print("engine stages (ms): " + ", ".join(f"{k} {v}" for k, v in op["stats"]["timings_ms"].items()))


if __name__ == "__main__":
    main()
