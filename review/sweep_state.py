"""The SQL of sweeps.

Results: one row per (content hash, topics, as_of, rules version) in the corpus database (table
``sweep_results``, migration 3 in ``statutes/schema.py``), written in small batches as documents finish
(``BatchSaver``: a killed sweep loses at most the last second's results), read back to skip unchanged files.

The run: ``RunList`` is this sweep's files in walk order (path, hash, duplicate of, error) in a scratch SQLite
file of its own, so the driver holds no list of paths; ``Catalogue`` joins it with the stored results and
yields the 清理目录 one entry at a time.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
import time
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path


@dataclass(frozen=True, slots=True)
class SweepKey:
    """The settings a stored result is valid for (besides the content hash)."""

    topics: str          # sorted, comma-separated
    as_of: str
    rules_version: str


_WHERE_KEY = "topics=? AND as_of=? AND rules_version=?"


def _key_args(key: SweepKey) -> tuple[str, str, str]:
    return key.topics, key.as_of, key.rules_version


def _rows_for(conn: sqlite3.Connection, key: SweepKey, hashes, columns: str):
    """``SELECT sha256, <columns>`` of the stored results for these content hashes (each once), in chunks of 500
    (SQLite's limit on a statement's parameters)."""
    hashes = list(dict.fromkeys(hashes))
    for i in range(0, len(hashes), 500):
        chunk = hashes[i:i + 500]
        marks = ",".join("?" * len(chunk))
        yield from conn.execute(f"SELECT sha256, {columns} FROM sweep_results WHERE {_WHERE_KEY} "
                                f"AND sha256 IN ({marks})", (*_key_args(key), *chunk))


def load(conn: sqlite3.Connection, key: SweepKey, hashes) -> dict[str, dict]:
    """Stored results for these content hashes: {sha256: result}."""
    return {h: json.loads(r) for h, r in _rows_for(conn, key, hashes, "result")}


def stored_hashes(conn: sqlite3.Connection, key: SweepKey, hashes) -> dict[str, int]:
    """Which of these hashes have a stored result: {sha256: number of findings} (the JSON is not parsed)."""
    return dict(_rows_for(conn, key, hashes, "json_array_length(result, '$.findings')"))


def display_path(path) -> str:
    """A path as text SQLite can store: a file name that is not valid UTF-8 (a stray byte from an old
    archive) is kept with its odd bytes written as \\xNN."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = os.fsencode(text).decode("utf-8", "backslashreplace")
    return text


