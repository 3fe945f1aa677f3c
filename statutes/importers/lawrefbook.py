"""Read a LawRefBook/Laws tree (Markdown, one file per version, metadata in db.sqlite3) into ParsedStatutes.

Pure reader: files in, records out; the store decides what to keep. Layout and quirks: see the tree's
SOURCES.md §2. Rules applied here:

* level from the top folder: 行政法规, 部门规章 (issuer = its sub-folder), 司法解释, DLC -> 地方性法规 (region =
  province from ``DLC/<省>地方法规``), 民法典 -> 法律 (its 8 per-编 files merged into ONE statute, articles in order).
  案例, ``_index.md`` and the upstream README/template are skipped.
* status from the metadata db: ``expired=1`` -> 失效 ("LawRefBook db.sqlite3 expired=1"); otherwise 现行有效
  ("LawRefBook (inferred)"). Superseded versions (two files, one title) are left for the store to order.
* dates from the text's own info header (never the file name, which is wrong for 387 files); the db's
  publish / valid_from only fill in when the header has none.
* File <-> db row: ``category.folder/name(publish).md``, or ``name.md`` when publish is empty.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterator

from ..model import ParsedStatute
from ..numerals import int_to_cn
from ..parse import INFO_END, parse_statute_text
from . import ImportFailure

SOURCE = "LawRefBook/Laws"
STATUS_EXPIRED_SOURCE = "LawRefBook db.sqlite3 expired=1"
STATUS_INFERRED_SOURCE = "LawRefBook (inferred)"
CIVIL_CODE = "中华人民共和国民法典"

_LEVEL_BY_FOLDER = {"行政法规": "行政法规", "部门规章": "部门规章", "司法解释": "司法解释", "民法典": "法律",
                    "DLC": "地方性法规"}
_SKIP_NAMES = {"_index.md", "README.md", "法律法规模版.md"}
_DATE_IN_NAME = re.compile(r"\((\d{4}-\d{2}-\d{2})\)\.md$")


@dataclass(frozen=True, slots=True)
class DbRow:
    """What a LawRefBook metadata row says about one file."""

    name: str
    publish: str | None
    valid_from: str | None
    expired: bool


@dataclass(frozen=True, slots=True)
class LawRefBookEntry:
    """One statute to import: usually one file; the Civil Code is its 8 files in article order.

    ``key`` is the path relative to the tree root (posix), stable across runs: a source key for the store.
    """

    key: str
    paths: tuple[Path, ...]
    level: str
    region: str | None = None
    issuer: str | None = None
    db: DbRow | None = None


def _read_db(db_path: Path, base: Path) -> dict[Path, DbRow]:
    """Map file path -> row for one db.sqlite3; ``base`` is the folder category.folder is relative to."""
    out: dict[Path, DbRow] = {}
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            rows = conn.execute("SELECT l.name, l.publish, l.valid_from, l.expired, c.folder "
                                "FROM law l JOIN category c ON c.id = l.category_id").fetchall()
        finally:
            conn.close()
    except sqlite3.Error:
        return out
    for name, publish, valid_from, expired, folder in rows:
        publish = publish or None
        fname = f"{name}({publish}).md" if publish else f"{name}.md"
        out[base / folder / fname] = DbRow(name, publish, valid_from or None, bool(expired))
    return out


def _metadata(root: Path) -> dict[Path, DbRow]:
    meta: dict[Path, DbRow] = {}
    if (root / "db.sqlite3").is_file():
        meta.update(_read_db(root / "db.sqlite3", root))
    for db in sorted((root / "DLC").glob("*/db.sqlite3")):
        meta.update(_read_db(db, db.parent))
    return meta


def _region(rel: Path) -> str | None:
    if rel.parts[0] != "DLC" or len(rel.parts) < 2:
        return None
    return rel.parts[1].removesuffix("地方法规") or None


def list_lawrefbook_files(root: Path) -> list[LawRefBookEntry]:
    """Every statute entry of the tree, in a stable order (count it for a progress bar; parse in any order)."""
    root = Path(root)
    meta = _metadata(root)
    entries: list[LawRefBookEntry] = []
    civil: list[Path] = []
    for path in sorted(root.rglob("*.md")):
        rel = path.relative_to(root)
        top = rel.parts[0]
        if path.name in _SKIP_NAMES or top not in _LEVEL_BY_FOLDER or len(rel.parts) < 2:
            continue
        if top == "民法典":
            civil.append(path)
            continue
        issuer = rel.parts[1] if top == "部门规章" and len(rel.parts) > 2 else None
        entries.append(LawRefBookEntry(rel.as_posix(), (path,), _LEVEL_BY_FOLDER[top], _region(rel), issuer,
                                       meta.get(path)))
    if civil:
        entries.append(LawRefBookEntry("民法典", tuple(civil), "法律"))
    return entries


def _decode(data: bytes) -> str | None:
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return None


def _read(path: Path) -> str | ImportFailure:
    try:
        data = path.read_bytes()
    except OSError as e:
        return ImportFailure(str(path), f"无法读取文件：{e.strerror or e}")
    text = _decode(data)
    if text is None:
        return ImportFailure(str(path), "编码无法识别")
    return text


def _body_is_empty(text: str) -> bool:
    body = text.split(INFO_END, 1)[1] if INFO_END in text else "\n".join(
        ln for ln in text.splitlines() if not ln.startswith("# "))
    return not body.strip()


def _file_title(path: Path) -> str:
    return _DATE_IN_NAME.sub("", path.name).removesuffix(".md")


def _parse_one(path: Path) -> ParsedStatute | ImportFailure:
    text = _read(path)
    if isinstance(text, ImportFailure):
        return text
    if _body_is_empty(text):
        return ImportFailure(str(path), "正文为空")
    parsed = parse_statute_text(text)
    if not parsed.units:
        return ImportFailure(str(path), "未找到任何条文")
    if not parsed.title:
        parsed = replace(parsed, title=_file_title(path))
    return parsed


def _subtitle(path: Path) -> str:
    """The second "# " line of a Civil Code file (its 编 name), else the file stem."""
    try:
        heads = [ln[2:].strip() for ln in path.read_text(encoding="utf-8").splitlines()[:5] if ln.startswith("# ")]
    except (OSError, UnicodeDecodeError):
        heads = []
    return heads[1] if len(heads) > 1 else path.stem


def _parse_civil_code(entry: LawRefBookEntry) -> ParsedStatute | ImportFailure:
    """Merge the per-编 files: ordered by first article, each unit's path prefixed "第N编 X" (附则 stays 附则)."""
    parts = []
    for path in entry.paths:
        one = _parse_one(path)
        if isinstance(one, ImportFailure):
            return ImportFailure(entry.key, f"{path.name}：{one.reason}")
        parts.append((one.units[0].article, path, one))
    parts.sort(key=lambda p: p[0])
    units, n = [], 0
    for _, path, one in parts:
        name = _subtitle(path)
        if name != "附则":
            n += 1
            name = f"第{int_to_cn(n)}编 {name.removesuffix('编')}"
        units.extend(replace(u, path=" / ".join(x for x in (name, u.path) if x)) for u in one.units)
    first = parts[0][2]
    return replace(first, title=CIVIL_CODE, units=tuple(units))


