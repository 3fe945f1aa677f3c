"""Every legal basis fashen relies on, and whether the corpus holds it: the rule packs' bases, the bases the
lexicons and tables carry (a ``law``/``article`` pair or a 《…》第X条 citation in any string), and the citations
in /work/shared/domain/legal-checks.md.

    python bench/basis_inventory.py --db /tmp/corpus39.db [--as-of 2026-12-01] [--json OUT] [--rows]

One row per cited work: the level (the corpus's when it holds the work, else the pack's or a guess from the title
and 文号), where it is cited, whether the corpus holds the work with text, its status on the date, and per cited
article whether the article exists. Counts by level at the end.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

ROOT = Path(__file__).resolve().parents[1]
LEGAL_CHECKS = ROOT.parent.parent / "shared" / "domain" / "legal-checks.md"
TABLE_DIRS = ("review/lexicons", "review/tables", "review/compare")


def guess_level(law: str, doc_number: str = "") -> str:
    """The level of a work the corpus does not hold, from its title and 文号 (only for the inventory)."""
    d = doc_number or ""
    if "法释" in d or law.startswith("最高人民"):
        return "司法解释"
    if law.startswith(("全国人民代表大会", "第十")) or law.startswith("中华人民共和国") and law.endswith("法"):
        return "法律"
    if "国务院令" in d:
        return "行政法规"
    if any(x in d for x in ("国发", "国办发", "国函", "国办函")) or law.startswith(("国务院关于", "国务院办公厅")):
        return "国务院规范性文件"
    if "中发" in d or "中办发" in d or law.startswith(("中共中央", "中办", "党政机关")):
        return "党内法规/中央文件"
    if "令" in d or law.endswith(("实施细则", "规定", "办法")) and not law.startswith("关于"):
        return "部门规章"
    if law.endswith("条例"):
        return "行政法规"
    return "规范性文件"


def _is_title(law: str) -> bool:
    """A law's name, not a pattern or a placeholder that a table keeps under ``law``."""
    return (len(law) >= 4 and not law.startswith(("本", "前")) and "……" not in law and "××" not in law
            and not any(c in law for c in "|()[]?*\\") and law.endswith(("法", "条例", "规定", "办法", "细则", "决定",
                                                                 "通知", "意见", "方案", "解释", "规则", "法典")))


def _walk(obj, out: list, where: str) -> None:
    from statutes.citations import extract_citations

    if isinstance(obj, dict):
        law = obj.get("law")
        if isinstance(law, str) and _is_title(law):
            art = obj.get("article")
            arts = art if isinstance(art, list) else [art]
            for a in arts:
                out.append((law.strip("《》"), a if isinstance(a, int) else 0, "", where))
        for v in obj.values():
            _walk(v, out, where)
    elif isinstance(obj, list):
        for v in obj:
            _walk(v, out, where)
    elif isinstance(obj, str) and "《" in obj:
        for ref in extract_citations(obj):
            if ref.kind == "statute" and ref.law and _is_title(ref.law):
                out.append((ref.law, ref.article or 0, ref.doc_number or "", where))


def cited_bases() -> list[dict]:
    """(law, article, level, doc_number, where) of every basis, from the packs, tables and legal-checks.md."""
    from review.rules import load_packs
    from statutes.citations import extract_citations

    rows = []
    for rule in load_packs(None):
        for b in rule.basis:
            rows.append({"law": b.law, "article": b.article, "article_sub": b.article_sub,
                         "paragraph": b.paragraph, "item": b.item, "level": b.level,
                         "doc_number": b.doc_number, "where": f"pack:{rule.id}"})
    raw: list = []
    for d in TABLE_DIRS:
        for path in sorted((ROOT / d).rglob("*.toml")):
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            _walk(data, raw, f"table:{path.relative_to(ROOT)}")
    if LEGAL_CHECKS.exists():
        for ref in extract_citations(LEGAL_CHECKS.read_text(encoding="utf-8")):
            if ref.kind == "statute" and ref.law and _is_title(ref.law):
                raw.append((ref.law, ref.article or 0, ref.doc_number or "", "legal-checks.md"))
    for law, art, doc, where in raw:
        rows.append({"law": law, "article": art, "article_sub": 0, "paragraph": None, "item": None, "level": "",
                     "doc_number": doc, "where": where})
    return rows


