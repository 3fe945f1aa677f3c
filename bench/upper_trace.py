"""Which gate of the engine's upper-law path drops a change compare() sees: trace one clause (or many) through a review.

    python bench/upper_trace.py --db PATH "CLAUSE" [--header H] [--upper "《X》第N条"]
    python bench/upper_trace.py --db PATH --audit AUDIT.json [--json OUT] [--table]

For a clause framed as bench/rewording_eval.py frames it (第二条 of a three-article county draft) this runs the whole
review under ``sys.settrace`` and records, for every call of the upper-law reader (``review.engine._UpperReader``:
``_restated`` and each ``by_*`` path), of ``review.engine.upper_law_findings`` and of ``review.governing``, the line it
returned from and what it returned. A ``return None`` (or a ``continue``-free fall-through) is named by the condition
that governs it (the ``if`` above the return: its source line), so a new gate needs no entry here. It prints:

* the corpus search's hits for each probe of the clause, with their scores;
* for the article the writer names (``--upper``, else the note's first 《X》第N条), compare() against its best unit,
  run outside the engine as bench/drop_diag.py runs it: every error/warning change with kind, severity, strong, sure;
* per path, where it returned and with what (the comparison's material changes and the changes kept where the
  path is ``_restated``);
* what upper_law_findings emitted for the clause and what the review kept.

``--audit`` reads bench/retrieval_audit.py's JSON (rows with text, targets, ranks, caught) and traces the missed rows
whose named article is first in the clause's own search and against which compare() sees an error/warning change
(round 40's 75): ``--table`` prints them grouped by the dropping gate (the ``_restated`` return they leave by, or the
later stage that removed an emitted finding)."""

from __future__ import annotations

import argparse
import json
import linecache
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.rewording_eval import FLAGGING, LABEL, Text, review_text  # noqa: E402
from review.engine import FIGURE_KINDS  # noqa: E402

_TRACED_FILES = ("review/engine.py", "review/governing.py", "review/upper_slots.py")
_TRACED = re.compile(r"^(_UpperReader\.(_restated|restated|paraphrased|by_\w+|fine_within_tiers)|upper_law_findings"
                     r"|altered_clauses|slot_finding|altered_finding|closest_hit|higher_saying_the_same)$")


def _short(value) -> str:
    if value is None:
        return "None"
    if isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], list):
        return f"{len(value[0])} findings"
    rule = getattr(value, "rule", None)
    if rule:
        return f"{rule}/{getattr(value, 'severity', '')}"
    return type(value).__name__ if not isinstance(value, (bool, int, float, str)) else repr(value)


def gate_of(filename: str, lineno: int) -> str:
    """The source line a function returned from, with the ``if`` that governs it when the return is its own line."""
    line = linecache.getline(filename, lineno).strip()
    own = len(linecache.getline(filename, lineno)) - len(linecache.getline(filename, lineno).lstrip())
    cond = ""
    if line.startswith("return") or line.startswith("continue"):
        for n in range(lineno - 1, max(0, lineno - 40), -1):
            text = linecache.getline(filename, n)
            if not text.strip() or text.strip().startswith("#"):
                continue
            indent = len(text) - len(text.lstrip())
            if indent < own and re.match(r"\s*(if|elif|else|for|while)\b", text):
                cond = f" ⟵ L{n}: {text.strip()[:110]}"
                break
            if indent < own:
                break
    return f"L{lineno}: {line[:80]}{cond}"


def _changes(cmp) -> list[tuple]:
    if cmp is None or not hasattr(cmp, "material"):
        return []
    return [(c.kind, c.severity, bool(c.strong), bool(getattr(c, "sure", False)), c.clause_span, c.upper_span)
            for c in cmp.material() if c.severity in ("error", "warning")]


def _provision(p) -> str:
    if p is None or not hasattr(p, "law"):
        return "-"
    return f"《{p.law}》{p.article_label} ({(p.score or 0):.1f} {p.level})"


# the stages of review_document after upper_law_findings that may remove a finding it emitted
_POST = frozenset({"without_unheld", "with_folded_settings", "without_restated_settings", "without_laws_gates",
                   "without_lookalikes", "without_yielded", "cap_findings", "merge_findings", "read_categories",
                   "without_provided"})


def _altered(value) -> int:
    """The UPPER-ALTERED findings of error or warning on the article under test in a list (or a tuple's first)."""
    if isinstance(value, tuple) and value and isinstance(value[0], list):
        value = value[0]
    if not isinstance(value, list):
        return 0
    # (a finding merged with others on the same words stands for upper-law through its categories: review.merge)
    return sum(1 for f in value if (getattr(f, "rule", "") == "UPPER-ALTERED"
                                    or "upper-law" in (getattr(f, "detail", None) or {}).get("categories", ()))
               and getattr(f, "severity", "") in FLAGGING
               and getattr(getattr(f, "clause", None), "label", "").startswith(LABEL))


