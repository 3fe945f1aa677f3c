"""Public power exercised by a party an organ hired or entrusted (round 26, powerrights26, issue 8), read as a norm with
open slots: **who** — a body an organ named before it 委托/聘请/聘用/引入/选聘 or bought a service from (……局委托的第三方
安全巡查机构, ……分局聘请的环保管家服务机构, 受委托承办……业务的商业保险机构), named by the ending of a non-organ's name
(……公司/……企业/……机构/……单位/……事务所/……组织/……管家/……服务队), not by its trade; **act** — an enforcement act or a
decision binding a third party (罚款, 没收, 查封, 扣押, 吊销, 责令, 执法检查, 作出/下达/签发/开具 any ……决定(书)/……通知书),
or any act done in the organ's name (以分局名义开展……).

行政处罚法 第二十条、第二十一条 let an organ entrust a penalty only to an organisation that manages public affairs under a
law, a regulation or a rule, with staff who know the law; 行政强制法 第十七条 lets no one but the organ take a coercive
measure; 行政许可法 第二十四条 likewise. A firm, a consultancy or an insurer the organ hires or buys services from is
none of these: what it may do is the support work (检测, 监测, 评估, 咨询, 技术服务), what the organ decides on.

Guards (the lawful look-alikes): a public-affairs institution the law lets be entrusted (……执法/监督/监察/管理 所、站、
队, 事业单位, 管理公共事务职能的组织), a holder named between the hired party and the act (执法决定由县生态环境局依法作出:
the 局 decides), a protective negation (不得以……名义, 不得作出), an advisory act (协助, 配合, 报告, 移交, 提出意见), the
hired party named as the offender in a condition (……中介服务机构代理销售不符合条件的商品房的，处以警告), the act named as
done (作出的决定).

Pure: a sentence in, ``(kind, start, end, guard)`` spans out (kind ``usurp``), read by review/norms/power.py.
"""

from __future__ import annotations

import re

from ..sentences import end_before, start_after

# the organ's hiring or entrusting, then the name it is said of (……局委托的……机构; 受委托承办……业务的……机构)
_HIRING = r"(?:委托|聘请|聘用|雇请|引入|选聘|招募|外包|购买[^，。；]{0,6}?服务)"
_NONORGAN_END = r"(?:公司|企业|机构|单位|事务所|组织|管家|服务队|第三方(?![^，。；的、]{0,10}?(?:公司|企业|机构|单位|事务所|组织|管家|服务队)))"
_HIRED = re.compile(rf"(?:(?P<organ>局|分局|委员会|人民政府|政府|办事处|部门|机关|管委会|中心)[^，。；]{{0,16}}?{_HIRING}|受委托[^，。；]{{0,16}}?)的"
                    rf"(?P<name>[^，。；的、]{{0,16}}?{_NONORGAN_END})|"
                    # … or a party the name itself says is hired (第三方……机构, 环保管家, ……中介机构), wherever it stands
                    rf"(?<![委聘雇引选招购])(?P<name2>(?:第三方|环保管家|安全管家|中介)[^，。；的、]{{0,10}}?{_NONORGAN_END}?)(?![^，。；]{{0,4}}?(?:提供|出具|开展[^，。；]{{0,4}}?(?:检测|评估|咨询)))")
# a public-affairs institution the law lets an organ entrust (行政处罚法 第二十一条): its name says so
_INSTITUTION = re.compile(r"执法|监督(?:所|站|队)|监察|管理(?:所|站|处)|事业单位|公共事务|人民政府|政府|局|乡镇|街道|办事处")
# the act of public power a hired party may not do
_DECISION = r"(?:决定书?|通知书|认定书|处罚单|罚单)"
_HIRED_ACT = re.compile(rf"(?:作出|做出|下达|签发|开具|出具|送达)(?!的)[^，。；]{{0,14}}?{_DECISION}|"
                        r"(?<!被)(?:处以|并处)?罚款|没收|查封|扣押|暂扣|吊销|(?<!督促)(?<!要求)责令(?!改正的)|"
                        r"(?:开展|实施|进行)[^，。；]{0,6}?(?:执法|行政检查|监督检查)|执法检查|查处|"
                        r"以[^，。；“”]{1,14}?(?:局|分局|机关|部门|政府|委员会|办事处)的?名义")
