"""fashen sweep on Dask: a LocalCluster of two worker processes, one killed during the sweep; a worker with
another corpus is refused. Skipped without ``dask.distributed`` (the optional extra ``fashen[dask]``)."""

from __future__ import annotations

import os
import shutil
import signal
from pathlib import Path

import pytest

from review.sweep import SweepOptions, sweep
from statutes.store import Store
from tests.sweep_helpers import copy_db

distributed = pytest.importorskip("distributed")

AS_OF = "2026-01-01"
DOCS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "documents" / "txt"
pytestmark = [pytest.mark.skipif(not DOCS.is_dir(), reason="../shared/data/documents 不存在"),
              pytest.mark.xdist_group("dask")]         # one cluster at a time: the module's, then a fresh one


def _cluster():
    import contextlib

    import dask
    from distributed import Client, LocalCluster

    @contextlib.contextmanager
    def started():
        # a task is given up after its workers died twice (the default, 3, makes the crash test slow)
        with dask.config.set({"distributed.scheduler.allowed-failures": 1}), \
                LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                             dashboard_address="127.0.0.1:0") as lc, Client(lc) as client:
            yield client

    return started()


@pytest.fixture(scope="module")
def cluster():
    with _cluster() as client:
        yield client


@pytest.fixture(scope="module")
def docs(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("dask-docs")
    for src in sorted(DOCS.glob("*.txt"))[::6][:24]:
        shutil.copy(src, root / src.name)
    return root


def test_killed_worker_gives_the_same_catalogue(cluster, docs, corpus_path, tmp_path):
    from review.executors import DaskExecutor

    with Store(copy_db(corpus_path, tmp_path / "plain.db")) as store:
        plain = [e.to_dict() for e in sweep([docs], store, SweepOptions(as_of=AS_OF)).entries]

    # the module's cluster may still be restarting a worker another test killed: kill one of two, never the only one
    cluster.wait_for_workers(2, timeout=120)
    pids = cluster.run(os.getpid)                          # {worker address: pid}
    victim = sorted(pids.values())[0]
    killed = []

    def progress(done, total, findings, item):
        if done >= 4 and not killed:                       # mid-sweep, with documents in flight on it
            os.kill(victim, signal.SIGKILL)
            killed.append(done)

    opts = SweepOptions(as_of=AS_OF, workers=2, executor="dask")
    with Store(copy_db(corpus_path, tmp_path / "dask.db")) as store:
        ex = DaskExecutor(store, opts, client=cluster, in_flight=6)
        result = sweep([docs], store, opts, progress=progress, executor=ex)
        entries = [e.to_dict() for e in result.entries]
    assert killed, "the worker was killed during the sweep"
    assert result.summary["errors"] == 0 and result.summary["executor"] == "dask"
    assert entries == plain


def test_worker_with_another_corpus_is_refused(cluster, docs, corpus_path, tmp_path):
    from review.executors import DaskExecutor, SweepError

    db = copy_db(corpus_path, tmp_path / "other.db")
    opts = SweepOptions(as_of=AS_OF, workers=2, executor="dask")
    with Store(db) as store:
        ex = DaskExecutor(store, opts, client=cluster)
        ex.snapshot_id = "2026-01-01-000000000000"         # the driver's corpus differs from what workers see
        with pytest.raises(SweepError, match="法规库版本"):
            sweep([docs], store, opts, executor=ex)


def test_a_document_that_kills_every_worker_is_listed_alone(corpus_path, tmp_path):
    """Dask retries a dead worker's task elsewhere; a chunk that keeps killing workers is split, and only
    the document that does it is listed with an error."""
    from review.executors import DaskExecutor
    from tests.sweep_helpers import dask_crash_on_marked

    docs = tmp_path / "docs"
    docs.mkdir()
    for src in sorted(DOCS.glob("*.txt"))[:5]:
        shutil.copy(src, docs / src.name)
    shutil.copy(next(iter(sorted(DOCS.glob("*.txt"))[5:6])), docs / "crash.txt")
    opts = SweepOptions(as_of=AS_OF, workers=2, executor="dask")
    with _cluster() as cluster, Store(copy_db(corpus_path, tmp_path / "c.db")) as store:   # a fresh cluster
        ex = DaskExecutor(store, opts, client=cluster, chunk=3, work=dask_crash_on_marked)
        result = sweep([docs], store, opts, executor=ex)
        entries = {Path(e.path).name: e for e in result.entries}
    assert "异常退出" in entries["crash.txt"].error
    assert all(e.disposition for n, e in entries.items() if n != "crash.txt")
    assert result.summary["errors"] == 1
