"""One function over a long list on two processes: the second part of the list in a forked child, the first part
here, the results in the list's order — the same list as ``[fn(x) for x in items]``. The engine runs the rule stage
of a very large document this way (review/engine.py, review/match.py: each clause's hits are independent of the
others'); a document of ordinary size is done in one process (a fork pays from a few thousand clauses on).

Only where it is safe and pays (``usable``): the ``fork`` start method exists (Linux and the BSDs; not Windows, where
a child starts afresh and would have to load the packs and the document again, nor macOS, where forking a process
that has touched system frameworks is unsafe); this process is the top one, not one that multiprocessing started
(a sweep's pool worker, whose siblings use the other cores already, or a daemon, which may not have children); it
runs one thread (a forked child inherits the other threads' locks, not the threads); two CPUs are ours. Elsewhere, and whenever the child fails in any way (an
exception, the OOM killer), the items are done here: the same result, only slower.

The child inherits the items, the function and what it reads (rules, lexicons, caches) from the fork, and sends
back only its non-empty results (pickled). Memory: the child shares the parent's pages until it writes to them;
``gc.freeze()`` before the fork keeps its collector from touching (and so copying) the parent's objects.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Sequence


def usable() -> bool:
    """Whether a child can be forked here to share the work (see the module's docstring)."""
    if sys.platform in ("win32", "darwin") or "fork" not in multiprocessing.get_all_start_methods():
        return False
    if multiprocessing.parent_process() is not None or multiprocessing.current_process().daemon \
            or threading.active_count() != 1:
        return False
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:          # pragma: no cover - platforms without affinity
        cpus = os.cpu_count() or 1
    return cpus >= 2


def _cut(costs: Sequence[int]) -> int:
    """Where to cut so that both parts cost about the same (at least one item each side)."""
    half, acc = sum(costs) / 2, 0
    for i, c in enumerate(costs):
        acc += c
        if acc >= half:
            return min(max(i + 1, 1), len(costs) - 1)
    return len(costs) - 1


def _child(conn, fn, items) -> None:
    try:
        conn.send([(i, r) for i, x in enumerate(items) if (r := fn(x))])   # sparse: most results are empty
    except BaseException:        # noqa: BLE001 - whatever happened, the parent does this part itself
        try:
            conn.send(None)
        except Exception:        # noqa: BLE001
            pass
    finally:
        conn.close()


def fork_map(fn: Callable[[object], list], items: Sequence, cost: Callable[[object], int] | None = None) -> list:
    """``[fn(x) for x in items]``, the second part computed in a forked child when ``usable()``. ``fn`` returns a
    list (an empty one for most items) and must not depend on the order of the calls nor change shared state that
    a later call reads differently (a cache that only saves work is fine); ``cost`` of an item (default: one each)
    balances the two parts."""
    items = list(items)
    if len(items) < 2 or not usable():
        return [fn(x) for x in items]
    cut = _cut([cost(x) for x in items] if cost else [1] * len(items))
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    gc.freeze()                  # the child's collector leaves the parent's objects (and their pages) alone
    try:
        child = ctx.Process(target=_child, args=(send, fn, items[cut:]), daemon=True)
        child.start()
    except OSError:              # no fork to be had (limits, memory): one process
        receive.close()
        send.close()
        return [fn(x) for x in items]
    finally:
        gc.unfreeze()
    send.close()
    sparse = None
    try:
        first = [fn(x) for x in items[:cut]]
        try:
            sparse = receive.recv()
        except (EOFError, OSError):
            sparse = None
    finally:
        receive.close()
        if sparse is None:
            child.kill()
        child.join()
        child.close()
    if sparse is None:           # the child failed: its part is done here (an error raises here, as it would)
        return first + [fn(x) for x in items[cut:]]
    second: list = [[] for _ in range(len(items) - cut)]
    for i, r in sparse:
        second[i] = r
    return first + second
