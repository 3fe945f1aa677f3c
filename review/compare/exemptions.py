"""An exemption of the upper text (其分支机构免予办理农药经营许可证, 无需申请许可) the clause turns into a duty on that very
act (分支机构应当另行申领农药经营许可证): read as 免予/无需 → 应当 on the act, graded by the modal table's exemption row."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .grading import grade
from .matter import content_bigrams
from .modals import REVERSED_SHARED, _PROCEDURAL_PAIRS, duty_on
from .phrases import CLAUSE_END, PHRASE_END, bounds
from .roles import PARTY

if TYPE_CHECKING:
    from .reading import Reading

# an exemption followed by the act it relieves of (免予办理, 无需申请, 不需要取得): the act to its phrase's end
EXEMPTED_ACT_RX = re.compile(r"(免予|无需|无须|不需要|不需|毋须|不必)(?=(?:(?:按照|依照)[^，。；]{0,8}?规定)?"
                             r"(?:办理|取得|申请|申领|领取|登记|备案|审批))")
_ACQUIRE = ("办理", "取得", "申请", "申领", "领取", "登记", "备案", "审批", "另行", "单独", "重新")
BEARER_SHARED = 2       # characters the exempted bearer and the clause's duty bearer share at least


def exempted_act(text: str, at: int, word: str) -> set[str]:
    """The content bigrams of the act the exemption ``word`` at ``at`` relieves of, procedural verbs aside."""
    end = bounds(text, at, CLAUSE_END)[1]
    act = text[at + len(word):end]
    for verb in _ACQUIRE:
        act = act.replace(verb, "|")
    return content_bigrams(act) - _PROCEDURAL_PAIRS


def _bearer(text: str, at: int) -> str:
    """The words of the phrase holding ``at`` before it (其分支机构 of 其分支机构免予办理…)."""
    start = bounds(text, at, PHRASE_END)[0]
    return text[start:at].lstrip("其").strip("，, ")


def read_reversed_exemptions(reading: Reading) -> None:
    """Where the clause keeps none of the article's exemption words and lays a duty (应当/须) on the exempted act (its
    phrase shares REVERSED_SHARED content bigrams of it): 免予 → 应当. Whose exemption it is must be whose duty the
    clause lays: the bearer the article names before the exemption (其分支机构) stands before the clause's duty; an
    exemption with no bearer of its own (……的，无需申请许可) counts only where the article lays no duty on that act
    itself (专门从事……的单位，应当……申请许可 is another case's duty, which a clause restating it keeps)."""
    clause, upper = reading.clause.text, reading.upper.text
    if EXEMPTED_ACT_RX.search(clause):
        return
    for exemption in EXEMPTED_ACT_RX.finditer(upper):
        act = exempted_act(upper, exemption.start(), exemption.group(1))
        if len(act) < REVERSED_SHARED:
            continue
        duty = duty_on(clause, act)
        if duty is None:
            continue
        bearer = _bearer(upper, exemption.start())
        if bearer:
            theirs = _bearer(clause, duty.start())
            if len(set(bearer) & set(theirs)) < BEARER_SHARED:
                continue
        elif duty_on(upper, act) is not None:
            continue
        at = exemption.start()
        if any(c.kind == "modal" and c.upper_start == at for c in reading.changes):
            return   # read already where the two texts align (无需申请许可 → 应当另行申请许可)
        done = bounds(clause, duty.start(), PHRASE_END)[1]
        reading.add("modal", grade("modal", {"upper": "may", "clause": "must", "role": PARTY, "exemption": True},
                                   upper_word=exemption.group(1), clause_word=duty.group()),
                    (duty.start(), done), (at, at + len(exemption.group(1))))
        return
