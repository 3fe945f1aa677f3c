"""A per-user cache of the loaded rule packs and concept lexicons, so that a process does not parse, expand and
validate them all again (most of a short review's start-up: bench/README.md).

The key is a SHA-256 over every pack and lexicon file loaded (path and content, in load order), the source of the
``review`` code that builds rules from them, and the Python version: a changed pack, lexicon, office file or
fashen version gives another key, so a stale entry is never read; an entry whose stored key differs from its file
name is refused. Only a load that succeeded is stored: a broken pack is refused by the loader (file, rule id and
reason) every time. Regexes are stored as their source (review/lazyre.py) and built on first use, from the
programs stored with them (what ``re.compile`` makes of each source, ``lazyre.programs``) instead of being compiled
in every process.

Where: ``$FASHEN_CACHE_DIR`` if set (set it empty to turn the cache off), else ``$XDG_CACHE_HOME/fashen``, else
``~/.cache/fashen``. A cache that cannot be read or written is ignored: it only saves time.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path

FORMAT = 3                      # 3: (rules, lexicon, regex programs, the rules' index: review/rule_index.py)
KEEP = 8                        # entries kept (packaged packs alone, with an office's packs, older versions …)
_CODE = Path(__file__).resolve().parent


def cache_dir() -> Path | None:
    env = os.environ.get("FASHEN_CACHE_DIR")
    if env is not None:
        return Path(env) if env.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "fashen"


def cache_key(files, *extra) -> str:
    """The digest of the files (path and bytes, in order), the rule-building code and ``extra``."""
    h = hashlib.sha256(f"{FORMAT}|{sys.version}|{extra!r}".encode() + code_digest())
    # (round 32, power32: and the tables the rules expand at load — ``opinion_readings = "table.competences"``: a row
    # added to review/tables/competences.toml was read from a stale entry)
    for src in sorted(_CODE.glob("tables/*.toml")):
        h.update(src.name.encode() + b"\0" + src.read_bytes() + b"\0")
    for f in files:
        h.update(str(f).encode() + b"\0" + Path(f).read_bytes() + b"\0")
    return h.hexdigest()


_CODE_DIGEST: list[bytes] = []      # ``code_digest``, once read


def code_digest() -> bytes:
    """The digest of the ``review`` code that builds rules from the packs (review/*.py, review/norms/*.py), read once
    a process: the code a process runs is what it imported, so reading the sources again for each key (three keys a
    review: the default lexicon's, the packs', load_packs') could only describe code it does not run. (round 33,
    speed33: 1.8 MB hashed once, not three times.)"""
    if not _CODE_DIGEST:
        h = hashlib.sha256()
        for src in sorted(_CODE.glob("*.py")) + sorted(_CODE.glob("norms/*.py")):
            h.update(src.name.encode() + b"\0" + src.read_bytes() + b"\0")
        _CODE_DIGEST.append(h.digest())
    return _CODE_DIGEST[0]


def _path(key: str) -> Path | None:
    where = cache_dir()
    return where / f"packs-{key[:32]}.pickle" if where is not None else None


_READ: dict[tuple, object] = {}     # (entry file, its mtime and size) -> its value: each entry unpickled once a process


def read(key: str):
    """The value stored under ``key``, or None (no cache, no entry, a stale or unreadable one). An entry file this
    process has read already, unchanged since, gives the same value again (the default lexicon and ``load_packs``
    both restore the packaged entry: review/rules.py), so callers must not change what it holds."""
    path = _path(key)
    if path is None or not path.is_file():
        return None
    try:
        st = path.stat()
        stamp = (str(path), st.st_mtime_ns, st.st_size)
        if stamp in _READ:
            return _READ[stamp]
        stored_key, value = load_pickle(path)
    except Exception:  # noqa: BLE001 - a damaged or foreign entry: rebuild
        return None
    if stored_key != key:
        return None
    if len(_READ) >= KEEP:
        _READ.clear()
    _READ[stamp] = value
    return value


def load_pickle(path: Path):
    """``pickle.load`` of a store this process keeps as long as it runs (an entry here, kept in ``_READ``; the modules'
    regex programs, review/modre.py; the searches' keys, review/firstchars.py): read with the cyclic collector paused,
    then moved out of its reach (``gc.freeze``, with whatever else is alive by then: the modules, mostly). An entry is
    hundreds of thousands of objects that all live on, which the collector would otherwise traverse while they are
    made and in every older pass after, finding nothing to free (a 50-clause review: 17 ms of reading the packs'
    entry and 20 of its 35 ms of collector passes; bench/README.md, round 33). What is read does not depend on when
    the collector runs, and a process holds its stores to the end anyway."""
    running = gc.isenabled()
    gc.disable()
    try:
        with path.open("rb") as f:
            value = pickle.load(f)
        gc.freeze()
        return value
    finally:
        if running:
            gc.enable()


def write_pickle(path: Path, payload) -> None:
    """Pickle ``payload`` to ``path`` atomically (a temporary file beside it, renamed into place); raises on failure,
    leaving no temporary file behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem.split('-')[0]}-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            pickle.dump(payload, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write(key: str, value) -> None:
    """Store ``value`` under ``key`` (atomically; any failure is ignored), keeping the ``KEEP`` newest entries."""
    path = _path(key)
    if path is None:
        return
    try:
        write_pickle(path, (key, value))
        old = sorted(path.parent.glob("packs-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)[KEEP:]
        for p in old:
            p.unlink(missing_ok=True)
    except Exception:  # noqa: BLE001 - a read-only home, a full disk, an unpicklable office object: no cache
        return
