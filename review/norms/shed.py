"""Three more power readings (round 27, power27, issue 8), each with open slots, read beside review/norms/power.py, and
the rights reading of the first (round 46, realrp46: ``unreasoned``, below):

* ``drop`` — **reasons shed**: a public body (named by the ending of its name: ……局/……政府/……委员会/部门) doing an act
  against a party — refusing, cutting, taking back, cancelling, ending, any ……决定 — and saying it need not give its
  reasons or answer (无需说明理由, 不另行说明理由, 不予告知原因, 不予答复): 行政许可法 第三十八条第二款, 行政处罚法
  第四十四条, 第六十二条, 社会救助暂行办法, 国办发〔2018〕37号 — an act against a party states its reasons and basis;
* ``usurp`` / ``drop`` — **requisition**: property or persons of units and individuals (……单位/……个人/……企业/群众) taken
  for use (征用, 征调, 调用) by a body that cannot hold public power (a 指挥部, a 专班, a 领导小组, any ``nonholders``
  name: 突发事件应对法 第十二条, 传染病防治法 第四十五条, 国防动员法 — the government requisitions), or by anyone with
  its compensation left open or denied (补偿……另行研究, 视情, 不予补偿, 无偿征用: 宪法 第十三条第三款, 民法典 第二百四十
  五条 — requisition is compensated);
* ``expand`` — **another organ's audit**: a body other than the audit organ auditing the accounts of a class of others
  (对……企业/社会组织/单位/合作社 的财务收支 开展审计): 审计法 第二条、第二十二条至第二十九条 give 审计 to the audit
  organ, over public money.

Guards: a protective negation, reasons given (应当说明理由), secrets (涉及国家秘密、商业秘密、个人隐私), the government
itself requisitioning with compensation, an advisory role (协助, 配合, 报请, 建议), the audit organ, the body's own
grant or funds audited (专项资金, 财政资金, 拨付), its own or state-owned units (所属, 下属, 国有), and, read by effect.py for
every reading, a cited article, a general basis (依法) and 另有规定.

Pure: a sentence (and its list header) in, ``(kind, start, end, guard)`` spans out.
"""

from __future__ import annotations

import re

from ..sentences import end_before, start_after
from .power import ADVISORY, GOV, HOLDER, LAWFUL_REFUSAL, OBJECT_BEFORE, PROTECTIVE, nonholders


def _phrase_start(sentence: str, at: int) -> int:
    return start_after(sentence, at, "，,；;：:")


# ---- reasons shed: the words (the reason's noun open: 理由/原因/依据; the verb of giving it: 说明/告知/解释/出具)
# (round 46, realrp46: also to or for the party, 对投标人进行解释, and 解释 with no noun after it — 无须对投标人进行解释,
# 概不解释, 不负责解释落选原因, D155)
_NO_REASONS = re.compile(r"(?:无需|无须|毋须|不需要?|不必|不用|不予|不另行|不再|可以不|可不|免予|免于|不负责)(?:另行|再)?(?:(?:向|对)[^，。；]{0,10}?)?"
                         r"(?:书面)?(?:进行|作出|作)?(?:说明|告知|解释|出具|列明|载明)[^，。；]{0,6}?(?:理由|原因|依据)|"
                         r"(?:无需|无须|毋须|不需要?|不必|不用)(?:向|对)[^，。；]{0,10}?(?:进行|作出|作)?(?:任何)?解释|"
                         r"(?:概|一律|均)不(?:予|作)?解释|不(?:予|作|再)(?:答复|回复|解释)")
# the act against a party (the object open: any ……决定, anything refused, cut, taken back, cancelled, ended)
_AGAINST = re.compile(r"不予|调减|核减|扣减|减少|收回|追回|取消|撤销|撤回|注销|终止|中止|解除|停止|暂停|驳回|拒绝|否决|"
                      r"(?:作出|做出)[^，。；]{0,12}?决定")
_SECRET = re.compile(r"国家秘密|商业秘密|个人隐私|涉密")
# … not a no-answer that is itself the failure named beside the act (拒绝或者在法定期限内不予答复: a ground of review
# described in 行政复议法 第十一条's words, D124), nor one past a period (逾期不予答复): the body's breach, not a reason
# dispensed for its act
_FAILURE_DESCRIBED = re.compile(r"或者?|逾期|期限内|期满|到期")


