"""The annotated draft (issue 13): time to review and annotate a 50-clause .docx, and the share of findings
anchored on their words in the real originals.

    python bench/annotate_bench.py [--runs 5] [--db PATH]

The 50-clause draft is review_bench's (the first 50 articles of two labelled fixtures), written as a .docx
whose paragraphs are cut into runs of 7 characters with alternating formatting, as Word leaves a draft that
several people edited. Timed as fresh processes (median of --runs): `fashen review DRAFT --out opinion.docx`
alone and with `--annotate annotated.docx`. Then, for O01 and O02 in ../shared, the findings anchored on their
quote, those placed on the title, the suggested revisions, and whether reading the annotated file back gives
the same text.
"""

from __future__ import annotations

import argparse
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


def timed(args, runs: int) -> list[float]:
    walls = []
    for _ in range(runs):
        t = time.perf_counter()
        r = fashen(*args)
        walls.append(time.perf_counter() - t)
        assert r.returncode == 0, r.stderr
    return walls


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
    plain = timed(base, args.runs)
    both = timed(base + ["--annotate", tmp / "annotated.docx"], args.runs)
    r = fashen(*base, "--annotate", tmp / "annotated.docx")
    print(f"draft: 50 clauses as .docx ({RUN_CHARS}-character runs); {r.stderr.strip().splitlines()[-1]}")
    print(f"fashen review → .docx, wall clock over {args.runs} runs: median {statistics.median(plain):.2f} s, "
          f"max {max(plain):.2f} s")
    print(f"fashen review → .docx + --annotate, wall clock over {args.runs} runs: median "
          f"{statistics.median(both):.2f} s, max {max(both):.2f} s")
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
