"""A regular expression compiled on first use.

The packs and lexicons hold about 1,600 regexes; compiling them all took most of a 50-clause review's start-up,
while a document reaches a fraction of them (review/rule_index.py skips the rest). A ``LazyPattern`` behaves as the
compiled pattern for what the engine asks of it (search, finditer, match, fullmatch, findall, sub, pattern, flags)
and pickles as its source, so the rule-pack cache (review/pack_cache.py) and a sweep's worker processes carry no
compiled code. The loader compiles every pattern once when it validates a pack (a pattern that does not compile is
refused there, with the file and rule), and hands that compiled pattern on.

First use need not mean compiling either: ``programs`` turns patterns into what ``re.compile`` makes of them — the
matching engine's code, flags and group names, as plain data — that the rule-pack cache stores beside the packs;
``adopt`` makes them this process's, and ``compile`` then builds a pattern from its program (microseconds) instead of
parsing and compiling it again (about half a millisecond each, 1,170 patterns in a sweep's worker). A program is
exactly what ``re.compile`` produces (the same code: ``Pattern.__eq__`` compares it; tests/test_pack_cache.py); the
cache key holds the Python version, whose engine the code is for, and any failure falls back to ``re.compile``.
"""

from __future__ import annotations

import array
import re
import sys

try:                                    # CPython's regex engine and compiler (3.11+ names)
    import _sre
    from re import _compiler, _parser
    _CODE = next(t for t in "IL" if array.array(t).itemsize == _sre.CODESIZE)
except (ImportError, AttributeError, StopIteration):  # pragma: no cover - another implementation: always compile
    _sre = None

Program = tuple     # (flags, code as bytes, groups - 1, groupindex, indexgroup): the arguments of _sre.compile
_PROGRAMS: dict[tuple[str, int], Program] = {}


def program(source: str, flags: int = 0) -> Program | None:
    """What ``re.compile(source, flags)`` builds, as data (None where it cannot be told)."""
    if _sre is None:
        return None
    tree = _parser.parse(source, flags)
    code = _compiler._code(tree, flags)
    state = tree.state
    indexgroup = [None] * state.groups
    for name, i in state.groupdict.items():
        indexgroup[i] = name
    return (flags | state.flags, array.array(_CODE, code).tobytes(), state.groups - 1, dict(state.groupdict),
            tuple(indexgroup))


def programs(sources) -> dict[tuple[str, int], Program]:
    """The programs of ``(source, flags)`` pairs (those that compile), for ``adopt`` in a later process."""
    out = {}
    for key in dict.fromkeys(sources):
        try:
            prog = program(*key)
        except Exception:  # noqa: BLE001 - a pattern that does not compile is refused by its loader, not here
            continue
        if prog is not None:
            out[key] = prog
    return out


def adopt(progs: dict) -> None:
    """Use these programs (``programs`` of an earlier process with the same Python) in this process."""
    _PROGRAMS.update(progs)


def compile(source: str, flags: int = 0) -> re.Pattern:  # noqa: A001 - re.compile's name, on purpose
    """``re.compile(source, flags)``, from its adopted program when there is one."""
    prog = _PROGRAMS.get((source, flags))
    if prog is not None:
        try:
            pflags, code, groups, groupindex, indexgroup = prog
            return _sre.compile(source, pflags, array.array(_CODE, code).tolist(), groups, groupindex, indexgroup)
        except Exception:  # noqa: BLE001 - a program this engine refuses: compile as usual
            pass
    return re.compile(source, flags)


class LazyPattern:
    __slots__ = ("pattern", "flags", "_rx")

    def __init__(self, pattern: str, flags: int = 0, compiled: re.Pattern | None = None):
        self.pattern = pattern
        self.flags = flags
        self._rx = compiled

    @property
    def compiled(self) -> re.Pattern:
        rx = self._rx
        if rx is None:
            rx = self._rx = compile(self.pattern, self.flags)
        return rx

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return (self._rx or self.compiled).search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return (self._rx or self.compiled).match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return (self._rx or self.compiled).fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return (self._rx or self.compiled).finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return (self._rx or self.compiled).findall(string, pos, endpos)

    def sub(self, repl, string: str, count: int = 0):
        return (self._rx or self.compiled).sub(repl, string, count)

    def __reduce__(self):
        return (LazyPattern, (self.pattern, self.flags))

    def __eq__(self, other):
        if isinstance(other, (LazyPattern, re.Pattern)):
            return self.pattern == other.pattern and self.flags == (other.flags & ~re.UNICODE if
                                                                    isinstance(other, re.Pattern) else other.flags)
        return NotImplemented

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __repr__(self):
        return f"LazyPattern({self.pattern!r})"


def lazy(compiled: re.Pattern) -> LazyPattern:
    """A compiled pattern as a ``LazyPattern`` (already compiled in this process)."""
    return LazyPattern(compiled.pattern, compiled.flags & ~re.UNICODE, compiled)
