"""Time limits: who must act within them decides whether a longer or shorter one is a problem."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..quantities import Quantity
from .bounds import CAP, bound_words, ceiling
from .cases import adverse_case, grace_case, open_case
from .grading import grade
from .phrases import CLAUSE_END, bounds
from .roles import ORGAN, PARTY, UNKNOWN, agent_after, other_bearers, role_at
from .vocabulary import (ACTOR_RX, ANSWER_ACT_RX, ANSWERS_REQUEST_RX, APPLICANT_ACT_RX, BARRED_PERIOD_RX, ENTITLED_PERIOD_RX,
                         VALIDITY_PERIOD_RX, LIMITATION_RX, MODAL_RX, NOTICE_ACT_RX, QUALIFYING_PERIOD_RX,
                         SANCTION_PERIOD_RX, WAITING_PERIOD_RX)

CAP_WORDS = ("不得超过", "最长不得超过", "最多不得超过", "不超过")

if TYPE_CHECKING:
    from .reading import Reading

SAME_VALUE = 1e-9


def read_time_limit_change(reading: Reading, upper_quantity: Quantity, clause_quantity: Quantity) -> None:
    upper_days, clause_days = upper_quantity.value, clause_quantity.value
    modes = {upper_quantity.mode, clause_quantity.mode}
    if abs(upper_days - clause_days) < SAME_VALUE:
        if len(modes) == 1 or "fixed" in modes or {"max", "range"} >= modes:
            return   # 三十日 for 三十日内, 不超过三十日 for 三十日内: the same limit
    role, clause_role = role_at(reading.upper.text, upper_quantity.start), role_at(reading.clause.text, clause_quantity.start)
    # a lead time for applying to a body (活动举办日的20日前提出安全许可申请) and a period to claim one's own (60个自然日内……
    # 兑奖) are the party's, whoever it is called (承办者, 彩票中奖者); not any limit to apply (所在单位……30日内……提出工伤
    # 认定申请 is the employer's duty for its worker, which a county may make stricter)
    if role == UNKNOWN and _applies(reading.upper.text, upper_quantity, modes):
        role = PARTY
    if clause_role == UNKNOWN and _applies(reading.clause.text, clause_quantity, modes):
        clause_role = PARTY
    # round 38 (up38): a subjectless limit whose agent 由…… names after it (……一个月以内，由户主、亲属……申报)
    if role == UNKNOWN:
        role = agent_after(reading.upper.text, upper_quantity.end) or UNKNOWN
    if clause_role == UNKNOWN:
        clause_role = agent_after(reading.clause.text, clause_quantity.end) or UNKNOWN
    # a period one may use to seek a remedy or apply (可以在收到决定之日起六十日内申请行政复议): a right's window, whoever
    # holds it is the party — not the body's 五日内转送 of the same procedure
    if role == UNKNOWN and party_window(reading.upper.text, upper_quantity):
        role = PARTY
    if clause_role == UNKNOWN and party_window(reading.clause.text, clause_quantity):
        clause_role = PARTY
    # a limit to decide on or answer another's request (采购人应当在收到供应商书面质疑后七个工作日内作出答复; 应当自受理之日
    # 起二十日内作出决定), in both texts: whoever decides bears it as the body in charge, whatever it is called — a
    # shorter one is a stricter duty on it, which protects the requester (round 27, guard27)
    if answers_request(reading.upper.text, upper_quantity) and answers_request(reading.clause.text, clause_quantity):
        role = clause_role = ORGAN
    # … or the clause restates the same answer without saying whence its period runs (公证机构……原则上在十个工作日内出具
    # 公证书 for 应当自受理公证申请之日起十五个工作日内向当事人出具公证书): the same act after both figures, the clause's
    # bearer no party of its own (round 34, look34)
    elif clause_role != PARTY and answers_request(reading.upper.text, upper_quantity) \
            and same_answer(reading.upper.text, upper_quantity, reading.clause.text, clause_quantity):
        role = clause_role = ORGAN
    # whose period it is, read from who must act within it: a bearer named as the one a body acts on (被审计单位, 被检查
    # 人, 被征收人) answers the body's act — its time to object or be heard, a party's period however the act is called
    # (被审计单位应当自接到审计报告之日起十日内……送交书面意见: round 30, upperK30)
    theirs_on, mine_on = acted_on(reading.upper.text, upper_quantity), acted_on(reading.clause.text, clause_quantity)
    if theirs_on != mine_on and not same_bearer(reading.upper.text, upper_quantity, reading.clause.text,
                                                clause_quantity):
        return   # 被审计对象……十日内 / 审计组应当……五日内: two bearers' limits
    if theirs_on or mine_on:
        role = clause_role = PARTY
    # a licence's validity (县农业农村局核发的兽药经营许可证有效期为3年) is its holder's period, whoever issues it
    validity = bool(VALIDITY_PERIOD_RX.search(_before(reading.upper.text, upper_quantity.start))
                    and VALIDITY_PERIOD_RX.search(_before(reading.clause.text, clause_quantity.start)))
    if validity:
        role = clause_role = PARTY
    # how long a sanction lasts (暂扣六个月, 暂停其……结算3个月至12个月): the body imposing it and the party bearing it
    # are both named around it, so whose phrase it stands in says nothing of whether it is one sanction
    sanction = is_sanction_period(reading.upper.text, upper_quantity) and \
        is_sanction_period(reading.clause.text, clause_quantity)
    if sanction:
        role = clause_role = UNKNOWN
    # a grace the party lets lapse before a loss (经公告3个月仍不前来接受处理的，……拍卖), in the article and in the clause
    # (or a clause case left open): the body that announces or demands does not bear it (review.compare.cases)
    grace = grace_case(reading.upper.text, upper_quantity) and (
        grace_case(reading.clause.text, clause_quantity) or open_case(reading.clause.text, clause_quantity))
    if grace:
        # (暂停服务60日内仍未补交……的: the period after a suspension, not how long it lasts)
        role = clause_role = UNKNOWN
        sanction = False
    if UNKNOWN not in (role, clause_role) and role != clause_role \
            and named_among(reading.clause.text, clause_quantity, reading.upper.text, upper_quantity):
        role = clause_role   # 机关、事业单位应当……60日内 for 机关、事业单位和大型企业应当……30日内: some of the same bearers
    if UNKNOWN not in (role, clause_role) and role != clause_role:
        return   # 行政机关……10个工作日内答复 / 延长的期限……告知申请人: two bearers' limits, not one changed
    if not grace and other_bearers(reading.upper.text, upper_quantity.start, reading.clause.text, clause_quantity.start):
        return   # 房地产开发企业……60日内报送 / 购买人……90日内办理登记: two parties' limits
    if role == UNKNOWN:
        role = clause_role
    upper_words = reading.upper.text
    if "lead" in modes:
        limit = "lead"
    elif QUALIFYING_PERIOD_RX.search(_before(upper_words, upper_quantity.start)) and upper_quantity.mode == "min":
        limit = "threshold"       # 居住半年以上: a period the party must have completed to qualify
    elif completed(upper_words, upper_quantity) and completed(reading.clause.text, clause_quantity):
        limit = "threshold"       # 依法登记满一年的慈善组织 / 登记满二年且……的: a period completed to qualify
    elif clean_record(upper_words, upper_quantity) and clean_record(reading.clause.text, clause_quantity):
        limit = "threshold"       # 举办营业性演出前2年内无违反本条例规定的记录: a look-back the party must have kept clean
    elif reached(upper_words, upper_quantity) and reached(reading.clause.text, clause_quantity):
        limit = "threshold"       # 对戒断3年未复吸的人员，不再…… / 戒断满5年未复吸的，方可……: a period that defines a case
    elif upper_quantity.mode == "min":
        limit = "floor"           # 不得少于30日, 公告至少三十日: the least the law allows
    elif WAITING_PERIOD_RX.match(upper_words, upper_quantity.end):
        limit = "waiting"         # 公示30日后，可以申请注销: a period that must pass before the party may act
    else:
        limit = "limit"
    if ENTITLED_PERIOD_RX.search(_before(upper_words, upper_quantity.start, 20)):
        limit = "entitlement"     # 年休假5天, 享受42天产假: a period the party is entitled to
    if grace:
        limit = "threshold"       # 经公告3个月仍不前来接受处理的: the case its lapse defines
    direction = "longer" if clause_days > upper_days else "shorter"
    if sanction:
        limit = "sanction"        # 暂扣六个月机动车驾驶证, 责令停业整顿3个月至6个月: how long a sanction lasts
        direction = sanction_direction(upper_quantity, clause_quantity,
                                       barred(upper_words, upper_quantity) and barred(reading.clause.text, clause_quantity))
    facts = {"limit": limit, "role": role, "direction": direction, "validity": validity and not sanction,
             # 在2年内未被发现的，不再查处: the period within which a violation may still be pursued
             "limitation": bool(LIMITATION_RX.match(upper_words, upper_quantity.end)),
             # 提前24小时通知用水单位和个人: a lead time that protects the notified party
             "notice": limit == "lead" and bool(NOTICE_ACT_RX.match(upper_words, upper_quantity.end)),
             # 试用期不得超过二个月: a cap the law puts on a burden, which a longer figure loosens
             "cap": upper_quantity.mode == "max" and (upper_quantity.text.startswith(CAP_WORDS)
                                                      or bound_words(upper_words, upper_quantity) == CAP),
             # 土地使用权出让最高年限按下列用途确定：……: the longest term a grant may run
             "ceiling": upper_quantity.mode == "max" and ceiling(upper_words, upper_quantity),
             # 应当自用工之日起三十日内……申请办理社会保险登记: a limit the bearer must keep, not a period it may use
             "duty": is_duty_limit(upper_words, upper_quantity.start),
             # 连续停止取水满2年的，由原审批机关注销取水许可证: a threshold whose case takes from whoever meets it, in
             # both texts (review.compare.cases) — a shorter one widens the loss
             # 经公告3个月仍不前来接受处理的，……拍卖: a grace the party lets lapse before a loss (review.compare.cases)
             "grace": grace,
             "adverse": limit == "threshold" and adverse_case(upper_words, upper_quantity)
             and (adverse_case(reading.clause.text, clause_quantity) or open_case(reading.clause.text, clause_quantity))}
    reading.add("time_limit", grade("time_limit", facts, upper=upper_quantity.text, clause=clause_quantity.text),
                (clause_quantity.start, clause_quantity.end), (upper_quantity.start, upper_quantity.end))


def _subject(text: str, q: Quantity) -> str:
    """The words before the modal verb of the 分句 holding ``q`` (机关、事业单位和大型企业 of ……应当自……30日内确认), '' when
    the 分句 has no modal verb before it."""
    start, _ = bounds(text, q.start, CLAUSE_END)
    modal = None
    for m in MODAL_RX.finditer(text, start, q.start):
        modal = m
    if modal is None:
        return ""
    phrase_start = max(text.rfind(c, start, modal.start()) for c in "，,") + 1
    return text[max(start, phrase_start):modal.start()]


ACTED_ON_RX = re.compile(r"被[\u4e00-\u9fff]{1,6}?(?:单位|人|企业|机构|组织|者|方|对象|家庭|户)$")


def acted_on(text: str, q: Quantity) -> bool:
    """Whether the bearer of the limit ``q`` (the subject before its modal verb) is named as the one a body acts on
    (被审计单位, 被检查人, 被征收人): a party, whatever it answers."""
    subject = _subject(text, q).strip()
    return bool(subject) and bool(ACTED_ON_RX.search(subject))


def same_bearer(upper: str, upper_q: Quantity, clause: str, clause_q: Quantity) -> bool:
    """Whether the subjects bearing two limits are one: either says the other, or both end alike (or one text
    names none)."""
    theirs, mine = _subject(upper, upper_q).strip(), _subject(clause, clause_q).strip()
    return not theirs or not mine or theirs in mine or mine in theirs or theirs[-2:] == mine[-2:]


def named_among(clause: str, clause_q: Quantity, upper: str, upper_q: Quantity) -> bool:
    """Whether the subject bearing the clause's limit is all said in the article's subject (a list of bearers the
    clause names some of): one limit of the same bearers, whatever kind the last of the article's list is."""
    mine, theirs = _subject(clause, clause_q), _subject(upper, upper_q)
    parts = [p for p in re.split(r"[、，,和及与或]|或者|以及", mine) if p]
    # (each part a body named as one, by the lexicon or by how its noun ends: 机关, 事业单位 — not a bare adverb, 也 of
    # 当事人也可以)
    return bool(parts) and len(theirs) > len(mine) and all(
        p in theirs and (ACTOR_RX.search(p) or _BODY_END.search(p)) for p in parts)