_HOLDER = re.compile(r"人民政府|政府|办事处|局|部门|机关|执法(?:队|大队|中队|机构)")
_PROTECTIVE = re.compile(r"不得|无权|不具有|不具备|严禁|禁止|不能|不可|不应")
_ADVISORY = re.compile(r"协助|配合|报告|上报|报送|报请|提请|移交|移送|提出[^，。；]{0,8}?(?:意见|建议)|建议|告知|提醒|劝导")
_LAWFUL_DELEGATE = re.compile(r"管理公共事务职能|符合法定条件|依法成立的[^，。；]{0,6}?(?:事业单位|组织)|赋权|授权[^，。；]{0,4}?(?:组织|单位)")
# the hired party as the offender in a condition (……中介服务机构代理销售……的，处以警告), not the one who finds the
# conduct (……机构在巡查中发现违法行为的，)
_FINDS = re.compile(r"[^，。；]{0,8}?(?:发现|巡查|检查|接到|受理)")


# a party named inside what a body receives (县人力资源和社会保障局收到职业中介活动许可申请后，应当在二十日内作出决定):
# the applicant, its name a modifier of the application, not the one who decides
_RECEIVED = re.compile(r"(?:收到|受理|接到|接收)[^，。；、]{0,8}$")


def hired(sentence: str) -> list[tuple[str, int, int, str]]:
    """Where a party an organ hired or entrusted does an act of public power in ``sentence`` (module docstring)."""
    for h in _HIRED.finditer(sentence):
        name = h.group("name") or h.group("name2")
        if h.group("name2") and re.search(r"(?:对|向|与|和|委托|聘请|由|给|将|把|通过|引入|购买)[^，。；]{0,4}$", sentence[:h.start()]):
            continue          # the hired party acted on, or hired here (the organ's own act: 委托第三方机构……)
        if _RECEIVED.search(sentence, 0, h.start()):
            continue          # round 38 (prec38): the applicant, named in what a body receives (……收到职业中介活动许可申请后)
        if _INSTITUTION.search(name):
            continue
        seg_end = end_before(sentence, h.end(), "。；;")
        act = _HIRED_ACT.search(sentence, h.end(), seg_end)
        if act is None or act.start() - h.end() > 48:
            continue
        if sentence[act.end():act.end() + 1] == "的" and not act.group(0).endswith("名义"):
            continue          # 作出的处罚决定; 罚款的: the act named, not done
        between = sentence[h.end():act.start()]
        lo = start_after(sentence, h.start(), "，,；;：:。")
        act_lo = start_after(sentence, act.start(), "，,；;：:。")
        guard = ""
        if _HOLDER.search(between) and not act.group(0).endswith("名义"):
            guard = "holder"          # ……，执法决定由县生态环境局依法作出: the 局 decides
        elif _PROTECTIVE.search(sentence[lo:h.start()] + between) or _PROTECTIVE.search(sentence[act_lo:act.start()]):
            guard = "protective"
        elif _ADVISORY.search(between):
            guard = "advisory"
        elif re.search(r"的[，,]", between) and not _FINDS.match(between.lstrip("，, ")):
            guard = "in_condition"    # ……中介服务机构代理销售不符合条件的商品房的，处以警告: the party is the offender
        elif _LAWFUL_DELEGATE.search(sentence):
            guard = "lawful_delegate"
        return [("usurp", lo, act.end(), guard)]
    return []


# round 28 (speed28): the costliest of these searches skip a text without the keys every match must contain
# (review/firstchars.Keyed: exact; measured by bench/reading_budget.py)
from ..firstchars import Keyed  # noqa: E402

_FINDS, _HIRED_ACT = map(Keyed, (_FINDS, _HIRED_ACT))
