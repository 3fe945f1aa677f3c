"""The shared look-alike guard: the lawful shapes a content finding is read against before it is reported.

A rule's trigger names a measure (收取, 审批, 罚款, 返还, 设定差别 …); the sentence around it may still set nothing
unlawful. The shapes here are read from the closed-class grammar of the norm, not from a sector's nouns:

* ``self_restraint`` — a public body (or any body, 甲方, 任何部门) negates the measure itself: 甲方不以任何形式返还,
  任何部门不得干预, 不以……设定差别 / 作为条件 (a promise not to use a fact), 原则上不收取……；确需收取的，应当……
  (the exception regulated after the default is refused).
* ``abolished_list`` — a list header abolishing the measure for its items: 下列事项不再实行审批：.
* ``cited_article`` — the measure laid under an article of a 法律/条例 cited in the same sentence or the list header
  (依照《X条例》第三十三条，按照以下标准裁量：): the article provides it; whether a range exceeds it is the upper-law
  comparison's question, not the content rule's.
* ``higher_decision`` — the measure is done on a higher body's decision named as the basis (根据省人民政府的决定，……).
* ``own_duty_after_measure`` — the measure is only the condition of the body's own duty (……予以暂扣的，应当妥善保管，
  不得使用): the sentence sets how the body treats the party, not the measure.
* ``restated_with_reservation`` / ``restated_cited`` (upper-law findings only) — a public body's self-restraint
  restated with the law's own 另有规定 reservation, or a warning on a sentence that cites the very article compared.

Round 25 (issue 9; ``_round25``), the shapes the dev sets' remaining look-alikes stood in, each read once for every rule:

* ``self_restraint`` widened — a later phrase without a subject carries the first phrase's public subject (救助管理站
  不得限制……，不得扣压……), the negated act up to 24 characters on (不得向受助人员、其亲属或者所在单位收取费用), 扣压 and a
  uniform price (不对……作统一规定) among the acts a body negates, the phrase after a body's pretext ban (任何单位不得以……为名，
  强制要求……), a paper barred from standing in for an inquiry (不得仅以……证明代替调查);
* ``own_duty_after_measure`` widened — the body's own restraint after the measure (……拖移至指定地点的，不得向当事人收取拖车费用);
* ``duty_kept`` (power) — 不因委托……而免除其监管责任;
* ``deferred`` — a condition or a topic whose consequence is left to higher rules, nothing added (……的，由有关部门按照国家
  有关规定实施管理措施，本县不另行增设惩戒措施; ……决定，依照国家和省有关规定妥善处理), or a reservation (……的，从其规定);
* ``own_spending`` — the party's share paid by the treasury (fee), a subsidy raised for holders of a card (proof);
* ``requirement_removed`` — a commitment replacing a proof (承诺制……不再要求提交……证明), a header barring the demand of its
  items (不得要求申请人提交下列材料：), a removing negation opening the phrase (不再经县劳动局审批);
* ``internal_approval`` (license, rights; review/norms/approver.py) — the approver inside the actor, the person concerned,
  or a public body over a public institution;
* ``own_option`` (rights) — 也可以作出个人诚信承诺; ``own_duty`` (license) — the body's own deadline to decide;
* ``cited_article`` widened (penalty, coercion) — a national 规定/办法's article, its citation covering the sentences
  after its semicolon; ``privately_set`` (fair competition) — a price the parties agree (由业主与物业服务企业协商确定);
* ``refund`` (fee) — a charge the body orders refunded (……收取费用的，由……责令退还), money refunded (退还其已缴纳的保证金).

``lookalike_reason`` returns the shape's name, or None when the finding stands. Pure: strings in, a string out.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

from ..sentences import phrase_bounds, sentence_bounds
from .guards import GOVERNMENT_FIRST
from .analyse import without_excepted
from .approver import internal_approval
from .barred_conduct import barred_header, barred_to_public_actor
from .own_affairs import own_affairs_reason
from .lexicon import literal_alternation

# the categories whose findings report what a document makes a private party do or suffer, or a privilege it grants
GUARDED = frozenset({"license", "penalty", "coercion", "fee", "proof", "rights", "family-planning",
                     "fair-competition", "power"})
UPPER = "upper-law"

# who may restrain itself: a public body, a party A, or "any" body — closed-class endings, not a list of bodies
_PUBLIC_SUBJECT = re.compile(r"(人民政府|政府|部门|机关|(?:行政|执法|主管|监管|管理|审批|登记|救援)(?:机构|单位)|甲方|"
                             r"[局委办厅署处科所站队]|街道办事处|街道|乡镇|委员会|本机关|本部门|本单位)$")
_ANY_BODY = re.compile(r"(任何|各级|各|有关|相关)[^，。；：]{0,8}(部门|机关|单位|组织|机构)")
_NEGATION = r"(?:原则上|一律|均|都|也|并|从)?(?:不得|不再|不予|不会|严禁|禁止|无权|不)"
# a negation the subject puts on its own act (甲方不以任何形式返还; 不收取; 不得干预)
_SELF_NEGATION = re.compile(r"(?:原则上|一律|均|都|也|并|从)?(?:不得|不再|不予|不会|严禁|禁止|无权|不)"
                            r"(?!(?:得|再|予|会)?(?:以外|仅|只|但|及时|按时|如实|少于|低于|超过|高于|满|足))")
# the act a self-restraint must negate: a burden done to another (the relief lexicon's ``burden.act``, one definition)
# or a privilege granted to one (返还, 减免, 补贴 …) or an interference with its own decision. A body negating anything
# else — its own duty (不承担监管责任, 不再受理投诉), a dealing with outsiders (不得向县外供应商采购) — is not protecting
# anyone: that is the very thing the rules report.
_PRIVILEGE_OR_INTERFERENCE = ("返还", "减免", "减收", "免收", "补贴", "奖励", "优惠", "让利", "兑现", "补助", "扶持", "干预",
                              "干涉", "插手", "设定", "设置", "增设", "另设", "附加", "收费", "指定", "要求",
                              # round 25: a body keeping papers, or fixing a price or a standard for all (县农业农村局不对
                              # 化肥经营者的销售价格作统一规定: the market price left alone)
                              "扣压", "统一规定", "统一定价", "统一制定", "统一确定", "统一核定")
# not 审批: a body saying it will no longer approve what a law makes it approve (有关部门不再另行审批) waives a control —
# the privilege the power rules report; an approval abolished for a list of items is the header's shape (abolished_list)


# the negated verb is the party's receiving, not a body's act (分支机构不享受该补贴: an exclusion, reported)
_RECIPIENT = re.compile(r"(?:再|得)?(?:享受|获得|领取|得到|纳入|列入|参加|参与|适用|受)")


@lru_cache(maxsize=1)
def _negatable_act() -> re.Pattern:
    path = Path(__file__).resolve().parents[1] / "lexicons" / "relief.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    members = next(c["members"] for c in data.get("concept", []) if c.get("name") == "burden.act")
    words = sorted(set(members) | set(_PRIVILEGE_OR_INTERFERENCE), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


# a promise not to use a fact as the ground of a difference or a condition (不以……设定差别, 不将……作为条件, 不因……区别对待)
_NOT_AS_GROUND = re.compile(r"不(?:得)?(?:仅)?(?:以|将|把|因)[^。；]{1,40}?(?:设定|设置|作为|当作|列为|区别|差别|挂钩|"
                            # round 25: a paper not to stand in for the body's own inquiry (不得仅以村（居）民委员会出具的
                            # 证明代替调查)
                            r"限制|歧视|区分|附加|代替|替代|取代|"
                            # round 26: the fact named as what a step is not conditioned on (不以提供……证明为受理条件,
                            # 不以……为前置条件)
                            r"为[^。；，]{0,8}?(?:条件|前提|依据|要件))|"
                            # round 23: a promise that a result stays apart from what the party is owed (评比结果……不与
                            # 农户依法享受的各项补贴挂钩)
                            r"不(?:得)?(?:与|同|和)[^。；]{1,30}?(?:挂钩|关联|联系|捆绑)")
# the exception regulated after the default is refused: 原则上不收取……；确需收取的，应当……
_REGULATED_EXCEPTION = re.compile(r"(?:确需|确实需要|确有必要|需要)[^，。；]{0,12}的[，,]?[^。]{0,30}(?:应当|须|必须)")
_DEFAULT_REFUSED = re.compile(r"原则上(?:不得|不再|不予|不)")
# … but not a person's own leaving refused by default (乡村医生原则上不得辞职；确需离岗的，应当经……同意: round 21): the
# exception put under another's consent is the restriction itself, no body restrains itself there
_OWN_EXIT = re.compile(r"(?:辞职|离职|离岗|辞去|调离|离开|请假|外出|跳槽|迁出)")
# a list header abolishing its items' measure
_ABOLISHING_HEADER = re.compile(r"(?:不再|取消|不实行|免于|免除|无需|无须|不需要?)[^，。；：:]{0,8}"
                                r"(?:审批|许可|核准|审核|备案|年检|证明|前置|收费|收取)")
_LIST_HEADER = re.compile(r"(?:下列|以下|如下)[^，。；：:]{0,6}(?:事项|项目|情形|内容)")
# an article of a law or a regulation cited as the ground of what follows
# (round 29, guard29: 适用《X条例》第N条 — a discretion list's header naming the article it applies — cites it too)
_CITED_ARTICLE = re.compile(r"(?:依照|依据|根据|按照|适用)《[^《》]{2,40}(?:法|条例)》(?:（[^）]*）)?第[一二三四五六七八九十百零〇\d]+条")
_CITED_TITLE = re.compile(r"《([^《》]{2,40})》(?:（[^）]*）)?第([一二三四五六七八九十百零〇\d]+)条")
# a higher body's decision named as the basis of the measure
# (a decision, not a cited instrument: 按照《某省婚姻介绍机构管理规定》 is a basis review.cited_basis checks)
_HIGHER_DECISION = re.compile(r"^[^，。；《]{0,4}(?:根据|依据|依照|按照|经)[^，。；《]{0,4}(?:国务院|省|自治区|直辖市|设区的市|上级)"
                              r"[^，。；《》]{0,16}(?:决定|批复|批准|授权)")
_RESERVATION = re.compile(r"(?:法律|行政法规|法规)[^，。；]{0,12}另有规定的[，,]?(?:依照|从|按照)其规定")
# the measure only as the condition of the body's own duty: ……予以暂扣的，应当妥善保管，不得使用
_CONDITION_END = re.compile(r"的[，,]")
_OWN_DUTY = re.compile(r"^(?:(?:执法人员|工作人员|行政机关|本机关)[^，。；]{0,2}(?:不得少于|应当|须)[^。；]{0,12}[，,])?"
                       r"(?:应当|应|须|必须)(?!由)[^。；]{0,40}(?:不得|并|[，,])")
# a condition that is the body's own act, with no other subject (实施查封、扣押的，……)
_BODY_ACT = re.compile(r"^(?:第[一二三四五六七八九十百零〇\d]+条[\s\u3000]*)?(?:行政机关|执法机关)?(?:依法)?(?:实施|采取|作出|执行)")
_PRIVATE_AFTER = re.compile(r"^(?:[^，。；]{0,6})(?:当事人|申请人|经营者|企业|个人|用户|业主|其|本人|家属|乙方)")


def _subject_before(sentence: str, at: int) -> str:
    """The words of the phrase before offset ``at`` (the subject that stands before a modal)."""
    a, _ = phrase_bounds(sentence, at, at)
    return sentence[a:at].strip()


# (委托, 办理 open a party's act, not a body's name: 委托外地物流企业承运的，不予补贴 is the exclusion reported, round 24)
_FIRST_SUBJECT = re.compile(r"^[^，。；]{0,16}?(人民政府|政府|部门|机关|机构|局|委(?!托)|办(?!理|法)|甲方)")
# round 23: a sentence that opens with an act only a body does (实施违法建设拆除，不得……; 开展执法检查时，不得……): the
# negation that follows restrains that body
_BODY_OPENING = re.compile(r"^(?:第[一二三四五六七八九十百零〇\d]+条[\s\u3000]*)?(?:在|对)?(?:依法)?(?:实施|执行|开展|组织|作出|采取|进行)"
                           r"[^，。；]{0,10}?(?:拆除|强制|执法|检查|处罚|征收|查封|扣押|清理|整治|巡查|督查|核查|调查)[^，。；]{0,6}[，,]")


# a body's negation of its own supervision, inspection or handling of complaints (不再对……进行跟踪检查, 不受理相关投诉): what
# a power rule reports as a duty shed, not a self-restraint that protects anyone
# (round 24: or its accountability — 不纳入预算, 不接受审计, 不向人民代表大会……报告)
_OWN_SUPERVISION_DROPPED = re.compile(r"(不再|不予|一律不|不)[^，。；]{0,14}(监督|检查|巡查|抽查|抽检|监管|执法|跟踪|绩效评价|受理|查处|调处|核查)|"
                                      r"不(?:纳入|列入)[^，。；]{0,8}?预算|不(?:接受|受|进行)[^，。；]{0,6}?审计|"
                                      r"不(?:向|报)[^，。；]{0,20}?(?:人民代表大会|人大)[^，。；]{0,10}?报告")


# how far after the negation the negated act may stand (不得向受助人员、其亲属或者所在单位收取费用: round 25, 16 -> 24)
_ACT_REACH = 24
_MODAL_OR_NEGATION = re.compile(r"应当|必须|须|要|可以|不得|不再|不予|严禁|禁止|无权|不")
# the article's number a phrase opens with (第五条　), left out of the words read as its subject
_ARTICLE_NUMBER = re.compile(r"^第[一二三四五六七八九十百零〇\d]+条[\s\u3000]*")


def _carried_public_subject(sentence: str) -> bool:
    """Whether the sentence's first phrase names a public body as its subject before its first modal — the subject a
    later phrase without its own carries (救助管理站不得限制受助人员离开，不得扣压……: round 25)."""
    a, b = phrase_bounds(sentence, 0, 0)
    first = sentence[a:b]
    m = _MODAL_OR_NEGATION.search(first)
    subject = _ARTICLE_NUMBER.sub("", first[:m.start()] if m else "").strip()
    return bool(subject) and (_PUBLIC_SUBJECT.search(subject) is not None or _ANY_BODY.search(subject) is not None) \
        and not _PRIVATE_AFTER.match(subject)


def _self_restraint(sentence: str, q0: int, q1: int, before: str = "") -> bool:
    """Whether the quoted words stand under a public or any body's negation of its own act (or a promise not to use a
    fact as a ground), or in the regulated exception after a refused default."""
    for m in _NOT_AS_GROUND.finditer(sentence):
        if m.start() <= q1 and q0 <= phrase_bounds(sentence, m.end() - 1, m.end())[1]:
            return True
    d = _DEFAULT_REFUSED.search(before + sentence[:q1])
    if d and _REGULATED_EXCEPTION.search(sentence[max(0, q0 - 12):]) \
            and not _OWN_EXIT.match(before + sentence, d.end()):
        return True
    a, b = phrase_bounds(sentence, q0, q0)
    if a == 0 and _BODY_OPENING.match(sentence) and b < len(sentence):
        # the quote names the body's own act the sentence opens with (实施违法建设拆除，不得对居民生活采取停止供水……):
        # the restraint that follows is the sentence's norm, the act only its setting
        rest = sentence[b + 1:]
        m = _SELF_NEGATION.match(rest) or _SELF_NEGATION.match(rest, 1)
        if m and _negatable_act().search(rest, m.end(), m.end() + 24):
            return True
    phrases = [(a, b)]
    # the quote may span the sentence: every phrase it covers is read
    pos = b + 1
    while pos < min(q1, len(sentence)):
        pa, pb = phrase_bounds(sentence, pos, pos)
        phrases.append((pa, pb))
        pos = pb + 1
    for pa, pb in phrases:
        phrase = sentence[pa:pb]
        m = _SELF_NEGATION.search(phrase)
        if not m:
            continue
        if _RECIPIENT.match(phrase, m.end()) or not _negatable_act().search(phrase, m.end(), m.end() + _ACT_REACH):
            continue
        subject = phrase[:m.start()].strip()
        if not subject and pa > 0 and (_FIRST_SUBJECT.match(sentence) or _carried_public_subject(sentence)):
            return True
        if _PUBLIC_SUBJECT.search(subject) or _ANY_BODY.search(subject):
            if not _PRIVATE_AFTER.match(subject):
                return True
    return False


# any body barred from interfering with what the private party decides itself (由经营者自主确定，任何部门不得干预)
_NO_INTERFERENCE = re.compile(r"(?:任何|各级|有关|相关)[^，。；：]{0,8}(?:部门|机关|单位|组织|机构)[^，。；]{0,6}(?:不得|无权)"
                              r"(?:以任何[^，。；]{0,4})?(?:干预|干涉|插手)")


# round 28 (guard28b): the measure in a topic phrase with no modal, a body by its name's ending doing it (公安机关交通管理
# 部门拖移违法停放的机动车，不得向当事人收取拖车费用): the phrase names the measure a law gives that body, the sentence
# lays only the body's own restraint after it — a prohibition (不得, 严禁, 禁止, 无权) binding the body, not a refusal
# (不予) denying the party
_TOPIC_BODY = re.compile(r"^(?:第[一二三四五六七八九十百零〇\d]+条[\s\u3000]*)?[^，。；]{0,24}?(?:部门|机关|机构|[局所站队]|"
                         r"委员会|人民政府|办事处)(?:依法)?(?:在)?[^，。；]{0,4}?$")
_TOPIC_MODAL = re.compile(r"应当|应|必须|须|要|可以|可|有权|予以|一律|先行|当场|即行|不得|不予|严禁|禁止|无权|不")
_BODY_PROHIBITION = re.compile(r"(?:均|都|也|并|一律)?(?:不得|严禁|禁止|无权)")


def _topic_measure_restrained(sentence: str, q0: int, q1: int) -> bool:
    comma = re.compile(r"[，,]").search(sentence, max(q0, q1 - 2))
    if comma is None or comma.start() - q1 > 6:
        return False
    topic = sentence[:comma.start()]
    if _TOPIC_MODAL.search(topic) or "的" in topic[-1:]:
        return False
    verb = _measure_verb().search(topic)
    if verb is None or not _TOPIC_BODY.match(topic[:verb.start()]):
        return False
    rest = sentence[comma.end():]
    m = _BODY_PROHIBITION.match(rest)
    return bool(m) and not _RECIPIENT.match(rest, m.end()) and _negatable_act().search(rest, m.end(), m.end() + _ACT_REACH) is not None


@lru_cache(maxsize=1)
def _measure_verb() -> re.Pattern:
    """The measures of 行政强制法 第九条 under a drafter's names (the sanctions lexicon's coercion measures)."""
    path = Path(__file__).resolve().parents[1] / "lexicons" / "sanctions.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    members = next(c["members"] for c in data.get("concept", []) if c.get("name") == "coercion")
    return re.compile(literal_alternation(members))


def _own_duty_after_measure(sentence: str, q0: int, q1: int) -> bool:
    if _topic_measure_restrained(sentence, q0, q1):
        return True
    cond = _CONDITION_END.search(sentence, max(q0, q1 - 2))
    if cond is None or cond.start() - q1 > 2:
        return False
    condition = sentence[:cond.start()]
    by_body = re.search(r"(部门|机关|机构|[局所站队])", condition[:max(q0, 0) + 16]) or _BODY_ACT.match(condition)
    if not by_body:
        return False
    rest = sentence[cond.end():]
    if _OWN_DUTY.match(rest):
        return True
    # round 25: or the body's own restraint (……将违法停放的机动车拖移至指定地点的，不得向当事人收取拖车费用)
    m = _SELF_NEGATION.match(rest)
    return bool(m) and not _RECIPIENT.match(rest, m.end()) \
        and _negatable_act().search(rest, m.end(), m.end() + _ACT_REACH) is not None


# ---- round 25 (issue 9): the lawful shapes of the look-alikes the dev sets still flagged, each read once here

# a duty kept, not shed: 不因委托村（社区）日常管护而免除其监管责任, 不免除其监督管理责任
_DUTY_KEPT = re.compile(r"不(?:得)?(?:因|以|由于)[^，。；]{1,30}?(?:而|为由)?[^，。；]{0,2}(?:免除|减轻|转移|免去|替代|取代|改变)"
                        r"[^，。；]{0,10}(?:责任|职责)|(?:不|并不|也不)(?:免除|减轻|转移)[^，。；]{0,10}(?:责任|职责)")
# a measure deferred to the rules of a higher level, the document adding nothing (……的，由有关部门按照国家有关规定实施
# 管理措施，本县不另行增设惩戒措施; 本办法施行前已……作出的……决定，依照国家和省有关规定依法依规妥善处理)
_DEFERRED = re.compile(r"^[，,]?(?:由[^，。；]{0,12}?)?(?:依照|按照|依据|根据)(?:国家|上级|法律|法律法规|法律、法规|法律、行政法规|"
                       r"国家和省|国家、省|省)[^，。；]{0,10}?(?:有关|相关)?(?:规定|政策)[^，。；]{0,16}$|"
                       # round 31 (look31): the measure's basis demanded of the upper level (……列入严重失信主体名单的，
                       # 应当以法律、行政法规或者党中央、国务院政策文件为依据): the sentence sets no ground of its own
                       r"^[，,]?(?:均|都)?(?:应当|应|须|必须)?以(?:国家|法律|法律法规|法律、法规|法律、行政法规)[^，。；]{0,24}?"
                       r"为(?:依据|根据|准)$")
_NOTHING_ADDED = re.compile(r"^(?:本[县市区镇乡]|本办法|本规定|本细则|本方案|本通知|各[^，。；]{0,6})?(?:不另行|不另|不再|不)"
                            r"(?:增设|设定|设置|设立|附加|另设|规定|增加)")
# a reservation: the quoted condition is another's act this document yields to (省人民政府对其收费制定最高限价的，从其规定)
_YIELDS = re.compile(r"^[，,]?(?:依照|按照|从)其规定")


_TOPIC_END = re.compile(r"的?[，,]")


def _deferred(sentence: str, q0: int, q1: int) -> bool:
    """The quote is the condition (……的，) or the topic (……决定，) of a sentence that leaves its consequence to higher
    rules and adds nothing."""
    cond = _TOPIC_END.search(sentence, max(q0, q1 - 2))
    if cond is None or cond.start() - q1 > 2:
        return False
    rest = sentence[cond.end() - 1:]
    if _YIELDS.match(rest):
        return True
    pieces = re.split(r"[，,；;。]", rest[1:])
    first = next((i for i, piece in enumerate(pieces) if piece.strip()), None)
    if first is None or not _DEFERRED.match(pieces[first]):
        return False
    return all(not piece.strip() or _NOTHING_ADDED.match(piece.strip()) for piece in pieces[first + 1:])


# the government's own money: the party's share paid by the treasury (其个人应缴保费部分由县级财政全额补助, 由县财政全额代缴)
_FISCAL_PAID = re.compile(r"(?:部分|费用|保费|费|资金|款)[^，。；]{0,4}由[^，。；]{0,8}(?:财政|人民政府|政府)[^，。；]{0,8}"
                          r"(?:补助|承担|代缴|代付|支付|补贴|负担|列支|资助|保障|全额|兜底)")
# (… and no other money taken in the sentence: 并按每人二十元收取工本费 stays a charge)
_PAID_TO_BODY = re.compile(r"向[^，。；]{0,20}?(?:缴纳|交纳|缴|交|支付)|收取|代收|加收|核收|预收")
# a benefit raised for holders of a card (对持有《独生子女父母光荣证》的农村家庭，……补贴……每户每年增加200元): a favour
# the document grants, no paper demanded of anyone
_HOLDER = re.compile(r"^[^，。；]{0,4}对(?:持有|领取|取得)[^，。；]{1,24}的[^，。；]{0,12}[，,]")
_FAVOUR_RAISED = re.compile(r"(?:补贴|补助|奖励|奖补|津贴|优待|扶助金|救助金)[^，。；]{0,24}(?:增加|提高|上浮|加发|增发|翻倍)")
_GATE = re.compile(r"方可|才能|才可|不予|不得|须|必须|应当提交|应当提供|凭")
# a commitment that replaces a demand (推行……承诺制，……不再要求提交……证明)
_COMMITMENT = re.compile(r"承诺制|告知承诺")
_REMOVED = re.compile(r"(?:不再|无需|无须|不需要?|免于|免予|不得)(?:要求|另行)?[^，。；]{0,12}(?:提交|提供|出具|开具)")
# a header barring the demand of its items (受理部门不得要求申请人提交下列材料：)
_BARRING_HEADER = re.compile(r"(?:不得|不再|严禁|禁止|无须|无需|不需要?)(?:要求|索要|收取)?[^，。；：:]{0,10}(?:提交|提供|出具|开具|"
                             r"收取|缴纳)[^，。；：:]{0,4}(?:下列|以下|如下)")
# a removing negation opening the quoted phrase (企业招用外地务工人员，不再经县劳动局审批; 不再要求企业提供完税证明)
_REMOVING = re.compile(r"(?:^|[，,])(?:[^，,。；]{0,16}?)(?:不再|无需|无须|不需要?|免于|免予)(?:经|报经|报|办理|提交|提供|要求|审批|出具)")
# the phrase after a body's ban on a pretext (任何单位不得以统一组织培训为名，强制要求个体工商户参加并收取培训资料费): the
# burden in it is what the ban forbids
_UNDER_PRETEXT_BAN = re.compile(r"(?:^|[，,。；])(?:第[一二三四五六七八九十百零〇\d]+条[\s\u3000]*)?(?:任何|各级|各|有关|相关)?[^，。；]{0,12}?"
                                r"(?:部门|机关|单位|组织|机构|人民政府|政府|[局委办站所])(?:均|都|一律)?(?:不得|严禁|禁止|不准)(?:以|借)"
                                r"[^，。；]{1,30}?(?:为名|为由|为借口|名义)[，,]$")
# a charge that is the wrong a body orders undone (违反规定向生育妇女收取费用的，由卫生健康部门责令退还), or money refunded
_REFUND_ORDERED = re.compile(r"的[，,][^。；]{0,24}责令[^，。；]{0,6}(?:退还|返还|退回|清退)")
_REFUNDED = re.compile(r"(?:退还|返还|退回)[^，。；]{0,8}(?:已缴纳|已交纳|已收取|已缴|已交)")


def _phrase_of(sentence: str, q0: int, q1: int) -> str:
    """The phrase around the quote's start, with the comma before it (the removing negation may open it)."""
    a, b = phrase_bounds(sentence, q0, q0)
    return sentence[max(0, a - 1):max(b, min(q1, len(sentence)))]


