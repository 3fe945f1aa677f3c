"""Fines, multiples and ratios: raised, floor lowered, or narrowed within the statutory range."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..quantities import Quantity
from .cases import adverse_case
from .grading import amount_noun, grade
from .phrases import CLAUSE_END, SENTENCE_END, bounds
from .roles import ORGAN, role_at
from .vocabulary import CIRCUMSTANCE_RX, MODAL_RX, PENAL_RX

if TYPE_CHECKING:
    from .reading import Reading


def in_penal_sentence(text: str, q: Quantity) -> bool:
    """Whether ``q`` stands in a sentence of ``text`` that lays a sanction (罚款, 没收 …: PENAL_RX)."""
    s, e = bounds(text, q.start, SENTENCE_END)
    return bool(PENAL_RX.search(text[s:e]))


def read_amount_change(reading: Reading, upper_quantity: Quantity, clause_quantity: Quantity) -> None:
    penal = in_penal_sentence(reading.upper.text, upper_quantity)
    upper_quantity = bounded(reading.upper.text, upper_quantity)
    if clause_quantity.upper_bound > upper_quantity.upper_bound:
        case = "raised"
    elif clause_quantity.lower_bound < upper_quantity.lower_bound:
        case = "floor_lowered"
    elif fixes_a_range(reading.clause.text, upper_quantity, clause_quantity):
        case = "fixed"
    elif not penal and demanded_floor(reading.upper.text, upper_quantity) \
            and clause_quantity.lower_bound > upper_quantity.lower_bound \
            and not adverse_case(reading.clause.text, clause_quantity):
        case = "floor_raised"
    else:
        case = "within"
    words = {
        "noun": amount_noun(upper_quantity.dim, penal),
        "upper": upper_quantity.text, "clause": clause_quantity.text,
        "upper_max": upper_quantity.hi_text or upper_quantity.text, "clause_max": clause_quantity.hi_text or "不设上限",
        "upper_min": upper_quantity.lo_text or upper_quantity.text, "clause_min": clause_quantity.lo_text or "不设下限",
    }
    reading.add("amount", grade("amount", {"case": case, "penal": penal}, **words),
                (clause_quantity.start, clause_quantity.end), (upper_quantity.start, upper_quantity.end))


def fixes_a_range(clause_text: str, upper_quantity: Quantity, clause_quantity: Quantity) -> bool:
    """Whether the clause writes one figure where the article gives a range (一律处违法所得三倍的罚款 for 1倍以上3倍
    以下), for every case: no word of its sentence grades the sanction by circumstance (情节较轻的, 首次)."""
    if clause_quantity.mode != "fixed" or upper_quantity.mode not in ("range", "max"):
        return False
    s, e = bounds(clause_text, clause_quantity.start, SENTENCE_END)
    return not CIRCUMSTANCE_RX.search(clause_text[s:e])


def bounded(text: str, q: Quantity) -> Quantity:
    """A figure written as one number with its bound earlier in the phrase (履约保证金的数额不得超过政府采购合同金额
    的10%: a cap; 缴存比例均不得低于职工上一年度月平均工资的5%: a floor) or in its item's lead-in, read as that bound
    (review.compare.bounds)."""
    from .bounds import with_bound

    return with_bound(text, q)


def specified_within(change) -> bool:
    """Whether an amount change writes one figure inside the range the article gives (并处骗取金额五倍的罚款 for 二倍
    以上五倍以下): what a 规章 may do — 行政处罚法 第十三条、第十四条 let it make specific provisions within the kinds and
    the range of the sanction a law or 法规 sets. A figure outside the range, or a range of its own, is not one."""
    from ..quantities import find_quantities

    if change.kind != "amount" or not change.clause_span or not change.upper_span:
        return False
    clause, upper = find_quantities(change.clause_span), find_quantities(change.upper_span)
    if len(clause) != 1 or len(upper) != 1 or clause[0].dim != upper[0].dim:
        return False
    c, u = clause[0], upper[0]
    return c.mode == "fixed" and u.mode == "range" and u.lower_bound <= c.lower_bound and c.upper_bound <= u.upper_bound


_LEAD_DEMANDS = ("条件", "应当", "必须", "须")


def demanded_floor(text: str, q: Quantity) -> bool:
    """Whether ``q`` is a least figure the article demands of whoever must meet it (注册资本不少于30万元, 应当占本单位在职
    职工总数的25%以上, an item of 应当具备下列条件：……有3万元以上活动资金): a lone floor (……以上, 不少于, 不低于) under a
    duty (应当, 必须, 须 before it in its sentence, or a list's lead-in of conditions) borne by no public body, and no case
    with a loss (超过……以上的，吊销: review.compare.cases). A higher figure adds to what the law asks; the law leaves
    nothing above its floor to the drafter's choice the way it leaves a range."""
    from .bounds import ITEM_LEAD_IN

    if q.mode != "min" or adverse_case(text, q) or role_at(text, q.start) == ORGAN:
        return False
    start = bounds(text, q.start, CLAUSE_END)[0]
    if any(m.lastgroup == "must" for m in MODAL_RX.finditer(text, start, q.start)):
        return True
    lead = ITEM_LEAD_IN.search(text, 0, q.start)
    return lead is not None and any(w in lead.group(1) for w in _LEAD_DEMANDS)
