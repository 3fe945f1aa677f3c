"""Where the article a positive case alters ranks among the hits of each upper-law retrieval path (issue 8).

    python bench/retrieval_audit.py --db PATH [--split tune|reserve] [--category C] [--sets GLOB] [--json OUT]
                                    [--absent N]

For every positive case of the chosen sets whose ``note`` names an article of a 法律/行政法规/司法解释 (《X》第N条, also
第N条第M款; parsed by statutes.citations.extract_citations and resolved by statutes.lookup.resolve_law), the case is
reviewed as bench/rewording_eval.py frames it, and the engine's own upper-law reader (review.engine._UpperReader, kept
by a subclass that remembers each (clause, probe) it reads) is asked what each path retrieved for that probe:

* ``own``     — the clause's own search as the engine makes it (``reader.searched``: search_read_as_roles + domain laws);
* ``core``    — the searches of its norm cores (engine.norm_core_probes → reader._core_hits);
* ``conduct`` — the conduct searched alone, for a clause laying a fine (review.cited_fines.conduct, as by_cited_fine);
* ``norm``    — the norm's act and object searched as the law words it (review.norm_query, round 40), where present;
* ``slots``   — the articles the norm's slots find (review.upper_slots.slot_candidates);
* ``subject`` — the articles of the laws the clause's subject names (review.subject_laws, as engine.paraphrased);
* ``any``     — the best of them.

The rank is the place of the cited article among the distinct articles a path returned (1 = first), or absent; a
case citing several articles counts the best ranked. ``named`` says whether an upper-law finding of the engine on the
clause names the cited article. Printed: recall@1/@5/@20 by path, per category and in all, and (tune only) the cases
absent from every path. ``--split reserve`` prints the totals only (no rows, no notes).
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import allsets_eval  # noqa: E402
import rewording_eval as rewording  # noqa: E402
from review import engine  # noqa: E402
from review.rules import load_packs  # noqa: E402
from statutes.citations.extract import extract_citations  # noqa: E402
from statutes.store import Store  # noqa: E402

LEVELS = ("法律", "行政法规", "司法解释")
PATHS = ("own", "core", "conduct", "norm", "slots", "subject", "any")
KS = (1, 5, 20)


class _Kept(engine._UpperReader):
    """The engine's upper-law reader, remembering the last one made and every (clause, probe) it reads."""

    last = None

    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.read: list[tuple] = []
        _Kept.last = self

    def restated(self, clause, probe, *a, **kw):
        self.read.append((clause, probe))
        return super().restated(clause, probe, *a, **kw)


def cited_articles(note: str, store, cache: dict) -> list[tuple[int, int, int, str]]:
    """(work id, article, article_sub, label) of every article of a 法律/行政法规/司法解释 the note names."""
    from statutes.lookup import resolve_law

    out = []
    for ref in extract_citations(note or ""):
        if ref.kind != "statute" or not ref.law or not ref.article:
            continue
        if ref.law not in cache:
            try:
                law = resolve_law(store, ref.law)
                cache[ref.law] = (law.work_id, law.level)
            except Exception:   # not in the corpus, or ambiguous
                cache[ref.law] = None
        found = cache[ref.law]
        if found is None or found[1] not in LEVELS:
            continue
        out.append((found[0], ref.article, ref.article_sub, f"《{ref.law}》第{ref.article}条"))
    return out


def article_rank(hits, targets) -> int | None:
    """1-based rank of the first target among the distinct articles of ``hits`` (in order), or None."""
    seen: list[tuple] = []
    wanted = {(w, a, s) for w, a, s, _ in targets}
    for h in hits or []:
        if h is None:
            continue
        key = (h.work_id, h.article, h.article_sub)
        if key in seen:
            continue
        seen.append(key)
        if key in wanted:
            return len(seen)
    return None


def path_hits(reader, clause, probe) -> dict[str, list]:
    """What each retrieval path of the engine returned for ``probe`` (reusing the reader's own searches)."""
    from review.cited_fines import conduct, lays_fine
    from review.upper_slots import slot_candidates

    bare = engine.without_label(probe)
    out = {"own": reader.searched.get(probe) or []}
    core: list = []
    for c in engine.norm_core_probes(bare):
        core += reader._core_hits(c)
    out["core"] = sorted(core, key=lambda h: -(h.score or 0))
    act = conduct(bare) if lays_fine(bare) else ""
    out["conduct"] = reader._core_hits(act) if act else []
    norm_hits = getattr(reader, "norm_hits", None)
    out["norm"] = norm_hits(clause, probe) if norm_hits is not None else []
    out["slots"] = slot_candidates(reader, clause, probe)[1]
    about = engine.item_with_lead_in(clause, bare)
    if about not in reader.paraphrases and hasattr(reader.store, "conn"):
        from review.subject_laws import paraphrased_articles, subject_laws

        laws = subject_laws(reader.store, about, reader.opts.as_of, reader.governing)
        reader.paraphrases[about] = paraphrased_articles(about, laws)
    out["subject"] = [upper for _, upper, *_ in reader.paraphrases.get(about, [])]
    return out


