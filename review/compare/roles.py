"""Who acts where: the actors a text names and whose duty or time limit stands at an offset."""

from __future__ import annotations

import re

from .phrases import CLAUSE_END, ITEM_RX, PHRASE_END, SENTENCE_END, bounds
from .vocabulary import ACTOR_RX, MODAL_RX, ORGAN_KINDS, PUBLIC_KINDS

ORGAN, PARTY, UNKNOWN = "organ", "party", "unknown"
SENTENCES_BACK = 3      # how many sentences before a subjectless one are searched for its topic


def actors(text: str) -> list[tuple[int, int, str]]:
    """(start, end, actor kind) of every actor named in ``text``."""
    return [(m.start(), m.end(), m.lastgroup or "") for m in ACTOR_RX.finditer(text)]


def role_of(kind: str) -> str:
    """'organ' for a public body, 'party' for the public, 'unknown' otherwise."""
    if kind in ORGAN_KINDS:
        return ORGAN
    if kind in PUBLIC_KINDS:
        return PARTY
    return UNKNOWN


def role_at(text: str, pos: int) -> str:
    """Whose duty or time limit stands at ``pos``: 'organ', 'party' or 'unknown' (see ``actor_at``)."""
    return role_of(actor_at(text, pos)[0])


# the public named by its place in any procedure, not as one particular party: 当事人 may be the 企业 of the clause
# a firm the lexicon names by its head noun alone (公司 of 供电公司, 企业 of 供电企业): which firm, it does not say
_BARE_FIRM = frozenset({"公司", "企业"})
GENERIC_PARTY = frozenset({"申请人", "当事人", "相对人", "单位和个人", "单位或者个人", "公民", "法人", "其他组织", "个人",
                           "行为人", "违法行为人", "被许可人", "利害关系人"})


# round 38 (up38): the agent a subjectless limit names after it (婴儿出生后一个月以内，由户主、亲属、抚养人或者邻居……申报出生
# 登记, 户口登记条例 第七条): who must act within it — a body by its name's head, else people named by how the noun ends
_BY_AGENT = re.compile(r"[^，,。；;]{0,12}?[，,]?\s*由(?P<agent>[^，,。；;]{1,30}?)(?=向|在|于|对|为|自行|负责|统一|申报|办理|提出|报送|报告|"
                       r"提交|登记|缴纳|承担|作出|组织|决定)")
_BODY_HEAD = re.compile(r"机关|部门|政府|局|委员会|机构|中心|站|所|院|办公室|单位|企业|公司|组织|学校|法院")
_PEOPLE_HEAD = re.compile(r"(?:人|户主|亲属|家属|近亲属|本人|者|监护人|邻居|子女|配偶|父母)$")


def agent_after(text: str, pos: int) -> str:
    """'party' or 'organ' for the agent 由…… names after the figure at ``pos`` in its sentence, where its phrase names
    no bearer before it; '' otherwise."""
    if named_before(text, pos):
        return ""
    m = _BY_AGENT.match(text, pos)
    if m is None:
        return ""
    members = [w for w in re.split(r"、|或者|和|及|以及|或", m.group("agent")) if w]
    if any(_BODY_HEAD.search(w) for w in members):
        return ORGAN if all(_BODY_HEAD.search(w) for w in members) else ""
    return PARTY if members and all(_PEOPLE_HEAD.search(w) for w in members) else ""


def other_bearers(upper_text: str, upper_pos: int, clause_text: str, clause_pos: int) -> bool:
    """Whether two duties or time limits of the public fall on two different parties, each named for who it is (the
    房地产开发企业 of the clause, the 购买人 of the article): neither a generic name (当事人, 申请人: any party)."""
    (kind, word), (clause_kind, clause_word) = actor_at(upper_text, upper_pos), actor_at(clause_text, clause_pos)
    if role_of(kind) != PARTY or role_of(clause_kind) != PARTY:
        return False
    if not word or not clause_word or word in GENERIC_PARTY or clause_word in GENERIC_PARTY:
        return False
    if word in _BARE_FIRM and clause_word in _BARE_FIRM:
        return False   # 供电公司 / 供电企业: a firm named by its kind alone names no other party

    return word not in clause_word and clause_word not in word


