"""Amounts and time limits: placeholders aligned with each other are compared by value."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..quantities import AGE, DURATION, HEADCOUNT, Quantity, find_quantities, share_unit
from .ages import read_age_change
from .amounts import in_penal_sentence, read_amount_change
from .bounds import with_bound
from .time_limits import read_time_limit_change

if TYPE_CHECKING:
    from .reading import Reading


def read_aligned_figures(reading: Reading) -> None:
    """Every quantity of the clause whose placeholder is aligned with a quantity of the upper text.

    A clause whose figures, in order, are one run of the upper text's (已满10年不满20年的，年休假10天 from an
    article that grades 1–10, 10–20 and 20+ years) restates one tier of a graded provision: nothing changed,
    whatever tier the alignment paired it with."""
    if restates_one_tier(reading):
        reading.clause_figures_read.update(q.start for q in reading.clause.quantities.values())
        return
    tier = tier_pairs(reading)
    if tier is not None:
        for upper_quantity, clause_quantity in tier:
            if said_elsewhere(reading, upper_quantity, clause_quantity):
                reading.clause_figures_read.add(clause_quantity.start)
                continue
            compare_figures(reading, upper_quantity, clause_quantity)
        return
    for i, clause_quantity in reading.clause.quantities.items():
        j = reading.clause_to_upper[i]
        if j >= 0 and j in reading.upper.quantities:
            if said_elsewhere(reading, reading.upper.quantities[j], clause_quantity):
                reading.clause_figures_read.add(clause_quantity.start)
                continue
            compare_figures(reading, reading.upper.quantities[j], clause_quantity)


def said_elsewhere(reading: Reading, upper_quantity: Quantity, clause_quantity: Quantity) -> bool:
    """Whether the clause's figure, aligned with an upper figure of another value, is the value another figure of the
    same 款 or list says, of the same dimension and kind, whose phrase shares more character pairs with the clause
    figure's 分句 than the aligned figure's phrase does: the clause restates that figure (（一）女职工生育享受产假：顺产
    的，98天 is 女职工生育享受98天产假, not 其中产前可以休假15天, which the alignment set it against because the words
    between were rewritten). Tiers of one measure (满1年不足5年的，……最长为12个月 / 满5年不足10年的，……最长为18个月)
    share as many pairs each: no figure is said elsewhere there, and the aligned tier is compared."""
    from .phrases import CLAUSE_END

    if upper_quantity.dim != clause_quantity.dim or _value(upper_quantity) == _value(clause_quantity):
        return False
    mine = _pairs_of(reading.clause.text, clause_quantity, CLAUSE_END)
    aligned = len(mine & _pairs_around(reading.upper.text, upper_quantity))
    return any(u is not upper_quantity and u.dim == clause_quantity.dim and u.mode == clause_quantity.mode
               and _value(u) == _value(clause_quantity) and not reading.in_upper_exception[k]
               and (len(mine & _pairs_around(reading.upper.text, u)) > aligned
                    or own_case_stated(reading, u, upper_quantity))
               for k, u in reading.upper.quantities.items())


_CASE_BEFORE = __import__("re").compile(r"([^，,。；;\n]{2,30}的)[，,][^。；;\n]*$")
CASE_SAID = 0.8         # share of a case's character pairs (需要进行现场核查的) the clause must say


def case_before(text: str, q: Quantity) -> str:
    """The case a figure is given for in its 分句: the phrase ending in 的 before it (需要进行现场核查的，应当自受理申请之日起
    45日内作出审批决定), '' when none."""
    from .phrases import CLAUSE_END, bounds

    s, _ = bounds(text, q.start, CLAUSE_END)
    m = _CASE_BEFORE.search(text[s:q.start])
    return m.group(1) if m else ""


def own_case_stated(reading: Reading, u: Quantity, aligned: Quantity) -> bool:
    """Whether the article gives figure ``u`` for a case of its own (需要进行现场核查的，……45日内), another than the aligned
    figure's, and the clause states that case: the clause restates ``u``, whatever figure the sentence's other words
    aligned it with (审批部门应当自受理申请之日起30日内作出审批决定；需要进行现场核查的，应当……45日内……)."""
    case = case_before(reading.upper.text, u)
    if not case or case == case_before(reading.upper.text, aligned):
        return False
    theirs = {case[i:i + 2] for i in range(len(case) - 1)}
    clause = reading.clause.text
    said = {p for p in theirs if p in clause}
    return len(theirs) >= 2 and len(said) >= CASE_SAID * len(theirs)


def _pairs_of(text: str, q: Quantity, marks: str) -> set[str]:
    """The character pairs of the stretch holding figure ``q`` that no character of ``marks`` interrupts, figures
    aside."""
    from .phrases import bounds

    s, e = bounds(text, q.start, marks)
    words = _FIGURE_RUN.sub("|", text[s:q.start] + "|" + text[q.end:e])
    return {words[i:i + 2] for i in range(len(words) - 1) if "|" not in words[i:i + 2]}


_FIGURE_RUN = __import__("re").compile(r"[0-9０-９.．]+|[零〇一二两三四五六七八九十百千万]+")


def restates_one_tier(reading: Reading) -> bool:
    """Whether the clause's two or more figures equal a contiguous run of the upper text's figures."""
    def figures(quantities) -> list[tuple]:
        return [(q.dim, q.lo, q.hi, q.mode) for _, q in sorted(quantities.items())]
    clause, upper = figures(reading.clause.quantities), figures(reading.upper.quantities)
    if len(clause) < 2 or len(upper) <= len(clause):
        return False
    return any(upper[i:i + len(clause)] == clause for i in range(len(upper) - len(clause) + 1))


TIER_AGREEMENT = 2      # figures a tier must share with the clause to be the tier it restates


def _value(q: Quantity) -> tuple:
    return (q.dim, q.lo, q.hi) if q.mode == "range" else (q.dim, q.value)


def tier_pairs(reading: Reading) -> list[tuple[Quantity, Quantity]] | None:
    """The clause's figures paired with a run of the upper text's, where that run shares more of their values than
    the alignment's pairing does and at least ``TIER_AGREEMENT`` (累计缴费满5年不足10年的……最长为12个月 is the tier of
    满5年不足10年, not of 满1年不足5年 whose words the alignment may have taken): every figure against the one at its
    place in the run. None where no run does better than the alignment."""
    clause = [q for _, q in sorted(reading.clause.quantities.items())]
    upper_items = sorted(reading.upper.quantities.items())
    upper = [q for _, q in upper_items]
    if len(clause) < 2 or len(upper) <= len(clause):
        return None
    aligned = sum(1 for i, q in reading.clause.quantities.items()
                  if reading.clause_to_upper[i] in reading.upper.quantities
                  and _value(reading.upper.quantities[reading.clause_to_upper[i]]) == _value(q))
    best, best_equal = None, max(aligned, TIER_AGREEMENT - 1)
    for start in range(len(upper) - len(clause) + 1):
        run = upper[start:start + len(clause)]
        if any(u.dim != c.dim for u, c in zip(run, clause)):
            continue
        equal = sum(1 for u, c in zip(run, clause) if _value(u) == _value(c))
        if equal > best_equal:
            best, best_equal = run, equal
    return list(zip(best, clause)) if best is not None else None


def compare_figures(reading: Reading, upper_quantity: Quantity, clause_quantity: Quantity) -> None:
    """Record how the clause's figure differs from the upper text's (nothing when they agree)."""
    if upper_quantity.dim != clause_quantity.dim:
        return
    if not one_share_measure(reading, upper_quantity, clause_quantity):
        return
    # 最低保修期限为：……为5年, 出让年限最长可以约定为三十年: the bound its words state (review.compare.bounds)
    upper_quantity = with_bound(reading.upper.text, upper_quantity)
    clause_quantity = with_bound(reading.clause.text, clause_quantity)
    reading.upper_figures_read.add(upper_quantity.start)
    reading.clause_figures_read.add(clause_quantity.start)
    same = (upper_quantity.lo, upper_quantity.hi, upper_quantity.mode) == \
        (clause_quantity.lo, clause_quantity.hi, clause_quantity.mode)
    if same or (upper_quantity.lo == clause_quantity.lo and upper_quantity.hi == clause_quantity.hi):
        return
    if upper_quantity.dim == HEADCOUNT and (clause_quantity.mode == "min" and clause_quantity.lo == upper_quantity.lo
                                           or clause_quantity.mode == "max" and clause_quantity.hi == upper_quantity.hi):
        return   # 预计参加人数1000人以上的……活动 for 1000人以上5000人以下的: the threshold restated, the tier not named
    if upper_quantity.mode == "fixed" and clause_quantity.mode == "max" and upper_quantity.hi == clause_quantity.hi:
        return   # 不得超过原合同采购金额的百分之十 restated as 控制在原合同金额的10%以内: the same cap
    if bound_restated(reading, upper_quantity, clause_quantity):
        return   # ……3个工作日内确定中标供应商，最长不得超过5个工作日: a target inside the law's bound, the bound kept
    if upper_quantity.dim == DURATION and other_acts(reading, upper_quantity, clause_quantity):
        return   # 竣工验收合格之日起15日内报送备案 / 之日起60日内支付工程款: two limits for two acts
    if law_states_case(reading, clause_quantity):
        return   # 违法所得5000元以上的 paired with 不足5000元的: the law's own other case, not a changed figure
    if upper_quantity.dim == DURATION:
        read_time_limit_change(reading, upper_quantity, clause_quantity)
    elif upper_quantity.dim == AGE:
        read_age_change(reading, upper_quantity, clause_quantity)
    else:
        read_amount_change(reading, upper_quantity, clause_quantity)


def one_share_measure(reading: Reading, upper_quantity: Quantity, clause_quantity: Quantity) -> bool:
    """Whether two shares are one measure: written alike (both multiples, both percentages), or a fine's share of a sum
    (违法经营总额一倍以上二倍以下 against 20%以上50%以下: round 46). A multiple against a percentage outside a fine is two
    measures of one article (融资担保公司监督管理条例: 净资产的10倍 in 第十五条, 比例不得超过15% in 第十六条)."""
    mine, theirs = share_unit(clause_quantity), share_unit(upper_quantity)
    return mine == theirs or "mixed" in (mine, theirs) or in_penal_sentence(reading.upper.text, upper_quantity)


def law_states_case(reading: Reading, clause_quantity: Quantity) -> bool:
    """Whether the clause's figure defines a case (违法所得5000元以上的，) that the upper text defines with the same
    figure too: where the alignment paired it with another figure, that is another of the law's cases (its other
    tier), not the clause's figure changed."""
    from .cases import defines_case

    if not defines_case(reading.clause.text, clause_quantity):
        return False
    return any(defines_case(reading.upper.text, u) and (u.lo, u.hi, u.mode) == (clause_quantity.lo, clause_quantity.hi,
                                                                             clause_quantity.mode)
               for u in reading.upper.quantities.values())


