"""The legal effect a norm attaches, read by its class, and who must consent: a clause that keeps the article's case
but gives it the opposite effect, or has another kind of body consent to the act.

* An effect class of the article turned into its opposite class in the clause (grading.toml ``[effects]``: the
  words of each class are data): a compensation the law grants for a loss (给予适当补偿, 依法予以补偿) denied by the
  clause (不予补偿, 由被调用人自行承担); registration as a defence against third parties (未经登记，不得对抗善意第三人)
  made a condition of validity (未经登记的，不发生效力 / 自登记之日起生效), or the reverse. The clause's 分句 and the
  article's must speak of one case (``SAME_CASE`` content pairs besides the effect words: 造成损坏或者无法归还; 登记),
  the clause must not also say the article's effect, and the article must not itself deny it somewhere (a 但书
  excluding compensation: 违法建筑不予补偿).
* The body whose consent the article requires (经承包方书面同意, 必须经铁路运输企业同意) replaced in the clause by a body
  of another kind (a public body or a villagers' committee for a party or an enterprise, or the reverse: 经村民委员会
  同意, 必须经县交通运输局同意): the holder of the right no longer decides. Two public bodies of different levels are
  read by ``levels``; a clause that keeps the article's consenting body and adds another is an added condition.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .grading import grade, tables
from .matter import matter_bigrams
from .phrases import CLAUSE_END, bounds, phrase, trim
from .roles import actors
from .vocabulary import ACTOR_RX, ORGAN_KINDS

if TYPE_CHECKING:
    from .reading import Reading

# a 分句 that forbids or waives what it names (不得要求……提供, 无需办理): its words are no control the clause lays
FORBIDDING_RX = re.compile(r"不得|禁止|严禁|不准|无需|无须|不需要|不需|不再|不予|免予|免于")
SAME_CASE = 2           # content pairs the clause's and the article's 分句 share besides the effect words: one case


@lru_cache(maxsize=1)
def effect_classes() -> tuple[tuple[str, re.Pattern, re.Pattern, str, int, re.Pattern | None, bool], ...]:
    """(name, the article's class, the opposite class in the clause, grading case, content pairs of one case, the
    words that keep the article's effect in the clause, whether a forbidding 分句 voids the clause's words) of every
    row of grading.toml [effects]."""
    out = []
    for name, row in tables().get("effects", {}).items():
        out.append((name, re.compile(row["upper"]), re.compile(row["clause"]), row["case"],
                    int(row.get("same_case", SAME_CASE)), re.compile(row["kept"]) if row.get("kept") else None,
                    bool(row.get("negatable"))))
    return tuple(out)


def read_effects(reading: Reading) -> None:
    clause, upper = reading.clause.text, reading.upper.text
    for _name, granted, opposite, case, same_case, kept, negatable in effect_classes():
        if kept is not None and kept.search(clause):
            continue
        theirs = next((m for m in granted.finditer(upper) if not _inside(opposite, upper, m)), None)
        if theirs is None or any(not _inside(granted, upper, m) for m in opposite.finditer(upper)):
            continue        # the article has no such effect, or denies it itself somewhere
        if any(not _inside(opposite, clause, m) for m in granted.finditer(clause)):
            continue        # the clause says the article's effect too
        u_sentence = upper[slice(*bounds(upper, theirs.start(), CLAUSE_END))]
        u_case = matter_bigrams(ACTOR_RX.sub("|", granted.sub("|", u_sentence)))
        for mine in opposite.finditer(clause):
            # (one case: what both 分句 are about besides the effect words and the bodies they name — 登记机关 of a
            # filing with a registration office is no shared case with 登记机关核准予以登记)
            c_start, c_end = bounds(clause, mine.start(), CLAUSE_END)
            c_sentence = clause[c_start:c_end]
            if negatable and FORBIDDING_RX.search(clause, c_start, mine.start()):
                continue        # (不得要求……取得……许可证; not 取得……许可证，未取得的不得收购)
            if len(matter_bigrams(ACTOR_RX.sub("|", opposite.sub("|", c_sentence))) & u_case) < same_case:
                continue
            reading.add("consequence_changed",
                        grade("consequence_changed", {"case": case}, upper=_words(upper, theirs),
                              clause=_words(clause, mine)),
                        trim(clause, mine.start(), mine.end()), trim(upper, theirs.start(), theirs.end()))
            break


QUOTED_MIN = 5          # an effect's words shorter than this (备案, 许可证) are quoted with their phrase


def _words(text: str, m: re.Match) -> str:
    """What the opinion quotes of the effect at ``m``: its words, or its phrase where they are few."""
    if len(m.group()) >= QUOTED_MIN:
        return m.group()
    return text[slice(*phrase(text, m.start()))]


def _inside(rx: re.Pattern, text: str, m: re.Match) -> bool:
    """Whether the match ``m`` lies inside a match of ``rx`` (给予补偿 inside 不给予补偿)."""
    return any(o.start() <= m.start() and m.end() <= o.end() for o in rx.finditer(text))


# 经承包方书面同意, 必须经铁路运输企业同意, 报经县人民政府批准: the consenting body and the act of consent
CONSENT_RX = re.compile(r"(?:报经|须经|必须经|应当经|经)(?P<body>[\u4e00-\u9fff（）()]{2,20}?)(?:书面)?"
                        r"(?P<act>同意|批准|许可|核准|决定)")
# a party named by how its noun ends (承包方, 著作权人, 所有权人, 铁路运输企业): the holder of a right, not an organ
_PARTY_END = re.compile(r"(?:方|人|者|户|企业|公司|单位|会议)$")
_OFFICER = re.compile(r"负责人|领导|主管人员|本(?:行政)?机关|本(?:部门|单位|局|委|办)")
ORGAN, AUTONOMY, PARTY = "organ", "autonomy", "party"


def consent_group(body: str) -> str | None:
    """Which kind of body ``body`` is: a public body, a self-governing committee, a party (None: unknown, and a
    body's own officer: 经本行政机关负责人批准 / 经本局负责人批准 is one organ's internal approval)."""
    if _OFFICER.search(body):
        return None
    named = actors(body)
    if named:
        kind = named[-1][2]
        if kind in ORGAN_KINDS:
            return ORGAN
        return AUTONOMY if kind == "autonomy" else PARTY
    return PARTY if _PARTY_END.search(body) else None


def read_consent_swapped(reading: Reading) -> None:
    clause, upper = reading.clause.text, reading.upper.text
    ours = list(CONSENT_RX.finditer(clause))
    if not ours:
        return
    for theirs in CONSENT_RX.finditer(upper):
        body = theirs.group("body")
        group = consent_group(body)
        if group is None or body in clause:
            continue            # the clause keeps the article's consenting body (another added is a condition)
        for mine in ours:
            other = mine.group("body")
            mine_group = consent_group(other)
            if mine_group is None or mine_group == group:
                continue
            if not _same_act(clause, mine, upper, theirs):
                continue
            reading.add("body_changed", grade("body_changed", {"case": "consent_swapped"},
                                              upper=theirs.group(), clause=mine.group()),
                        (mine.start(), mine.end()), (theirs.start(), theirs.end()))
            return


def _same_act(clause: str, mine: re.Match, upper: str, theirs: re.Match) -> bool:
    """Whether the consents at ``mine`` and ``theirs`` are for one act: the same word of consent and their 分句
    share SAME_CASE content pairs besides the consenting bodies."""
    if mine.group("act") != theirs.group("act") and {mine.group("act"), theirs.group("act")} != {"同意", "批准"}:
        return False
    c = clause[slice(*bounds(clause, mine.start(), CLAUSE_END))].replace(mine.group(), "|")
    u = upper[slice(*bounds(upper, theirs.start(), CLAUSE_END))].replace(theirs.group(), "|")
    return len(matter_bigrams(c) & matter_bigrams(u)) >= SAME_CASE + 1