def _no_reasons_after(sentence: str, acts: re.Pattern):
    """The no-reasons phrase of ``sentence`` and the last of ``acts`` before it, or None: no such phrase, no act
    before it, or the no-answer a failure named after the act (``_FAILURE_DESCRIBED``)."""
    m = _NO_REASONS.search(sentence)
    if m is None:
        return None
    act = list(acts.finditer(sentence, 0, m.start()))
    if not act or _FAILURE_DESCRIBED.search(sentence, act[-1].end(), m.start()):
        return None
    return m, act[-1]


def _reasons_shed(sentence: str) -> list[tuple[str, int, int, str]]:
    found = _no_reasons_after(sentence, _AGAINST)
    if found is None:
        return []
    m, last = found
    before = sentence[:m.start()]
    # the body before the act or after it (对不予许可的申请，县交通运输局不再书面说明理由)
    bodies = [g for g in GOV.finditer(before) if not OBJECT_BEFORE.search(before[:g.start()][-4:])]
    if not bodies or any(e > bodies[-1].end() for _, e in nonholders(before[:last.start()])) or re.search(r"申请人|当事人|本人", before[bodies[-1].end():]) \
            and not re.search(r"向|对|告知|通知", before[bodies[-1].end():]):
        return []             # a public body is the one who acts (an applicant withdrawing need give no reasons)
    lo = _phrase_start(sentence, bodies[-1].start())
    return [("drop", lo, m.end(), _reasons_guard(sentence, m.start()))]


# reasons given after all (应当说明理由; round 46: 无须说明理由 is no duty to give them — the 须 of 无须 is not 须)
_REASONS_GIVEN = re.compile(r"(?<![无毋])(?:应当|须|必须)[^，。；]{0,6}?(?:说明|告知)")


def _reasons_guard(sentence: str, at: int) -> str:
    """The guard of a no-reasons phrase starting at ``at``: a protective negation before it or reasons given in the
    sentence; secrets kept, or the same matter again (信访工作条例 第三十五条); else none."""
    if PROTECTIVE.search(sentence[_phrase_start(sentence, at):at]) or _REASONS_GIVEN.search(sentence):
        return "protective"
    if _SECRET.search(sentence) or LAWFUL_REFUSAL.search(sentence):
        return "lawful_refusal"
    return ""


# ---- round 46 (realrp46): an adverse decision declared to need no reasons, read for the person it falls on (rights),
# whoever decides — a bureau, or a procedure's panel or organiser (评标小组, 拍卖人, 评审委员会: D155). The decision: an
# application or a bid found invalid or failing, refused, rejected, a qualification taken away. Not the party's own
# step (申请人撤回申请的，无须说明理由; 竞买人无须对其报价作出解释: the party spoken of is the one excused).
_DETERMINED = re.compile(r"无效|不合格|(?:未|没有|不)能?通过|未获(?:批准|通过|同意|批复)|落选|未能?入选|未被(?:录取|录用|选中|批准|认定)|淘汰|"
                         r"不符合[^，。；]{0,12}条件|不予(?:受理|录取|录用|批准|许可|通过|登记|认定|准入|救助|资助|立项|支持)|驳回|否决|"
                         r"取消[^，。；]{0,12}资格")
_PARTY = re.compile(r"申请人|当事人|本人|个人|用户|消费者|竞买人|投标人|供应商|考生|学员|权利人|委托人")


def _unreasoned(sentence: str) -> list[tuple[str, int, int, str]]:
    # (不予受理或者逾期不予答复的: the body's failure named as a ground of review is no reasons dispensed, as above)
    found = _no_reasons_after(sentence, _DETERMINED)
    if found is None:
        return []
    m, _ = found
    phrase = sentence[_phrase_start(sentence, m.start()):m.start()]
    party = _PARTY.search(phrase)
    if party and not OBJECT_BEFORE.search(phrase[:party.start()][-4:]) and not re.search(r"[向对为给]", phrase[:party.start()]):
        return []             # the party itself is excused (竞买人无须对其报价作出解释)
    # the span is the withholding's phrase (who need not explain): the decision before it is its condition, and a
    # decision's own words (取消……资格) must not read as the burden the sentence lifts (review.match._not_relieved)
    return [("unreasoned", _phrase_start(sentence, m.start()), m.end(), _reasons_guard(sentence, m.start()))]


