"""Every installed held-out and probe set at once, split into the sets a developer may tune on and the reserve.

    python bench/allsets_eval.py --db PATH [--category upper-law] [--split tune|reserve|all] [--json OUT]

The held-out sets under tests/fixtures/rewordings (heldout_round*, probes_round*) were written by people who never
saw the code, each round; once installed they are dev material. To keep one honest figure inside a round, the
newest ones are a **reserve**: a developer reads only their totals (never their rows) and reports them before and
after a change. Which sets are the reserve is set by ``--reserve-from`` (round number; default 36).

Counts, as in bench/rewording_eval.py: a positive is caught when a finding of its category lands on the clause; a
negative is flagged when any error or warning does. The per-category table is printed for the chosen split.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import rewording_eval as rewording  # noqa: E402
from review.rules import load_packs  # noqa: E402
from statutes.store import Store  # noqa: E402

SETS = ROOT / "tests" / "fixtures" / "rewordings"
SET_NAME = re.compile(r"^(heldout|probes)_round(\d+)([a-z]?)$")


def set_round(name: str) -> int | None:
    match = SET_NAME.match(name)
    return int(match.group(2)) if match else None


def chosen_sets(split: str, reserve_from: int) -> list[Path]:
    found = []
    for folder in sorted(SETS.iterdir()):
        number = set_round(folder.name)
        if number is None or not folder.is_dir():
            continue
        reserve = number >= reserve_from
        if split == "all" or (split == "reserve") == reserve:
            found.append(folder)
    return sorted(found, key=lambda p: (set_round(p.name), p.name))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--category", help="only the cases of this category (e.g. upper-law)")
    ap.add_argument("--split", choices=("tune", "reserve", "all"), default="tune")
    ap.add_argument("--reserve-from", type=int, default=36)
    ap.add_argument("--json", type=Path, help="write every row (with its set) as JSON to this file")
    args = ap.parse_args(argv)

    store = Store(args.db)
    rules = load_packs()
    categories = {r.id: r.category for r in rules}
    kinds = {r.id: "contract" if "contract" in r.topics else "normative" for r in rules}
    all_rows = []
    per_cat: dict = defaultdict(lambda: [0, 0, 0, 0])   # caught, positives, flagged, negatives
    t0 = time.perf_counter()
    for folder in chosen_sets(args.split, args.reserve_from):
        texts = rewording.load_cases(folder, categories, {r.id: tuple(r.doc_kinds) for r in rules},
                                     {r.id: tuple(r.kinds) for r in rules})
        if args.category:
            texts = [t for t in texts if t.category == args.category]
        if not texts:
            continue
        rows = rewording.evaluate(texts, store, rules, kinds)
        pos = [r for r in rows if r["polarity"] == "positive"]
        neg = [r for r in rows if r["polarity"] != "positive"]
        print(f"{folder.name}: caught {sum(r['hit'] for r in pos)}/{len(pos)}, "
              f"flagged {sum(r['hit'] for r in neg)}/{len(neg)}", flush=True)
        for r in rows:
            r["set"] = folder.name
            cell = per_cat[r["category"]]
            if r["polarity"] == "positive":
                cell[0] += r["hit"]
                cell[1] += 1
            else:
                cell[2] += r["hit"]
                cell[3] += 1
        all_rows.extend(rows)
    caught = sum(c[0] for c in per_cat.values())
    positives = sum(c[1] for c in per_cat.values())
    flagged = sum(c[2] for c in per_cat.values())
    negatives = sum(c[3] for c in per_cat.values())
    print(f"\n{args.split} sets ({time.perf_counter() - t0:.0f} s): caught {caught}/{positives} "
          f"({caught / max(1, positives):.1%}), flagged {flagged}/{negatives} ({flagged / max(1, negatives):.1%})")
    print("| category | caught | flagged |\n|---|---|---|")
    for category, (c, p, f, n) in sorted(per_cat.items()):
        print(f"| {category} | {c}/{p} | {f}/{n} |")
    if args.json:
        args.json.write_text(json.dumps(all_rows, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
