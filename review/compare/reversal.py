"""A prohibition of a 法律/行政法规 reversed: the clause permits or requires the act the article forbids.

A clause that reverses an article (不得约定试用期 → 可以约定不超过一个月的试用期, 不得分设重点班 → 可以设立重点班)
shares the article's matter but none of its norm words, so the corpus search of the clause as written ranks other
articles first (bench/README.md, upper15b's diagnosis). The reversal is searched with the clause's permission or duty
turned back into a prohibition (``reversal_query``), and a hit is read as reversed only where the article's own
prohibited act is said by the clause under its permissive or mandatory modal verb (``reversed_acts``): most of the
prohibited act's words in the clause's act, the clause not keeping the prohibition itself, and no exception of the
article (未经批准, 除……外, 但是) the clause's own condition may meet.

Guards (a wrong finding costs more than a miss): a clause that also forbids the act, a clause that leaves the law's
other rules in force (另有规定), an enforcement power over the act (查处, 责令, 没收 …: the government's answer to the
prohibited act, not a permission of it), a clause citing another article, a negated modal (不可以, 可以不).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..sentences import sentence_texts
from .model import Change

# the clause's modal verbs that permit or require an act (not after 不: 不可以, 不必须; not before 不: 可以不)
PERMIT_RX = re.compile(r"(?<![不无未非])(?:可以|应当|必须|须|一律|方可|即可|允许|统一)(?!不)")
# the article's prohibitions of an act (a bare 不, 不计入, is read only on a close restatement: read_negation_dropped;
# 个人不缴纳基本医疗保险费 found for a clause on 基本养老保险费 is another insurance)
# (应当停止渡运, 应当立即停止销售、配送、使用: the act stopped is forbidden from then on)
FORBID_RX = re.compile(r"不得|禁止|严禁|不准|不允许|(?:应当|必须|须)(?:立即|即行|及时)?停止")
# an exception or a permission path of the prohibition in its sentence
EXCEPTION_RX = re.compile(r"未经|除[^，。；]{1,40}?(?:外|以外)|除外|但是|但|另有规定|确需|特殊情况|"
                          r"经[^，。；]{0,30}?(?:批准|同意|许可|核准)")
# the clause's own condition that may meet such an exception
CONDITION_RX = re.compile(r"经[^，。；]{0,20}?(?:批准|同意|许可|决定|审核|核准|备案)|依法|依照|按照[^，。；]{0,20}?规定|确需|"
                          r"特殊情况|除[^，。；]{1,40}?(?:外|以外)|另有规定")
# an act of enforcing against the prohibited act: the government's answer to it, not a permission
ENFORCE_RX = re.compile(r"^(?:依法)?(?:予以)?(?:查处|处罚|处以|责令|没收|制止|纠正|监督|检查|举报|投诉|报告|劝阻|取缔|"
                        r"追究|处理|查封|扣押|暂扣|吊销|撤销|通报|约谈|曝光|教育)")
# words an act opens with that say how, not what (一并查封, 直接收取)
BOUND_RX = re.compile(r"(?:低于|高于|超过|少于|多于|迟于|早于|短于|长于)")
_ADVERB = re.compile(r"^(?:一并|直接|统一|先行|另行|相应|依法|自行|适当|及时|继续|再|也|均|都|予以|将其|对其)+")
_FIGURE = re.compile(r"(?:[0-9０-９.]+|[一二两三四五六七八九十百千万半]+)个?(?:工作日|小时|分钟|日|天|周|个月|月|年|周岁|元|万元|倍|%|％)"
                     r"(?:以上|以下|以内|之内|内)?|百分之[一二三四五六七八九十百零点]+|不超过|不低于|不少于")
_PUNCT = re.compile(r"[\W_]+", re.UNICODE)
_PLACE = re.compile(r"本(?:省|市|县|区|镇|乡)(?![人政])")

ACT_END = re.compile(r"[，,。；;：:\n]")
MIN_SHARED = 3          # character pairs the clause's act and the prohibited act share at least
MIN_FORBIDDEN_SAID = 0.5  # share of the prohibited act's characters the clause's sentence says in order (in_order)
MIN_CONTEXT = 1         # matter bigrams the clause and the article share outside the act (非全日制, 无偿献血)
# the words of law and administration any two texts share (法律文书 / 由法律规定的行政机关): no shared matter
CONTEXT_NOISE = frozenset({"法律", "法规", "律规", "行政", "政机", "机关", "规定", "部门", "人民", "民政", "政府", "实施",
                           "依法", "单位", "有关", "国家", "管理", "相关", "工作", "组织", "其他"})
MIN_ARTICLE_CONTEXT = 3  # … or this many with the article as a whole (无偿献血 of 第十一条's first sentence)
MAX_UNSAID = 4          # characters of the prohibited act in one run the clause may leave out (承担, 非重点)
CATCH_ALL = re.compile(r"其他(?:情形|行为|事项|方式|条件|情况)|其他单位(?:或者|和|、)个人")


def _norm(text: str) -> str:
    return _PUNCT.sub("", _FIGURE.sub("", text))


def _pairs(text: str) -> set[str]:
    t = _norm(text)
    return {t[i:i + 2] for i in range(len(t) - 1)}


def reversal_query(text: str) -> str | None:
    """The clause with its first permissive or mandatory modal verb turned into 不得, figures and local place words
    out: what the article the clause reverses says (None without such a verb)."""
    if not PERMIT_RX.search(text):
        return None
    core = _PLACE.sub("", _FIGURE.sub("", text))
    core = PERMIT_RX.sub("不得", core, count=1)
    core = re.sub(r"[，,]{2,}", "，", core).strip("，,。；; ")
    return core if len(core) >= 10 else None


# how an act opens that says on what basis, not what (按照……标准, 根据……情况)
_BASIS = re.compile(r"^(?:按照|根据|依据)[^，。；]{1,16}?(?:标准|规定|情况|成绩|要求)")
# an act carried on (可以继续渡运), also after the verb of letting or arranging it (安排其继续任职, 允许其继续使用,
# 同意继续运营: round 46, up46): what the clause says goes on is the act after these words
CARRIED_ON = re.compile(r"^(?:安排|允许|同意|准许|准予|任由|放任)?其?(?:照常|继续|恢复)")
PERMISSIONS = ("可以", "方可", "即可", "允许")   # the modal verbs whose acts are searched on their own (act_queries)
PERMISSION_RX = re.compile(r"(?<![不无未非])(?:可以|方可|即可|允许)(?!不)")
SUBJECT_CHARS = 12      # characters of the phrase before a modal verb kept as its subject (学校, 物业服务企业)
ACT_QUERY_MIN = 6       # characters of a bare act worth a search of its own (不得约定试用期)


def act_queries(text: str) -> list[str]:
    """The act under each permissive or mandatory modal verb of the clause, as the prohibition an article would
    write (不得 + the act without figures, its manner or basis), alone and after the phrase's own subject: an
    article that forbids it, found apart from the drafter's own setting (家政服务企业与非全日制从业人员订立劳动合同的 →
    不得约定试用期; 学生屡次严重违反校规校纪……的，学校可以予以开除 → 学校不得开除)."""
    out = []
    for modal, act, at in _clause_acts(text):
        if modal not in PERMISSIONS:
            continue        # a duty (应当) is searched with the whole clause only (reversal_query): duties are most of
                            # what a document says, and a search for each doubled the cost of a review
        bare = _ADVERB.sub("", _BASIS.sub("", _ADVERB.sub("", _FIGURE.sub("", act.strip()))))
        if not _norm(bare) or ENFORCE_RX.search(bare):
            continue
        start = max(text.rfind(ch, 0, at) for ch in "，,。；;：:\n") + 1
        subject = _PLACE.sub("", text[start:at])[-SUBJECT_CHARS:]
        # (an act carried on, 可以继续渡运, reverses an article that has it stopped: 渡口应当停止渡运)
        forbids = ("不得", "应当停止") if CARRIED_ON.match(act.strip()) else ("不得",)
        for forbid in forbids:
            for query, least in ((forbid + bare, ACT_QUERY_MIN + 2), (subject + forbid + bare, ACT_QUERY_MIN)):
                if len(_norm(query)) >= least:
                    out.append(query)
    return list(dict.fromkeys(out))


@dataclass(frozen=True)
class Reversal:
    modal: str          # the clause's modal verb (可以)
    act: str            # the clause's act after it, to the end of its phrase
    forbid: str         # the article's prohibition word (不得)
    forbidden: str      # the article's prohibited act
    sentence: str       # the article's sentence holding it
    clause_start: int
    upper_start: int


def _clause_acts(text: str):
    for m in PERMIT_RX.finditer(text):
        end = ACT_END.search(text, m.end())
        act = text[m.end():end.start() if end else len(text)]
        yield m.group(), act, m.start()


SCOPE_SHARED = 4        # character pairs of the words before two prohibitions that make them one scope


def _phrase_before(sentence: str, _at: int, forbid: str) -> str:
    """The words of ``sentence`` before its prohibition ``forbid``, back to the phrase's comma: its scope (目录清单之外的)."""
    at = sentence.find(forbid)
    if at < 0:
        return ""
    start = max(sentence.rfind(ch, 0, at) for ch in "，,：:") + 1
    return _ANYONE.sub("|", sentence[start:at])