class Tracer:
    def __init__(self):
        self.events: list[dict] = []
        self.post_in: dict = {}

    def __call__(self, frame, event, arg):
        if event != "call":
            return None
        code = frame.f_code
        if code.co_name in _POST and code.co_filename.startswith(str(ROOT / "review")):
            frame.f_trace_lines = False
            self.post_in[id(frame)] = max((_altered(v) for v in frame.f_locals.values()), default=0)
            return self._post
        if not code.co_filename.endswith(_TRACED_FILES) or not _TRACED.match(code.co_qualname):
            return None
        frame.f_trace_lines = False
        return self._local

    def _post(self, frame, event, arg):
        if event == "return":
            before = self.post_in.pop(id(frame), 0)
            if before and _altered(arg) < before:
                self.events.append({"fn": frame.f_code.co_name, "probe": "", "gate": "post-stage",
                                    "returned": f"UPPER-ALTERED {before} -> {_altered(arg)}"})
        return self._post

    def _local(self, frame, event, arg):
        if event != "return":
            return self._local
        code, loc = frame.f_code, frame.f_locals
        entry = {"fn": code.co_qualname, "probe": (loc.get("probe") or "")[:40],
                 "gate": gate_of(code.co_filename, frame.f_lineno), "returned": _short(arg)}
        if code.co_qualname == "_UpperReader._restated":
            entry.update(upper=_provision(loc.get("upper")), weak=loc.get("weak"), loose=loc.get("loose"),
                         material=_changes(loc.get("cmp")),
                         kept=[(c.kind, c.severity) for c in (loc.get("changes") or []) if hasattr(c, "kind")],
                         hits=[_provision(h) for h in (loc.get("hits") or [])][:3],
                         only=_provision(loc.get("only")) if loc.get("only") else "")
            if "read" in loc and loc.get("cmp") is not None:
                entry["why"] = loose_reasons(loc)
            reader, probe = loc.get("self"), loc.get("probe")
            if reader is not None and probe in getattr(reader, "searched", {}):
                entry["search"] = [_provision(h) for h in reader.searched[probe][:5]]
        if code.co_qualname == "altered_finding":
            entry["kept"] = [(c.kind, c.severity) for c in (loc.get("changes") or []) if hasattr(c, "kind")]
        if code.co_qualname == "upper_law_findings" and isinstance(arg, tuple):
            entry["emitted"] = [(f.rule, f.severity, f.clause.label if f.clause else "") for f in arg[0]]
        self.events.append(entry)
        return self._local


def loose_reasons(loc) -> list[tuple]:
    """For ``_restated``'s loose branch (a clause in its own words: only a change it can show counts), why each
    error/warning change compare() reads is not kept: not sure (is_sure), a protective modal, a figure not of the
    same act (sure_changes), the modal laid elsewhere in the law (modal_elsewhere), a figure against a weak hit."""
    from review.engine import is_sure, protective_modal, sure_changes

    cmp, unit, probe, clause = loc["cmp"], loc.get("unit"), loc["probe"], loc.get("clause")
    sure = sure_changes(probe, unit.text, cmp, getattr(clause, "header", "")) if unit is not None else []
    read, kept = loc.get("read") or [], loc.get("changes") or []
    out = []
    for c in cmp.material():
        if c.severity not in ("error", "warning"):
            continue
        if c in kept:
            why = "kept"
        elif c not in sure:
            why = "not sure" if not is_sure(c) else "protective modal" if protective_modal(c) else "figure not same act"
        elif c not in read:
            why = "modal_elsewhere"
        else:
            why = "figure vs weak/below hit" if c.kind in FIGURE_KINDS else "domain-only modal"
        out.append((c.kind, c.severity, bool(c.strong), why))
    return out


def named_article(store, target: str):
    m = re.match(r"《(.+?)》\s*第([一二三四五六七八九十百零\d]+)条", target or "")
    if not m:
        return None
    from statutes.numerals import cn_to_int

    law, n = m.group(1), m.group(2)
    n = int(n) if n.isdigit() else cn_to_int(n)
    works = [w for w in store.find_works(law) if w.has_text]
    if not works:
        return None
    return store.provision(works[0].versions[-1].version_id, n)


def outside_compare(text: str, article) -> list[tuple]:
    from review.compare import compare
    from review.compare.units import best_unit

    unit = best_unit(text, article.text)
    return _changes(compare(text, unit.text, context=text))


