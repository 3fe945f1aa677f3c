"""What a regular expression's match must contain, found from the pattern's parse tree, so that the rule engine
can tell from one pass over a text which of many patterns cannot match there (exactly) instead of searching each.

``first_chars(pattern)``: the characters a match can start with, or None when it cannot be told (a match can be
empty or start with any character, ``.``, ``\\w``, a negated class, a back-reference, case-insensitive matching).

``required_keys(pattern)``: sharper — the characters and adjacent pairs a match must contain wherever they stand
(``text_keys`` of a text are looked up in them); ``KeyIndex`` files many patterns' conditions under their keys, so
that a text's candidates come from the keys it holds (review/rule_index.py for rules, ``Lexicon.possible`` for
concepts).
"""

from __future__ import annotations

import atexit
import functools
import hashlib
import operator
import os
import re
import sys
from pathlib import Path

try:                                   # Python 3.11+: the parser's own names
    import re._constants as _C
    import re._parser as _parser
except ImportError:                    # pragma: no cover - older Pythons
    import sre_constants as _C         # type: ignore[no-redef]
    import sre_parse as _parser        # type: ignore[no-redef]

MAX_RANGE = 4000                       # a wider class (a CJK block) is taken as "any character"
_REPEATS = tuple(op for op in (getattr(_C, "MAX_REPEAT", None), getattr(_C, "MIN_REPEAT", None),
                               getattr(_C, "POSSESSIVE_REPEAT", None)) if op is not None)
_ZERO_WIDTH = tuple(op for op in (_C.ASSERT, _C.ASSERT_NOT, _C.AT))


@functools.lru_cache(maxsize=4096)     # asked for every rule of every document: parse each pattern once
def first_chars(pattern: re.Pattern | str) -> frozenset[str] | None:
    source, flags = _source(pattern)      # a str, a compiled pattern or a review.lazyre.LazyPattern
    if source is None:
        return None
    try:
        tree = _parser.parse(source, flags)
    except Exception:  # noqa: BLE001 - anything the parser dislikes: no shortcut
        return None
    if tree.state.flags & re.IGNORECASE:
        return None
    chars, nullable = _sequence(list(tree))
    return None if chars is None or nullable else frozenset(chars)


def _sequence(items) -> tuple[set[str] | None, bool]:
    """(first characters, whether the sequence can match the empty string)."""
    out: set[str] = set()
    for op, av in items:
        chars, nullable = _item(op, av)
        if chars is None:
            return None, False
        out |= chars
        if not nullable:
            return out, False
    return out, True


def _item(op, av) -> tuple[set[str] | None, bool]:
    if op is _C.LITERAL:
        return {chr(av)}, False
    if op is _C.IN:
        chars: set[str] = set()
        for o, a in av:
            if o is _C.LITERAL:
                chars.add(chr(a))
            elif o is _C.RANGE and a[1] - a[0] <= MAX_RANGE:
                chars.update(chr(c) for c in range(a[0], a[1] + 1))
            else:
                return None, False                  # a negated class, \w, a wide range
        return chars, False
    if op is _C.BRANCH:
        out: set[str] = set()
        nullable = False
        for alternative in av[1]:
            chars, n = _sequence(list(alternative))
            if chars is None:
                return None, False
            out |= chars
            nullable = nullable or n
        return out, nullable
    if op is _C.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE:
            return None, False
        return _sequence(list(sub))
    if op in _REPEATS:
        low, _high, sub = av
        chars, n = _sequence(list(sub))
        if chars is None:
            return None, False
        return chars, n or low == 0
    if op in _ZERO_WIDTH:
        return set(), True                          # lookarounds and anchors: the next item starts the match
    return None, False                              # ., NOT_LITERAL, CATEGORY, GROUPREF, ...


# ---------------------------------------------------------------- keys a match must contain