# who a prohibition binds, said the same in any two texts (任何单位和个人, 一律): no scope of its own
_ANYONE = re.compile(r"任何|单位|个人|组织|其他|公民|法人|一律|均|都|和|或者|及|、")


# the items of a list of acts stopped (停止销售、配送、使用), each a bare verb
_LISTED = re.compile(r"、|或者|和|及")
LISTED_ACT_MAX = 4


def _forbidden_acts(upper_text: str):
    """(prohibition word, prohibited act, its sentence, where the word stands) of each prohibition of ``upper_text``;
    a list of acts stopped (应当立即停止销售、配送、使用) gives each act as well: each is forbidden from then on, and a
    clause carrying one of them on (可以安排继续使用) reverses the stop."""
    for sm in re.finditer(r"[^。；\n]+", upper_text):
        sentence = sm.group()
        for m in FORBID_RX.finditer(sentence):
            end = ACT_END.search(sentence, m.end())
            act = sentence[m.end():end.start() if end else len(sentence)]
            if len(_norm(act)) >= 2:       # 不得开除
                yield m.group(), act, sentence, sm.start() + m.start()
            items = _LISTED.split(act)
            if m.group().endswith("停止") and len(items) > 1 \
                    and all(2 <= len(_norm(item)) <= LISTED_ACT_MAX for item in items):
                for item in items:      # (not 其执行武装守护、押运任务: one act on a list of objects)
                    yield m.group(), item, sentence, sm.start() + m.start()


