"""What every reader of differences shares: both texts as compared, their alignment, and what has been read.

Indexes are comparison indexes (positions in ``ComparisonText.chars``) unless a name says ``offset`` (a
position in the source text). ``clause_to_upper[i]`` is the upper index clause character ``i`` is aligned
with, -1 when it is not aligned; ``upper_to_clause`` the reverse.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .align import align
from .exceptions import upper_exception_ranges
from .grading import Grade
from .model import Change
from .normalise import ComparisonText, normalise, value_keyed
from .phrases import sentence_ids

RESTATED_MIN_CHARS = 4      # a sentence of the upper text counts as restated when this many of its characters
RESTATED_SHARE = 0.3        # (and this share of them) are aligned, or all of them up to
RESTATED_ENOUGH = 12        # this many
RESTATED_EXCEPTION = 0.5    # an exception of the upper text this much of which the clause restates is its subject


@dataclass(slots=True)
class Reading:
    clause: ComparisonText
    upper: ComparisonText
    clause_to_upper: list[int]
    upper_to_clause: list[int]
    upper_sentence: list[int]                 # index of the upper sentence every upper character belongs to
    upper_exceptions: list[tuple[int, int]]   # upper ranges of the exceptions (但书, 除…外, 另有规定的从其规定)
    in_upper_exception: list[bool]            # every upper character: inside one of those exceptions
    cites_upper: bool = False                 # the clause cites the upper article itself
    context: str = ""                         # the whole clause (with its list header) the compared text is part of
    upper_read: list[bool] = field(default_factory=list)        # upper characters already read with a region
    paired_upper_modals: set[int] = field(default_factory=set)  # source offsets of upper modals already paired
    paired_clause_modals: set[int] = field(default_factory=set)  # source offsets of clause modals already paired
    modal_moves: list = field(default_factory=list)  # (upper class, clause class, Change) of each modal change
    upper_figures_read: set[int] = field(default_factory=set)   # source starts of upper figures compared
    clause_figures_read: set[int] = field(default_factory=set)  # source starts of clause figures compared
    changes: list[Change] = field(default_factory=list)
    article: str = ""                         # the whole article the upper unit is part of ("" = the unit itself)

    @classmethod
    def of(cls, clause_text: str, upper_text: str, cites_upper: bool = False, context: str = "") -> Reading:
        clause, upper = normalise(clause_text), normalise(upper_text)
        clause_to_upper, upper_to_clause = align_by_value(clause, upper)
        exceptions, in_exception = restated_exceptions_apart(*upper_exception_ranges(upper), upper_to_clause)
        return cls(clause, upper, clause_to_upper, upper_to_clause, sentence_ids(upper), exceptions, in_exception,
                   cites_upper, context or clause_text, upper_read=[False] * len(upper.chars))

    # -- where things are
    def is_unread(self, j: int) -> bool:
        """Upper character ``j`` is not aligned, not part of an exception and not read with a region yet."""
        return self.upper_to_clause[j] < 0 and not self.in_upper_exception[j] and not self.upper_read[j]

    def restated_sentences(self) -> set[int]:
        """The upper sentences the clause restates (enough of their characters are aligned)."""
        aligned: dict[int, int] = {}
        sizes: dict[int, int] = {}
        for j, sentence in enumerate(self.upper_sentence):
            if self.in_upper_exception[j]:
                continue
            sizes[sentence] = sizes.get(sentence, 0) + 1
            if self.upper_to_clause[j] >= 0:
                aligned[sentence] = aligned.get(sentence, 0) + 1
        return {s for s, n in aligned.items()
                if n >= min(RESTATED_ENOUGH, sizes[s])
                or n >= max(min(RESTATED_MIN_CHARS, sizes[s]), RESTATED_SHARE * sizes[s])}

    def clause_offset_near(self, j: int, prefer_left: bool = False) -> int:
        """Source offset in the clause that corresponds to upper index ``j`` (via the nearest aligned character)."""
        for distance in range(0, len(self.upper.chars)):
            for jj in ((j - distance, j + distance) if prefer_left else (j + distance, j - distance)):
                if 0 <= jj < len(self.upper_to_clause) and self.upper_to_clause[jj] >= 0:
                    return self.clause.starts[self.upper_to_clause[jj]]
        return 0

    # -- what was found
    def add(self, kind: str, grade: Grade | None, clause_span: tuple[int, int] | None,
            upper_span: tuple[int, int] | None) -> None:
        """Record a change of ``kind`` between source spans of both texts (None: nothing at that place)."""
        if grade is None:
            return
        cs, ce = clause_span if clause_span else (-1, -1)
        us, ue = upper_span if upper_span else (-1, -1)
        self.changes.append(Change(kind, grade.severity,
                                   self.clause.text[cs:ce] if cs >= 0 else "",
                                   self.upper.text[us:ue] if us >= 0 else "",
                                   grade.message, cs, us, grade.strong, grade.sure))


def restated_exceptions_apart(exceptions: list[tuple[int, int]], in_exception: list[bool],
                              upper_to_clause: list[int]) -> tuple[list[tuple[int, int]], list[bool]]:
    """The upper text's exceptions without those the clause restates (most of their characters aligned): a
    clause restating the 但书 itself (但是，依法必须进行招标的项目……最短不得少于二十日) is about it, and what it
    changed there is read like any other text."""
    kept = []
    for a, b in exceptions:
        if sum(1 for j in range(a, b) if upper_to_clause[j] >= 0) >= RESTATED_EXCEPTION * (b - a):
            for j in range(a, b):
                in_exception[j] = False
            continue
        kept.append((a, b))
    return kept, in_exception


def align_by_value(clause: ComparisonText, upper: ComparisonText) -> tuple[list[int], list[int]]:
    """Align the two texts, tiles whose figures agree in value first among tiles of one length (align)."""
    return align(clause.chars, upper.chars, keys=(value_keyed(clause), value_keyed(upper)))