# the person's own option, not a duty (申请人……也可以作出个人诚信承诺)
_OWN_OPTION = re.compile(r"^(?:也|亦|还|均)?(?:可以|可)(?:自愿|自行|书面|选择)?(?:作出|提出|选择|申请|委托|承诺|签署|提交)")
# the body's own deadline (县人力资源和社会保障局应当自收到申请之日起10个工作日内作出行政许可决定)
_OWN_DEADLINE = re.compile(r"自[^，。；]{0,12}之日起[^，。；]{0,12}(?:日|工作日)内(?:依法)?(?:作出|办结|完成|出具)"
                           r"[^，。；]{0,10}(?:决定|答复|审查|办理)")
# an article of a national instrument cited (依照《卫星电视广播地面接收设施管理规定》第十条第三款): 规定 too, not a local one
_CITED_NATIONAL = re.compile(r"(?:依照|依据|根据|按照)《([^《》]{2,40}(?:规定|办法))》(?:（[^）]*）)?第[一二三四五六七八九十百零〇\d]+条")


# a price the private parties agree or set themselves (收费标准由业主与物业服务企业协商确定): the market price, no body fixes it
_PRIVATELY_SET = re.compile(r"由([^，。；]{1,24}?)(?:依法)?(?:协商|自主|自行)(?:确定|议定|制定|决定)")