@functools.lru_cache(maxsize=1024)      # a clause is looked up by two rule passes, a one-sentence clause again
def text_keys(text: str) -> frozenset[str]:
    """The characters of ``text`` and its adjacent pairs: what ``required_keys`` are looked up in. (round 42: the pairs
    added to the characters' set, not both chained into one: the same set, a sixth faster.)"""
    return frozenset(text).union(map(operator.add, text, text[1:]))


def joined_keys(text: str, sep: str, other: str, keys: frozenset[str] | None = None) -> frozenset[str]:
    """``text_keys(text + sep + other)`` (``sep`` one character), from the keys of the parts (a clause's, already
    looked up, and its list header's, shared by the items): the pairs where they meet are the only new ones.
    ``keys``: ``text_keys(text)``, when the caller has them already."""
    if not text:
        return text_keys(sep + other)
    if keys is None:
        keys = text_keys(text)
    if not other:
        return keys.union((sep, text[-1] + sep))
    return keys.union(text_keys(other), (sep, text[-1] + sep, sep + other[0]))


def _source(pattern):
    if isinstance(pattern, str):
        return pattern, 0
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None, 0
    return pattern.pattern, pattern.flags


MAX_SET = 400                          # most keys in one set of a condition
MAX_ALTERNATIVES = 256                 # most alternatives kept apart (more: merged into one set)
KEPT = 6                               # sets kept per alternative (the most selective)

Alternative = tuple[frozenset[str], ...]   # every set must meet the text's keys


class _Info:
    __slots__ = ("nullable", "first", "last", "dnf", "zero")

    def __init__(self, nullable, first, last, dnf, zero=False):
        self.nullable, self.first, self.last, self.dnf, self.zero = nullable, first, last, dnf, zero


_UNKNOWN_ONE = _Info(False, None, None, None)       # one character that cannot be told (., \w, [^a])
_UNKNOWN = _Info(True, None, None, None)            # anything, even nothing (a back-reference …)


@functools.lru_cache(maxsize=4096)
def required_keys(pattern) -> tuple[Alternative, ...] | None:
    """A condition every match of ``pattern`` meets, over ``text_keys``: a match exists only if, for one of the
    alternatives, each of its sets holds a key (a character or a pair of adjacent characters) of the text. The
    sets come from what a match must contain wherever it stands (literal words, classes, the pairs where two
    required parts meet: ``[一-龥]{2,16}(有限公司|集团)`` needs 有限 or 集团), not only from how it starts. None
    when nothing can be told. Exact as a filter: a text that meets no alternative has no match
    (tests/test_lexicon_scan.py)."""
    source, flags = _source(pattern)
    if source is None:
        return None
    try:
        tree = _parser.parse(source, flags)
    except Exception:  # noqa: BLE001
        return None
    if tree.state.flags & re.IGNORECASE:
        return None
    info = _seq_info(list(tree))
    if info.nullable or not info.dnf:
        return None
    return tuple(info.dnf)


def prepared(required: tuple[Alternative, ...] | None) -> tuple | None:
    """``required_keys`` made ready for a ``KeyIndex`` (computed once, by the loader): per alternative, the
    one-key sets as one set to test as a subset (a word's pairs), the other sets, and its most selective set
    (``best_set``: one of its keys is in any text it holds in)."""
    if required is None:
        return None
    return tuple((frozenset(k for s in alt if len(s) == 1 for k in s), tuple(s for s in alt if len(s) > 1),
                  best_set(alt)) for alt in required)


def prepared_trigger(required: tuple[Alternative, ...] | None) -> tuple | None:
    """``prepared``, with the keys one of which a text must hold for any alternative to hold (every alternative's
    filing keys together): (those keys, the prepared condition), for ``trigger_holds``."""
    ready = prepared(required)
    return None if ready is None else (frozenset().union(*(k for _, _, k in ready)), ready)


def trigger_holds(trigger, keys) -> bool:
    """``holds`` of a ``prepared_trigger``: most texts hold none of its filing keys and are ruled out by one test
    (exact: an alternative whose filing set the text misses does not hold)."""
    if trigger is None:
        return True
    firsts, ready = trigger
    return not firsts.isdisjoint(keys) and holds(ready, keys)


