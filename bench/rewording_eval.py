"""How well the rules survive rewording: every example of every text rule, rewritten three ways by a drafter.

    python bench/rewording_eval.py [--dir tests/fixtures/rewordings] [--db PATH] [--per-rule] [--misses N] [--json]

Each case of ``<dir>/*.toml`` is one example of a rule (positive: must be flagged; negative: a lawful look-alike)
with its rewordings (see tests/fixtures/rewordings/README.md). Every text — the original and each rewording — is
reviewed by the whole engine (``review_document``, upper-law matching included) as the one article of a draft:
a 规范性文件 送审稿, or an agreement for the contract pack (``--kind contract`` cases).

* a positive is **caught** when a finding of the rule's category (severity error or warning) lands on the clause;
  the rule id may differ — rules may be merged or restated, the category is what the reviewer reads;
* a negative is **flagged** when any error or warning finding lands on the clause (any category: a lawful clause
  flagged for anything costs trust).

Document-level findings (no 有效期, missing contract terms) say nothing about the clause and are not counted.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import tomllib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from review.engine import ReviewOptions, review_document  # noqa: E402
from review.clauses import point_marker  # noqa: E402
from review.metadata import apply_metadata  # noqa: E402
from review.readers import build_document  # noqa: E402
from review.rules import load_packs  # noqa: E402
from statutes.store import Store  # noqa: E402

AS_OF = "2026-12-01"
FLAGGING = ("error", "warning")
TITLES = {"normative": "梧桐县城乡管理若干规定（送审稿）", "contract": "梧桐县项目合作协议书"}


@dataclass(frozen=True, slots=True)
class Text:
    """One text to review: an original example or a rewording, with its list header when it is a list item."""

    rule: str
    category: str
    polarity: str          # positive | negative
    variant: int           # 0 = the original example, 1.. = rewordings in file order
    text: str
    header: str = ""
    pack: str = ""


def _as_item(value) -> tuple[str, str]:
    if isinstance(value, str):
        return value, ""
    return value["text"], value.get("header", "")


def load_cases(folder: Path, categories: dict[str, str]) -> list[Text]:
    """Every original and rewording in ``folder``; the rule's category from the loaded packs."""
    out: list[Text] = []
    for path in sorted(folder.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for case in data.get("case", []):
            # a rewording names its rule; a new clause (not a rewording of an example) names its category
            rule = case.get("rule") or f"NEW-{case['category']}"
            category = case.get("category") or categories.get(rule)
            if category is None:
                raise SystemExit(f"{path.name}: unknown rule {rule}")
            header = case.get("header", "")
            if case.get("original"):
                out.append(Text(rule, category, case["polarity"], 0, case["original"], header, path.stem))
            if case.get("text"):
                out.append(Text(rule, category, case["polarity"], 1, case["text"], header, path.stem))
            for i, r in enumerate(case.get("rewordings", []), 1):
                text, h = _as_item(r)
                out.append(Text(rule, category, case["polarity"], i, text, h or header, path.stem))
    return out


OPENING = {"normative": "第一条　为了加强本县城乡管理，结合本县实际，制定本规定。",
           "contract": "第一条　甲乙双方本着平等自愿、诚实信用的原则，就项目合作事宜订立本协议。"}
CLOSING = {"normative": "第三条　本规定自2027年1月1日起施行，有效期五年。",
           "contract": "第三条　本协议自双方签字盖章之日起生效，一式四份，双方各执两份。"}
LABEL = "第二条"   # the article under test, between a neutral opening and closing article


def draft_lines(t: Text, kind: str) -> list[str]:
    """A three-article draft; the text under test is 第二条 (with its list header, as an item of it)."""
    if t.header:
        item = t.text if point_marker(t.text) else f"（一）{t.text}"
        body = [f"{LABEL}　{t.header}", item]
    else:
        body = [f"{LABEL}　{t.text}"]
    return [TITLES[kind], "", OPENING[kind], *body, CLOSING[kind]]


def review_text(t: Text, kind: str, store, rules):
    doc = apply_metadata(build_document(f"{t.rule}-{t.variant}.txt", draft_lines(t, kind), "txt"))
    opinion = review_document(doc, store, rules, ReviewOptions(as_of=AS_OF, kind=kind))
    return [f for f in opinion.findings
            if f.clause is not None and f.clause.label.startswith(LABEL) and f.severity in FLAGGING]


def evaluate(texts: list[Text], store, rules, kinds: dict[str, str]) -> list[dict]:
    rows = []
    for t in texts:
        kind = kinds.get(t.rule) or ("contract" if t.category == "contract" else "normative")
        found = review_text(t, kind, store, rules)
        same = [f for f in found if f.category == t.category]
        hit = bool(same) if t.polarity == "positive" else bool(found)
        rows.append({"rule": t.rule, "category": t.category, "pack": t.pack, "polarity": t.polarity,
                     "variant": t.variant, "text": t.text, "header": t.header, "hit": hit,
                     "findings": [f"{f.rule}:{f.category}:{f.severity}" for f in found]})
    return rows


def summarise(rows: list[dict]) -> dict:
    per_rule: dict = defaultdict(lambda: {"pos_orig": [0, 0], "pos_rew": [0, 0], "neg_orig": [0, 0],
                                          "neg_rew": [0, 0]})
    for r in rows:
        key = ("pos" if r["polarity"] == "positive" else "neg") + ("_orig" if r["variant"] == 0 else "_rew")
        cell = per_rule[r["rule"]][key]
        cell[0] += r["hit"]
        cell[1] += 1
    total = {k: [sum(v[k][0] for v in per_rule.values()), sum(v[k][1] for v in per_rule.values())]
             for k in ("pos_orig", "pos_rew", "neg_orig", "neg_rew")}
    return {"per_rule": dict(per_rule), "total": total}


def _ratio(cell) -> str:
    return f"{cell[0]}/{cell[1]}" if cell[1] else "–"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", type=Path, default=ROOT / "tests" / "fixtures" / "rewordings")
    ap.add_argument("--db", type=Path, help="corpus (default: build the default corpus in a temp dir)")
    ap.add_argument("--per-rule", action="store_true", help="print the per-rule table")
    ap.add_argument("--misses", type=int, default=0, help="print up to N missed positives and flagged negatives")
    ap.add_argument("--json", type=Path, help="write every row as JSON to this file")
    args = ap.parse_args(argv)

    tmp = tempfile.TemporaryDirectory()
    store = Store(args.db) if args.db else Store(Path(tmp.name) / "c.db")
    if store.is_empty():
        from statutes.importers.default import import_default

        import_default(store)
    rules = load_packs()
    categories = {r.id: r.category for r in rules}
    kinds = {r.id: "contract" if "contract" in r.topics else "normative" for r in rules}
    texts = load_cases(args.dir, categories)
    t0 = time.perf_counter()
    rows = evaluate(texts, store, rules, kinds)
    seconds = time.perf_counter() - t0
    s = summarise(rows)
    tot = s["total"]
    print(f"{args.dir}: {len(texts)} texts reviewed in {seconds:.1f} s (as of {AS_OF})")
    print(f"positives caught — originals {_ratio(tot['pos_orig'])}, rewordings {_ratio(tot['pos_rew'])} "
          f"({tot['pos_rew'][0] / max(1, tot['pos_rew'][1]):.1%})")
    print(f"negatives flagged — originals {_ratio(tot['neg_orig'])}, rewordings {_ratio(tot['neg_rew'])} "
          f"({tot['neg_rew'][0] / max(1, tot['neg_rew'][1]):.1%})")
    by_cat: dict = defaultdict(lambda: [0, 0])
    for r in rows:
        if r["polarity"] == "positive" and r["variant"]:
            by_cat[r["category"]][0] += r["hit"]
            by_cat[r["category"]][1] += 1
    print("positive rewordings by category: " + ", ".join(f"{c} {_ratio(v)}" for c, v in sorted(by_cat.items())))
    below = [(rid, v["pos_rew"]) for rid, v in sorted(s["per_rule"].items())
             if v["pos_rew"][1] and v["pos_rew"][0] / v["pos_rew"][1] < 0.7]
    print(f"rules below 70 % of positive rewordings: {len(below)}"
          + ("" if not below else " — " + ", ".join(f"{rid} {_ratio(c)}" for rid, c in below)))
    if args.per_rule:
        print("\n| rule | positives (orig) | positive rewordings caught | negatives flagged (orig) | "
              "negative rewordings flagged |")
        print("|---|---|---|---|---|")
        for rid, v in sorted(s["per_rule"].items()):
            print(f"| {rid} | {_ratio(v['pos_orig'])} | {_ratio(v['pos_rew'])} | {_ratio(v['neg_orig'])} | "
                  f"{_ratio(v['neg_rew'])} |")
    if args.misses:
        shown = 0
        for r in rows:
            bad = (r["polarity"] == "positive") != r["hit"]
            if bad and shown < args.misses:
                shown += 1
                what = "MISSED " if r["polarity"] == "positive" else "FLAGGED"
                head = f"[{r['header']}] " if r["header"] else ""
                print(f"{what} {r['rule']}#{r['variant']} {head}{r['text']}  {r['findings']}")
    if args.json:
        args.json.write_text(json.dumps({"rows": rows, "summary": s}, ensure_ascii=False, indent=1),
                             encoding="utf-8")


if __name__ == "__main__":
    main()
