"""Local bodies as the roles statutes name them: 市人社局 is the 社会保险行政部门 of 工伤保险条例, 县市场监管局 the
市场监督管理部门, 区住建局 the 建设主管部门 (data: review/tables/agency_roles.toml). The fuzzy clause search reads a clause
naming a local body also in the statutes' words (``role_readings``), so that a restatement is found by what it restates,
not lost on the name of the department that carries it out locally."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .modre import compile_kept
from .norms.lexicon import literal_alternation

TABLE = Path(__file__).parent / "tables" / "agency_roles.toml"
MAX_READINGS = 3     # readings of a clause searched besides its own words (a role named in several ways)
# the level just before the body's name, read with it: 市人社局, 县市场监管局, 区住建局 (a place name before it, 梧桐,
# stays: the statutes' words around it are what the search needs)
_PLACE = r"(?:[省市县区州旗镇乡])?"


@dataclass(frozen=True, slots=True)
class AgencyRole:
    local: tuple[str, ...]
    roles: tuple[str, ...]


@lru_cache(maxsize=1)
def agency_roles(path: Path = TABLE) -> tuple[tuple[re.Pattern, AgencyRole], ...]:
    """Each body of the table and the pattern of its local names (a place before them included), longest first."""
    with path.open("rb") as fh:
        data = tomllib.load(fh)
    out = []
    for row in data.get("agency", []):
        entry = AgencyRole(tuple(row["local"]), tuple(row["roles"]))
        out.append((compile_kept(f"{_PLACE}(?:{literal_alternation(entry.local)})"), entry))    # kept as an import's (review/modre.py)
    return tuple(out)


def role_readings(text: str) -> list[str]:
    """``text`` with every local body it names put in the statutes' words: the first reading with each body's most
    used role, the next with its second … (MAX_READINGS at most); [] when it names none of the table's bodies."""
    found: list[tuple[int, int, AgencyRole]] = []
    taken: list[tuple[int, int]] = []
    for rx, entry in agency_roles():
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue      # 公安局交通警察大队 read as one body, not also as 公安局
            found.append((m.start(), m.end(), entry))
            taken.append((m.start(), m.end()))
    if not found:
        return []
    found.sort(key=lambda f: f[0])
    readings = []
    for i in range(min(MAX_READINGS, max(len(e.roles) for _, _, e in found))):
        parts, at = [], 0
        for s, e, entry in found:
            parts += [text[at:s], entry.roles[min(i, len(entry.roles) - 1)]]
            at = e
        readings.append("".join(parts) + text[at:])
    return list(dict.fromkeys(readings))