def holds(ready, keys) -> bool:
    """Whether a text with these ``text_keys`` meets a ``prepared`` condition (None: nothing can be told, it may)."""
    if ready is None:
        return True
    for must, some, _ in ready:
        if must <= keys:
            for s in some:              # a loop, not all(genexpr): asked for every candidate rule's triggers
                if s.isdisjoint(keys):
                    break
            else:
                return True
    return False


class KeyIndex:
    """Which of many items (concepts, rules) may match a text, from the text's keys: each alternative of an item's
    ``required_keys`` (``prepared``) is filed under the keys of one of its sets (the one the index's other
    alternatives least need), and checked whole only when one of them is in the text. Items whose condition cannot
    be told are always candidates."""

    __slots__ = ("by_key", "always", "_memo")
    MEMO = 2048                     # texts remembered: a clause is looked up again by a second rule pass, its sentence

    def __init__(self, items: dict):
        self._memo: dict[frozenset, frozenset] = {}
        self.always = frozenset(item for item, ready in items.items() if ready is None)
        # how many alternatives need each key: a key many need (人民, 管理) is common in text too, so an alternative
        # is filed under the set of its keys that fewest others need (exact under any of its sets; faster so)
        need: dict[str, int] = {}
        for ready in items.values():
            for must, some, _ in ready or ():
                for k in must.union(*some):
                    need[k] = need.get(k, 0) + 1
        by_key: dict[str, tuple[set, list[tuple]]] = {}
        for item, ready in items.items():
            for must, some, _ in ready or ():
                sets = [frozenset((k,)) for k in sorted(must)] + list(some)
                keys = min(sets, key=lambda s: (any(len(k) < 2 for k in s), sum(need[k] for k in s), sorted(s)))
                for k in keys:
                    sure, entries = by_key.setdefault(k, (set(), []))
                    if not some and must <= {k, *k}:     # the key alone meets it (a pair holds its characters)
                        sure.add(item)
                    else:
                        entries.append((item, must, some))
        # key -> (the items its presence alone admits, the (item, must, some) entries still to check)
        self.by_key = {k: (frozenset(sure), tuple(e for e in entries if e[0] not in sure))
                       for k, (sure, entries) in by_key.items()}

    def restricted(self, items) -> KeyIndex:
        """The index of only ``items`` (of this one's), filed under the same keys: what ``KeyIndex`` of their
        conditions answers (exact under any filing), without choosing the keys again. ``items`` a dict: each item
        renamed to its value (a rule's position among all the rules, to its position in a rule set)."""
        rename = items if isinstance(items, dict) else None
        items = frozenset(items)
        out = KeyIndex({})
        by_key = {}
        if rename is None:
            out.always = self.always & items
            for k, (sure, entries) in self.by_key.items():
                mine = (sure & items, tuple(e for e in entries if e[0] in items))
                if mine[0] or mine[1]:
                    by_key[k] = mine
        else:
            out.always = frozenset(rename[i] for i in self.always if i in rename)
            for k, (sure, entries) in self.by_key.items():
                mine = (frozenset(rename[i] for i in sure if i in rename),
                        tuple((rename[e[0]], *e[1:]) for e in entries if e[0] in rename))
                if mine[0] or mine[1]:
                    by_key[k] = mine
        out.by_key = by_key
        return out

    def __getstate__(self):
        return self.by_key, self.always

    def __setstate__(self, state):
        self.by_key, self.always = state
        self._memo = {}

    def candidates(self, keys) -> set:
        """The items whose condition holds in a text with these ``text_keys`` (a new set, the caller's to change)."""
        if not isinstance(keys, frozenset):
            return self._candidates(keys)
        found = self._memo.get(keys)
        if found is None:
            if len(self._memo) >= self.MEMO:
                self._memo.clear()
            found = self._memo[keys] = frozenset(self._candidates(keys))
        return set(found)

    def _candidates(self, keys) -> set:
        """The items whose condition holds in a text with these ``text_keys``: each entry of a key the text holds is
        checked. (round 40, speed40: no second filing of a common key's entries any more — ``_second_keys``, filed
        after 1,500 lookups, made the lexicon index's lookups slower, not faster: 130 µs against 75 µs a lookup over
        3,388 real ones, the same candidates.)"""
        by_key = self.by_key
        out = set(self.always)
        for k in by_key.keys() & keys:
            sure, entries = by_key[k]
            out |= sure
            _add_met(out, entries, keys)
        return out

    def any_holds(self, keys) -> bool:
        """Whether the condition of one of the items holds in a text with these ``text_keys``: ``bool(candidates(
        keys))``, told at the first item found (a ``Gate``'s patterns)."""
        if self.always:
            return True
        by_key = self.by_key
        for k in by_key.keys() & keys:
            sure, entries = by_key[k]
            if sure:
                return True
            for _, must, some in entries:
                if must <= keys:
                    for s in some:
                        if s.isdisjoint(keys):
                            break
                    else:
                        return True
        return False


