"""A permission of the upper text (个人可以申请经营……, 可以向邮政管理部门申诉, 可以用金融机构保函替代) the clause refuses
outright (个人申请的，不予受理; 不予受理其申诉; 不得以银行保函……替代): read as 可以 → 不得 on that act, graded by the modal
table (a party's right taken away: error)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .citing import told_by_citation
from .grading import grade
from .matter import content_bigrams
from .modals import _PROCEDURAL_PAIRS
from .phrases import PHRASE_END, bounds
from .roles import ORGAN, PARTY, actors, role_at

if TYPE_CHECKING:
    from .reading import Reading

# the article's permission: 可以 (not 可以是, a copula) and the act after it, to its phrase's end
PERMISSION_RX = re.compile(r"可以(?![是为])")
# the clause's refusal: a prohibition or a refusal to accept or handle (不予受理, 不受理, 不予办理, 不接受)
REFUSAL_RX = re.compile(r"一律不予受理|一律不得|不予受理|不受理|不予办理|不予接受|不接受|不得|不允许|禁止")
# a refusal to accept with nothing after it but whose request it is (不予受理其申诉): what is refused is in its case
# (个人申请的，不予受理) or just after it
ACCEPTANCE_RX = re.compile(r"不予受理|不受理|不予办理|不予接受|不接受")
# a negated refusal protects the right (不得拒绝受理, 不得拒收, 不得推诿): no refusal; nor a ban on interfering with it
# (行政机关不得以任何理由要求当事人放弃申请行政复议……的权利, 不得限制, 不得干涉: round 32, powerw2's look-alike)
PROTECTIVE_AFTER_RX = re.compile(r"(以任何(理由|形式|方式|借口)|无故|擅自|变相)?"
                                 r"(拒绝|拒收|推诿|刁难|拖延|阻挠|阻碍|阻止|压制|打击报复|干涉|干预|限制|剥夺|强迫|迫使|"
                                 r"要求[^，。；]{0,12}放弃|拒)")
# the acts only the public does, whoever the lexicon names as the one who may: applying, complaining, appealing
PARTY_ACT_RX = re.compile(r"申请|申诉|投诉|举报|控告|检举|起诉|复议|提出异议|要求听证|委托|替代|代替")
# a refusal of what comes too late (逾期不予受理, 逾期申请的，不予受理, 超过申请期限的): the deadline refuses, not the right
_LATE_RX = re.compile(r"逾期|超过[^，。；]{0,8}?期限|期满后|届满后|过期")
SHARED = 2          # content bigrams the refused act and the permitted act share at least


# the addressee of a petition (向邮政管理部门申诉, 向无线电管理机构投诉): whom it goes to, not what it is
_ADDRESSEE_RX = re.compile(r"^(?:依法)?向[^，。；]{1,16}?(?:部门|机构|机关|政府|单位|委员会)")


def _act(text: str, start: int) -> set[str]:
    """The content bigrams of the act from ``start`` to its phrase's end, its addressee and procedural verbs aside."""
    act = _ADDRESSEE_RX.sub("", text[start:bounds(text, start, PHRASE_END)[1]])
    return content_bigrams(act) - _PROCEDURAL_PAIRS


def _bearer(text: str, at: int) -> str:
    """Who the article names before its 可以 in the same phrase (个人 of 个人可以申请……), '' when no actor."""
    start = bounds(text, at, PHRASE_END)[0]
    words = text[start:at].strip("，, ")
    return words if actors(words) else ""


def refused(clause: str, act: set[str], bearer: str) -> re.Match | None:
    """The refusal in ``clause`` of the act ``act`` (content bigrams) the article permits ``bearer``: what it refuses
    (the words after it; for a refusal to accept, 不予受理, also its case, the phrase before: 个人申请的，不予受理) holds
    ``SHARED`` of the act's bigrams (all of a shorter act's: 申诉), or its case names the bearer."""
    need = min(SHARED, len(act))
    for refusal in REFUSAL_RX.finditer(clause):
        if PROTECTIVE_AFTER_RX.match(clause, refusal.end()):
            continue
        what = _act(clause, refusal.end())
        start = bounds(clause, refusal.start(), PHRASE_END)[0]
        case = clause[bounds(clause, start - 2, PHRASE_END)[0]:start] if start > 0 else ""
        if _LATE_RX.search(clause, start, refusal.start()) or _LATE_RX.search(case):
            continue
        if not ACCEPTANCE_RX.search(refusal.group()):
            case = ""
        else:
            what |= content_bigrams(case)
        if len(act & what) >= need or (bearer and bearer in case):
            return refusal
    return None


def read_refused_permissions(reading: Reading) -> None:
    """Where the article lets the public (its bearer a party, or its act one only the public does: 申请, 申诉, 投诉)
    do an act the clause refuses (``refused``) while keeping no permission of that act itself, and the article
    forbids that act nowhere: 可以 → 不得/不予受理, the party's right taken away."""
    clause, upper = reading.clause.text, reading.upper.text
    for may in PERMISSION_RX.finditer(upper):
        act = _act(upper, may.end())
        if not act or role_at(upper, may.start()) == ORGAN:
            continue
        after = upper[may.end():bounds(upper, may.end(), PHRASE_END)[1]]
        if role_at(upper, may.start()) != PARTY and not PARTY_ACT_RX.search(after):
            continue
        need = min(SHARED, len(act))
        if any(len(act & _act(clause, kept.end())) >= need for kept in PERMISSION_RX.finditer(clause)):
            continue   # the clause keeps the permission (可以向县……投诉，……不得拒绝受理)
        if any(len(act & _act(upper, ban.end())) >= need for ban in REFUSAL_RX.finditer(upper)):
            continue   # the article itself refuses that act in some case (当事人一方明确拒绝调解的，不得调解)
        refusal = refused(clause, act, _bearer(upper, may.start()))
        if refusal is None or (reading.cites_upper and told_by_citation(clause, refusal.start())):
            continue
        # (a 可以 read as merely dropped where the texts align, 删去“可以”, is this refusal: read once, as refused)
        reading.changes[:] = [c for c in reading.changes if not (c.kind == "modal" and c.upper_start == may.start())]
        reading.add("modal", grade("modal", {"upper": "may", "clause": "not", "role": PARTY},
                                   upper_word=may.group(), clause_word=refusal.group()),
                    bounds(clause, refusal.start(), PHRASE_END), (may.start(), may.end()))
        return
