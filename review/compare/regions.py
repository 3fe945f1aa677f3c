"""Unaligned stretches: what the clause put in place of the upper text, what it added, what it left out.

Every unaligned stretch of the clause is paired with the upper stretch between the same two anchors (a
replacement: 应当→可以, an added condition); where the anchors are out of order (a moved item) with the upper
text just before the right anchor; at the clause's end or start with the rest or the start of that upper
sentence. Upper text left unaligned inside a restated sentence is then read as a deletion (a dropped duty).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from .figures import compare_figures, said_elsewhere
from .grading import grade
from .modals import read_modals
from .normalise import MODAL_CLASSES, PUNCT_RX
from ..sentences import sentence_spans
from .phrases import CLAUSE_END, PHRASE_END as PHRASE_END_MARKS, bounds, chunks_matching, phrase
from .roles import ORGAN, PARTY, actors, role_at, role_of
from .vocabulary import (ACTOR_RX, ADDED_EXCEPTION_RX, AGGRAVATE_RX, CITED_BASIS_RX, CONDITION_KIN_RXS, CONDITION_RX,
                         ENTITLEMENT_RX, GENERIC_PROVISO, INTERNAL_SIGNOFF_RX, JURISDICTION_RX, LOCAL_LEEWAY_RX,
                         MODAL_RX, ORGAN_COMMITMENT_RX, PROPOSAL_RX, PROTECTIVE_QUALIFIER_RX, PROTECTIVE_RX)

if TYPE_CHECKING:
    from .reading import Reading

MAX_GAP = 80            # an upper stretch between two anchors longer than this is not one replacement
MOVED_SLACK = 20        # a moved item's upper stretch may be twice the clause stretch plus this many characters
MIN_MATCH = 3           # inside a region, common runs shorter than this are not "the same text"


@dataclass(frozen=True, slots=True)
class Region:
    """An unaligned stretch of the clause [clause_start, clause_end) and the upper stretch
    [upper_start, upper_end) it stands in for; None on a side that has nothing at that place.

    ``anchored_left``: the characters just before both stretches are aligned with each other (the stretches
    follow the same anchor); ``anchored_right``: the characters just after them are. A stretch guessed from
    one anchor (the rest of an upper sentence where the clause ends, the upper text before a moved item's
    anchor) is anchored on that side only."""

    clause_start: int | None
    clause_end: int | None
    upper_start: int | None
    upper_end: int | None
    anchored_left: bool = False
    anchored_right: bool = False

    @property
    def has_clause(self) -> bool:
        return self.clause_start is not None

    @property
    def has_upper(self) -> bool:
        return self.upper_start is not None


def read_regions(reading: Reading) -> None:
    """Every unaligned stretch of the clause read against the upper stretch it stands in for."""
    clause_len, upper_len = len(reading.clause.chars), len(reading.upper.chars)
    to_upper, sentence = reading.clause_to_upper, reading.upper_sentence
    i = 0
    while i < clause_len:
        if to_upper[i] >= 0:
            i += 1
            continue
        cs = i
        while i < clause_len and to_upper[i] < 0:
            i += 1
        ce = i
        after_left_anchor = to_upper[cs - 1] + 1 if cs > 0 else None
        right_anchor = to_upper[ce] if ce < clause_len else None
        us = ue = None
        left = right = False
        if after_left_anchor is not None and right_anchor is not None:
            if (after_left_anchor <= right_anchor and right_anchor - after_left_anchor <= MAX_GAP
                    and all(reading.is_unread(j) for j in range(after_left_anchor, right_anchor))):
                us, ue = after_left_anchor, right_anchor
                left = right = True
            elif right_anchor > 0 and reading.is_unread(right_anchor - 1):
                # anchors out of order (a moved item): read what precedes the right anchor
                x = right_anchor
                while (x > 0 and reading.is_unread(x - 1) and sentence[x - 1] == sentence[right_anchor]
                       and right_anchor - x < 2 * (ce - cs) + MOVED_SLACK):
                    x -= 1
                us, ue = x, right_anchor
                right = True
        elif after_left_anchor is not None:  # the clause ends here: the rest of that upper sentence
            x = after_left_anchor
            while (x < upper_len and reading.is_unread(x) and sentence[x] == sentence[after_left_anchor]
                   and x - after_left_anchor < MAX_GAP):
                x += 1
            us, ue = after_left_anchor, x
            left = True
        elif right_anchor is not None:  # the clause starts here: the start of that upper sentence
            x = right_anchor
            while (x > 0 and reading.is_unread(x - 1) and sentence[x - 1] == sentence[right_anchor]
                   and right_anchor - x < MAX_GAP):
                x -= 1
            us, ue = x, right_anchor
            right = True
        if us is not None:
            for j in range(us, ue):
                reading.upper_read[j] = True
        read_region(reading, Region(cs, ce, us, ue, anchored_left=left, anchored_right=right))


def read_deletions(reading: Reading) -> None:
    """Upper text left out inside a sentence the clause restates."""
    upper_len = len(reading.upper.chars)
    sentence = reading.upper_sentence
    restated = reading.restated_sentences()
    lead_ins = {sentence[j] for j in range(upper_len) if reading.upper.text[reading.upper.ends[j]:].lstrip()[:1] in "：:"}
    j = 0
    while j < upper_len:
        if not reading.is_unread(j) or sentence[j] not in restated or sentence[j] in lead_ins:
            j += 1      # a lead-in (听证应当依照以下程序组织：) introduces the items; it holds no duty of its own
            continue
        us = j
        while j < upper_len and reading.is_unread(j) and sentence[j] == sentence[us]:
            j += 1
        to_clause = reading.upper_to_clause
        left = us > 0 and to_clause[us - 1] >= 0
        right = j < upper_len and to_clause[j] >= 0
        read_region(reading, Region(None, None, us, j, anchored_left=left, anchored_right=right))


def read_region(reading: Reading, region: Region) -> None:
    clause, upper = reading.clause, reading.upper
    cs, ce, us, ue = region.clause_start, region.clause_end, region.upper_start, region.upper_end
    clause_source = clause.span(cs, ce) if region.has_clause and ce > cs else None
    upper_source = upper.span(us, ue) if region.has_upper and ue > us else None

    # quantities standing in for each other
    if region.has_clause and region.has_upper:
        clause_quantities = [clause.quantities[k] for k in range(cs, ce) if k in clause.quantities]
        upper_quantities = [upper.quantities[k] for k in range(us, ue) if k in upper.quantities]
        for upper_quantity in upper_quantities:
            for clause_quantity in clause_quantities:
                if clause_quantity.dim == upper_quantity.dim:
                    if said_elsewhere(reading, upper_quantity, clause_quantity):
                        reading.clause_figures_read.add(clause_quantity.start)   # (figures.said_elsewhere)
                    else:
                        compare_figures(reading, upper_quantity, clause_quantity)
                    clause_quantities.remove(clause_quantity)
                    break

    read_modals(reading, region)
    for s, e in _added_spans(reading, region):
        _read_addition(reading, s, e, upper_source)
    for s, e in _removed_spans(reading, region):
        _read_removal(reading, s, e, clause_source)


def _unmatched_runs(mine: str, other: str, mine_is_b: bool) -> list[tuple[int, int]]:
    """Index runs of ``mine`` not covered by a matching block (of MIN_MATCH or more characters) with ``other``."""
    matched = [False] * len(mine)
    if other:
        a, b = (other, mine) if mine_is_b else (mine, other)
        for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
            if block.size >= MIN_MATCH:
                start = block.b if mine_is_b else block.a
                for x in range(start, start + block.size):
                    matched[x] = True
    out = []
    k = 0
    while k < len(mine):
        if matched[k]:
            k += 1
            continue
        s = k
        while k < len(mine) and not matched[k]:
            k += 1
        out.append((s, k))
    return out


def _added_spans(reading: Reading, region: Region) -> list[tuple[int, int]]:
    """Source spans of the clause stretch not matched inside the upper stretch."""
    cs, ce, us, ue = region.clause_start, region.clause_end, region.upper_start, region.upper_end
    if cs is None or ce <= cs:
        return []
    upper_chars = reading.upper.chars[us:ue] if us is not None else ""
    return [reading.clause.span(cs + s, cs + k)
            for s, k in _unmatched_runs(reading.clause.chars[cs:ce], upper_chars, mine_is_b=True)]


def _removed_spans(reading: Reading, region: Region) -> list[tuple[int, int]]:
    """Source spans of the upper stretch not matched inside the clause stretch."""
    cs, ce, us, ue = region.clause_start, region.clause_end, region.upper_start, region.upper_end
    if us is None or ue <= us:
        return []
    clause_chars = reading.clause.chars[cs:ce] if cs is not None else ""
    return [reading.upper.span(us + s, us + k)
            for s, k in _unmatched_runs(reading.upper.chars[us:ue], clause_chars, mine_is_b=False)]


def _read_addition(reading: Reading, s: int, e: int, upper_source: tuple[int, int] | None) -> None:
    """Clause text [s, e) that the upper text lacks: an exception, a condition, an aggravating word, 等."""
    text = reading.clause.text
    added = text[s:e]
    core = PUNCT_RX.sub("", added)
    if len(core) < 2:
        if core == "等":
            reading.add("scope_changed", grade("scope_changed", {"case": "etc_added"}), (s, e), upper_source)
        return
    upper_region = reading.upper.text[upper_source[0]:upper_source[1]] if upper_source else ""
    member = added_penal_member(reading, s, e)
    if member is not None:
        word = text[member[0]:member[1]].lstrip("、或者")
        reading.add("scope_changed", grade("scope_changed", {"case": "penal_member_added"}, word=word),
                    member, upper_source)
        return
    exception = ADDED_EXCEPTION_RX.search(added)
    if exception and exception.group().startswith("但") and CONDITION_RX.search(added):
        exception = None  # "但申请人须提供…" adds a condition rather than an exception
    if exception and not ADDED_EXCEPTION_RX.search(upper_region):
        span = chunks_matching(text, s, e, ADDED_EXCEPTION_RX) or (s, e)
        if GENERIC_PROVISO in text[slice(*bounds(text, span[0], CLAUSE_END))]:
            return   # 法律、法规另有规定的除外: a reservation of other law, whose words the upper text may share
        reading.add("exception_added", grade("exception_added", {"case": "exception"}, added=text[span[0]:span[1]]),
                    span, upper_source)
        return
    # a modal verb where the upper text has one at that place (必须 for 可以) is read as a modal, not a condition
    said = MODAL_RX.sub("", added) if MODAL_RX.search(upper_region) else added
    if "承诺" in said and any(m.start() < e and s < m.end() for m in ORGAN_COMMITMENT_RX.finditer(text)):
        said = said.replace("承诺", "|")   # 县不动产登记中心……承诺: the body's own service standard, its name matched
    if new_condition(said, reading.upper.text) and not organ_option(text, s):
        span = chunks_matching(text, s, e, CONDITION_RX) or (s, e)
        clause_sentence = text[slice(*bounds(text, s, CLAUSE_END))]
        # the article lets local bodies set the terms (可以……作出规定): a stricter local term is its use, not a change
        facts = {"case": "condition", "leeway": bool(LOCAL_LEEWAY_RX.search(reading.upper.text)),
                 "cited_basis": bool(CITED_BASIS_RX.search(clause_sentence))}
        reading.add("condition_added", grade("condition_added", facts, added=text[span[0]:span[1]]),
                    span, upper_source)
        return
    aggravating = AGGRAVATE_RX.search(added)
    if aggravating and aggravating.group() not in upper_region \
            and not restated_universal_ban(text, s + aggravating.end(), reading.upper.text):
        reading.add("scope_changed",
                    grade("scope_changed", {"case": "aggravating_word_added"}, word=aggravating.group()),
                    (s, e), upper_source)


# round 38 (up38): a word of "always" (一律, 全部) put before a prohibition the article already lays on every case
# (人民调解委员会调解民间纠纷，不收取任何费用 → 一律不收取任何费用; 任何单位和个人不得 → 一律不得): the same ban, no burden added
_BAN_AFTER = __import__("re").compile(r"\s*(?:不得|不予|不再|禁止|严禁|不)([\u4e00-\u9fff]{2})")


def restated_universal_ban(text: str, pos: int, upper: str) -> bool:
    """Whether the clause's word of "always" ending at ``pos`` stands before a prohibition (不收取, 不得收取) whose act
    ``upper`` prohibits too, for any case: 任何 in the article's prohibition, or no case of its own before it."""
    ban = _BAN_AFTER.match(text, pos)
    if ban is None:
        return False
    act = ban.group(1)
    for m in __import__("re").finditer(r"(?:不得|不予|不再|禁止|严禁|不)" + act, upper):
        sentence = upper[max(upper.rfind(ch, 0, m.start()) for ch in "。；;\n") + 1:]
        if "任何" in sentence[:sentence.find("。") if "。" in sentence else None] or "的，" not in upper[:m.start()][-30:]:
            return True
    return False


