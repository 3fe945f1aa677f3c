"""What the law attaches to a condition, and how soon it must be done: two closed-class readings of a norm that do
not depend on its open-class nouns.

* **Leniency** (``read_leniency``): the consequence a law sets for conduct of a kind lies on one scale, from no
  sanction to a heavier one — 不予处罚 (none) < 可以不予处罚 < 应当从轻或者减轻 < 可以从轻或者减轻 < a sanction < 从重.
  A clause restating the same condition (违法行为轻微并及时改正，没有造成危害后果的) with a consequence higher on the
  scale takes away what the law grants the party (不予行政处罚 → 可以从轻或者减轻处罚; 应当从轻 → 可以从轻).
* **Promptness** (``read_promptness``): a law that says an act is done 立即 (立即报告, 立即上报) allows no delay; a
  clause putting a number of hours or days, or 当日, before the same act lets its bearer wait.

* **Options** (``read_option_removed``): a law that allows alternatives (被征收人可以选择货币补偿，也可以选择房屋产权
  调换; 以货币形式按月发放；必要时，也可以给付实物) is altered by a clause fixing one of them (一律实行货币补偿, 统一采取,
  只能): the choice the law leaves is gone.

All are read only where the two texts share the act's own words (the condition before the consequence, the act
after the limit), so a clause on another conduct or another act is never paired.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .grading import grade
from .matter import content_bigrams, matter_bigrams
from .phrases import bounds

if TYPE_CHECKING:
    from .reading import Reading

SENTENCE = "。；;\n"

# ---------------------------------------------------------------- leniency
_SANCTION = r"(?:行政)?处罚|处理|追究(?:其)?(?:法律)?责任"
LENIENCY_RX = re.compile(
    r"(?P<modal>可以|应当|应|须|必须|一律|一般)?(?:依法|视情|酌情|视情节|在法定幅度内|予以){0,2}"
    r"(?P<what>不予(?:" + _SANCTION + r")|不再给予(?:" + _SANCTION + r")|免予(?:" + _SANCTION + r")|不予追究|"
    r"从轻或者减轻(?:" + _SANCTION + r")?|从轻、减轻(?:" + _SANCTION + r")?|减轻或者从轻(?:" + _SANCTION + r")?|"
    r"减轻(?:" + _SANCTION + r")|从轻(?:" + _SANCTION + r")|从重(?:" + _SANCTION + r")|加重(?:" + _SANCTION + r"))")
MAY = ("可以", "一般")
# how heavy a consequence is for the party: the scale the clause may not climb
NONE, MAY_NONE, MUST_LIGHTER, MAY_LIGHTER, HEAVIER = 0, 1, 2, 3, 5
FIRST_OFFENCE_RX = re.compile(r"初次|首次|第一次")
CONDITION_SHARED = 3        # content bigrams the two conditions share at least …
CONDITION_SHARE = 0.4       # … and this share of the clause condition's


def leniency_level(modal: str | None, what: str) -> int:
    """Where a consequence stands on the scale: 不予处罚 0, 可以不予 1, 应当从轻/减轻 2, 可以从轻/减轻 3, 从重 5."""
    may = modal in MAY
    if what.startswith(("不予", "不再", "免予")):
        return MAY_NONE if may else NONE
    if what.startswith(("从重", "加重")):
        return HEAVIER
    return MAY_LIGHTER if may else MUST_LIGHTER


def consequences(text: str) -> list[tuple[int, int, int, str]]:
    """Each consequence on the scale in ``text``: (start, end, level, its condition's text: the sentence before it,
    or the items after a list header ending in it); a phrase that is itself a condition (依法不予行政处罚的，应当……进行
    教育) is none."""
    out = []
    for m in LENIENCY_RX.finditer(text):
        if text.startswith("的", m.end()):
            continue
        start, _ = bounds(text, m.start(), SENTENCE)
        condition = text[start:m.start()]
        if text.startswith(("：", ":"), m.end()):    # 有下列情形之一，应当从轻或者减轻行政处罚：（一）……
            condition += text[m.end():]
        out.append((m.start(), m.end(), leniency_level(m.group("modal"), m.group("what")), condition))
    return out


def same_condition(clause_condition: str, upper_condition: str) -> int:
    """How many content bigrams the two conditions share, 0 when too few to be one condition."""
    mine = content_bigrams(clause_condition)
    shared = len(mine & content_bigrams(upper_condition))
    if shared < CONDITION_SHARED or shared < CONDITION_SHARE * len(mine):
        return 0
    return shared


def read_leniency(reading: Reading) -> None:
    """A consequence the clause puts higher on the scale than the law does for the same condition."""
    clause, upper = reading.clause.text, reading.upper.text
    theirs = consequences(upper)
    if not theirs:
        return
    for start, end, level, condition in consequences(clause):
        # a first offence (初次违法且危害后果轻微并及时改正的，可以不予处罚) is a case of its own beside the article's
        # other cases on the same words (违法行为轻微并及时改正，没有造成危害后果的，不予处罚): the case the clause states
        first = bool(FIRST_OFFENCE_RX.search(condition))
        cases = [t for t in theirs if bool(FIRST_OFFENCE_RX.search(t[3])) == first] or theirs
        best = max(cases, key=lambda t: same_condition(condition, t[3]))
        if not same_condition(condition, best[3]) or level <= best[2]:
            continue
        reading.add("consequence_changed",
                    grade("consequence_changed", {"case": "heavier"}, upper=upper[best[0]:best[1]],
                          clause=clause[start:end]),
                    (start, end), (best[0], best[1]))


# ---------------------------------------------------------------- promptness
IMMEDIATE_RX = re.compile(r"立即|立刻|马上|当即|即刻")
# a limit that lets its bearer wait: a number of minutes, hours, days … (在两小时内, 24小时内, 三个工作日内) or a day
DELAY_RX = re.compile(r"(?:[0-9０-９]+|[一二两三四五六七八九十百半]+)个?(?:分钟|小时|工作日|日|天|周|月)(?:内|以内)|"
                      r"当日|当天|次日|当日下班前")
ACT_WIDTH = 12              # the act after the limit, quoted this far
ACT_SHARED = 2              # content bigrams of the act (and the phrase before it) the two texts share


def read_promptness(reading: Reading) -> None:
    """An act the law requires 立即 that the clause allows within a number of hours or days."""
    clause, upper = reading.clause.text, reading.upper.text
    if IMMEDIATE_RX.search(clause):
        return      # the clause keeps 立即 (立即报告，并于2小时内书面报告): a further step, not a delay
    delays = list(DELAY_RX.finditer(clause))
    if not delays:
        return
    numbered = [_act(upper, d.end()) for d in DELAY_RX.finditer(upper)]
    for now in IMMEDIATE_RX.finditer(upper):
        u_start, _ = bounds(upper, now.start(), SENTENCE)
        upper_act = _act(upper, now.end())
        upper_before = matter_bigrams(upper[u_start:now.start()])
        for delay in delays:
            c_start, _ = bounds(clause, delay.start(), SENTENCE)
            act = _act(clause, delay.end())
            if not act & upper_act:
                continue     # another act (两小时内到达现场 for 立即报告)
            if any(len(act & other) >= len(act & upper_act) for other in numbered):
                continue     # the law gives this act a number of its own (立即报告负责人；负责人……1小时内报告部门)
            if len(act & upper_act) + len(matter_bigrams(clause[c_start:delay.start()]) & upper_before) < ACT_SHARED:
                continue
            reading.add("time_limit",
                        grade("time_limit", {"limit": "immediate"}, upper=upper[now.start():_act_end(upper, now.end())],
                              clause=clause[delay.start():_act_end(clause, delay.end())]),
                        (delay.start(), delay.end()), (now.start(), now.end()))
            return


# round 38 (up38): an act the law requires on the day of a request (税务机关应当于收到申报的当日办理登记, 税收征收管理法
# 第十五条; 对当事人符合结婚条件的，应当当场予以登记, 婚姻登记条例 第十条) that the clause allows days for (应当在十五个
# 工作日内办理登记): the same time limit relaxed. Not a day a period
# runs from (自……当日起), not a clause keeping the day, and not hours (24小时内 is no later than the day's end)
SAME_DAY_RX = re.compile(r"(?:于|在)[^，。；]{0,12}?(?:当日|当天)(?!起|开始|计算)"
                         r"|当场(?=(?:予以|准予)?(?:登记|办理|发给|颁发|出具|签发|发放|受理))")  # (not 当场处罚, 当场收缴)
DAY_DELAY_RX = re.compile(r"(?:[0-9０-９]+|[一二两三四五六七八九十百半]+)个?(?:工作日|日|天|周|月)(?:内|以内)|次日")


def read_same_day(reading: Reading) -> None:
    """An act the law requires on the same day that the clause allows a number of days for (above)."""
    clause, upper = reading.clause.text, reading.upper.text
    if re.search(r"当日|当天|立即|即时|当场", clause):
        return
    delays = list(DAY_DELAY_RX.finditer(clause))
    for day in SAME_DAY_RX.finditer(upper):
        upper_act = _act(upper, day.end())
        numbered = [_act(upper, d.end()) for d in DELAY_RX.finditer(upper) if not day.start() <= d.start() < day.end()]
        for delay in delays:
            act = _act(clause, delay.end())
            if len(act & upper_act) < ACT_SHARED or any(len(act & other) >= len(act & upper_act) for other in numbered):
                continue     # another act, or one the law gives a number of its own
            reading.add("time_limit",
                        grade("time_limit", {"limit": "immediate"}, upper=upper[day.start():_act_end(upper, day.end())],
                              clause=clause[delay.start():_act_end(clause, delay.end())]),
                        (delay.start(), delay.end()), (day.start(), day.end()))
            return


# round 37 (up37): an act the law requires at once or promptly (立即, 及时) …
PROMPT_RX = re.compile(r"立即|立刻|马上|当即|即刻|及时")
# … that the clause puts after a step of its own: 先（行）…… / 经……（同意|批准|核实|审核|确认）后（再|方可）, the act after it
STEP_FIRST_RX = re.compile(r"(?:先行?|首先)[^。；;]{1,24}?(?:后|再|，|,)(?:再|方可|才能)?|"
                           r"经[^，,。；;]{1,16}?(?:同意|批准|核实|审核|确认|审批|签字)(?:后|以后)(?:再|方可|才能)?")


def read_step_first(reading: Reading) -> None:
    """An act the law requires 立即 or 及时 that the clause puts after a step of its own (先行告知……，经核实后再报案):
    the act waits on the step — graded as a time limit relaxed (``step_first``)."""
    clause, upper = reading.clause.text, reading.upper.text
    if PROMPT_RX.search(clause):
        return      # the clause keeps the promptness (立即报告，并……): a further step, not a delay
    steps = list(STEP_FIRST_RX.finditer(clause))
    if not steps:
        return
    for now in PROMPT_RX.finditer(upper):
        upper_act = _act(upper, now.end())
        for step in steps:
            act = _act(clause, step.end())
            if len(act & upper_act) < ACT_SHARED or any(len(act & _act(upper, d.end())) >= len(act & upper_act)
                                                        for d in DELAY_RX.finditer(upper)):
                continue     # another act, or one the law gives a number of its own
            reading.add("time_limit",
                        grade("time_limit", {"limit": "step_first"}, upper=upper[now.start():_act_end(upper, now.end())],
                              clause=clause[step.start():step.end()].rstrip("，,")),
                        (step.start(), step.end()), (now.start(), now.end()))
            return


def _act_end(text: str, pos: int) -> int:
    """Where the act after ``pos`` ends for a quotation: its phrase, at most ``ACT_WIDTH`` characters."""
    _, end = bounds(text, pos, "，,。；;\n")
    return min(end, pos + ACT_WIDTH)


def _act(text: str, pos: int) -> frozenset[str]:
    """The matter bigrams of the act after ``pos``: the rest of its 分句 (向……有关部门报告)."""
    _, end = bounds(text, pos, SENTENCE)
    return matter_bigrams(text[pos:end])


# ---------------------------------------------------------------- options
OPTIONS_RX = re.compile(r"(?:可以(?:选择)?)?(?P<a>[^，。；：,;:]{2,12})[，,；;](?:必要时[，,]?)?也可以(?:选择)?(?P<b>[^，。；：,;:]{2,12})")
SOLE_RX = re.compile(r"一律|统一|只能|仅限|仅能")    # (均应当 is every one of a group, not one way)
CHOICE_RX = re.compile(r"也可以|或者|可以选择|自行选择|自愿选择|自主选择")
OPTION_SHARED = 2           # distinctive bigrams of the alternatives the clause's fixed term names


OWN_CHOICE_RX = re.compile(r"也可以|可以选择|自行选择|自愿选择|自主选择")   # (或者 may join two places of one way)


def both_options_named(clause: str, upper: str) -> bool:
    """Whether ``clause`` fixes one of alternatives ``upper`` allows — the phrase after 一律/统一/只能 names one of
    them only — and names the other as well (一律安排到……集中供养，本人申请在家分散供养的，不予同意), leaving no
    choice of its own: its words, not a search's resemblance, tie it to the article (review.engine.by_option)."""
    if OWN_CHOICE_RX.search(clause):
        return False
    mine = matter_bigrams(clause)
    for sole in SOLE_RX.finditer(clause):
        _, end = bounds(clause, sole.end(), SENTENCE + "，,")
        fixed = matter_bigrams(clause[sole.end():end])
        for m in OPTIONS_RX.finditer(upper):
            a, b = matter_bigrams(m.group("a")), matter_bigrams(m.group("b"))
            ours, theirs = fixed & (a - b), fixed & (b - a)
            if bool(ours) == bool(theirs):
                continue     # neither named, or both (一律以货币或者实物形式: a choice kept)
            other = mine & ((b - a) if ours else (a - b))
            if other and len(ours | theirs) + len(other) >= OPTION_SHARED:
                return True
    return False


