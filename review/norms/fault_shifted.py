"""The body's own fault shifted onto another (round 41, power41, issue 8), read over the norm and not a list of
phrases (round 43, debt43: the one reading of it — review/lexicons/power.toml ``liability.shed`` keeps the other
shapes of a liability shed, 概不负责, a requisition uncompensated, goods held lost at the owner's risk):

* **whose fault** — a public body or its staff, office or system (……机关, ……局, 经办机构, 工作人员, 审批系统: the agent
  named nearest before the failing, no private party between);
* **what failing** — an error, a fault, a delay, an omission, a time limit passed, an act not done (失误, 差错, 录入错误,
  故障, 超过法定期限未作出决定, 未按时发放);
* **its consequence** — the loss, harm, consequence or liability it causes (造成……损失, 导致的一切后果);
* **borne by another** — put on a party that is not a public body (由申请人自行承担, 由参保单位负责更正并承担损失).

国家赔偿法 第二条、第四条 (the state answers for the harm its organs and staff do in the exercise of their powers),
行政许可法 第七条 (the applicant's right to compensation), 社会保险法 第八十九条 (the agency answers for its own
fault): a document cannot put the body's fault on the public. Guards: the fault's agent is the party itself (因申请人
提供虚假材料导致审核错误), the bearer is a public body (由审批机关承担), force majeure or a third party, a protective
negation, and, read by effect.py for every reading, a cited article or a general basis.

Pure: a sentence in, ``(kind, start, end, guard)`` spans out (kind ``shift``).
"""

from __future__ import annotations

import re

from ..sentences import start_after
from .power import GOV, PROTECTIVE

_FAULT = re.compile(r"失误|过错|差错|(?<!提供)错误|故障|疏忽|延误|遗漏|超过[^，。；]{0,6}?期限|(?:逾期|未(?:按时|及时|依法|按期)?)"
                    r"(?:作出|办理|答复|审核|审批|发放|送达|告知|登记|录入|核发)")
_AGENT_BODY = re.compile(GOV.pattern + r"|工作人员|经办人员|审批人员|经办机构|登记机构|发证机关|系统|平台|窗口")
# the body's own act named as what failed (登记错误, 审核失误, 执法过错): its failing is the body's — not an act the
# party's own conduct caused to fail (因申请人提供虚假材料造成登记错误) (round 43, debt43: power.toml ``liability.shed``'s
# first shape, read here once)
_OWN_ACT = re.compile(r"(?<!造成)(?<!导致)(?<!引起)(?:登记|核定|评定|检验|检测|审核|审批|执法)$")
_PRIVATE = re.compile(r"申请人|当事人|相对人|本人|个人|企业|单位|经营者|持证人|参保人|用户|群众|业主|住户|第三人|第三方")
_CONSEQUENCE = re.compile(r"(?:造成|导致|引起|引发|产生|带来|致使)[^。；]{0,24}?(?:后果|损失|损害|责任|延误)")
_BORNE = re.compile(r"由(?P<who>[^，。；]{1,14}?)(?:自行|自己|独立)?(?:负责|承担|负担)")
_EXCUSED = re.compile(r"不可抗力|第三人|受害人(?:自身|故意)|依法(?:给予|予以)?(?:赔偿|补偿)")


def readings(sentence: str, header: str = "") -> list[tuple[str, int, int, str]]:
    """The span at which ``sentence`` puts the consequence of a public body's own failing on another party."""
    for f in _FAULT.finditer(sentence):
        lo = start_after(sentence, f.start(), "。；;")
        agents = [(m.end(), "body") for m in _AGENT_BODY.finditer(sentence, lo, f.start())] \
            + [(m.end(), "private") for m in _PRIVATE.finditer(sentence, lo, f.start())]
        if _OWN_ACT.search(sentence, lo, f.start()):
            agents.append((f.start(), "body"))
        if not agents or max(agents)[1] != "body" or f.start() - max(agents)[0] > 12:
            continue
        c = _CONSEQUENCE.search(sentence, f.end())
        if c is None or re.search(r"[。；;]", sentence[f.end():c.start()]):
            continue
        b = _BORNE.search(sentence, c.end())
        if b is None or b.start() - c.end() > 12 or re.search(r"[。；;]", sentence[c.end():b.start()]):
            continue
        who = b.group("who")
        if GOV.search(who) or re.search(r"机关|机构|本机关|委托方|发包方", who) or not _PRIVATE.search(who):
            continue
        start = start_after(sentence, max(agents)[0] - 1, "，,；;：:")
        guard = ""
        if PROTECTIVE.search(sentence[start:f.start()]):
            guard = "protective"
        elif _EXCUSED.search(sentence):
            guard = "excused"
        return [("shift", start, b.end(), guard)]
    return []