_MEMBER_RX = __import__("re").compile(r"(?:、|或者)[\u4e00-\u9fff]{2,10}?(?=、|或者|的[，,])")
_TRIGGER_RX = __import__("re").compile(r"[^，,。；]*?(?=的[，,])")


def added_penal_member(reading: Reading, s: int, e: int) -> tuple[int, int] | None:
    """The span of the list member the clause added at [s, e) to the conduct a sanction of the upper text is for
    (饮酒后驾驶机动车、电动自行车的，处暂扣……: the article punishes driving a 机动车 only): a member joined by 、 or 或者
    in the trigger of a penal sentence (before its 的，), the trigger without it standing in a penal sentence of the
    upper text as written; None otherwise."""
    from .vocabulary import MODAL_RX, PENAL_RX

    text, upper = reading.clause.text, reading.upper.text
    cs, ce = bounds(text, s, CLAUSE_END)
    trigger = _TRIGGER_RX.match(text[:ce], cs)
    if trigger is None or not (cs <= s < trigger.end()) or not PENAL_RX.search(text, trigger.end(), ce):
        return None
    for member in _MEMBER_RX.finditer(text, cs, trigger.end() + 2):
        if member.end() <= s or member.start() >= e or MODAL_RX.search(member.group()):
            continue
        reduced = text[cs:member.start()] + text[member.end():trigger.end()]
        at = upper.find(reduced + "的")
        if len(reduced) >= 4 and at >= 0 and upper[at + len(reduced) + 1:at + len(reduced) + 2] in "，," \
                and PENAL_RX.search(upper, at, bounds(upper, at, CLAUSE_END)[1]):
            return member.start(), member.end()
    return None