def bound_restated(reading: Reading, upper_quantity: Quantity, clause_quantity: Quantity) -> bool:
    """Whether the clause's sentence also states the very bound of the article it is compared with — a cap for a cap or a
    limit (最长不得超过5个工作日 for 5个工作日内), a floor for a floor — and its differing figure lies inside it (round 34,
    look34; not another figure of the article, which may be another bearer's: 对法人……三千元以下 beside 对公民……): the
    figure is a target the body sets within the bound it restates (……应当自收到评审报告之日起3个工作日内确定中标供应商，
    最长不得超过5个工作日), the law's bound kept. Not a bound of another dimension, nor one in another sentence, nor a
    figure past the bound (then the clause contradicts itself, and the figure is read as it is)."""
    from .phrases import SENTENCE_END, bounds

    s, e = bounds(reading.clause.text, clause_quantity.start, SENTENCE_END)
    for q in reading.clause.quantities.values():
        if q.start == clause_quantity.start or q.dim != upper_quantity.dim or not (s <= q.start < e):
            continue
        q = with_bound(reading.clause.text, q)
        if upper_quantity.mode in ("max", "fixed") and q.mode == "max" and q.hi == upper_quantity.value \
                and clause_quantity.upper_bound <= q.hi:
            return True
        if upper_quantity.mode == "min" and q.mode == "min" and q.lo == upper_quantity.lo \
                and clause_quantity.lower_bound >= q.lo:
            return True
    return False


