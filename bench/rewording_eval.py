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
import re
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
    doc_kinds: tuple[str, ...] = ()   # contract examples: the kind of agreement the clause stands in
    title: str = ""                   # a new clause's own document head (lines split on "\\n"), e.g. a 规章's 令号 and title


def _as_item(value) -> tuple[str, str, tuple[str, ...]]:
    if isinstance(value, str):
        return value, "", ()
    return value["text"], value.get("header", ""), tuple(value.get("doc_kinds", ()))


# the head of a draft of a kind a rule applies to, for a rule that does not apply to 规范性文件 (R-RULE-PENALTY judges a
# 规章's penalties, R-REGULATION-PENALTY a 地方性法规's: their lawful look-alikes are lawful only there)
KIND_HEADS = {
    "地方政府规章": "梧桐市人民政府令\n第 5 号\n《梧桐市城乡管理若干规定》已经市人民政府第10次常务会议通过，现予公布，"
                "自2027年1月1日起施行。\n市长　赵某\n2026年11月1日\n梧桐市城乡管理若干规定",
    "地方性法规": "梧桐市城乡管理条例\n（2026年10月28日梧桐市第十六届人民代表大会常务委员会第十次会议通过）",
}


def kind_head(kinds: tuple[str, ...]) -> str:
    """The document head for a rule of these ``kinds`` (Rule.kinds): "" when it applies to 规范性文件 (the default
    draft), else the head of the first kind it applies to that has one."""
    if not kinds or "规范性文件" in kinds:
        return ""
    return next((KIND_HEADS[k] for k in kinds if k in KIND_HEADS), "")


def load_cases(folder: Path, categories: dict[str, str], rule_kinds: dict[str, tuple] | None = None,
               rule_doc_kinds: dict[str, tuple] | None = None) -> list[Text]:
    """Every original and rewording in ``folder``; the rule's category from the loaded packs. ``rule_kinds``: the
    agreement kinds of each rule (Rule.doc_kinds); ``rule_doc_kinds``: the document kinds it applies to (Rule.kinds),
    so that a rule's example stands in a document of its kind."""
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
            original = case.get("original")
            kinds: tuple = ()
            if isinstance(original, dict):
                original, header, kinds = _as_item(original)
            kinds = kinds or tuple(case.get("doc_kinds", ())) or (rule_kinds or {}).get(rule, ())
            head = kind_head((rule_doc_kinds or {}).get(rule, ()))
            if original:
                out.append(Text(rule, category, case["polarity"], 0, original, header, path.stem, kinds, head))
            if case.get("text"):
                out.append(Text(rule, category, case["polarity"], 1, case["text"], header, path.stem, kinds,
                                case.get("title", "") or head))
            for i, r in enumerate(case.get("rewordings", []), 1):
                text, h, k = _as_item(r)
                out.append(Text(rule, category, case["polarity"], i, text, h or header, path.stem, k or kinds, head))
    return out


OPENING = "第一条　为了加强本县城乡管理，结合本县实际，制定本规定。"
CLOSING = {"normative": "第三条　本规定自2027年1月1日起施行，有效期五年。",
           "contract": "第三条　本协议自双方签字盖章之日起生效，一式四份，双方各执两份。"}
LABEL = "第二条"   # the article under test, between a neutral opening and closing article
# the paragraph before a text that says 前款
PRECEDING = {"normative": "有关单位和个人应当遵守本规定。", "contract": "双方应当履行本协议约定的义务。"}
# an agreement of the kind the example is about: (title, party A, party B, opening article)
CONTRACTS = {
    "征收补偿": ("梧桐县国有土地上房屋征收补偿协议书", "甲方（房屋征收部门）：梧桐县房屋征收管理办公室",
             "乙方（被征收人）：张某某", "第一条　甲方依据县人民政府作出的房屋征收决定，对乙方房屋实施征收并给予补偿。"),
    "政府采购": ("梧桐县教育局教学设备采购合同", "甲方（采购人）：梧桐县教育局", "乙方（供应商）：梧桐教育装备有限公司",
             "第一条　甲方向乙方采购教学设备一批，合同金额以附件清单为准。"),
    "特许经营": ("梧桐县城区供水特许经营协议", "甲方：梧桐县人民政府", "乙方：梧桐水务有限公司",
             "第一条　甲方授权乙方在本协议约定的区域和期限内从事城区供水经营，并给予相应扶持。"),
    "PPP": ("梧桐县污水处理厂PPP项目合同", "甲方：梧桐县住房和城乡建设局", "乙方：梧桐清源环保有限公司（社会资本方）",
            "第一条　双方按照政府和社会资本合作模式实施污水处理厂项目，甲方依约给予可行性缺口补助。"),
    "招商引资": ("梧桐县新材料产业园项目投资协议书", "甲方：梧桐县人民政府", "乙方：梧桐新材料科技有限公司",
             "第一条　乙方在梧桐县投资建设新材料项目，甲方按照本协议给予扶持。"),
}
FACTS = {"中小企业": "乙方为小型企业（见乙方提交的中小企业声明函）。",
         "竞争性选定": "甲方通过公开招标选定乙方为中标人。",
         "预算已落实": "本协议约定的资金已纳入县级财政年度预算。"}