def inventory(store, as_of: str) -> list[dict]:
    """One record per cited work: level, held, status on ``as_of``, articles cited and how each fared."""
    from statutes.citations.verify import _lookup

    works: dict[str, dict] = {}
    for r in cited_bases():
        law = r["law"]
        w = works.get(law)
        if w is None:
            found = _lookup(law, store)
            exact = [x for x in found if x.title == law] or found
            rec = exact[0] if len(exact) == 1 else None
            version = rec.version_as_of(as_of) if rec and rec.has_text else None
            status = None
            if rec is not None:
                dead = rec.repeal_date and rec.repeal_date <= as_of or rec.repealed_by and not rec.repeal_date
                status = "已废止" if dead else (version.status if version else "无正文")
            w = works[law] = {
                "law": law, "title": rec.title if rec else None,
                "level": rec.level if rec else (r["level"] if r["level"] not in ("", "政策文件") else
                                                guess_level(law, r["doc_number"])),
                "pack_level": r["level"] or None, "doc_number": r["doc_number"] or None,
                "held": rec is not None and rec.has_text, "ambiguous": len(exact) > 1, "status": status,
                "_version": version, "where": set(), "articles": {}}
        if r["doc_number"] and not w["doc_number"]:
            w["doc_number"] = r["doc_number"]
        w["where"].add(r["where"].split(":")[0] if r["where"].startswith("table") else r["where"].split(":")[0])
        if r["article"]:
            key = (r["article"], r["article_sub"], r["paragraph"], r["item"])
            if key not in w["articles"]:
                v = w["_version"]
                w["articles"][key] = (v is not None and store.provision(v.version_id, *key) is not None)
    out = []
    for w in works.values():
        v = w.pop("_version")
        w["version"] = (v.publish_date, v.effective_date) if v else None
        w["where"] = sorted(w["where"])
        arts = w.pop("articles")
        w["articles_cited"] = len(arts)
        w["articles_found"] = sum(1 for ok in arts.values() if ok)
        w["articles_missing"] = sorted(_label(k) for k, ok in arts.items() if not ok)
        out.append(w)
    return sorted(out, key=lambda w: (w["level"], not w["held"], w["law"]))


def _label(key) -> str:
    from statutes.numerals import int_to_cn

    art, sub, para, item = key
    s = f"第{int_to_cn(art)}条" + (f"之{int_to_cn(sub)}" if sub else "")
    s += f"第{int_to_cn(para)}款" if para else ""
    s += f"第（{int_to_cn(item)}）项" if item else ""
    return s


def by_level(rows: list[dict]) -> dict:
    out: dict = defaultdict(lambda: defaultdict(int))
    for w in rows:
        c = out[w["level"]]
        c["works"] += 1
        c["held"] += w["held"]
        c["in_force"] += w["status"] == "现行有效"
        c["articles_cited"] += w["articles_cited"]
        c["articles_found"] += w["articles_found"]
    return {k: dict(v) for k, v in sorted(out.items())}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--as-of", default="2026-12-01")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--rows", action="store_true", help="print every work, not only the ones not held")
    args = ap.parse_args(argv)
    from statutes.store import Store

    store = Store(args.db, create=False)
    rows = inventory(store, args.as_of)
    for w in rows:
        if args.rows or not w["held"] or w["articles_missing"] or w["status"] not in ("现行有效", None):
            miss = f" 缺条文 {'、'.join(w['articles_missing'])}" if w["articles_missing"] else ""
            print(f"{w['level']}\t{'收录' if w['held'] else '未收录'}\t{w['status'] or '-'}\t{w['law']}"
                  f"\t{w['doc_number'] or ''}\t条 {w['articles_found']}/{w['articles_cited']}{miss}\t{','.join(w['where'])}")
    print("\n| 级别 | 所引文件 | 法规库有正文 | 现行有效 | 所引条文 | 条文可核对 |\n|---|---|---|---|---|---|")
    for lv, c in by_level(rows).items():
        print(f"| {lv} | {c['works']} | {c['held']} | {c['in_force']} | {c['articles_cited']} | {c['articles_found']} |")
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1, default=list), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