def audit(texts, notes, store, rules, kinds, cache) -> list[dict]:
    rows = []
    engine._UpperReader = _Kept
    for t in texts:
        targets = cited_articles(notes.get((t.pack, t.text), ""), store, cache)
        if not targets:
            continue
        _Kept.last = None
        kind = kinds.get(t.rule) or ("contract" if t.category == "contract" else "normative")
        found = rewording.review_text(t, kind, store, rules)
        reader = _Kept.last
        ranks = {p: None for p in PATHS}
        if reader is not None:
            for clause, probe in reader.read:
                if not clause.label.startswith(rewording.LABEL):
                    continue
                for path, hits in path_hits(reader, clause, probe).items():
                    r = article_rank(hits, targets)
                    if r is not None and (ranks[path] is None or r < ranks[path]):
                        ranks[path] = r
        present = [r for p, r in ranks.items() if p != "any" and r is not None]
        ranks["any"] = min(present) if present else None
        wanted = {(w, a, s) for w, a, s, _ in targets}
        named = any(f.upper is not None and (f.upper.work_id, f.upper.article, f.upper.article_sub) in wanted
                    for f in found if f.category == "upper-law")
        same = [f for f in found if t.category in (f.detail.get("categories") or [f.category])]
        rows.append({"pack": t.pack, "category": t.category, "variant": t.variant, "text": t.text,
                     "targets": [lbl for *_, lbl in targets], "ranks": ranks, "named": named, "caught": bool(same)})
    return rows


def recall_table(rows: list[dict], by: str = "category") -> list[str]:
    groups: dict = defaultdict(list)
    for r in rows:
        groups[r[by]].append(r)
    groups["ALL"] = rows
    lines = ["| " + by + " | n | " + " | ".join(f"{p} @1/@5/@20" for p in PATHS) + " | named | caught |",
             "|---|---|" + "---|" * (len(PATHS) + 2)]
    for g, rs in sorted(groups.items(), key=lambda kv: (kv[0] == "ALL", kv[0])):
        cells = []
        for p in PATHS:
            cells.append("/".join(str(sum(1 for r in rs if r["ranks"][p] is not None and r["ranks"][p] <= k))
                                  for k in KS))
        lines.append(f"| {g} | {len(rs)} | " + " | ".join(cells)
                     + f" | {sum(r['named'] for r in rs)} | {sum(r['caught'] for r in rs)} |")
    return lines


def load_notes(folder: Path) -> dict[tuple[str, str], str]:
    """(file stem, text) -> the case's note, for the case's own text and each rewording."""
    out = {}
    for path in sorted(folder.glob("*.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
            note = case.get("note", "")
            for text in [case.get("text"), case.get("original"), *case.get("rewordings", [])]:
                if isinstance(text, dict):
                    text = text.get("text")
                if text:
                    out[(path.stem, text)] = note
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--split", choices=("tune", "reserve"), default="tune")
    ap.add_argument("--category", help="only the cases of this category")
    ap.add_argument("--sets", help="a glob of fixture folders/files under tests/fixtures/rewordings instead of a split "
                                   "(e.g. 'retr40.toml')")
    ap.add_argument("--json", type=Path, help="write every row as JSON (tune or --sets only)")
    ap.add_argument("--absent", type=int, default=40, help="list up to N cases absent from every path (tune only)")
    args = ap.parse_args(argv)

    store = Store(args.db)
    rules = load_packs()
    categories = {r.id: r.category for r in rules}
    kinds = {r.id: "contract" if "contract" in r.topics else "normative" for r in rules}
    if args.sets:
        folders = [p for p in sorted(allsets_eval.SETS.iterdir()) if fnmatch.fnmatch(p.name, args.sets)]
    else:
        folders = allsets_eval.chosen_sets(args.split, 36)
    cache: dict = {}
    rows: list[dict] = []
    for folder in folders:
        if folder.is_file():    # one fixture file: load_cases reads a folder's *.toml
            texts = [t for t in rewording.load_cases(folder.parent, categories, {r.id: tuple(r.doc_kinds) for r in rules},
                                                     {r.id: tuple(r.kinds) for r in rules}) if t.pack == folder.stem]
            notes = {k: v for k, v in load_notes(folder.parent).items() if k[0] == folder.stem}
        else:
            texts = rewording.load_cases(folder, categories, {r.id: tuple(r.doc_kinds) for r in rules},
                                         {r.id: tuple(r.kinds) for r in rules})
            notes = load_notes(folder)
        texts = [t for t in texts if t.polarity == "positive" and (not args.category or t.category == args.category)]
        got = audit(texts, notes, store, rules, kinds, cache)
        for r in got:
            r["set"] = folder.name
        rows += got
        if args.split == "tune" or args.sets:
            print(f"{folder.name}: {len(got)} cases naming an article", flush=True)
    print()
    print("\n".join(recall_table(rows)))
    if args.split == "reserve" and not args.sets:
        return
    absent = [r for r in rows if r["ranks"]["any"] is None]
    print(f"\nabsent from every path: {len(absent)}/{len(rows)}")
    for r in absent[:args.absent]:
        print(f"  {r['set']}/{r['pack']}#{r['variant']} [{r['category']}] {'caught' if r['caught'] else 'MISSED'} "
              f"{'/'.join(r['targets'])}: {r['text'][:90]}")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
