"""Who carries out a measure and on what terms the law lets it be carried out, and what consequence the law
attaches: the executing body, the party's remedy period, a deemed consequence.

* The article sends enforcement to a court (依法申请人民法院强制执行) and the clause has a public body enforce by
  itself (由县执法局依法实施强制拆除, 报县人民政府批准后组织实施搬迁): another body and procedure than the law's.
* The article lets a body enforce only once the party's time to seek review or sue has run (在法定期限内不申请行政
  复议或者提起行政诉讼，又不拆除的) and the clause enforces without that condition.
* The article gives a national or provincial body the power to make a rule or set a standard (具体收费办法由国务院
  财政部门、价格主管部门制定) and the clause has a lower body make it (工本费标准由县发展和改革局会同县财政局核定).
* The article deems a consequence (逾期不告知的……即为受理, 逾期未作决定的，视为准予延续) and the clause deems
  another one at the same place (逾期未告知的，视为申请人撤回申请).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .grading import grade
from .phrases import CLAUSE_END, PHRASE_END, bounds, phrase
from .matter import cjk_pairs, matter_bigrams
from .roles import actors
from .vocabulary import (ACTOR_RX, COURT_ENFORCEMENT_RX, DEEMED_RX, REMEDY_WAIT_RX, RULE_MAKER_RX,
                         SELF_ENFORCEMENT_RX)

if TYPE_CHECKING:
    from .reading import Reading

COURT = "人民法院"
REMEDY_WORDS = ("复议", "诉讼")
TRIGGER_SHARED = 2      # character pairs the phrases before two deemed consequences share: one trigger
RULE_MATTER = 3         # content bigrams a rule-making clause shares with the article: the same matter's rules


# a reservation that defers to the law (法律规定行政机关可以自行强制执行的，依照其规定 / ……的，从其规定): the enforcement it
# names is the law's case, not the clause's own (round 27 wave 2, guard27b)
RESERVATION_RX = re.compile(r"(?:法律|法规)[^。；，]{0,8}规定[^。；]{0,40}的[，,][^。；，]{0,4}(?:依照|从|按照|适用)其规定")


def read_enforcement(reading: Reading) -> None:
    clause, upper = reading.clause.text, reading.upper.text
    reserved = [r.span() for r in RESERVATION_RX.finditer(clause)]
    own = next((m for m in SELF_ENFORCEMENT_RX.finditer(clause)
                if not any(a <= m.start() < b for a, b in reserved)), None)
    if own is None:
        return
    sentence = clause[slice(*bounds(clause, own.start(), CLAUSE_END))]
    court = COURT_ENFORCEMENT_RX.search(upper)
    if court is not None and COURT not in sentence and not SELF_ENFORCEMENT_RX.search(upper):
        clause_span = phrase(clause, own.start())
        upper_span = phrase(upper, court.start())
        reading.add("body_changed", grade("body_changed", {"case": "court_enforcement"},
                                          clause=clause[clause_span[0]:clause_span[1]],
                                          upper=upper[upper_span[0]:upper_span[1]]),
                    clause_span, upper_span)
    wait = REMEDY_WAIT_RX.search(upper)
    # a clause citing the article itself (依照《行政强制法》第四十四条予以公告) carries its conditions with the citation
    if wait is not None and not reading.cites_upper and not any(w in clause for w in REMEDY_WORDS):
        upper_span = phrase(upper, wait.start())
        reading.add("condition_removed", grade("condition_removed", {"case": "remedy_wait"},
                                               condition=upper[upper_span[0]:upper_span[1]]),
                    phrase(clause, own.start()), upper_span)


# a legal fiction on a party's silence or delay: the case is its not acting in time (逾期未提出的, 无正当理由不参加的, 满二个
# 月仍不领取的) and what is deemed is its own loss or assent (视为无异议, 视为撤回申请, 视为放弃, 视为自动退出)
SILENCE_RX = re.compile(r"(?:逾期|期满|届满|到期|无正当理由|拒不|仍)[^，。；]{0,3}?(?:未|不|没有)|^[^，。；]{0,12}?(?:未按(?:期|时|规定)|未在)")
PARTY_LOSS_RX = re.compile(r"^(?:视为|视同|即视为)(?:其|当事人|申请人)?(?:自动|自愿|主动)?"
                           r"(?:放弃|撤回|撤销|退出|终止|无异议|没有异议|认可|同意|承认|接受|默认|不再)")


def read_deemed(reading: Reading) -> None:
    clause, upper = reading.clause.text, reading.upper.text
    ours = list(DEEMED_RX.finditer(clause))
    if not ours:
        return
    if not DEEMED_RX.search(upper):
        read_deemed_added(reading, ours)
        return
    for theirs in DEEMED_RX.finditer(upper):
        trigger = cjk_pairs(_trigger(upper, theirs.start()))
        for mine in ours:
            if len(trigger & cjk_pairs(_trigger(clause, mine.start()))) < TRIGGER_SHARED:
                continue
            if cjk_pairs(theirs.group()[2:]) & cjk_pairs(mine.group()[2:]) \
                    and _negated(theirs.group()[2:]) == _negated(mine.group()[2:]):
                break          # the same consequence, in other words (视为受理 / 视为尚未受理: its opposite)
            reading.add("consequence_changed",
                        grade("consequence_changed", {"case": "deemed"}, upper=theirs.group(), clause=mine.group()),
                        (mine.start(), mine.end()), (theirs.start(), theirs.end()))
            break


def read_deemed_added(reading: Reading, ours: list[re.Match]) -> None:
    """A fiction the article does not attach, attached by the clause to a party's silence or delay (被审计单位……逾期未
    提出的，视为无异议 against 审计法 第四十四条's 十日内……送交书面意见): its loss or assent presumed, a change of its own
    kind (round 30, upperK30). Not a fiction of the body's own silence (逾期未作决定的，视为准予延续: the party's gain)."""
    clause = reading.clause.text
    for mine in ours:
        if not PARTY_LOSS_RX.match(mine.group()):
            continue
        s, _ = bounds(clause, mine.start(), PHRASE_END)
        trigger = clause[bounds(clause, max(0, s - 2), PHRASE_END)[0]:mine.start()]
        if not SILENCE_RX.search(trigger):
            continue
        reading.add("consequence_changed", grade("consequence_changed", {"case": "deemed_added"}, clause=mine.group(),
                                                 trigger=trigger.strip("，,")),
                    (mine.start(), mine.end()), None)
        return


# a deemed consequence negated (视为未受理, 视为不予受理, 视为尚未提出): the opposite of the same words unnegated
_NEGATION = re.compile(r"^(?:尚|仍|已)?(?:未|不|没有|无|不予)")


def _negated(consequence: str) -> bool:
    return bool(_NEGATION.match(consequence))


def _trigger(text: str, at: int) -> str:
    """The phrase before the deemed consequence at ``at`` (逾期不告知的) and the words before it in its phrase."""
    s, _ = bounds(text, at, PHRASE_END)
    before_s, _ = bounds(text, max(0, s - 2), PHRASE_END)
    return text[before_s:at]


# how high a body stands: a lower one taking a higher one's rule-making power is another body than the law's
LEVEL = {"central": 4, "province": 3, "county_up": 2, "local_gov": 1, "local_dept": 1, "township": 0}
RESERVED_LEVEL = 3      # rule-making the article gives to a province or the State Council
# 由直辖市、市、县人民政府……制定: a national text sharing a power out among the levels, not a lower body taking it
LEVEL_LIST = re.compile(r"(?:省|自治区|直辖市|市|县)[、，](?:自治区|直辖市|市|县|区)")


def read_rule_maker(reading: Reading) -> None:
    clause, upper = reading.clause.text, reading.upper.text
    ours = [(m, _level(m.group())) for m in RULE_MAKER_RX.finditer(clause) if not LEVEL_LIST.search(m.group())]
    ours = [(m, level) for m, level in ours if level is not None]
    if not ours:
        return
    for theirs in RULE_MAKER_RX.finditer(upper):
        level = _level(theirs.group())
        if level is None or level < RESERVED_LEVEL:
            continue
        about = _rule_matter(upper) - cjk_pairs(theirs.group())     # what the unit is about (工本费 of 收费办法)
        for mine, my_level in ours:
            if my_level >= level:
                continue
            if named_alternative(theirs.group(), mine.group()):
                continue       # round 31 (look31): 由省、自治区、直辖市人民政府或者设区的市级人民政府确定 — the clause's
                #                设区的市级人民政府 is one of the bodies the article lets make the rule
            if _PUBLISHED.search(mine.group()) and not _PUBLISHED.search(theirs.group()):
                continue       # 结算标准由市社会保险行政部门定期向社会公布: publishing a figure is not making the rule
            if _UNDER_NATIONAL.search(clause[slice(*bounds(clause, mine.start(), CLAUSE_END))]):
                continue       # 由市财政部门、市价格主管部门按照国家有关规定制定: applying the national rule, not taking it
            if restates_elsewhere(reading, mine, theirs):
                continue       # 由县城镇排水主管部门通过招标投标方式……确定 restates the article's 由城镇排水主管部门……确定, not
                #                its 具体办法由国务院……制定
            if not rule_object(clause, mine.start()) & cjk_pairs(upper):
                continue       # 协议出让的地价标准 is not the 使用管理办法 of 土地有偿使用费 the article reserves
            mine_about = _rule_matter(clause[slice(*bounds(clause, mine.start(), CLAUSE_END))]) - cjk_pairs(mine.group())
            if len(about & mine_about) < RULE_MATTER:
                continue       # another matter's rules (由国务院公安部门确定 of 枪支 for a 居住证 clause)
            reading.add("body_changed", grade("body_changed", {"case": "rule_maker"},
                                              upper=theirs.group(), clause=mine.group()),
                        (mine.start(), mine.end()), (theirs.start(), theirs.end()))
            return


_PUBLISHED = re.compile(r"公布$")


def restates_elsewhere(reading: Reading, mine: re.Match, theirs: re.Match) -> bool:
    """Whether the clause's 由……制定/确定 at ``mine`` is aligned with the article outside the sentence of its rule
    maker ``theirs`` (most of its aligned characters stand in other sentences): it restates another body's act of the
    article, not the rule making reserved to a higher body."""
    clause, upper = reading.clause, reading.upper
    t_start, t_end = bounds(upper.text, theirs.start(), CLAUSE_END)
    aligned = [reading.clause_to_upper[k] for k, start in enumerate(clause.starts)
               if mine.start() <= start < mine.end() and reading.clause_to_upper[k] >= 0]
    if len(aligned) < RESTATED_ALIGNED:
        return False
    outside = sum(1 for j in aligned if not t_start <= upper.starts[j] < t_end)
    return outside > len(aligned) / 2


RESTATED_ALIGNED = 4    # characters of a clause's rule maker aligned with the article before where they stand counts
_OBJECT_TAIL = re.compile(r"(?:的|之)?(?:具体)?(?:收费)?(?:标准|办法|细则|比例|数额|条件)?(?:的)?[，,、\s]*(?:均|统一|一律|其)?$")
OBJECT_CHARS = 3        # characters of the noun before 由……制定 that name what the rules are of (地价, 工本费, 收费)


def rule_object(text: str, at: int) -> set[str]:
    """The character pairs of what the rules made at ``at`` (由……制定) are of: the last ``OBJECT_CHARS`` characters
    of the phrase before it, rule words aside (居住证工本费的收费标准 → 的收费 → 收费; 协议出让土地使用权的地价标准 → 地价).
    No phrase before it: everything (a rule maker without a named object is judged on the matter alone)."""
    s, _ = bounds(text, at, CLAUSE_END)
    before = _OBJECT_TAIL.sub("", text[s:at])
    if not before:
        return cjk_pairs(text[s:at]) or {"*"}
    tail = before[-OBJECT_CHARS:].replace("的", "|")
    found = cjk_pairs(tail) | ({"收费"} if "收费" in text[s:at] else set())
    return found or {"*"}

# applying a higher level's rule: 按照国家有关规定, 依照省定价目录 (the province's catalogue says which level prices)
_UNDER_NATIONAL = re.compile(r"(?:按照|依照|根据|依据)(?:国家|省|自治区|直辖市|上级)[\u4e00-\u9fff]{0,6}?(?:规定|标准|办法|目录)")
_RULE_WORDS = re.compile(r"具体办法|实施办法|办法|细则|条件|标准")


def _rule_matter(text: str) -> frozenset:
    """What a text making or reserving rules is about: its matter bigrams without the bodies it names and the
    words of any rule-making (具体办法, 条件: 公共租赁住房的具体办法由市人民政府制定 shares nothing with 义务教育法's
    具体办法由省、自治区、直辖市规定)."""
    return matter_bigrams(_RULE_WORDS.sub("|", ACTOR_RX.sub("|", text)))


_ALTERNATIVE = re.compile(r"或者|或")


def named_alternative(theirs: str, mine: str) -> bool:
    """Whether the article's rule maker ``theirs`` names alternative bodies (A或者B) and one of them stands at the level of
    the clause's rule maker ``mine`` or below it (review.compare.levels.level_of: 设区的市 2, 县 1): the clause chose one of
    the bodies the article allows."""
    from .levels import level_of

    if not _ALTERNATIVE.search(theirs):
        return False
    my_level = level_of(mine)
    if my_level is None:
        return False
    levels = [level_of(part) for part in _ALTERNATIVE.split(theirs)]
    return any(level is not None and level <= my_level for level in levels)


def _level(words: str) -> int | None:
    """The level of the highest body named in ``words`` (None when it names none)."""
    levels = [LEVEL[kind] for *_, kind in actors(words) if kind in LEVEL]
    return max(levels) if levels else None
