"""Data types of the review layer: a document, its clauses, a finding, an opinion."""

from __future__ import annotations

from dataclasses import dataclass, field

from .severity import SEVERITIES  # noqa: F401  (re-exported: the order lives in review.severity)

CATEGORIES = ("license", "penalty", "coercion", "fee", "proof", "rights", "power", "fair-competition",
              "family-planning", "citation", "repealed-law", "agency", "validity", "procedure",
              "upper-law", "contract")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of the source as read: its index in body order and its text (tables give one per cell row)."""

    index: int
    text: str
    start: int  # offset of the paragraph in Document.text


@dataclass(frozen=True, slots=True)
class Clause:
    """A unit of review: an article (第X条), a numbered point (一、/（一）/1./（1）) or a sentence.

    ``label`` is the clause's own numbering as a reader would cite it ("第十二条", "三、（二）", "第4段").
    ``header`` is the text of the enumeration header this item belongs to, if any
    ("下列行为不得含有…：") — its polarity decides what the item means.
    ``start``/``end`` are offsets into Document.text; ``paragraph`` the index of the first paragraph.
    """

    index: int
    label: str
    text: str
    start: int
    end: int
    paragraph: int
    header: str = ""
    heading: str = ""  # chapter / section heading above the clause

    def to_dict(self) -> dict:
        # the offsets let a reader of the JSON put the finding where it stands (the same words can stand at several
        # places of a document: a table row repeated, a list copied into each section)
        return {"label": self.label, "index": self.index, "text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Document:
    """A read document: full text (paragraphs joined by \\n), paragraphs and extracted metadata."""

    path: str
    text: str
    paragraphs: tuple[Paragraph, ...]
    title: str = ""
    doc_number: str = ""
    issuer: str = ""
    date: str = ""           # ISO date (YYYY-MM-DD, or YYYY-MM / YYYY when that is all the text says)
    kind: str = ""           # review.kinds.KINDS: 规范性文件 | 地方政府规章 | 地方性法规 | 合同协议 | ...
    validity: str = ""       # the validity clause as written (有效期…), "" if none
    validity_years: float | None = None
    provisional: str = ""    # "暂行" / "试行" when the title says so
    effective_date: str = ""
    source_format: str = ""  # docx | txt | html | pdf | md
    encoding: str = ""
    draft: str = ""          # 草案 | 送审稿 | 征求意见稿 … when the text is a draft (reviewed as ``kind``)
    kind_info: object = None  # review.kinds.DocKind: the kind with its evidence and the issuer

    def meta_dict(self) -> dict:
        return {"path": self.path, "title": self.title, "doc_number": self.doc_number,
                "issuer": self.issuer, "date": self.date, "kind": self.kind,
                "validity": self.validity, "validity_years": self.validity_years,
                "provisional": self.provisional, "effective_date": self.effective_date,
                "source_format": self.source_format, "draft": self.draft,
                "kind_evidence": list(self.kind_info.evidence) if self.kind_info is not None else [],
                "kind_label": self.kind_info.describe() if self.kind_info is not None else self.kind}


def made_on(doc) -> str:
    """The date a document was made, as its text tells: its own date, else the date it took effect ("" when it states
    neither). Works on a ``Document`` and on anything with ``date`` and ``effective_date`` (a sweep's ``DocMeta``)."""
    return getattr(doc, "date", "") or getattr(doc, "effective_date", "") or ""


def in_force_from(doc) -> str:
    """The date a document's term runs from: the date it took effect, else its own date ("" when it states neither)."""
    return getattr(doc, "effective_date", "") or getattr(doc, "date", "") or ""


@dataclass(frozen=True, slots=True)
class Finding:
    rule: str
    category: str
    severity: str
    title: str
    clause: Clause | None
    quote: str              # exact substring of the document
    problem: str            # the opinion's wording of the problem
    suggestion: str = ""
    basis: tuple = ()       # Provision / CitationCheck objects (each with to_dict)
    upper: object | None = None  # matched upper-level Provision, if any
    detail: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "rule": self.rule, "category": self.category, "severity": self.severity,
            "title": self.title,
            "clause": self.clause.to_dict() if self.clause else None,
            "quote": self.quote, "problem": self.problem,
            "basis": [b.to_dict() for b in self.basis],
            "suggestion": self.suggestion,
            "upper": self.upper.to_dict() if self.upper is not None else None,
            "detail": self.detail,
        }
