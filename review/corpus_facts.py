"""Facts a review derives from the whole corpus on first use, kept across processes under the corpus's identity.

The 法律 and 行政法规 in force on a date (review.governing.works_in_force: every work of those levels read) and the
domain terms of their titles (review.domain_laws.term_index: every substring of every title's subject) are the same
for every document reviewed against one corpus on one date, yet a process derived them again on its first clause: a
thirtieth of a second of a 50-clause review's CPU (bench/README.md, round 33). ``kept`` keeps them beside the
rule-pack cache (review/pack_cache.py: ``$FASHEN_CACHE_DIR``; set it empty to turn both off), one file per corpus and
code and date, whose name is the digest of

* the corpus: its snapshot id (statutes/store.py ``content_digest``: every version's text hash, status and dates and
  every repeal fact), the time and counts of its last import (``updated_at``, ``counts``: every import through the
  store changes them), its database file and what a write to that file changes (its size and time, its write-ahead
  log's size: a version, a repeal fact or a status stored without an import's bookkeeping — ``Store.add_statute``,
  ``add_repeal_fact``, ``set_status`` — changes no meta);
* the code that derives the facts and reads the corpus: the sources of ``review`` (``pack_cache.code_digest``) and of
  ``statutes``, and the Python version.

and the date the facts are of (the review's ``as_of``): a process reads the one file of its corpus, code and date.
So a fact is never read for another corpus, another import or another fashen. Only facts of the whole corpus on a
date are kept, never anything of a document; the ``KEEP`` files last written stay; a store without a snapshot id (an
empty corpus) keeps nothing; a forked child does not write the file; any failure of the file leaves the facts to be
derived again.
"""

from __future__ import annotations

import atexit
import hashlib
import os
import sys
from pathlib import Path

KEEP = 8                # files kept (dates, corpora, code versions), the last written
_FACTS: dict[Path, dict] = {}           # a file -> its facts, name -> value, as read and derived here
_CHANGED: set[Path] = set()             # the files this process derived a fact for, to store at its exit
_STATUTES = Path(__file__).resolve().parents[1] / "statutes"
_DIGEST: list[bytes] = []
_PID = os.getpid()


def kept(store, name: str, as_of: str, derive):
    """``derive()``, a fact of the whole corpus of ``store`` on ``as_of`` named ``name``: from the file kept for this
    corpus and code when it holds it, else derived (and stored when the process ends)."""
    path = _file(store, as_of)
    if path is None:
        return derive()
    facts = _FACTS.get(path)
    if facts is None:
        facts = _FACTS[path] = _read(path)
    if name not in facts:
        facts[name] = derive()
        if not _CHANGED:
            atexit.register(_save)
        _CHANGED.add(path)
    return facts[name]


def _code_digest() -> bytes:
    """``pack_cache.code_digest`` with the ``statutes`` sources (the store's queries), read once a process."""
    if not _DIGEST:
        from .pack_cache import code_digest

        h = hashlib.sha256(code_digest())
        for src in sorted(_STATUTES.rglob("*.py")):
            h.update(str(src.relative_to(_STATUTES)).encode() + b"\0" + src.read_bytes() + b"\0")
        _DIGEST.append(h.digest())
    return _DIGEST[0]


def _file(store, as_of: str) -> Path | None:
    """The file of the facts of ``store``'s corpus on ``as_of`` for this code, or None (no cache, no snapshot, no
    database file)."""
    from .pack_cache import cache_dir

    where = cache_dir()
    if where is None:
        return None
    try:
        identity = tuple(store.get_meta(k) for k in ("snapshot_id", "updated_at", "counts"))
        main = next((f for _, n, f in store.conn.execute("PRAGMA database_list") if n == "main"), "")
    except Exception:  # noqa: BLE001 - a store without meta or connection: derive every time
        return None
    if not identity[0] or not main:
        return None
    try:
        st = os.stat(main)
        wal = os.stat(f"{main}-wal").st_size if os.path.exists(f"{main}-wal") else 0
    except OSError:
        return None
    written = (st.st_size, st.st_mtime_ns, wal)
    h = hashlib.sha256(repr((identity, main, written, as_of, sys.version)).encode() + _code_digest())
    return where / f"facts-{h.hexdigest()[:32]}.pickle"


def _read(path: Path) -> dict:
    from .pack_cache import load_pickle

    try:
        name, facts = load_pickle(path)
    except Exception:  # noqa: BLE001 - none yet, damaged or foreign: derive again
        return {}
    return dict(facts) if name == path.name and isinstance(facts, dict) else {}


def _save() -> None:
    """Store the facts of the files this process derived one for (atomically; any failure ignored)."""
    if os.getpid() != _PID:
        return
    from .pack_cache import write_pickle

    for path in _CHANGED:
        try:
            write_pickle(path, (path.name, _FACTS[path]))
            old = sorted(path.parent.glob("facts-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)[KEEP:]
            for p in old:
                p.unlink(missing_ok=True)
        except Exception:  # noqa: BLE001 - a read-only home, a full disk: not kept
            continue
