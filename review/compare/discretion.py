"""The force of the law's verb on an act, changed by the clause on that same act, where the two verbs stand apart in
the aligned text (read by the act, not by the place):

* a duty left to the body's judgement — the law's 应当/必须, the clause's 可以 or a discretion word (视情况, 酌情, 原则上,
  根据需要, 认为必要时: compare.discretion):
      应当依法给予补偿 → 县自然资源和规划局可以酌情给予适当补偿          (城乡规划法 第五十条第一款)
      应当进行复核 → 认为必要时进行复核                                (行政处罚法 第四十五条第一款)
      应当自形成之日起满二十五年向社会开放 → ……满二十五年的，原则上可以向社会开放 (档案法 第二十七条)
* a prohibition made a permission — the law's 不得/禁止, the clause's 可以:
      用人单位不得依照本法第四十条、第四十一条的规定解除劳动合同 → ……用人单位……可以依照劳动合同法第四十一条的规定解除
      其劳动合同 (劳动合同法 第四十二条)
* a right of the party refused — the law's 有权/可以 (the party's), the clause's 不予/不得/不接受:
      ……受到损害的，有权依法要求赔偿 → ……受到损害的，不予赔偿        (行政强制法 第八条第一款)

``read_modals`` pairs two modal verbs only at one place of the aligned text (the subject or the act kept next to
them); a clause that names its body before the verb and writes a qualifier after it (……局可以酌情给予……) puts them
apart, and a discretion word or a refusal (认为必要时, 不予) is no modal verb of the comparison at all. Here the act
decides: the upper verb governing the clause's act is the last one before the upper character the act's first aligned
character stands for, in that character's phrase; where none of the act is aligned, the verb of a restated upper
sentence whose act shares most of its content pairs (a tie between verbs of two classes decides nothing). The
clause's act must share SAME_ACT_SHARE of its content pairs (manner words aside: 依法, 适当, 及时) with the law's.
Guards: the clause's phrase lays its own duty (应当根据需要设立), the law's own 可以 governs an act as like the clause's
(档案法's 可以多于二十五年向社会开放, restated as 可以延期向社会开放), an exception or permission path of the law the
clause restates (情况紧急的，可以在夜间实施 for 不得在夜间……但是，情况紧急的除外; 经批准可以使用明火)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .grading import grade
from .matter import content_bigrams
from .normalise import MODAL_CLASS_NAMES
from .phrases import CLAUSE_END, PHRASE_END, SENTENCE_END, bounds
from .roles import PARTY, case_borne, role_at
from .vocabulary import DISCRETION_RX, ENTITLEMENT_RX, MANNER_RX, PROTECTIVE_RX, UPPER_EXCEPTION_RXS

if TYPE_CHECKING:
    from .reading import Reading

# the clause's 可以 (not 可以是/可以为, a copula) or a discretion word; its refusal of an act
_MAY_RX = re.compile(r"可以(?!是|为|包括|作为)|可(?=视|酌|根据|依法)")
_SPOT_RX = re.compile(f"(?P<may>(?:(?:{DISCRETION_RX.pattern})|{_MAY_RX.pattern})+)|"
                      r"(?P<not>不予(?:受理|接受)?|不接受|不受理|不得|不允许|不能|一律不)")
OWN_DUTY_RX = re.compile(r"应当|必须|须|一律")
# the clause's own path to the act the law forbids, or its own exception: what it permits is the law's exception
_PERMISSION_PATH_RX = re.compile(r"确需|确因[^，。；]{0,12}需要的|(?:经|报)[^，。；]{0,20}?(?:批准|同意|许可|审批|核准)|"
                                 r"除[^，。；]{1,30}外|但[^。；]{0,30}除外|紧急")
# a time limit right after the discretion word (原则上在十个工作日内, 一般于3日内): a service promise on the figure
_BOUNDED_TIME_RX = re.compile(r"(?:在|于|自[^，。；]{0,12}?起)?[\d０-９一二三四五六七八九十百两]+个?(?:工作日|日|天|小时|个月|月|年)(?:内|以内)")
# a prohibition whose act keeps another from the right (不得拒绝, 不得阻挠): it protects the right
_PROTECTED_RX = re.compile(r"[^，。；]{0,6}?(?:拒绝|阻挠|阻碍|妨碍|限制|剥夺|干涉|干预|刁难|拖延)")
_NOT_WORDS_RX = re.compile(r"不得|禁止|严禁")
# the law forbids in a negative case (未按……的，不得): the clause permitting in the positive case is its other side
_NEGATIVE_CASE_RX = re.compile(r"未|不符合|不具备|没有")
SAME_ACT_SHARE = 0.5    # of the clause's act's content pairs (manner words aside), in the law's act after its verb
# (clause spot, law's verb) read here: the law's class → the clause's class
_READ = {("may", "must"): "may", ("may", "not"): "may", ("not", "may"): "not"}


def read_discretion(reading: Reading) -> None:
    clause, upper = reading.clause, reading.upper
    ctext, utext = clause.text, upper.text
    read_at = {c.upper_start for c in reading.changes if c.kind == "modal"}
    for spot in _SPOT_RX.finditer(ctext):
        kind = spot.lastgroup
        words = spot.group()
        if kind == "may" and ENTITLEMENT_RX.match(ctext, spot.end()):
            continue   # 可以享受: a benefit, the right itself
        start, end = bounds(ctext, spot.start(), PHRASE_END)
        if kind == "may" and OWN_DUTY_RX.search(ctext, start, end):
            continue   # 应当根据需要设立: the clause keeps a duty of its own on the act
        if kind == "may" and _BOUNDED_TIME_RX.match(ctext, spot.end()):
            continue   # 原则上在十个工作日内出具公证书: the word bounds the clause's time limit, which the figures grade
        mine = content_bigrams(MANNER_RX.sub("|", ctext[spot.end():end]))
        if not mine:
            continue
        j = _governing_modal(reading, spot.end(), end)
        if j is None:
            j = _same_act_modal(reading, mine)
        if j is None or reading.in_upper_exception[j]:
            continue
        law = MODAL_CLASS_NAMES[upper.chars[j]]
        if (kind, law) not in _READ:
            continue
        at = upper.starts[j]
        if at in read_at:
            continue   # read already at its place (应当→可以)
        word = upper.word(j)
        shared = len(mine & _act(utext, upper.ends[j]))
        if shared < SAME_ACT_SHARE * len(mine) or (kind == "may" and _permitted_as_close(reading, mine, shared)):
            continue   # another act; or the law's own 可以 on an act as like it (可以多于二十五年向社会开放)
        if kind == "may" and _laws_own_qualifier(words, utext, at):
            continue   # 应当根据需要设立 restated as 根据需要设立: the law's own qualifier, its 应当 merely unwritten
        if law == "not" and _NOT_WORDS_RX.search(ctext, spot.end(), end):
            continue   # 可以确定本县禁止燃放烟花爆竹的时间、地点 for 可以……确定限制或者禁止燃放……: the prohibition is the
            #            object the clause's 可以 acts on (烟花爆竹安全管理条例 第十一条), as in the law
        if kind == "not" and _PROTECTED_RX.match(ctext, spot.end()):
            continue   # 不得拒绝当事人的回避申请: a prohibition protecting the right, not a refusal of it
        role = role_at(utext, at)
        if law == "may" and word == "有权" and case_borne(utext, at):
            role = PARTY   # ……受到损害的，有权依法要求赔偿: the right of whom the case is about
        if law == "must" and role != PARTY and not DISCRETION_RX.search(words) and role_at(ctext, spot.start()) == PARTY:
            continue   # 申请人可以……六十日内提出行政复议申请 beside 被申请人应当……重新作出: the public's permission, another norm
            #            than the body's duty (D124)
        if law == "must" and role == PARTY and not DISCRETION_RX.search(words):
            continue   # 申请人应当提交 → 申请人也可以网上提交: a choice given to the public, the law's duty not the body's
        if law == "may" and word != "有权":
            continue   # (D141 不予登记的决定 against 不动产登记暂行条例 第十五条's 可以: the body's decision, no right refused)
        if law == "not" and _NEGATIVE_CASE_RX.search(utext, bounds(utext, at, SENTENCE_END)[0], at):
            continue   # 未按……期限和条件投资开发……的，不得出租 restated as 按……期限完成开发建设的，可以出租 (D153 第四十一条)
        if law == "may" and role != PARTY:
            continue   # a body's own 可以 refused by the clause is the body's choice, not a right denied
        if law == "not" and (_PERMISSION_PATH_RX.search(ctext, *bounds(ctext, spot.start(), CLAUSE_END))
                             or _excepted(utext, at)):
            continue
        if law == "not" and _case_not_stated(utext, at, ctext):
            continue   # ……人民法院已经依法受理的，不得申请行政复议 beside 也可以依法申请行政复议: the law forbids in a case
            #            the clause does not speak of (行政复议法 第二十九条第二款), another norm
        facts = {"upper": law, "clause": _READ[(kind, law)] if kind == "may" else "not", "role": role,
                 "discretion": kind == "may" and DISCRETION_RX.search(words) is not None,
                 "protective": bool(PROTECTIVE_RX.search(utext, upper.ends[j], bounds(utext, at, PHRASE_END)[1]))}
        before = len(reading.changes)
        reading.add("modal", grade("modal", facts, upper_word=word, clause_word=words),
                    (spot.start(), end), (at, at + len(word)))
        if len(reading.changes) > before:
            read_at.add(at)
            reading.modal_moves.append((law, facts["clause"], reading.changes[-1]))


def _act(text: str, at: int, marks: str = PHRASE_END) -> set[str]:
    """The content pairs of the act after a modal verb ending at ``at`` (to its phrase's end, or to the first of
    ``marks``: 可以根据本行政区域的实际情况，确定……), manner words aside."""
    return content_bigrams(MANNER_RX.sub("|", text[at:bounds(text, at, marks)[1]]))


def _excepted(text: str, at: int) -> bool:
    """Whether the sentence of the law's prohibition at ``at`` (with the sentence after it: 但是，情况紧急的除外。) holds an
    exception (但书, 除……外) or a permission path (因……需要……的，应当……办理审批手续)."""
    s, e = bounds(text, at, SENTENCE_END)
    after = bounds(text, min(e + 1, len(text)), SENTENCE_END)[1] if e < len(text) else e
    stretch = text[s:after]
    return any(rx.search(stretch) for rx in UPPER_EXCEPTION_RXS) or bool(_PERMISSION_PATH_RX.search(stretch)) \
        or "审批" in stretch


# a case the law's sentence opens with (……已经依法受理的，): its content pairs must be in the clause
_CASE_RX = re.compile(r"[^，。；：]{4,}的[，,]")
_REFERRING_CASE_RX = re.compile(r"下列|以下|如下|前款|前述|上述|本条")
CASE_STATED = 0.75     # most of the case: an actor it names in another role (人民法院, 3 of 5 pairs) is not the case


def _case_not_stated(text: str, at: int, clause_text: str) -> bool:
    """Whether the law's sentence lays the verb at ``at`` in a case (a phrase ending 的， before it) whose content pairs
    ``clause_text`` mostly lacks (CASE_STATED): the law's prohibition holds in that case only."""
    s, _ = bounds(text, at, SENTENCE_END)
    cases = list(_CASE_RX.finditer(text, s, at))
    if not cases:
        return False
    if _REFERRING_CASE_RX.search(cases[-1].group()):
        return False    # 劳动者有下列情形之一的: the case is the items (劳动合同法 第四十二条), read with the clause's own words
    case = content_bigrams(MANNER_RX.sub("|", cases[-1].group()))
    return bool(case) and len(case & content_bigrams(clause_text)) < CASE_STATED * len(case)