def _add_met(out: set, entries, keys) -> None:
    """Add to ``out`` the item of each entry (item, keys it must hold, sets of which it must hold one key each)
    whose condition ``keys`` meet."""
    for item, must, some in entries:
        if item not in out and must <= keys:
            for s in some:              # a loop, not all(genexpr): this is the sweep's hottest line
                if s.isdisjoint(keys):
                    break
            else:
                out.add(item)


def selectivity(keys: frozenset[str]) -> tuple[bool, int]:
    """How selective a set of keys is, the lower the more: pairs before single characters, then the fewest keys."""
    return any(len(k) < 2 for k in keys), len(keys)


def best_set(alt: Alternative) -> frozenset[str]:
    """The most selective set of an alternative (``selectivity``): its first, as every alternative ``required_keys``
    builds is ordered so (``_keep``; an alternative of one set has only it). (round 33, speed33: was the ``min`` over
    the alternative, asked on first use of every ``Keyed`` search — its sets of pairs walked key by key, a fiftieth of
    a second of each short review; the same set, as ``min`` returns the first of the least.)"""
    return alt[0]


def _keep(sets: list[frozenset[str]]) -> Alternative:
    """The distinct non-empty sets, the ``KEPT`` most selective, most selective first (``best_set`` is the first)."""
    unique = list(dict.fromkeys(s for s in sets if s))
    unique.sort(key=selectivity)
    return tuple(unique[:KEPT])


def _merge(dnf: list[Alternative]) -> Alternative:
    """Alternatives merged into one set: each contributes its most selective set."""
    out: set[str] = set()
    for alt in dnf:
        out |= best_set(alt)
    return (frozenset(out),)


def _edge_chars(infos, side: str) -> set[str] | None:
    """The characters a sequence can start (side "first", infos in order) or end with (side "last", infos
    reversed): the union over its leading parts up to the first that cannot be empty; None when unknown."""
    out: set[str] = set()
    for i in infos:
        chars = getattr(i, side)
        if chars is None:
            if not i.zero:
                return None
            continue
        out |= chars
        if not i.nullable:
            break
    return out


def _seq_info(items) -> _Info:
    infos = [_node_info(op, av) for op, av in items]
    nullable = all(i.nullable for i in infos)
    first = _edge_chars(infos, "first")
    last = _edge_chars(reversed(infos), "last")
    sets: list[frozenset[str]] = []
    required = [i for i in infos if not i.nullable and i.dnf]
    # the part with the most ways to match keeps them apart (a trigger union: each trigger its own condition)
    spread = max((i for i in required if len(i.dnf) > 1), key=lambda i: len(i.dnf), default=None)
    for i in required:
        if i is not spread:
            sets += list(i.dnf[0] if len(i.dnf) == 1 else _merge(i.dnf))
    consuming = [i for i in infos if not i.zero]        # a lookaround between two parts keeps them adjacent
    for a, b in zip(consuming, consuming[1:]):
        if a.nullable or b.nullable or not a.last or not b.first or len(a.last) * len(b.first) > MAX_SET:
            continue
        sets.append(frozenset(x + y for x in a.last for y in b.first))
    if spread is not None:
        dnf = [_keep(list(alt) + sets) for alt in spread.dnf]
    else:
        dnf = [_keep(sets)] if sets else None
    return _Info(nullable, None if first is None else frozenset(first), None if last is None else frozenset(last),
                 dnf)


