"""A benefit the law makes a public body give in the indicative, left to that body's judgement by the clause.

A law lays many duties of giving without a modal verb: ……所需个人缴费部分，由政府给予补贴 (社会保险法 第二十五条第二款),
……自行将损毁土地复垦为耕地的，由县级以上地方人民政府给予补贴 (土地复垦条例 第三十四条), 国家对从事个体经营的残疾人，
免除行政事业性收费 (残疾人保障法 第三十六条), or carried by a comma from a 应当 before it (有关部门应当……给予照顾，并按照
规定免收……收费, 残疾人就业条例 第十九条). ``read_discretion`` reads 应当 → 酌情 only where a modal verb governs the act,
so the indicative duty was no duty to it. Here the clause's discretion word (视……情况, 酌情, 原则上, 根据需要, 决定是否) in a
phrase that says the law's benefit (its noun: 补贴, 补助, 补偿, 收费) on the case the law's sentence states is read as
the law's duty left to the body: 县财政可视年度预算安排情况酌情给予补贴.

Guards: the law's sentence holds a 可以 before the benefit (its own permission) or an exception (但是, 除……外); no public
body is named before it (the benefit's giver); the clause's phrase lays a duty of its own (应当, 必须) or is a party's;
another modal reading has read the clause already; the case is not restated (CASE_SHARED content pairs besides the
benefit's). The clause's phrase is a party's only where it asks or chooses (申请, 选择): 残疾人……其行政事业性收费原则上予以
免除 names the beneficiary, the body that waives the fee is unwritten.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .discretion import OWN_DUTY_RX
from .grading import grade
from .matter import content_bigrams, matter_bigrams
from .phrases import PHRASE_END, SENTENCE_END, bounds
from .roles import PARTY, role_at
from .steps import CASE_SHARED    # content pairs of the law's sentence (the benefit aside) the clause shares: one case
from .vocabulary import DISCRETION_RX, MANNER_RX, OWED_BENEFIT_RX

if TYPE_CHECKING:
    from .reading import Reading

ACT_SHARE = 0.5            # of the benefit's content pairs, in the clause's phrase …
ACT_LEAST = 4              # … or this many of them (a long object: 免收管理类、登记类和证照类的行政事业性收费)
_GIVER_RX = re.compile(r"政府|国家|财政|部门|机关")
_OWN_PERMISSION_RX = re.compile(r"可以|但是|除[^，。；]{1,30}外")
# a party's own request or choice made as it needs (申请人可以根据需要申请补贴): its freedom, not the body's duty left open
_PARTYS_OWN_RX = re.compile(r"申请|提出|选择|自愿|自行")
# the thing given, one of whose pairs the clause must say: a grant or a fee waived
_BENEFIT_PAIRS = frozenset({"补贴", "补助", "补偿", "收费", "免除", "免收"})


def read_unmarked_duty(reading: Reading) -> None:
    """Add a modal change (应当 → 酌情, graded as read_discretion's) where a phrase of the clause leaves to discretion a
    benefit the upper text owes in the indicative; at most one per comparison."""
    if any(c.kind == "modal" for c in reading.changes):
        return
    ctext, utext = reading.clause.text, reading.upper.text
    spots = _discretion_phrases(ctext)
    if not spots:
        return
    for m in OWED_BENEFIT_RX.finditer(utext):
        s, e = bounds(utext, m.start(), SENTENCE_END)
        before = utext[s:m.start()]
        if _OWN_PERMISSION_RX.search(utext, s, e) or not _GIVER_RX.search(before):
            continue
        p_start, p_end = bounds(utext, m.start(), PHRASE_END)
        benefit = content_bigrams(MANNER_RX.sub("|", utext[m.start():p_end]))
        case = matter_bigrams(before + "|" + utext[p_end:e])
        if len(case & matter_bigrams(ctext)) < CASE_SHARED:
            continue
        for cs, ce in spots:
            mine = content_bigrams(MANNER_RX.sub("|", DISCRETION_RX.sub("|", ctext[cs:ce])))
            shared = mine & benefit
            if not shared & _BENEFIT_PAIRS or len(shared) < min(ACT_SHARE * len(benefit), ACT_LEAST):
                continue
            first = DISCRETION_RX.search(ctext, cs, ce)
            words = "".join(x.group() for x in DISCRETION_RX.finditer(ctext, cs, ce))
            facts = {"upper": "must", "clause": "may", "role": "organ", "discretion": True, "protective": False}
            reading.add("modal", grade("modal", facts, upper_word=utext[p_start:m.end()].strip(),
                                       clause_word=words),
                        (first.start(), ce), (m.start(), m.end()))
            return


def _discretion_phrases(text: str) -> list[tuple[int, int]]:
    """The phrases of ``text`` holding a discretion word, not laying a duty of their own and not a party's."""
    out = []
    for spot in DISCRETION_RX.finditer(text):
        s, e = bounds(text, spot.start(), PHRASE_END)
        if (s, e) in out or OWN_DUTY_RX.search(text, s, e) \
                or role_at(text, spot.start()) == PARTY and _PARTYS_OWN_RX.search(text, s, e):
            continue
        out.append((s, e))
    return out
