"""The regexes fashen's modules compile when they are imported, built from stored programs instead of compiled again
in every process.

About 4,000 patterns are compiled at import (the readings of review/norms, the comparison's vocabulary, the
citations' grammar); parsing and compiling them was about half of importing ``review.engine`` and a quarter of a
50-clause ``fashen review`` (bench/README.md, round 28). ``install`` (called by ``review/__init__.py``) makes
``re.compile`` look a pattern up in a store of programs — what ``re.compile`` makes of a source, as data
(``review.lazyre.program``) — and build it from there (microseconds); a pattern compiled while a module is being
imported and not yet stored is compiled through its program (the same work as ``re.compile``) and stored when the
process ends. Exact: a program is exactly the code ``re.compile`` builds (``Pattern.__eq__`` compares it;
tests/test_speed28.py), the store's name holds the Python version and regex engine, whose code it is, and any
failure falls back to ``re.compile``. Patterns compiled outside an import (built from a document's text) are left
to ``re.compile`` and its own cache, so the store holds only the modules' patterns.

Where: beside the rule-pack cache (review/pack_cache.py: ``$FASHEN_CACHE_DIR``, set it empty to turn both off).
"""

from __future__ import annotations

import atexit
import os
import re
import sys

from . import lazyre

_ORIGINAL = re.compile
_STORED: dict[tuple[str, int], tuple] = {}      # (source, flags) -> program, as read from the store
_NEW: dict[tuple[str, int], tuple] = {}         # programs made in this process, to store at exit
_USED: set[tuple[str, int]] = set()
_BUILT: dict[tuple[str, int], re.Pattern] = {}  # what this process built from a program (re.compile's cache does so)
_NOT_STORED = 1 | 128                            # re's TEMPLATE (deprecated, warns) and DEBUG (prints): re.compile's own
MAX = 20_000                                    # entries kept: beyond, only what this process used
_state = {"installed": False, "file": None}


def _file():
    from .pack_cache import cache_dir

    where = cache_dir()
    if where is None or lazyre._sre is None:
        return None
    tag = f"{sys.implementation.cache_tag}-{lazyre._sre.MAGIC}-{lazyre._sre.CODESIZE}"
    return where / f"modre-{tag}.pickle"


def _importing() -> bool:
    """Whether a module is being imported (its top-level code, or a function it calls, compiles the pattern)."""
    f = sys._getframe(3)      # past _compile and compile: the caller of re.compile
    for _ in range(12):
        if f is None:
            return False
        if f.f_code.co_filename.startswith("<frozen importlib"):
            return True
        f = f.f_back
    return False


def _build(key, prog) -> re.Pattern | None:
    try:
        pflags, code, groups, groupindex, indexgroup = prog
        return lazyre._sre.compile(key[0], pflags, lazyre.array.array(lazyre._CODE, code).tolist(), groups,
                                   groupindex, indexgroup)
    except Exception:  # noqa: BLE001 - a program this engine refuses: compile as usual
        return None


def compile(pattern, flags=0):  # noqa: A001 - re.compile's name, on purpose
    """``re.compile(pattern, flags)``: from a stored program when there is one (see the module's docstring)."""
    return _compile(pattern, flags, False)


def compile_kept(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)`` of a pattern a module makes from its own data when first used, not at import
    (``firstchars.key_scan``'s scan for the keys of a ``Keyed`` search): stored as an import's are (round 29), so
    that a short review does not compile them again. Only where ``install`` routed ``re.compile`` here."""
    if not _state["installed"]:
        return _ORIGINAL(pattern, flags)
    return _compile(pattern, flags, True)


def _compile(pattern, flags, keep: bool):
    if type(pattern) is not str or not isinstance(flags, int) or flags & _NOT_STORED:
        return _ORIGINAL(pattern, flags)
    key = (pattern, int(flags))
    rx = _BUILT.get(key)
    if rx is not None:
        return rx
    prog = _STORED.get(key) or _NEW.get(key)
    if prog is None:
        if not keep and not _importing():
            return _ORIGINAL(pattern, flags)
        try:
            prog = lazyre.program(pattern, int(flags))
        except Exception:  # noqa: BLE001 - an invalid pattern: let re.compile raise its own error
            return _ORIGINAL(pattern, flags)
        if prog is None:
            return _ORIGINAL(pattern, flags)
        _NEW[key] = prog
    rx = _build(key, prog)
    if rx is None:
        return _ORIGINAL(pattern, flags)
    _USED.add(key)
    _BUILT[key] = rx
    return rx


def install() -> None:
    """Read the store and route ``re.compile`` through ``compile`` (once a process; no store, no cache dir: the
    patterns are still built through their programs at import, and stored nowhere)."""
    if _state["installed"] or os.environ.get("FASHEN_MODRE") == "0":
        return
    _state["installed"] = True
    path = _file()
    _state["file"] = path
    if path is not None:
        try:
            from .pack_cache import load_pickle

            tag, stored = load_pickle(path)
            if tag == path.name and isinstance(stored, dict):
                _STORED.update(stored)
        except Exception:  # noqa: BLE001 - none yet, damaged or foreign: start again
            pass
        atexit.register(_save)
    re.compile = compile


def _save() -> None:
    """Store this process's new programs with the stored ones (atomically; any failure ignored)."""
    path = _state["file"]
    if path is None or not _NEW or os.getpid() != _PID:
        return
    merged = {**_STORED, **_NEW}
    if len(merged) > MAX:
        merged = {k: merged[k] for k in _USED if k in merged}
    try:
        from .pack_cache import write_pickle

        write_pickle(path, (path.name, merged))
    except Exception:  # noqa: BLE001 - a read-only home, a full disk: no store
        return


_PID = os.getpid()          # a forked child (a sweep's worker, fork_map) does not write the store at its exit