def _privately_set(quote: str) -> bool:
    m = _PRIVATELY_SET.search(quote)
    return m is not None and not _PUBLIC_SUBJECT.search(m.group(1)) and \
        re.search(r"人民政府|政府|部门|机关|[局委办]", m.group(1)) is None


def _round25(category: str, sentence: str, q0: int, q1: int, quote: str, header: str, lead: str = "") -> str | None:
    """The round-25 shapes (see the module's doc), or None."""
    if category == "fair-competition" and _privately_set(quote):
        return "privately_set"
    if category == "power" and _DUTY_KEPT.search(sentence[max(0, q0 - 2):q1 + 2]):
        return "duty_kept"
    if _deferred(sentence, q0, q1):
        return "deferred"
    if category == "fee" and _FISCAL_PAID.search(sentence) and not _PAID_TO_BODY.search(sentence):
        return "own_spending"
    if category in ("proof", "family-planning") and _HOLDER.match(sentence) \
            and _FAVOUR_RAISED.search(sentence) and not _GATE.search(sentence):
        return "own_spending"
    if category in ("license", "proof") and _COMMITMENT.search(quote) and _REMOVED.search(sentence):
        return "requirement_removed"
    if header and _BARRING_HEADER.search(header):
        return "requirement_removed"
    # (not power: a body's own procedure removed — 无需提交县人民政府常务会议研究 — is the power finding itself)
    if category not in ("power", "fair-competition") and _REMOVING.search(_phrase_of(sentence, q0, q1)):
        return "requirement_removed"
    if _UNDER_PRETEXT_BAN.search(sentence[:phrase_bounds(sentence, q0, q0)[0]]):
        return "self_restraint"
    if category == "fee" and (_REFUND_ORDERED.search(sentence) or _REFUNDED.search(quote)):
        return "refund"
    if category in ("license", "rights") and internal_approval(sentence, q0, q1):
        return "internal_approval"
    # round 36 (prec36): an approval named bare after the semicolon (……报区数据局进行技术审核；未经审核的，……) is the one
    # the sentence before it named, its actor that sentence's subject
    if category in ("license", "rights") and lead and internal_approval(lead + sentence, len(lead) + q0, len(lead) + q1):
        return "internal_approval"
    if category == "rights" and _OWN_OPTION.match(sentence[q0:q1]):
        return "own_option"
    if category == "license" and GOVERNMENT_FIRST.search(sentence) and _OWN_DEADLINE.search(sentence[q0:q1]):
        return "own_duty"
    if category in ("penalty", "coercion") and any(not _LOCAL_OR_PLANNING.search(m.group(1))
                                                   for m in _CITED_NATIONAL.finditer(lead + sentence + "\n" + header)):
        return "cited_article"
    return None


