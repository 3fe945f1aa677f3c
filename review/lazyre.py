"""A regular expression compiled on first use.

The packs and lexicons hold about 1,600 regexes; compiling them all took most of a 50-clause review's start-up,
while a document reaches a fraction of them (review/rule_index.py skips the rest). A ``LazyPattern`` behaves as the
compiled pattern for what the engine asks of it (search, finditer, match, fullmatch, findall, sub, pattern, flags)
and pickles as its source, so the rule-pack cache (review/pack_cache.py) and a sweep's worker processes carry no
compiled code. The loader compiles every pattern once when it validates a pack (a pattern that does not compile is
refused there, with the file and rule), and hands that compiled pattern on.
"""

from __future__ import annotations

import re
import sys


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
            rx = self._rx = re.compile(self.pattern, self.flags)
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
