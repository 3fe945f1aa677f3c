"""Importers: read an external statute source into ParsedStatute records (pure readers; the store writes)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ImportFailure:
    """A source file that could not become a statute: its path and a Chinese reason ("正文为空", "未找到任何条文", …)."""

    path: str
    reason: str

    def to_dict(self) -> dict:
        return {"path": self.path, "reason": self.reason}