_BODY_END = re.compile(r"[\u4e00-\u9fff](?:机关|单位|机构|企业|组织|部门|公司|人|者|方|户)$")


_CLAIM = ("兑奖", "领取", "申领", "认领")
_WITHIN = re.compile(r"^(?:以内|之内|内|前|以前|之前)")


def reached(text: str, q: Quantity) -> bool:
    """Whether the period ``q`` is a length reached that defines a case (戒断3年未复吸的人员, 戒断满5年未复吸的，): a bare
    figure, no time within which (……内, ……前), whose phrase goes on to 的 — the case it names; or a least length
    that qualifies whom the rule covers (怀孕7个月以上的女职工): ……以上 followed at once by 的."""
    if q.mode == "min" and text.startswith("的", q.end) and q.text.endswith("以上"):
        return True     # (not 不少于6个月的对比观测: a least length demanded of an act, a floor)
    if q.mode != "fixed" or _WITHIN.match(text, q.end):
        return False
    rest = _after(text, q.end)
    return "的" in rest and not MODAL_RX.search(rest)


# a record the party must not have within a period looked back on (前2年内无违反……的记录, 近三年内未受过……处罚): not the
# limitation of 二年内未被发现的 (LIMITATION_RX), which no record is
_CLEAN_RECORD = re.compile(r"(?:以内|之内|内)[，,]?(?:无|未|没有)(?:违反|违法|受到|受过|发生|出现|因|有|被(?!发现))")


