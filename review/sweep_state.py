"""The SQL of sweep results: one row per (content hash, topics, as_of, rules version), written as each
document is done (autocommit: a killed sweep keeps every finished document), read back to skip unchanged files.

The table is created by migration 3 in ``statutes/schema.py``; ``conn`` is the corpus store's connection.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone


@dataclass(frozen=True, slots=True)
class SweepKey:
    """The settings a stored result is valid for (besides the content hash)."""

    topics: str          # sorted, comma-separated
    as_of: str
    rules_version: str


def load(conn: sqlite3.Connection, key: SweepKey, hashes) -> dict[str, dict]:
    """Stored results for these content hashes: {sha256: result}."""
    hashes = list(dict.fromkeys(hashes))
    out: dict[str, dict] = {}
    for i in range(0, len(hashes), 500):
        chunk = hashes[i:i + 500]
        marks = ",".join("?" * len(chunk))
        rows = conn.execute(
            f"SELECT sha256, result FROM sweep_results WHERE topics=? AND as_of=? AND rules_version=? "
            f"AND sha256 IN ({marks})", (key.topics, key.as_of, key.rules_version, *chunk))
        out.update((h, json.loads(r)) for h, r in rows)
    return out


def save(conn: sqlite3.Connection, key: SweepKey, sha256: str, path: str, result: dict) -> None:
    """Store one document's result, committed at once (the connection is in autocommit mode)."""
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    data = json.dumps(result, ensure_ascii=False, separators=(",", ":"))
    conn.execute("INSERT OR REPLACE INTO sweep_results(sha256, topics, as_of, rules_version, path, result, "
                 "reviewed_at) VALUES (?,?,?,?,?,?,?)",
                 (sha256, key.topics, key.as_of, key.rules_version, path, data, now))


def count(conn: sqlite3.Connection, key: SweepKey | None = None) -> int:
    if key is None:
        return conn.execute("SELECT count(*) FROM sweep_results").fetchone()[0]
    return conn.execute("SELECT count(*) FROM sweep_results WHERE topics=? AND as_of=? AND rules_version=?",
                        (key.topics, key.as_of, key.rules_version)).fetchone()[0]