def actor_at(text: str, pos: int) -> tuple[str, str]:
    """(actor kind, its words) of whoever's duty or time limit stands at ``pos``; ('', '') when none is named.

    The actor before the modal verb in the same phrase; else the last actor before ``pos`` in the phrase;
    else the topic (first actor) of the sentence; else the topic of the sentences before it.
    """
    def found(match: tuple[int, int, str]) -> tuple[str, str]:
        return match[2], text[match[0]:match[1]]

    sentence_start, _ = bounds(text, pos, SENTENCE_END)
    # (a purpose the sentence opens with names whom it serves, not who acts: 为切实保障中小企业合法权益，县直机关……应当)
    purpose = _PURPOSE.match(text, sentence_start)
    if purpose and purpose.end() <= pos:
        sentence_start = purpose.end()
    phrase_start, _ = bounds(text, pos, PHRASE_END)
    modal = None
    for m in MODAL_RX.finditer(text, phrase_start, pos):
        modal = m
    if modal is not None:
        named = _acting(text, phrase_start, modal.start())
        if named:
            return found(_shift(named[-1], phrase_start))
        # the phrase's own topic named as people by how its noun ends (……的，拍卖人应当于拍卖日七日前……): the bearer is
        # that party, not an actor the case before it names (县属国有企业委托拍卖闲置资产的)
        own = person_topic(text[phrase_start:modal.start()])
        # (not the words before 应当知道 of 可以自知道或者应当知道: a modal verb or a 或者 in it is no noun)
        if own and phrase_start > sentence_start and not MODAL_RX.search(own) and not own.endswith("或者"):
            return "party", own
        # the agent the modal names after it (应当由主办的宗教团体、寺观教堂在拟举行日的30日前……提出申请): who must act
        agent = _MODAL_AGENT.match(text, modal.end(), pos)
        if agent:
            named = _acting(text, agent.start(1), agent.end(1))
            if named:
                return found(_shift(named[-1], agent.start(1)))
            if not _OTHER_BEARER.search(agent.group(1)) or _PRIVATE_BODY.search(agent.group(1)):
                return "party", agent.group(1)
        pos = modal.start()  # "当事人…的，应当在行政机关告知后五日内": the subject is the topic, not 行政机关
    else:
        named = _acting(text, phrase_start, pos)
        if named:
            return found(_shift(named[-1], phrase_start))
    # (not an actor named for a place: 在拟征收土地所在村、村民小组范围内公告 is the county's notice there)
    named = [a for a in _acting(text, sentence_start, pos) if not is_object(text, a[0] + sentence_start)]
    if named:
        return found(_shift(named[0], sentence_start))
    person = person_topic(text[sentence_start:pos]) or (
        case_person(text[sentence_start:pos]) if MODAL_RX.match(text, pos) else "")   # (a case, then its modal)
    if person:
        return "party", ""     # (no name to tell two parties apart by: other_bearers)
    if ITEM_RX.match(text, sentence_start):  # an enumerated item: its subject is in the header before the list
        colon = text.rfind("：", 0, sentence_start)
        if colon < 0:
            colon = text.rfind(":", 0, sentence_start)
        if colon > 0:
            header_start, _ = bounds(text, colon - 1, CLAUSE_END)
            named = actors(text[header_start:colon])
            if named:
                return found(_shift(named[0], header_start))
    end = sentence_start - 1
    for _ in range(SENTENCES_BACK):
        if end <= 0:
            break
        start, _ = bounds(text, end - 1, SENTENCE_END) if end - 1 >= 0 else (0, 0)
        named = actors(text[start:end])
        if named:
            return found(_shift(named[0], start))
        # round 37 (up37): a sentence before it whose topic is people the lexicon does not name (戒毒人员应当在户籍所在地
        # 接受社区戒毒；……有固定住所的，可以在现居住地接受社区戒毒: the 可以 is the 戒毒人员's, 禁毒法 第三十三条)
        first = MODAL_RX.search(text, start, end)
        if first is not None and (person_topic(text[start:first.start()]) or case_person(text[start:first.start()])):
            return "party", ""
        end = start - 1
    return "", ""


# a sentence's topic named as people by how the noun ends (自主就业的退役军士和义务兵，应当……报到; 社区戒毒人员应当……):
# the public, whatever the lexicon calls them — not a body's own staff (执法人员, 工作人员), not a case (……的，)
_PERSON_TOPIC = re.compile(r"^[^，,。；;：:]{0,16}?(?:人员|士兵|军人|军士|义务兵|者|户|职工|农民|村民|居民|学生|人)[，,]?$")
_STAFF = re.compile(r"(?:执法|工作|管理|检查|监督|监察|审批|公务)人员[，,]?$|负责人[，,]?$")


# a sentence's opening purpose (为了加强……管理，/ 为切实保障中小企业合法权益，): no case (……的，) nor time (……时，)
_PURPOSE = re.compile(r"\s*为了?[^，,。；;：:\n]{2,30}(?<![的时])[，,]")


# round 37 (up37): a case opening with the people it is about (吸毒成瘾人员接受社区戒毒的，/ 无偿献血者临床需要用血时，): the
# duty or right after it is theirs where the sentence names no other bearer — not a body's own staff, not 或者
_CASE_PERSON = re.compile(r"^\s*(?:[^，,。；;：:的]{0,12}?)(?:人员|(?<!或)者|职工|农民|村民|居民|学生)(?=[^，,。；;：:]{1,30}?(?:的|时)[，,])")


