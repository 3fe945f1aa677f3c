"""Who runs a sweep's reviews: this process, a local process pool, or a Dask cluster.

An executor has one job: ``run(tasks, finished, documents)`` takes an iterator of ``(sha256, path)`` — read
lazily, so the walk streams — and calls ``finished(sha256, path, result)`` in the driver for each, whatever happens
to the document; ``documents`` (path -> Document) are files the driver has read already (the local executors
review them as read, the Dask workers read every file themselves). At most ``in_flight`` documents are handed out at a time, so the driver's bookkeeping is constant per
document and its memory does not grow with the archive. ``close()`` releases the workers.

- ``InProcess``: one reviewer in this process (``--workers 1``).
- ``ProcessPool``: ``concurrent.futures.ProcessPoolExecutor``. When the sweep is not told whose archive it is, its
  workers start at once and read and classify the archive for it (``archive_reader``), each keeping what it read for
  that document's review (a document reviewed by the other worker is read again there). A worker that dies (a crash in a parser, the
  OOM killer) breaks the pool: the documents in flight are retried in a fresh pool one at a time, so the one
  that kills its process is found and listed with an error and the others are reviewed.
- ``DaskExecutor``: ``dask.distributed`` (the optional extra ``fashen[dask]``), on a scheduler's address or
  on a ``LocalCluster``. The workers open the corpus database at the same path (shared storage) and read the
  documents at the same paths; before any work every worker's corpus snapshot is compared with the driver's
  and a different one is refused. Dask retries a dead worker's tasks elsewhere; a document that kills
  ``allowed-failures`` workers is listed with an error.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path

from statutes.errors import FashenError

from .sweep import CRASHED, Reviewer, SweepOptions, _error_result, review_safely

Task = tuple[str, Path]
Finished = Callable[[str, Path, dict], None]


class SweepError(FashenError):
    """The sweep cannot run as asked (no Dask, a cluster with another corpus); a usage error (exit 2)."""

    exit_code = 2


def for_options(opts: SweepOptions, store, *, rules=None):
    if opts.executor == "dask" or opts.scheduler:
        return DaskExecutor(store, opts, address=opts.scheduler, workers=opts.workers)
    if opts.executor != "process":
        raise SweepError(f"未知的执行方式：{opts.executor}（可选 process、dask）")
    if opts.workers <= 1:
        return InProcess(store, opts, rules=rules)
    return ProcessPool(str(store.path), opts, opts.workers)


# -- this process ------------------------------------------------------------------------------------------
class InProcess:
    name = "process"

    def __init__(self, store, opts: SweepOptions, rules=None):
        self.store, self.opts, self.rules = store, opts, rules

    def run(self, tasks: Iterator[Task], finished: Finished, documents: dict | None = None) -> None:
        reviewer = None
        documents = documents if documents is not None else {}
        for sha, path in tasks:
            if reviewer is None:                     # packs are loaded only when there is something to review
                from .rules import load_packs

                reviewer = Reviewer(self.store, self.rules if self.rules is not None else load_packs(), self.opts)
            finished(sha, path, review_safely(reviewer, path, documents.pop(path, None)))

    def close(self) -> None:
        pass


# -- a local process pool ----------------------------------------------------------------------------------
_REVIEWER: Reviewer | None = None          # in a pool worker: built once by the initializer
_PRELOAD = ("review.sweep", "review.executors", "review.engine", "review.match", "review.rules",
            "review.clauses", "review.metadata", "review.readers", "review.readers.textfile", "review.disposition",
            "review.opinion", "statutes.citations", "statutes.store")


_KEPT: dict[str, object] = {}              # in a pool worker: documents it read for the archive pass (path -> Document)
_KEPT_ROOM = [0]                           # characters it may still keep


def _init_worker(db_path: str, opts: SweepOptions, room: int = 0) -> None:
    global _REVIEWER
    from statutes.store import Store

    from .rules import load_packs

    signal.signal(signal.SIGINT, signal.SIG_IGN)   # Ctrl-C is the parent's to handle
    parent = multiprocessing.parent_process()
    if parent is not None:                          # a killed sweep (kill -9) leaves no orphan workers
        threading.Thread(target=_exit_with_parent, args=(parent.sentinel,), daemon=True).start()
    from .collector import tune

    tune()                                          # rarer collector passes over the loaded packs' heap
    _REVIEWER = Reviewer(Store(db_path, create=False), load_packs(), opts)
    _KEPT_ROOM[0] = room


def _exit_with_parent(sentinel) -> None:
    from multiprocessing.connection import wait

    wait([sentinel])
    os._exit(1)


def _work(sha: str, path: str, doc=None) -> tuple[str, dict]:
    if doc is None:
        doc = _KEPT.pop(path, None)           # read by this worker for the archive pass
    return sha, review_safely(_REVIEWER, Path(path), doc)


def _task(work: Callable, opts: SweepOptions, sha: str, path: str, *doc) -> tuple[str, dict]:
    """``work(sha, path, *doc)`` judged with the sweep's options as they are now: the pool's workers start before
    the archive pass has told whose archive it is (``SweepOptions.office``)."""
    if _REVIEWER is not None and _REVIEWER.opts != opts:
        _REVIEWER.opts = opts
    return work(sha, path, *doc)


def _read_kinds(paths: list[str], read, as_of: str) -> list:
    """In a pool worker, for the archive pass: each file's ``DocKind`` (None when unreadable); the documents are
    kept (up to the worker's room) for their review, if this worker gets it — another reads the file again."""
    from .sweep import read_kind

    kinds = []
    for path in paths:
        doc, kind = read_kind(Path(path), read, as_of)
        kinds.append(kind)
        if doc is not None and _REVIEWER is not None and read == _REVIEWER.opts.read \
                and len(doc.text) <= _KEPT_ROOM[0]:
            _KEPT[path] = doc
            _KEPT_ROOM[0] -= len(doc.text)
    return kinds


def _mp_context():
    if "forkserver" in multiprocessing.get_all_start_methods():
        # workers fork from a server that has imported the review code once (fork of this process is not
        # safe: it holds an open SQLite connection); spawn elsewhere
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(list(_PRELOAD))
        return ctx
    return multiprocessing.get_context("spawn")


class ProcessPool:
    name = "process"

    def __init__(self, db_path: str, opts: SweepOptions, workers: int, in_flight: int | None = None,
                 work: Callable[[str, str], tuple[str, dict]] | None = None):
        self.db_path, self.opts, self.workers = db_path, opts, workers
        self.in_flight = in_flight or 4 * workers
        self.work = work or _work       # a module-level function (pickled by name)
        self._pool = None

    def _new_pool(self):
        from concurrent.futures import ProcessPoolExecutor

        from .sweep import READ_AHEAD_CHARS

        self._pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=_mp_context(), initializer=_init_worker,
                                         initargs=(self.db_path, self.opts, READ_AHEAD_CHARS // self.workers))
        return self._pool

    def archive_reader(self, paths: list[Path], read, as_of: str, chunk: int = 8) -> list:
        """``sweep.archive_office``'s reading and classifying, done by this pool's workers (started by it, so they
        get ready while the driver waits rather than after); each keeps what it read for its review."""
        from concurrent.futures.process import BrokenProcessPool

        pool = self._pool or self._new_pool()
        chunks = [[str(p) for p in paths[i:i + chunk]] for i in range(0, len(paths), chunk)]
        futures = [pool.submit(_read_kinds, c, read, as_of) for c in chunks]
        kinds = []
        for c, fut in zip(chunks, futures):
            try:
                kinds += fut.result()
            except BrokenProcessPool:              # a file killed its worker: read the chunk again file by file
                for path in c:                     # in fresh workers; the one that kills its worker tells nothing
                    if getattr(pool, "_broken", False):
                        _stop(pool)
                        pool = self._new_pool()
                    try:
                        kinds += pool.submit(_read_kinds, [path], read, as_of).result()
                    except BrokenProcessPool:
                        kinds.append(None)
        return kinds

    def run(self, tasks: Iterator[Task], finished: Finished, documents: dict | None = None) -> None:
        from concurrent.futures import FIRST_COMPLETED, wait
        from concurrent.futures.process import BrokenProcessPool

        tasks = iter(tasks)
        documents = documents if documents is not None else {}
        suspects: deque[Task] = deque()      # in flight when a worker died: retried alone, one at a time
        alone: Task | None = None             # the suspect now running alone
        inflight: dict = {}
        exhausted = False
        pool = self._pool or self._new_pool()       # started already by the archive pass, if any
        while True:
            if alone is None and suspects and not inflight:
                alone = suspects.popleft()
                inflight[pool.submit(_task, self.work, self.opts, alone[0], str(alone[1]))] = alone
            while alone is None and not suspects and not exhausted and len(inflight) < self.in_flight:
                task = next(tasks, None)
                if task is None:
                    exhausted = True
                    break
                doc = documents.pop(task[1], None)       # sent as read rather than read again (a retry reads it)
                inflight[pool.submit(_task, self.work, self.opts, task[0], str(task[1]),
                                     *([doc] if doc is not None else []))] = task
            if not inflight:
                if suspects:
                    continue
                return
            done, _ = wait(inflight, return_when=FIRST_COMPLETED)
            broken = False
            for fut in done:
                task = inflight.pop(fut)
                try:
                    _, result = fut.result()
                except BrokenProcessPool:
                    broken = True
                    if task == alone:                 # it broke the pool on its own: the culprit
                        finished(*task, _error_result(CRASHED, transient=True))
                    else:
                        suspects.append(task)
                    continue
                except Exception as e:  # noqa: BLE001 - e.g. a result that cannot be sent back
                    result = _error_result(f"内部错误：{type(e).__name__}: {str(e)[:300]}", transient=True)
                finished(*task, result)
            if alone is not None and alone not in inflight.values():
                alone = None
            if broken:
                suspects.extend(inflight.values())    # every future of a broken pool fails
                inflight.clear()
                _stop(pool)
                pool = self._new_pool()

    def close(self) -> None:
        if self._pool is not None:
            _stop(self._pool)
            self._pool = None


def _stop(pool) -> None:
    """Stop a pool at once: cancel what has not started, end the workers."""
    procs = list((getattr(pool, "_processes", None) or {}).values())   # shutdown() forgets them
    for proc in procs:
        try:
            proc.terminate()
        except Exception:  # noqa: BLE001 - already gone
            pass
    pool.shutdown(wait=False, cancel_futures=True)


# -- a Dask cluster ----------------------------------------------------------------------------------------
class WrongCorpus(Exception):
    """Raised on a Dask worker whose corpus is not the driver's (missing, or another snapshot)."""


_DASK_LOCAL = threading.local()        # one Reviewer per worker thread (a SQLite connection is per thread)


def corpus_problem(db_path: str, snapshot_id: str) -> str | None:
    """On a worker: None when it sees the driver's corpus at ``db_path``, else what is wrong (in Chinese)."""
    import socket
    import sqlite3

    host = socket.gethostname()
    if not os.path.isfile(db_path):
        return f"{host}：找不到法规库 {db_path}（法规库须放在各节点相同路径的共享存储上）"
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=30) as conn:
            row = conn.execute("SELECT value FROM meta WHERE key='snapshot_id'").fetchone()
    except sqlite3.Error as e:
        return f"{host}：无法打开法规库 {db_path}（{e}）"
    theirs = row[0] if row else "empty"
    if theirs != snapshot_id:
        return f"{host}：法规库版本 {theirs} 与主控端的 {snapshot_id} 不同"
    return None


def _dask_work(db_path: str, snapshot_id: str, opts: SweepOptions, sha: str, path: str) -> dict:
    key = (db_path, snapshot_id, opts)
    cached = getattr(_DASK_LOCAL, "reviewer", None)
    if cached is None or cached[0] != key:
        problem = corpus_problem(db_path, snapshot_id)
        if problem:
            raise WrongCorpus(problem)
        from statutes.store import Store

        from .rules import load_packs

        _DASK_LOCAL.reviewer = cached = (key, Reviewer(Store(db_path, create=False), load_packs(), opts))
    if not os.path.exists(path):
        import socket

        return _error_result(f"Dask 工作节点 {socket.gethostname()} 上找不到该文件（文件须放在共享存储上）",
                             transient=True)
    return review_safely(cached[1], Path(path))


def _dask_chunk(work, db_path: str, snapshot_id: str, opts: SweepOptions, items) -> list[dict]:
    """Several documents in one Dask task: a task's round trip through the scheduler costs more than the
    review of a short document."""
    return [work(db_path, snapshot_id, opts, sha, path) for sha, path in items]


NO_WORKER_SECONDS = 300


class DaskExecutor:
    """Reviews on a Dask cluster: ``address`` (tcp://HOST:8786) or a LocalCluster of ``workers`` processes.
    Documents go ``chunk`` to a task, at most ``in_flight`` tasks at a time (default four per worker); a
    task whose workers died ``allowed-failures`` times is split and its documents are tried one by one, and a
    single document whose worker died is tried once more with nothing else on the cluster (a document merely
    queued on a worker that another document killed is blamed by Dask too), so only the document that kills its
    worker is listed with an error."""

    name = "dask"

    def __init__(self, store, opts: SweepOptions, *, address: str | None = None, workers: int = 2,
                 in_flight: int | None = None, chunk: int = 8, client=None,
                 work: Callable[..., dict] | None = None):
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise SweepError("使用 Dask 需要先安装：pip install 'fashen[dask]'") from None
        self.opts, self.in_flight, self.chunk = opts, in_flight, max(1, chunk)
        self.work = work or _dask_work      # a module-level function (pickled by name)
        self.db_path = str(Path(store.path).resolve())
        self.snapshot_id = store.get_meta("snapshot_id") or "empty"
        self._cluster = self._own_client = None
        if client is not None:
            self.client = client
        elif address:
            try:
                self.client = self._own_client = Client(address, timeout="20s")
            except (OSError, TimeoutError) as e:
                raise SweepError(f"无法连接 Dask 调度器 {address}：{e}") from None
        else:
            self._cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                                         host="127.0.0.1", dashboard_address="127.0.0.1:0")
            self.client = self._own_client = Client(self._cluster)

    def check_workers(self) -> int:
        """Refuse the cluster if any worker sees another corpus; returns the number of workers."""
        try:
            self.client.wait_for_workers(1, timeout=120)
        except TimeoutError:
            raise SweepError("Dask 集群没有可用的工作节点") from None
        answers = self.client.run(corpus_problem, self.db_path, self.snapshot_id)
        bad = [f"{w}（{m}）" for w, m in sorted(answers.items()) if m]
        if bad:
            raise SweepError("拒绝在以下 Dask 工作节点上审查，其法规库与本机不同：" + "；".join(bad))
        return len(answers)

    def run(self, tasks: Iterator[Task], finished: Finished, documents: dict | None = None) -> None:
        import itertools
        import uuid

        from distributed import as_completed
        from distributed.scheduler import KilledWorker

        limit = self.in_flight or 4 * self.check_workers()
        if self.in_flight:
            self.check_workers()
        tasks = iter(tasks)
        singles: deque[Task] = deque()          # documents of a chunk that killed its workers, one per task
        suspects: deque[Task] = deque()         # a single document whose worker died: tried again, alone
        tried_alone: set[str] = set()
        alone: set[str] = set()                 # the key of the task running alone, if any
        meta: dict[str, list[Task]] = {}
        running = as_completed()

        def submit() -> bool:
            if alone or (suspects and meta):
                return False                    # a suspect runs with nothing else in flight
            if suspects:
                items = [suspects.popleft()]
            else:
                items = [singles.popleft()] if singles else list(itertools.islice(tasks, self.chunk))
            if not items:
                return False
            fut = self.client.submit(_dask_chunk, self.work, self.db_path, self.snapshot_id, self.opts,
                                     [(sha, str(path)) for sha, path in items],
                                     key=f"fashen-review-{items[0][0][:12]}-{uuid.uuid4().hex[:8]}", pure=False)
            meta[fut.key] = items
            if items[0][0] in tried_alone:
                alone.add(fut.key)
            running.add(fut)
            return True

        for _ in range(limit):
            if not submit():
                break
        for fut in running:
            items = meta.pop(fut.key)
            alone.discard(fut.key)
            if fut.status == "finished":
                results = self._fetch(fut)
            else:
                exc = fut.exception() if fut.status == "error" else None
                if isinstance(exc, WrongCorpus):
                    raise SweepError(f"拒绝在该 Dask 工作节点上审查：{exc}")
                if isinstance(exc, KilledWorker) and len(items) > 1:
                    singles.extend(items)       # which of them kills its worker? one task each
                    fut.release()
                    while len(meta) < limit and submit():
                        pass
                    continue
                if isinstance(exc, KilledWorker) and items[0][0] not in tried_alone:
                    tried_alone.add(items[0][0])   # killed by its own text, or queued beside the one that was?
                    suspects.append(items[0])
                    fut.release()
                    while len(meta) < limit and submit():
                        pass
                    continue
                why = (CRASHED + "（审查它的 Dask 工作节点多次退出）" if isinstance(exc, KilledWorker)
                       else f"Dask 任务失败：{type(exc).__name__}: {str(exc)[:300]}")
                results = [_error_result(why, transient=True)] * len(items)
            fut.release()
            for (sha, path), result in zip(items, results):
                finished(sha, path, result)
            while len(meta) < limit and submit():
                pass

    def _fetch(self, fut, wait: float = 30.0):
        """A finished task's results. If the worker holding them died, Dask computes them again; a cluster
        left with no worker at all for ``NO_WORKER_SECONDS`` stops the sweep (what is done is stored)."""
        import time

        from distributed import TimeoutError as DaskTimeout

        alone_since = None
        while True:
            try:
                return fut.result(timeout=wait)
            except (DaskTimeout, TimeoutError):
                if self.client.scheduler_info().get("workers"):
                    alone_since = None
                    continue
                alone_since = alone_since or time.monotonic()
                if time.monotonic() - alone_since > NO_WORKER_SECONDS:
                    raise SweepError("Dask 集群已没有可用的工作节点；已完成的结果已保存，恢复集群后重新运行同一命令即可继续") \
                        from None

    def close(self) -> None:
        if self._own_client is not None:
            self._own_client.close()
        if self._cluster is not None:
            self._cluster.close()
