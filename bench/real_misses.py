"""Tally the labelled problems the sweep misses on the real documents: by what the problem is (its category and the
shape of the norm it breaks, read from the label's quote, ``why`` and ``basis``) and by why fashen misses it.

    python bench/real_misses.py --db /tmp/c3.db [--out /tmp/misses.jsonl] [labels folders …]

Why a labelled problem is missed (the first that applies):

* ``review-only``   — ``fashen review`` finds it (a flagging finding of its category at it), the sweep does not;
* ``other-category`` — a flagging sweep finding overlaps it, in a category the label does not list;
* ``near``          — a flagging sweep finding of the label's category stands in the same clause or within 120
  characters of it, not on it: most often another problem of the same kind beside it (another row's paper), at times
  the same problem placed elsewhere (D042's folded rows before round 23) — read the ``note`` to tell;
* ``held-back``     — a sweep finding of its category overlaps it at info/hint: a reading exists, a guard or a
  severity rule keeps it below warning;
* ``no-reading``    — nothing of its category at or near it.

Matching uses ``bench.real_eval`` (the problem found or not is exactly the scorer's judgement); the classes only
describe the misses and change no figure.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import real_eval  # noqa: E402

# the shape of the problem, first that matches (quote + why + basis of the label)
SHAPES = [
    ("family-planning", "benefit/condition tied to birth status, family-planning papers or duties",
     r"计划生育|计生|独生子女|社会抚养费|超生|政策外生育|节育|避孕|生育第|生育子女|生育一个"),
    ("agency", "a pre-reform or renamed body acts", r"机构改革|撤并|更名|已撤销|职能划入|改革前"),
    ("validity", "term, plan period or deadline lapsed / no 有效期", r"有效期|届满|已过|年底前|到20\d\d年|期限已|规划期|任务期"),
    ("repealed-law", "a repealed or replaced law relied on", r"已废止|已失效|废止|失效|被.{0,6}取代"),
    ("hukou", "户籍/居住证/暂住 conditions or procedure vs 居住证暂行条例 and 户籍 reform",
     r"居住证|暂住|落户|户籍|户口"),
    ("penalty", "a penalty or measure set without basis (行政处罚法 / 立法法)", r"罚款|处罚|吊销|没收|行政处罚法"),
    ("proof", "a paper or certificate demanded", r"证明|证明材料|提交.{0,6}材料|证明事项"),
    ("property", "property, land or registration rules vs 民法典/物权/不动产登记/土地管理法",
     r"民法典|物权|抵押|不动产登记|土地管理法|出让|征收|登记"),
    ("social-insurance", "social insurance or medical insurance vs 社会保险法", r"社会保险|医疗保险|医保|生育保险|养老保险"),
    ("education", "school admission or education vs 义务教育法", r"入学|招生|义务教育|学校"),
    ("competition", "market access, fair competition, 营商环境", r"公平竞争|营商环境|指定|限定|排除"),
]


def shape_of(p: dict) -> str:
    text = " ".join([p.get("quote") or "", p.get("why") or "", p.get("basis") or ""])
    cats = p.get("categories") or []
    # the label's own category first where it names a shape
    for name, _, pat in SHAPES:
        if name in cats and re.search(pat, text):
            return name
    for name, _, pat in SHAPES:
        if re.search(pat, text):
            return name
    return "other"


def collect(labels: Path, mode: str, store, rules, subset: str | None = None) -> tuple[dict, set]:
    """Every finding (all severities) per document, and the missed problems (document id, quote prefix)."""
    outs: dict[str, list] = {}
    orig = real_eval.run_fashen

    def run(path, mode_, *a, **k):
        out = orig(path, mode_, *a, **k)
        outs.setdefault(path.name, out["findings"])
        return out

    real_eval.run_fashen = run
    buf = io.StringIO()
    try:
        with contextlib.redirect_stdout(buf):
            real_eval.evaluate(labels, real_eval.DEFAULT_DOCS, mode, store, rules, True, subset=subset)
    finally:
        real_eval.run_fashen = orig
    missed = set()
    for line in buf.getvalue().splitlines():
        m = re.match(r"\s+MISSED\s+(D\d+) .*?\] (.*)$", line)
        if m:
            missed.add((m[1], m[2].strip()))
    return outs, missed


def classify(labels_dirs: list[Path], store, rules, subset: str | None = None) -> list[dict]:
    from review.readers import read_document

    rows = []
    for labels in labels_dirs:
        sweep, missed = collect(labels, "sweep", store, rules, subset)
        review, missed_review = collect(labels, "review", store, rules, subset)
        for lp in sorted(labels.glob("D*.json")):
            if not real_eval.in_subset(lp.stem, subset):
                continue
            lab = json.loads(lp.read_text(encoding="utf-8"))
            path = real_eval.DEFAULT_DOCS / lab["file"]
            text = read_document(path).text
            probs = real_eval.spans_of(text, lab.get("problems", []), "problem", lp)
            for s, e, p in probs:
                # the verbose MISSED line prints the quote's first 60 characters, cut at a line break
                key = (lab["id"], p["quote"][:60].split("\n")[0].strip())
                if key not in missed:
                    continue
                cats = set(p["categories"])
                places = [(s, e)] + [(a, b) for a, b, _ in real_eval.spans_of(text, p.get("also", []), "also", lp)]

                def near(f, width=120):
                    cl = f.get("clause") or {}
                    spans = real_eval.finding_spans(f, text)
                    c0, c1 = cl.get("start"), cl.get("end")
                    if isinstance(c0, int) and isinstance(c1, int):
                        spans.append((c0, c1))
                    return any(real_eval.overlaps((a - width, b + width), pl) for a, b in spans for pl in places)

                def on(f):
                    return any(real_eval.overlaps(sp, pl) for sp in real_eval.finding_spans(f, text) for pl in places)

                def fcats(f):
                    return set((f.get("detail") or {}).get("categories") or [f["category"]])

                fs = sweep.get(path.name, [])
                flag = [f for f in fs if f.get("severity") in real_eval.FLAGGING]
                why, note = "no-reading", ""
                if key not in missed_review:
                    why = "review-only"
                    note = "; ".join(sorted({f["rule"] for f in review.get(path.name, [])
                                             if f.get("severity") in real_eval.FLAGGING and fcats(f) & cats and on(f)}))
                elif [f for f in flag if on(f) and not fcats(f) & cats]:
                    why = "other-category"
                    note = "; ".join(sorted({f"{f['rule']}[{f['category']}]" for f in flag if on(f)}))
                elif [f for f in flag if fcats(f) & cats and near(f)]:
                    why = "near"
                    note = "; ".join(sorted({f"{f['rule']}:{(f.get('quote') or '')[:20]}" for f in flag
                                             if fcats(f) & cats and near(f)}))
                elif [f for f in fs if fcats(f) & cats and on(f)]:
                    why = "held-back"
                    note = "; ".join(sorted({f"{f['rule']}[{f['severity']}]" for f in fs if fcats(f) & cats and on(f)}))
                rows.append({"doc": lab["id"], "clause": p.get("clause"), "categories": p["categories"],
                             "confidence": p.get("confidence"), "shape": shape_of(p), "why_missed": why,
                             "note": note, "quote": p["quote"][:80], "label_why": (p.get("why") or "")[:120]})
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("labels", nargs="*", type=Path)
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--subset", choices=["odd", "even"], help="only the documents of odd (TUNE) or even (CHECK) number")
    args = ap.parse_args(argv)
    base = ROOT / "tests" / "fixtures" / "real_labels"
    dirs = args.labels or [base, *sorted(p for p in base.iterdir() if p.is_dir() and p.name.startswith("heldout"))]
    from review.rules import load_packs
    from statutes.store import Store

    rows = classify(dirs, Store(args.db), load_packs(), args.subset)
    if args.out:
        args.out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    whys = ["no-reading", "held-back", "near", "other-category", "review-only"]
    table = defaultdict(Counter)
    for r in rows:
        table[(r["categories"][0], r["shape"])][r["why_missed"]] += 1
    print(f"missed labelled problems: {len(rows)}")
    print("| category (first) | shape | " + " | ".join(whys) + " | total |")
    print("|---|---|" + "---|" * (len(whys) + 1))
    for (cat, shape), c in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"| {cat} | {shape} | " + " | ".join(str(c[w] or "") for w in whys) + f" | {sum(c.values())} |")
    tot = Counter(r["why_missed"] for r in rows)
    print("| all | | " + " | ".join(str(tot[w]) for w in whys) + f" | {len(rows)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