# a prohibition or release before a condition word in its phrase (不得要求……提供, 无需提交): protective, not a condition
_FORBIDS_BEFORE = re.compile(r"不得|禁止|严禁|不再|无需|无须|不需要|免予|免于")


def new_condition(added: str, upper_text: str) -> bool:
    """Whether text the clause added states a condition the upper text lacks: a condition word that is not a
    local name for the upper text's place (本省), not already in the upper text, nor a word of the same kin
    (提供 for 提交), and not the body's internal sign-off (经委领导同意)."""
    rest = INTERNAL_SIGNOFF_RX.sub("", JURISDICTION_RX.sub("", ORGAN_COMMITMENT_RX.sub("", added)))
    rest = ACTOR_RX.sub("|", rest)      # a body's name (县行政审批服务局) holds 审批 but sets no condition
    for m in CONDITION_RX.finditer(rest):
        word = m.group()
        if word in upper_text:
            continue
        if _FORBIDS_BEFORE.search(rest[max(rest.rfind(c, 0, m.start()) for c in "，,。；;") + 1:m.start()]):
            continue   # 不得要求申请人提供其他证明材料: the body forbidden to ask, no condition on the public
        if any(rx.fullmatch(word) and rx.search(upper_text) for rx in CONDITION_KIN_RXS):
            continue
        return True
    return False


