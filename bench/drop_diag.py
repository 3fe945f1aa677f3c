"""What compare() sees on the upper-law problems the engine misses although the named article is first in the clause's
own search (round 40's diagnosis, used by cmp41 and gap41 in round 41).

    python bench/retrieval_audit.py --db DB --split tune --category upper-law --json AUDIT.json
    python bench/drop_diag.py --db DB --audit AUDIT.json --out DIAG.json

For each such miss: compare() of the clause with the best unit of the named article (outside the engine), and the
error/warning changes it reports. Prints how many show none (a reading gap in the comparison) and the kinds of the
changes the others show (changes the engine's filters then drop: bench/upper_trace.py says which filter).
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from review.compare import compare  # noqa: E402
from review.compare.units import best_unit  # noqa: E402
from statutes.store import Store  # noqa: E402

_TARGET = re.compile(r"《(.+?)》第(\d+)条")


def article_text(store: Store, target: str) -> str | None:
    """The text of the article ``target`` names (《X》第N条), in the newest version of the first work found."""
    m = _TARGET.match(target)
    if m is None:
        return None
    works = [w for w in store.find_works(m.group(1)) if w.has_text]
    if not works:
        return None
    provision = store.provision(works[0].versions[-1].version_id, int(m.group(2)))
    return provision.text if provision else None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--audit", required=True, help="bench/retrieval_audit.py --json output (tune, upper-law)")
    ap.add_argument("--out", required=True, help="the rows, as JSON")
    args = ap.parse_args()
    store = Store(args.db)
    rows = json.loads(Path(args.audit).read_text(encoding="utf-8"))
    misses = [r for r in rows if not r["caught"] and r["ranks"].get("own") == 1]
    print("misses with the named article first in the clause's own search:", len(misses))
    kinds: collections.Counter = collections.Counter()
    none, out = 0, []
    for r in misses:
        text = article_text(store, r["targets"][0])
        if not text:
            continue
        unit = best_unit(r["text"], text)
        c = compare(r["text"], unit.text, context=r["text"])
        material = [x for x in c.material() if x.severity in ("error", "warning")]
        none += not material
        kinds.update({x.kind for x in material})
        out.append({"text": r["text"], "target": r["targets"][0], "sim": round(c.similarity, 2),
                    "changes": [(x.kind, x.severity, x.sure, x.strong, x.clause_span, x.upper_span) for x in material]})
    print("compare sees no error/warning change:", none, "of", len(out))
    print("kinds of changes seen:", kinds.most_common())
    Path(args.out).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
