"""The cyclic garbage collector's thresholds for a process that reviews documents (the CLI, a sweep's pool workers).

A review allocates millions of short-lived containers (clauses, mentions, readings, hits) next to a large heap that
lives as long as the process (rule packs, lexicons, indexes, regexes, per-process caches). With CPython's default
thresholds (700, 10, 10) the collector runs hundreds of times over a 167-document sweep and traverses that heap in
every older-generation pass: about a tenth of a sweep's CPU (bench/README.md, "Speed, round 11"). Nearly all of
what a review allocates is freed by reference counting, so rarer passes collect the same garbage later and cost a
few MB of memory at most; what the engine finds does not depend on when the collector runs.

``tune()`` raises the thresholds (never lowers them: a caller that chose higher ones keeps them). Called at the
edges, where a process starts reviewing (cli.run, review.executors' pool initializer), not inside the engine.
"""

from __future__ import annotations

import gc

THRESHOLDS = (50_000, 20, 10)      # a young pass every 50,000 net allocations; older ones 20 and 200 times rarer


def tune() -> None:
    """Raise the collector's thresholds to ``THRESHOLDS`` where they are lower (0, the collector turned off by the
    caller, is left alone)."""
    now = gc.get_threshold()
    if now[0] == 0:
        return
    gc.set_threshold(*(max(a, b) for a, b in zip(now, THRESHOLDS)))
