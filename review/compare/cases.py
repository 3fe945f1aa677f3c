"""The case a threshold figure defines and what befalls whoever meets it.

A figure written before 的 names a case (停业连续六个月以上的, 满二年未动工开发的, 请病假累计3个月以上的, 连续停止取水满2年
的); the rest of its sentence says what follows for whoever the case covers. Where that is a loss — a licence revoked
or withdrawn, land taken back, an entitlement refused (review.compare.vocabulary.ADVERSE_RX: the sanctions the norm
analyser reads, any object) — a lower threshold widens the loss: more parties meet the case sooner. Where it is
anything else (方可认定, 可以申领, a condition to meet), a higher threshold narrows who qualifies.

A grace period is such a case too: the party is given a period after a notice, a demand or a first measure, and only
when it lapses with the party still not acting (经公告3个月仍不前来接受处理的, 超过30日仍不交纳的, 公告后六个月内无人认领的)
does the loss fall — its property sold or its claim forfeited as well as any sanction. Whoever announces or demands
does not bear the period: it is the party's last grace, and a shorter one brings the loss sooner.
"""

from __future__ import annotations

from ..quantities import Quantity
from .bounds import ITEM_LEAD_IN
from .phrases import bounds
from .vocabulary import ADVERSE_RX, FORFEITURE_RX, GRACE_LAPSED_RX, SEIZED_DISPOSAL_RX, SEIZED_RX

_SENTENCE = "。；;\n"


def _case_rest(text: str, q: Quantity) -> tuple[str, int] | None:
    """The rest of the sentence after the figure ``q`` and the place of the 的 that closes the case it defines, or None
    where it defines none (应当至少保存2年，……: the figure closes its phrase)."""
    end = bounds(text, q.end, _SENTENCE)[1]
    rest = text[q.end:end]
    at = rest.find("的")
    return None if at < 0 or any(mark in rest[:at] for mark in "，,：") else (rest, at)


def defines_case(text: str, q: Quantity) -> bool:
    """Whether the figure ``q`` of ``text`` defines a case: its phrase goes on to 的 (违法所得5000元以上的，……)."""
    return _case_rest(text, q) is not None


def adverse_case(text: str, q: Quantity) -> bool:
    """Whether the figure ``q`` of ``text`` defines a case (its phrase goes on to 的) whose consequence, in the rest of
    the sentence, takes from whoever meets it (吊销营业执照, 注销取水许可证, 无偿收回土地使用权, 不享受当年的年休假)."""
    case = _case_rest(text, q)
    if case is None:
        return False
    rest, at = case
    if ADVERSE_RX.search(rest, at):
        return True
    # an item of a list of cases (（四）……请病假累计3个月以上的；) takes its consequence from the list's lead-in
    # (职工有下列情形之一的，不享受当年的年休假：)
    lead = ITEM_LEAD_IN.search(text, 0, q.start)
    return lead is not None and not rest[at + 1:].strip("；;。 \n") and bool(ADVERSE_RX.search(lead.group(1)))


def open_case(text: str, q: Quantity) -> bool:
    """Whether the figure ``q`` defines a case its own text leaves without a consequence (an item ……请病假累计2个月以上的；
    whose list's lead-in, not given here, says what follows): it takes the consequence of the article it restates."""
    case = _case_rest(text, q)
    return case is not None and not case[0][case[1] + 1:].strip("；;。 \n") \
        and ITEM_LEAD_IN.search(text, 0, q.start) is None


def grace_case(text: str, q: Quantity) -> bool:
    """Whether the period ``q`` of ``text`` is a grace the party lets lapse before a loss: just after it the party is
    still not acting (仍不前来接受处理, 仍未交付, 无人认领), its phrase goes on to 的, and the rest of the sentence takes
    from the party (拍卖, 视为放弃, 暂停……服务, 吊销……证书: review.compare.vocabulary FORFEITURE_RX, ADVERSE_RX; the
    property it had seized disposed of: SEIZED_DISPOSAL_RX with SEIZED_RX in the sentence)."""
    case = _case_rest(text, q)
    if case is None or not GRACE_LAPSED_RX.match(case[0]):
        return False
    rest, at = case
    end = q.end + len(rest)
    if ADVERSE_RX.search(rest, at) or FORFEITURE_RX.search(rest, at):
        return True
    # the property the body seized disposed of (被扣留的车辆……经公告3个月仍不来接受处理的，……依法处理)
    start = bounds(text, q.start, _SENTENCE)[0]
    return bool(SEIZED_DISPOSAL_RX.search(rest, at) and SEIZED_RX.search(text, start, end))