def organ_option(text: str, pos: int) -> bool:
    """Whether the sentence at ``pos`` lets a public body do more for the public (具备条件的，可以当场制发): its
    condition is on the body's own extra service, not a condition the public must meet."""
    s, e = bounds(text, pos, CLAUSE_END)
    sentence = text[s:e]
    modal = MODAL_RX.search(sentence)
    if modal is None or modal.lastgroup != "may" or any(role_of(k) == PARTY for *_, k in actors(sentence)):
        return False
    return role_at(text, s + modal.start()) == ORGAN


# characters that carry no matter of an act (a bigram holding one is left out when an act's words are counted)
_FUNCTION_CHARS = set("的将把对向由以和与及或者并在于其之所被为了后前时")
ABBREVIATED_SHARE = 0.5     # the share of an act's content bigrams a clause restating it in fewer words keeps
# a generic name of the public body a clause speaks of as 县XX局 (its duty is the clause's own)
_GENERIC_BODY_RX = re.compile(r"行政机关|人民政府|主管部门|行政部门|管理部门|执法|机构负责人|本机关")
_BODY_SPLIT_RX = re.compile(r"[、和及与]|或者")
_BODY_END_RX = re.compile(r"(机构|部门|机关|单位|局|委员会|委|办|政府|中心|银行|公司|企业|组织|所|站|院)$")