LEFTOVER_SHARED = 2     # character pairs the phrases around two leftover figures must share to be paired


def pair_leftover_figures(reading: Reading) -> None:
    """Figures neither aligned nor read in a replaced stretch, paired by what they are about: the clause's figure
    with the upper figure of its dimension outside the exceptions whose phrase shares most character pairs with
    its own (counted once over the phrase and once more over its item between 、; at least ``LEFTOVER_SHARED``; a
    tie pairs nothing). 应当在收到处罚决定书之日起十五日内……申请行政复议 is
    compared with 可以自知道……之日起六十日内提出行政复议申请 although the words around the figures were rewritten."""
    upper = reading.upper
    free_upper = [(k, q) for k, q in upper.quantities.items()
                  if q.start not in reading.upper_figures_read and not reading.in_upper_exception[k]]
    for _, q in sorted(reading.clause.quantities.items()):
        if q.start in reading.clause_figures_read:
            continue
        ceiling = stepped_up_past(reading, q)
        if ceiling is not None:
            compare_figures(reading, ceiling, q)
            continue
        if any(u.dim == q.dim and u.value == q.value for u in upper.quantities.values()):
            continue    # 可延长到30日 restates 但延长后最长不得超过30日 (an exception's figure), not 15日内
        mine, mine_near = _pairs_around(reading.clause.text, q), _pairs_around(reading.clause.text, q, "、")
        scored = sorted(((len(mine & _pairs_around(upper.text, u)) + len(mine_near & _pairs_around(upper.text, u, "、")),
                          k, u) for k, u in free_upper
                         if u.dim == q.dim and u.start not in reading.upper_figures_read), key=lambda t: -t[0])
        if lone_item_figure(reading, q, scored):
            compare_figures(reading, scored[0][2], q)
            continue
        if not scored or scored[0][0] < LEFTOVER_SHARED or (len(scored) > 1 and scored[1][0] == scored[0][0]):
            continue
        if not same_use(reading, scored[0][2], q):
            continue
        compare_figures(reading, scored[0][2], q)


