"""Big inputs: time and peak memory of `fashen review` on 1, 5 and 20 MB texts (issue 11).

    python bench/big_bench.py [--sizes 1 5 20] [--variants real citations] [--db PATH] [--no-upper] [--out DIR]

Two kinds of text, each written as a UTF-8 .txt of the given size (MB = 10^6 bytes):

* ``real``: the 167 real documents of ../shared/data/documents/txt concatenated in file order (3.6 MB),
  repeated as often as the size needs (so 5 and 20 MB texts repeat documents; 1 MB is all different text);
* ``citations``: citation-dense text, every sentence citing two to four articles of laws of the default corpus
  by their full 《》 names, short names and 本法/前款 references (the shape that made ``_Builder.free`` quadratic).

Each file is reviewed by a fresh `fashen review FILE --format json --out …` process; the wall clock, the CPU
time (user + system, which a busy machine does not inflate as much) and the peak resident memory
(``ru_maxrss`` of that process) are printed, with the engine's stage timings and the number of clauses and
findings. Nothing here is asserted by a test.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DOCS = ROOT.parent / "shared" / "data" / "documents" / "txt"
MB = 1_000_000
LAWS = ["中华人民共和国行政许可法", "中华人民共和国行政处罚法", "中华人民共和国行政强制法", "中华人民共和国立法法",
        "中华人民共和国民法典", "中华人民共和国人口与计划生育法", "中华人民共和国城市房地产管理法",
        "中华人民共和国土地管理法", "中华人民共和国治安管理处罚法", "中华人民共和国道路交通安全法"]
SHORT = ["行政许可法", "行政处罚法", "行政强制法", "立法法", "土地管理法"]


def _cut(text: str, size: int) -> str:
    data = text.encode("utf-8")[:size]
    return data.decode("utf-8", errors="ignore")


def real_text(size: int) -> str:
    docs = [p.read_text(encoding="utf-8") for p in sorted(DOCS.glob("*.txt"))]
    one = "\n\n".join(docs)
    reps = size // len(one.encode("utf-8")) + 1
    return _cut("\n\n".join([one] * reps), size)


def citation_text(size: int, seed: int = 11) -> str:
    from statutes.numerals import int_to_cn

    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    n = 0
    while total < size:
        n += 1
        cites = []
        for _ in range(rng.randint(2, 4)):
            law = rng.choice(LAWS)
            art = f"第{int_to_cn(rng.randint(1, 120))}条"
            if rng.random() < 0.4:
                art += f"第{int_to_cn(rng.randint(1, 4))}款"
            if rng.random() < 0.2:
                art += f"第（{int_to_cn(rng.randint(1, 6))}）项"
            cites.append(f"《{law}》{art}")
        short = rng.choice(SHORT)
        line = (f"第{int_to_cn(n % 300 + 1)}条　根据{'、'.join(cites)}和{short}第{int_to_cn(rng.randint(1, 80))}条的规定，"
                f"违反本法第{int_to_cn(rng.randint(1, 60))}条、前款规定的，依照《{rng.choice(LAWS)}》"
                f"第{int_to_cn(rng.randint(1, 90))}条处理（市政发〔20{rng.randint(10, 24)}〕{rng.randint(1, 200)}号）。")
        parts.append(line)
        total += len(line.encode("utf-8")) + 1
    return _cut("\n".join(parts), size)


def run(path: Path, db: Path, out: Path, upper: bool) -> dict:
    argv = [sys.executable, "-c", "import sys, cli; sys.argv[0]='fashen'; cli.main()", "review", str(path),
            "--db", str(db), "--format", "json", "--out", str(out), "--fail-on", "none"]
    if not upper:
        argv.append("--no-upper")
    t = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    stderr = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    result = {"exit": code, "wall_s": round(wall, 1), "cpu_s": round(usage.ru_utime + usage.ru_stime, 1),
              "peak_mb": round(usage.ru_maxrss / 1024), "stderr": stderr.strip()[-300:]}
    if code == 0 and out.exists():
        op = json.loads(out.read_text(encoding="utf-8"))
        result |= {"clauses": op["summary"]["clauses_reviewed"], "findings": op["summary"]["total"],
                   "stages_s": {k: round(v / 1000, 1) for k, v in op["stats"].get("timings_ms", {}).items()},
                   "upper_law": {k: v for k, v in op["stats"].items() if k.startswith("upper_law")}}
    return result


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=float, nargs="+", default=[1, 5, 20])
    ap.add_argument("--variants", nargs="+", default=["real", "citations"], choices=["real", "citations"])
    ap.add_argument("--db", type=Path)
    ap.add_argument("--no-upper", action="store_true", help="review with --no-upper as well")
    ap.add_argument("--out", type=Path, help="keep the generated texts and opinions here")
    args = ap.parse_args(argv)
    tmp = args.out or Path(tempfile.mkdtemp(prefix="fashen-big-"))
    tmp.mkdir(parents=True, exist_ok=True)
    try:
        _run_all(args, tmp)
    finally:
        if args.out is None:            # the generated texts (up to 20 MB each) and opinions are scratch
            shutil.rmtree(tmp, ignore_errors=True)


def _run_all(args, tmp: Path) -> None:
    db = args.db or tmp / "corpus.db"
    if not db.exists():
        subprocess.run([sys.executable, "-c", "import sys, cli; sys.argv[0]='fashen'; cli.main()", "statutes", "stats",
                        "--db", str(db)], cwd=ROOT, capture_output=True)
    print("| text | size | upper-law | exit | wall s | CPU s | peak MB | clauses | findings | stages (s) |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for variant in args.variants:
        for size in args.sizes:
            text = (real_text if variant == "real" else citation_text)(int(size * MB))
            path = tmp / f"{variant}-{size:g}MB.txt"
            path.write_text(text, encoding="utf-8")
            for upper in ([True, False] if args.no_upper else [True]):
                r = run(path, db, tmp / f"{variant}-{size:g}MB{'' if upper else '-noupper'}.json", upper)
                stages = ", ".join(f"{k} {v}" for k, v in r.get("stages_s", {}).items())
                extra = f" {r['upper_law']}" if r.get("upper_law") else ""
                print(f"| {variant} | {size:g} MB | {'yes' if upper else 'no'} | {r['exit']} | {r['wall_s']} | "
                      f"{r['cpu_s']} | {r['peak_mb']} | {r.get('clauses', '—')} | {r.get('findings', '—')} | "
                      f"{stages}{extra} |", flush=True)
                if r["exit"] not in (0, 1):
                    print(f"    stderr: {r['stderr']}")


if __name__ == "__main__":
    main()
