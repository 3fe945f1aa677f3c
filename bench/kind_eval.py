"""The kind fashen reads from a document's own words against the archive manifest's ``doc_type``.

    python bench/kind_eval.py [--docs ../shared/data/documents] [--verbose]

Every document listed in the manifest is read as ``fashen review`` reads it (``review.readers.read_document``,
metadata included) and its ``DocKind`` compared with the manifest's crude, independent classification:

| manifest doc_type | agrees when fashen reads |
|---|---|
| 规范性文件 | 规范性文件 |
| 规范性文件(国务院部门) | 规范性文件 issued by a national body (issuer level 国家) |
| 部门规章, 地方政府规章, 地方性法规, 办事指南 | the same kind |
| 规范性文件附件 | 附件 |
| 征求意见稿 | any kind, with a draft stage (草案, 征求意见稿, 送审稿 …) |
| 合同(…) | 合同协议 |

Some manifest entries are inferred (their issuer is marked 推断); a disagreement is a question, not a verdict:
read the text before deciding who is right. Printed: agreement overall and per manifest type, then the
confusion list (id, manifest type, fashen's label, its evidence, the title).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_DOCS = ROOT.parent / "shared" / "data" / "documents"
SAME_KIND = {"规范性文件": "规范性文件", "部门规章": "部门规章", "地方政府规章": "地方政府规章",
             "地方性法规": "地方性法规", "办事指南": "办事指南", "规范性文件附件": "附件"}


def agrees(doc_type: str, info) -> bool:
    """Whether fashen's ``DocKind`` matches the manifest's ``doc_type`` (see the module docstring)."""
    if doc_type.startswith("合同"):
        return info.kind == "合同协议"
    if doc_type == "征求意见稿":
        return bool(info.draft)
    if doc_type == "规范性文件(国务院部门)":
        return info.kind == "规范性文件" and info.issuer.level == "国家"
    return SAME_KIND.get(doc_type) == info.kind and not info.draft


def read_kind(path: Path):
    from review.readers import read_document

    return read_document(path).kind_info


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", default=str(DEFAULT_DOCS))
    ap.add_argument("--verbose", action="store_true", help="print every document, not only disagreements")
    args = ap.parse_args(argv)
    docs = Path(args.docs)
    rows = list(csv.DictReader(open(docs / "manifest.csv", encoding="utf-8")))
    total, good = Counter(), Counter()
    confusion = []
    for row in rows:
        info = read_kind(docs / row["file"])
        ok = agrees(row["doc_type"], info)
        total[row["doc_type"]] += 1
        good[row["doc_type"]] += ok
        line = (f"{row['id']}\t{row['doc_type']}{'(推断)' if '推断' in row['issuer'] else ''}\t{info.label}"
                f"{'/国家' if info.issuer.level == '国家' else ''}\t{'；'.join(info.evidence)[:70]}\t{row['title'][:50]}")
        if not ok:
            confusion.append(line)
        elif args.verbose:
            print("  ok", line)
    n, k = sum(total.values()), sum(good.values())
    print(f"agreement {k}/{n} = {k / n:.3f}")
    for t in sorted(total, key=lambda x: -total[x]):
        print(f"  {t}: {good[t]}/{total[t]}")
    print(f"disagreements ({len(confusion)}):")
    for line in confusion:
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
