"""An exception the article opens in a sentence of its own that the clause closes in so many words.

城市道路管理条例 第三十三条第二款: ……交付使用后5年内……不得挖掘；因特殊情况需要挖掘的，须经县级以上城市人民政府批准. The
second sentence is no 但书 (review.compare.exceptions reads 但……, 除……外, 另有规定的从其规定): it is a case of its own in
which the act forbidden before it may be done, on approval or in an emergency (内河交通安全管理条例 第二十六条: 遇有紧急
情况……作业人可以边申请边施工). A clause that restates the rule and is merely silent on that case leaves it to the law;
a clause that restates the rule and shuts every way out (一律不得, 不得以任何理由, 一概不予) takes from the party what the
law allows: the exception removed, a relief (立法法 第八十条、第九十三条: a lower rule may not take the rights the law
grants)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .exceptions import written_in
from .grading import grade
from .phrases import CLAUSE_END, SENTENCE_END, bounds, han_pairs

if TYPE_CHECKING:
    from .reading import Reading

# the case that lets the act be done after all: a special need or emergency, then an approval, a consent or a 可以
ALLOWED_CASE_RX = re.compile(
    r"(?:因|遇有|遇到|由于)?(?:特殊情况|特殊需要|紧急情况|紧急需要|确需|确有必要)[^。；;\n]{0,40}?(?:的|时)[，,]"
    r"[^。；;\n]{0,60}?(?:批准|同意|许可|可以)[^。；;\n]*")
# the clause's words that shut every way out of its rule
CLOSED_RX = re.compile(r"一律|一概|不得以任何理由|无论何种理由|任何理由|概不|均不得|均不予|绝不")
NEGATED_RX = re.compile(r"不得|禁止|严禁|不予|不准|不许")
ABOUT = 2               # character pairs of the act the exception names that the clause must say: one rule


def read_closed_exception(reading: Reading) -> None:
    clause, upper = reading.clause.text, reading.upper.text
    closed = CLOSED_RX.search(clause)
    if closed is None or not NEGATED_RX.search(clause):
        return
    for m in ALLOWED_CASE_RX.finditer(upper):
        s, e = m.start(), m.end()
        before_start, before_end = bounds(upper, max(0, s - 2), SENTENCE_END)
        rule = upper[before_start:s]
        if not NEGATED_RX.search(rule) or "\n" in upper[before_end:s]:
            continue    # the case opens no forbidden act of the sentence before it, in its paragraph
        if written_in(m.group(), reading.context or clause):
            continue    # the clause states the way out itself
        if len(han_pairs(rule) & han_pairs(clause)) < ABOUT or len(han_pairs(m.group()) & han_pairs(clause)) < ABOUT:
            continue    # another rule of the article, not the one the clause restates
        cs, ce = bounds(clause, closed.start(), CLAUSE_END)
        reading.add("exception_removed", grade("exception_removed", {"case": "relief", "cited": reading.cites_upper},
                                               exception=m.group()), (cs, ce), (s, e))
        return