def _node_info(op, av) -> _Info:
    if op is _C.LITERAL:
        c = frozenset(chr(av))
        return _Info(False, c, c, [(c,)])
    if op is _C.IN:
        chars, _ = _item(op, av)
        if chars is None:
            return _UNKNOWN_ONE
        chars = frozenset(chars)
        return _Info(False, chars, chars, [(chars,)] if len(chars) <= MAX_SET else None)
    if op is _C.BRANCH:
        infos = [_seq_info(list(alternative)) for alternative in av[1]]
        nullable = any(i.nullable for i in infos)
        first = None if any(i.first is None for i in infos) else frozenset().union(*(i.first for i in infos))
        last = None if any(i.last is None for i in infos) else frozenset().union(*(i.last for i in infos))
        dnf = None
        if not nullable and all(i.dnf for i in infos):
            dnf = [alt for i in infos for alt in i.dnf]
            if len(dnf) > MAX_ALTERNATIVES:
                dnf = [_merge(dnf)]
        return _Info(nullable, first, last, dnf)
    if op is _C.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        info = _seq_info(list(sub))
        if add_flags & re.IGNORECASE:
            return _Info(info.nullable, None, None, None, info.zero)
        return info
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _seq_info(list(av))
    if op in _REPEATS:
        low, _high, sub = av
        info = _seq_info(list(sub))
        if low == 0:
            return _Info(True, info.first, info.last, None, info.zero)
        return info
    if op in _ZERO_WIDTH:
        return _Info(True, None, None, None, zero=True)
    if op in (_C.ANY, _C.NOT_LITERAL, _C.CATEGORY):
        return _UNKNOWN_ONE
    return _UNKNOWN


# ---------------------------------------------------------------- a regex searched only where it may match

@functools.lru_cache(maxsize=1024)
def key_scan(pattern) -> re.Pattern | None:
    """A regex that finds one of the keys (``required_keys``: characters, adjacent pairs) some alternative's most
    selective set holds — one of which every text that ``pattern`` matches in contains as a substring — by one scan
    that the regex engine makes fast (an alternation of literal words); None when nothing can be told."""
    required = kept_keys(pattern)
    if required is None:
        return None
    keys = frozenset().union(*(best_set(alt) for alt in required))
    if not keys or not all(keys):
        return None
    from .modre import compile_kept

    return compile_kept("|".join(re.escape(k) for k in sorted(keys, key=lambda k: (-len(k), k))))


# ---------------------------------------------------------------- the Keyed searches' conditions, kept across processes
# round 29 (speed29): a 50-clause review asked ``required_keys`` of ~80 ``Keyed``/``Held`` searches of the readings on
# first use, parsing each pattern again in every process (0.11 s CPU of its ~0.7 s engine). Their conditions are kept
# beside the rule-pack cache, under the digest of this module and the Python version (what they are made by), as
# modre keeps the modules' compiled programs; a forked child does not write the store, and any failure of the store
# leaves ``required_keys`` to compute them. Exact: the stored value is ``required_keys``'s own, pickled.

_KEPT: dict[tuple[str, int], tuple | None] = {}     # (source, flags) -> required_keys, as read from the store
_MADE: dict[tuple[str, int], tuple | None] = {}     # computed in this process, to store at its exit
_KEEP_STATE = {"read": False, "file": None}
MAX_KEPT = 4000                                    # entries kept (the readings' searches: a few hundred)
_PID = os.getpid()


