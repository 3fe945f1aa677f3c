"""CPU budget per norm reading over a sweep: how often each reading that ``review.norms.effect.effects`` and
``review.norms.burden.burdens`` call is asked, how often it finds something, and what it costs (CPU, its own
time: the time of readings it calls through the same namespaces is counted for them, not for it).

    python bench/reading_budget.py [--docs DIR] [--db PATH] [--mode sweep|review] [--limit N]

One process, no forked children (``review.fork_map`` is told it cannot fork, so that every reading is counted here);
the wrappers add a few microseconds a call, so the totals run above ``bench/stage_cpu.py``'s. A reading is a
function of ``review.norms`` that ``effect``'s or ``burden``'s module calls by a global name (or through one of
their tuples of readings, e.g. ``burden._FALLBACK_READINGS``); ``effect.effects``' own loop over its patterns and
``burden.burdens``' own code are their residual (``effects (own)``, ``burdens (own)``).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_DOCS = ROOT.parent / "shared" / "data" / "documents" / "txt"

CALLS: dict[str, int] = defaultdict(int)
FOUND: dict[str, int] = defaultdict(int)
OWN: dict[str, float] = defaultdict(float)
_STACK: list[list] = []       # [name, time spent in wrapped callees]


def _timed(name: str, fn):
    clock = time.process_time

    def wrapper(*args, **kwargs):
        _STACK.append([name, 0.0])
        t = clock()
        try:
            out = fn(*args, **kwargs)
        finally:
            spent = clock() - t
            _, inner = _STACK.pop()
            OWN[name] += spent - inner
            if _STACK:
                _STACK[-1][1] += spent
        CALLS[name] += 1
        if out:
            FOUND[name] += 1
        return out

    wrapper.__wrapped__ = fn
    return wrapper


def _is_reading(obj, home: str) -> bool:
    mod = getattr(obj, "__module__", "") or ""
    return callable(obj) and not isinstance(obj, type) and mod.startswith("review.norms") and mod != home \
        and hasattr(obj, "__code__")


def instrument() -> None:
    import review.match as match
    import review.norms.conditions as conditions
    import review.norms.burden as burden
    import review.norms.effect as effect

    for module in (effect, burden):
        home = module.__name__
        wrapped: dict[int, object] = {}
        for key, obj in list(vars(module).items()):
            if _is_reading(obj, home):
                wrapped[id(obj)] = w = _timed(f"{obj.__module__.rsplit('.', 1)[1]}.{obj.__name__}", obj)
                setattr(module, key, w)
        for key, obj in list(vars(module).items()):     # tuples of readings (burden._FALLBACK_READINGS)
            if isinstance(obj, tuple) and obj and all(callable(f) and hasattr(f, "__code__") for f in obj):
                new = []
                for f in obj:
                    if id(f) not in wrapped:
                        mod = f.__module__.rsplit(".", 1)[1]
                        wrapped[id(f)] = _timed(f"{mod}.{f.__name__}", f)
                    new.append(wrapped[id(f)])
                setattr(module, key, tuple(new))
    # the entry points, for their own residual: effects/laid/burdens/beside (remembered: a hit costs nothing)
    effect.effects = _timed("effects (own)", effect.effects)
    for name in ("laid",):
        setattr(effect, name, _timed(f"effect.{name} (own)", getattr(effect, name)))
    burden.beside = _timed("burden.beside (own)", burden.beside)
    burden.burdens = _timed("burdens (own)", burden.burdens)
    for name, fn in (("laid", effect.laid), ("burdens", burden.burdens), ("beside", burden.beside)):
        if hasattr(match, name):
            setattr(match, name, fn)
    conditions._burdens, conditions._laid = burden.burdens, effect.laid


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=Path, default=DEFAULT_DOCS)
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--mode", choices=["review", "sweep"], default="sweep")
    ap.add_argument("--as-of", default="2026-12-02")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args(argv)

    import review.fork_map as fork_map
    from review.collector import tune
    from review.engine import ReviewOptions, review_document
    from review.readers import read_document
    from review.rules import load_packs
    from review.sweep import SWEEP_TOPICS
    from statutes.store import Store

    tune()
    fork_map.usable = lambda: False
    instrument()
    files = sorted(p for p in args.docs.iterdir() if p.is_file())[:args.limit or None]
    rules = load_packs()
    opts = ReviewOptions(as_of=args.as_of) if args.mode == "review" else \
        ReviewOptions(as_of=args.as_of, topics=tuple(SWEEP_TOPICS), upper_law=False)
    cpu = 0.0
    with Store(args.db) as store:
        for f in files:
            doc = read_document(f)
            t = time.process_time()
            review_document(doc, store, rules, opts)
            cpu += time.process_time() - t
    total = sum(OWN.values())
    print(f"{len(files)} documents, review CPU {cpu:.2f} s ({1000 * cpu / max(len(files), 1):.1f} ms a document); "
          f"inside effects/burdens {total:.2f} s")
    print(f"{'reading':<34} {'calls':>8} {'found':>7} {'own s':>7} {'µs/call':>8} {'% review':>8}")
    for name in sorted(OWN, key=OWN.get, reverse=True)[:args.top]:
        print(f"{name:<34} {CALLS[name]:>8} {FOUND[name]:>7} {OWN[name]:>7.3f} {1e6 * OWN[name] / CALLS[name]:>8.1f} "
              f"{100 * OWN[name] / cpu:>7.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
