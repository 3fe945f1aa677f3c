"""What a comparison returns: the changes a clause made to its upper provision."""

from __future__ import annotations

from dataclasses import dataclass

KINDS = ("amount", "time_limit", "modal", "duty_removed", "condition_added", "exception_removed",
         "exception_added", "subject_changed", "scope_changed", "body_changed", "condition_removed",
         "consequence_changed", "time_of_day", "age", "vote", "frequency")
# the kinds that are a figure read on both texts (a fine, a time limit, an age): shown only where both figures are
# about the same thing (review.engine.sure_changes, review.governing)
FIGURE_KINDS = ("amount", "time_limit", "age", "frequency")
from ..severity import SEVERITIES, worst  # noqa: F401  (SEVERITIES re-exported for the grading table)


@dataclass(frozen=True, slots=True)
class Change:
    """One material difference. ``clause_span`` is an exact substring of the clause ("" when the clause
    has nothing at that place), ``upper_span`` an exact substring of the upper text ("" when added)."""

    kind: str
    severity: str
    clause_span: str
    upper_span: str
    message: str
    clause_start: int = -1
    upper_start: int = -1
    strong: bool = False     # stands on its own (grading.toml): a clause merely borrowing the article's sentence
                             # pattern does not make it; weaker kinds count only in a close restatement
    sure: bool = False       # shows even where a clause restates the article in its own words (grading.toml [sure])

    def to_dict(self) -> dict:
        return {"kind": self.kind, "severity": self.severity, "clause_span": self.clause_span,
                "upper_span": self.upper_span, "message": self.message,
                "clause_start": self.clause_start, "upper_start": self.upper_start}


@dataclass(frozen=True, slots=True)
class Comparison:
    """What a clause changed against its upper provision. ``faithful``: no error or warning and the clause
    is mostly made of the upper text; ``similarity``: share of the clause (as compared) found in the upper text."""

    changes: tuple[Change, ...]
    faithful: bool
    similarity: float

    @property
    def severity(self) -> str | None:
        """The worst severity among the changes, None without changes."""
        if not self.changes:
            return None
        return worst(c.severity for c in self.changes)

    def material(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.severity != "info")

    def to_dict(self) -> dict:
        return {"faithful": self.faithful, "similarity": round(self.similarity, 3),
                "changes": [c.to_dict() for c in self.changes]}
