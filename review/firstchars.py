"""The characters a regular expression's match can start with, found from the pattern's parse tree.

``first_chars(pattern)`` is a frozenset, or None when it cannot be told (a match can be empty or start with any
character, ``.``, ``\\w``, a negated class, a back-reference, case-insensitive matching). A text that holds none of
the characters cannot contain a match: the rule engine skips a rule for a clause on that, exactly, instead of
searching 89 trigger patterns in each of a long document's 90,000 clauses.
"""

from __future__ import annotations

import functools
import re

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


# ---------------------------------------------------------------- first two characters

MAX_KEYS = 4000                        # more possible starts than this: fall back to the first characters


class _Unknown(Exception):
    """The item can match text that cannot be told from the pattern (``.``, ``\\w``, a negated class …)."""


@functools.lru_cache(maxsize=4096)
def first_keys(pattern) -> frozenset[str] | None:
    """The ways a match of ``pattern`` can start: each key is its first two characters, or one character where the
    match may be that long or what follows the first cannot be told. A text none of whose characters and adjacent
    pairs (``text_keys``) is a key cannot contain a match — a sharper exact test than ``first_chars`` (Chinese
    words share first characters: 不得, 不予, 不准). None when it cannot be told."""
    source, flags = _source(pattern)
    if source is None:
        return None
    try:
        tree = _parser.parse(source, flags)
    except Exception:  # noqa: BLE001 - anything the parser dislikes: no shortcut
        return None
    if tree.state.flags & re.IGNORECASE:
        return None
    try:
        keys = _starts(list(tree))
    except _Unknown:
        keys = None
    if keys is None or "" in keys or len(keys) > MAX_KEYS:
        first = first_chars(pattern)
        return first
    return frozenset(keys)


def text_keys(text: str) -> set[str]:
    """The characters of ``text`` and its adjacent pairs: what ``first_keys`` are looked up in."""
    keys = set(text)
    keys.update(map(str.__add__, text, text[1:]))
    return keys


def _source(pattern):
    if isinstance(pattern, str):
        return pattern, 0
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None, 0
    return pattern.pattern, pattern.flags


def _starts(items) -> set[str] | None:
    """The first (at most) two characters of every string the sequence can match; strings of one character are
    ends (a match of that length, or an unknown continuation); None when an unknown item can come first."""
    out = {""}
    for op, av in items:
        if all(len(s) == 2 for s in out):
            return out
        try:
            item = _item_starts(op, av)
        except _Unknown:
            if "" in out:
                raise
            return out                      # what follows the first character cannot be told: it is the key
        out = {(a + b)[:2] if len(a) < 2 else a for a in out for b in item}
        if len(out) > MAX_KEYS:
            raise _Unknown
    return out


def _item_starts(op, av) -> set[str]:
    if op is _C.LITERAL:
        return {chr(av)}
    if op is _C.IN:
        chars, _ = _item(op, av)
        if chars is None:
            raise _Unknown
        return chars
    if op is _C.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            out |= _starts(list(alternative))
        return out
    if op is _C.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & re.IGNORECASE:
            raise _Unknown
        return _starts(list(sub))
    if op is getattr(_C, "ATOMIC_GROUP", None):
        return _starts(list(av))
    if op in _REPEATS:
        low, high, sub = av
        one = _starts(list(sub))
        two = {(a + b)[:2] if len(a) < 2 else a for a in one for b in one}
        out = set()
        if low == 0:
            out.add("")
        if low <= 1 <= high:
            out |= one
        if high >= 2:
            out |= two
        return out
    if op in _ZERO_WIDTH:
        return {""}
    raise _Unknown