# ---- requisition: the act (its object open: whatever of units or persons)
_REQUISITION = re.compile(r"(?<![被经受])(?:临时)?(?:征用|征调|调用)(?!补偿|的|期间|结束|范围|程序|决定|单位|人)")
_OWNERS = re.compile(r"单位|个人|企业|群众|农户|村民|居民|业主|商户|经营者|机构")
_UNCOMPENSATED = re.compile(r"(?:补偿|费用|报酬)[^，。；]{0,10}?(?:另行研究|另行商定|另行协商|视情况?|酌情|暂不|不予|不再|不另|待[^，。；]{0,14}?(?:后|再)(?:研究|确定|商定))|"
                            r"无偿(?:征用|征调|调用|使用)|不(?:予|给予|支付|再)(?:任何)?(?:补偿|费用|报酬)")
_COMPENSATED = re.compile(r"(?:依法|及时|应当|并)(?:给予|予以|支付)?[^，。；]{0,4}?补偿|返还")
_GOVERNMENT = re.compile(r"人民政府|政府")


def _requisitions(sentence: str) -> list[tuple[str, int, int, str]]:
    for m in _REQUISITION.finditer(sentence):
        if not _OWNERS.search(sentence, m.end(), end_before(sentence, m.end(), "。；;")):
            continue
        before = sentence[:m.start()]
        lo = _phrase_start(sentence, m.start())
        protective = bool(PROTECTIVE.search(sentence[lo:m.start()]))
        actors = [(s, e) for s, e in nonholders(before) if not OBJECT_BEFORE.search(before[:s][-4:])]
        if actors:
            s0, e0 = actors[-1]
            between = sentence[e0:m.start()]
            guard = "holder" if HOLDER.search(between) else "protective" if protective else \
                "advisory" if ADVISORY.search(between) else ""
            return [("usurp", _phrase_start(sentence, s0), m.end(), guard)]
        unpaid = _UNCOMPENSATED.search(sentence)
        if unpaid and GOV.search(before):
            guard = "protective" if protective or PROTECTIVE.search(sentence[_phrase_start(sentence, unpaid.start()):unpaid.start()]) else ""
            return [("drop", lo, unpaid.end(), guard)]
    return []


# ---- another organ's audit: the accounts of a class of others (the class open: ……企业/……组织/……单位/……合作社/……机构)
_AUDITED = re.compile(r"对(?P<obj>[^，。；]{2,30}?)的?(?:财务收支|财务状况|财务|账目|账簿|会计资料|资产负债)[^，。；]{0,12}?(?:审计|查账)")
_OTHERS = re.compile(r"企业|公司|社会组织|组织|单位|合作社|协会|商会|机构|个体|经营者|医院|学校")
_OWN_UNITS = re.compile(r"所属|下属|直属|本(?:系统|部门|单位|局)|国有|国资|出资|财政资金|专项资金|补助资金|补贴资金|奖补资金|拨付|"
                        r"使用情况|政府投资|政府购买|项目资金|资金使用|内部审计")
_AUDIT_ORGAN = re.compile(r"审计(?:局|机关|部门|厅|署|办)")


def _audits(sentence: str) -> list[tuple[str, int, int, str]]:
    m = _AUDITED.search(sentence)
    if m is None or not _OTHERS.search(m.group("obj")):
        return []
    before = sentence[:m.start()]
    bodies = [g for g in GOV.finditer(before) if not OBJECT_BEFORE.search(before[:g.start()][-4:])]
    if not bodies or _AUDIT_ORGAN.search(before) or nonholders(before[bodies[-1].end():]):
        return []
    lo = _phrase_start(sentence, bodies[-1].start())
    guard = ""
    if PROTECTIVE.search(sentence[lo:m.end()]):
        guard = "protective"
    elif _OWN_UNITS.search(sentence):
        guard = "own"
    elif ADVISORY.search(sentence[bodies[-1].end():m.start()]) or re.search(r"委托|聘请|配合|协助", before):
        guard = "advisory"
    return [("expand", lo, m.end(), guard)]


def readings(sentence: str, header: str = "") -> list[tuple[str, int, int, str]]:
    """Every span of ``sentence`` the three readings read, with its guard."""
    return _reasons_shed(sentence) + _unreasoned(sentence) + _requisitions(sentence) + _audits(sentence)


# round 28 (speed28): the costliest of these searches skip a text without the keys every match must contain
# (review/firstchars.Keyed: exact; measured by bench/reading_budget.py)
from ..firstchars import Keyed  # noqa: E402

_REQUISITION = Keyed(_REQUISITION)      # (GOV is power's, keyed there)
