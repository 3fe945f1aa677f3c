"""Amounts and time limits: placeholders aligned with each other are compared by value."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..quantities import DURATION, Quantity
from .amounts import read_amount_change
from .time_limits import read_time_limit_change

if TYPE_CHECKING:
    from .reading import Reading


def read_aligned_figures(reading: Reading) -> None:
    """Every quantity of the clause whose placeholder is aligned with a quantity of the upper text.

    A clause whose figures, in order, are one run of the upper text's (已满10年不满20年的，年休假10天 from an
    article that grades 1–10, 10–20 and 20+ years) restates one tier of a graded provision: nothing changed,
    whatever tier the alignment paired it with."""
    if restates_one_tier(reading):
        return
    for i, clause_quantity in reading.clause.quantities.items():
        j = reading.clause_to_upper[i]
        if j >= 0 and j in reading.upper.quantities:
            compare_figures(reading, reading.upper.quantities[j], clause_quantity)


def restates_one_tier(reading: Reading) -> bool:
    """Whether the clause's two or more figures equal a contiguous run of the upper text's figures."""
    def figures(quantities) -> list[tuple]:
        return [(q.dim, q.lo, q.hi, q.mode) for _, q in sorted(quantities.items())]
    clause, upper = figures(reading.clause.quantities), figures(reading.upper.quantities)
    if len(clause) < 2 or len(upper) <= len(clause):
        return False
    return any(upper[i:i + len(clause)] == clause for i in range(len(upper) - len(clause) + 1))


def compare_figures(reading: Reading, upper_quantity: Quantity, clause_quantity: Quantity) -> None:
    """Record how the clause's figure differs from the upper text's (nothing when they agree)."""
    if upper_quantity.dim != clause_quantity.dim:
        return
    same = (upper_quantity.lo, upper_quantity.hi, upper_quantity.mode) == \
        (clause_quantity.lo, clause_quantity.hi, clause_quantity.mode)
    if same or (upper_quantity.lo == clause_quantity.lo and upper_quantity.hi == clause_quantity.hi):
        return
    if upper_quantity.dim == DURATION:
        read_time_limit_change(reading, upper_quantity, clause_quantity)
    else:
        read_amount_change(reading, upper_quantity, clause_quantity)
