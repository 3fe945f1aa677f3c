"""Subjects: the actor the clause names where the upper text names another (a committee for an organ …)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .grading import grade
from .roles import actors

if TYPE_CHECKING:
    from .reading import Reading

NEAR_GAP = 40           # an unaligned actor between anchors at most this far apart stands for the upper text between
NEAR_REACH = 30         # ... else for the upper text this far before its right anchor (after its left one)


# the level words a name of government ends its own words with before 人民政府 (乡、民族乡、镇的人民政府, 乡（镇）人民政府,
# 镇（街道）): the name says township, whatever part of it the actor pattern took
_TOWNSHIP_LEVEL = re.compile(r"(?:乡|镇|街道)[）)]?的?$")


def names_township(text: str, start: int, end: int) -> bool:
    """Whether the actor named at [start, end) of ``text`` is a township's body: its words say 乡 or 街道, or the words
    just before them end with a township level (乡、民族乡、镇的|人民政府)."""
    name = text[start:end]
    return "乡" in name or "街道" in name or bool(_TOWNSHIP_LEVEL.search(text[max(0, start - 12):start]))


# a body named as the one that approves, receives or is consulted on another's act (经城市供水行政主管部门批准, 报县级人民
# 政府批准, 向……申请, 会同……): not who bears the act; the words between the mark and the name may be its place (城市, 县)
_APPROVER_MARK = re.compile(r"(?:报经|报请|经|报|向|会同|征得)(?:所在地|当地|[城市县区省州本]{0,2})$")


def approving(text: str, start: int) -> bool:
    """Whether the actor named at ``start`` of ``text`` is the body another's act goes to (经……批准, 报……, 向……)."""
    return bool(_APPROVER_MARK.search(text[max(0, start - 5):start]))


def read_subjects(reading: Reading) -> None:
    clause, upper = reading.clause, reading.upper
    upper_actors = actors(upper.text)
    if not upper_actors:
        return
    to_upper = reading.clause_to_upper
    seen: set[tuple[int, int]] = set()
    for s, e, clause_kind in actors(clause.text):
        indexes = [k for k, start in enumerate(clause.starts) if s <= start < e]
        if not indexes:
            continue
        aligned = [to_upper[k] for k in indexes if to_upper[k] >= 0]
        if aligned:
            lo, hi = upper.starts[min(aligned)], upper.ends[max(aligned)]
        else:
            # unaligned: the upper stretch between the anchors around it
            left = next((to_upper[k] for k in range(indexes[0] - 1, -1, -1) if to_upper[k] >= 0), None)
            right = next((to_upper[k] for k in range(indexes[-1] + 1, len(clause.chars)) if to_upper[k] >= 0), None)
            if left is None and right is None:
                continue
            pick_last = True
            if left is not None and right is not None and left < right and right - left <= NEAR_GAP:
                lo, hi = upper.ends[left], upper.starts[right]
            elif right is not None:
                lo, hi = max(0, upper.starts[right] - NEAR_REACH), upper.starts[right]
            else:
                lo, hi = upper.ends[left], min(len(upper.text), upper.ends[left] + NEAR_REACH)
                pick_last = False
        candidates = [a for a in upper_actors if a[0] < hi and a[1] > lo]
        if not candidates:
            continue
        us, ue, upper_kind = candidates[-1] if not aligned and pick_last else candidates[0]
        if (us, ue) in seen:
            continue
        seen.add((us, ue))
        if approving(upper.text, us) != approving(clause.text, s):
            continue   # 供水企业应当经……批准 / 应当经城市供水行政主管部门批准: who bears the duty and who approves it
        clause_name, upper_name = clause.text[s:e], upper.text[us:ue]
        if clause_name == upper_name or clause_kind == upper_kind:
            continue
        facts = {"upper": upper_kind, "clause": clause_kind,
                 "upper_names_township": names_township(upper.text, us, ue)}
        reading.add("subject_changed", grade("subject_changed", facts, upper=upper_name, clause=clause_name),
                    (s, e), (us, ue))
