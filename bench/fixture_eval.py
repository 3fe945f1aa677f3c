"""Precision and recall of fashen's findings per category on the labelled fixtures.

    python bench/fixture_eval.py [--kind normative|contract|all] [--db PATH] [--verbose]

Ground truth: tests/fixtures/{drafts,contracts}/*.labels.json (clauses with planted problems by category, and
lawful look-alikes that must not be flagged). A finding counts as a prediction when its severity is error or
warning; it is correct when it falls on a clause labelled with its category (same clause span or overlapping
quote). Document-level labels match findings without a clause.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from review.engine import ReviewOptions, review_document  # noqa: E402
from review.readers import read_document  # noqa: E402
from review.rules import load_packs  # noqa: E402
from statutes.importers.default import build_default_corpus  # noqa: E402
from statutes.store import Store  # noqa: E402

FIXTURES = {"normative": ROOT / "tests" / "fixtures" / "drafts", "contract": ROOT / "tests" / "fixtures" / "contracts"}


def label_spans(text: str, labels: dict):
    """(start, end, categories, lookalike) for each labelled clause, located by its exact quote."""
    out = []
    for c in labels.get("clauses", []):
        start = text.find(c["quote"])
        if start < 0:
            raise SystemExit(f"quote not in document: {c['quote'][:30]}")
        out.append((start, start + len(c["quote"]), set(c["categories"]), c.get("lawful_lookalike", False),
                    c["label"]))
    return out


def evaluate(paths, store, rules, verbose=False):
    tp, fp, fn, lab = Counter(), Counter(), Counter(), Counter()
    lookalike_errors = []
    for path in paths:
        labels = json.loads(path.with_suffix(".labels.json").read_text(encoding="utf-8"))
        doc = read_document(path)
        op = review_document(doc, store, rules, ReviewOptions(as_of=labels.get("date") or "2026-06-30"))
        spans = label_spans(doc.text, labels)
        doc_level = Counter(cat for d in labels.get("document_level", []) for cat in d["categories"])
        if labels.get("missing_terms"):
            doc_level["contract"] += 1
        hit_labels: set = set()
        hit_doc: Counter = Counter()
        for f in op.findings:
            if f.severity == "info":
                continue
            # a finding that merged related rules on the same words (review.merge) stands for all their categories
            fcats = set(f.detail.get("categories") or [f.category])
            if f.clause is None:
                q0 = doc.text.find(f.quote) if f.quote else -1
                on_label = [i for i, (s, e, cats, _, _) in enumerate(spans)
                            if q0 >= 0 and q0 < e and s < q0 + len(f.quote) and fcats & cats]
                if on_label:
                    tp[f.category] += 1
                    hit_labels.update((i, c) for i in on_label for c in fcats & spans[i][2])
                elif hit_doc[f.category] < doc_level[f.category]:
                    hit_doc[f.category] += 1
                    tp[f.category] += 1
                else:
                    fp[f.category] += 1
                    if verbose:
                        print(f"  FP {path.stem[:12]} [doc] {f.rule} {f.quote[:40]}")
                continue
            q0 = doc.text.find(f.quote, f.clause.start) if f.quote else f.clause.start
            q1 = q0 + len(f.quote)
            match = [i for i, (s, e, cats, look, _) in enumerate(spans)
                     if (f.clause.start <= s < f.clause.end or (q0 < e and s < q1))]
            good = [i for i in match if fcats & spans[i][2]]
            if good:
                tp[f.category] += 1
                hit_labels.update((i, c) for i in good for c in fcats & spans[i][2])
            else:
                fp[f.category] += 1
                if any(spans[i][3] for i in match) and f.severity == "error":
                    lookalike_errors.append((path.stem, f.rule, f.quote))
                if verbose:
                    print(f"  FP {path.stem[:12]} {f.clause.label} {f.rule} {f.quote[:50]}")
        for i, (s, e, cats, look, label) in enumerate(spans):
            for cat in cats:
                lab[cat] += 1
                if (i, cat) not in hit_labels:
                    fn[cat] += 1
                    if verbose:
                        print(f"  FN {path.stem[:12]} {label} {cat} {doc.text[s:e][:50]}")
        for cat, n in doc_level.items():
            lab[cat] += n
            fn[cat] += n - min(n, hit_doc[cat])
    return tp, fp, fn, lab, lookalike_errors


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--kind", choices=["normative", "contract", "all"], default="all")
    ap.add_argument("--db", type=Path)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args(argv)
    tmp = tempfile.TemporaryDirectory()
    if args.db:
        store = Store(args.db)
    else:
        build_default_corpus(Path(tmp.name) / "c.db")
        store = Store(Path(tmp.name) / "c.db")
    rules = load_packs()
    kinds = ["normative", "contract"] if args.kind == "all" else [args.kind]
    paths = sorted(p for k in kinds for p in FIXTURES[k].glob("*.txt"))
    tp, fp, fn, lab, lookalikes = evaluate(paths, store, rules, args.verbose)
    print(f"{len(paths)} fixtures ({', '.join(kinds)}); predictions = error/warning findings")
    print("| category | labelled | found | recall | predicted | correct | precision |")
    print("|---|---|---|---|---|---|---|")
    cats = sorted(set(lab) | set(tp) | set(fp))
    for c in cats + ["ALL"]:
        if c == "ALL":
            t, f, n, l_ = sum(tp.values()), sum(fp.values()), sum(fn.values()), sum(lab.values())
        else:
            t, f, n, l_ = tp[c], fp[c], fn[c], lab[c]
        found = l_ - n
        rec = found / l_ if l_ else float("nan")
        prec = t / (t + f) if t + f else float("nan")
        print(f"| {c} | {l_} | {found} | {rec:.2f} | {t + f} | {t} | {prec:.2f} |")
    print(f"lawful look-alikes flagged as error: {len(lookalikes)}")
    for stem, rule, quote in lookalikes:
        print(f"  {stem[:16]} {rule} {quote[:50]}")


if __name__ == "__main__":
    main()