def object_said(forbidden: str, sentence: str) -> bool:
    """Whether the clause's sentence names what the article forbids: a character pair of the last four characters
    of the prohibited act, or of its first alternative (约定试用期 → 试用, 用期; 提供墓穴用地 → 墓穴; 出售给单采血浆站或者……
    → 血浆, 浆站)."""
    said = _norm(sentence)
    first = re.split(r"或者", forbidden)[0]
    ends = set()
    for text in (forbidden, first):
        tail = _norm(text)[-4:]
        ends |= {tail[i:i + 2] for i in range(len(tail) - 1)}
    return any(e in said for e in ends)


def context_of(text: str, act: str) -> frozenset[str]:
    """What a text is about besides the act it permits or forbids: its matter bigrams without the act's words."""
    from .matter import matter_bigrams

    return matter_bigrams(text.replace(act, "|")) - CONTEXT_NOISE


_PREPOSITION = "向与对将以为在从给把由"


def verb_said(forbidden: str, act: str) -> bool:
    """Whether the clause's act opens with the verb of the prohibited act (one of its first two characters in the
    act's first four: 分设 / 设立重点班; 约定试用期 / 约定不超过……): not another act on the same object (修改登记事项 /
    制订……登记事项的收费标准). A prohibited act that opens with a preposition (向旅游者索取, 与劳动者约定) is not read
    here (its verb stands later; in_order and object_said read it)."""
    head = _norm(forbidden)[:2]
    if not head or head[0] in _PREPOSITION:
        return True
    after_lead = _ADVERB.sub("", _LEAD_PHRASE.sub("", _BASIS.sub("", act.strip())))
    carried = CARRIED_ON.sub("", after_lead)      # (安排继续使用: the act carried on, 使用)
    openings = (_norm(_BASIS.sub("", act))[:4], _norm(after_lead)[:4], _norm(carried)[:4])
    return any(ch in opening for opening in openings for ch in head)


