"""A clause naming a member of a class as the statute naming the class: 电动自行车 as 非机动车 (道路交通安全法 第一百一十九条),
个体工商户 and 农民专业合作社 as 市场主体 (市场主体登记管理条例 第二条), 乡镇综合文化站 as 公共文化体育设施 (公共文化体育设施
条例 第二条) — data: review/tables/statute_classes.toml, each class with the definition it rests on. The fuzzy clause
search (review.engine.search_read_as_roles) reads such a clause also in the class's words, as it reads a local body
in the statutes' role (review.agency_roles): a clause restating an article laid on the class for one member is found by
what it restates, not lost on the member's name. Pure; the table is read once. (round 45, up45)"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .norms.lexicon import literal_alternation

TABLE = Path(__file__).parent / "tables" / "statute_classes.toml"
MAX_READINGS = 2     # readings of a clause in class words (a clause naming members of more classes reads each once)


@dataclass(frozen=True, slots=True)
class StatuteClass:
    name: str
    basis: str
    members: tuple[str, ...]


@lru_cache(maxsize=1)
def statute_classes(path: Path = TABLE) -> tuple[tuple[re.Pattern, StatuteClass], ...]:
    """Each class of the table and the pattern of its members (longest first: 人力三轮车 before 三轮车)."""
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    out = []
    for row in data.get("class", []):
        entry = StatuteClass(row["name"], row["basis"], tuple(row["members"]))
        out.append((re.compile(f"(?:{literal_alternation(entry.members)})"), entry))
    return tuple(out)


def class_readings(text: str) -> list[str]:
    """``text`` with the members of each class it names put as the class (one reading a class, MAX_READINGS at most);
    [] when it names no member, or names the class itself already (非机动车驾驶人 restates the statute's word)."""
    out = []
    for rx, entry in statute_classes():
        if entry.name in text or not rx.search(text):
            continue
        out.append(rx.sub(entry.name, text))
        if len(out) >= MAX_READINGS:
            break
    return out