# round 23: a proof demanded under a national instrument's article cited before it (依照《中国公民收养子女登记办法》第六条
# 规定，……应当提交……证明): the article names the paper. Not a local instrument's (a province's 计划生育 regulation, whose
# proofs lapsed with the 2021 amendments), nor one on family planning itself — those a reviewer checks, not excuses
_CITED_BY = re.compile(r"(?:依照|依据|根据|按照)《([^《》]{2,40})》(?:（[^）]*）)?第[一二三四五六七八九十百零〇\d]+条")
_LOCAL_OR_PLANNING = re.compile(r"省|自治区|[^城]市|县|州|盟|计划生育|人口")


# … not a citation the demand goes beyond (除按照《社会救助暂行办法》第十一条提交有关材料外，另需提供……证明)
_BEYOND = re.compile(r"除[^，。；]{0,6}$")


def _national_article_cited(text: str) -> bool:
    return any(not _LOCAL_OR_PLANNING.search(m.group(1).replace("中华人民共和国", "")) and not _BEYOND.search(text[:m.start()])
               for m in _CITED_BY.finditer(text))


# round 26 (license): the licence a law or a regulation provides, its article cited before the gate (依照《融资担保公司监督
# 管理条例》第六条，设立融资担保公司应当经监督管理部门批准；未经批准，……不得……) — the article provides it; what goes
# beyond a cited list (除……外，还应当……) is not covered
def _cited_part(sentence: str, q1: int) -> str:
    part = sentence[:q1]
    m = _CITED_ARTICLE.search(part)
    return "" if m is None or _BEYOND.search(part[:m.start()]) else part


# … or the regime a law sets, named by the activity and the kind of leave (商品房预售实行许可制度: 城市房地产管理法 第四十五条's
# 商品房预售许可; 建设工程实行施工许可制度: 建筑法 第七条) — the activity and the leave read together as the licence's name, and that
# name one the statutes set (the approval lexicon's ``license.statutory``, one definition)
_REGIME = re.compile(r"([\u4e00-\u9fff]{2,10}?)实行([\u4e00-\u9fff]{0,4}?)(许可|审批|核准)(?:制度|制|管理)")


@lru_cache(maxsize=1)
def _statutory_licence() -> re.Pattern:
    from .lexicon import default_lexicon

    return re.compile(default_lexicon().concepts["license.statutory"].regex_source)


def _statutory_regime(sentence: str) -> bool:
    for m in _REGIME.finditer(sentence):
        names = (m.group(1) + m.group(2) + m.group(3), m.group(2) + m.group(3))
        if any(_statutory_licence().fullmatch(n[i:]) for n in names for i in range(len(n) - 2)):
            return True
    return False