# a phrase an act may open with that says where, when or on what the act is done, before its verb: 在招标文件中 设定
# 最低投标限价, 在征得……同意后 继续组织调解, 每五年对承包地进行 一次小调整 (verb_said reads the verb after it)
_LEAD_PHRASE = re.compile(r"^(?:在[^，。；]{1,24}?(?:中|后|内|时|前|上|期间)|每[^，。；]{1,6}?(?:年|月|季度|周|日))?"
                          r"(?:对[^，。；]{1,16}?(?:进行|予以|作出|实施))?")


# a circumstance or condition the prohibition holds in: a period (在试用期中, 承包期内, ……确定前), a condition (不合格的,
# 当事人一方明确拒绝调解的), a permission not obtained (未经验收, 未经医师亲自诊查病人)
CIRCUMSTANCE_RX = re.compile(r"在[^，。；]{1,14}?(?:中|内|期间|期内|时|前|后)|[^，。；在]{2,10}?(?:期内|期间|期中)|"
                             r"[^，。；]{2,30}?(?:确定|届满|完成|取得)前")
_CONDITION_PHRASE = re.compile(r"(?:^|[，,；;])(?P<c>[^，,；;]{2,40}?的)(?=[，,]|$)|(?P<n>(?:未经|未|没有)[^，,；;]{2,30})")
CONDITION_SAID = 0.5    # share of a condition's character pairs the clause must say
_LIST_LEAD = re.compile(r"(?:有|具有|存在)?下列[^，。；]{0,6}?之一的?$")


def circumstance_said(sentence: str, forbid: str, clause_sentence: str) -> bool:
    """Whether the clause speaks of the circumstance or condition the article's prohibition holds in (what stands
    before 不得 in its sentence, its 除……外 exception aside): a prohibition 在试用期中, 不合格的, 未经验收 is not reversed
    by a permission at any time, of anything, without that condition."""
    before = sentence[:sentence.find(forbid)] if forbid in sentence else ""
    before = re.sub(r"除[^，。；]{1,40}?(?:外|以外)", "", before)
    said = _pairs(clause_sentence)
    phrases = [m.group() for m in CIRCUMSTANCE_RX.finditer(before)]
    phrases += [m.group("c") or m.group("n") for m in _CONDITION_PHRASE.finditer(before)]
    for phrase in phrases:
        # (专职守护、押运人员有下列情形之一的: a list's lead-in, its cases in the items; the clause says one of them)
        theirs = _pairs(_LIST_LEAD.sub("", phrase)) - {"期间", "期内", "期中"}
        if theirs and len(theirs & said) < CONDITION_SAID * len(theirs):
            return False
    return True


_NEGATED_CONDITION = re.compile(r"(?:^|[，,；;])(?:对|凡)?(?P<neg>未经|未|不|没有|非)(?P<rest>[^，,；;]{2,30}?)的(?=[，,]|$)")


def condition_met(sentence: str, forbid: str, clause_sentence: str) -> bool:
    """Whether the clause permits the act on the condition opposite to the article's: the article forbids it where
    something was not done (未按……期限……开发、利用土地的，土地使用权不得出租) and the clause permits it where that was
    done (按出让合同规定的期限完成开发建设的……可以出租): the permission the prohibition leaves, not a reversal."""
    before = sentence[:sentence.find(forbid)] if forbid in sentence else ""
    said = _pairs(clause_sentence)
    for m in _NEGATED_CONDITION.finditer(before):
        theirs = _pairs(m.group("rest"))
        if theirs and len(theirs & said) >= CONDITION_SAID * len(theirs) \
                and m.group("neg") + _norm(m.group("rest"))[:1] not in _norm(clause_sentence):
            return True
    return False