def _kept_file() -> Path | None:
    from .pack_cache import cache_dir

    where = cache_dir()
    if where is None:
        return None
    digest = hashlib.sha256(sys.version.encode() + b"\0" + Path(__file__).read_bytes()).hexdigest()[:16]
    return where / f"keys-{digest}.pickle"


def _read_kept() -> None:
    _KEEP_STATE["read"] = True
    try:
        path = _KEEP_STATE["file"] = _kept_file()
        if path is None:
            return
        atexit.register(_save_kept)
        from .pack_cache import load_pickle

        name, kept = load_pickle(path)
        if name == path.name and isinstance(kept, dict):
            _KEPT.update(kept)
    except Exception:  # noqa: BLE001 - none yet, damaged or foreign: compute them again
        pass


def _save_kept() -> None:
    path = _KEEP_STATE["file"]
    if path is None or not _MADE or os.getpid() != _PID:
        return
    merged = {**_KEPT, **_MADE}
    if len(merged) > MAX_KEPT:
        merged = dict(_MADE)
    try:
        from .pack_cache import write_pickle

        write_pickle(path, (path.name, merged))
    except Exception:  # noqa: BLE001 - a read-only home, a full disk: not kept
        return


def kept_keys(pattern) -> tuple[Alternative, ...] | None:
    """``required_keys(pattern)``, from the store kept across processes when it holds the pattern (see above)."""
    source, flags = _source(pattern)
    if source is None:
        return None
    key = (source, flags)
    if not _KEEP_STATE["read"]:
        _read_kept()
    if key in _KEPT:
        return _KEPT[key]
    if key not in _MADE:
        _MADE[key] = required_keys(pattern)
    return _MADE[key]


class Keyed:
    """A compiled regex searched only in a text that holds one of the keys every match must contain (``key_scan``):
    the same matches, without trying at every character a pattern that starts with no literal the regex engine can
    scan for (an optional word, a lookbehind, a class) in a text where it cannot match. Exact: a text without those
    keys has no match, at any position or window (tests/test_speed18.py compares each use with the bare regex)."""

    __slots__ = ("rx", "pattern", "_keys")

    def __init__(self, rx: re.Pattern):
        self.rx, self.pattern, self._keys = rx, rx.pattern, False

    def _may(self, text: str) -> bool:
        keys = self._keys
        if keys is False:
            keys = self._keys = key_scan(self.rx)
        return keys is None or keys.search(text) is not None

    def search(self, text: str, *args):
        return self.rx.search(text, *args) if self._may(text) else None

    def match(self, text: str, *args):
        return self.rx.match(text, *args) if self._may(text) else None

    def finditer(self, text: str, *args):
        return self.rx.finditer(text, *args) if self._may(text) else iter(())

    def __getattr__(self, name: str):
        """The rest of the Pattern's interface (``fullmatch``, ``sub``, ``findall``, ``flags``, ``groupindex`` …) from
        the compiled regex itself, unfiltered: a name made ``Keyed`` stays usable as the regex it was."""
        if name in Keyed.__slots__:      # an unset slot (a copy being built): no regex to ask yet
            raise AttributeError(name)
        return getattr(self.rx, name)


class Held(Keyed):
    """``Keyed``, told from the text's ``text_keys`` (remembered for the sentences the readings share) against every
    set of the pattern's ``required_keys``, not from a scan for one set's keys: sharper for a pattern that starts
    with an open name slot (``[一-龥]{0,16}?`` before a body's ending, 出具的 and a paper after it), where each set
    alone is common but all of them together are rare. Exact, as ``Keyed`` (``holds`` is a filter: a text that meets
    no alternative has no match, at any position or window)."""

    __slots__ = ()

    def _may(self, text: str) -> bool:
        trigger = self._keys
        if trigger is False:
            trigger = self._keys = prepared_trigger(kept_keys(self.rx))
        return trigger is None or trigger_holds(trigger, text_keys(text))


