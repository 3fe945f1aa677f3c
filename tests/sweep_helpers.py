"""What the sweep tests share: a private copy of the corpus, and module-level functions they hand to worker
processes (pickled by name)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from review.executors import _work


def copy_db(src: Path, dst: Path) -> Path:
    """A private copy of the session corpus (the sqlite backup API also copies what is still in the WAL)."""
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    return dst


def crash_on_marked(sha: str, path: str, *doc):
    """Like a pool worker's review, but the process dies (as on a segfault) on files named *crash*."""
    if "crash" in Path(path).name:
        os._exit(139)
    return _work(sha, path, *doc)


def dask_crash_on_marked(db_path, snapshot_id, opts, sha: str, path: str):
    """A Dask worker's review that kills the worker process on files named *crash*."""
    from review.executors import _dask_work

    if "crash" in Path(path).name:
        os._exit(139)
    return _dask_work(db_path, snapshot_id, opts, sha, path)