def parse_lawrefbook_entry(entry: LawRefBookEntry) -> ParsedStatute | ImportFailure:
    """Parse one entry and attach level, region, issuer, dates and status. Never raises on file content."""
    if len(entry.paths) > 1 or entry.key == "民法典":
        parsed = _parse_civil_code(entry)
    else:
        parsed = _parse_one(entry.paths[0])
    if isinstance(parsed, ImportFailure):
        return parsed
    db = entry.db
    publish = parsed.publish_date or (db.publish if db else None)
    return replace(
        parsed, level=entry.level or None, region=entry.region,
        issuer=entry.issuer or parsed.issuer, publish_date=publish,
        effective_date=parsed.effective_date or _effective(db, publish),
        status="失效" if db and db.expired else "现行有效")


def _effective(db: DbRow | None, publish: str | None) -> str | None:
    """No 施行 date in the text for this version: the db's valid_from when the db row describes this very
    version (same publish date) and is not earlier; else the version date (an amendment is in force no
    earlier than its own date; a stale text must not borrow the newer version's date)."""
    if db and db.valid_from and db.publish == publish and db.valid_from >= (publish or ""):
        return db.valid_from
    return publish


def status_source(parsed: ParsedStatute) -> str:
    """Where an imported statute's status came from (for ``Store.add_statute(status_source=…)``)."""
    return STATUS_EXPIRED_SOURCE if parsed.status == "失效" else STATUS_INFERRED_SOURCE


def parse_lawrefbook_file(path: Path, entry: LawRefBookEntry | None = None) -> ParsedStatute | ImportFailure:
    """One Markdown file; without ``entry``, level/region/issuer come from the folders in its path, no db row."""
    path = Path(path)
    if entry is None:
        parts = path.parts
        tops = [i for i, p in enumerate(parts[:-1]) if p in _LEVEL_BY_FOLDER]
        rel = Path(*parts[tops[-1 if "DLC" not in parts else 0]:]) if tops else Path(path.name)
        top = rel.parts[0]
        entry = LawRefBookEntry(rel.as_posix(), (path,), _LEVEL_BY_FOLDER.get(top, ""), _region(rel),
                                rel.parts[1] if top == "部门规章" and len(rel.parts) > 2 else None)
    return parse_lawrefbook_entry(entry)


def iter_lawrefbook(root: Path) -> Iterator[ParsedStatute | ImportFailure]:
    """Every statute of the tree (one per file version; the Civil Code once), failures as ImportFailure."""
    for entry in list_lawrefbook_files(root):
        yield parse_lawrefbook_entry(entry)


__all__ = ["CIVIL_CODE", "SOURCE", "DbRow", "ImportFailure", "LawRefBookEntry", "iter_lawrefbook",
           "list_lawrefbook_files", "parse_lawrefbook_entry", "parse_lawrefbook_file",
           "status_source"]