def unsaid_run(forbidden: str, sentence: str) -> int:
    """The longest run of the prohibited act's characters the clause's sentence leaves out (in order alignment)."""
    from rapidfuzz.distance import Indel

    a, b = _norm(forbidden), _norm(sentence)
    return max((op.src_end - op.src_start for op in Indel.opcodes(a, b) if op.tag in ("delete", "replace")),
               default=0)


def in_order(forbidden: str, act: str) -> float:
    """Share of the prohibited act's characters the clause's act says in the same order (查封……及其……家属的生活……品
    of 查封、扣押公民个人及其所扶养家属的生活必需品)."""
    from rapidfuzz.distance import Indel

    a, b = _norm(forbidden), _norm(act)
    if not a or not b:
        return 0.0
    return (len(a) + len(b) - Indel.distance(a, b)) / 2 / len(a)


def reversed_acts(clause_text: str, upper_text: str) -> list[Reversal]:
    """The acts ``upper_text`` forbids that ``clause_text`` permits or requires (see the module docstring)."""
    if "另有规定" in clause_text:
        return []
    own_forbids = [a for _, a, _, _ in _forbidden_acts(clause_text)]
    # the phrase each of the clause's own prohibitions stands in: its scope and act (目录清单之外的收费项目一律不得执收)
    own_scopes = [_pairs(_phrase_before(sentence, clause_text.find(sentence) + 0, f)) for f, _, sentence, _ in
                  _forbidden_acts(clause_text)]
    out: list[Reversal] = []
    for modal, act, at in _clause_acts(clause_text):
        bare = _ADVERB.sub("", act.strip())
        if not bare or ENFORCE_RX.search(bare) or bare.endswith("除外"):
            continue        # (应当予以公示的个人信息除外: the clause's own exception, no permission)
        sentence_of_clause = next((s for s in sentence_texts(clause_text) if act in s), clause_text)
        mine = _pairs(bare)
        for forbid, forbidden, sentence, u_at in _forbidden_acts(upper_text):
            if BOUND_RX.match(forbidden):
                continue        # 不得低于5%: a bound, read as a figure (review.compare.figures), not an act
            theirs = _pairs(_ADVERB.sub("", forbidden.strip()))
            if not theirs or len(mine & theirs) < min(MIN_SHARED, len(theirs)):
                continue
            if CATCH_ALL.search(forbidden):
                continue        # 禁止转让的其他情形: a catch-all names no act
            first = re.split(r"或者", forbidden)[0]
            if in_order(forbidden, sentence_of_clause) < MIN_FORBIDDEN_SAID:
                continue        # the clause permits the verb, not what the article forbids of it (不得要求……返回
                                # 户籍所在地进行……检查 for 应当……接受当地组织的……检查: the place is the prohibition)
            if unsaid_run(first, sentence_of_clause) > MAX_UNSAID:
                continue        # a qualifier of the prohibition the clause does not say (返回户籍所在地)
            if not verb_said(forbidden, bare):
                continue        # 不得修改登记事项 for 制订……登记事项的收费标准: another act on the same thing
            around = context_of(sentence_of_clause, act)
            if len(around & context_of(sentence, forbidden)) < MIN_CONTEXT \
                    and len(around & context_of(upper_text, forbidden)) < MIN_ARTICLE_CONTEXT:
                continue        # the act shared, not the matter around it (可以设立分支机构 in a law on 民办非企业单位)
            if condition_met(sentence, forbid, sentence_of_clause):
                continue        # 未按……期限……开发、利用土地的，不得出租 / 按出让合同规定的期限完成开发建设的，可以出租
            if not circumstance_said(sentence, forbid, sentence_of_clause):
                continue        # 在试用期中……不得解除劳动合同 for a dismissal at any time: the prohibition holds in a period
            if not object_said(forbidden, sentence_of_clause):
                continue        # 不得向当事人收取费用 for 收取罚款: the verb and its party, not the thing forbidden
            if any(len(_pairs(o) & theirs) >= min(MIN_SHARED, len(theirs)) for o in own_forbids):
                continue        # the clause keeps the prohibition (不得扣留其身份证件; 应当停止渡运, a short act whole)
            scope = _pairs(_phrase_before(sentence, 0, forbid))
            if len(scope) >= SCOPE_SHARED and any(len(o & scope) >= SCOPE_SHARED for o in own_scopes):
                continue        # … in another verb, its scope restated (目录清单之外的一律不得执行 → 目录清单之外的收费
                                # 项目一律不得执收): the prohibition kept (round 27, guard27)
            if EXCEPTION_RX.search(upper_text) and CONDITION_RX.search(sentence_of_clause):
                continue        # the article's exception the clause's own condition may meet (经批准, 依法)
            if permitted_path(upper_text, forbidden, sentence_of_clause):
                continue        # 不得委托其他组织: the article's own permission the clause keeps (round 28, power28)
            out.append(Reversal(modal, act, forbid, forbidden, sentence, at, u_at))
            break
    return out


