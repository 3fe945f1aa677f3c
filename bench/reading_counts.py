"""How often each reading is asked for, and for how many distinct inputs, over a sweep of the real documents (round 39,
speed39): whether a reading is computed more than once for the same input (per document) and what that costs.

    python bench/reading_counts.py [--step 4] [--mode sweep|review] [--db PATH] [--docs DIR] [--top 90]

Every module-level function of review/norms/*, review/match.py, review/sentences.py and review/engine.py (plain or
``functools.lru_cache``), ``firstchars.text_keys``/``joined_keys``, the ``Lexicon`` look-ups (``possible``,
``possible_among``, ``find``, ``has``, ``rx``) and ``KeyIndex.candidates`` are wrapped, in every module that holds a
reference to them, by a counter: calls; distinct argument tuples within a document (the memo a per-document reading
context could keep) and over the sweep; inclusive CPU (``time.process_time``, the outermost call of a function only);
"repeat CPU", the CPU of the calls whose arguments were seen already in the same document (what sharing the reading
would save at most, the wrapper's own cost included), and "outer", that of such calls not made inside another one; and how many calls gave an empty answer. A few readings are
projected too: the distinct sentences (and sentence + header) they are asked about, whatever the other arguments.
The wrappers add their own cost (~2–3 µs a call): the tiny functions' CPU is mostly theirs; read the shares of the
readings, not the total. Every ``--step``-th document of the folder, after one warm-up document left out of the count
(with ``--step 1`` none: the first document also pays for compiling the regexes).
"""

from __future__ import annotations

import argparse
import collections
import functools
import importlib
import inspect
import pkgutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_DOCS = ROOT.parent / "shared" / "data" / "documents" / "txt"

pt = time.process_time


def frozen(a):
    """``a`` as a hashable key (an object that is neither hashable nor a container: by identity)."""
    try:
        hash(a)
        return a
    except TypeError:
        if isinstance(a, (list, tuple)):
            return tuple(frozen(x) for x in a)
        if isinstance(a, (set, frozenset)):
            return frozenset(frozen(x) for x in a)
        if isinstance(a, dict):
            return tuple(sorted((k, frozen(v)) for k, v in a.items()))
        return ("id", id(a))


class Counts:
    def __init__(self, projections):
        self.stats = collections.defaultdict(lambda: [0, 0, 0.0, 0.0, 0, 0.0])  # calls, distinct/doc, cpu, repeat, all, outer
        self.empty = collections.Counter()
        self.seen_doc = collections.defaultdict(set)
        self.seen_all = collections.defaultdict(set)
        self.active = collections.Counter()
        self.projections = projections
        self.projected = collections.defaultdict(set)
        self.in_repeat = 0                 # depth of calls whose arguments the document asked about already
        self.outer_repeat = 0.0            # their CPU, outermost only: what sharing every reading would save at most

    def wrap(self, name, fn):
        st, sd, sa, active, empty = self.stats[name], self.seen_doc[name], self.seen_all[name], self.active, self.empty
        proj = self.projections.get(name)
        projected = self.projected

        @functools.wraps(fn)
        def counted(*args, **kw):
            key = (tuple(frozen(a) for a in args), frozen(tuple(sorted(kw.items()))))
            st[0] += 1
            repeat = key in sd
            if not repeat:
                sd.add(key)
                st[1] += 1
                if key not in sa:
                    sa.add(key)
                    st[4] += 1
            if proj:
                for label, f in proj.items():
                    projected[(name, label)].add(f(args, kw))
            if active[name]:                   # a recursive call: counted, its time is the outer call's
                out = fn(*args, **kw)
                if not out:
                    empty[name] += 1
                return out
            active[name] += 1
            outer = repeat and not self.in_repeat
            if repeat:
                self.in_repeat += 1
            t = pt()
            try:
                out = fn(*args, **kw)
                if not out:
                    empty[name] += 1
                return out
            finally:
                d = pt() - t
                active[name] -= 1
                st[2] += d
                if repeat:
                    st[3] += d
                    self.in_repeat -= 1
                    if outer:
                        self.outer_repeat += d
                        st[5] += d
        return counted

    def new_document(self):
        for s in self.seen_doc.values():
            s.clear()

    def reset(self):
        for s in self.stats.values():
            s[:] = [0, 0, 0.0, 0.0, 0, 0.0]
        for s in self.seen_all.values():
            s.clear()
        self.empty.clear()
        self.projected.clear()
        self.outer_repeat = 0.0


def _sentence(a, k):
    return a[0]


def _sentence_header(a, k):
    return a[0], a[1] if len(a) > 1 else k.get("header", "")


