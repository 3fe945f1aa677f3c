"""How conditions combine: a clause that asks for all of them (同时符合下列条件) where the upper text asks for
any one (符合……条件之一) adds conditions, whatever the list of conditions says."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .grading import grade
from .phrases import phrase
from .vocabulary import ALL_OF_RX, ANY_OF_RX, LOCAL_LEEWAY_RX

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