# the act an article forbids of "others" (不得委托其他组织或者个人实施行政处罚): the ones other than those its permission
# names in another sentence (可以……委托符合……条件的组织实施行政处罚: 行政处罚法 第二十条)
_OTHERS = re.compile(r"^([^，。；其]{1,6}?)其他")
# the clause's own condition that meets the permission (依法委托, 委托符合法定条件的组织)
_PERMITTED_CONDITION = re.compile(r"依法|依照|符合[^，。；]{0,20}?条件")


def permitted_path(upper_text: str, forbidden: str, clause_sentence: str) -> bool:
    """Whether the article forbids the act only of others than those it permits in another sentence, and the clause
    keeps the permission's condition (依法委托符合法定条件的组织: 行政处罚法 第二十条, 行政许可法 第二十四条)."""
    m = _OTHERS.match(forbidden.strip())
    if m is None or not _PERMITTED_CONDITION.search(clause_sentence):
        return False
    verb = _ADVERB.sub("", m.group(1)) or m.group(1)      # (不得再委托其他组织: the verb 委托)
    return any(verb in s and PERMIT_RX.search(s) and not FORBID_RX.search(s) for s in sentence_texts(upper_text))


def reversal_change(r: Reversal) -> Change:
    """The change a reversal is reported as: the article's prohibition turned into a permission or a duty."""
    clause_span = f"{r.modal}{r.act}".strip()
    upper_span = f"{r.forbid}{r.forbidden}".strip()
    kind = "允许" if r.modal in ("可以", "方可", "即可", "允许") else "要求"
    return Change(kind="modal", severity="error", clause_span=clause_span, upper_span=upper_span,
                  message=f"将上位法禁止的“{upper_span}”改为{kind}（“{clause_span}”），与上位法相抵触",
                  clause_start=r.clause_start, upper_start=r.upper_start, strong=True, sure=True)


# a bare negation of the article on an act of counting or charging (不计入年休假, 不收学费, 个人不缴纳): the clause
# restating the act without it (一并计入年休假天数) says the opposite
NEGATED_RX = re.compile(r"不(?P<verb>计入|收取|缴纳|列入|计算|收)(?P<obj>[^，。；、]{2,12})")
NEGATED_SUBJECT = 2     # matter bigrams of what the article's negation is about the clause must say
_CONDITION_AFTER = re.compile(r"[^，。；]{0,6}?的[，,]")     # 不缴纳……的， : the negation names the case
_NEGATION_BEFORE = re.compile(r"(?:不|未|无|免|非|不得|禁止|严禁)[^，。；]{0,2}$")


