import json, re, sys, collections
sys.path.insert(0, ".")
from statutes.store import Store
from review.compare import compare
from review.compare.units import best_unit
store = Store("/tmp/c5.db")
rows = json.load(open("/tmp/retr40/audit_new_tune_ul.json"))
miss = [r for r in rows if not r["caught"] and r["ranks"].get("own") == 1]
print("misses with own@1:", len(miss))
def article(target):
    m = re.match(r"《(.+?)》第(\d+)条", target)
    law, n = m.group(1), int(m.group(2))
    works = [w for w in store.find_works(law) if w.has_text]
    if not works: return None
    p = store.provision(works[0].versions[-1].version_id, n)
    return p.text if p else None
kinds = collections.Counter(); none = 0; out = []
for r in miss:
    t = article(r["targets"][0])
    if not t: continue
    unit = best_unit(r["text"], t)
    c = compare(r["text"], unit.text, context=r["text"])
    mat = [x for x in c.material() if x.severity in ("error", "warning")]
    if not mat:
        none += 1
    for x in {x.kind for x in mat}: kinds[x] += 1
    out.append({"text": r["text"], "target": r["targets"][0], "sim": round(c.similarity, 2), "changes": [(x.kind, x.severity, x.sure, x.strong, x.clause_span, x.upper_span) for x in mat]})
print("compare sees no error/warning change:", none, "of", len(out))
print("kinds of changes seen:", kinds.most_common())
json.dump(out, open("/tmp/drop_diag.json", "w"), ensure_ascii=False, indent=1)
