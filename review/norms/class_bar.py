"""A class of people barred, and a private party made to watch others (round 37, rights37, issue 8).

* ``barred_class`` (S3) — a whole class of people defined by a record, a listing, a drug past, an illness or a past
  treatment, or an origin (review/lexicons/classes.toml ``class.record`` … ``class.origin``) barred from an
  occupation, a trade, a licence, a job, a service, a tenancy or a place (``class.bar`` + ``class.barred``): 出租人不得
  将房屋出租给有吸毒记录的人员; 对曾接受精神障碍住院治疗的人员一律不予录用; 旅馆原则上不接待本县户籍居民住宿. Only a law may
  take such a right from a class (立法法 第九十三条第六款; 国办发〔2018〕37号; 就业促进法 第三条, 精神卫生法 第五条,
  禁毒法 第五十二条, 艾滋病防治条例 第三条 forbid the discrimination itself). Look-alikes: a bar a law itself sets for
  that class and that trade (review/tables/statutory_duties.toml [[bar]]: 娱乐场所管理条例 第五条, 保安服务管理条例
  第十七条 …), a protective negation (不得以……为由拒绝; 不受歧视), a firm rather than a person, a scheme the law ties
  to 户籍 (低保, 宅基地, 征兵 — ``burden.hukou_lawful``).
* ``watch_duty`` (S4) — a business, a landlord, a property manager, a school or a citizen made to collect, register,
  check, keep or report others' personal information (``watch.handle`` + ``watch.others`` + ``watch.personal``), to
  install monitoring equipment linked to a government platform or inside a private space (``watch.device`` +
  ``watch.linked`` / ``watch.private_space``), or to watch others and report them (``watch.observe`` + a report to
  a body): 个人信息保护法 第十三条 (processing needs consent or a legal duty), 第三十四条. Look-alikes: the duty a law
  lays on that party, restated within what the law has it handle ([[duty]]: 旅馆业治安管理办法 第六条, 治安管理处罚法
  第六十八条 …), a report the law requires (违法犯罪, 不法侵害, 疫情 — ``watch.lawful_report``), the government's own
  duty, a protective negation, consent or confidentiality.

Pure: sentence (and its list header) in, frozen ``Burden``s out; offsets into the sentence.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from .guards import COMPELS, GOVERNMENT_FIRST, PROTECTIVE, contagion_work_bar
from .lexicon import read_lexicon_file
from .model import Burden

NAMES = ("class_bar", "watch")

_LEXICON = Path(__file__).resolve().parents[1] / "lexicons" / "classes.toml"
TABLE = Path(__file__).resolve().parents[1] / "tables" / "statutory_duties.toml"
_SOURCES = {c.name: c.regex_source for c, _ in read_lexicon_file(_LEXICON)}
_RX = {name: re.compile(source) for name, source in _SOURCES.items()}

CLASS_KINDS = ("class.record", "class.drug", "class.listing", "class.petition", "class.health", "class.origin",
               "class.debt")     # round 38 (rights38): a private debt's record


@lru_cache(maxsize=1)
def table() -> tuple[tuple, tuple]:
    """The statutory bars ((law, article, kinds, trade)) and duties ((law, article, actor, allowed)) of the table."""
    data = tomllib.loads(TABLE.read_text(encoding="utf-8"))
    bars = tuple((b["law"], b["article"], frozenset(b["kinds"]), re.compile(b["trade"])) for b in data["bar"])
    duties = tuple((d["law"], d["article"], re.compile(d["actor"]), re.compile(d["allowed"])) for d in data["duty"])
    return bars, duties


# ---------------------------------------------------------------- S3: a class barred

# the class names a firm, not a person (被列入失信名单的企业不得参与……: the credit rules of firms are other readings')
# (the firm heads the class's own phrase: 失信主体名单的企业, not 患者的子女报考本县事业单位)
_FIRM_CLASS = re.compile(r"^[^，。；的]{0,10}?的?(企业|单位|公司|机构|经营主体|市场主体|商户|门店|场所|合作社|组织)")
# a listing the clause itself makes (由县公安局将其纳入县社会信用信息平台失信名单): the person's own sanction, the penalty
# rules' reading (行政处罚法 第九条、第十六条), not a class defined by a listing (被列入失信被执行人名单的人员)
_LISTED_HERE = re.compile(r"(?<!被)(纳入|列入|记入|录入|列为)[^，。；]*$")
# the bar's reach: the act barred stands in the bar's own phrase, a few characters on
_BAR_REACH = 16
# the class phrase before the bar (有吸毒史的人员不得……; 对……的人员，县图书馆不予……): the same sentence, no 。；
_CLASS_REACH = 60


def class_mentions(text: str) -> list[tuple[str, re.Match]]:
    """The class readings in ``text``: (kind, match), in order."""
    out = [(kind, m) for kind in CLASS_KINDS for m in _RX[kind].finditer(text)]
    return sorted(out, key=lambda km: km[1].start())


# the registration of a household is the registration rules' (burden._record reads a record gate on it); a scheme's
# applicant (不能作为申请人) is the scheme's own eligibility
_HUKOU_ACT = re.compile(r"入户|落户|户口(迁|登记)|户籍(迁|登记)|申请人")
# an origin bars lawfully from no trade, job, tenancy or place; the public schemes tied to residence are the origin and
# hukou readings' (burden._origin, C-RIGHTS-HUKOU-SERVICE): here only the market's and the workplace's acts
_MARKET_ACT = re.compile(r"出租|承租|租用|租赁|开办|设立|开设|经营|从事|从业|承包|聘用|录用|招用|雇用|应聘|入住|住宿|接待|进入|"
                         r"上岗|就业|任职|注册|竞拍|出售|购买")


def _bars(text: str) -> list[tuple[int, int]]:
    """Each bar on an act (不得……出租给, 不予……录用, 原则上不接待): (start of the bar word, end of the act)."""
    out = []
    for b in _RX["class.bar"].finditer(text):
        act = _RX["class.barred"].search(text, b.end(), min(len(text), b.end() + _BAR_REACH))
        if act and not re.search(r"[。；;]", text[b.end():act.start()]) \
                and not _HUKOU_ACT.search(text, act.start(), min(len(text), act.end() + 6)):
            out.append((b.start(), act.end()))
    return out


def statutory_bar(kind: str, text: str) -> tuple[str, int] | None:
    """The law and article that bar the ``kind`` of class from the trade ``text`` names, if one does."""
    for law, article, kinds, trade in table()[0]:
        if kind in kinds and trade.search(text):
            return law, article
    return None


def _lawful_origin(text: str) -> bool:
    from .burden import hukou_lawful          # (burden.py reads this module: imported when asked)

    return hukou_lawful(text)


def barred_class(sentence: str, header: str = "") -> list[Burden]:
    """S3: a class of people defined by a record, a listing, a drug past, an illness or a treatment, or an origin,
    barred from an act no law bars it from."""
    text = header + sentence
    if _RX["class.protects"].search(text) or COMPELS.search(sentence):
        return []
    mentions = class_mentions(sentence)
    if not mentions:
        return []
    bars = _bars(sentence)
    if not bars and header:
        # an item under a header that bars (有下列情形之一的人员，不得承租……：（一）有吸毒史的): the whole item is the class
        if _bars(header) and not GOVERNMENT_FIRST.match(header):
            bars = [(0, len(sentence))]
    for kind, m in mentions:
        if _FIRM_CLASS.match(sentence[m.end():]):
            continue
        if kind == "class.health" and contagion_work_bar(sentence):
            continue              # a contagious person kept from work that spreads it: the law's own measure
        window = sentence[max(0, m.start() - 24):m.start()]
        if _LISTED_HERE.search(window) and not re.search(r"被[^，。；]{0,10}?(纳入|列入|记入|录入|列为)[^，。；]*$", window):
            continue              # the clause lists the person itself (纳入……失信名单，三年内不予……): a sanction
        for lo, hi in bars:
            before = lo >= m.end() and lo - m.end() <= _CLASS_REACH and not re.search(r"[。；;]", sentence[m.end():lo])
            after = m.start() >= hi and m.start() - hi <= _BAR_REACH + 8 and not re.search(r"[，,。；;]", sentence[hi:m.start()])
            if not (before or after or (lo, hi) == (0, len(sentence))):
                continue
            if statutory_bar(kind, text) or kind == "class.origin" and _lawful_origin(text):
                return []
            if kind == "class.origin" and not _MARKET_ACT.search(sentence, lo, min(len(sentence), hi + 8)):
                continue
            return [Burden("class_bar", lo, hi, sentence[lo:hi])]
    return []


def class_item(item: str, header: str) -> bool:
    """Whether a list item names a class under a header that bars it (申请……的单位和个人，有下列情形之一的，……不予受理：
    （四）申请人近三年内有越级上访记录的): the item is the class barred, not conduct the header sanctions."""
    return bool(header) and any(b.start == 0 and b.end == len(item) for b in barred_class(item, header))


# ---------------------------------------------------------------- S4: others watched

_DUTY = re.compile(r"应当|必须|须|一律|要求|负责")
# what the duty handles is the others' information about a single one of them (购买人姓名; 承租人的在家情况; 对顾客进行实名
# 登记; 学员的家庭住址): the personal words close after the others
_INFO_REACH = 14
_HANDLE_REACH = 30
_INSTALL = re.compile(r"安装|加装|配备|设置|启用|开启|建设")
# a site, a vehicle, a kitchen or a pollution source watched — the equipment's object is no person's life (扬尘在线监测,
# 明厨亮灶, 重点排污单位): the environment, safety and food rules read them
_SITE = re.compile(r"工地|施工|扬尘|排污|排放|油烟|渣土|危险|消防|森林|河道|在线监测|污染|车辆|船舶|渔船|矿|仓库|养殖|后厨|"
                   r"明厨亮灶|厨房|冷链|加油|燃气|校车|路口|道路|堤|闸|桥")
# a person's own whereabouts sent back by the device (实时回传作业轨迹和人员位置; 回传快递员位置): a vehicle's or a site's
# device then watches people (round 38, rights38)
_PERSON_TRACKED = re.compile(r"(人员|员|驾驶人|司机|骑手|作业人)[^，。；、和]{0,2}(位置|轨迹|行踪|定位)")
_CONSENT = re.compile(r"保密|不得泄露|不得(用于|挪作|超出)|删除|经本人同意|本人同意|单独同意|自愿|授权")
_REPORT = re.compile(r"(报告|上报|报送|告知|通报|报)(?!名|考|批|请|销|价)")
_TO_BODY = re.compile(r"派出所|公安|民警|社区|村委会|村民委员会|居委会|居民委员会|网格|政府|镇|街道|局")


def duty_bearer(sentence: str) -> str:
    """The words before the sentence's first duty word: who bears it."""
    d = _DUTY.search(sentence)
    return sentence[:d.start()] if d else ""