# ---------------------------------------------------------------- a reading asked only where it can read something
# round 32 (speeds): a sweep asks every reading of ``norms.effect.effects`` about every distinct sentence a rule may
# read (~11,000 over a third of the real documents), and each reading searches it with its own patterns before it
# finds nothing (price_floors answered 1 sentence in 7,376, closed_sets, favours, takeovers none). A reading whose every
# non-empty answer passes through a match of one of a few patterns (``Gate``: each read from the reading's code, named
# where the reading is dispatched) is skipped where none of them can match, told by one scan of the text for the keys
# their matches need (``Gate``).

class Gate:
    """Whether one of ``patterns`` may match in a text, from one scan of it for the keys (characters, adjacent pairs)
    one of which every match of one of them contains (each alternative's most selective set of ``required_keys``, as
    ``key_scan`` finds them for one pattern): one regex scan a reading, the regex engine's own, instead of one a
    pattern. Exact as a filter, as ``Keyed``: a text where it answers False holds no match of any of them, at any
    position or window. (Measured first with the text's ``text_keys`` against every set, as ``Held``: building the
    keys of each sentence in Python cost as much as the readings' own scans it saved.)

    Round 35 (speed35): where the scan passes (about half the sentences a sweep asks about: one key of one set is
    common), the text's ``text_keys`` are checked against every set of each pattern (``Held``'s test, after the scan
    instead of in its place; through a ``KeyIndex`` of the patterns, ``any_holds``): over every fourth real document it passes 0.1–2 % of the sentences for price_floors,
    closed_sets, takings, _seizures, 10–60 % for the others, against 11–77 % for the scan. Exact as both tests are."""

    __slots__ = ("patterns", "_scan", "_ready")

    def __init__(self, *patterns):
        self.patterns, self._scan, self._ready = patterns, False, None

    def may(self, text: str) -> bool:
        scan = self._scan
        if scan is False:
            scan = self._scan = _joint_scan(self.patterns)
            if scan is not None:         # (None: nothing can be told of one pattern, and so of the gate)
                self._ready = KeyIndex({i: prepared(kept_keys(getattr(p, "rx", p)))
                                        for i, p in enumerate(self.patterns)})
        if scan is None:
            return True
        if scan.search(text) is None:
            return False
        # (a ``KeyIndex`` of the patterns: each alternative checked only where its filing key is in the text)
        return self._ready.any_holds(_gated_keys(text))


# the keys of the texts the gates ask about (a sentence, with its header or the half before it), remembered apart
# from ``text_keys``'s (the clauses' keys, which the rule passes look up again)
_gated_keys = functools.lru_cache(maxsize=512)(text_keys.__wrapped__)


def _joint_scan(patterns) -> re.Pattern | None:
    """``key_scan`` of several patterns together: a regex finding a key of one alternative of one of them; None when
    nothing can be told of one of them."""
    keys: set[str] = set()
    for p in patterns:
        required = kept_keys(getattr(p, "rx", p))
        if required is None:
            return None
        keys.update(*(best_set(alt) for alt in required))
    if not keys or not all(keys):
        return None
    from .modre import compile_kept

    return compile_kept("|".join(re.escape(k) for k in sorted(keys, key=lambda k: (-len(k), k))))


def gated(reading, gate: Gate, text_of=None):
    """``reading`` (a function of a sentence, then optional context), answering ``[]`` without being called where
    ``gate`` says none of its patterns can match in ``text_of(*args)`` (default: the sentence, the first argument) —
    the same answers wherever every non-empty answer of the reading passes through a match of one of the gate's
    patterns in that text (or in a part of it). ``text_of`` names a text holding every text those patterns are
    searched in (``header + sentence`` for a pattern searched in both)."""
    if text_of is None:
        def read(sentence, *args):
            return reading(sentence, *args) if gate.may(sentence) else []
    else:
        def read(*args):
            return reading(*args) if gate.may(text_of(*args)) else []
    read.__wrapped__, read.gate = reading, gate
    read.__name__ = read.__qualname__ = getattr(reading, "__name__", "reading")
    read.__doc__ = reading.__doc__
    return read
