"""Dispositions of every labelled dev document under each of the sweep's 本级 settings (issue 9, round 12):
which labels agree under which setting.

    python bench/remit_settings.py [--db /tmp/c2.db] [--settings default:dispose default:list archive:dispose ...]

A setting is OFFICE:JOINT. OFFICE: ``default`` (no ``--office``: the office a sweep of the documents' folder infers,
or the label's own ``office``), ``archive`` (``--office`` naming every region the archive's documents come from:
every higher body's document is 非本级), or a name list for ``--office`` (深圳市). JOINT: ``--joint`` dispose|list.
Each label folder's documents are swept with the whole-sweep step as ``bench/real_eval.py --mode sweep`` runs it
(one step per folder), so the default setting gives the figures real_eval gives. Prints, per setting, the agreement
and the disagreements; then the labels whose agreement depends on the setting.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import bench.real_eval as E  # noqa: E402

LABELS = ROOT / "tests" / "fixtures" / "real_labels"


def office_for(name: str, archive):
    from review.office import Office

    if name == "default":
        return None
    if name == "archive":
        return replace(archive, region=archive.regions[0], inferred=False, named=archive.regions)
    return Office.parse(name)


def dispositions(office, joint: str, archive, docs: Path, store, rules) -> dict[str, tuple[str, str]]:
    """{label id: (label's disposition, fashen's)}, both as ``norm_disposition`` names them."""
    out = {}
    for folder in [LABELS, *sorted(LABELS.glob("heldout*"))]:
        swept, got = {}, {}
        for lp in sorted(folder.glob("D*.json")):
            lab = json.loads(lp.read_text(encoding="utf-8"))
            path = docs / lab["file"]
            res = E.run_fashen(path, "sweep", lab.get("as_of") or "2026-12-01", store, rules,
                               office or lab.get("office") or archive, joint)
            swept[path.name] = res["row"]
            got[lab["id"]] = (E.norm_disposition(lab.get("disposition")), E.norm_disposition(res["disposition"]))
        marks = E.superseded_in_archive(docs / "txt", swept, "2026-12-01", lambda p: E.run_fashen(
            p, "sweep", "2026-12-01", store, rules, office or archive, joint)["row"])
        out |= {i: (w, E.norm_disposition("废止") if i in marks else g) for i, (w, g) in got.items()}
    return out


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=Path, default=E.DEFAULT_DOCS)
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--settings", nargs="+", default=["default:dispose", "default:list", "archive:dispose",
                                                      "archive:list"])
    args = ap.parse_args(argv)
    from review.rules import load_packs
    from review.sweep import archive_office
    from statutes.store import Store

    store, rules = Store(args.db), load_packs()
    archive = archive_office([args.docs / "txt"])
    results = {}
    for setting in args.settings:
        name, _, joint = setting.partition(":")
        rows = dispositions(office_for(name, archive), joint or "dispose", archive, args.docs, store, rules)
        results[setting] = rows
        agree = sum(w == g for w, g in rows.values())
        print(f"{setting}: dispositions agree {agree}/{len(rows)}")
        for i, (w, g) in sorted(rows.items()):
            if w != g:
                print(f"  no  {i} label {w} fashen {g}")
    ids = sorted(next(iter(results.values())))
    print("\nlabels whose agreement depends on the setting (agreeing under):")
    for i in ids:
        under = [s for s in results if results[s][i][0] == results[s][i][1]]
        if 0 < len(under) < len(results) or not under:
            print(f"  {i}: {', '.join(under) or 'none'}")


if __name__ == "__main__":
    main()
