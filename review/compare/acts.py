"""Modal verbs compared on the act they govern, wherever the clause wrote it.

The region reader (``modals``) compares modal verbs where the two texts align around them. A clause in its own
words moves the act: 不得委托他人代为申请 for 家庭成员申请有困难的，可以委托村民委员会、居民委员会代为提出申请;
可以根据案件情况决定是否告知当事人有要求听证的权利 for 应当告知当事人有要求听证的权利; 可以采取停止供水、供电的方式
督促其履行 for 不得对居民生活采取停止供水、供电……等方式迫使当事人履行. Here every modal verb of each text governs an
act (the words after it up to the next modal verb or the end of the phrase); an upper act and the clause act that
shares most of its character pairs (at least ``SHARED_PAIRS`` and ``SHARED_SHARE`` of the smaller) are the same act,
and a different modal class on it is graded with the modal table (who bears it, whether the act protects the
public). 一律, 只能 in the clause bind like 应当 (特困供养人员一律在……集中供养 for 可以……集中供养，也可以在家分散供养).
An upper act the clause also states with the same modal class elsewhere is kept, whatever else it says; an
upper prohibition laid under a condition (……已经依法受理的，不得申请行政复议) that the clause's act is not laid under
is another norm (the prohibition holds only there); a modal verb qualifying a noun (依法必须进行招标的项目) lays no act; acts
borne by a public body on one side and by the public on the other, or by no one the text names, are two acts on one
matter (被处罚人可以提出暂缓执行行政拘留的申请 / 公安机关应当作出暂缓执行行政拘留的决定).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .citing import told_by_citation
from .grading import grade
from .phrases import PHRASE_END, phrase
from .roles import UNKNOWN, role_at
from .vocabulary import EXEMPTION_RX, MODAL_RX, PROTECTIVE_RX, SOLE_RX

if TYPE_CHECKING:
    from .reading import Reading

SHARED_PAIRS = 2        # character pairs two acts must share to be one act …
SHARED_SHARE = 0.3      # … and this share of the smaller act's pairs
SAME_CLASS_SHARE = 0.8  # a clause act of the upper act's class sharing this much of the best pairing keeps it
_NOT_WORDS = re.compile(r"[\d０-９.．%％〇零一二三四五六七八九十百千万两]+|的|和|或者|或|等|及|其|[^\u4e00-\u9fff]")
_COPULA = re.compile(r"^(?:是|为|包括|作为)")
# 依法必须进行招标的项目: the modal verb qualifies a noun, it lays no duty
_ATTRIBUTIVE = re.compile(r"^[^，。；、]{0,20}的(?:项目|工程|事项|情形|单位|人员|货物|服务|对象|范围|费用|未成年人|儿童)")
# 放任或者迫使应当接受义务教育的未成年人失学: a modal verb inside what another verb governs lays no act of its own
_EMBEDDED = re.compile(r"(?:迫使|放任|强迫|唆使|教唆|致使|允许)$")
# the condition a norm is laid under: the phrase ending in 的 just before its modal verb (……已经依法受理的，不得……)
_CONDITION_BEFORE = re.compile(r"([^，。；：]{2,40})的[，,]\s*[^，。；：]{0,12}$")


@dataclass(frozen=True, slots=True)
class Act:
    """A modal verb (its class: may, must, not) and the words it governs, as source offsets."""

    modal: str
    start: int
    end: int
    words: str
    pairs: frozenset


def acts(text: str) -> list[Act]:
    """Every modal verb of ``text`` with the act it governs (一律/只能 as must; 可以是 is no permission)."""
    marks = [(m.start(), m.end(), m.lastgroup) for m in MODAL_RX.finditer(text)]
    marks += [(m.start(), m.end(), "must") for m in SOLE_RX.finditer(text)]
    marks.sort()
    out = []
    for n, (start, end, modal) in enumerate(marks):
        stop = min([e for e in (text.find(c, end) for c in PHRASE_END) if e >= 0] or [len(text)])
        if n + 1 < len(marks) and marks[n + 1][0] < stop:
            stop = marks[n + 1][0]
        words = text[end:stop]
        if (modal == "may" and _COPULA.match(words)) or _ATTRIBUTIVE.match(words) or _EMBEDDED.search(text, 0, start):
            continue
        pairs = _pairs_of(words)
        if pairs:
            out.append(Act(modal, start, stop, words, pairs))
    return out


def read_acts(reading: Reading) -> None:
    """Grade each upper act whose modal class the clause changed on the same act (see the module docstring)."""
    clause, upper = reading.clause, reading.upper
    # modal verbs the alignment or the region reader already paired, and the upper text's exceptions
    clause_done = reading.paired_clause_modals | {clause.starts[i] for i in clause.modal_spans
                                                  if reading.clause_to_upper[i] >= 0}
    upper_done = reading.paired_upper_modals | {upper.starts[j] for j in upper.modal_spans
                                                if reading.upper_to_clause[j] >= 0}
    upper_done |= {upper.starts[j] for j, inside in enumerate(reading.in_upper_exception) if inside}
    every_act = acts(clause.text)
    clause_acts = [a for a in every_act if a.start not in clause_done]
    if not clause_acts:
        return
    used: set[int] = set()
    for u in acts(upper.text):
        if u.start in upper_done:
            continue
        scored = sorted(((len(u.pairs & c.pairs), c) for c in clause_acts), key=lambda t: -t[0])
        best_shared, best = scored[0]
        if best_shared < SHARED_PAIRS or best_shared < SHARED_SHARE * min(len(u.pairs), len(best.pairs)):
            continue
        if any(c.modal == u.modal and _states(u, c, best_shared) for c in every_act):
            continue     # the clause states the act with the upper text's modal class too (where the alignment
            #              paired it as well: 不得再委托其他组织或者个人)
        if best.modal == u.modal or best.start in used:
            continue
        if reading.cites_upper and told_by_citation(clause.text, best.start):
            continue     # 依照《…》第四十三条第二款被禁止担任……的人员: the cited article's own verb, told of the person
        if u.modal == "not" and conditioned_apart(upper.text, u.start, clause.text, best.start):
            continue     # ……已经依法受理的，不得申请行政复议: a prohibition under a condition the clause's permission
            #              does not state holds only there (可以委托 under 申请有困难的 forbidden outright is altered)
        role, clause_role = role_at(upper.text, u.start), role_at(clause.text, best.start)
        if UNKNOWN in (role, clause_role) or role != clause_role:
            continue     # 被处罚人可以提出暂缓执行的申请 / 公安机关应当作出暂缓执行的决定: two acts on one matter;
            #              应当提交下列材料 (the applicant's) / 不得要求其重复提交材料 (the bureau's)
        used.add(best.start)
        upper_word = upper.text[u.start:u.start + _modal_length(upper.text, u.start)]
        # (an exemption the article grants, 不需要申请采伐许可证, made a duty: graded as in modals.read_modal_change)
        facts = {"upper": u.modal, "clause": best.modal, "role": role, "protective": bool(PROTECTIVE_RX.search(u.words)),
                 "exemption": EXEMPTION_RX.fullmatch(upper_word) is not None}
        clause_word = reading.clause.text[best.start:best.start + _modal_length(reading.clause.text, best.start)]
        reading.add("modal", grade("modal", facts, upper_word=upper_word, clause_word=clause_word),
                    phrase(reading.clause.text, best.start), phrase(upper.text, u.start))


def _states(upper_act: Act, clause_act: Act, best_shared: int) -> bool:
    """Whether ``clause_act`` states ``upper_act``: it shares SAME_CLASS_SHARE of the best pairing's pairs, or (a
    shorter restatement: 不得再委托其他组织或者个人) that share of its own pairs, SHARED_PAIRS at least."""
    shared = len(upper_act.pairs & clause_act.pairs)
    return shared >= SAME_CLASS_SHARE * best_shared or \
        (shared >= SHARED_PAIRS and shared >= SAME_CLASS_SHARE * len(clause_act.pairs))


def _modal_length(text: str, start: int) -> int:
    m = MODAL_RX.match(text, start) or SOLE_RX.match(text, start)
    return m.end() - start if m else 0


def _pairs_of(words: str) -> frozenset:
    core = "|".join(_NOT_WORDS.sub("|", words).split("|"))
    return frozenset(core[i:i + 2] for i in range(len(core) - 1) if "|" not in core[i:i + 2])


def _condition(text: str, at: int) -> frozenset:
    """The character pairs of the condition (……的，) the modal verb at ``at`` is laid under in its sentence."""
    from .phrases import CLAUSE_END, bounds

    s, _ = bounds(text, at, CLAUSE_END)
    m = _CONDITION_BEFORE.search(text, s, at)
    return _pairs_of(m.group(1)) if m else frozenset()


def conditioned_apart(upper_text: str, upper_at: int, clause_text: str, clause_at: int) -> bool:
    """Whether the upper modal verb at ``upper_at`` is laid under a condition (……的，) that the clause's modal verb at
    ``clause_at`` is not laid under."""
    condition = _condition(upper_text, upper_at)
    return bool(condition) and not condition & _condition(clause_text, clause_at)
