"""Ages: an age the law sets as a condition (年龄在25周岁以上、不超过60周岁), narrowed or widened by the clause."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..quantities import Quantity
from .grading import grade

if TYPE_CHECKING:
    from .reading import Reading


def read_age_change(reading: Reading, upper_quantity: Quantity, clause_quantity: Quantity) -> None:
    """A least age raised or a greatest age lowered narrows who qualifies ("narrowed"); the reverse lets in whom the
    law leaves out ("widened"); an age written as one figure and changed is "changed"."""
    upper_quantity = _before_age(upper_quantity, reading.upper.text)
    clause_quantity = _before_age(clause_quantity, reading.clause.text)
    modes = {upper_quantity.mode, clause_quantity.mode}
    if modes <= {"min", "range"} and clause_quantity.lower_bound > upper_quantity.lower_bound:
        case = "narrowed"
    elif modes <= {"max", "range"} and clause_quantity.upper_bound < upper_quantity.upper_bound:
        case = "narrowed"
    elif modes <= {"min", "max", "range"} and (clause_quantity.lower_bound < upper_quantity.lower_bound
                                               or clause_quantity.upper_bound > upper_quantity.upper_bound):
        case = "widened"
    else:
        case = "changed"
    reading.add("age", grade("age", {"case": case}, upper=upper_quantity.text, clause=clause_quantity.text),
                (clause_quantity.start, clause_quantity.end), (upper_quantity.start, upper_quantity.end))


_BEFORE = ("以前", "之前", "前")


def _before_age(quantity: Quantity, text: str) -> Quantity:
    """An age written as a time before it (在二十二周岁以前仍可以被征集, 六十周岁之前): the greatest age."""
    if quantity.mode not in ("fixed", "lead") or not text.startswith(_BEFORE, quantity.end):
        return quantity
    return replace(quantity, mode="max", hi=quantity.value, lo=None)
