"""A power reading of round 28 (power28, issue 8), read beside review/norms/power.py and shed.py, with open slots:

* ``expand`` / ``usurp`` — **a bureau's act charged to a township or a coordinating body**: the act a statute gives a
  named county department, named as a noun whatever its matter — its ending open (……许可, ……审批, ……认定, ……核定,
  ……核准, ……核发, ……执业登记, ……资格审核, ……等级评定), or a public right sold (拍卖/出让/发包 ……权) — is put on a
  township or a street office (``expand``: 行政处罚法 第二十四条, 行政许可法 第二十二条 — only the province gives a
  township a county department's powers; 地方组织法 第七十六条) or on a body that cannot hold public power, named by
  the ending of its name (……专班, ……领导小组, ……服务站, ……服务中心, ……委员会 of a village: ``usurp``; 国务院行政机构
  设置和编制管理条例 第六条 — a coordinating body coordinates, the organs act), by any of three links: the act named
  first and the body after it (……的审批由各街道办事处负责; ……等事项，由……专班研究决定), the body charged with it
  (街道办事处负责……的认定和……资格审核), or the body selling the right (由乡镇组织拍卖采砂权; ……经营权由各乡镇组织公开
  拍卖). Writers bf, bg, bi, bm of sets V, W, Y hit this in four sectors.

Guards (the lawful look-alikes): a protective negation (不得, 无权); the body only receiving, checking first or
reporting for another's approval (受理, 初审, 审核后报……批准, 报……审批); a power given (赋权, 委托, 授权, 清单, 承接,
下放); the matters a statute gives the township (宅基地, 乡村建设规划, 低保 …: ``power.TOWNSHIP_MATTERS``); a holder
named with the body (会同县自然资源局); the body's own staff or affairs (本系统员工, 本乡镇); a coordinating body
coordinating (统筹, 协调); the act's service or procedure, not the act (审批服务, 审批流程); and, read by effect.py for
every reading, a cited article, a general basis (依法) and 另有规定.

Pure: a sentence (and its list header) in, ``(kind, start, end, guard)`` spans out.
"""

from __future__ import annotations

import re

from ..firstchars import Held
from ..sentences import start_after
from .power import APPROVED_AFTER, CHECKS_FIRST, COORDINATES, GIVEN, OBJECT_BEFORE, OWN_AFFAIRS, OWN_PEOPLE, \
    PROTECTIVE, TOWNSHIP_MATTERS, nonholders

# the act, named as a noun by the ending of its name (not its service, procedure or papers: 审批服务, 许可证明材料)
_NOT_THE_ACT = r"(?!服务|改革|制度|流程|材料|窗口|手续|事项清单|结果公示|证明|申请)"
_ACT_NOUN = (rf"(?:审批|许可(?!证)|认定|核定|核准|核发|执业登记|设立登记|资格(?:审核|审查)|等级评定){_NOT_THE_ACT}|"
             r"(?:拍卖|出让|发包)[^，。；]{0,4}?[\u4e00-\u9fff]{1,4}权")
