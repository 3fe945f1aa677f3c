"""Import statutes from paths: LawRefBook trees and single files a user downloaded.

Reading a file's bytes into text (docx, html, encodings) is the caller's job: ``read_text`` is injected,
so the statute layer never imports the document readers.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable

from ..errors import FashenError, InputError
from ..keys import region_key
from ..model import LEVELS, STATUSES, ParsedStatute
from ..store import Store
from . import ImportFailure

STATUTE_SUFFIXES = {".md", ".txt", ".docx", ".html", ".htm", ""}


@dataclass
class ImportReport:
    added: int = 0
    new_version: int = 0
    unchanged: int = 0
    failures: list[ImportFailure] = field(default_factory=list)

    def count(self, action: str) -> None:
        setattr(self, action, getattr(self, action) + 1)

    def to_dict(self) -> dict:
        return {"added": self.added, "new_version": self.new_version, "unchanged": self.unchanged,
                "failed": len(self.failures), "failures": [f.to_dict() for f in self.failures]}


@dataclass(frozen=True, slots=True)
class Overrides:
    """Metadata the user gives on the command line, as defaults for the files that do not state it.

    ``level``, ``issuer``, ``date`` fill in where a file's own text says nothing (a 政府令 line makes a file a
    地方政府规章 whatever the default; its history gives its issuer and date); ``region`` and ``status`` apply
    to every file (a text never states them in a form we read); ``title`` only to a single file.
    """

    title: str | None = None
    level: str | None = None
    issuer: str | None = None
    date: str | None = None
    status: str | None = None
    region: str | None = None

    def validate(self) -> None:
        if self.level and self.level not in LEVELS:
            raise InputError(None, f"效力级别“{self.level}”无效，可选：{'、'.join(LEVELS)}")
        if self.status and self.status not in STATUSES:
            raise InputError(None, f"时效性“{self.status}”无效，可选：{'、'.join(STATUSES)}")

    def apply(self, parsed: ParsedStatute) -> ParsedStatute:
        changes: dict = {k: v for k, v in (("title", self.title), ("status", self.status),
                                           ("region", region_key(self.region))) if v}
        if self.issuer and not parsed.issuer:
            changes["issuer"] = self.issuer
        if self.date and not parsed.publish_date:
            changes["publish_date"] = self.date
        parsed = replace(parsed, **changes)
        if not parsed.level:
            parsed = replace(parsed, level=infer_level(parsed, strong_only=bool(self.level)) or self.level)
        return parsed


def is_lawrefbook_tree(path: Path) -> bool:
    return path.is_dir() and (any((path / d).is_dir() for d in ("行政法规", "司法解释", "DLC", "部门规章"))
                              or (path / "db.sqlite3").exists() and (path / "法律法规模版.md").exists())


def plan(paths: list[Path]) -> list[tuple[str, object]]:
    """What to import: ("lawrefbook", entry) and ("file", path) items, in order. Missing paths raise."""
    from .lawrefbook import list_lawrefbook_files

    items: list[tuple[str, object]] = []
    for p in paths:
        if not p.exists():
            raise InputError(p, "文件或目录不存在")
        if is_lawrefbook_tree(p):
            items += [("lawrefbook", e) for e in list_lawrefbook_files(p)]
        elif p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith("."))
            items += [("file", f) for f in files]
        else:
            items.append(("file", p))
    return items


def infer_level(parsed: ParsedStatute, *, strong_only: bool = False) -> str | None:
    """A best guess at 效力级别 from history, issuer and title (the user gives a default with --level).

    Strong signals are what the text states about its making: 法释, a 人民代表大会 adoption note, 国务院令,
    政府令, 部令. ``strong_only`` leaves out the guesses from issuer and title alone (a county government's
    办法 is a 规范性文件, not a 规章)."""
    title, issuer = parsed.title or "", parsed.issuer or ""
    hist = " ".join(parsed.history) + " " + (parsed.doc_number or "")
    if "法释" in hist:
        return "司法解释"
    if "人民代表大会" in hist or "人民代表大会" in issuer and not strong_only:
        if any(x in issuer + hist for x in ("省", "自治区", "市", "州", "县")) and "全国" not in issuer + hist:
            return "地方性法规"
        return "法律"
    if "国务院令" in hist:
        return "行政法规"
    if "政府令" in hist:
        return "地方政府规章"
    if "部令" in hist or "总局令" in hist:
        return "部门规章"
    if strong_only:
        return None
    if "最高人民法院" in issuer or "最高人民检察院" in issuer:
        return "司法解释"
    if issuer == "国务院" or title.startswith("中华人民共和国") and title.endswith("条例"):
        return "行政法规"
    if "人民政府" in issuer and title.endswith(("办法", "规定")):
        return "地方政府规章"
    if title.startswith("中华人民共和国") and title.endswith("法"):
        return "法律"
    return None


def parse_item(kind: str, obj, read_text: Callable[[Path], str], overrides: Overrides) -> ParsedStatute | ImportFailure:
    from ..parse import parse_statute_text
    from .lawrefbook import parse_lawrefbook_entry

    if kind == "lawrefbook":
        return parse_lawrefbook_entry(obj)
    path: Path = obj
    try:
        text = read_text(path)
    except FashenError as e:
        return ImportFailure(str(path), getattr(e, "problem", str(e)))
    if not text.strip():
        return ImportFailure(str(path), "正文为空")
    parsed = overrides.apply(parse_statute_text(text))
    if not parsed.title:
        parsed = replace(parsed, title=path.stem)
    if not any(u.kind == "article" for u in parsed.units):
        return ImportFailure(str(path), "未找到任何条文")
    if not parsed.level:
        return ImportFailure(str(path), "无法判断效力级别，请用 --level 指定（如 行政法规、地方性法规）")
    return parsed


def source_of(kind: str, obj) -> tuple[str, str]:
    if kind == "lawrefbook":
        return "LawRefBook", obj.key
    return "file", str(Path(obj).resolve())


def import_paths(store: Store, paths: list[Path], read_text: Callable[[Path], str], *,
                 overrides: Overrides = Overrides(),
                 progress: Callable[[int, int, str], None] | None = None) -> ImportReport:
    """Import every statute under ``paths`` in one transaction; files that fail are reported, not fatal."""
    from .lawrefbook import status_source

    overrides.validate()
    items = plan(paths)
    if overrides.title and len(items) > 1:
        raise InputError(None, f"--title 只能用于单个文件（这次要导入 {len(items)} 个文件）")
    report = ImportReport()
    with store.transaction():
        for i, (kind, obj) in enumerate(items, 1):
            result = parse_item(kind, obj, read_text, overrides)
            if isinstance(result, ImportFailure):
                report.failures.append(result)
            else:
                source, key = source_of(kind, obj)
                ss = status_source(result) if kind == "lawrefbook" else ("用户指定" if overrides.status else "file")
                report.count(store.add_statute(result, source=source, source_key=key, status_source=ss).action)
            if progress:
                progress(i, len(items), str(getattr(obj, "key", obj)))
        store._touch("LawRefBook" if any(k == "lawrefbook" for k, _ in items) else "files")
    return report