def stepped_up_past(reading: Reading, q: Quantity) -> Quantity | None:
    """The one fine of the article that a clause's stepped-up fine ``q`` goes past: ``q`` stands in a sentence that
    only steps up the one before (……并处二百元以下罚款；情节严重的，并处二百元以上一千元以下罚款 — FOLLOW_ON_RX), whose
    own fine was read against the article's; the article fines the conduct once, with no tier of its own (one sum of
    that kind in the unit, no stepped-up sentence), and ``q``'s ceiling is above that fine's. A law's range binds
    every case of its conduct: a rule may only specify within it (行政处罚法 第十三条、第十四条), so a tier for the
    serious case above the ceiling alters the law, as a higher single fine would. None otherwise (the tier within the
    law's range, a law with tiers of its own, a time limit or an age)."""
    from .phrases import SENTENCE_END, bounds
    from .vocabulary import PENAL_RX

    if q.dim in (DURATION, AGE):
        return None
    clause, upper = reading.clause.text, reading.upper.text
    s, _ = bounds(clause, q.start, SENTENCE_END)
    if s < 2 or clause[s - 1] not in "；;" or not FOLLOW_ON_RX.match(clause, s) or not PENAL_RX.search(clause[s:q.end + 8]):
        return None
    before = [c for c in reading.clause.quantities.values()
              if c.dim == q.dim and c.start < s and c.start in reading.clause_figures_read]
    if not before or bounds(clause, before[-1].start, SENTENCE_END)[1] != s - 1:
        return None     # the sentence stepped up holds no fine read against the article
    fines = [u for k, u in reading.upper.quantities.items() if u.dim == q.dim and not reading.in_upper_exception[k]]
    if len(fines) != 1 or fines[0].start not in reading.upper_figures_read:
        return None
    u = with_bound(upper, fines[0])
    us, ue = bounds(upper, u.start, SENTENCE_END)
    if not PENAL_RX.search(upper[us:ue]) or any(steps_up_a_sum(upper, m.end(), q.dim)
                                                for m in _SENTENCE_START.finditer(upper)):
        return None     # not a sanction, or the law steps its fine up itself (情节严重的，处……)
    return u if with_bound(clause, q).upper_bound > u.upper_bound else None


def steps_up_a_sum(text: str, at: int, dim: str) -> bool:
    """Whether a sentence starting at ``at`` steps up the one before (FOLLOW_ON_RX) with a sum of ``dim`` of its own
    (造成严重后果的，……并处3万元以上10万元以下的罚款; not 造成损失的，依法承担赔偿责任)."""
    from .phrases import SENTENCE_END, bounds

    if not FOLLOW_ON_RX.match(text, at):
        return False
    _, e = bounds(text, at, SENTENCE_END)
    return any(x.dim == dim for x in find_quantities(text[at:e]))


_SENTENCE_START = __import__("re").compile(r"(?:^|[。；;：:\n])\s*")


# (or a row of the lead-in's table, a short line with no sentence in it: ……延伸距离如下：\n35—110千伏 10米 — review.compare.units)
_ITEM_UNIT = __import__("re").compile(r"[：:]\s*\n\s*(?:[（(][一二三四五六七八九十\d]+[)）][^\n]*|[^，。；,;：:\n]{1,24})$")


