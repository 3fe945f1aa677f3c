"""A level of authority lowered: the article gives an act (a licence, a filing, an approval, an inquiry, a standard) to
a body of a named level above the county (设区的市级人民政府公安机关, 省级人民政府, 国务院……部门) and the clause gives
the same act to a county's or a township's body (由县公安局实施安全许可, 向县市场监督管理局备案).

The level is read by structure, not by a list of bodies: the level words of the name (国务院/国家, 省/省级/省、自治区、
直辖市, 设区的市/市级, 县/县级/区, 乡/镇/街道) and, for a clause of a county's document, the first character of a
body's name (县……局, 区……局, 市……局). The act is what follows the body in its phrase; which of the article's bodies
the clause stands for is the one whose phrase and the condition before it share the clause's words most (the article
of 大型群众性活动 gives 1000–5000 persons to the 县级 police and 5000 and more to the 设区的市级: the clause's figure
says which).

Not read: the clause names a body of the article's level as well (报市……局; 市……局组织调查，县……局配合), the
article lets the county act too (县级以上, 或者县级人民政府), the county body's act is an assisting one (配合, 协助, 指导,
宣传, 初审, 转报, 提出审核意见).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .grading import grade
from .matter import matter_bigrams
from .phrases import bounds, han_pairs

if TYPE_CHECKING:
    from .reading import Reading

PHRASE = "，,；;。\n"
# the level words a body's name carries, highest first; 县级以上 (COUNTY_UP) is the county or any above: a county body may
# act, a township's may not be said to take it from a named level; 地方人民政府, 各级人民政府 any level
COUNTY_UP = 0.5
AUTONOMY = -0.5
AUTONOMY_BODY = r"(?:村|居|嘎查)[（(]?[村居]?[）)]?民委员会|村委会|居委会"
_LEVEL_WORDS = (
    (4, re.compile(r"国务院|国家[\u4e00-\u9fff]{1,10}?(?:总局|局|部|委员会)")),
    (3, re.compile(r"省、自治区、直辖市|省级|(?<![本全外各跨])省(?:人民政府|[\u4e00-\u9fff]{1,10}?(?:厅|部门))|直辖市")),
    (2, re.compile(r"设区的市|市级人民政府|地级市")),
    (1, re.compile(r"县级(?!以上)|县(?:人民政府|[\u4e00-\u9fff]{1,10}?(?:局|部门|机关))|[县区]人民政府")),
    (COUNTY_UP, re.compile(r"县级以上")),
    (0, re.compile(r"乡级|乡、镇|乡镇|乡[（(]镇[）)]|[乡镇]人民政府|街道办事处|(?<![以上])地方(?:各级)?人民政府|(?<![以上方])各级人民政府")),
    # a self-governing body below every organ (村民委员会, 嘎查（村）民委员会, 居民委员会): no level of the state
    # (round 30, upperK30)
    (AUTONOMY, re.compile(AUTONOMY_BODY)),
)
# a public body named by how its name ends (……部门, ……机关, ……局, ……委员会, 人民政府)
_BODY_END = r"(?:人民政府|部门|机关|机构|局|委员会|中心|大队)"
# a county document's own body: its name begins with the county, district or township (县公安局, 本县……, 乡镇人民政府)
_OWN_BODY = re.compile(r"(?:本县|本区|[县区](?!级以上|城|域|内|外|民|委|级)|乡镇|乡[（(]镇[）)]|[乡镇](?=人民政府))"
                       r"[\u4e00-\u9fff]{0,14}?" + _BODY_END + "|街道办事处|" + AUTONOMY_BODY)
# a higher body of the city or province a county document names (市市场监督管理局, 市人民政府, 省……厅, 设区的市……)
_HIGHER_BODY = re.compile(r"(?<![县区乡镇])(?:市(?!场|民|级以下|县)|省|设区的市)[\u4e00-\u9fff]{0,14}?(?:人民政府|部门|机关|局|委员会|厅)")
# the act a body named after 报 only receives: a filing or a copy for its records (报县交通运输局备案, 抄送……备查)
_FILED_WITH = re.compile(r"(?:进行|予以|办理)?(?:备案|备查|存档|存查)")
# a higher level's rule the clause applies (依照省定价目录, 按照国家有关规定): review.compare.procedure's reading
_UNDER_HIGHER = re.compile(r"(?:按照|依照|根据|依据)(?:国家|省|自治区|直辖市|上级|设区的市|市)[\u4e00-\u9fff]{0,6}?"
                           r"(?:规定|标准|办法|目录)")
# an act of helping, forwarding or reporting on what the higher body decides: not the power itself
_ASSISTING = re.compile(r"配合|协助|协同|指导|宣传|初审|转报|报送|上报|提出审核意见|提出意见|予以支持|做好")
# the level words left out of what an act is about (the bodies' own names are kept: 处置非法集资牵头部门 is the same
# body at two levels)
_LEVEL_ONLY = re.compile(r"(?:活动)?所在地|当地|设区的市级?(?:以上)?(?:地方)?|县级以上(?:地方)?|县级|省级|省、自治区、直辖市|"
                         r"直辖市|国务院|人民政府|本县|^[县市区省]|(?<=[由向经报])[县市区省]")
# another body the clause names after its own, with the marker of its role (方可向公安机关……, 由……, 报……): the act after
# it is done to or by that body, not the own body's
_ADDRESSED = re.compile(r"[向由经报][\u4e00-\u9fff]{0,14}?" + _BODY_END)
ACT_SHARED = 4          # matter bigrams of the act and its condition a clause must share with the article's phrase
ACT_LEAD = 1            # by how many more bigrams the chosen phrase must lead a phrase of another level


def level_of(name: str) -> int | None:
    """The lowest level the words ``name`` give a body (a list 省级人民政府或者其授权的设区的市级人民政府 is as low as
    its lowest member); None when they name no level."""
    found = [level for level, rx in _LEVEL_WORDS if rx.search(name)]
    return min(found) if found else None


def _units(text: str) -> list[tuple[int, int, int, int]]:
    """(unit start, unit end, phrase start, phrase end) of every phrase of ``text``: the unit is the phrase with the one before
    (its topic or condition: 预计参加人数在5000人以上的，由……) and the one after it (the act after 经……决定，) inside
    its sentence."""
    spans, start = [], 0
    for i, ch in enumerate(text):
        if ch in PHRASE:
            if i > start:
                spans.append((start, i))
            start = i + 1
    if start < len(text):
        spans.append((start, len(text)))
    out = []
    for k, (s, e) in enumerate(spans):
        prev = spans[k - 1][0] if k and text[spans[k - 1][1]] in "，," else s
        after = spans[k + 1][1] if k + 1 < len(spans) and e < len(text) and text[e] in "，," else e
        out.append((prev, after, s, e))
    return out


# a figure of a condition (5000人以上, 1000人以上5000人以下): the article's phrase whose figures the clause's condition
# does not share is another case than the clause's
FIGURE_RX = re.compile(r"\d+(?:\.\d+)?[\u4e00-\u9fff]{0,2}?(?:以上|以下|以内|以外)")


def _figures(text: str) -> set[str]:
    return {m.group() for m in FIGURE_RX.finditer(text)}


# a body named as the one told or served (通知出入境边防检查机关, 告知……部门) or as the one whose rule is followed
# (按照国务院国土资源主管部门的规定): not who acts
_TOLD = re.compile(r"(?:告知|通知|送达|答复|转告|抄送|按照|依照|根据|依据)[\u4e00-\u9fff]{0,14}$")


# a body handing the matter on to the one that decides (报, 报请, 报送, 报经): the lower body forwards, the higher acts
_FORWARDED_TO = re.compile(r"^.*(?:人民政府|部门|机关|机构|局|委员会)[^，,。；;]{0,4}?报(?:请|送|经)?(?=[\u4e00-\u9fff])")


def _bodies(text: str) -> list[tuple[int | None, int, int, tuple[int, int], tuple[int, int]]]:
    """(level, start, end, unit, act start) of each phrase of ``text`` naming a public body (by how its name ends):
    the lowest level its words name up to the last body name (None where they name none: 旅游行政管理部门 may be any
    level's), where the body's words start and end, the unit (the phrase with the ones around it) and the act after
    the body in its phrase."""
    out = []
    for us, ue, ps, pe in _units(text):
        phrase_text = text[ps:pe]
        ends = list(re.finditer(_BODY_END, phrase_text))
        if not ends:
            continue
        named = phrase_text[:ends[-1].end()]
        if _TOLD.search(named, 0, ends[-1].start()):
            continue    # 通知出入境边防检查机关: the body told, or whose rule is followed (按照国务院……部门的规定): not acting
        # (由乡、镇人民政府报城市、县人民政府城乡规划主管部门核发: the body after 报 takes the act, the one before forwards it)
        forwarded = _FORWARDED_TO.search(named)
        if forwarded and level_of(named[forwarded.end():]) is not None:
            ps += forwarded.end()
            phrase_text = phrase_text[forwarded.end():]
            ends = list(re.finditer(_BODY_END, phrase_text))
            named = phrase_text[:ends[-1].end()]
        level = level_of(named)
        starts = [m.start() for _, rx in _LEVEL_WORDS for m in rx.finditer(named)]
        first = min(starts) if starts else ends[-1].start()
        out.append((level, ps + first, ps + ends[-1].end(), (us, ue), (ps + ends[-1].end(), pe)))
    return out


# the words of any procedure (是否批准, 审查, 领取……许可证, 提交资料): two articles sharing them share a procedure, not
# a matter (施工许可证's 十五个工作日内完成审查 and 放射性废物's 审查批准 are two matters)
_PROCEDURE = frozenset({"是否", "否批", "批准", "审批", "审查", "审核", "许可", "可证", "证书", "领取", "完成", "成审",
                        "提交", "资料", "材料", "核发", "颁发", "负责", "提出", "实施", "进行", "组织", "办理", "部门",
                        "机关", "单位", "条件", "符合"})


def _about(text: str) -> frozenset[str]:
    """What an act and its condition are about: matter bigrams without the level words and the procedure's words."""
    return matter_bigrams(_LEVEL_ONLY.sub("|", text)) - _PROCEDURE


_PARTICLES = "的和或并及"     # not part of a body's or an act's words (实施安全许可, 提出申请, 审批颁发)


# the act of a power a level holds: a licence, an approval, a filing, a decision, an inquiry, a rule (not a duty of
# supervision: 县公安局应当加强对……大型群众性活动的安全监督管理 is no 安全许可 taken)
# Rule-making (由……制定, 具体办法由……规定) is review.compare.procedure.read_rule_maker's, with its own guards; a power word
# that begins a noun (登记信息, 登记簿, 许可证号) names a thing, not the act (提交备案资料 is the filing itself)
_POWER_ACT = re.compile(r"(?:许可|审批|批准|核准|审核|核发|颁发|备案|登记|注册|决定|认定|鉴定|评估|调查|受理|申请|处罚|发放|"
                        r"同意|撤销|吊销|取消|中止)"
                        r"(?!信息|簿|机构|中心|机关|部门|事项|结果|费|证明|号|编号|档案|系统|平台|数据)")


def _powers(text: str) -> set[str]:
    """The words of a power's act ``text`` names (实施安全许可 → 许可)."""
    return set(_POWER_ACT.findall(text))


def lowered(level: float, my_level: float) -> bool:
    """Whether an act the article gives a body of ``level`` (-1: none named) is taken down to ``my_level``: a county's
    body for a 设区的市's or higher (not for 县级以上: a county body is one of them), a township's or a 街道's for a
    named county's (县级人民政府……审批), the county-level-and-above bodies' (县级以上……部门核发: round 46, up46) or
    higher, a self-governing body's (村民委员会) for any organ's."""
    if level < 0:
        return False
    if my_level == AUTONOMY:
        return level >= 0     # a village or residents' committee deciding what the law gives any organ
    return level >= 2 if my_level >= 1 else level >= COUNTY_UP


def read_level_lowered(reading: Reading) -> None:
    clause, upper = reading.clause.text, reading.upper.text
    if _HIGHER_BODY.search(clause):
        return      # the clause names the city's or province's body itself: the higher body kept
    theirs = _bodies(upper)
    if not any(level is not None and level >= COUNTY_UP for level, *_ in theirs):
        return
    if _UNDER_HIGHER.search(clause):
        return      # the clause applies a higher level's rule (依照省定价目录制定): not the higher body's power taken
    for own in _OWN_BODY.finditer(clause):
        my_level = level_of(own.group()) if level_of(own.group()) is not None else 1
        ps, pe = bounds(clause, own.start(), PHRASE)
        if _ASSISTING.search(clause[own.end():pe]) or clause[max(0, own.start() - 1):own.start()] == "原":
            continue    # a body assisting; a former body (原县国土资源局办理的): history, not a power given
        # the levels the clause names beside its own body (县统计局、国家统计局××调查队; 报乡镇人民政府和县农业农村局批准)
        # — not a body the act is only filed with afterwards (由乡（镇）人民政府审批，报县交通运输局备案: the county's body
        # is told, the township decides)
        beside = [level for level, rx in _LEVEL_WORDS for m in rx.finditer(clause)
                  if not own.start() <= m.start() < own.end() and not _FILED_WITH.match(clause, m.end())]
        us = bounds(clause, max(0, ps - 1), PHRASE)[0] if ps and clause[ps - 1] in "，," else ps
        ue = bounds(clause, pe + 1, PHRASE)[1] if pe < len(clause) and clause[pe] in "，," else pe
        # what the clause's act and condition are about, its own body's name aside (处置非法集资牵头部门 is named at both
        # levels and in the article's lead-in: the body, not which of the article's phrases the clause restates)
        mine = _about(clause[us:ue]) - han_pairs(own.group(), _PARTICLES)
        act_end = ue
        later = _OWN_BODY.search(clause, own.end(), ue)
        if later is not None:
            act_end = later.start()   # (县融媒体中心所属……停止播出的，报经县文化广电旅游局同意: the 同意 is the bureau's)
        addressed = _ADDRESSED.search(clause, own.end(), act_end)
        if addressed is not None:
            act_end = addressed.start()   # (经乡镇人民政府备案登记后，方可向公安机关……提出申请: the 申请 goes to another
            #                               body, round 46)
        my_figures, my_act = _figures(clause[us:ue]), _powers(clause[own.end():act_end])
        units = theirs
        if my_figures and any(my_figures & _figures(upper[a:b]) for *_, (a, b), _ in units):
            units = [t for t in units if my_figures & _figures(upper[t[3][0]:t[3][1]])]
        # the article's phrase whose act after the body is the clause's act of power (审批, not the township's 审核
        # before it), and of those the one sharing most of the clause's matter
        scored = sorted(((bool(_powers(upper[x:y]) & my_act), len(_about(upper[a:b]) & mine),
                          -1 if level is None else level, s, e) for level, s, e, (a, b), (x, y) in units), reverse=True)
        acts, best, level, s, e = scored[0]
        if not acts:
            continue    # another act of the higher body (具体办法由国务院……规定 for a county body's 负责)
        if best < ACT_SHARED or not lowered(level, my_level):
            continue    # the phrase the clause restates gives the act to the clause's level, or names no level
        if any(other >= level for other in beside):
            continue    # the clause names a body of the article's level itself: the level kept
        if any(other_acts and not lowered(other, my_level) and shared + ACT_LEAD > best
               for other_acts, shared, other, *_ in scored[1:]):
            continue    # a phrase giving the act to the clause's level shares as much: not sure which it restates
        g = grade("body_changed", {"case": "level_lowered"}, upper=upper[s:e], clause=own.group())
        reading.add("body_changed", g, (own.start(), own.end()), (s, e))
        return
