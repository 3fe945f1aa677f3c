"""How conditions combine: a clause that asks for all of them (同时符合下列条件) where the upper text asks for
any one (符合……条件之一) adds conditions, whatever the list of conditions says; so does a clause that joins with
和 / 并且 two things the upper text offers as alternatives (房屋租赁合同和出租人的房屋产权证明 for 房屋租赁合同、房屋产权
证明文件、购房合同或者……住宿证明等)."""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from .grading import grade
from .phrases import phrase
from .phrases import PHRASE_END, bounds
from .roles import actors
from .vocabulary import (ALL_OF_RX, ALTERNATIVE_RX, ANY_OF_RX, ENUMERATION_RX, JOINER_RX, LOCAL_LEEWAY_RX,
                         REQUIREMENT_RX)

if TYPE_CHECKING:
    from .reading import Reading


def read_combination(reading: Reading) -> None:
    clause, upper = reading.clause, reading.upper
    if ANY_OF_RX.search(reading.context):
        return   # the clause keeps 之一 somewhere: not all of the conditions
    all_of = ALL_OF_RX.search(clause.text)
    if all_of is None:
        return
    restated = reading.restated_sentences()
    for any_of in ANY_OF_RX.finditer(upper.text):
        index = next((j for j, start in enumerate(upper.starts) if start >= any_of.start()), None)
        if index is None or reading.upper_sentence[index] not in restated:
            continue   # 之一 in a sentence the clause does not restate
        facts = {"case": "all_of", "leeway": bool(LOCAL_LEEWAY_RX.search(upper.text))}
        clause_span = phrase(clause.text, all_of.start())
        upper_span = phrase(upper.text, any_of.start())
        # the words read as an added condition at that place say the same thing: one change
        reading.changes[:] = [c for c in reading.changes if not (c.kind == "condition_added"
                                                                 and clause_span[0] <= c.clause_start < clause_span[1])]
        reading.add("condition_added", grade("condition_added", facts, clause=all_of.group(),
                                             upper=upper.text[upper_span[0]:upper_span[1]]),
                    clause_span, upper_span)
        return


BESIDE = 1      # the word before a joining word is aligned with the upper text …
NEAR = 6        # … and one of the first characters after it


# the joined members are followed (as the last member, a few characters on) by 规定的/设定的: they name who makes the rule
_MAKERS_AFTER = re.compile(r"[^，。；、]{1,8}?(?:规定|设定|确定)的")


def read_joined_alternatives(reading: Reading) -> None:
    """A joining word (和, 并且) of the clause between two stretches aligned inside one phrase of the upper text
    that offers alternatives (……或者……), where the clause (or its list header) asks the party for something and its
    own phrase offers no alternative, names no bodies (公民、法人和其他组织) and lists no kinds (是指……等)."""
    clause, upper = reading.clause, reading.upper
    to_upper = reading.clause_to_upper
    clause_actors = [(a, b) for a, b, _ in actors(clause.text)]
    upper_actors = [(a, b) for a, b, _ in actors(upper.text)]
    requirement = REQUIREMENT_RX.search(reading.context)    # the clause (or its list header) asks for something
    if requirement is None:
        return
    for m in JOINER_RX.finditer(clause.text):
        if any(a <= m.start() < b for a, b in clause_actors) or (
                any(b == m.start() for _, b in clause_actors) and any(a == m.end() for a, _ in clause_actors)):
            continue        # 单位和个人, 公民、法人和其他组织: who, not what is required
        s, e = bounds(clause.text, m.start(), PHRASE_END)
        if ALTERNATIVE_RX.search(clause.text, s, e) or ANY_OF_RX.search(clause.text, s, e) \
                or ENUMERATION_RX.search(clause.text, s, e):
            continue        # 是指居民户口簿、居民身份证和临时居民身份证等: kinds named, not all required
        if _MAKERS_AFTER.match(clause.text, m.end()):
            continue        # 法律、法规和国务院决定规定的证明事项: the sources a rule comes from, any of which sets it
        i = clause.index_at(m.start())
        left = next((to_upper[k] for k in range(i - 1, max(-1, i - 1 - BESIDE), -1)
                     if 0 <= k < len(to_upper) and to_upper[k] >= 0 and clause.starts[k] >= s), None)
        right = next((to_upper[k] for k in range(i, min(len(to_upper), i + NEAR))
                      if to_upper[k] >= 0 and m.end() <= clause.starts[k] < min(e, m.end() + NEAR)), None)
        if left is None or right is None or right <= left:
            continue
        us, ue = bounds(upper.text, upper.starts[left], PHRASE_END)
        if upper.starts[right] >= ue:
            continue            # the two stand in different phrases of the upper text
        offered = ALTERNATIVE_RX.search(upper.text, us, ue)
        if offered is None or JOINER_RX.search(upper.text, upper.starts[left], upper.starts[right]):
            continue
        if any(a <= offered.start() < b for a, b in upper_actors):
            continue        # 组织或者个人: the bodies the norm binds, not alternatives to choose from
        facts = {"case": "joined_alternatives", "leeway": bool(LOCAL_LEEWAY_RX.search(upper.text))}
        s = _past_label(clause.text, s)
        reading.add("condition_added", grade("condition_added", facts, clause=clause.text[s:e].strip(),
                                             upper=upper.text[us:ue].strip()),
                    (s, e), (us, ue))
        return


def _past_label(text: str, s: int) -> int:
    """``s`` moved past a draft's own article number at the start of the text (第二条　)."""
    import re

    m = re.match(r"\s*第[一二三四五六七八九十百零〇两\d]+条[\s\u3000]*", text[s:])
    return s + m.end() if m else s