def lone_item_figure(reading: Reading, q: Quantity, scored: list) -> bool:
    """Whether the upper text is one item with its lead-in (公路建筑控制区的范围……标准为：\n(三)县道不少于10米) holding
    one figure of ``q``'s dimension, and ``q`` is the clause's one unread figure of it: the unit was chosen for what
    the clause is about (review.compare.units), so its lone figure is the one the clause restates, whatever words
    stand around each (县道……向外不少于五米)."""
    if len(scored) != 1 or not _ITEM_UNIT.search(reading.upper.text):
        return False
    mine = [c for c in reading.clause.quantities.values()
            if c.dim == q.dim and c.start not in reading.clause_figures_read]
    return len(mine) == 1 and sum(1 for u in reading.upper.quantities.values() if u.dim == q.dim) == 1


def _pairs_around(text: str, q: Quantity, marks: str = "") -> set[str]:
    """The character pairs of the phrase holding figure ``q`` (also bounded by ``marks``: 、 for the item of a
    list, 对公民处以二百元以下 of 对公民处以二百元以下、对法人……处以三千元以下罚款), the figure and punctuation aside."""
    from .phrases import PHRASE_END, bounds

    s, e = bounds(text, q.start, PHRASE_END + marks)
    if s > 1 and text[s - 1] in "，," and len(_BARE_PREDICATE.sub("", text[s:q.start])) == 0:
        # a figure stated as the bare predicate of its 分句 (（二）屋面防水工程……的防渗漏，为5年): what it is about is
        # the phrase before the comma, its subject (建设工程质量管理条例 第四十条)
        s, _ = bounds(text, s - 2, PHRASE_END + marks)
    words = text[s:q.start] + "|" + text[q.end:e]
    return {words[i:i + 2] for i in range(len(words) - 1) if "|" not in words[i:i + 2]}


# the words that make a figure a 分句's whole predicate: 为5年, 均为3米, 不少于10米
_BARE_PREDICATE = re.compile(r"\s|均|皆|一律|为|是|不得?少于|不得?低于|不得?超过|不得?高于|最[长短高低多少]|至少|至多")


ACT_REACH = 30          # characters after a time limit read as the act to be done within it …
ACT_PAIRS = 3           # … when both acts have this many character pairs, they are one act only if they share
SAME_ACT_SHARE = 0.2    # this share of the shorter's (and one at least: 完成证件制作 / 制作发放居住证 share 制作)


# a least period that is its 分句's whole predicate, the act it is for named before it (记录备份保存时间不得少于60日，……;
# ……应当保存30日以上，……): what follows the figure in the 分句 is nothing, or only its bound
_PREDICATE_END = re.compile(r"(?:以上)?(?:[，,。；;：:]|$)")
PREDICATE_REACH = 40    # characters of its sentence before such a period read as the act it is for


def predicate_period(text: str, q: Quantity) -> bool:
    """Whether the period ``q`` is a least length (不少于……, ……以上) that ends its 分句 (_PREDICATE_END): a length said of the
    act before it — not a limit within which to act (二十日内，作出决定: the act follows it)."""
    return q.dim == DURATION and q.mode == "min" and bool(_PREDICATE_END.match(text, q.end))


def words_before(text: str, start: int, bound, reach: int) -> str:
    """The words before a figure at ``start`` back to the ``bound`` it stands in (its 分句 or its sentence), at most
    ``reach`` characters, the actors cut out: what a figure's act or event is named as when it comes first."""
    from .phrases import bounds
    from .vocabulary import ACTOR_RX

    s, _ = bounds(text, start, bound)
    return ACTOR_RX.sub("|", text[max(s, start - reach):start])


def act_before(text: str, q: Quantity) -> set[str]:
    """The content pairs of the act a predicate period is for: its sentence's words before it (PREDICATE_REACH)."""
    from .matter import content_bigrams
    from .phrases import SENTENCE_END

    return content_bigrams(words_before(text, q.start, SENTENCE_END, PREDICATE_REACH))


def one_kept_period(reading: Reading, upper_quantity: Quantity, clause_quantity: Quantity) -> bool:
    """Whether both periods are predicates of one act named before them (记录备份保存时间不得少于60日 / 上网记录备份，应当
    保存30日以上): the words after each are another predicate of the sentence, not the act (round 44, lead44b)."""
    return predicate_period(reading.upper.text, upper_quantity) \
        and predicate_period(reading.clause.text, clause_quantity) \
        and len(act_before(reading.upper.text, upper_quantity)
                & act_before(reading.clause.text, clause_quantity)) >= CONDUCT_SHARED


