"""Who bears a detriment, and for what (round 39, rights39, issue 8: rights).

One reading of the rights norm a reviewer applies: a DETRIMENT (a benefit withheld, a service refused, a bar, a record,
a deposit or a guarantee exacted, a pay cut) borne by a BEARER because of a TRIGGER. Without a basis it reduces rights
when the trigger is

* ``vicarious`` (a) — another person's act: the relatives of a firm's legal representative, the other members of a
  crew, a class or a home's whole staff, a firm's employees bear what someone else did (宪法 第三十三条; 行政处罚法
  第四条: a sanction reaches the wrongdoer only);
* ``reprisal`` (b) — the bearer's exercise of a lawful right: a complaint, a report, a petition, an application for
  reconsideration or a suit, a wage claim, collective bargaining, a refusal to sign away a right (宪法 第四十一条;
  劳动保障监察条例 第九条; 劳动合同法 第五十一条); or that exercise itself refused on a condition no law sets
  (未经社区签署意见的，不予受理其信访事项; 信访工作条例);
* ``no_wrong`` (c) — a status that is no wrong: sex or marital status, age, disability, a served sentence (妇女权益保障法
  第四十三条; 就业促进法 第三条、第二十七条、第二十九条; 残疾人保障法 第三十八条);
* ``in_advance`` (d) — nothing the bearer did: a deposit, a guarantee or a pledge laid on a whole class of private
  persons in advance, or the pay of a whole staff cut without consultation (劳动合同法 第九条、第三十五条).

The lexicon is review/lexicons/detriment.toml (closed classes: the detriments, the trigger kinds, the bearers). The
lawful look-alikes are read by the guards the burden readings share: a basis cited or reserved (``burden.burdens``
reads it before any reading), a protective negation or the burden itself barred (review/norms/guards.py), a recusal
(review/norms/kin.py), the body's own staff (工作人员, 公职人员: internal administration), the complainant's own abuse
(捏造, 诬告), the wrongdoer named as the one who bears. Pure: sentence (and its list header) in, frozen ``Burden``s out;
offsets into the sentence.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..sentences import end_before, start_after
from .guards import COMPELS, GOVERNMENT_FIRST, PROTECTIVE, barred_just_before, contagion_work_bar
from .borne import borne_by_other
from .kin import RECUSAL, RELATIVE
from .lexicon import read_lexicon_file
from .model import Burden

NAMES = ("vicarious", "reprisal", "no_wrong", "in_advance")

_LEXICON = Path(__file__).resolve().parents[1] / "lexicons" / "detriment.toml"
_RX = {c.name: re.compile(c.regex_source) for c, _ in read_lexicon_file(_LEXICON)}
WITHHELD, EXACTED, PAY_CUT = _RX["detriment.withheld"], _RX["detriment.exacted"], _RX["detriment.pay_cut"]
RIGHT, ABUSE, STATUS = _RX["detriment.right"], _RX["detriment.abuse"], _RX["detriment.status"]
OTHER_BEARER, PERSON, ACT = _RX["detriment.other_bearer"], _RX["detriment.person_class"], _RX["detriment.act"]
# round 38's F4 (review/norms/forfeit.py until round 39): a collective for an unknown doer, a complainant's costs
UNKNOWN_DOER, COLLECTIVE, FUNDS = _RX["detriment.unknown_doer"], _RX["detriment.collective"], _RX["detriment.funds_withheld"]
UNPROVEN, COST = _RX["detriment.unproven"], _RX["detriment.cost"]

_RELATIVE_RX = re.compile(RELATIVE)
# the body's own staff: internal administration, not a private person's right (公务员法, 监察法 govern it)
_OFFICIALS = re.compile(r"工作人员|公职人员|公务员|干部|党员|职能部门|机关")
_MODAL = re.compile(r"应当|必须|须|需要|需|要求")
_FIRM = re.compile(r"企业|公司|用人单位|单位|机构|学校|经营者|旅行社|施工方|合作社|个体工商户|平台")
# the right's own exercise on the other side: the complained-about party (被投诉, 投诉查实), not the complainant
# (… by the public the bearer serves, counted, withdrawn or lost: review/norms/interest.py's guards of round 27)
_COMPLAINED_OF = re.compile(r"被[^，。；]{0,10}?(投诉|举报|控告|检举)|(投诉|举报)[^，。；]{0,6}?(查实|属实|核实|成立)|"
                            r"(群众|消费者|顾客|乘客|游客|旅客|居民|业主|患者|服务对象|他人|用户)[^，。；]{0,4}(投诉|举报|反映|控告)|"
                            r"(投诉|举报|反映|上访|信访)[^，。；]{0,6}(较多|多次|次以上|次数|率|集中|强烈|量)|撤回|败诉|驳回")
# a lawful channel: the matters of a litigation, an arbitration or a reconsideration, a matter already handled
_LAWFUL_CHANNEL = re.compile(r"诉讼|仲裁|复议|法定途径|已经受理|正在办理|重复|不属于|职责范围")
# a channel declining a matter another holds (当事人已经申请仲裁的，不予受理其调解申请: 信访工作条例 第三十二条)
_DONE = re.compile(r"已经|已(?!在)|依法应当通过")
# a time limit the condition names: the objection's own procedure (逾期提出异议的，不予受理), not a reprisal
_LATE = re.compile(r"逾期|超过[^，。；]{0,8}?(期限|时限|日)|期满")
_CONSULTED = re.compile(r"协商|民主程序|职工代表大会|职代会|依法")
_NOT_CONSULTED = re.compile(r"(无需|无须|不需|不必|不用|不经|未经)[^，。；]{0,10}?(协商|同意|讨论)")
# the status protected, not barred: work a law keeps from women or minors (女职工劳动保护特别规定), a special care
_STATUS_CARE = re.compile(r"孕期|哺乳|禁忌|劳动保护|照顾|优先|优待|无障碍|帮扶|救助|同等")
# a bar the law words in its own terms: a chosen act "in the county" (不得在本县从事……)
_BAR_IN = re.compile(r"不得在[^，。；]{1,12}?(从事|务工|就业|经营|任职|执业|申请|开办|开设|就读|入学)")


def _clause(sentence: str, at: int) -> tuple[int, int]:
    """The phrase (between commas, semicolons) that holds ``at``."""
    return start_after(sentence, at, "，,；;：:"), end_before(sentence, at, "，,；;。")


def _detriments(sentence: str):
    """The withholding phrases of ``sentence`` (a benefit withheld, a bar, a record, a pay cut), in order."""
    found = [m for rx in (WITHHELD, _BAR_IN) for m in rx.finditer(sentence)]
    return sorted(found, key=lambda m: m.start())


def _guarded(sentence: str) -> bool:
    """A protective negation, the burden itself barred, or a recusal: a look-alike whatever the trigger."""
    protective = any(not p.group(0).startswith("任何") for p in PROTECTIVE.finditer(sentence))
    return protective or bool(COMPELS.search(sentence)) or bool(RECUSAL.search(sentence)) \
        or re.search(r"任何(单位|组织|个人|人)[^，。；]{0,6}不得|打击报复", sentence) is not None


def vicarious(sentence: str) -> list[Burden]:
    """(a) a detriment borne by someone other than the actor of the condition before it (企业拖欠工资的，其法定代表人的
    配偶、子女不得报考……; 驾驶员拒载被投诉查实的，同一车组其他驾驶员……评为不合格): the bearer stands in the detriment's
    own phrase or heads it as the topic of the phrase before (……企业的法定代表人及其子女，不得参加……)."""
    for m in _detriments(sentence):
        lo, hi = _clause(sentence, m.start())
        plo = start_after(sentence, lo - 1, "，,；;：:") if lo > 0 else lo
        bearers = [b for b in OTHER_BEARER.finditer(sentence, plo, hi)]
        for bearer in reversed(bearers):
            if bearer.start() < lo and bearer.start() != plo and sentence[:lo].rstrip("，,；;：:").endswith("的"):
                continue                  # in the condition before (本局工作人员的配偶违规经商的，): its actor, not the bearer
            cond = sentence[:bearer.start()]
            if _OFFICIALS.search(bearer.group(0)) and not _RELATIVE_RX.search(cond):
                continue                  # the body's own staff for their own conduct: internal administration
            kin = _RELATIVE_RX.search(bearer.group(0))
            if not cond or not ACT.search(cond) and not (kin and not _KIN_LAWFUL.search(sentence)):
                continue                  # a relative bears whatever another did; others, for a wrong or an event
            if RIGHT.search(cond) and not _COMPLAINED_OF.search(cond) and "发生" not in cond:
                continue                  # the bearer's own complaint: a reprisal (an event of complaints is not)
            if kin and kin.group(0) in cond:
                continue                  # the relative is the actor (其子女吸毒的，其子女……)
            a, b = min(bearer.start(), m.start()), max(bearer.end(), m.end())
            return [Burden("vicarious", a, b, sentence[a:b])]
    return []


def collective(sentence: str, header: str = "") -> list[Burden]:
    """(a) a collective's money or benefits withheld while the doer of an offence is unknown (责任人未查清的，暂停发放
    本村补偿资金; round 38's F4a): the collective bears what an unknown one did (行政处罚法 第四条)."""
    text = header + sentence
    u = UNKNOWN_DOER.search(sentence)
    if u is None or PROTECTIVE.search(text) or not COLLECTIVE.search(text) or not FUNDS.search(text):
        return []
    return [Burden("vicarious", u.start(), u.end(), u.group(0))]


