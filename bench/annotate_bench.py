"""The annotated draft (issue 13): time to review and annotate a 50-clause .docx, and the share of findings
anchored on their words in the real originals.

    python bench/annotate_bench.py [--runs 5] [--db PATH]

The 50-clause draft is review_bench's (the first 50 articles of two labelled fixtures), written as a .docx
whose paragraphs are cut into runs of 7 characters with alternating formatting, as Word leaves a draft that
several people edited. Timed as fresh processes (median of --runs, the two interleaved): `fashen review DRAFT --out opinion.docx`
alone and with `--annotate annotated.docx`. Then, for O01 and O02 in ../shared, the findings anchored on their
quote, those placed on the title, the suggested revisions, and whether reading the annotated file back gives
the same text.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.review_bench import fashen, fifty_clause_draft  # noqa: E402

ORIGINALS = ROOT.parent / "shared" / "data" / "documents" / "originals"
REAL = ["O01_户口审批规范.docx", "O02_河南省人民政府户籍改革意见.docx"]
RUN_CHARS = 7


def fragmented_docx(text: str) -> bytes:
    from review.render.ooxml import DocxWriter, Run

    doc = DocxWriter(odd_even_page_numbers=False)
    for line in text.split("\n"):
        pieces = [line[i:i + RUN_CHARS] for i in range(0, len(line), RUN_CHARS)]
        doc.paragraph([Run(p, bold=bool(k % 2)) for k, p in enumerate(pieces)], style="BodyText")
    return doc.to_bytes()


def timed(args, runs: int) -> list[tuple[float, float]]:
    """(wall clock, CPU time of the process) per run. On a loaded machine the wall clock waits for the CPU;
    the CPU time (user + system) is what the run itself costs."""
    import resource

    out = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        r = fashen(*args)
        wall = time.perf_counter() - t
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        out.append((wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime))
        assert r.returncode == 0, r.stderr
    return out


def _line(label: str, runs: list[tuple[float, float]]) -> str:
    walls, cpus = [w for w, _ in runs], [c for _, c in runs]
    return (f"{label}, over {len(runs)} runs: wall clock median {statistics.median(walls):.2f} s "
            f"(max {max(walls):.2f} s); CPU time median {statistics.median(cpus):.2f} s (max {max(cpus):.2f} s)")


def real_documents(db: Path) -> None:
    from review.annotate import annotate
    from review.annotate.fixes import load_policy
    from review.engine import ReviewOptions, review_document
    from review.readers import read_document
    from review.rules import load_packs
    from statutes.store import Store

    if not ORIGINALS.is_dir():
        print("../shared originals not found: skipped")
        return
    store, rules, policy = Store(db), load_packs(), load_policy()
    tmp = Path(tempfile.mkdtemp())
    for name in REAL:
        src = ORIGINALS / name
        op = review_document(read_document(src), store, rules, ReviewOptions(as_of="2026-11-29"))
        t = time.perf_counter()
        result = annotate(op, src, when="2026-11-29T00:00:00Z", policy=policy)
        ms = 1000 * (time.perf_counter() - t)
        out = tmp / name
        out.write_bytes(result.data)
        quoted = sum(1 for f in op.findings if f.quote and f.quote in op.document.text)
        same = read_document(out).text == op.document.text
        print(f"{name[:3]}: findings {result.findings} (with a quote in the text {quoted}); anchored on their words "
              f"{result.anchored} ({result.anchored / max(quoted, 1):.0%} of those with a quote), on the title "
              f"{result.unanchored}; comments {result.comments}; revisions {result.revisions}; "
              f"annotate {ms:.0f} ms; read back identical: {same}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--db", type=Path)
    args = ap.parse_args(argv)
    tmp = Path(tempfile.mkdtemp())
    db = args.db or tmp / "corpus.db"
    if not args.db:
        fashen("statutes", "stats", "--db", db)          # builds the default corpus once
    draft = tmp / "draft.docx"
    draft.write_bytes(fragmented_docx(fifty_clause_draft()))
    base = ["review", draft, "--out", tmp / "opinion.docx", "--db", db, "--fail-on", "none"]
    plain, both = [], []
    for _ in range(args.runs):   # interleaved, so that the machine's load falls on both alike
        plain += timed(base, 1)
        both += timed(base + ["--annotate", tmp / "annotated.docx"], 1)
    r = fashen(*base, "--annotate", tmp / "annotated.docx")
    print(f"draft: 50 clauses as .docx ({RUN_CHARS}-character runs); {r.stderr.strip().splitlines()[-1]}")
    print(f"load average before the runs: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(_line("fashen review → .docx", plain))
    print(_line("fashen review → .docx + --annotate", both))
    in_process(draft, db, args.runs)
    real_documents(db)


def in_process(draft: Path, db: Path, runs: int) -> None:
    """The annotation alone, in one process (median of ``runs``): review once, annotate ``runs`` times."""
    from review.annotate import annotate
    from review.annotate.fixes import load_policy
    from review.engine import ReviewOptions, review_document
    from review.readers import read_document
    from review.rules import load_packs
    from statutes.store import Store

    t = time.perf_counter()
    op = review_document(read_document(draft), Store(db), load_packs(), ReviewOptions(as_of="2026-11-29"))
    review_s = time.perf_counter() - t
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        annotate(op, draft, when="2026-11-29T00:00:00Z", policy=load_policy())
        times.append(time.perf_counter() - t)
    print(f"in one process: read + review {review_s * 1000:.0f} ms; annotate (fix policy, map, cut, write, check) "
          f"median {statistics.median(times) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