# what may not stand between the case and the modal when the case's people bear it: another bearer named (职工发生事故
# 伤害的，所在单位应当……: the 单位 bears the limit), or no modal at all (……的，年休假3天)
_OTHER_BEARER = re.compile(r"单位|机关|部门|企业|公司|政府|委员会|(?<!当)局|中心|机构|组织|学校|医院|经营者|法院")


# the agent a modal names after it (应当由主办的宗教团体、寺观教堂在……, 须由申请人向……): 由 and the agent, then the
# time, place or act of its duty
_MODAL_AGENT = re.compile(r"由([^，,。；;：:]{2,30}?)(?=在|于|向|自|按照|依照)")
# a body of the public by its name (宗教团体, 社会组织, 行业协会, 企业): a party however its head reads
_PRIVATE_BODY = re.compile(r"团体|协会|商会|社会组织|企业|公司|寺观教堂|宗教活动场所")


def case_person(topic: str) -> str:
    """The people a sentence's opening case names as its own noun (吸毒成瘾人员……的，), where nothing between the
    case and the end of ``topic`` (the words before the modal) names another bearer; else ''."""
    m = _CASE_PERSON.match(topic)
    if not m or _STAFF.search(m.group(0)):
        return ""
    case_end = re.search(r"(?:的|时)[，,]", topic[m.end():])
    if case_end is None or _OTHER_BEARER.search(topic, m.end() + case_end.end()):
        return ""
    return m.group(0).strip()


def person_topic(topic: str) -> str:
    """The sentence's topic ``topic`` (the words before its modal verb) where it names people as its own noun, else
    ''."""
    t = topic.strip()
    return t.rstrip("，,") if _PERSON_TOPIC.match(t) and not _STAFF.search(t) else ""


# an actor's name used for a place (在……村、村民小组范围内公告, 用人单位所在地, 本县行政区域内): where, not who
_PLACE_AFTER = ("范围", "所在地", "辖区", "境内", "区域", "行政区域", "内")


def _acting(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The actors named in text[start:end] as who acts, not as a place (``_PLACE_AFTER``), offsets within it."""
    return [a for a in actors(text[start:end]) if not text.startswith(_PLACE_AFTER, start + a[1])]


_TO_WHOM = ("告知", "通知", "送达", "答复", "转告", "交付", "退还", "返还")


def is_object(text: str, start: int) -> bool:
    """Whether the actor named at ``start`` is the one told or served (告知申请人, 通知当事人, 向申请人送达), not who
    acts: a sentence's topic is who acts in it (延长的期限最长不得超过20个工作日 after 告知申请人 is the organ's). Read in
    the sentence itself only: the sentences before a subjectless one are searched as they were (their first actor)."""
    before = text[max(0, start - 2):start]
    # (对 before a party names the one a body's act is on, not who acts: 县劳动保障监察机构对用人单位违法行为的调查，应当
    # 自立案之日起……内完成 is the inspecting body's limit, 劳动保障监察条例 第十七条)
    return before.endswith(_TO_WHOM) or before[-1:] in ("向", "给", "对") or bool(_TO_WHOM_NOUN.search(text[max(0, start - 6):start]))


# an actor whose match begins inside its name, the name put after 向/给 (县直行政事业单位向中小企业采购……的: 企业 of 中小企业 is
# whom the body buys from, not who acts); not after a relative clause (向……提供服务的企业) nor 从事 (从事生产的企业)
_TO_WHOM_NOUN = re.compile(r"(?:[向给]|从(?![事业而严轻重快其]))(?:(?![的向给从])[\u4e00-\u9fff]){1,4}$")


def _shift(match: tuple[int, int, str], by: int) -> tuple[int, int, str]:
    return match[0] + by, match[1] + by, match[2]


# a case phrase closes with 的 or 时 before its comma (同一线路有3个以上申请人时，/ 无法消除有害干扰的，)
_CASE_CLOSE = re.compile(r"(?:的|时)[，,]$")


def named_before(text: str, pos: int) -> bool:
    """Whether the phrase holding ``pos`` names who acts before ``pos`` (县交通运输局应当……)."""
    phrase_start, _ = bounds(text, pos, PHRASE_END)
    return bool(_acting(text, phrase_start, pos))


def case_borne(text: str, pos: int) -> bool:
    """Whether the verb at ``pos`` has no bearer of its own: its phrase names none and the phrase before it is the case
    it applies in (……有3个以上申请人时，可以通过招标……): the actor ``actor_at`` finds there is who the case is about,
    not necessarily who acts."""
    sentence_start, _ = bounds(text, pos, SENTENCE_END)
    phrase_start, _ = bounds(text, pos, PHRASE_END)
    return phrase_start > sentence_start and not named_before(text, pos) \
        and bool(_CASE_CLOSE.search(text[sentence_start:phrase_start]))