def clean_record(text: str, q: Quantity) -> bool:
    """Whether ``q`` is a period the party must have kept clean to qualify (……前2年内无违反……的记录): a longer one
    reaches further back, a stricter condition."""
    return bool(_CLEAN_RECORD.match(text, q.end - 1 if q.text.endswith("内") else q.end))


def completed(text: str, q: Quantity) -> bool:
    """Whether ``q`` is a period the party must have completed to qualify, written 满 after what it did (登记满一年,
    连续居住满五年, 经营满三年): the qualifying act (compare.qualifying_period) then 满 at once before the figure."""
    before = _before(text, q.start)
    return q.mode in ("fixed", "min") and before.endswith("满") and bool(QUALIFYING_PERIOD_RX.search(before))


def _applies(text: str, q: Quantity, modes: set) -> bool:
    """Whether the limit ``q`` is a party's lead time to apply or its period to claim its own (see above)."""
    m = APPLICANT_ACT_RX.match(text, q.end)
    return m is not None and ("lead" in modes or any(w in m.group() for w in _CLAIM))


def answers_request(text: str, q: Quantity) -> bool:
    """Whether the limit ``q`` runs from another's request (自受理之日起, 收到……质疑后) for a decision or reply on it
    (……内作出答复, ……内作出决定): the words before it in its phrase and the act after it."""
    start = bounds(text, q.start, CLAUSE_END)[0]
    before = text[start:q.start]
    for mark in "，,；;：:":
        before = before[before.rfind(mark) + 1:]
    return bool(ANSWERS_REQUEST_RX.search(before) and ANSWER_ACT_RX.match(text, q.end))