def lookalike_reason(category: str, clause_text: str, quote: str, header: str = "", severity: str = "",
                     upper_law: str = "", upper_article: int | None = None, upper_text: str = "") -> str | None:
    """The lawful shape the finding's words stand in (see the module's doc), or None."""
    if category not in GUARDED and category != UPPER:
        return None
    at = clause_text.find(quote) if quote else -1
    if at < 0:
        # round 36 (prec36): an upper-law reading quoting the barring header itself (县图书馆工作人员不得有下列行为 read
        # against 公共图书馆法 第五十条's 有下列行为之一的，……责令改正): the law's sanction and the header's bar agree
        return "barred_to_official" if category == UPPER and quote and quote in header and barred_header(header) else None
    if barred_to_public_actor(clause_text, quote, header):
        return "barred_to_official"     # round 36 (prec36): an item of what the body or its officials must not do
    s0, s1 = sentence_bounds(clause_text, at, at + len(quote))
    sentence = clause_text[s0:s1]
    q0, q1 = at - s0, min(at - s0 + len(quote), len(sentence))
    if category == UPPER:
        if barred_header(_ARTICLE_NUMBER.sub("", sentence)):
            return "barred_to_official"   # round 36 (prec36): the barring header itself read against the law's sanction
        after = clause_text[s1:s1 + 40]
        if _RESERVATION.search(sentence + after) and _self_restraint(sentence, q0, q1):
            return "restated_with_reservation"
        if severity == "warning" and internal_approval(sentence, q0, q1):
            return "internal_approval"      # a consent among public bodies about their own staff (round 28, power28)
        if _guarantee_option(sentence, q0, q1):
            return "guarantee_option"       # round 28 (guard28b): the party's option of a guarantee for cash
        if severity == "warning" and upper_law:
            for m in _CITED_TITLE.finditer(sentence + header):
                if m.group(1).replace("中华人民共和国", "") in upper_law:
                    return "restated_cited"
            # (the citation may stand after the sentence's semicolon: ……予以制止；制止无效的，依照审计法规定通知……)
            end = clause_text.find("。", s1)
            whole = clause_text[clause_text.rfind("。", 0, s0) + 1:end + 1 if end >= 0 else len(clause_text)]
            if _law_named(whole + "\n" + header, upper_law):
                return "restated_cited"     # round 29 (guard29): 依照《X法》的有关规定 / 依照X法规定, no article
        # round 34 (look34): the body that makes a penalty discretion standard (县自然资源局应当……制定……行政处罚裁量基准)
        # read against 行政处罚法 第十三条's 国务院部门 that sets rules — 第三十四条 lets any 行政机关 make a standard within
        # the law's kinds and ranges: the body named, no level lowered
        if severity in ("error", "warning") and _DISCRETION_MADE.search(sentence) and _BODY_NAMED.fullmatch(quote):
            return "discretion_standard"
        # round 33 (look33): a change read in a protective span — a change only (an info note that the clause restates
        # the article unaltered is no change to excuse: D133's 不因登记机构……的改变而受到影响)
        return _protective_span(sentence, q0, q1, upper_text) if severity in ("error", "warning") else None
    before = clause_text[max(0, s0 - 40):s0]   # the sentence before, up to its ；(原则上不收取……；确需收取的，……)
    # (round 28, power28: a duty kept is no supervision dropped — 不免除县体育局的监管责任 holds 不……监管)
    if category == "power" and _OWN_SUPERVISION_DROPPED.search(_DUTY_KEPT.sub("", quote)):
        return None          # the body refraining from its own supervision is the power finding itself, no look-alike
    if _adds_nothing(sentence, q0, q1):
        return "adds_nothing"       # round 34 (look34): 本细则对上述许可不另设条件 — the document declares it adds nothing
    if _self_restraint(sentence, q0, q1, before if before.endswith(("；", ";")) else ""):
        return "self_restraint"
    if category in ("fair-competition", "power") and _NO_INTERFERENCE.search(sentence):
        return "self_restraint"
    if header and _ABOLISHING_HEADER.search(header) and _LIST_HEADER.search(header):
        return "abolished_list"
    # (round 28, fcfee28: not an article cited only in the 除……外 phrase the measure is added beside — 除依照《民用建筑节能
    # 条例》第四十一条处理外，另……十二个月内暂停其……)
    # the clause's text before the sentence, back to the last full stop: a citation opening 依照《……》第十条，……；
    # 情节较重的，…… covers the sentences after its semicolon too
    lead = clause_text[clause_text.rfind("。", 0, s0) + 1:s0]
    # (round 34, look34: for penalty and coercion as for licence — 依照《民用机场管理条例》第七十九条，……的，由……责令改正；
    # 情节严重的，处……罚款: the fine after the semicolon is the cited article's)
    if category in ("penalty", "coercion") and (_CITED_ARTICLE.search(without_excepted(sentence, q1))
                                                or _CITED_ARTICLE.search(header)
                                                or (lead and _CITED_ARTICLE.search(_cited_part(lead + sentence,
                                                                                               len(lead) + q1)))):
        return "cited_article"
    if category in ("proof", "family-planning") and _national_article_cited(sentence[:q1] + "\n" + header):
        return "cited_article"     # 依照《中国公民收养子女登记办法》第六条规定，收养人应当提交……生育情况证明
    if category in ("power", "penalty", "coercion", "license") and _HIGHER_DECISION.search(sentence):
        return "higher_decision"
    if _own_duty_after_measure(sentence, q0, q1):
        return "own_duty_after_measure"
    if category == "license" and (_CITED_ARTICLE.search(_cited_part(lead + sentence, len(lead) + q1))
                                  or _CITED_ARTICLE.search(header) or _statutory_regime(sentence)):
        return "cited_article"     # 依照《融资担保公司监督管理条例》第六条，设立……应当经……批准；商品房预售实行许可制度
    return _round25(category, sentence, q0, q1, quote, header, lead) or _round28b(category, sentence, q0, q1) \
        or _round29(category, sentence, q0, q1) or _round31(category, sentence, q0, q1, header) \
        or _round33(category, sentence, q0, q1, header) or own_affairs_reason(category, sentence, q0, q1, lead)


# ---- round 34 (look34, issue 8): the classes of flagged look-alikes recurring over the dev sets

# (1) the document, or a body, declaring that it adds nothing to what the upper level lays (本细则对上述许可不另设条件;
# 镇（街道）不另设审批、登记等前置环节; 本办法不另行设定处罚种类和幅度; 不再增设备案手续): the quote stands wholly inside
# that phrase — a declaration of restraint, for power findings too (it sets no condition, step or penalty; a body no
# longer supervising, 不再检查, is _OWN_SUPERVISION_DROPPED's and stays). Not a phrase naming a case (……不设置……的，),
# nor one whose subject lays a modal (……应当……), nor a quote reaching into another phrase (that phrase decides)
_ADDS_NOTHING = re.compile(r"^[^，。；：:]{0,20}?(?:均|都|一律|也|并|原则上)?(?:不再另行|不另行|不再|不另|不)(?:另行)?"
                           r"(?:增设|设定|设置|设立|附加|另设|加设|增加|新设|另定)(?:任何|其他|额外|新的)?[^，。；]{0,14}?"
                           r"(?:条件|环节|门槛|手续|程序|审批|登记|备案|许可|要求|限制|处罚|罚则|收费|措施|前置)"
                           r"(?:种类|幅度|项目|事项|标准|和|及|、)*$")
_MODAL_BEFORE = re.compile(r"应当|应|必须|须|可以|有权")

# (2) a penalty discretion standard made by a body (行政处罚法 第三十四条: 行政机关可以依法制定行政处罚裁量基准), the quote
# the body's own name only (县自然资源局, 县林业局) — a figure or a penalty the standard sets is still compared
_DISCRETION_MADE = re.compile(r"(?:制定|细化|完善|修订|公布)[^。；]{0,30}?(?:行政处罚|处罚|罚款)?裁量(?:基准|标准)|"
                              r"(?:行政处罚|处罚|罚款)裁量(?:基准|标准)[^。；]{0,12}?(?:由|中)")
_BODY_NAMED = re.compile(r"(?:[县市区]|本级)?[\u4e00-\u9fff]{1,14}?(?:局|委员会|委|办公室|部门|机构|机关|中心|大队)")


def _adds_nothing(sentence: str, q0: int, q1: int) -> bool:
    a, b = phrase_bounds(sentence, q0, q0)
    if q1 > b + 1:
        return False
    phrase = _ARTICLE_NUMBER.sub("", sentence[a:b]).rstrip("。；;")
    m = _ADDS_NOTHING.match(phrase)
    if m is None or _CASE_END.search(phrase):
        return False
    neg = re.search(r"不再另行|不另行|不再|不另|不", phrase)
    return not _MODAL_BEFORE.search(phrase[:neg.start()])