def other_acts(reading: Reading, upper_quantity: Quantity, clause_quantity: Quantity) -> bool:
    """Whether the two time limits are for different acts: the words after each figure in its 分句 (作出决定,
    发包人支付全部剩余工程款, 将建设工程竣工验收报告……报……备案) share too few character pairs. A phrase of the
    consequence of letting the limit pass (逾期视为放弃) or holding a time limit of its own (行政机关应当在二十日内组织
    听证) is not the act."""
    # (the acts as they stand and read past the body each is lodged with, act_start: two limits are for other acts
    # only if both readings say so — 五个工作日内，向……主管部门申请复检 is the act 两个工作日内申请复检 names)
    # (nor where either act is only the finishing of what the body does on the matter, in procedural words: 20个工作日内
    # 办理完毕 is any act the body owes on the application, 30个工作日内核定办结 among them)
    if bare_completion(reading.clause.text, clause_quantity) or bare_completion(reading.upper.text, upper_quantity):
        return False
    if one_kept_period(reading, upper_quantity, clause_quantity):
        return False
    return all(_other_act_pairs(_act(reading.clause.text, clause_quantity, past), _act(reading.upper.text, upper_quantity, past))
               for past in (False, True))


def bare_completion(text: str, q: Quantity) -> bool:
    """Whether the act a time limit is for (its words after the figure in its 分句, as ``_act`` reads them) is only the
    finishing of the matter in procedural words (内办理完毕, 内办结): nothing of its own once the procedural verbs,
    bodies and places are taken out (not 内，将案件文书立卷归档)."""
    from .matter import content_bigrams
    from .phrases import CLAUSE_END, bounds
    from .vocabulary import ACTOR_RX, JURISDICTION_RX

    _, e = bounds(text, max(q.start, q.end - 1), CLAUSE_END)
    words = text[q.end:min(e, q.end + ACT_REACH)]
    if not _ACT_VERBS.search(words):
        return False
    return not content_bigrams(_ACT_VERBS.sub("|", _PLACE.sub("|", JURISDICTION_RX.sub("|", ACTOR_RX.sub("|", words)))))


def _other_act_pairs(mine: set[str], theirs: set[str]) -> bool:
    if len(mine) < ACT_PAIRS or len(theirs) < ACT_PAIRS:
        return False
    return len(mine & theirs) < max(1, int(SAME_ACT_SHARE * min(len(mine), len(theirs))))


_LAPSE = __import__("re").compile(r"^\s*(?:逾期|过期|期满|届满)")


# the body an act within a time limit is addressed to, named between the limit and the act (五个工作日内，向实施……抽查的
# 农业农村主管部门或者其上一级农业农村主管部门申请复检): the act is the verb after it, however long the body's name
_RECIPIENT = __import__("re").compile(
    r"(?:以内|之内|内)?[，,]?\s*(?:向|到|至)[^，。；;]{0,40}?(?:部门|机关|机构|单位|人民政府|委员会|法院|中心|办公室)"
    r"(?:(?:或者|或|和|及|、)[^，。；;]{0,40}?(?:部门|机关|机构|单位|人民政府|委员会|法院|中心|办公室))*")


def act_start(text: str, end: int) -> int:
    """Where the act a time limit ending at ``end`` is for begins: after the body it is addressed to (_RECIPIENT)."""
    m = _RECIPIENT.match(text, end)
    return m.end() if m else end


def _act(text: str, q: Quantity, past_recipient: bool = False) -> set[str]:
    """The character pairs of the act a time limit is for (see other_acts), ``past_recipient``: read from act_start."""
    from .phrases import CLAUSE_END, PHRASE_END, bounds

    _, e = bounds(text, max(q.start, q.end - 1), CLAUSE_END)
    begin = act_start(text, q.end) if past_recipient else q.end
    e = min(e, begin + ACT_REACH)
    stop, at = e, begin
    while at < e:
        nxt = min([x for x in (text.find(c, at + 1, e) for c in PHRASE_END) if x >= 0] or [e])
        if at > begin:
            piece = text[at + 1:nxt]
            if _LAPSE.match(piece) or any(p.dim == DURATION for p in find_quantities(piece)):
                stop = at
                break
        at = nxt
    words = "".join(c if "\u4e00" <= c <= "\u9fff" else "|" for c in text[begin:stop])
    return {words[i:i + 2] for i in range(len(words) - 1) if "|" not in words[i:i + 2]}