def same_answer(upper: str, upper_q: Quantity, clause: str, clause_q: Quantity) -> bool:
    """Whether the acts after the two figures are one answer to a request (…出具公证书 and …出具公证书, …作出决定 and
    …作出决定): both read as an answer, ending on the same word."""
    theirs, mine = ANSWER_ACT_RX.match(upper, upper_q.end), ANSWER_ACT_RX.match(clause, clause_q.end)
    return theirs is not None and mine is not None and theirs.group()[-2:] == mine.group()[-2:]


_SEEKS_RX = re.compile(r"[^，。；]{0,12}?(?:申请|提起|请求|提出)")


def party_window(text: str, q: Quantity) -> bool:
    """Whether the limit ``q`` is a window one may use to apply or seek a remedy: the nearest modal verb before it in
    its clause is 可以/有权 and an application follows it (……六十日内申请行政复议, ……六个月内提起行政诉讼)."""
    start = bounds(text, q.start, CLAUSE_END)[0]
    last = None
    for m in MODAL_RX.finditer(text, start, q.start):
        if not text.startswith("知道", m.end()):
            last = m
    return last is not None and last.lastgroup == "may" and bool(_SEEKS_RX.match(text, q.end))


# the act joined to a permitted one in the next phrase (，并在……内移交, ，并于……日内报告): the figure's own slot, a duty
# that comes with the option once used
_JOINED_DUTY = re.compile(r"[，,]并(?:且)?(?:应当)?(?:在|于|自)")