def complaint_cost(sentence: str, header: str = "") -> list[Burden]:
    """(b) a complainant made to bear the check's costs or to lodge a deposit because a complaint is not proven
    (投诉经查不实的，由投诉人承担调查费用; round 38's F4b): the complaint is a right (宪法 第四十一条); only the
    complainant's own fabrication (捏造, 诬告) is his wrong."""
    text = header + sentence
    if RIGHT.search(text) is None or ABUSE.search(text) or PROTECTIVE.search(sentence) or COMPELS.search(sentence):
        return []
    for k in COST.finditer(sentence):
        deposit = re.search(r"预交|缴纳|交纳|保证金|押金", k.group(0))
        if deposit or UNPROVEN.search(sentence, 0, k.start()):
            if GOVERNMENT_FIRST.match(sentence[start_after(sentence, k.start(), "，,；;"):]):
                continue
            return [Burden("reprisal", k.start(), k.end(), k.group(0))]
    return []


def reprisal(sentence: str) -> list[Burden]:
    """(b) a detriment for the bearer's exercise of a lawful right, or the exercise itself refused on a condition no
    law sets."""
    for m in _detriments(sentence):
        lo, hi = _clause(sentence, m.start())
        cond = sentence[:lo]
        right = RIGHT.search(cond)
        declined = re.match(r"[^，。；]{0,4}?(受理|立案|调解)", sentence[m.start():]) is not None or _DONE.search(cond)
        if right and not declined and not ABUSE.search(cond) and not _LATE.search(cond) and not _COMPLAINED_OF.search(cond) and not _OFFICIALS.search(cond):
            return [Burden("reprisal", right.start(), m.end(), sentence[right.start():m.end()])]
        # the right's exercise refused unless a step no law sets was taken first (未经社区签署意见的，不予受理其信访事项)
        refused = RIGHT.search(sentence, m.end(), hi)
        if refused and re.search(r"未经|未先|未向|未由", cond) and not _LAWFUL_CHANNEL.search(sentence) \
                and not ABUSE.search(sentence):
            return [Burden("reprisal", m.start(), refused.end(), sentence[m.start():refused.end()])]
    return []


