"""Time limits: who must act within them decides whether a longer or shorter one is a problem."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..quantities import Quantity
from .grading import grade
from .roles import UNKNOWN, role_at

if TYPE_CHECKING:
    from .reading import Reading

SAME_VALUE = 1e-9


def read_time_limit_change(reading: Reading, upper_quantity: Quantity, clause_quantity: Quantity) -> None:
    upper_days, clause_days = upper_quantity.value, clause_quantity.value
    modes = {upper_quantity.mode, clause_quantity.mode}
    if abs(upper_days - clause_days) < SAME_VALUE:
        if len(modes) == 1 or "fixed" in modes or {"max", "range"} >= modes:
            return   # 三十日 for 三十日内, 不超过三十日 for 三十日内: the same limit
    role = role_at(reading.upper.text, upper_quantity.start)
    if role == UNKNOWN:
        role = role_at(reading.clause.text, clause_quantity.start)
    if "lead" in modes:
        limit = "lead"
    elif modes == {"min"}:
        limit = "floor"
    else:
        limit = "limit"
    facts = {"limit": limit, "role": role, "direction": "longer" if clause_days > upper_days else "shorter"}
    reading.add("time_limit", grade("time_limit", facts, upper=upper_quantity.text, clause=clause_quantity.text),
                (clause_quantity.start, clause_quantity.end), (upper_quantity.start, upper_quantity.end))
