"""Module-level functions the sweep tests hand to worker processes (pickled by name)."""

from __future__ import annotations

import os
from pathlib import Path

from review.executors import _work


def crash_on_marked(sha: str, path: str):
    """Like a pool worker's review, but the process dies (as on a segfault) on files named *crash*."""
    if "crash" in Path(path).name:
        os._exit(139)
    return _work(sha, path)


def dask_crash_on_marked(db_path, snapshot_id, opts, sha: str, path: str):
    """A Dask worker's review that kills the worker process on files named *crash*."""
    from review.executors import _dask_work

    if "crash" in Path(path).name:
        os._exit(139)
    return _dask_work(db_path, snapshot_id, opts, sha, path)