def is_duty_limit(text: str, pos: int) -> bool:
    """Whether the time limit at ``pos`` is one its bearer must keep: the modal verb nearest before it in its
    sentence says 应当/必须/须 (应当自用工之日起三十日内……办理登记), not 可以/有权 (可以自收到……之日起三十日内请求复查,
    a period the party may use) — a duty's limit, lengthened, lets the bearer act later than the law requires."""
    start = bounds(text, pos, CLAUSE_END)[0]
    last = None
    for m in MODAL_RX.finditer(text, start, pos):
        if not text.startswith("知道", m.end()):     # 知道或者应当知道: what one is taken to know, no duty
            last = m
    if last is not None and last.lastgroup == "may" and _JOINED_DUTY.search(text, last.end(), pos):
        return True     # 可以先予扣留……，并在二十四小时内将案件移交: the limit is the duty the option brings with it
    return last is not None and last.lastgroup == "must"


def _before(text: str, pos: int, width: int = 8) -> str:
    """The words just before ``pos`` in its phrase (居住 of 居住半年以上)."""
    start = max(0, pos - width)
    for mark in "，。；：,;:\n":
        at = text.rfind(mark, start, pos)
        if at >= 0:
            start = at + 1
    return text[start:pos]


def is_sanction_period(text: str, q: Quantity) -> bool:
    """Whether figure ``q`` is how long a sanction lasts: a sanction just before it in its phrase (处暂扣六个月,
    责令停业整顿3个月至6个月, 暂停其医疗费用联网结算3个月) or a disqualification just after it (五年内不得重新取得)."""
    return bool(SANCTION_PERIOD_RX.search(_before(text, q.start, 24)) or SANCTION_PERIOD_RX.match(_after(text, q.end)))


def barred(text: str, q: Quantity) -> bool:
    """Whether the period ``q`` is how long a bar lasts (5年内不得担任……负责人, 2年内不得申请执业注册): the bar holds for the
    whole period, so ``N年内`` is one length, not a ceiling below which a shorter bar would lie within the law's."""
    m = BARRED_PERIOD_RX.match(_after(text, q.end, 24))
    return q.mode in ("max", "fixed") and m is not None and (q.text.endswith("内") or m.group().startswith(("以内", "之内", "内")))


def sanction_direction(upper: Quantity, clause: Quantity, bar: bool = False) -> str:
    """A sanction period against the law's: "longer" past its longest, "shorter" under its least, else "within"
    (a range or a fixed figure: 4个月 within 3个月至6个月). A ``bar`` (五年内不得担任) lasts its whole period: 三年内 is
    shorter than the law's 五年内, not within it."""
    if bar and upper.lo is None and clause.lo is None:
        return "longer" if clause.value > upper.value + SAME_VALUE else \
            "shorter" if clause.value < upper.value - SAME_VALUE else "within"
    upper_lo = upper.lo if upper.lo is not None else (0.0 if upper.mode == "max" else upper.value)
    upper_hi = upper.hi if upper.hi is not None else upper.value
    clause_lo = clause.lo if clause.lo is not None else (0.0 if clause.mode == "max" else clause.value)
    clause_hi = clause.hi if clause.hi is not None else clause.value
    if clause_hi > upper_hi + SAME_VALUE:
        return "longer"
    if clause_lo < upper_lo - SAME_VALUE:
        return "shorter"
    return "within"


def _after(text: str, pos: int, width: int = 16) -> str:
    """The words just after ``pos`` in its phrase (内不得重新取得 of 五年内不得重新取得)."""
    end = min(len(text), pos + width)
    for mark in "，。；：,;:\n":
        at = text.find(mark, pos, end)
        if at >= 0:
            end = at
    return text[pos:end]