# ---- round 28, wave 2 (guard28b): the look-alikes set Z's writers wrote, each read as a class

# a party's option to give a guarantee in place of cash (乙方可以以银行保函形式提交履约保证金; 投标人可以选择以银行保函等
# 非现金形式提交), or a body barred from insisting on cash (甲方不得将履约保证金限定为现金): the option the law itself gives
# (保障中小企业款项支付条例 第十二条、政府采购法实施条例 第三十三条) — an instrument by its noun's ending (…保函, …保险,
# …担保, 非现金), not a cash deposit nor the body's own demand (可以要求乙方……: the subject before 可以 is then the body)
_GUARANTEE_OPTION = re.compile(r"(?:可以|可|有权)(?:自主|自行)?(?:选择)?(?:以|用|采用|通过|提供)[^，。；]{0,16}?(?:保函|保证保险|担保|非现金)"
                               r"[^，。；]{0,8}?(?:形式|方式)?(?:提交|提供|缴纳|交纳|缴存|替代|代替)?")
_CASH_NOT_INSISTED = re.compile(r"(?:不得|不能|禁止)[^，。；]{0,12}?(?:限定为|限于|仅限|只收取?|仅收取?|只接受|仅接受|要求[^，。；]{0,4}以)现金")


def _guarantee_option(sentence: str, q0: int, q1: int) -> bool:
    for rx in (_GUARANTEE_OPTION, _CASH_NOT_INSISTED):
        for m in rx.finditer(sentence):
            if m.start() < q1 and q0 < m.end():
                return True
    return False


# a cost advanced by the parties of a dispute and borne in the end as the finding of responsibility decides (鉴定费预先向
# 医患双方收取，最终按照鉴定确定的责任比例承担: 医疗纠纷预防和处理条例 第三十四条): the parties' own allocation of a
# third party's charge, not a body's fee — unless the money is paid to a public body by its name's ending
_ADVANCED = re.compile(r"(?:预先|预交|预缴|预付|先行(?:垫付|支付|缴纳|交纳)|垫付|暂由)")
_BORNE_BY_FINDING = re.compile(r"(?:最终|最后|事后|结案后|鉴定后|检验后|检测后)?[^。；]{0,6}(?:按照|根据|依据|依照|由)[^。；]{0,20}?"
                               r"(?:责任|过错|结论|结果|比例|败诉|胜诉)[^。；]{0,12}?(?:承担|负担|分担)")
_TO_PUBLIC_BODY = re.compile(r"向[^，。；]{0,14}(?:人民政府|政府|部门|机关|委员会|[局所站队办院]|中心)[^，。；]{0,2}(?:缴纳|交纳|预交|预缴|支付)|"
                             r"由[^，。；]{0,14}(?:人民政府|政府|部门|机关|委员会|[局所站队办])[^，。；]{0,4}(?:收取|预收|代收)")


# … the cost of a finding made by a third party (鉴定费, 检验费用, 检测费, 评估费: an expert act by its verb, the money by
# 费), not the deciding body's own charge (按每件一百元预交案件受理费，裁决后由败诉方负担: Y novel_bm:41, an arbitration
# fee the law forbids) — nor any sentence naming a court, an arbitration body or a public body the party applies to
_FINDING_COST = re.compile(r"(?:鉴定|检验|检测|评估|勘验|化验|鉴别|测绘|审计)[^，。；]{0,2}费")
_DECIDING_BODY = re.compile(r"(?:仲裁|调解|复议|人民法院|法院|[局院]|委员会)[^，。；]{0,4}(?:申请|提出|提起)|受理费|案件费|仲裁费|诉讼费")


def _round28b(category: str, sentence: str, q0: int, q1: int) -> str | None:
    """The round-28 wave-2 shapes (see above), or None."""
    if category == "fee" and _ADVANCED.search(sentence[q0:q1 + 8]) and _BORNE_BY_FINDING.search(sentence, q1) \
            and _FINDING_COST.search(sentence[max(0, q0 - 12):q1]) and not _DECIDING_BODY.search(sentence) \
            and not _TO_PUBLIC_BODY.search(sentence):
        return "cost_allocated"
    return None


# ---- round 29 (guard29, issues 8 and 9): the look-alike classes the dev sets' writers still had flagged, each read for
# every guarded category, whatever the sector

# (1) a protective negation on the party's side: the measure is what the sentence says will NOT befall the party (排污
# 单位……如实报告的，不因报告异常情况本身而被通报或者列入失信名单; 不会因自查报告而受到行政处罚) — a negation of a cause
# (不因/不以/不由于 …) joined to a passive (被, 受到, 遭到), or a passive negated before a measure's verb (不被列入, 不受处罚).
# Not 因……列入 (no negation), nor 不报告……的，列入 (the negation is the condition's, not the measure's)
_SHIELDED = re.compile(r"不(?:得|会|应|能|再)?(?:仅|单纯|仅仅|只)?(?:因|以|由于)[^，。；]{1,30}?(?:而|为由)?[^，。；]{0,2}?(?:被|受到?|遭到?|遭受)|"
                       r"不(?:得|会|再)?(?:被|受)(?=[^，。；]{0,4}(?:列入|纳入|通报|处罚|处以|追究|惩戒|限制|取消|降低|暂停|停止|扣减|记入))")
# (2) a ban on taking an occasion (不能借机调整或收回农户承包地; 不得趁机收取费用): whoever acts in the sentence's setting is
# barred from abusing it — a negation opening its phrase, then 借机 / 趁机 / 借……之机
_OCCASION_BAN = re.compile(r"(?:^|[，,；;])\s*(?:均|都|一律|也)?(?:不得|不能|不准|严禁|禁止|不可)(?:借机|趁机|乘机|借此|借……之机|借[^，。；]{1,12}之机)")
# (3) a law named as the basis without its article (由县水利局依照《中华人民共和国水土保持法》的有关规定予以处理; 依照审计法规定
# 通知财政部门暂停拨付): the law compared is the one the sentence cites — a restatement the comparison warns of
_LAW_NAMED = re.compile(r"(?:依照|依据|根据|按照)(?:《([^《》]{2,40})》|([\u4e00-\u9fff]{2,16}?(?:法|条例)))(?:（[^）]*）)?的?(?:有关|相关)?规定")


def _law_named(text: str, upper_law: str) -> bool:
    for m in _LAW_NAMED.finditer(text):
        name = (m.group(1) or m.group(2) or "").replace("中华人民共和国", "")
        if len(name) >= 3 and not name.startswith(("法律", "法规", "国家", "有关", "相关")) and name in upper_law:
            return True
    return False


# ---- round 31 (look31, issue 8): the look-alike classes still flagged on dev sets E F H, read for every rule of a class

# (1) a restriction negated (竞买人不限于本县企业; 承接单位不仅限于本地注册的经营者): the restricting word the finding's quote
# opens with stands under a negation — the sentence opens the market, it does not close it (限于本县企业 stays reported)
_RESTRICTION_NEGATED = re.compile(r"(?:不|并不|且不|但不|而不)(?:仅|只|仅仅)?(?:限于|局限于|限定于|限定为|限定|仅限于?|只限于?)")
_RESTRICTING = re.compile(r"限于|限定|仅限|只限|限为|只(?:接受|允许|邀请|委托)|仅(?:接受|允许|邀请|委托)")
# (2) a list header forbidding the conduct its items name (学校在招生入学工作中不得有下列行为：; 禁止下列行为：), an item
# whose first phrase is a burden done to another (要求……提供, 收取, 限制, 强制: the relief lexicon's burden.act and the
# acts a body may negate): the item is what is forbidden. An item that is a condition (（一）未提供……证明的) under a
# refusing header (有下列情形之一的，不予办理：) is no such conduct, nor an item under a header that lays a duty
_FORBIDDING_HEADER = re.compile(r"(?:不得|禁止|严禁|不准|不许)(?:有|出现|实施|存在|从事|作出)?(?:下列|以下|如下)[^，。；：:]{0,6}?"
                                r"(?:行为|情形|做法|事项)[：:]?\s*$")
_BURDEN_CATEGORIES = frozenset({"license", "penalty", "coercion", "fee", "proof", "rights", "family-planning"})


def _item_burden_forbidden(category: str, sentence: str, q0: int, header: str) -> bool:
    if category not in _BURDEN_CATEGORIES or not header or not _FORBIDDING_HEADER.search(header.strip()):
        return False
    from ..clauses import point_marker

    marker = point_marker(sentence)
    start = len(marker[1]) if marker else 0
    first_end = phrase_bounds(sentence, start, start)[1]
    act = _negatable_act().search(sentence, start, first_end)
    return act is not None and act.start() - start <= 12 and q0 <= first_end