def _governing_modal(reading: Reading, after: int, end: int) -> int | None:
    """The modal verb (comparison index) of the upper text that governs the act the clause writes from source offset
    ``after`` to ``end``: the last modal verb before the upper character its first aligned character stands for, in
    that character's phrase; None where no character of the act is aligned or no modal verb stands there."""
    clause, upper = reading.clause, reading.upper
    first = next((k for k, s in enumerate(clause.starts) if after <= s < end and reading.clause_to_upper[k] >= 0), None)
    if first is None:
        return None
    u = reading.clause_to_upper[first]
    lo = bounds(upper.text, upper.starts[u], PHRASE_END)[0]
    modals = [j for j in upper.modal_indexes(0, u) if upper.starts[j] >= lo]
    return modals[-1] if modals else None


def _same_act_modal(reading: Reading, mine: set[str]) -> int | None:
    """Where none of the clause's act is aligned (给予补偿 between 酌情 and 适当): the modal verb of a restated upper
    sentence, outside its exceptions, whose act shares most of the act's content pairs ``mine`` — None where two verbs
    of different classes share as many (档案法's 应当……向社会开放 beside its 可以多于二十五年向社会开放)."""
    upper = reading.upper
    restated = reading.restated_sentences()
    scored = [(len(mine & _act(upper.text, upper.ends[j])), j) for j in upper.modal_indexes(0, len(upper.chars))
              if reading.upper_sentence[j] in restated and not reading.in_upper_exception[j]]
    if not scored:
        return None
    best = max(n for n, _ in scored)
    tied = [j for n, j in scored if n == best]
    if best == 0 or len({MODAL_CLASS_NAMES[upper.chars[j]] for j in tied}) > 1:
        return None
    return tied[0]


def _permitted_as_close(reading: Reading, mine: set[str], shared: int) -> bool:
    """Whether a 可以 of a restated upper sentence governs an act (to its clause's end) sharing at least ``shared`` of
    the pairs ``mine``: the clause may restate the law's own permission."""
    upper = reading.upper
    restated = reading.restated_sentences()
    return any(MODAL_CLASS_NAMES[upper.chars[j]] == "may"
               and len(mine & _act(upper.text, upper.ends[j], CLAUSE_END)) >= shared
               for j in upper.modal_indexes(0, len(upper.chars)) if reading.upper_sentence[j] in restated)


def _laws_own_qualifier(words: str, text: str, at: int) -> bool:
    """Whether the discretion word of the clause's spot (``words``) stands in the sentence of the law's verb at ``at``
    (应当根据需要设立, 必要时应当……): the qualifier is the law's, not the clause's."""
    s, e = bounds(text, at, SENTENCE_END)
    return any(m.group() in text[s:e] for m in DISCRETION_RX.finditer(words))