def watch_terms(sentence: str) -> set[str]:
    """The personal information and the devices a watch duty of ``sentence`` names (身份证号码, 人脸, 监控设备 …)."""
    return {m.group(0) for name in ("watch.personal", "watch.device") for m in _RX[name].finditer(sentence)}


# the information sent on to someone (报送所在村统计信息员, 报村级供水管理员登记): the registrations the table holds are kept by
# the party or given to the police (旅馆业治安管理办法 第六条, 治安管理处罚法 第六十八条); sent anywhere else, the duty is no
# longer the law's (round 38, rights38)
_SENT = re.compile(r"(报送|上报|推送|抄送|提供|交|报)(给|至|到)?(?!告|警|案)")
_POLICE = re.compile(r"公安|派出所|警|法院|检察|国家安全")


def sent_elsewhere(sentence: str, at: int = 0) -> re.Match | None:
    """The first sending of information from ``at`` on to a recipient not the police (报村级供水管理员登记)."""
    for s in _SENT.finditer(sentence, at):
        to = re.split(r"[，,。；;]", sentence[s.end():s.end() + 18])[0]
        if to and not _POLICE.search(to) and not re.match(r"(本人|其本人|当事人|承租人|旅客|顾客|消费者)", to):
            return s
    return None


def statutory_duty(sentence: str, header: str = "") -> tuple[str, int] | None:
    """The law and article that lay on the sentence's party the handling it names, within what the law has it handle
    (every personal word the sentence names falls within the law's own, and nothing sent on but to the police), if one
    does."""
    d = _DUTY.search(sentence)
    if d is not None and sent_elsewhere(sentence, d.end()) and _RX["watch.personal"].search(sentence, d.end()):
        return None
    who = header + duty_bearer(sentence)
    personal = [m for m in _RX["watch.personal"].finditer(sentence)]
    devices = [m for m in _RX["watch.device"].finditer(sentence)]
    for law, article, actor, allowed in table()[1]:
        if not actor.search(who):
            continue
        spans = [a.span() for a in allowed.finditer(sentence)]
        inside = lambda m: any(s <= m.start() and m.end() <= e for s, e in spans)     # noqa: E731
        if all(inside(m) for m in personal) and all(inside(m) for m in devices) and (personal or devices or spans):
            return law, article
    return None


