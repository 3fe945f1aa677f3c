"""The grading tables (``grading.toml``): which severity and message a change gets, by the facts about it.

A table is a list of rows; the first row whose conditions all hold decides. A change of a kind listed true in
``[strong]`` (or graded by a row with ``strong = true``) stands on its own: a clause merely borrowing the article's
sentence pattern does not make it, so it counts even where the clause restates the article loosely. A strong change
of a kind listed true in ``[sure]`` (or a row with ``sure = true``) shows even where a clause restates the article
in its own words (review.engine: a clause the corpus search does not find restated). ``grade("time_limit",
{"limit": "lead", "role": "organ", "direction": "longer"}, upper="七日前", clause="十日前")`` returns the
severity and the message with the words filled in, or None when no row applies (not a change).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType

from .model import KINDS, SEVERITIES

TABLE_PATH = Path(__file__).with_name("grading.toml")
_OUTCOME_KEYS = ("severity", "message", "strong", "sure")


class GradingTableError(ValueError):
    """The grading table cannot be used: names the file and the row."""


@dataclass(frozen=True, slots=True)
class Grade:
    severity: str
    message: str
    strong: bool = False
    sure: bool = False


@dataclass(frozen=True, slots=True)
class Row:
    conditions: MappingProxyType
    severity: str
    message: str
    strong: bool = False
    sure: bool = False

    def holds(self, facts: dict) -> bool:
        for name, wanted in self.conditions.items():
            value = facts.get(name)
            if isinstance(wanted, list) and value not in wanted:
                return False
            if not isinstance(wanted, list) and value != wanted:
                return False
        return True


@lru_cache(maxsize=1)
def tables(path: Path = TABLE_PATH) -> MappingProxyType:
    """The grading tables of ``path``, checked: every row has a known severity and a message."""
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    out: dict = {}
    strong_kinds, sure_kinds = data.get("strong", {}), data.get("sure", {})
    for name, value in data.items():
        if not isinstance(value, list):
            out[name] = MappingProxyType(value)
            continue
        if name not in KINDS:
            raise GradingTableError(f"{path.name}: [[{name}]] is not a kind of change ({', '.join(KINDS)})")
        rows = []
        for n, row in enumerate(value, 1):
            if row.get("severity") not in SEVERITIES or not isinstance(row.get("message"), str):
                raise GradingTableError(f"{path.name}: [[{name}]] row {n} needs a severity "
                                        f"({' | '.join(SEVERITIES)}) and a message")
            conditions = {k: v for k, v in row.items() if k not in _OUTCOME_KEYS}
            strong = row.get("strong", strong_kinds.get(name, False))
            sure = row.get("sure", sure_kinds.get(name, False)) and strong
            rows.append(Row(MappingProxyType(conditions), row["severity"], row["message"], bool(strong), bool(sure)))
        out[name] = tuple(rows)
    return MappingProxyType(out)


def grade(kind: str, facts: dict, **words: str) -> Grade | None:
    """The first row of table ``kind`` whose conditions ``facts`` meet, its message filled with ``words``."""
    for row in tables()[kind]:
        if row.holds(facts):
            return Grade(row.severity, row.message.format(**words), row.strong, row.sure)
    return None


def threshold(name: str) -> float:
    return float(tables()["thresholds"][name])


def amount_noun(dim: str, penal: bool) -> str:
    """罚款 / 数额, 罚款倍数 / 倍数, 比例: what an amount of dimension ``dim`` is called."""
    return tables()["amount_nouns"][dim]["penal" if penal else "other"]