def no_wrong(sentence: str) -> list[Burden]:
    """(c) a person barred or refused for a status that is no wrong, named as the subject the bar falls on
    (离婚未满两年的妇女，不得申请……; 年满五十周岁的务工人员，一律不得进入……; 肢体残疾人不得报名……)."""
    for m in _detriments(sentence):
        lo, hi = _clause(sentence, m.start())
        subject = sentence[:m.start()]
        status = STATUS.search(subject)
        if status is None or ACT.search(subject) or _STATUS_CARE.search(sentence) or _OFFICIALS.search(subject):
            continue
        if not (PERSON.search(subject) or re.search(r"人员|人|者|妇女(?!联合会)|女性", subject[status.start():])):
            continue
        if STATUS.search(sentence, m.end()):
            continue                      # the status names the scheme itself (……不得享受残疾人补贴)
        if contagion_work_bar(sentence):
            continue                      # a contagious patient kept from work that spreads it: the law's own measure
        return [Burden("no_wrong", status.start(), m.end(), sentence[status.start():m.end()])]
    return []


# the statuses of sex and marriage (the list item names the woman, the header withholds: 有下列情形之一的，不再享受……：
# （二）妇女结婚后户口仍留在本村……的)
_SEX_MARRIAGE = re.compile(r"离婚|离异|丧偶|未婚|已婚|出嫁|外嫁|嫁到|嫁入|入赘|结婚后|婚后|(?<!男)女性|妇女(?!联合会|儿童|工作|发展|权益)")


