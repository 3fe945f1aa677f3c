"""What a figure measures: the thing whose term, distance, share or count it is (临时占用草原的期限 of 不超过三年,
保修期限 of 为5年, 公路建筑控制区的范围 of 不少于10米).

A time limit for an act is known by the act written after it (三十日内作出决定: review.compare.figures.figure_use).
A figure that ends its phrase (期限不得超过二年, 保修期限为三年, 征求意见期限不得少于30日) is known by the words
before it, in its sentence and, in an item, in the lead-in that introduces the list (建设工程的最低保修期限为：（二）
屋面防水工程……为5年). Two such figures measure one thing where those words share ``OBJECT_SHARED`` content bigrams,
the formula and measure words aside (期限, 年限, 标准: every figure has one).
"""

from __future__ import annotations

import re

from .bounds import ITEM_LEAD_IN
from .matter import content_bigrams
from .phrases import SENTENCE_END, bounds

OBJECT_SHARED = 2
OBJECT_REACH = 40       # characters before a figure read as what it measures

# what is left after a figure that ends its phrase (为限, 以内): nothing of an act, and no 的 (暂住三日以上的: a case the
# figure defines, not a measure of something)
_ENDS_PHRASE = re.compile(r"^(?:为限|以内|之内|内|以上|以下)?\s*(?:[，。；;,\n]|$)")
# the words any measured figure has around it: the measure itself, its bound, the verb that sets it
MEASURE_WORDS = re.compile(r"期限|年限|时限|期间|时间|标准|范围|距离|比例|数额|金额|次数|最长|最短|最高|最低|最多|最少|"
                            r"不得|不超过|超过|不少于|少于|不低于|低于|至少|一般|原则上|可以|应当|约定|确定|规定|"
                            r"为|是|按|按照|计算|累计|[\s（）()]")


def ends_phrase(text: str, end: int) -> bool:
    """Whether the figure ending at ``end`` closes its phrase: it measures what is named before it, not an act
    written after it."""
    return bool(_ENDS_PHRASE.match(text[end:end + 4]))


def completed(text: str, start: int, end: int) -> bool:
    """Whether the figure at [start, end) is a length completed, after which something follows (保存满1年后由……销毁,
    公示满30日后): 满 before it, 后 after — it measures what is named before it, as a figure closing its phrase does."""
    return text.startswith("满", start - 1) and text.startswith(("后", "以后", "之后"), end)


def measured(text: str, start: int) -> set[str]:
    """The content bigrams of what the figure at ``start`` measures: the words of its sentence before it (at most
    ``OBJECT_REACH`` characters) and, in an item, of the item's lead-in; the measure words aside."""
    s, _ = bounds(text, start, SENTENCE_END)
    words = text[max(s, start - OBJECT_REACH):start]
    lead = ITEM_LEAD_IN.search(text, 0, start)
    if lead is not None:
        words = lead.group(1) + "|" + words
    return content_bigrams(MEASURE_WORDS.sub("|", words))


def same_object(clause_text: str, clause_start: int, clause_end: int, upper_text: str, upper_start: int,
                upper_end: int) -> bool:
    """Whether two figures that each close their phrase measure one thing (see the module docstring)."""
    if clause_start < 0 or upper_start < 0:
        return False
    if not ((ends_phrase(clause_text, clause_end) or completed(clause_text, clause_start, clause_end))
            and ends_phrase(upper_text, upper_end)):
        return False
    return len(measured(clause_text, clause_start) & measured(upper_text, upper_start)) >= OBJECT_SHARED


# bounds of one kind: a limit within which (…内, 不超过), a least (…以上, 不少于), a lead time (…前); a bare figure is any
_KINDS = {"max": "within", "range": "within", "min": "least", "lead": "lead"}


def figure_object_shared(probe: str, unit_text: str, change) -> bool:
    """``same_object`` for the two figures of a change (its clause and upper spans), bounds of one kind (3日内 is no
    measure of what 三日以上 measures)."""
    from ..quantities import find_quantities

    if not change.clause_span or not change.upper_span:
        return False
    kinds = {_KINDS.get(q.mode) for q in find_quantities(change.clause_span) + find_quantities(change.upper_span)}
    if len(kinds - {None}) > 1:
        return False
    return same_object(probe, change.clause_start, change.clause_start + len(change.clause_span),
                       unit_text, change.upper_start, change.upper_start + len(change.upper_span))