def trace(store, rules, text: str, header: str = "", target: str = "") -> dict:
    t = Text(rule="NEW-upper-law", category="upper-law", polarity="positive", variant=1, text=text, header=header)
    tracer = Tracer()
    old = sys.gettrace()
    sys.settrace(tracer)
    try:
        found = review_text(t, "normative", store, rules)
    finally:
        sys.settrace(old)
    article = named_article(store, target) if target else None
    kept = [(f.rule, f.category, f.severity) for f in found if f.severity in FLAGGING]
    return {"text": text, "target": target, "events": tracer.events, "kept": kept,
            "outside": outside_compare(text, article) if article is not None else [],
            "verdict": verdict(tracer.events, kept)}


def verdict(events: list[dict], kept: list) -> str:
    """The gate a clause's upper-law change is dropped by: caught; emitted by upper_law_findings but removed later;
    an UPPER-ALTERED built at info; a note (UPPER-RESTATES); else the first best-hit ``_restated`` return (the path
    that compares the search's best hit, where the named article stands first)."""
    if any(c == "upper-law" for _, c, _ in kept):
        return "caught"
    emitted = [e for e in events if e["fn"] == "upper_law_findings"]
    if emitted and any(r != "UPPER-LIMIT" and s in FLAGGING and lab.startswith("第二条")
                       for r, s, lab in emitted[-1].get("emitted", [])):
        post = [e["fn"] for e in events if e.get("gate") == "post-stage"]
        return "emitted, dropped after upper_law_findings" + (f" by {post[0]}" if post else "")
    if emitted and any(r == "UPPER-ALTERED" and lab.startswith("第二条") for r, s, lab in emitted[-1].get("emitted", [])):
        return "UPPER-ALTERED at info (severity)"
    if any(e["fn"] == "_UpperReader.fine_within_tiers" and e["returned"] == "True" for e in events):
        return "fine_within_tiers"
    at = next((i for i, e in enumerate(events) if e["fn"] == "_UpperReader._restated" and not e.get("only")
               and e["probe"].startswith(LABEL)), None)
    if at is None:
        return "not searched (too short / boilerplate)"
    first = events[at]
    if first["returned"].startswith("UPPER-RESTATES"):
        return "_restated: restates note"
    if first["returned"].startswith("UPPER-ALTERED"):
        return f"_restated: {first['returned']}"
    if "upper is None" in first["gate"]:     # which return of closest_hit
        inner = [e for e in events[:at] if e["fn"] == "closest_hit"]
        if inner and "return None, None" in inner[-1]["gate"]:
            return "closest_hit " + inner[-1]["gate"]
        if inner:
            return "_restated " + first["gate"] + " (closest_hit returned a hit: substantive_overlap)"
    return "_restated " + first["gate"]


def show(row: dict) -> None:
    print(f"\n=== {row['text']}\n    named: {row['target']}  verdict: {row['verdict']}")
    for c in row["outside"]:
        print(f"    compare() outside: {c}")
    for e in row["events"]:
        if e["fn"] in ("upper_law_findings",):
            print(f"    upper_law_findings → {e.get('emitted')}")
            continue
        if e["returned"] == "None" and e["fn"] != "_UpperReader._restated":
            continue
        print(f"    {e['fn']} [{e['probe'][:16]}] → {e['returned']}  @ {e['gate']}")
        if e["fn"] == "_UpperReader._restated":
            print(f"        search: {e.get('search')}\n        upper: {e['upper']} weak={e['weak']} loose={e['loose']}"
                  f"\n        material: {e['material']}\n        kept: {e['kept']}  why: {e.get('why')}")
    print(f"    review kept: {row['kept']}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("text", nargs="?")
    ap.add_argument("--header", default="")
    ap.add_argument("--upper", default="")
    ap.add_argument("--audit", type=Path)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--table", action="store_true")
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)

    from review.rules import load_packs
    from statutes.store import Store

    store, rules = Store(str(args.db)), load_packs()
    if args.text:
        show(trace(store, rules, args.text, args.header, args.upper))
        return
    audit = json.loads(args.audit.read_text(encoding="utf-8"))
    rows = []
    for r in audit:
        if r["category"] != "upper-law" or r.get("caught") or r["ranks"].get("own") != 1:
            continue
        article = named_article(store, r["targets"][0])
        if article is None or not outside_compare(r["text"], article):
            continue
        row = trace(store, rules, r["text"], r.get("header", ""), r["targets"][0])
        row["set"] = r.get("set")
        rows.append(row)
        if not args.quiet:
            show(row)
    if args.table:
        groups = defaultdict(list)
        for row in rows:
            groups[row["verdict"]].append(row)
        print(f"\n{len(rows)} traced")
        for gate, members in sorted(groups.items(), key=lambda g: -len(g[1])):
            kinds = Counter(k for m in members for k in {c[0] for c in m["outside"]})
            print(f"\n## {len(members)} × {gate}\n   kinds: {dict(kinds)}")
            for m in members:
                print(f"   - {m['target']} {m['text'][:60]}")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
