"""Data types that cross module boundaries in the statute layer.

Frozen, slotted dataclasses; one ``to_dict`` serializer each. The JSON shapes produced by
``to_dict`` are the contract documented in README.md ("JSON contract").
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Protocol

from .numerals import article_label

LEVELS = ("宪法", "法律", "行政法规", "监察法规", "司法解释", "部门规章",
          "地方性法规", "地方政府规章", "规范性文件")
STATUSES = ("现行有效", "已被修改", "已废止", "失效", "尚未生效")
# the warning a version's status source carries when its source file is dated well after the last date its text
# records, with no other evidence of a later text (statutes/snapshot/status.py mark_stale_texts): its status stands
STALE_NOTE = "法规库所存文本可能不是最新修正文本"


@dataclass(frozen=True, slots=True)
class Unit:
    """One parsed unit of a statute text: an article (条) or a paragraph (款), item (项), sub-item (目) in it.

    ``article_sub`` is the 之N suffix (第一百三十三条之一 -> article=133, article_sub=1).
    ``paragraph``/``item``/``subitem`` are None for the enclosing unit (an article row has all three None).
    ``path`` is the 编/章/节 headings above the article, joined with " / ".
    """

    kind: str  # "article" | "paragraph" | "item" | "subitem"
    article: int
    article_sub: int = 0
    paragraph: int | None = None
    item: int | None = None
    subitem: int | None = None
    path: str = ""
    text: str = ""


@dataclass(frozen=True, slots=True)
class ParsedStatute:
    """What a parser makes of one statute text; what an importer stores as one version."""

    title: str
    units: tuple[Unit, ...]
    level: str | None = None
    issuer: str | None = None
    region: str | None = None
    doc_number: str | None = None
    publish_date: str | None = None      # ISO date of the version (last amendment / publication)
    effective_date: str | None = None
    status: str | None = None
    history: tuple[str, ...] = ()        # the text's own history lines ("2003年8月8日 国务院令第387号公布")
    preamble: str = ""


@dataclass(frozen=True, slots=True)
class Provision:
    """A provision as returned to callers: an article, or a paragraph/item of one."""

    law: str
    level: str
    status: str
    version_date: str | None
    article: int
    article_sub: int
    paragraph: int | None
    item: int | None
    text: str
    score: float | None = None
    path: str = ""
    work_id: int | None = None
    version_id: int | None = None
    text_note: str = ""     # a warning on the held text (STALE_NOTE: it may not be the latest one)

    @property
    def article_label(self) -> str:
        return article_label(self.article, self.article_sub)

    @property
    def label(self) -> str:
        """第十七条第二款第（三）项 — as a reader cites it."""
        from .numerals import int_to_cn

        out = self.article_label
        if self.paragraph:
            out += f"第{int_to_cn(self.paragraph)}款"
        if self.item:
            out += f"第（{int_to_cn(self.item)}）项"
        return out

    def to_dict(self) -> dict:
        d = {
            "law": self.law, "level": self.level, "status": self.status,
            "version_date": self.version_date, "article": self.article,
            "article_label": self.article_label, "paragraph": self.paragraph,
            "item": self.item, "text": self.text,
        }
        if self.score is not None:
            d["score"] = round(self.score, 2)
        if self.text_note:
            d["text_note"] = self.text_note
        return d


@dataclass(frozen=True, slots=True)
class VersionInfo:
    version_id: int
    publish_date: str | None
    effective_date: str | None
    status: str
    status_source: str | None = None
    status_date: str | None = None
    repeal_date: str | None = None
    repealed_by: str | None = None


@dataclass(frozen=True, slots=True)
class LawRecord:
    """A work (one statute across its versions) as the resolver knows it.

    ``has_text`` is False for laws known only by repeal facts (合同法: name, dates, successor, no text).
    ``repeal_date`` is None when no source we hold states the date; ``repealed_by`` then still says it is repealed.
    """

    work_id: int
    title: str
    level: str
    versions: tuple[VersionInfo, ...] = ()
    short_title: str = ""
    successor: str | None = None
    repeal_date: str | None = None
    has_text: bool = True
    repealed_by: str | None = None       # the repealing instrument and article; set even when the date is unknown
    repeal_source: str | None = None     # where the repeal fact comes from

    @property
    def repealed(self) -> bool:
        """Known to be repealed (by a dated or undated fact)."""
        return self.repeal_date is not None or self.repealed_by is not None

    def version_as_of(self, as_of: str | None) -> VersionInfo | None:
        """The version in force on ``as_of`` (ISO date), else the newest version."""
        vs = sorted(self.versions, key=lambda v: v.effective_date or v.publish_date or "")
        if not vs:
            return None
        if as_of:
            past = [v for v in vs if (v.effective_date or v.publish_date or "") <= as_of]
            if past:
                return past[-1]
            return vs[0]
        return vs[-1]

    def to_dict(self) -> dict:
        return asdict(self)


class Resolver(Protocol):
    """What citation checking needs from a corpus. ``statutes.store.Store`` implements it;
    the citation parser never imports the store."""

    def find_works(self, name: str) -> list[LawRecord]:
        """Works whose title, short title or alias equals ``name`` (with or without 中华人民共和国)."""
        ...

    def provision(self, version_id: int, article: int, article_sub: int = 0,
                  paragraph: int | None = None, item: int | None = None) -> Provision | None:
        """The unit, or None if that article/paragraph/item does not exist in that version."""
        ...

    def closest_in(self, work_id: int, text: str) -> Provision | None:
        """The article of ``work_id``'s current version most similar to ``text`` (fuzzy)."""
        ...

    def enactment(self, work_id: int):
        """Evidence (``statutes.in_force.Enactment``) that ``work_id`` was enacted before its oldest held text, or
        None. Optional: a resolver without it has no such evidence."""
        ...


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Which corpus a result was checked against: provenance for every opinion."""

    snapshot_id: str
    works: int
    provisions: int
    built_at: str
    sources: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict:
        return asdict(self)