# (4) a charge collected at the standard a higher body sets (幼儿园……收取保育费、教育费，应当执行省人民政府有关部门制定的
# 收费标准: 幼儿园管理条例 第二十四条; 按照省、市价格主管部门的规定执行): the document fixes no price of its own. Not a
# standard a county body sets (执行县教育局制定的收费标准), nor a sentence that adds an amount or another charge of its own
_HIGHER_BODY = r"(?:国家|国务院|中央|省|自治区|直辖市|省级|设区的市|上级)"
_HIGHER_STANDARD = re.compile(rf"(?:执行|按照|依照|依据|遵照|适用){_HIGHER_BODY}[^，。；]{{0,24}}?"
                              r"(?:(?:制定|规定|核定|批准|确定|公布)的[^，。；]{0,8}?标准|的?规定执行|(?:收费|价格)?标准执行)")
_OWN_AMOUNT = re.compile(r"[\d一二三四五六七八九十百千万两]+(?:\.\d+)?(?:元|角|%|％)|百分之|另行?(?:收取|加收|收)|额外|加收|"
                         r"并(?:收取|加收|预收)|此外")


# (5) a favour for the holders of a certificate (获得《独生子女父母光荣证》的老年人家庭申请……补助的，……在同等条件下优先
# 安排: 人口与计划生育法 第三十一条 — 给予必要的优先和照顾): the card names who is favoured, no one is refused for lacking
# it; a gate (须, 方可, 凭, 不予 …: round 25's _GATE) keeps the demand reported
_HELD = re.compile(r"(?:持有|领取|取得|获得|领有)[^，。；]{1,24}?(?:证|卡|证书|证明)》?的")
_FAVOURED = re.compile(r"优先(?:安排|纳入|给予|考虑|保障|享受|办理|配租|录取)|给予[^，。；]{0,6}(?:优先|照顾|优待|倾斜)|"
                       r"(?:补贴|补助|奖励|奖补|津贴|优待|扶助金|救助金)[^，。；]{0,24}(?:增加|提高|上浮|加发|增发|翻倍)")
# (6) an entry or a step done only with the consent of the person it touches (经用户同意后入户: the occupant decides),
# not a consent withheld (不经用户同意), nor a public body's or a third party's consent (经村民委员会同意后入户)
_PARTY_CONSENT = re.compile(r"(?<![不未无非])(?:经|征得|取得)(?:用户|业主|住户|户主|居民|当事人|本人|其本人|权利人|所有人|使用人|"
                            r"承包方|承租人|被检查人)[^，。；]{0,6}?(?:同意|许可|允许)")


def _round31(category: str, sentence: str, q0: int, q1: int, header: str) -> str | None:
    """The round-31 shapes (see above), or None."""
    if category in ("proof", "family-planning"):
        held = _HELD.search(sentence)
        if held and held.start() <= q1 and _FAVOURED.search(sentence, held.end()) and not _GATE.search(sentence):
            return "favour_for_holders"
    if category == "rights":
        a, b = phrase_bounds(sentence, q0, q0)
        if _PARTY_CONSENT.search(sentence[a:max(b, q1)]):
            return "party_consent"
    if category in ("fee", "fair-competition") and _HIGHER_STANDARD.search(sentence) and not _OWN_AMOUNT.search(sentence):
        return "higher_standard"
    if category == "fair-competition":
        # a negated restriction in the quote, and no restriction left unnegated in the sentence (不限于本县企业，但仅限本县
        # 注册的企业参加报名)
        if _RESTRICTION_NEGATED.search(sentence[max(0, q0 - 4):q1]) \
                and not _RESTRICTING.search(_RESTRICTION_NEGATED.sub("", sentence)):
            return "restriction_negated"
    if _item_burden_forbidden(category, sentence, q0, header):
        return "forbidden_item"
    return None


def _round29(category: str, sentence: str, q0: int, q1: int) -> str | None:
    """The round-29 shapes (see above), or None."""
    a, b = phrase_bounds(sentence, q0, q0)
    for m in _SHIELDED.finditer(sentence, a, max(b, min(q1, len(sentence)))):
        if m.start() <= q0 + 4:
            return "party_shielded"
    for m in _OCCASION_BAN.finditer(sentence):
        if m.start() <= q1 and q0 <= phrase_bounds(sentence, m.end() - 1, m.end())[1]:
            return "occasion_ban"
    # (4) the body's own deadline to decide either way (县民政局应当自收到……申请之日起60日内，作出准予或者不予登记的决定):
    # its duty, not a refusal (the licence categories' ``own_duty``, read for rights too)
    if category == "rights" and GOVERNMENT_FIRST.search(sentence) and _DEADLINE_TO_DECIDE.search(sentence) \
            and _EITHER_WAY.search(sentence[q0:q1 + 4]):
        return "own_duty"
    return None


_DEADLINE_TO_DECIDE = re.compile(r"自[^，。；]{0,30}之日起[^，。；]{0,12}(?:日|工作日|个月)内[，,]?(?:依法)?(?:作出|办结|完成)")
# a decision either way (准予或者不予登记, 同意或者不同意, 批准或者不予批准): the body decides, no class is refused
_EITHER_WAY = re.compile(r"(?:准予|予以|同意|批准|认定|受理|确认)[^，。；]{0,6}(?:或者|或)(?:不予|不|不同意)")


# ---- round 33 (look33, issue 8): the look-alike classes flagged on many sets (dev E–L and every older heldout folder),
# each read for every rule of its kind

# (1) a list item under a header that names a discretion standard (按照下列裁量基准处罚：, 按照下列标准裁量：, ……罚款裁量
# 标准如下：, ……行政处罚裁量基准：, 按照下列基准处罚：) for a penalty of a national law or regulation the header names
# (《医疗保障基金使用监督管理条例》第三十九条规定情形的罚款裁量标准如下：, no verb of citing before it): the items grade a
# penalty the law lays (行政处罚法 第三十四条 — 行政机关可以依法制定行政处罚裁量基准) and set none; whether a grade leaves
# the law's range is the upper-law comparison's question. Not a discretion header naming no law (对违规销售殡葬用品的，按照
# 下列情形裁量：, guard29's positive: the fine is the document's own as far as it says), nor a plain 按照下列标准处罚：
_DISCRETION_HEADER = re.compile(r"裁量|(?:处罚|罚款|下列|以下|如下)基准|基准(?:如下|处罚|执行|适用)")
_NAMED_LAW = re.compile(r"《([^《》]{2,40}(?:法|条例|规定|办法))》")


def _discretion_under_law(header: str) -> bool:
    return bool(_DISCRETION_HEADER.search(header)) and any(
        not _LOCAL_OR_PLANNING.search(m.group(1).replace("中华人民共和国", "")) for m in _NAMED_LAW.finditer(header))

# (2) a sentence that only protects, wherever it is quoted (a norm condition quotes the sentence from its start):
# 外地企业……，不需另行办理入县备案，不要求设立分支机构; ……保管费用由实施查封的行政机关承担，不得向……收取; ……按照统一
# 标准核定，与其纳税额不挂钩; ……，不区分孩次，不审查父母婚育情况. Every other phrase of the sentence lays nothing (no
# modal, refusal, sanction or charge on anyone): the protective phrase is the sentence's whole norm
# (not 不再办理: a body that no longer handles an application refuses it — 已达规划上限的，不再办理新设……手续, fc24b)
_REMOVES = re.compile(r"^(?:也|均|一律|并)?(?:不需要?|无需|无须|不必)(?:另行|再)?(?:办理|提交|提供|出具|开具|要求|经|报|缴纳|设立)|"
                      r"^(?:也|均|一律|并)?不再(?:另行)?(?:要求|提交|提供|出具|开具)|"
                      r"^(?:也|均|一律|并)?不(?:要求|强制|强迫)")
_UNLINKED = re.compile(r"^[^，。；]{0,20}?(?:与|同|和)[^，。；]{1,24}?(?:不|不得|不再)(?:挂钩|关联|联系|捆绑)")
_NOT_EXAMINED = re.compile(r"^(?:也|均|一律|并)?(?:不|不再)(?:区分|审查|查验|核查|限制|设置|附加)")
_EQUAL = re.compile(r"平等享受|同等享受|同等对待|平等对待|一视同仁")
# (round 34, look34: a ban on setting a barrier — ……的选聘，不得设置与婚育情况相关的条件; 不得附加户籍限制 — the phrase ends
# on the barrier's noun, so 不得设置摊点 is no protection)
_NO_BARRIER = re.compile(r"^(?:也|均|一律|并)?(?:不得|不再|严禁|禁止|不)(?:另行)?(?:设置|设定|附加|增设|另设|规定)[^，。；]{0,20}?"
                         r"(?:条件|门槛|限制)$")
