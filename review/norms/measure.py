"""Two measures read by their structure, not by the words for what they bear on (round 26, sanction26).

A **bar**: a body stops, suspends, limits or cancels the party's (其) standing or activity for a period (暂停其……六个月,
自……之日起一年内暂停其……, 其经营者三年内不得……). What is barred is an open slot — a 权限, a 资格, an 活动, a 业务,
a 项目, a 网点, an 备案 —: the party named by 其 and the period make it a sanction of duration (限制开展生产经营活动、
限制从业、暂扣许可证件: 行政处罚法 第九条第（三）（四）项), not a condition no longer met (不再符合条件的，停止发放).

A **hold**: a body takes a thing under its control until something is done (对车辆实施锁定……待……后解除锁定; 收存其
居民身份证，待……后发还; 先行暂扣，待……后再予放行): the release the sentence names (启封, 解锁, 发还, 放行 …) shows a
temporary control of a thing — a 行政强制措施 by its definition (行政强制法 第二条第二款) — whatever the verb that takes
it (铅封, 锁定, 收存, 加装锁具, 贴条封存).

Pure: a sentence in, spans out (offsets into the sentence). Whether a reading is lawful (a cited basis, a protective
negation, a subordinate government, the party's own request) is read by ``review/norms/effect.py``.
"""

from __future__ import annotations

import re

from ..firstchars import Keyed
from .borne import WRONG

_NUM = r"[一二三四五六七八九十两半\d]+"
_SPAN = rf"{_NUM}(?:至{_NUM}|到{_NUM}|-{_NUM})?(?:个)?(?:年|月|日|天|周|个工作日)"
_STOP = r"暂停|停止|中止|冻结|限制|取消|禁止"
# the period after the barred thing, closing its phrase: 暂停其……六个月 / 暂停其……三至六个月
_BAR_AFTER = Keyed(re.compile(rf"({_STOP})(?:其|该[^，。；、]{{1,6}}?)([^，。；]{{1,30}}?)(?:的)?(?:期限为)?({_SPAN})(?=[，。；、）)]|$|内|以内)"))
# the period before: 一年内暂停其……; 三年内不得……; 两年内不再为其…… (the 其 or the party's own name just before the period:
# 其经营者三年内不得在本县申请入驻)
# (round 43, concept43b: 不受理 as 不予受理 — 五年内不受理其……申报; 不再向其推荐 — the party after 向 as after 为, 对)
_BAR_BEFORE = Keyed(re.compile(rf"({_SPAN})(?:内|以内)(?:暂停|停止|限制|取消|不得|不再|不予|不受理|禁止)(其|该|为其|对其|向其)?([^，。；]{{2,30}})"))
# 责令停产停业 for a period in other words (责令停止运行整改三个月, 责令停业整顿一个月): not 责令停止违法行为, nor a time
# limit to put it right (责令停止……并限期十五日内改正)
_ORDERED_STOP = Keyed(re.compile(rf"责令(?:其|该[^，。；、]{{1,6}}?)?(?:停止|暂停|停)(?!违法|违规|侵害|危害|使用)((?:(?!限期|期限|以内|之内)[^，。；]){{0,12}}?)({_SPAN})(?=[，。；、）)]|$)"))
# round 28 (fcfee28): … or until a result the party must reach (责令其暂停在本市范围内发布任何广告，直至整改到位为止; 停止其
# ……业务，直到重新考核合格): the party named by 其 before or after the stop, the barred activity an open slot, the duration
# told by 直至/直到 — a bar of business as long as the body judges (行政处罚法 第九条第（四）项), not a supply or a service
# the body itself pauses (no 其)
_BAR_UNTIL = Keyed(re.compile(rf"(?:责令|令|要求|对)?其(?:{_STOP})(?!违法|违规|侵害|危害|使用)([^，。；]{{1,30}}?)[，,]?(直至|直到)([^，。；]{{2,20}})|"
                              rf"(?:{_STOP})其([^，。；]{{1,30}}?)[，,]?(直至|直到)([^，。；]{{2,20}})"))