MUST_RX = re.compile(r"应当|必须|须")
CASE_SHARED = 4         # content pairs a duty's case shares with the case of the article's choice (排名第一的中标候选人放弃中标)


def _alternative_act(alternative: str) -> str:
    """The act an alternative opens with, its first two characters after a preposition (重新招标 → 重新, 由……检查 → the
    words after 由 are its agent: the whole alternative must then be said)."""
    text = alternative.lstrip("由向将对把")
    return text[:2] if text == alternative else alternative


def _options_sentence(upper: str) -> tuple[int, int]:
    """The sentence of ``upper`` holding its first pair of alternatives (0, 0 when none)."""
    m = OPTIONS_RX.search(upper)
    return bounds(upper, m.start(), SENTENCE) if m else (0, 0)


def read_option_removed(reading: Reading) -> None:
    """Alternatives the law allows, one of them fixed by the clause (一律/统一/只能 before it, or a duty laid on it
    alone) with no choice left."""
    clause, upper = reading.clause.text, reading.upper.text
    soles = [] if CHOICE_RX.search(clause) else [(m, False) for m in SOLE_RX.finditer(clause)]
    # (a duty laid on one alternative fixes it as well: 排名第一的中标候选人放弃中标的，招标人应当重新招标 for 可以……确定
    # 其他中标候选人为中标人，也可以重新招标 — round 30, upperK30: the duty's phrase names one alternative only and keeps
    # no choice, and the article lays no duty in that sentence)
    if not SOLE_RX.search(clause) and OPTIONS_RX.search(upper) \
            and not MUST_RX.search(upper[slice(*_options_sentence(upper))]):
        soles += [(m, True) for m in MUST_RX.finditer(clause)]
    if not soles:
        return
    for m in OPTIONS_RX.finditer(upper):
        a, b = matter_bigrams(m.group("a")), matter_bigrams(m.group("b"))
        for sole, duty in soles:
            _, end = bounds(clause, sole.end(), SENTENCE + "，,")
            fixed = matter_bigrams(clause[sole.end():end])
            ours, theirs = len(fixed & (a - b)), len(fixed & (b - a))
            if ours + theirs < OPTION_SHARED:
                continue     # neither alternative named (both, 一律以货币或者实物形式, is a choice: CHOICE_RX)
            if duty and (bool(ours) == bool(theirs) or CHOICE_RX.search(clause[sole.end():end])):
                continue     # a duty naming both, or leaving a choice in its phrase
            if duty and _alternative_act(m.group("a" if ours else "b")) not in clause[sole.end():end]:
                continue     # the duty shares the alternative's nouns, not its act (应当达到……社会养老保险……缴费年限 is no
                #              转入新型农村社会养老保险: real document D031)
            if duty and len(matter_bigrams(clause[bounds(clause, sole.start(), SENTENCE)[0]:sole.start()])
                            & matter_bigrams(upper[bounds(upper, m.start(), SENTENCE)[0]:m.start()])) < CASE_SHARED:
                continue     # a duty on another case than the choice's (应当……参加深圳市社会养老保险 beside 社会保险法 第十六条's
                #              累计缴费不足十五年的 choice; 应当组织逐一检查标箱内的投标文件 beside 招标投标法 第三十六条's): real
                #              documents D031, D130
            start, _ = bounds(upper, m.start("a"), SENTENCE + "，,")    # the first alternative's whole phrase
            reading.add("modal", grade("modal", {"case": "option_removed"}, upper=upper[start:m.end()],
                                       clause=clause[sole.start():end]),
                        (sole.start(), end), (start, m.end()))
            return
