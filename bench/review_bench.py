"""End-to-end review benchmark: a 50-clause draft, CLI start to opinion written.

    python bench/review_bench.py [--runs 5] [--db PATH]

Builds the draft from the first 50 articles of two labelled fixtures (renumbered 第一条…第五十条), then times
`fashen review DRAFT --out opinion.docx` as a fresh process (median of --runs), and prints the engine's
per-stage timings from `--format json`.
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


def fashen(*args) -> subprocess.CompletedProcess:
    argv = [sys.executable, "-c", "import sys, cli; sys.argv[0]='fashen'; cli.main()", *map(str, args)]
    return subprocess.run(argv, capture_output=True, text=True, cwd=ROOT)


def children_cpu() -> float:
    """User + system CPU seconds of the finished child processes so far (a loaded machine inflates the wall
    clock, much less the CPU time)."""
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--db", type=Path)
    args = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp())
    db = args.db or tmp / "corpus.db"
    if not args.db:
        fashen("statutes", "stats", "--db", db)          # builds the default corpus once
    draft = tmp / "draft.txt"
    draft.write_text(fifty_clause_draft(), encoding="utf-8")
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
          f"(load average {os.getloadavg()[0]:.1f})")
    print("engine stages (ms): " + ", ".join(f"{k} {v}" for k, v in op["stats"]["timings_ms"].items()))


if __name__ == "__main__":
    main()