def _text_safe(obj):
    """``obj`` with every string made storable (``display_path``): text read from a file named in stray
    bytes carries them too."""
    if isinstance(obj, str):
        return display_path(obj)
    if isinstance(obj, dict):
        return {_text_safe(k): _text_safe(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_text_safe(v) for v in obj]
    return obj


def _json(result: dict) -> str:
    data = json.dumps(result, ensure_ascii=False, separators=(",", ":"))
    try:
        data.encode("utf-8")
    except UnicodeEncodeError:
        data = json.dumps(_text_safe(result), ensure_ascii=False, separators=(",", ":"))
    return data


def _row(key: SweepKey, sha256: str, path: str, result: dict, now: str) -> tuple:
    data = _json(result)
    return (sha256, *_key_args(key), display_path(path), data, now)


_INSERT = ("INSERT OR REPLACE INTO sweep_results(sha256, topics, as_of, rules_version, path, result, reviewed_at) "
           "VALUES (?,?,?,?,?,?,?)")


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def save(conn: sqlite3.Connection, key: SweepKey, sha256: str, path: str, result: dict) -> None:
    """Store one document's result, committed at once (the connection is in autocommit mode)."""
    conn.execute(_INSERT, _row(key, sha256, path, result, _now()))


class BatchSaver:
    """Results stored a batch at a time (one transaction): at most ``size`` results or ``seconds`` old."""

    def __init__(self, conn: sqlite3.Connection, key: SweepKey, size: int = 64, seconds: float = 0.5):
        self.conn, self.key, self.size, self.seconds = conn, key, size, seconds
        self._rows: list[tuple] = []
        self._since = time.monotonic()

    def add(self, sha256: str, path: str, result: dict) -> None:
        """Queue one result; TypeError/ValueError if it cannot be stored as JSON (nothing is queued)."""
        row = _row(self.key, sha256, path, result, _now())
        if not self._rows:
            self._since = time.monotonic()
        self._rows.append(row)
        if len(self._rows) >= self.size or time.monotonic() - self._since >= self.seconds:
            self.flush()

    def flush(self) -> None:
        if not self._rows:
            return
        rows, self._rows = self._rows, []
        in_tx = self.conn.in_transaction
        if not in_tx:
            self.conn.execute("BEGIN")
        try:
            self.conn.executemany(_INSERT, rows)
        except BaseException:
            if not in_tx:
                self.conn.execute("ROLLBACK")
            raise
        if not in_tx:
            self.conn.execute("COMMIT")


def count(conn: sqlite3.Connection, key: SweepKey | None = None) -> int:
    if key is None:
        return conn.execute("SELECT count(*) FROM sweep_results").fetchone()[0]
    return conn.execute(f"SELECT count(*) FROM sweep_results WHERE {_WHERE_KEY}", _key_args(key)).fetchone()[0]


# -- one run -----------------------------------------------------------------------------------------------
class RunList:
    """This sweep's files in walk order, in a scratch SQLite file (removed with the catalogue)."""

    def __init__(self, directory: str | None = None):
        remove_orphans(directory)
        fd, name = tempfile.mkstemp(prefix=f"{_SCRATCH_PREFIX}{os.getpid()}-", suffix=".db", dir=directory)
        os.close(fd)
        self.path = Path(name)
        self.conn = sqlite3.connect(name, isolation_level=None, check_same_thread=False)
        self.conn.executescript("""
            PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
            CREATE TABLE files (seq INTEGER PRIMARY KEY, path TEXT NOT NULL, sha TEXT,
                                duplicate_of TEXT, error TEXT);
            CREATE INDEX files_sha ON files(sha, seq);
            CREATE TABLE transient (sha TEXT PRIMARY KEY, result TEXT NOT NULL);
            CREATE TABLE superseded (seq INTEGER PRIMARY KEY, reason TEXT NOT NULL);
            BEGIN;
        """)
        self._pending = 0
        self._finalizer = weakref.finalize(self, _remove, self.conn, self.path)

    def add(self, path: Path, *, sha: str | None = None, duplicate_of: str | None = None,
            error: str | None = None) -> None:
        self.conn.execute("INSERT INTO files(path, sha, duplicate_of, error) VALUES (?,?,?,?)",
                          (display_path(path), sha, duplicate_of, error))
        self._pending += 1
        if self._pending >= 1000:
            self.commit()

    def first_with(self, sha: str) -> str | None:
        row = self.conn.execute("SELECT path FROM files WHERE sha=? ORDER BY seq LIMIT 1", (sha,)).fetchone()
        return row[0] if row else None

    def set_transient(self, sha: str, result: dict) -> None:
        """A result that is not stored in the corpus (an internal error, retried next time)."""
        self.conn.execute("INSERT OR REPLACE INTO transient(sha, result) VALUES (?,?)", (sha, _json(result)))

    def light_rows(self, db_path: str | Path, key: SweepKey) -> list[dict]:
        """What the supersession pass needs of every listed file, in walk order (no findings are parsed)."""
        self.commit()
        self.conn.execute("ATTACH DATABASE ? AS corpus", (f"file:{db_path}?mode=ro",))
        try:
            fields = ("title", "doc_number", "issuer", "date", "disposition", "draft", "implements")
            cols = ", ".join(f"json_extract(r.result, '$.{f}')" for f in fields)
            rows = self.conn.execute(
                f"SELECT r.seq, r.error, r.duplicate_of, json_extract(r.result, '$.error'), "
                f"json_extract(r.result, '$.repeals'), {cols} FROM ({Catalogue._SELECT_FILES}) AS r ORDER BY r.seq",
                _key_args(key)).fetchall()
        finally:
            self.conn.execute("COMMIT")
            self.conn.execute("DETACH DATABASE corpus")
            self.conn.execute("BEGIN")
        out = []
        for seq, error, duplicate_of, result_error, repeals, *values in rows:
            d = dict(zip(fields, values))
            d.update(seq=seq, error=error or result_error or duplicate_of,
                     repeals=json.loads(repeals) if repeals else [])
            out.append(d)
        return out

    def mark_superseded(self, reasons: dict[int, str]) -> None:
        """Files (by seq) a newer document of the same sweep replaced, with the reason naming it."""
        self.conn.executemany("INSERT OR REPLACE INTO superseded(seq, reason) VALUES (?, ?)", reasons.items())

    def commit(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")
        self.conn.execute("BEGIN")
        self._pending = 0

    def close(self, remove: bool = False) -> None:
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")
        if remove:
            self._finalizer()


_SCRATCH_PREFIX = "fashen-sweep-"


def remove_orphans(directory: str | None = None) -> list[Path]:
    """Remove the scratch files of sweeps whose process is gone (killed with ``kill -9``, a power cut: no
    clean-up ran), so that they do not pile up in the temporary folder. A file is named after its sweep's
    process id; one whose process is alive, or whose owner cannot be told (another user's, another
    system's naming), is left alone. Returns the files removed."""
    if os.name != "posix":          # os.kill(pid, 0) only asks on POSIX (on Windows it would signal)
        return []
    removed = []
    for path in Path(directory or tempfile.gettempdir()).glob(f"{_SCRATCH_PREFIX}*-*.db"):
        pid = path.name[len(_SCRATCH_PREFIX):].split("-", 1)[0]
        if not pid.isdigit() or _alive(int(pid)):
            continue
        try:
            path.unlink()
            removed.append(path)
        except OSError:
            continue
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True                  # another user's process (or no such number): not ours to judge
    return True


def _remove(conn: sqlite3.Connection, path: Path) -> None:
    try:
        conn.close()
    finally:
        path.unlink(missing_ok=True)


class Catalogue:
    """The 清理目录 of one sweep: its files in walk order, each with its stored result. A sequence that is read
    from the databases on every pass (len, iteration, indexing), never held in memory whole; ``where``
    selects by disposition (``None``: the entries that could not be reviewed)."""

    def __init__(self, run: RunList, db_path: str | Path, key: SweepKey):
        run.close()
        self._run, self._db, self._key = run, str(db_path), key
        self._len: int | None = None

    # the join of the run's files with the stored results (or the run's transient ones)
    _SELECT_FILES = ("SELECT f.seq, f.path, f.sha, f.duplicate_of, f.error, COALESCE(t.result, s.result) AS result "
                     "FROM files f LEFT JOIN transient t ON t.sha = f.sha "
                     "LEFT JOIN corpus.sweep_results s ON s.sha256 = f.sha AND s.topics = ? AND s.as_of = ? "
                     "AND s.rules_version = ?")
    # … with the supersession pass's verdict: a replaced document is proposed for 废止 (a lapsed one stays 宣布失效)
    _SELECT = ("SELECT r.*, x.reason AS superseded FROM (" + _SELECT_FILES + ") AS r "
               "LEFT JOIN superseded x ON x.seq = r.seq")
    _DISPOSITION = ("CASE WHEN r.superseded IS NOT NULL AND coalesce(json_extract(r.result, '$.disposition'), '') "
                    "!= '宣布失效' THEN '废止' ELSE json_extract(r.result, '$.disposition') END")

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(f"file:{self._run.path}?mode=ro", uri=True, timeout=30)
        conn.execute("ATTACH DATABASE ? AS corpus", (f"file:{self._db}?mode=ro",))
        return conn

    def _rows(self, where: str = "", args: tuple = (), tail: str = "") -> Iterator[tuple]:
        conn = self._connect()
        try:
            yield from conn.execute(f"SELECT * FROM ({self._SELECT}) AS r {where} {tail}", (*_key_args(self._key),
                                                                                           *args))
        finally:
            conn.close()

    def __iter__(self):
        return (self._entry(*row) for row in self._rows(tail="ORDER BY seq"))

    def __len__(self) -> int:
        if self._len is None:
            with self._connect() as conn:
                self._len = conn.execute("SELECT count(*) FROM files").fetchone()[0]
        return self._len

    def __getitem__(self, i: int):
        n = len(self)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError(i)
        return next(self._entry(*row) for row in self._rows("WHERE seq = ?", (i + 1,)))

    def where(self, disposition: str | None):
        """Entries with this disposition, in walk order."""
        expr = self._DISPOSITION
        if disposition is None:
            rows = self._rows(f"WHERE r.result IS NULL OR {expr} IS NULL", tail="ORDER BY seq")
        else:
            rows = self._rows(f"WHERE {expr} = ?", (disposition,), tail="ORDER BY seq")
        return (self._entry(*row) for row in rows)

    def summary(self) -> dict:
        """Counts by disposition, errors, duplicates and findings, computed in SQL."""
        from .export import ATTACHMENT, DISPOSITIONS, NOT_REVIEWED

        by = dict.fromkeys((*DISPOSITIONS, NOT_REVIEWED), 0)
        errors = duplicates = findings = 0
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT CASE WHEN json_extract(r.result, '$.attachment') THEN ? "
                f"ELSE {self._DISPOSITION} END AS d, count(*), "
                "sum(r.error IS NOT NULL OR r.result IS NULL OR json_extract(r.result, '$.error') IS NOT NULL), "
                "sum(r.duplicate_of IS NOT NULL), "
                "sum(CASE WHEN r.duplicate_of IS NULL THEN json_array_length(r.result, '$.findings') ELSE 0 END) "
                f"FROM ({self._SELECT}) AS r GROUP BY d", (ATTACHMENT, *_key_args(self._key))).fetchall()
        for disp, n, err, dup, nfind in rows:
            by[disp or NOT_REVIEWED] = by.get(disp or NOT_REVIEWED, 0) + n
            errors += err or 0
            duplicates += dup or 0
            findings += nfind or 0
        attachments = by.pop(ATTACHMENT, 0)          # listed, not reviewed, not an error
        return {"files": sum(by.values()) + attachments, "by_disposition": by, "errors": errors,
                "attachments": attachments, "duplicates": duplicates, "findings": findings}

    def close(self) -> None:
        self._run.close(remove=True)

    @staticmethod
    def _entry(seq: int, path: str, sha: str | None, duplicate_of: str | None, error: str | None, result: str | None,
               superseded: str | None = None):
        from .sweep import _error_result, entry_from_result

        if error is not None:
            data = _error_result(error)
        elif result is None:
            data = _error_result("审查未完成（清理被中断），请重新运行")
        else:
            data = json.loads(result)
        entry = entry_from_result(path, sha or "", data, duplicate_of)
        return superseded_entry(entry, superseded) if superseded else entry


def superseded_entry(entry, reason: str):
    """Row 4 of the decision table (review.disposition): a document a newer one in the same sweep replaced is
    proposed for 废止, naming its successor; a lapsed one stays 宣布失效, with the successor as a further reason."""
    from dataclasses import replace

    from .disposition import DECLARE_INVALID, REPEAL, carried_over

    if entry.disposition == DECLARE_INVALID:
        return replace(entry, reasons=(*entry.reasons, f"另：{reason}"))
    return replace(entry, disposition=REPEAL, clauses_to_change=(),
                   reasons=(reason, *carried_over(entry.reasons, entry.clauses_to_change)))