def _others_info(sentence: str, at: int) -> tuple[int, int] | None:
    """Others' personal information named from ``at`` on (购买人姓名, 承租人的在家情况, 对顾客进行实名登记)."""
    for o in _RX["watch.others"].finditer(sentence, at):
        p = _RX["watch.personal"].search(sentence, o.end(), min(len(sentence), o.end() + _INFO_REACH))
        if p and not re.search(r"[。；;]", sentence[o.end():p.start()]):
            return o.start(), p.end()
    return None


def watch_duty(sentence: str, header: str = "") -> list[Burden]:
    """S4: a private party made to collect, register, check, keep or report others' personal information, to install
    monitoring linked to a government platform or inside a private space, or to watch others and report them."""
    if GOVERNMENT_FIRST.match(sentence) or header and GOVERNMENT_FIRST.match(header):
        return []
    d = _DUTY.search(sentence)
    if d is None or PROTECTIVE.search(sentence[:d.start()]) or COMPELS.search(sentence) \
            or _CONSENT.search(header + sentence) or _RX["watch.lawful_report"].search(sentence):
        return []
    if re.search(r"局|人民政府|部门|机关|派出所|公安", sentence[:d.start()]):
        return []                 # a body's own duty, named after the purpose (为……，县公安局应当……)
    if statutory_duty(sentence, header):
        return []
    # monitoring equipment watching people, linked to a platform or inside a private space
    for dev in _RX["watch.device"].finditer(sentence, d.end()):
        install = _INSTALL.search(sentence, max(d.end(), dev.start() - 24), dev.start())
        if not install or _SITE.search(sentence) and not _PERSON_TRACKED.search(sentence, dev.end()):
            continue
        if _RX["watch.linked"].search(sentence, d.end()) or _RX["watch.private_space"].search(sentence, d.end(), dev.start()) \
                or re.match(r"人脸识别|智能门锁", dev.group(0)):
            return [Burden("watch", install.start(), dev.end(), sentence[install.start():dev.end()])]
    # … or the party's own monitoring, named before the duty, joined to a body's platform or opened to it after it
    # (小区自建的视频监控系统，应当全部接入街道综治视频平台; 厂区内的视频监控应当向属地派出所开放远程访问权限):
    # round 45 (rights45) — 公共安全视频图像信息系统管理条例 sets a filing (第十四条) and an access by the law's
    # procedure (第二十条), no joining
    for dev in _RX["watch.device"].finditer(sentence, 0, d.start()):
        link = _RX["watch.linked"].search(sentence, d.end())
        if link and not (_SITE.search(sentence) and not _PERSON_TRACKED.search(sentence, dev.end())):
            return [Burden("watch", dev.start(), link.end(), sentence[dev.start():link.end()])]
    # others' personal information handled
    for h in _RX["watch.handle"].finditer(sentence, d.end()):
        lo = max(d.end(), h.start() - _HANDLE_REACH)
        found = _others_info(sentence, lo)
        if found and found[0] - h.end() <= _HANDLE_REACH and not re.search(r"[。；;]", sentence[min(h.end(), found[0]):max(h.end(), found[0])]):
            return [Burden("watch", min(h.start(), found[0]), max(h.end(), found[1]),
                           sentence[min(h.start(), found[0]):max(h.end(), found[1])])]
    # others' personal information, named by a pronoun after the others (承租人入住之日起三日内，将其姓名、身份证号码报村级
    # 供水管理员登记), sent on to someone not the police (round 38, rights38)
    sent = sent_elsewhere(sentence, d.end())
    if sent is not None and _RX["watch.others"].search(header + sentence, 0, len(header) + sent.start()):
        p = re.search(r"(其|他们的|其本人的)(" + _SOURCES["watch.personal"] + ")", sentence[d.end():sent.start()])
        if p and sent.start() - (d.end() + p.end()) <= _HANDLE_REACH:
            lo = d.end() + p.start()
            return [Burden("watch", lo, sent.end(), sentence[lo:sent.end()])]
    # … or the others themselves made to have it taken by a private party (购买……的消费者，应当出示身份证件并配合药店登记
    # 姓名、住址): the subject is the others, the party handling it is named after the duty
    if _RX["watch.others"].search(sentence, 0, d.start()):
        for h in _RX["watch.handle"].finditer(sentence, d.end()):
            p = _RX["watch.personal"].search(sentence, h.end(), min(len(sentence), h.end() + _INFO_REACH))
            if p and not re.search(r"[，,。；;]", sentence[h.end():p.start()]):
                return [Burden("watch", h.start(), p.end(), sentence[h.start():p.end()])]
    # others watched and reported to a body (发现邻居有……的，应当及时向社区网格员报告)
    ob = _RX["watch.observe"].search(header + sentence)
    if ob is not None:
        r = _REPORT.search(sentence, d.end())
        if r and _TO_BODY.search(sentence, d.end(), r.start() + 8) \
                and any(o.start() > 2 for o in _RX["watch.others"].finditer(header + sentence)):
            return [Burden("watch", r.start(), r.end(), sentence[max(0, r.start() - 12):r.end()])]
    return []
