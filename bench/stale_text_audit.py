"""Audit: texts the corpus holds that may not be the version their status claims (round 40, corpus40).

A LawRefBook file is named for a day (``北京市人口与计划生育条例(2021-11-26).md``); its text's header records the days
it was adopted, approved and amended. When the file's day is later than every day the text records, either the file
was named for a promulgation or approval a few weeks later (harmless), or LawRefBook filed an older text under a
later amendment's name (the file above holds the text last amended 2016-03-24). This script reads the shipped
snapshot (or ``--snapshot DIR``), lists every version whose file day is later than its last recorded day, the
distribution of the gap, and those beyond ``statutes.snapshot.status.STALE_DAYS``: for each, its status and what
decides it — corrections.csv (a later amendment established, with its source) or the file name alone (status kept,
status source marked ``STALE_NOTE``).

    PYTHONPATH=. python bench/stale_text_audit.py [--snapshot DIR] [--rows] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from statutes.model import STALE_NOTE, ParsedStatute  # noqa: E402
from statutes.snapshot.reader import iter_records  # noqa: E402
from statutes.snapshot.status import STALE_DAYS, file_name_gap  # noqa: E402

BINS = ((30, "≤30日"), (60, "31–60日"), (90, "61–90日"), (180, "91–180日"), (365, "181–365日"), (10 ** 6, ">365日"))


def _parsed(v: dict) -> ParsedStatute:
    return ParsedStatute(title="", units=(), publish_date=v.get("publish_date"),
                         effective_date=v.get("effective_date"), history=tuple(v.get("history") or ()))


def rows(snapshot: Path | None = None) -> list[dict]:
    out = []
    kw = {"data_dir": snapshot} if snapshot else {}
    for r in iter_records(**kw):
        for i, v in enumerate(r["versions"]):
            gap = file_name_gap(v.get("source_key") or "", _parsed(v))
            if gap is None:
                continue
            src = v.get("status_source") or ""
            decided = "corrections.csv" if src.startswith("fashen corrections.csv") else \
                "file name only (marked)" if STALE_NOTE in src else "not marked"
            out.append({"title": r["title"], "level": r["level"], "region": r["region"], "file": v["source_key"],
                        "named": gap[0], "recorded": gap[1], "days": gap[2], "status": v["status"],
                        "status_date": v.get("status_date"), "newest": i == len(r["versions"]) - 1,
                        "decided": decided})
    return out


def _bin(days: int) -> str:
    return next(label for top, label in BINS if days <= top)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--snapshot", type=Path, help="a snapshot directory (default: the shipped one)")
    ap.add_argument("--rows", action="store_true", help="print every version beyond the threshold")
    ap.add_argument("--json", type=Path, help="write every row as JSON")
    a = ap.parse_args(argv)
    found = rows(a.snapshot)
    print(f"文件名日期晚于文本所载最后日期的版本：{len(found)}（阈值 {STALE_DAYS} 日）")
    by_level = Counter(r["level"] for r in found)
    print("按层级：" + "，".join(f"{k} {n}" for k, n in sorted(by_level.items(), key=lambda t: -t[1])))
    dist = Counter(_bin(r["days"]) for r in found)
    print("相差日数：" + "，".join(f"{label} {dist.get(label, 0)}" for _, label in BINS))
    beyond = [r for r in found if r["days"] > STALE_DAYS]
    print(f"超过阈值：{len(beyond)}（最新版本 {sum(r['newest'] for r in beyond)}）；按层级："
          + "，".join(f"{k} {n}" for k, n in sorted(Counter(r['level'] for r in beyond).items(), key=lambda t: -t[1])))
    newest = [r for r in beyond if r["newest"]]
    print("最新版本的处理：" + "，".join(f"{k} {n}" for k, n in sorted(Counter(r['decided'] for r in newest).items())))
    dead = [r for r in newest if r["decided"] == "not marked" and r["status"] in ("已废止", "失效")]
    print(f"  （其中已废止或失效、不再作为现行法使用、未标注的：{len(dead)}）")
    for r in sorted(newest, key=lambda r: (r["decided"] != "corrections.csv", -r["days"])):
        if a.rows or r["decided"] == "corrections.csv" or r["decided"] == "not marked" and r not in dead:
            print(f"  {r['decided']}\t{r['level']}\t{r['title']}\t{r['recorded']} → {r['named']}（{r['days']}日）\t"
                  f"{r['status']}{' 自' + r['status_date'] if r['status_date'] else ''}")
    if a.json:
        a.json.write_text(json.dumps(found, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