def _content_bigrams(text: str) -> set[str]:
    core = PUNCT_RX.sub("", text)
    return {core[i:i + 2] for i in range(len(core) - 1)
            if not (set(core[i:i + 2]) & _FUNCTION_CHARS)}


def said_otherwise(act: str, clause: str) -> bool:
    """Whether the clause states the act a removed duty requires in its own, shorter words: most of the act's
    content bigrams stand in the clause (并告知申请人理由 for 应当将延长期限的理由告知申请人) — an abbreviation, not a
    duty dropped. (Not asked of a prohibition: 应当以审计结果作为结算依据 for 不得强制要求以审计结果作为结算依据 states
    the prohibited act, reversed.)"""
    wanted = _content_bigrams(act)
    if len(wanted) < 3:
        return False
    kept = wanted & _content_bigrams(clause)
    return len(kept) >= ABBREVIATED_SHARE * len(wanted)


def another_body(before_modal: str, clause: str) -> bool:
    """Whether a removed duty is held by a body the clause does not speak of (有关金融机构和登记部门应当予以配合 left
    out of a clause on the 人社部门's inquiry): named before its modal verb, no generic name of the clause's own
    body, and none of its names in the clause."""
    holder = re.sub(r"^(?:并|且|但是?|同时|有关|相关)+", "", before_modal.strip())
    if len(holder) < 2 or _GENERIC_BODY_RX.search(holder) or not ACTOR_RX.search(holder):
        return False
    names = [re.sub(r"^(?:有关|相关)", "", PUNCT_RX.sub("", n)) for n in _BODY_SPLIT_RX.split(holder)]
    names = [n for n in names if n]
    # bodies, not the party the law speaks to (申请人可以口头提出 is the applicant's right, not another body's duty)
    return bool(names) and all(len(n) >= 2 and n not in clause and _BODY_END_RX.search(n) for n in names)


_JOINED_RX = re.compile(r"[，,、\s]*(?:并且|并|且|同时|以及)")   # 并应当告知……: a duty joined to the act restated
_CAP_AFTER_RX = re.compile(r"(?:超过|低于|少于|多于|高于)")      # 不得超过……10倍: a bound on a figure, no predicate


def another_part(reading: Reading, offset: int, s: int, e: int) -> bool:
    """Whether the upper modal verb at source ``offset``, left out with its whole predicate (upper text [s, e) holds it
    up to the next modal verb or its clause's end, none of it restated), belongs to a part of the article the clause
    does not restate: the clause's own modal verbs stand for other modal verbs of the article (it restates another
    predicate: 不得……歧视 for 应当提供……，不得……歧视; 还应当引导、护送 for 应当告知……；还应当引导、护送), and the left-out
    predicate is not joined to one it restates (并应当将延长期限的理由告知申请人 after 可以延长十日: the same act's duty)."""
    from .modals import refusal_of

    text, upper, clause = reading.upper.text, reading.upper, reading.clause
    phrase_start = bounds(text, offset, PHRASE_END_MARKS)[0]
    if _JOINED_RX.match(text, phrase_start) or (offset > 0 and text[offset - 1] in "并且"):
        return False
    _, clause_end = bounds(text, offset, CLAUSE_END)
    following = MODAL_RX.search(text, offset + 1, clause_end)
    predicate_end = following.start() if following and following.start() > offset + 1 else clause_end
    if re.search(r"[\u4e00-\u9fff]", text[e:predicate_end]):
        return False        # the rest of the predicate is restated: a duty dropped from the predicate the clause restates
    modal = MODAL_RX.match(text, offset)
    if modal is not None and modal.lastgroup == "may" and refusal_of(clause.text, text[modal.end():predicate_end]):
        return False        # the clause speaks of that act, refusing the right (不接受口头申请: read_denied_rights)
    # where the clause's modal verbs stand in the article (a bound said with its figure, 不得超过10%, is one placeholder
    # of the comparison: read by the source offset); a bound the clause adds (不得超过其净资产的10倍) lays no predicate
    stands_for = []
    for m in MODAL_RX.finditer(clause.text):
        j = reading.clause_to_upper[clause.index_at(m.start())]
        if j < 0 and _CAP_AFTER_RX.match(clause.text, m.end()):
            continue
        stands_for.append(upper.starts[j] if j >= 0 else -1)
    if not stands_for:
        return False        # a clause with no modal verb of its own (补偿标准……确定) restates no other predicate
    return all(at >= 0 and not s <= at < e for at in stands_for)


