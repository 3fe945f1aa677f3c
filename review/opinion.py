"""The opinion: what a review concluded about one document, with the corpus it was checked against.

``Opinion.to_dict()`` is the JSON contract of ``fashen review --json``::

    {"document": {"title", "doc_number", "issuer", "date", "kind", "path", "validity", ...},
     "conclusion": "建议通过" | "修改后通过" | "不予通过" | "非本级文件",
     "findings": [Finding.to_dict(), ...],          # document order
     "summary": {"total", "clauses_reviewed", "by_severity": {sev: n},
                 "by_category": {cat: {"error": n, "warning": n, "info": n, "total": n}}},
     "corpus": {"snapshot": "<snapshot id>" | null, "built_at": ... | null, "as_of": "YYYY-MM-DD"},
     "stats": {...}}                                 # engine counters, free-form

The conclusion rule (``conclude``) is deliberately simple, see its docstring.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from statutes.model import Snapshot

from .model import CATEGORIES, Document, Finding
from .severity import WORST_FIRST, Severity, rank

CATEGORY_LABELS = {
    "license": "设定行政许可",
    "penalty": "设定行政处罚",
    "coercion": "设定行政强制",
    "fee": "违法收费",
    "proof": "证明事项",
    "rights": "减损权利增加义务",
    "power": "扩权卸责",
    "fair-competition": "妨碍公平竞争",
    "family-planning": "计划生育专项清理",
    "citation": "引用依据",
    "repealed-law": "引用已废止法律",
    "agency": "机构名称",
    "validity": "有效期",
    "procedure": "制定程序与形式",
    "upper-law": "与上位法不一致",
    "contract": "合同审查",
}
SEVERITY_LABELS = {s.value: s.label for s in map(Severity, WORST_FIRST)}
SEVERITY_SHORT = {s.value: s.short for s in map(Severity, WORST_FIRST)}

PASS = "建议通过"
PASS_AFTER_CHANGES = "修改后通过"
REJECT = "不予通过"
NOT_OURS = "非本级文件"     # another body's document (review.office): reported as such, no conclusion of our own
CONCLUSIONS = (PASS, PASS_AFTER_CHANGES, REJECT, NOT_OURS)

# Categories whose errors go to the core of a 规范性文件's legality: it may not set any of these.
CORE_CATEGORIES = frozenset({"license", "penalty", "coercion", "fee"})
# This many distinct clauses with a core error and the document has no lawful core left.
CORE_ERROR_LIMIT = 3
# Rules whose error alone means the document cannot be issued as it stands:
# P-SUBJECT 制定主体不适格 (内设机构/议事协调机构/临时机构发文), P-AUTH 超越法定权限.
FATAL_RULES = frozenset({"P-SUBJECT", "P-AUTH"})



def category_label(category: str) -> str:
    return CATEGORY_LABELS.get(category, category)


def severity_label(severity: str) -> str:
    return SEVERITY_LABELS.get(severity, severity)


def _clause_key(f: Finding):
    """Identity of the place a finding stands: its clause, else its quote (document-level findings)."""
    return ("clause", f.clause.index) if f.clause is not None else ("quote", f.quote)


def conclude(findings) -> str:
    """The review conclusion, from findings alone.

    * 不予通过 — an error from a rule in ``FATAL_RULES`` (the issuer lacks competence: 制定主体不适格,
      超越权限), or errors of the core categories (设定许可/处罚/强制, 违法收费) in ``CORE_ERROR_LIMIT``
      or more distinct clauses: the document's substance is what the law forbids it to do;
    * 修改后通过 — any other error or any warning (the problems can be fixed clause by clause);
    * 建议通过 — nothing above ``info``.
    """
    findings = list(findings)
    errors = [f for f in findings if f.severity == "error"]
    if any(f.rule in FATAL_RULES for f in errors):
        return REJECT
    core_places = {_clause_key(f) for f in errors if f.category in CORE_CATEGORIES}
    if len(core_places) >= CORE_ERROR_LIMIT:
        return REJECT
    if errors or any(f.severity == "warning" for f in findings):
        return PASS_AFTER_CHANGES
    return PASS


def sort_findings(findings) -> tuple[Finding, ...]:
    """Document order: document-level findings (no clause) first, then by clause index;
    within a clause errors before warnings before info; then by where the quote stands in the clause."""

    def key(f: Finding):
        if f.clause is None:
            pos, at = -1, 0
        else:
            pos = f.clause.index
            found = f.clause.text.find(f.quote) if f.quote else -1
            at = found if found >= 0 else len(f.clause.text)
        return (pos, -rank(f.severity), at, f.rule)

    return tuple(sorted(findings, key=key))


def summarize(findings) -> dict:
    by_severity = {s: 0 for s in WORST_FIRST}
    by_category: dict[str, dict] = {}
    for f in findings:
        by_severity[f.severity] = by_severity.get(f.severity, 0) + 1
        row = by_category.setdefault(f.category, {s: 0 for s in WORST_FIRST} | {"total": 0})
        row[f.severity] = row.get(f.severity, 0) + 1
        row["total"] += 1
    order = {c: i for i, c in enumerate(CATEGORIES)}
    by_category = dict(sorted(by_category.items(), key=lambda kv: (order.get(kv[0], len(order)), kv[0])))
    return {"total": sum(by_severity.values()), "by_severity": by_severity, "by_category": by_category}


@dataclass(frozen=True, slots=True)
class Opinion:
    """The result of reviewing one document. ``Opinion.build`` computes the conclusion with ``conclude``;
    findings are always kept in document order (``sort_findings``)."""

    document: Document
    findings: tuple[Finding, ...]
    conclusion: str
    as_of: str                    # ISO date the law was applied as of
    snapshot: Snapshot | None     # the corpus the findings were checked against
    clauses_reviewed: int
    stats: dict = field(default_factory=dict)
    remit: object = None          # review.office.Remit: whether the document is the office's own

    def __post_init__(self):
        # Renderers rely on document order, however the opinion was constructed.
        object.__setattr__(self, "findings", sort_findings(self.findings))

    @classmethod
    def build(cls, document: Document, findings, *, as_of: str, snapshot: Snapshot | None,
              clauses_reviewed: int, stats: dict | None = None, remit=None) -> Opinion:
        ordered = sort_findings(findings)
        outside = remit is not None and not remit.ours and remit.group == NOT_OURS
        return cls(document=document, findings=ordered, conclusion=NOT_OURS if outside else conclude(ordered), as_of=as_of,
                   snapshot=snapshot, clauses_reviewed=clauses_reviewed, stats=dict(stats or {}), remit=remit)

    @property
    def title(self) -> str:
        """关于《…》的合法性审查意见 — the memo's title."""
        return f"关于《{document_title(self.document)}》的合法性审查意见"

    def summary(self) -> dict:
        return summarize(self.findings) | {"clauses_reviewed": self.clauses_reviewed}

    def severity_counts(self) -> Counter:
        return Counter(f.severity for f in self.findings)

    def to_dict(self) -> dict:
        doc = self.document
        document = {"title": doc.title, "doc_number": doc.doc_number, "issuer": doc.issuer,
                    "date": doc.date, "kind": doc.kind} | doc.meta_dict()
        snap = self.snapshot
        if doc.kind_info is not None:
            document["kind_info"] = doc.kind_info.to_dict()
        return {
            "document": document,
            "remit": self.remit.to_dict() if self.remit is not None else None,
            "conclusion": self.conclusion,
            "findings": [f.to_dict() for f in self.findings],
            "summary": self.summary(),
            "corpus": {"snapshot": snap.snapshot_id if snap else None,
                       "built_at": snap.built_at if snap else None,
                       "as_of": self.as_of},
            "stats": dict(self.stats),
        }


def document_title(doc: Document) -> str:
    """The document's title without surrounding 《》, else its file name without extension."""
    title = doc.title.strip().strip("《》").strip()
    if title:
        return title
    name = doc.path.replace("\\", "/").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name else name
