"""Read the corpus supplement: single texts taken whole from a public source other than laws.db and LawRefBook
(``statutes/data/supplement/*.md``), each with its provenance.

A file is a header between ``---`` lines (``key: value``, one a line) and the text as the source gives it. The
header says what the text is and where it comes from; nothing in it is guessed by the reader:

* ``title``, ``level`` (one of ``statutes.model.LEVELS``; ``level_note`` says why when the source's own class is
  not one of them), ``issuer``, ``doc_number`` (文号/令号, may be empty), ``publish_date``, ``effective_date``;
* ``status`` and ``status_source`` (the evidence for the status and since when);
* ``source`` (repository), ``source_commit``, ``source_path``, ``source_url`` (the official page the source
  names), ``source_as_of`` (the date the source was synchronised), ``checked`` (the second check of dates,
  number and status, with its address).

Pure reader: files in, ``SupplementEntry`` out (or ``ImportFailure`` with the reason); the snapshot build
turns them into versions (``statutes.snapshot.sources.read_supplement``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path

from ..model import LEVELS, STATUSES, ParsedStatute
from ..parse import parse_statute_text
from . import ImportFailure

REQUIRED = ("title", "level", "issuer", "publish_date", "status", "status_source", "source", "source_commit",
            "source_path", "checked")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True, slots=True)
class SupplementEntry:
    """One supplement file: the parsed text and the header that says where it comes from."""

    path: Path
    parsed: ParsedStatute
    meta: dict[str, str]

    @property
    def source_key(self) -> str:
        return self.meta["source_path"]


def read_header(text: str) -> tuple[dict[str, str], str] | None:
    """The ``key: value`` header between the first two ``---`` lines and the text after it; None without one."""
    lines = text.replace("\r\n", "\n").split("\n")
    if not lines or lines[0].strip() != "---":
        return None
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        return None
    meta = {}
    for line in lines[1:end]:
        if ":" in line:
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip().strip('"')
    return meta, "\n".join(lines[end + 1:])


def parse_supplement_file(path: Path) -> SupplementEntry | ImportFailure:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        return ImportFailure(str(path), f"无法读取：{e}")
    head = read_header(text)
    if head is None:
        return ImportFailure(str(path), "缺少来源说明（文件头 --- … ---）")
    meta, body = head
    missing = [k for k in REQUIRED if not meta.get(k)]
    if missing:
        return ImportFailure(str(path), f"来源说明缺少 {'、'.join(missing)}")
    if meta["level"] not in LEVELS:
        return ImportFailure(str(path), f"效力级别 {meta['level']} 不在 {LEVELS} 中")
    if meta["status"] not in STATUSES:
        return ImportFailure(str(path), f"效力状态 {meta['status']} 不在 {STATUSES} 中")
    for k in ("publish_date", "effective_date"):
        if meta.get(k) and not _DATE.match(meta[k]):
            return ImportFailure(str(path), f"{k} 须为 YYYY-MM-DD：{meta[k]}")
    parsed = parse_statute_text(body, title=meta["title"])
    if not parsed.units:
        return ImportFailure(str(path), "正文中没有读出条文")
    parsed = replace(parsed, title=meta["title"], level=meta["level"], issuer=meta["issuer"],
                     doc_number=meta.get("doc_number") or None, publish_date=meta["publish_date"],
                     effective_date=meta.get("effective_date") or meta["publish_date"], status=meta["status"],
                     region=None)
    return SupplementEntry(path, parsed, meta)


def list_supplement(root: Path) -> list[Path]:
    return sorted(p for p in root.glob("*.md") if p.is_file()) if root.is_dir() else []
