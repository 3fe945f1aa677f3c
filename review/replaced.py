"""Systems that have been merged into another or abolished, and whether a document is about one of them
(legal-checks.md §11.4: a document whose object is gone, or which a newer scheme replaced, is repealed).

The systems are data (``tables/replaced_systems.toml``): a subject pattern, what does not count (the merger
itself, the successor scheme), the date of the change, the successor and the basis. ``replaced_system(title,
text, date)`` is pure: a document is about a system when its title — or the document its first article says it
implements ("为实施《××省职工生育保险规定》，制定本办法") — names it, and it was made before the change (or its
date is unknown). A system named elsewhere in the text (a list of services, a basis after 根据) does not make it
the document's subject.

A system whose documents rarely name it in their titles (a 户口 rule built on the 农业/非农业 household types:
"购买住房申办武汉市常住户口实施细则" grants a 非农业户口 in every article) may give a ``domain`` and ``content``: the
document is about the system when its title is in the domain (户口、落户…) and at least ``content`` sentences
of its text (outside 《》) name the system, none of them to do away with it (``ends``, else ``unless``, read in those sentences: a
title naming the 居住证 is about the 居住证, but "暂住证或居住证" in a sentence still builds on the 暂住证).
A system a document may well name in passing (the 暂住证 among a 户口 rule's proofs) also gives a ``share``: the
sentences naming it must be at least that share of the text's sentences — the system is what the document is about
(北京市外地来京人员户籍管理规定: 暂住登记, the 暂住证 and what it conditions in 10 of its 60 sentences), not one paper
it lists.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).resolve().parent / "tables" / "replaced_systems.toml"
# the document the text says it is made to implement: "第一条 为实施《X》" / "为贯彻落实《X》…制定"
_IMPLEMENTS = re.compile(r"为了?(?:进一步|深入|全面|认真|切实)*(?:实施|贯彻(?:落实|执行|实施)?|落实|执行)《([^《》]{2,60})》")
_OPENING_CHARS = 1500


@dataclass(frozen=True, slots=True)
class ReplacedSystem:
    name: str
    subject: str        # regex
    unless: str         # regex
    since: str          # ISO date of the merger or abolition
    how: str
    successor: str
    basis: str
    undated: bool = True   # a document without a date is taken to be older than the change
    domain: str = ""       # regex on the title: the system's field, for a document about it by its content
    content: int = 0       # how many sentences of the text must name the system (0: the title alone decides)
    share: float = 0.0     # and what share of the text's sentences at least (0: the count alone decides)
    ends: str = ""         # regex: a sentence naming the system that does away with it (default: ``unless``)


@lru_cache(maxsize=1)
def systems() -> tuple[ReplacedSystem, ...]:
    data = tomllib.loads(TABLE.read_text(encoding="utf-8"))
    return tuple(ReplacedSystem(**s) for s in data["system"])


def implemented_title(text: str) -> str:
    """The title of the document the text's opening says it implements, "" when it names none."""
    m = _IMPLEMENTS.search((text or "")[:_OPENING_CHARS])
    return m.group(1) if m else ""


_SENTENCE = re.compile(r"[^。；！？\n]+")


def built_on(system: ReplacedSystem, title: str, text: str) -> bool:
    """Whether the document's content is built on the system (module docstring): its title is in the system's
    domain, at least ``system.content`` sentences name the system, and none does away with it."""
    if not system.content or not system.domain or not re.search(system.domain, title):
        return False
    naming = total = 0
    for m in _SENTENCE.finditer(re.sub(r"《[^《》]*》", "", text or "")):
        sentence = m.group(0)
        total += bool(sentence.strip())
        if not re.search(system.subject, sentence):
            continue
        if re.search(system.ends or system.unless, sentence):
            return False
        naming += 1
    return naming >= system.content and naming >= system.share * total


def replaced_system(title: str, text: str, made: str) -> ReplacedSystem | None:
    """The merged or abolished system the document is about, None when it is about none (module docstring)."""
    squashed = re.sub(r"\s+", "", title or "")
    subjects = [s for s in (squashed, implemented_title(text)) if s]
    for system in systems():
        if made and made[:10] >= system.since or not made and not system.undated:
            continue
        for s in subjects:
            if re.search(system.subject, s) and not re.search(system.unless, s):
                return system
        if built_on(system, squashed, text):
            return system
    return None


def reason(system: ReplacedSystem) -> str:
    """The disposition's reason: what became of the system, on what basis, what replaces it."""
    s = f"文件主要内容所依托的{system.name}制度已于{system.since}{system.how}（{system.basis}），文件调整对象已不存在或者已被取代"
    s += "，建议废止"
    if system.successor:
        s += f"；仍需规定的，按{system.successor}另行制定"
    return s
