"""Modal verbs a clause put in place of the upper text's: 应当→可以, 不得→可以, 可以 dropped or added."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from .citing import told_by_citation
from .grading import grade
from .normalise import MODAL_CLASS_NAMES, PUNCT_RX
from .phrases import bounds, phrase
from .roles import ORGAN, PARTY, UNKNOWN, case_borne, named_before, role_at
from .vocabulary import APPLICANT_ACT_RX, ENTITLEMENT_RX, EXEMPTION_RX, MODAL_RX, PROTECTIVE_RX

# 可以 followed (after qualifiers only: 免费、依法、按规定) by 享受/享有/获得 — not 可以告知申请人享有 (another's right)
ENTITLEMENT_AFTER_MAY_RX = re.compile(r"(?:可以|可)(?:依法|免费|优先|平等|同等|按规定|按照[^，。；]{0,12}规定|"
                                      r"在[^，。；]{0,6}(?=享))*(?:" + ENTITLEMENT_RX.pattern + ")")

# 可以是 / 可以为 / 可以包括: "can be", a copula, not a permission
COPULA_AFTER_MAY_RX = re.compile(r"(?:可以|可)(?:是|为|包括|作为)")
# 可以采用支票、汇票……等非现金形式 for 应当以支票、汇票……等非现金形式提交: a choice among the means the law lists
MEANS_AFTER_MAY_RX = re.compile(r"(?:可以|可)(?:采用|采取|选择|选用|通过|使用|以)[^，。；]{1,60}?(形式|方式)")

if TYPE_CHECKING:
    from .reading import Reading
    from .regions import Region

# (the words of an exemption, the upper law's "may" class: vocabulary.EXEMPTION_RX — 不需要取得, 无须办理, 不必申请)
_SENTENCE_MARK_RX = re.compile(r"[。；;\n]")
_CAP_VERB = re.compile(r"超过|低于|少于|多于|高于")   # 不得超过 / 不超过: a bound, not a prohibition dropped
# a catalogue entry naming a kind of matter, its act nominalised (……的物品的查封或者扣押争议。; ……申请司法机关予以冻结争议): it
# lays no norm, so a modal the law has and it lacks is not dropped (D124's list of complaints and their legal bases)
_NAMED_MATTER = re.compile(r"(争议|纠纷|事项|案件|类)[）)]?[。；]?\s*$")
SAME_ACT = 0.5          # two modal verbs govern the same act when the words after them share this much
SMALL_REWRITE = 3       # a stretch with at most this many characters besides its modal verbs is a small rewrite
# Where a modal verb stands in the aligned text: next to the anchor before it (its subject is kept), or a few
# characters before the anchor after it (the act it governs is kept: 可以再依法|向人民法院提起诉讼).
SUBJECT_KEPT_GAP = 1    # at most this many characters between the anchor before and the modal verb
ACT_KEPT_GAP = 3        # at most this many characters between the modal verb and the anchor after


def read_modals(reading: Reading, region: Region) -> None:
    """Pair the modal verbs of the two stretches of ``region`` in order and grade each pair that differs."""
    clause, upper = reading.clause, reading.upper
    cs, ce, us, ue = region.clause_start, region.clause_end, region.upper_start, region.upper_end
    clause_chars = clause.chars[cs:ce] if region.has_clause else ""
    upper_chars = upper.chars[us:ue] if region.has_upper else ""
    clause_modals = clause.modal_indexes(cs, ce) if region.has_clause and region.has_upper else []
    upper_modals = upper.modal_indexes(us, ue) if region.has_upper else []
    small_upper = len(upper_chars) - len(upper_modals) <= SMALL_REWRITE
    small_clause = len(clause_chars) - len(clause_modals) <= SMALL_REWRITE
    if not clause_chars:
        comparable = small_upper           # "可以处" -> "处", not "行政机关可以依法…" -> "依法…"
    elif not upper_chars:
        comparable = small_clause          # "告知" -> "可以告知"
    else:
        comparable = small_upper or small_clause or bool(upper_modals and len(upper_modals) == len(clause_modals))
    if (not comparable and upper_modals and not clause_modals and _MANDATORY_RX.search("".join(clause_chars))
            and _kept_around(upper, us, ue, upper_modals, clause_chars)):
        # 可以并处罚款 → 并一律处以罚款: the clause keeps the stretch's other words in order, a word or two between them,
        # drops the modal verb and writes a word of "always" there (一律): 可以 replaced at its own place (a bare
        # 并处以罚款 is a partial restatement's wording, read as before)
        for upper_index in upper_modals:
            reading.paired_upper_modals.add(upper.starts[upper_index])
            _read_modal_pair(reading, upper_index, None, region)
        return
    if not comparable:
        # a longer stretch rewritten ("行政机关可以依法强制拆除" -> "依法强制拆除" drops the subject with the
        # modal and reads as a statement of the procedure): deletions are read elsewhere, not as modal changes
        return
    for n in range(max(len(clause_modals), len(upper_modals))):
        upper_index = upper_modals[n] if n < len(upper_modals) else None
        clause_index = clause_modals[n] if n < len(clause_modals) else None
        both = upper_index is not None and clause_index is not None
        if both and upper.chars[upper_index] == clause.chars[clause_index]:
            reading.paired_upper_modals.add(upper.starts[upper_index])   # 应当 for 应当: kept, wherever it stands
            reading.paired_clause_modals.add(clause.starts[clause_index])
            continue
        if not _same_place(region, upper_index, clause_index):
            continue   # "应当…，可以…" restated as "应当…" is not 可以→应当; the upper text is read as left out
        if both:
            reading.paired_upper_modals.add(upper.starts[upper_index])
            reading.paired_clause_modals.add(clause.starts[clause_index])
        elif upper_index is not None:
            reading.paired_upper_modals.add(upper.starts[upper_index])
        elif clause_index is not None:
            reading.paired_clause_modals.add(clause.starts[clause_index])
        _read_modal_pair(reading, upper_index, clause_index, region)


_MANDATORY_RX = re.compile(r"一律|均|一并|必须")   # the word a clause writes for "always" where the law said 可以


def _kept_around(upper, us: int, ue: int, upper_modals: list[int], clause_chars) -> bool:
    """Whether the clause's stretch holds the upper stretch's words but its modal verbs in order (at least two of
    them), with at most SMALL_REWRITE characters added among them."""
    rest = [upper.chars[k] for k in range(us, ue) if k not in upper_modals]
    if len(rest) < 2 or len(clause_chars) - len(rest) > SMALL_REWRITE:
        return False
    it = iter(clause_chars)
    return all(ch in it for ch in rest)


def _same_place(region: Region, upper_index: int | None, clause_index: int | None) -> bool:
    """Whether the two modal verbs stand at the same place of the aligned text.

    A modal verb replaced by another (可以→应当) follows the same anchor in both texts (the subject is kept:
    当地人民政府|应当 → 当地人民政府|可以根据学位情况) or governs the same act (the anchor after it is kept); a
    modal verb dropped or added (可以处 → 处, 不予 → 可以不予) governs an act that is kept. Modal verbs elsewhere
    in their stretches belong to another part of the sentence (法制科应当制作通知书 for 可以适当延长), or to text
    the clause rewrote."""
    subject_kept = region.anchored_left
    act_kept = region.anchored_right
    if upper_index is not None:
        subject_kept &= upper_index - region.upper_start <= SUBJECT_KEPT_GAP
        act_kept &= region.upper_end - 1 - upper_index <= ACT_KEPT_GAP
    if clause_index is not None:
        subject_kept &= clause_index - region.clause_start <= SUBJECT_KEPT_GAP
        act_kept &= region.clause_end - 1 - clause_index <= ACT_KEPT_GAP
    if upper_index is None or clause_index is None:
        return act_kept
    return subject_kept or act_kept


def _figure_of_bound(upper_bound: str, clause_span: str) -> bool:
    """Whether the clause's phrase states a figure of the dimension the upper 不得低于/不得超过 bounds (a quantity read
    by review.quantities: an amount, a share, a period, an age, a distance, a count): the 不得 is the figure's bound,
    not a prohibition of an act, and the figures' own comparison says whether the clause's figure keeps it."""
    from ..quantities import find_quantities

    bounded = {q.dim for q in find_quantities(upper_bound)}
    return bool(bounded) and any(q.dim in bounded for q in find_quantities(clause_span))


ACT_HELD = 3            # characters of an act that, ending the other's words, make both one act


def _other_act(upper_act: str, clause_act: str) -> bool:
    """Whether the acts two modal verbs govern differ: they share less than ``SAME_ACT`` of their characters."""
    upper_act, clause_act = PUNCT_RX.sub("", upper_act), PUNCT_RX.sub("", clause_act)
    if not upper_act or not clause_act:
        return False
    shorter, longer = sorted((upper_act, clause_act), key=len)
    if len(shorter) >= ACT_HELD and longer.endswith(shorter):
        return False   # 应当举行听证 → 可以根据申请人的请求或者工作需要举行听证: the act itself, a case put before it
    return SequenceMatcher(None, upper_act, clause_act, autojunk=False).ratio() < SAME_ACT


def _read_modal_pair(reading: Reading, upper_index: int | None, clause_index: int | None, region: Region) -> None:
    """Grade the upper modal at ``upper_index`` replaced by the clause modal at ``clause_index`` (None: absent)."""
    clause, upper = reading.clause, reading.upper
    upper_class = MODAL_CLASS_NAMES[upper.chars[upper_index] if upper_index is not None else None]
    clause_class = MODAL_CLASS_NAMES[clause.chars[clause_index] if clause_index is not None else None]
    if upper_class == clause_class:
        return
    if upper_index is not None and upper.text.startswith("知道", upper.ends[upper_index]):
        return   # 知道或者应当知道: what one is taken to know, no duty
    if clause_class == "none" and _NAMED_MATTER.search(clause.text):
        return   # 对……的物品的查封或者扣押争议: the clause names a matter, no modal of its own to compare
    if upper_index is not None:
        upper_offset = upper.starts[upper_index]
    elif region.upper_start is not None and region.upper_start < len(upper.starts):
        upper_offset = upper.starts[region.upper_start]
    else:
        upper_offset = -1
    upper_span = phrase(upper.text, upper_offset) if upper_offset >= 0 else None
    if clause_index is not None:
        clause_offset = clause.starts[clause_index]
    elif region.clause_start is not None and region.clause_start < len(clause.starts):
        clause_offset = clause.starts[region.clause_start]
    else:
        clause_offset = reading.clause_offset_near(upper_index if upper_index is not None else 0)
    clause_span = phrase(clause.text, clause_offset)
    if reading.cites_upper and clause_index is not None and told_by_citation(clause.text, clause_offset):
        return   # 依照《…条例》第四十三条第二款被禁止担任……的人员: what the cited article did to the person, named by it
    role = role_at(upper.text, upper_offset) if upper_offset >= 0 else UNKNOWN
    clause_role = role_at(clause.text, clause_offset)
    if UNKNOWN not in (role, clause_role) and role != clause_role and (upper_class, clause_class) == ("may", "must"):
        role, clause_role = _one_bearer(upper.text, upper_offset, role, clause.text, clause_offset, clause_role)
    # the clause names the body at the place where the article's verb has none (……的，县交通运输局应当 for ……时，可以)
    body_named = clause_index is not None and upper_index is not None and clause_role == ORGAN \
        and named_before(clause.text, clause_offset) and not named_before(upper.text, upper_offset)
    if UNKNOWN not in (role, clause_role) and role != clause_role:
        return   # 公安机关应当…… / 任何单位和个人不得……: the verbs of two bearers, not one changed
    if role == UNKNOWN:
        role = clause_role
    # the duty the modal governs: the upper text's where it has a modal verb here, else the clause's
    if upper_index is not None:
        governed = upper.text[upper_offset:upper_span[1]]
    else:
        governed = clause.text[clause_offset:clause_span[1]]
    if upper_class == "not" and upper_index is not None and clause_index is not None:
        from .acts import conditioned_apart

        if conditioned_apart(upper.text, upper_offset, clause.text, clause.starts[clause_index]):
            return   # ……已经依法受理的，不得申请行政复议 / 也可以依法申请行政复议: the prohibition holds under its condition
    if upper_index is not None and clause_index is not None and _other_act(
            upper.text[upper.ends[upper_index]:upper_span[1]], clause.text[clause.ends[clause_index]:clause_span[1]]):
        return   # 可以设定抵押权 → 必须同时抵押: the modal governs another act, a norm of its own, not 可以→必须
    if upper_class == "not" and clause_class == "none" and upper_index is not None:
        bound = _CAP_VERB.match(upper.text, upper.ends[upper_index])
        if bound and ("不" + bound.group()) in clause.text[clause_span[0]:clause_span[1]]:
            return   # 不得超过原合同采购金额的百分之十 / 累计不超过……: the same bound, the figure is read on its own
        if bound and _figure_of_bound(upper.text[upper.ends[upper_index]:upper_span[1]],
                                      clause.text[clause_span[0]:clause_span[1]]):
            return   # 缴存比例均不得低于……工资的5% restated as 缴存比例为……工资的8%: the clause fixes a figure where the
            #          law bounds one — the figure is compared on its own (within the floor: no change; below: lowered)
        verb = PUNCT_RX.sub("", upper.text[upper.ends[upper_index]:upper_span[1]])[:2]
        if len(verb) == 2 and ("不" + verb) in clause.text[clause_span[0]:clause_span[1]]:
            return   # 不得收取任何费用 restated as 不收取任何费用: the prohibition said as the body's own negation
    if upper_index is None and region.has_upper and region.upper_end > region.upper_start and _SENTENCE_MARK_RX.search(
            upper.text, upper.starts[region.upper_start],
            upper.starts[region.upper_end] if region.upper_end < len(upper.starts) else len(upper.text)):
        return   # the clause's stretch stands where one sentence of the article ends and the next begins (……予以公示。
        #          保险机构……): a modal verb added there is at no place of the article's
    if upper_class == "none" and clause_class == "not" and clause_index is not None \
            and _CAP_VERB.match(clause.text, clause.ends[clause_index]):
        return   # 担保责任余额不得超过其净资产的10倍: a bound on a figure, not a prohibition of an act (figures compare it)
    if upper_class == "none" and clause_index is not None and upper_offset >= 0 and _laid_in_sentence(
            upper, upper_offset, clause.chars[clause_index], clause_role):
        return   # 可以A，也可以B / 可以在……1年内直接申请: the law lays that verb on the bearer in this sentence already
    if clause_class == "none" and upper_index is not None and _laid_in_sentence(
            clause, clause_offset, upper.chars[upper_index], role_at(upper.text, upper_offset)):
        return   # ……1年内，可以直接申请 restated as 可以在……一年内直接申请: the verb moved within the sentence
    if upper_class == "may" and clause_class == "none" and clause_index is None \
            and names_a_case(clause.text, clause_span):
        return   # 两个以上……的企业使用统一的商标……经营快递业务的，应当签订书面协议 for 可以使用……: the clause names the
        #          permitted act as the case its duty applies to — the permission presupposed, not made a duty
    if upper_class == "must" and clause_class == "may" and clause_index is not None:
        means = MEANS_AFTER_MAY_RX.match(clause.text, clause_offset)
        if means and _among_listed_means(means.group(0), governed):
            return   # the clause's 可以 chooses among the means the law's 应当 lists (……等非现金形式)
    if upper_class == "none" and clause_class == "may" and clause_index is not None:
        if upper_span is not None and names_a_case(upper.text, upper_span):
            return   # ……不服，申请行政复议或者提起行政诉讼的，行政处罚不停止执行: the article names the act as a case (……的，),
            #          it lays no duty on it for a 可以 to make discretionary (可以依法申请行政复议: the party's remedy)
        after = clause.text[clause_offset:clause_span[1]]
        if ENTITLEMENT_AFTER_MAY_RX.match(after) or COPULA_AFTER_MAY_RX.match(after):
            return   # 可以免费享受 for 免费享受: "may enjoy" a benefit is the right itself, not discretion;
            #          证明可以是租赁合同 for 证明包括租赁合同: "can be", no discretion
    exemption = upper_index is not None and EXEMPTION_RX.fullmatch(upper.word(upper_index)) is not None
    if role == UNKNOWN and exemption:
        role = PARTY     # 不需要办理……许可证: an exemption relieves the one the act is of, never a body's discretion
    # a protective duty is the administration's to the public (告知, 听证, 出具): not a party's (供应商……出具的保函)
    facts = {"upper": upper_class, "clause": clause_class, "role": role, "exemption": exemption, "body_named": body_named,
             "protective": role != PARTY and bool(PROTECTIVE_RX.search(governed))}
    before = len(reading.changes)
    reading.add("modal", grade("modal", facts, upper_word=upper.word(upper_index), clause_word=clause.word(clause_index)),
                clause_span, upper_span)
    if len(reading.changes) > before:
        reading.modal_moves.append((upper_class, clause_class, reading.changes[-1]))


def _one_bearer(upper: str, upper_offset: int, role: str, clause: str, clause_offset: int,
                clause_role: str) -> tuple[str, str]:
    """The two bearers' roles, the clause's taken for both where only the clause names who acts: the article's
    可以 has no bearer of its own after its case (同一线路有3个以上申请人时，可以通过招标的形式作出许可决定: 申请人 is whom
    the case is about) and the clause names the body at that place (……申请人的，县交通运输局应当通过招标……) — a local
    body inserted between the case and the verb, the same verb on the same act. Not an act only the public does
    (申请, 申报, 领取: compare.applicant_act): a body named before it is another bearer."""
    upper_act = upper[upper_offset:upper_offset + 12]
    clause_act = clause[clause_offset:clause_offset + 12]
    if APPLICANT_ACT_RX.match(upper_act) or APPLICANT_ACT_RX.match(clause_act):
        return role, clause_role
    if case_borne(upper, upper_offset) and named_before(clause, clause_offset):
        return clause_role, clause_role
    return role, clause_role


def names_a_case(text: str, span: tuple[int, int]) -> bool:
    """Whether the phrase ``span`` of ``text`` names a case rather than laying a norm: it ends with 的 before a comma
    (申请行政复议或者提起行政诉讼的，) and holds no modal verb of its own."""
    s, e = span
    return e > s and text[e - 1] == "的" and text[e:e + 1] in "，," and not MODAL_RX.search(text, s, e)


MEANS_SHARE = 0.8       # of the character pairs of the means a clause's 可以 chooses among, in the law's list


def _among_listed_means(clause_means: str, governed: str) -> bool:
    """Whether the means a clause's 可以 chooses among (可以采用支票、汇票……等非现金形式) are the law's list
    (应当以支票、汇票……等非现金形式提交): MEANS_SHARE of their character pairs are in it (现金 is not)."""
    law = re.search(r"以([^，。；]{1,60}?)(形式|方式)", governed)
    if law is None or not clause_means.endswith(law.group(2)):
        return False
    pairs = {clause_means[i:i + 2] for i in range(len(clause_means) - 1)} - {"可以", "以采", "采用"}
    theirs = {law.group(0)[i:i + 2] for i in range(len(law.group(0)) - 1)}
    return bool(pairs) and len(pairs & theirs) >= MEANS_SHARE * len(pairs)


FULL_STOP = "。！？!?"     # a list's items stand on lines of their own


def _laid_in_sentence(text, offset: int, modal: str, role: str) -> bool:
    """Whether the sentence of ``text`` (a ComparisonText; to its full stop: a list's lead-in with its items) around
    ``offset`` has a modal verb of the class ``modal`` with the bearer ``role`` (医患双方可以通过下列途径解决：……
    申请人民调解)."""
    start, end = bounds(text.text, offset, FULL_STOP)
    return any(text.chars[k] == modal and start <= text.starts[k] < end
               and role_at(text.text, text.starts[k]) == role for k in text.modal_spans)


def cancel_moved_modals(reading: Reading) -> None:
    """A modal verb the clause wrote elsewhere in the same sentence (…1年内，可以直接申请 → 可以在…一年内直接申请) is
    read as dropped at its old place and added at its new one: the two readings cancel, nothing changed."""
    added = [(c, ch) for u, c, ch in reading.modal_moves if u == "none" and c != "none"]
    dropped = [(u, ch) for u, c, ch in reading.modal_moves if c == "none" and u != "none"]
    gone = []
    for word_class, a in added:
        for other_class, d in dropped:
            if other_class == word_class and d not in gone and _same_sentence(reading.clause.text, a, d):
                gone += [a, d]
                break
    if gone:
        reading.changes[:] = [ch for ch in reading.changes if not any(ch is g for g in gone)]


def _same_sentence(text: str, a, b) -> bool:
    from .phrases import CLAUSE_END, bounds

    if a.clause_start < 0 or b.clause_start < 0:
        return False
    return bounds(text, a.clause_start, CLAUSE_END) == bounds(text, b.clause_start, CLAUSE_END)


# the clause refuses an act outright: 不接受口头申请, 不予受理, 一律不得
DENIAL_RX = re.compile(r"不予接受|不接受|不予受理|不受理|不得|不允许|禁止|一律不|不能|不可")
DENIED_REACH = 8        # characters after the denial read as the act it refuses
# the procedural verbs any right may share with the act refused (提出 a 申请): not what the right is about
_PROCEDURAL_PAIRS = frozenset({"提出", "申请", "办理", "进行", "予以", "作出", "出申", "提交"})


# a denial whose verb (干预, 阻挠, 妨碍: any two characters) is followed by a body named by its suffix: what it forbids is
# keeping that body from its own act
_OBSTRUCTED_BODY_RX = re.compile(r"[\u4e00-\u9fff]{2}[\u4e00-\u9fff]{1,10}?(?:机构|机关|部门|单位|公司|企业|委员会|中心)")


def refusal_of(clause: str, right: str) -> re.Match | None:
    """The denial in ``clause`` (不接受口头申请) whose act shares what the right ``right`` (the words after its 可以:
    口头提出) is about, its procedural verbs aside; None when the clause refuses no such act. A denial keeping a third
    party from a body's act (不得干预保险机构履行……) refuses no right."""
    from .matter import content_bigrams

    act = content_bigrams(right) - _PROCEDURAL_PAIRS
    for denial in DENIAL_RX.finditer(clause):
        if _OBSTRUCTED_BODY_RX.match(clause, denial.end()):
            continue
        if act & content_bigrams(clause[denial.end():denial.end() + DENIED_REACH]):
            return denial
    return None


def read_denied_rights(reading: Reading) -> None:
    """A right of the upper text (申请人可以口头提出) that the clause does not merely leave out but refuses (一律采用
    书面形式，不接受口头申请): the right dropped (duty_removed) and a denial in the clause whose act shares what the
    right is about (口头), its procedural verbs aside: read as 可以 → 不得 on that act."""
    clause = reading.clause.text
    for change in list(reading.changes):
        if change.kind != "duty_removed" or not change.upper_span:
            continue
        may = re.search(r"可以|可(?=[\u4e00-\u9fff])", change.upper_span)
        if may is None:
            continue
        denial = refusal_of(clause, change.upper_span[may.end():])
        if denial is not None and reading.cites_upper and told_by_citation(clause, denial.start()):
            continue   # 依照……第四十三条第二款被禁止担任: the article's own 禁止, told of the person it was laid on
        if denial is not None:
            upper_offset = change.upper_start + may.start() if change.upper_start >= 0 else -1
            role = role_at(reading.upper.text, upper_offset) if upper_offset >= 0 else UNKNOWN
            span = bounds(clause, denial.start(), "，,。；;")
            before = len(reading.changes)
            reading.add("modal", grade("modal", {"upper": "may", "clause": "not", "role": role},
                                       upper_word=may.group(), clause_word=denial.group()),
                        span, (upper_offset, upper_offset + len(may.group())) if upper_offset >= 0 else None)
            if len(reading.changes) > before:
                reading.modal_moves.append(("may", "not", reading.changes[-1]))


_NOT_RX = re.compile(r"不得|禁止|严禁")
_MUST_RX = re.compile(r"应当|必须|须|一律")
REVERSED_SHARED = 4     # content bigrams the acts after the upper 不得 and the clause's 应当 share: one act


def forbidden_act(upper: str, at: int, word: str) -> set[str]:
    """The content bigrams of the act a prohibition ``word`` at ``at`` of ``upper`` forbids (to its clause's end),
    procedural verbs aside."""
    from .matter import content_bigrams
    from .phrases import CLAUSE_END

    return content_bigrams(upper[at + len(word):bounds(upper, at, CLAUSE_END)[1]]) - _PROCEDURAL_PAIRS


def duty_on(clause: str, act: set[str]) -> re.Match | None:
    """The 应当/须 of ``clause`` laying a duty on the act ``act`` (content bigrams) a prohibition forbids: its phrase
    shares REVERSED_SHARED of them (应当以审计机关的审计结果作为……结算依据); None when there is none."""
    from .matter import content_bigrams
    from .phrases import PHRASE_END

    for duty in _MUST_RX.finditer(clause):
        done = bounds(clause, duty.start(), PHRASE_END)[1]
        if len(act & content_bigrams(clause[duty.end():done])) >= REVERSED_SHARED:
            return duty
    return None


def read_reversed_prohibitions(reading: Reading) -> None:
    """A prohibition of the upper text (不得强制要求以审计机关的审计结果作为结算依据) the clause leaves out while laying a
    duty on that very act (应当以审计机关的审计结果作为……结算依据): the dropped prohibition (duty_removed) and a 应当/须
    in the clause whose act shares REVERSED_SHARED content bigrams with the forbidden act: read as 不得 → 应当."""
    from .matter import content_bigrams
    from .phrases import CLAUSE_END, PHRASE_END

    clause, upper = reading.clause.text, reading.upper.text
    for change in list(reading.changes):
        if change.kind != "duty_removed" or not change.upper_span or change.upper_start < 0:
            continue
        forbid = _NOT_RX.search(change.upper_span)
        if forbid is None:
            continue
        at = change.upper_start + forbid.start()
        act = forbidden_act(upper, at, forbid.group())
        if any(len(act & content_bigrams(clause[kept.end():bounds(clause, kept.start(), CLAUSE_END)[1]]))
               >= REVERSED_SHARED for kept in _NOT_RX.finditer(clause)):
            continue   # the clause forbids that act itself (不得同……考核、考评挂钩): the prohibition is kept
        duty = duty_on(clause, act)
        if duty is not None:
            done = bounds(clause, duty.start(), PHRASE_END)[1]
            role = role_at(upper, at)
            before = len(reading.changes)
            reading.add("modal", grade("modal", {"upper": "not", "clause": "must", "role": role},
                                       upper_word=forbid.group(), clause_word=duty.group()),
                        (duty.start(), done), (at, at + len(forbid.group())))
            if len(reading.changes) > before:
                reading.modal_moves.append(("not", "must", reading.changes[-1]))



MOVED_SAME_ACT = 0.65   # a verb moved to another place governs the same act when the acts share this much (stricter
                        # than SAME_ACT at one place: 应当向建设单位出具质量保修书 / 不得低于……出具的质量保修书约定保修期 share 0.6)


def read_modal_moved(reading: Reading) -> None:
    """A modal verb of the article replaced by one of another class that the clause writes at another place of its
    sentence, before the same act (学位授予单位应当自受理复核申请之日起三十日内进行复核 → 学位授予单位受理复核申请后，
    可以视情况在三十日内进行复核): the alignment puts the two verbs in different stretches, where neither is read
    (read_modals reads a pair only at one place). Read as that pair where the comparison read no modal change, the
    clause has one modal verb, an article's sentence it restates has one of another class governing the same act
    (_other_act), and none of the clause's class (应当……，可以…… restated in part; a 可以 of the article restated with
    its act in other words)."""
    if any(c.kind == "modal" or c.severity in ("warning", "error") for c in reading.changes):
        return   # (only where nothing else was read: an article showing another change keeps its standing among tied
        #          hits, review.engine.closest_hit, unmoved by a verb read across stretches)
    clause, upper = reading.clause, reading.upper
    mine = [k for k in clause.modal_indexes(0, len(clause.chars)) if MODAL_CLASS_NAMES[clause.chars[k]] != "none"]
    if len(mine) != 1:
        return
    ci = mine[0]
    restated = reading.restated_sentences()
    theirs = [j for j in upper.modal_indexes(0, len(upper.chars))
              if reading.upper_sentence[j] in restated and not reading.in_upper_exception[j]]
    clause_act = clause.text[clause.ends[ci]:phrase(clause.text, clause.starts[ci])[1]]

    if MODAL_CLASS_NAMES[clause.chars[ci]] == "not" and _CAP_VERB.match(clause.text, clause.ends[ci]):
        return   # 保修期限不得低于……质量保修书约定保修期的存续期: a bound on a figure, no prohibition of the article's act

    def same_act(j: int) -> bool:
        upper_act = PUNCT_RX.sub("", upper.text[upper.ends[j]:phrase(upper.text, upper.starts[j])[1]])
        return SequenceMatcher(None, upper_act, PUNCT_RX.sub("", clause_act), autojunk=False).ratio() >= MOVED_SAME_ACT

    if any(upper.chars[j] == clause.chars[ci] for j in theirs):
        return   # the article's own verb of that class, restated with its act in other words (申请人应当如实说明……；核查
        #          ……可以通过信息共享查询，或者由申请人进行个人诚信承诺 → 申请人……可以通过个人诚信承诺说明……)
    acting = [j for j in theirs if same_act(j)]
    if len(acting) != 1:
        return
    _read_modal_pair(reading, acting[0], ci, None)