_RIGHT_SOLD = r"[\u4e00-\u9fff]{1,6}权"
_SALE = r"(?:组织)?(?:公开)?(?:拍卖|出让|发包|招标出让)"
# the township by the ending of its name (乡镇人民政府, 街道办事处, 各乡镇, 街道)
_TOWNSHIP = r"(?:各|所在|属地|所在地)?(?:(?:乡镇|乡|镇|街道)(?:人民政府|政府)|街道办事处|乡镇|街道)"
# the verb the body is charged with (负责, 办理, 研究决定 …)
_CHARGE = r"(?:具体)?(?:负责|办理|实施|承担|研究决定|决定|审定|作出)"
_WHO = r"(?P<who>[^，。；由]{2,24}?)"
# the three links: the act first (……审批由……负责; ……等事项，由……研究决定), the body charged with it, the body selling
_ACT_FIRST = re.compile(rf"(?P<act>{_ACT_NOUN})(?:[^，。；由]{{0,14}}?)[，,]?由{_WHO}(?P<verb>{_CHARGE}|{_SALE})")
# (searched only where every key of a match stands in the sentence: it opens with the open name slot ``_WHO``, tried at
# every character; firstchars.Held, exact — round 31, speed31: 0.22 → 0.04 s over every third real document)
_BODY_FIRST = Held(re.compile(rf"{_WHO}(?P<verb>(?:具体)?负责)[^，。；]{{0,30}}?(?P<act>{_ACT_NOUN})"))
_RIGHT_FIRST = re.compile(rf"(?P<act>{_RIGHT_SOLD})[^，。；由]{{0,4}}?由{_WHO}(?P<verb>{_SALE})")
_SELLS = re.compile(rf"由{_WHO}(?P<verb>{_SALE})(?P<act>[^，。；]{{0,6}}?{_RIGHT_SOLD})")
# an organ named with the body (由乡镇人民政府会同县自然资源局负责, 县城市管理局和街道办事处负责): the organ acts
_ORGAN = re.compile(r"局|部门|机关|会同")


def _who(name: str) -> str:
    """``expand`` for a township, ``usurp`` for a body that cannot hold public power, "" for anyone else."""
    t = re.search(_TOWNSHIP + r"$", name)
    if t and (t.start() == 0 or not nonholders(name)):
        return "expand"
    ends = nonholders(name)
    if ends and ends[-1][1] == len(name):
        return "usurp"
    if t:
        return "expand"
    return ""


def _guard(sentence: str, header: str, lo: int, m: re.Match, kind: str) -> str:
    who_end, verb_at = m.end("who"), m.start("verb")
    seg_end = min([i for i in (sentence.find(c, verb_at) for c in "。；;") if i >= 0] or [len(sentence)])
    rest = sentence[lo:seg_end]
    if PROTECTIVE.search(sentence[lo:verb_at]):
        return "protective"
    if CHECKS_FIRST.search(rest) or APPROVED_AFTER.search(sentence, verb_at, seg_end) or re.search(r"受理", rest):
        return "approved"
    if GIVEN.search(sentence + header):
        return "granted"
    if kind == "expand" and TOWNSHIP_MATTERS.search(sentence + header):
        return "own"
    if OWN_PEOPLE.search(rest) if kind == "usurp" else OWN_AFFAIRS.search(rest):
        return "own"              # its own staff or affairs (广州铁路集团负责本系统员工……缴费时间核定: D012)
    if COORDINATES.search(sentence[who_end:verb_at] + sentence[m.end("verb"):m.end()]):
        return "advisory"         # 领导小组负责统筹协调……审批服务
    return ""


def readings(sentence: str, header: str = "") -> list[tuple[str, int, int, str]]:
    """The spans at which ``sentence`` charges a township or a coordinating body with a bureau's act (see the doc)."""
    for rx in (_ACT_FIRST, _RIGHT_FIRST, _SELLS, _BODY_FIRST):
        for m in rx.finditer(sentence):
            who = m.group("who")
            # the name only, after the last word it cannot run over (辖区内, 的, 、)
            cut = max((i.end() for i in re.finditer(r"的|、|和|及|或者|向|对|经|报|将|把|在|内|[\s]", who)), default=0)
            name = who[cut:]
            kind = _who(name)
            if not kind:
                continue
            at = m.start("who") + cut
            if OBJECT_BEFORE.search(sentence[:at][-4:]) and not sentence[:at].endswith("由"):
                continue          # 向街道办事处申请: the body is whom it is asked of
            if _ORGAN.search(who):
                guard = "holder"          # 县城市管理局和街道办事处负责……: the organ acts with it
            else:
                lo = start_after(sentence, min(m.start(), at), "，,；;：:")
                guard = _guard(sentence, header, lo, m, kind)
            lo = start_after(sentence, min(m.start(), at), "，,；;：:")
            return [(kind, lo, m.end(), guard)]
    return []