_PARTY_AFTER_VERB = re.compile(r"^(受理|办理|批准|核发|接受|安排|许可|审批|登记|备案)其")
_PARTY_BEFORE = re.compile(r"其[^，。；]{0,6}$")
# round 43 (concept43b): the party a bar falls on is the one whose breach the condition before tells, whether or not a
# 其 names it again (投标人提供虚假业绩骗取中标的，……其法定代表人和拟派项目负责人三年内不得在本县担任……; 拍卖企业发布虚假
# 公告的，……并在一年内不得承接……业务): a wrong (borne.WRONG: 违法、拒不、被查处、虚假、骗取 …) in a condition phrase
# (……的，) before the bar; whether the bar is lawful is read by effect._bar_guard (a named basis, a term's end …)
_BREACH_CONDITION = re.compile(rf"(?:{WRONG.pattern})[^，。；]{{0,30}}?的[，,]")
_DEADLINE = re.compile(r"(应当|须|必须|需|需要|要)(在|于)?$")

# the thing held: the release the sentence names, in a later phrase (待……后解锁放行; 待其缴清费用后返还)
_RELEASE = Keyed(re.compile(r"(?<![接期对招等看优])待[^，。；]{1,30}?(?:后|时)(?:再予|再行|方可|才|再|及时|予以|即)?"
                            r"(启封|解封|解锁|解除(?:锁定|封存|查封|扣押|扣留|控制|限制)?|发还|返还|退还|归还|放行|放还|领回|取回)"))
# the phrase that takes it: an act on a thing (对……实施……, 收存其……, 先行暂扣) by a modal or an act marker
_TAKES = re.compile(r"(可以|有权|先行|当场|就地|立即|予以|一律|实施|采取|(?<![不未])由[^，。；]{1,16}?(?=组织|对|将|把|先行|当场|予以|实施))")
_NOT_A_TAKING = re.compile(r"不得|严禁|禁止|应当(?:在|于)[^，。；]{0,12}(?:退还|返还|发还|归还)|通知|告知|申请|提供|提交|缴纳|补办|出具")


def bars(sentence: str) -> list[tuple[int, int, str]]:
    """The period-bound bars on the party's standing or activity in ``sentence``: (start, end, period)."""
    out = []
    for m in _BAR_AFTER.finditer(sentence):
        out.append((m.start(), m.end(), m.group(3)))
    for m in _ORDERED_STOP.finditer(sentence):
        if not any(a <= m.start() < b for a, b, _ in out):
            out.append((m.start(), m.end(), m.group(2)))
    for m in _BAR_UNTIL.finditer(sentence):
        if not any(a <= m.start() < b or m.start() <= a < m.end() for a, b, _ in out):
            out.append((m.start(), m.end(), m.group(0)[m.group(0).find("直"):]))
    for m in _BAR_BEFORE.finditer(sentence):
        if _DEADLINE.search(sentence[:m.start()]):
            continue      # 应当在一个月内停止其……: a time limit for an act, not a period a bar lasts
        # (round 28: … or 其 right after the barred act's verb — 一年内不再受理其设点申请, 不予办理其……手续)
        if m.group(2) or _PARTY_BEFORE.search(sentence[:m.start()]) or _PARTY_AFTER_VERB.match(m.group(3)) \
                or _BREACH_CONDITION.search(sentence, 0, m.start()):
            if not any(a <= m.start() < b or m.start() <= a < m.end() for a, b, _ in out):
                out.append((m.start(), m.end(), m.group(1)))
    return out


def holds(sentence: str) -> list[tuple[int, int, str]]:
    """The temporary controls of a thing ``sentence`` lays: (start, end, release) — the act's phrase through the
    release; the phrase that takes the thing is the one before the release's phrase."""
    out = []
    for m in _RELEASE.finditer(sentence):
        # the act is in the 待-phrase's own start (先行暂扣，待……) or in one of the three phrases before it (对其全部储油罐
        # 实施铅封，暂停其销售全部油品，待复检合格后启封)
        cuts = [0] + [i + 1 for i, c in enumerate(sentence[:m.start()]) if c in "，,；;：:"]
        for a, b in zip(reversed(cuts[-4:]), reversed((cuts[1:] + [m.start()])[-4:])):
            phrase = sentence[a:b]
            t = _TAKES.search(phrase)
            if t and not _NOT_A_TAKING.search(phrase[:t.end()] + phrase[t.end():t.end() + 4]):
                out.append((a + t.start(), m.end(), m.group(1)))
                break
    return out
