"""A private party's right taken as a side effect (round 38, rights38, issue 8: rights).

Read by role, over the closed word classes of review/lexicons/forfeit.toml, not by a scheme's words:

* ``claim_lost`` (F1) — a private claim or property (退款, 存款本息, 预交费用的返还, 赔偿, 所有权) *deemed waived* when a
  deadline the document itself sets passes (未在公告之日起三十日内登记债权的，视为放弃退款请求). The limitation of a civil
  claim is the law's (民法典 第一百八十八条); a 规范性文件 may not shorten it to days or make the right lapse
  (立法法 第九十三条第六款 by analogy; 民法典 第一百三十条). Look-alikes: a benefit's or an allocation's own application
  step (逾期未申报的，视为放弃当年补贴; 未签约视为放弃本次配租 — ``forfeit.public_grant``), a deadline a law sets and the
  clause cites (民法典 第一千一百二十四条: 受遗赠).
* ``consent_of`` (F2) — a private-law act of one's own (解除劳动合同, 辞职, 退社, entering or working one's own contracted
  land, selling one's own home) made subject to the consent of a body or a cadre (须报经……办公室同意; 未经村民小组长
  同意，不得进入自家承包林地): 民法典 第一百三十条, 劳动合同法 第三十七条, 农民专业合作社法 第二十五条, 农村土地承包法
  第十七条. Look-alikes: the consent of the other private party or of the person the law names (出租人, 共有人, 法定
  代理人, 发包方, 业主大会 — ``forfeit.consent_private``).
* ``member_lost`` (F3) — a collective member's share, dividend, welfare or membership taken as the side effect of a
  lawful act (流转, 转让, 购房, 外出务工, 退出宅基地): 农村土地承包法 第九条 (流转 keeps the contract), 民法典 第二百六十五条
  (collective property protected), 第二百六十一条. Look-alikes: what the law ends membership by (死亡, 取得其他集体经济组织
  成员资格, 公务员), one's own written waiver, the share itself transferred, a protective clause.
* (F4 — a collective made to bear an unknown doer's act, a complainant made to bear a check's costs — moved in round 39
  to review/norms/detriment.py: the ``vicarious`` and ``reprisal`` readings of who bears a detriment, and for what.)

Pure: sentence (and its list header) in, frozen ``Burden``s out; offsets into the sentence.
"""

from __future__ import annotations

import re
from pathlib import Path

from .guards import COMPELS, GOVERNMENT_FIRST, PROTECTIVE
from .lexicon import read_lexicon_file
from .model import Burden

NAMES = ("claim_lost", "consent_of", "member_lost")

_LEXICON = Path(__file__).resolve().parents[1] / "lexicons" / "forfeit.toml"
_RX = {c.name: re.compile(c.regex_source) for c, _ in read_lexicon_file(_LEXICON)}
_STOP = re.compile(r"[。；;]")
# the body or cadre whose consent is asked (县……办公室, 村民小组长, 渔业专干, 乡镇……中心)
_OFFICIAL = re.compile(r"局|办公室|办|政府|委员会|村委会|居委会|组长|专干|书记|主任|中心|站|所|领导|部门|街道|乡镇|小组|干部|社区|党支部")


def _object(sentence: str, at: int) -> str:
    """The phrase from ``at`` to the next comma or stop: what a 放弃 or a 取消 takes."""
    m = re.search(r"[，,。；;]", sentence[at:])
    return sentence[at:at + m.start()] if m else sentence[at:]


def claim_lost(sentence: str, header: str = "") -> list[Burden]:
    """F1: a private claim or property deemed waived when a deadline the document sets passes."""
    for d in _RX["forfeit.deemed"].finditer(sentence):
        before = header + sentence[:d.start()]
        if not _RX["forfeit.deadline"].search(before) or PROTECTIVE.search(sentence[:d.start()]) \
                or COMPELS.search(sentence[:d.start()]):
            continue
        taken = _object(sentence, d.end())
        if _RX["forfeit.public_grant"].search(taken):
            continue              # a benefit's or an allocation's own step (视为放弃当年补贴, 本次配租)
        claim = _RX["forfeit.private_claim"].search(taken) or (
            None if taken.strip("的权利请求") else _RX["forfeit.private_claim"].search(sentence[:d.start()]))
        if claim is None or _RX["forfeit.public_grant"].search(sentence[max(0, d.start() - 30):d.start()]):
            continue
        return [Burden("claim_lost", d.start(), d.end() + len(taken), sentence[d.start():d.end() + len(taken)])]
    return []


def consent_of(sentence: str, header: str = "") -> list[Burden]:
    """F2: one's own private-law act made subject to a body's or a cadre's consent."""
    c = _RX["forfeit.consent"].search(sentence)
    if c is None or GOVERNMENT_FIRST.match(sentence) or PROTECTIVE.search(sentence[:c.start()]) or COMPELS.search(sentence):
        return []
    act = _RX["forfeit.private_act"].search(header + sentence)
    if act is None:
        return []
    giver = c.group(0)
    if _RX["forfeit.consent_private"].search(giver) or not _OFFICIAL.search(giver):
        return []
    return [Burden("consent_of", c.start(), c.end(), c.group(0))]


def member_lost(sentence: str, header: str = "") -> list[Burden]:
    """F3: a member's share, dividend, welfare or membership taken as the side effect of a lawful act."""
    text = header + sentence
    if _RX["forfeit.member_lawful"].search(text) or PROTECTIVE.search(sentence) \
            or re.search(r"(转让|退出|放弃|赠与|继承)[^，。；]{0,10}?(股份|股权|成员资格|成员身份)", text):
        return []                 # the law's own ends of membership; the share itself transferred or given up
    for r in _RX["forfeit.member_right"].finditer(sentence):
        start = max(0, r.start() - 20)
        near = sentence[start:min(len(sentence), r.end() + 12)]
        cut = [m.start() for m in _STOP.finditer(near)]
        if any(c < r.start() - start for c in cut):
            continue              # another sentence part before the right
        near = near[:min(cut, default=len(near))]
        loss = _RX["forfeit.loss"].search(near)
        if loss is None:
            continue
        lo = start + loss.start()
        first = min(lo, r.start())
        act = None
        for a in _RX["forfeit.lawful_act"].finditer(sentence, 0, first):
            act = a
        if act is None:
            continue              # no lawful act before the loss
        hi = max(lo + len(loss.group(0)), r.end())
        return [Burden("member_lost", first, hi, sentence[first:hi])]
    return []


def forfeited(sentence: str, header: str = "") -> list[Burden]:
    """The first of the round-38 readings that finds a burden in ``sentence``."""
    for read in (claim_lost, consent_of, member_lost):
        got = read(sentence, header)
        if got:
            return got
    return []