USE_SHARED = 2          # content bigrams the acts after two unaligned time limits share: one limit for one act
_PLACE = __import__("re").compile(r"[到向在于]?(?:居住地|户籍所在地|所在地|住所地|当地|现居住地)")
CONDUCT_SHARED = 3      # content bigrams the conduct before two unaligned fines shares: one sanction for one conduct


def same_use(reading: Reading, upper_quantity: Quantity, clause_quantity: Quantity) -> bool:
    """Whether two figures the alignment did not pair are the same figure in other words: a time limit for the same
    act (the words after each, 申请行政复议 / 提出行政复议申请), a fine or rate for the same conduct or base (the words
    before each in its sentence), of one kind (a limit within which to act, a period to have completed, a lead time)."""
    if upper_quantity.dim == DURATION:
        kinds = {_duration_kind(upper_quantity), _duration_kind(clause_quantity)}
        if len(kinds) > 1 and "fixed" not in kinds:
            return False

        if kinds == {"fixed"} and all(text[max(0, q.start - 1):q.start] == "为" for text, q in (
                (reading.clause.text, clause_quantity), (reading.upper.text, upper_quantity))) and len(
                figure_use(reading.clause.text, clause_quantity.start, clause_quantity.end, DURATION, with_before=True)
                & figure_use(reading.upper.text, upper_quantity.start, upper_quantity.end, DURATION,
                             with_before=True)) >= CONDUCT_SHARED:
            return True   # a length said of its subject (……的防渗漏，为5年 / ……防渗漏的保修期限为3年): one period of one thing
        return len(figure_use(reading.clause.text, clause_quantity.start, clause_quantity.end, DURATION)
                   & figure_use(reading.upper.text, upper_quantity.start, upper_quantity.end, DURATION)) >= USE_SHARED \
            or one_act(reading.clause.text, clause_quantity.end, reading.upper.text, upper_quantity.end) \
            or one_kept_period(reading, upper_quantity, clause_quantity)
    return len(figure_use(reading.clause.text, clause_quantity.start, clause_quantity.end, upper_quantity.dim)
               & figure_use(reading.upper.text, upper_quantity.start, upper_quantity.end, upper_quantity.dim)) \
        >= CONDUCT_SHARED


def figure_use(text: str, start: int, end: int, dim: str, *, with_before: bool = False,
               whole_phrase: bool = False) -> set[str]:
    """What a figure at [start, end) is for, as content bigrams: for a time limit the act to be done within it (the
    words after it in its 分句, bodies and places aside: 申请行政复议, not 到居住地公安派出所); for a fine, rate or
    multiple the conduct or base it is counted on (the words of its sentence around it). ``with_before``: a time
    limit's words before it in its 分句 count too (the event it runs from: 事故伤害发生之日起6个月内提出, where the
    act after the figure is one verb whose object the sentence named before). ``whole_phrase``: a time limit's act
    is read to the end of its 分句, however far (1年内，可以直接向用人单位所在地统筹地区社会保险行政部门提出工伤认定申请)."""
    from .matter import content_bigrams
    from .phrases import CLAUSE_END, SENTENCE_END, bounds
    from .vocabulary import ACTOR_RX, JURISDICTION_RX

    if dim == DURATION:
        _, e = bounds(text, max(start, end - 1), CLAUSE_END)
        words = text[end:e if whole_phrase else min(e, end + ACT_REACH)]
        found = content_bigrams(_PLACE.sub("|", JURISDICTION_RX.sub("|", ACTOR_RX.sub("|", words))))
        if len(found) < 2 or with_before:   # 申请听证的期限为……之日起三日: the act is named before the figure
            found |= content_bigrams(_PLACE.sub("|", words_before(text, start, CLAUSE_END, ACT_REACH)))
        return found
    s, e = bounds(text, start, SENTENCE_END)
    s = continued_from(text, s)
    words = conduct_words(text[s:start]) + "|" + conduct_words(text[end:e])
    if _LIST_HEADER.search(text[s:start]):      # 有下列行为之一的，……处200元以下罚款：the conduct is in the items
        words += "|" + conduct_words(text[e:e + ITEMS_REACH])
    return content_bigrams(_LIST_HEADER.sub("|", words))    # (下列情形之一 itself names no conduct)


# A sanction's sentence that only steps up the one before (……责令限期改正；拒不改正的，处1万元以下罚款 / ；情节严重的，
# 处……): its conduct is the previous sentence's, which it continues.
FOLLOW_ON_RX = __import__("re").compile(
    r"(?:经责令改正)?(?:拒不(?:改正|整改|履行|执行)|逾期(?:不|未|仍不|仍未)(?:改正|整改|履行|缴纳|拆除|补办)|仍不(?:改正|整改)|"
    r"情节(?:特别)?(?:严重|较重|较轻|轻微)|造成(?:严重)?(?:后果|损失|危害)|再次|屡次)[^，。；]{0,8}?的，")