PROJECTED = {n: {"sentence": _sentence, "sentence+header": _sentence_header} for n in (
    "effect.effects", "effect.laid", "burden.burdens_among", "burden.beside", "burden.burdens", "power.readings",
    "chosen_provider.provider_spans", "charge.charges", "paper.papers")}
PROJECTED["analyse.read"] = PROJECTED["analyse.analyse"] = {"text": _sentence, "text+header": _sentence_header}


def install(counts: Counts) -> None:
    """Wrap the readings in every review/statutes module that holds them."""
    import review.norms

    mods = ["review.match", "review.sentences", "review.engine", "review.firstchars"]
    mods += ["review.norms." + m.name for m in pkgutil.iter_modules(review.norms.__path__)]
    for m in mods:
        importlib.import_module(m)
    originals = {}
    for mn in mods:
        for an, v in list(vars(sys.modules[mn]).items()):
            if getattr(v, "__module__", None) != mn:
                continue
            if mn == "review.firstchars" and an not in ("text_keys", "joined_keys"):
                continue
            if inspect.isfunction(v) or isinstance(v, functools._lru_cache_wrapper):
                originals[id(v)] = (f"{mn.split('.')[-1]}.{an}", v)
    wrappers = {k: counts.wrap(n, v) for k, (n, v) in originals.items()}
    for mn, m in list(sys.modules.items()):
        if m is None or not mn.startswith(("review", "statutes")):
            continue
        for an, v in list(vars(m).items()):
            if id(v) in wrappers and originals[id(v)][1] is v:
                setattr(m, an, wrappers[id(v)])
    from review.firstchars import KeyIndex
    from review.norms.lexicon import Lexicon

    for meth in ("possible", "possible_among", "find", "has", "rx"):
        setattr(Lexicon, meth, counts.wrap("Lexicon." + meth, getattr(Lexicon, meth)))
    KeyIndex.candidates = counts.wrap("KeyIndex.candidates", KeyIndex.candidates)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mode", choices=["review", "sweep"], default="sweep")
    ap.add_argument("--docs", type=Path, default=DEFAULT_DOCS)
    ap.add_argument("--step", type=int, default=1)
    ap.add_argument("--top", type=int, default=90)
    ap.add_argument("--db", type=Path)
    ap.add_argument("--as-of", default="2026-12-02")
    args = ap.parse_args(argv)
    from review.collector import tune

    tune()
    from review.engine import ReviewOptions, review_document
    from review.readers import read_document
    from review.rules import load_packs
    from review.sweep import SWEEP_TOPICS, _FixedSnapshot
    from statutes.store import Store

    rules = load_packs()
    counts = Counts(PROJECTED)
    install(counts)
    files = sorted(p for p in args.docs.iterdir() if p.is_file())[::args.step]
    docs = [read_document(f) for f in files]
    from cli import db_path

    store = Store(db_path(args.db), create=False)
    if args.mode == "sweep":
        store = _FixedSnapshot(store)
        opts = ReviewOptions(as_of=args.as_of, topics=tuple(SWEEP_TOPICS), upper_law=False)
    else:
        opts = ReviewOptions(as_of=args.as_of)
    if args.step > 1:    # warm-up (regexes, indexes, per-process caches) on a document left out of the count
        review_document(read_document(sorted(p for p in args.docs.iterdir() if p.is_file())[1]), store, rules, opts)
    counts.reset()
    t0 = pt()
    for d in docs:
        counts.new_document()
        review_document(d, store, rules, opts)
    total = pt() - t0
    print(f"{args.mode}: {len(docs)} documents, CPU with the counters {total:.2f} s "
          f"({1000 * total / len(docs):.0f} ms a document)")
    print(f"{'function':40s} {'calls':>9s} {'dist/doc':>9s} {'dist/all':>9s} {'cpu s':>8s} {'%':>6s} "
          f"{'repeat s':>8s} {'outer s':>8s} {'empty':>9s}")
    rows = sorted(counts.stats.items(), key=lambda kv: -kv[1][2])
    for n, (c, d, cpu, rep, da, outer) in rows[:args.top]:
        print(f"{n:40s} {c:9d} {d:9d} {da:9d} {cpu:8.2f} {100 * cpu / total:6.1f} {rep:8.2f} "
              f"{outer:8.2f} {counts.empty[n]:9d}")
    print("the largest outermost repeats: " + ", ".join(
        f"{n} {s[5]:.3f} s" for n, s in sorted(counts.stats.items(), key=lambda kv: -kv[1][5])[:15]))
    rep = counts.outer_repeat
    print(f"repeat CPU, every counted function, outermost repeated calls only: {rep:.2f} s ({100 * rep / total:.1f} %"
          f" of the CPU with the counters; the counters' own cost inside them included)")
    for (n, label), v in sorted(counts.projected.items()):
        print(f"projection {n:32s} {label:16s} distinct over the documents {len(v)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