# a sentence's topic named as a body by how its name ends (保险机构按照……约定，可以……): whose right or duty it lays
_TOPIC_BODY_RX = re.compile(r"^(?:并|且|同时|有关|相关)*([\u4e00-\u9fff]{2,12}?(?:机构|部门|机关|单位|局|委员会|政府|中心|公司|企业|组织))")


def named_as_object(upper: str, offset: int, clause: str) -> bool:
    """Whether the right or duty at ``offset`` of the upper text is held by a body (the topic of its sentence, named
    by its suffix) that the clause names only after its own modal verbs, as the one its bearer assists or must leave
    alone (村民委员会……应当协助保险机构……，不得干预保险机构……): the clause lays another bearer's duties, it does not
    restate that body's right (保险机构……可以采取抽样方式……核定损失程度)."""
    start, _ = bounds(upper, offset, "。；;\n")
    holder = _TOPIC_BODY_RX.match(upper[start:offset])
    if holder is None or _GENERIC_BODY_RX.search(holder.group(1)):
        return False
    name = holder.group(1)
    if name not in clause:
        return False
    for a, b in sentence_spans(clause):
        first_modal = MODAL_RX.search(clause, a, b)
        topic_end = first_modal.start() if first_modal else b
        if name in clause[a:topic_end]:
            return False     # the clause names it as a bearer too
    return True


def of_another_body(reading: Reading, s: int, at: int) -> bool:
    """Whether the qualifier at ``at`` of the upper text (removed with [s, …)) qualifies the act of a body the clause
    does not speak of, left out whole (人民法院应当及时对调解协议进行审查 of a clause restating only the parties' right to
    apply for confirmation): the modal verb before it in its phrase is removed too and its holder is another body."""
    text = reading.upper.text
    ps, _ = phrase(text, at)
    modal = None
    for m in MODAL_RX.finditer(text, max(ps, s), at):
        modal = m
    if modal is None:
        return False
    holder = re.sub(r"^(?:并|且|但是?|同时|有关|相关)+", "", PUNCT_RX.sub("", text[ps:modal.start()]))
    if len(holder) < 2 or not _BODY_END_RX.search(holder) or not ACTOR_RX.fullmatch(holder):
        return False
    clause = reading.clause.text
    # named in the clause only as the body applied to (向人民法院申请): not as the one bearing the act
    return all(clause[max(0, m.start() - 1):m.start()] in ("向", "报", "经", "请") for m in re.finditer(re.escape(holder), clause))


# a prohibition used as an attribute of a place or a thing (在禁止停车的地点, 驶入禁止通行的路段, 进入禁止区域): the
# word names where the law forbids something, the sentence lays no prohibition with it
_PLACE_BEFORE = re.compile(r"(?:在|于|到|至|进入|驶入|通过|经过|穿越|途经)$")
_ATTRIBUTE_AFTER = re.compile(r"^[^，。；、的]{0,8}的?(?:地点|地段|路段|区域|场所|地区|范围|水域|时段|道路|街道)")


def attributive_prohibition(text: str, offset: int, length: int) -> bool:
    """Whether the prohibition word at ``offset`` names a place the law forbids something in (above)."""
    return bool(_PLACE_BEFORE.search(text[max(0, offset - 4):offset])
                and _ATTRIBUTE_AFTER.match(text[offset + length:offset + length + 14]))