def continued_from(text: str, s: int) -> int:
    """The start of the sentence at ``s``, or of the sentence it steps up (FOLLOW_ON_RX: 拒不改正的，处……), which a
    semicolon ends: where the words of the conduct a fine is for begin."""
    from .phrases import SENTENCE_END, bounds

    while s >= 2 and text[s - 1] in "；;" and FOLLOW_ON_RX.match(text, s):
        s = bounds(text, s - 2, SENTENCE_END)[0]
    return s


# the procedural verbs around the act a time limit is for (作出登记决定, 予以登记, 办理登记手续: the act is 登记)
_ACT_VERBS = __import__("re").compile(r"予以|办理|办结|完成|完毕|是否|准予|不予|手续|有关|相关|依法")


def act_core(text: str, end: int) -> set[str]:
    """The act a time limit ending at ``end`` is for, without its procedural verbs, bodies and places, as content
    bigrams: 内作出登记决定 and 内予以登记 are both {登记}."""
    from .matter import content_bigrams
    from .phrases import PHRASE_END, bounds
    from .vocabulary import ACTOR_RX, JURISDICTION_RX

    _, e = bounds(text, max(end - 1, 0), PHRASE_END)
    words = text[end:min(e, end + ACT_REACH)]
    return content_bigrams(_ACT_VERBS.sub("|", _PLACE.sub("|", JURISDICTION_RX.sub("|", ACTOR_RX.sub("|", words)))))


def one_act(text: str, end: int, other_text: str, other_end: int) -> bool:
    """Whether two time limits are for one act named in other procedural words (作出登记决定 / 予以登记): the acts
    after them, procedural verbs aside, are the same and not empty."""
    mine = act_core(text, end)
    return bool(mine) and mine == act_core(other_text, other_end)


_LIST_HEADER = __import__("re").compile(r"下列[^，。；]{0,6}之一")
ITEMS_REACH = 200       # characters of a fine's list of conducts read after its header sentence


# what a fine's sentence says besides the conduct: the body that imposes it (由……主管部门责令), the offender or body
# named for what it is (房地产开发企业, 中介服务机构: the regulation's own subject, shared by all its penalties), the
# other sanctions of the formula (责令限期改正, 处以警告)
_ENFORCER = __import__("re").compile(r"由[^，。；]{0,30}?(?=责令|处|给予|予以|没收|吊销|依法)")
_BODY = __import__("re").compile(r"[\u4e00-\u9fff]{0,6}?(?:企业|公司|机构|部门|单位)")
_SANCTION_FORMULA = __import__("re").compile(r"非法(?=[\u4e00-\u9fff])|责令(?:限期)?改正|责令停止[\u4e00-\u9fff]{0,4}|限期改正|处以|并可|警告|"
                                             r"没收违法所得|构成犯罪|追究刑事责任")


# a reference to the instrument's own articles (违反本规定第六条第二款, 未按照本条例第十七条规定): it names where the
# conduct is defined, not what it is (本规定第 … 第二款 shared by two fines says nothing of their conduct)
_OWN_ARTICLE_REF = __import__("re").compile(
    r"(?:违反|依照|按照|未按照|未依照|未按|不按)?(?:本|该)(?:规定|条例|办法|细则|法)"
    r"(?:第[一二三四五六七八九十百零〇\d]+条(?:之[一二三四五六七八九十]+)?(?:第[一二三四五六七八九十\d]+款)?"
    r"(?:第?[（(][一二三四五六七八九十\d]+[)）]项?)?[、和及或者]*)*(?:的?规定)?")


def conduct_words(text: str) -> str:
    """The words of a fine's sentence that say what was done (see ``_ENFORCER``…): 未按规定将测绘成果报送 and
    未取得资质等级证书从事开发经营 share nothing once 房地产开发企业, 主管部门 and 责令限期改正 are set aside."""
    for rx in (_OWN_ARTICLE_REF, _ENFORCER, _BODY, _SANCTION_FORMULA):
        text = rx.sub("|", text)
    return text


def _duration_kind(q: Quantity) -> str:
    return {"max": "within", "range": "within", "min": "least", "lead": "lead"}.get(q.mode, "fixed")