# where the relatives' detriment follows from the scheme itself: the household's means, a guardian's or an heir's
# standing, a death, a joint application, a care or a priority (C-RIGHTS-01's guards)
# (共同生活 alone is only who the household is, not a means test: 彩票代销者及其共同生活的家庭成员，不得申请……公益性岗位 —
# round 46, lead46; the means test it heads names 收入, 财产, 名下)
_KIN_LAWFUL = re.compile(r"申请人(及|和|或者?)其|共同申请|申请人的|名下|收入|财产|赡养|抚养|监护|继承|死亡|去世|同等|"
                         r"照顾|优先|不受[^，。；]{0,12}限制|回避|任职|亲属关系")
# a means test of the applicant's household (收入, 财产, 名下住房): the scheme's own condition, not another's act
_MEANS = re.compile(r"收入|财产|名下|住房|车辆|存款|赡养|抚养|共同申请|共同生活")


def vicarious_item(item: str, header: str) -> list[Burden]:
    """(a) in a list: the header withholds, the item tells a relative's act (有下列情形之一的，不予……：（三）父母一方因
    涉黑涉恶犯罪被判处刑罚的)."""
    kin = _RELATIVE_RX.search(item)
    if kin is None or not header or not _detriments(header) or not ACT.search(item, kin.end()) \
            or _MEANS.search(header + item):
        return []
    return [Burden("vicarious", kin.start(), len(item), item[kin.start():])]


def no_wrong_item(item: str, header: str) -> list[Burden]:
    """(c) in a list: the header withholds, the item names a woman by her marriage (出嫁女, 离婚妇女)."""
    status = _SEX_MARRIAGE.search(item)
    if status is None or not re.search(r"妇女(?!联合会)|女性|女子", item):
        return []                         # the woman herself, not her parents' divorce (父母离婚的未成年人)
    if not header or not _detriments(header) or ACT.search(item) \
            or _STATUS_CARE.search(header + item) or _OFFICIALS.search(header + item):
        return []
    return [Burden("no_wrong", status.start(), len(item), item[status.start():])]


def _payer_is_person(subject: str) -> bool:
    """Whether the party a duty is laid on is a private person: the first person noun of the subject comes before
    any firm noun that is not merely its modifier (民办学校教师: the teacher; 用人单位招用农民工: the employer)."""
    person = PERSON.search(subject)
    if person is None:
        return False
    for firm in _FIRM.finditer(subject):
        if PERSON.match(subject, firm.end()) or PERSON.match(subject, firm.end() + 1):
            continue                      # the firm word modifies the person (学校教师, 企业职工)
        return firm.start() > person.start()
    return True


def in_advance(sentence: str) -> list[Burden]:
    """(d) a deposit, a guarantee or a pledge laid on a whole class of private persons in advance, or the pay of a
    whole staff cut without consultation."""
    for m in EXACTED.finditer(sentence):
        modal = None
        for mm in _MODAL.finditer(sentence, 0, m.start()):
            modal = mm
        if modal is None or barred_just_before(sentence[:m.start()], 24):
            continue
        subject = sentence[:modal.start()]
        if ACT.search(subject) or _OFFICIALS.search(subject):
            continue
        # 要求其签订……: the one asked is the payer, not the one who asks
        asked = modal.group(0) == "要求" and re.match(rf"其|(?:{PERSON.pattern})", sentence[modal.end():]) is not None
        if not asked and not _payer_is_person(subject):
            continue
        return [Burden("in_advance", m.start(), m.end(), m.group(0))]
    cut = PAY_CUT.search(sentence)
    if cut and (_NOT_CONSULTED.search(sentence) or not _CONSULTED.search(sentence)) \
            and not barred_just_before(sentence[:cut.start()], 12):
        return [Burden("in_advance", cut.start(), cut.end(), cut.group(0))]
    return []


def borne(sentence: str, header: str = "") -> list[Burden]:
    """The detriment ``sentence`` lays without basis on one who did no wrong for it (the module docstring): the first
    reading that finds one, in the order (a) … (d)."""
    if _guarded(sentence):
        return []
    for read in (vicarious, reprisal, no_wrong, in_advance):
        got = read(sentence)
        if got:
            return got
    for read in (collective, complaint_cost):
        got = read(sentence, header)
        if got:
            return got
    if header and _guarded(header):
        return []
    if header:
        got = vicarious_item(sentence, header) or no_wrong_item(sentence, header)
        if got:
            return got
    # round 43 (concept43b, review/norms/borne.py): (a) in its general form — another's wrong borne by a relative or a
    # co-member wherever the sentence and its header name them, or a relative's wrong borne by the person himself
    return borne_by_other(sentence, header)