# (… and the declarative grant or grade a phrase may lay without a modal: 给予奖励, 优先, 加分, 上浮5%, 每家10万元 — not a
# scheme's name, 育儿补贴的发放对象为……)
_LAYS = re.compile(r"应当|应|须|必须|需|方可|才能|可以|可|有权|不予|不得|严禁|禁止|不准|一律|处以?|罚款|取消|停止|暂停|"
                   r"限制|收取|缴纳|交纳|扣|没收|吊销|责令|列入|纳入|提交|提供|出具|承诺|审批|批准|同意|登记|备案|核准|许可|"
                   r"给予|予以|警告|通报|停发|停拨|优先|加分|减分|上浮|下浮|减免|免收|免于|只|仅|限于|倍|[%％元]|百分之|"
                   # a paper or a fact made the gate without a modal (凭出生医学证明办理, 以房产证为准)
                   r"凭|以[^，。；]{1,16}?为(?:准|条件|前提|依据|必要)")
_CASE_END = re.compile(r"的\s*$")
_BODY_BEARS = re.compile(r"由[^，。；]{0,20}?(?:人民政府|政府|部门|机关|[局委办]|财政)[^，。；]{0,6}(?:承担|负担|支付|列支|保障)$")


def _protective_phrase(sentence: str, a: int, b: int) -> bool:
    phrase = sentence[a:b]
    # (a ban without its own subject after the phrase in which a body bears the cost: ……由实施查封的行政机关承担，不得向
    # ……收取 — the body is its subject)
    m = _SELF_NEGATION.match(phrase)
    if m and a > 1 and _BODY_BEARS.search(sentence[:a - 1]) and _negatable_act().search(phrase, m.end(), m.end() + _ACT_REACH):
        return True
    return bool(_self_restraint(sentence, a, b) or _REMOVES.match(phrase) or _UNLINKED.match(phrase)
                or _NOT_AS_GROUND.search(phrase) or _NOT_EXAMINED.match(phrase) or _SHIELDED.search(phrase)
                or _EQUAL.search(phrase) or _NO_BARRIER.match(phrase))


def _protective_sentence(sentence: str) -> bool:
    from ..sentences import ARTICLE_LEAD, pieces

    lead = ARTICLE_LEAD.match(sentence)
    spans = pieces(sentence.rstrip("。；;"), re.compile(r"[，,：:]"))
    if lead and spans and spans[0][0] < lead.end():
        spans[0] = (lead.end(), spans[0][1])
    # (a phrase ending in 的 is the norm's case, the conduct it answers, never its protection: 父母……不与子女联系的，……
    # 予以警告 — its 不与……联系 is the conduct sanctioned, not a promise that a result stays apart)
    protective = [(a, b) for a, b in spans if not _CASE_END.search(sentence[a:b]) and _protective_phrase(sentence, a, b)]
    if not protective or len(spans) < 2:
        return False
    rest = [sentence[a:b] for a, b in spans if (a, b) not in protective]
    # (not where the sentence opens a phrase with a class of the home side — 本县企业参与投标，不需提交……: the removal
    # is a privilege for that class, the fair-competition finding itself — graded.py's marks, one definition)
    from .graded import _class

    if any(_class(p) in ("home", "public") for p in rest):
        return False
    return all(not _LAYS.search(p.replace("未被列入", "")) or _BODY_BEARS.search(p) for p in rest)


def _round33(category: str, sentence: str, q0: int, q1: int, header: str) -> str | None:
    """The round-33 shapes (see above), or None."""
    if category == "penalty" and header and _discretion_under_law(header):
        return "discretion_standard"
    if category == "license":
        a, b = phrase_bounds(sentence, q0, q0)
        if _PARTY_CONSENT.search(sentence[a:max(b, q1)]):
            return "party_consent"      # 经住户同意后方可入户: the occupant's own leave, no licence
    # (not power: a body's own negation — 不再检查, 不要求报送 — is the power finding itself)
    if category != "power" and _protective_sentence(sentence):
        return "protective_sentence"
    if category in ("coercion", "penalty") and _case_item(sentence, header):
        return "case_item"
    return None


# round 34 (lead34): an item of a list of cases — a list header ending in ： and an item that is one phrase ending in 的
# (有下列行为之一的，……处……罚款：（二）非法扣押他人居住证的；) names the conduct the header sanctions: its 扣押, 拆除 or
# 罚款 is what the party did or suffered, no measure the document lays (that stands in the header, read on its own)
_CASE_ITEM = re.compile(r"^\s*[（(][一二三四五六七八九十]+[）)][^，,。；;：:]*的[；;。.]?\s*$")


def _case_item(sentence: str, header: str) -> bool:
    return bool(header) and header.rstrip().endswith(("：", ":")) and _CASE_ITEM.match(sentence) is not None


# (3) an upper-law change read in a protective span: the clause bars any body from doing the act to the party (任何单位
# 不得为当事人指定公证机构), shields the party (一律不得因……被查封), or bars a refusal (不得拒绝招收 — the law's 必须招收
# said by its double negation) — the span cannot cut a duty the law lays on the party, nor raise one; and a modal the
# clause is said to have changed that the compared article itself lays on the same act (……的，不得调解: 人民调解法
# 第十七条's own sentence). Not where the article gives the act as a power (可以指定, 有权查封): a ban on it is a change
_ANY_BODY_BAN = re.compile(r"(?:任何|各级|各)[^，。；：]{0,8}(?:单位|部门|机关|组织|机构|个人)[^，。；]{0,4}(?:均|都|一律)?(?:不得|无权|禁止)"
                           r"(?:以任何[^，。；]{0,4})?(?:为[^，。；]{1,12})?(?P<act>指定|干预|干涉|限制|强制|强迫|插手)")
_REFUSAL_BARRED = re.compile(r"(?:不得|不能|无权|严禁)(?:以[^，。；]{1,20}?为由)?(?:拒绝|拒收|推诿)(?P<act>[\u4e00-\u9fff]{2})")
_MODAL_ACT = re.compile(r"(?P<modal>不得|应当|必须|可以)(?P<act>[\u4e00-\u9fff]{2,4})")


def _protective_span(sentence: str, q0: int, q1: int, upper_text: str) -> str | None:
    if not upper_text:
        return None
    a, b = phrase_bounds(sentence, q0, q0)
    phrase = sentence[a:max(b, min(q1, len(sentence)))]
    m = _ANY_BODY_BAN.search(phrase)
    if m and not re.search(rf"(?:可以|有权)[^，。；]{{0,12}}{m.group('act')}", upper_text):
        return "protective_ban"
    if _SHIELDED.search(phrase) and not re.search(r"(?:可以|有权)[^，。；]{0,12}(?:查封|冻结|扣押|划拨)", upper_text):
        return "party_shielded"
    m = _REFUSAL_BARRED.search(phrase)
    if m and re.search(rf"(?:应当|必须)[^，。；]{{0,4}}{m.group('act')}", upper_text):
        return "refusal_barred"      # 不得拒绝接收 is the law's 应当接收
    m = _MODAL_ACT.search(phrase)
    if m and m.group("modal") == "不得" and m.end() == len(phrase) \
            and re.search(rf"{m.group(0)}[，。；,;]", upper_text) and _words_of(phrase[:m.start()], upper_text):
        return "modal_in_article"     # the phrase ends on the act the article bars, its subject in the same words
    return None


def _words_of(subject: str, upper_text: str) -> bool:
    """Whether the words before a modal (人民调解委员会) stand in the article as they are: the phrase says nothing the
    article does not (not 本县城区内歌舞娱乐场所每日零时至上午八时 against 每日凌晨2时至上午8时)."""
    subject = _ARTICLE_NUMBER.sub("", subject).strip()
    return len(subject) >= 2 and subject in upper_text


# round 28 (speed28): the costliest of these searches skip a text without the keys every match must contain
# (review/firstchars.Keyed: exact; measured by bench/reading_budget.py)
from ..firstchars import Keyed  # noqa: E402

_REGIME, _SELF_NEGATION = map(Keyed, (_REGIME, _SELF_NEGATION))