def contract_kind(kinds: tuple[str, ...]) -> str:
    for subtype in ("征收补偿", "政府采购", "特许经营", "PPP", "招商引资"):
        if subtype in kinds:
            return subtype
    if "中小企业" in kinds or ("民事合同" in kinds and "行政协议" not in kinds):
        return "政府采购"
    return "招商引资"


def draft_lines(t: Text, kind: str) -> list[str]:
    """A three-article draft; the text under test is 第二条 (with its list header, as an item of it).
    An agreement's opening says what kind of agreement it is (its doc_kinds) and who the parties are."""
    if t.header:
        item = t.text if point_marker(t.text) else f"（一）{t.text}"
        body = [f"{LABEL}　{t.header}", item]
    elif re.search(r"前款|上款|前[两二三]款", t.text):   # the paragraph it refers to comes first (review/internal_refs.py)
        body = [f"{LABEL}　{PRECEDING[kind]}", t.text]
    else:
        body = [f"{LABEL}　{t.text}"]
    if kind == "normative":
        head = t.title.split("\n") if t.title else [TITLES[kind]]
        return [*head, "", OPENING, *body, CLOSING[kind]]
    title, party_a, party_b, opening = CONTRACTS[contract_kind(t.doc_kinds)]
    facts = "".join(FACTS[k] for k in t.doc_kinds if k in FACTS)
    return [title, party_a, party_b, "", opening + facts, *body, CLOSING[kind]]


# ``--sweep``: the cleanup sweep's per-document review (its topics, no upper-law comparison, review.sweep), which keeps a
# content rule's finding only where the norm reading confirms it (review.engine.sweep_content)
SWEEP = False


def review_text(t: Text, kind: str, store, rules):
    doc = apply_metadata(build_document(f"{t.rule}-{t.variant}.txt", draft_lines(t, kind), "txt"))
    if SWEEP:
        from review.sweep import SWEEP_TOPICS

        opts = ReviewOptions(as_of=AS_OF, kind=kind, topics=tuple(SWEEP_TOPICS), upper_law=False)
    else:
        opts = ReviewOptions(as_of=AS_OF, kind=kind)
    opinion = review_document(doc, store, rules, opts)
    return [f for f in opinion.findings
            if f.clause is not None and f.clause.label.startswith(LABEL) and f.severity in FLAGGING]


def evaluate(texts: list[Text], store, rules, kinds: dict[str, str]) -> list[dict]:
    rows = []
    for t in texts:
        kind = kinds.get(t.rule) or ("contract" if t.category == "contract" else "normative")
        found = review_text(t, kind, store, rules)
        # a finding that merged related rules on the same words (review.merge) stands for all their categories
        same = [f for f in found if t.category in (f.detail.get("categories") or [f.category])]
        hit = bool(same) if t.polarity == "positive" else bool(found)
        rows.append({"rule": t.rule, "category": t.category, "pack": t.pack, "polarity": t.polarity,
                     "variant": t.variant, "text": t.text, "header": t.header, "hit": hit,
                     "findings": [f"{f.rule}:{f.category}:{f.severity}" for f in found],
                     # every category each finding stands for (review.merge, review.categories), in its order
                     "categories": [list(f.detail.get("categories") or [f.category]) for f in found]})
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
    ap.add_argument("--category", help="only the cases of this category (e.g. upper-law)")
    ap.add_argument("--sweep", action="store_true",
                    help="review each text as the cleanup sweep does (its topics, no upper law, norm-confirmed content)")
    args = ap.parse_args(argv)
    global SWEEP
    SWEEP = args.sweep

    tmp = tempfile.TemporaryDirectory()
    store = Store(args.db) if args.db else Store(Path(tmp.name) / "c.db")
    if store.is_empty():
        from statutes.importers.default import import_default

        import_default(store)
    rules = load_packs()
    categories = {r.id: r.category for r in rules}
    kinds = {r.id: "contract" if "contract" in r.topics else "normative" for r in rules}
    texts = load_cases(args.dir, categories, {r.id: tuple(r.doc_kinds) for r in rules},
                       {r.id: tuple(r.kinds) for r in rules})
    if args.category:
        texts = [t for t in texts if t.category == args.category]
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