def read_negation_dropped(reading) -> None:
    """The article's bare negation of an act (不计入年休假的假期) restated by the clause as the act itself (计入年休假
    天数): the object after the verb shared, no negation before the clause's verb."""
    from .grading import grade

    from .matter import matter_bigrams

    clause, upper = reading.clause.text, reading.upper.text
    for m in NEGATED_RX.finditer(upper):
        verb, obj = m.group("verb"), _pairs(m.group("obj"))
        if m.group() in clause or _CONDITION_AFTER.match(upper, m.end()) \
                or (m.group().endswith("的") and upper[m.end():m.end() + 1] in ("，", ",")):
            continue        # the clause keeps the negation, or it is the article's condition (不缴纳污水处理费的，
            #                 由……责令限期缴纳): a case, not a consequence the clause could reverse
        start = max(upper.rfind(ch, 0, m.start()) for ch in "，。；\n") + 1
        if len(matter_bigrams(upper[start:m.start()]) & matter_bigrams(clause)) < NEGATED_SUBJECT:
            continue        # what is not counted (国家法定休假日、休息日) is not what the clause speaks of
        for c in re.finditer(re.escape(verb), clause):
            if _NEGATION_BEFORE.search(clause[max(0, c.start() - 4):c.start()]):
                continue
            end = ACT_END.search(clause, c.end())
            said = clause[c.start():end.start() if end else len(clause)]
            if not (obj & _pairs(said)):
                continue
            start = max(0, clause.rfind("，", 0, c.start()) + 1, clause.rfind("。", 0, c.start()) + 1)
            g = grade("consequence_changed", {"case": "negation_dropped"}, upper=m.group(), clause=clause[start:c.start()] + said)
            reading.add("consequence_changed", g, (start, c.start() + len(said)), (m.start(), m.end()))
            return


# a cost or duty the article puts on one party (保管费用由行政机关承担), which the clause puts on another (由当事人承担)
BEARER_RX = re.compile(r"(?P<what>[^，。；：\n]{0,20}?(?:费用|费|成本|损失|开支))[，,]?由(?P<who>[^，。；由]{2,14}?)(?P<verb>承担|负担)")
# the private parties a burden moved onto is a burden on the public
PRIVATE_RX = re.compile(r"当事人|申请人|被申请人|个人|职工|劳动者|农民工|经营者|业主|村民|居民|群众|学生|家长|监护人|"
                        r"被征收人|相对人|企业|商户|本人|旅游者|消费者|投标人|中标人|承包人|所有人|使用人")
# round 31 (look31): a person by the role noun's ending (集资参与人, 受害人, 行为人) or bearing it on their own (自行): the
# article's bearer is a private party too (防范和处置非法集资条例 第二十五条: 由集资参与人自行承担 → 由本人承担)
_PERSON_BEARER = re.compile(r"[^民]人(?:自行)?$|自行$")
_SAME_VERB = {"承担": "承担", "负担": "承担"}   # (not 支付/垫付: 先由个人垫付后报销 is an advance, not a cost moved)


def read_bearer_changed(reading) -> None:
    """A cost the article puts on one party (由行政机关承担) put by the clause on a private party (由当事人承担):
    the same cost (its words shared), another bearer (no word of the article's bearer), a private one."""
    from .grading import grade

    clause, upper = reading.clause.text, reading.upper.text
    theirs = list(BEARER_RX.finditer(upper))
    if not theirs:
        return
    for c in BEARER_RX.finditer(clause):
        who = c.group("who")
        if not PRIVATE_RX.search(who):
            continue
        for u in theirs:
            if _SAME_VERB[u.group("verb")] != _SAME_VERB[c.group("verb")]:
                continue
            if len(_pairs(u.group("what")) & _pairs(c.group("what"))) < 2:
                continue
            if _pairs(u.group("who")) & _pairs(who) or PRIVATE_RX.search(u.group("who")) \
                    or _PERSON_BEARER.search(u.group("who")):
                continue        # the same bearer, or the article's bearer is itself a private party
            g = grade("consequence_changed", {"case": "burden_moved"}, upper=u.group(), clause=c.group(),
                      who=who)
            reading.add("consequence_changed", g, (c.start(), c.end()), (u.start(), u.end()))
            return