def permission_as_condition(clause: str, source: tuple[int, int] | None) -> bool:
    """Whether the clause's phrase at ``source`` is a condition (……的，) that a rule of the clause follows: the act the
    article permits is presupposed by the clause, not withdrawn."""
    if not source:
        return False
    a, b = phrase(clause, source[0])
    return clause[a:b].endswith("的") and clause[b:b + 1] in ("，", ",")


def _read_removal(reading: Reading, s: int, e: int, clause_source: tuple[int, int] | None) -> None:
    """Upper text [s, e) that the clause lacks: 等, a protective qualifier, a duty, right or prohibition."""
    text = reading.upper.text
    removed = text[s:e]
    core = PUNCT_RX.sub("", removed)
    if not core:
        return
    if clause_source is None:
        offset = reading.clause_offset_near(reading.upper.index_at(s))
        clause_source = phrase(reading.clause.text, offset)
    if core == "等":
        reading.add("scope_changed", grade("scope_changed", {"case": "etc_removed"}), clause_source, (s, e))
        return
    qualifier = PROTECTIVE_QUALIFIER_RX.search(removed)
    if qualifier and qualifier.group() not in reading.clause.text \
            and not of_another_body(reading, s, s + qualifier.start()):
        reading.add("scope_changed",
                    grade("scope_changed", {"case": "protective_qualifier_removed"}, word=qualifier.group()),
                    clause_source, (s, e))
    modals = list(MODAL_RX.finditer(removed))
    if not modals or len(core) <= 3:
        return
    if any(s <= start < e for start in reading.upper_figures_read):
        return   # 不得少于30日 restated as 四十五日: the figure was compared, the limit is not dropped
    # the clause's sentence at that place: does it state the duty from the holder's side, or as a proposal?
    said = reading.clause.text[slice(*bounds(reading.clause.text, clause_source[0], CLAUSE_END))] \
        if clause_source else ""
    if ENTITLEMENT_RX.search(said) or PROPOSAL_RX.search(said):
        return   # 持有人享有 for 机关应当提供 (the duty seen from the holder), 建议撤销 for 应当决定撤销 (an internal step)
    for m in modals:
        offset = s + m.start()
        rest = removed[m.end():]
        if len(PUNCT_RX.sub("", rest)) < 2 or offset in reading.paired_upper_modals:
            continue  # the verb after the modal is kept, or the modal was replaced: read as a modal change
        ps, pe = phrase(text, offset)
        span = (max(ps, s), min(pe, e))
        # a duty said in the clause's shorter words (并告知申请人理由 for 应当将延长期限的理由告知申请人) — not a right or
        # permission, whose words a clause repeats to refuse it (不接受口头申请 for 申请人可以口头提出); or a duty of
        # another body (金融机构……应当予以配合), not the clause's
        if (m.lastgroup == "must" and said_otherwise(text[s + m.end():max(pe, e)], reading.clause.text)) \
                or another_body(text[ps:offset], reading.clause.text):
            continue
        if m.lastgroup == "may" and permission_as_condition(reading.clause.text, clause_source):
            continue   # round 31 (look31): 经营快递业务的企业开办快递末端网点的，应当……备案 for 企业及其分支机构可以根据业务需要
            #            开办快递末端网点 — the permitted act is the condition the clause's rule hangs on, not refused
        if m.lastgroup == "not" and attributive_prohibition(text, offset, m.end() - m.start()):
            continue   # round 31 (look31): 确需在禁止停车的地点停车的 — a place named by what is forbidden there, inside
            #            a permission's condition: no prohibition of the article is dropped
        if another_part(reading, offset, s, e) or named_as_object(text, offset, reading.clause.text):
            continue   # 应当为残疾人职工提供……劳动保护 left out of a clause restating 不得……歧视残疾人职工: the clause restates the
            #            article's other predicate, this one it does not speak of
        facts = {"modal": m.lastgroup, "protective": bool(PROTECTIVE_RX.search(rest)), "role": role_at(text, offset),
                 "cited": reading.cites_upper}
        graded = grade("duty_removed", facts, phrase=text[span[0]:span[1]] or removed)
        if graded is not None:
            reading.add("duty_removed", graded, clause_source, span)
            return
