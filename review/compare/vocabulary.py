"""The legal words the comparison relies on: modal verbs, who acts, penal, protective and aggravating words,
conditions, reliefs and exceptions.

The words are data: concepts of the lexicons (``review/lexicons/comparison.toml``, and the sanctions the norm
analyser reads), compiled here once; every other module of the comparison reads them from here.
"""

from __future__ import annotations

import re

from ..norms.lexicon import default_lexicon

_LEX = default_lexicon()


def _rx(*concepts: str) -> re.Pattern:
    """One regex for the concepts (review/lexicons/comparison.toml and the norm analyser's lexicons)."""
    return re.compile("|".join(_LEX.source(c) for c in concepts))


def _named(**concepts: str) -> re.Pattern:
    """Named alternatives, in order: the group name says which concept matched (m.lastgroup)."""
    return re.compile("|".join(f"(?P<{name}>{_LEX.source(c)})" for name, c in concepts.items()))


# the procedures of general laws (compare.procedure_law) a clause may name by their acts, by the core of the law's
# title: each concept naming one, with the law's own phrase for it (受理……许可证申请 → 行政许可申请, 作出准予或者不予
# 许可的决定 → 作出行政许可决定) — read by review.engine.names_procedure and by_figure_act
PROCEDURE_NAMED = {"行政许可": (("compare.procedure_named.licensing_application", "行政许可申请"),
                            ("compare.procedure_named.licensing_decision", "作出行政许可决定"))}


def procedure_named_rx(core: str) -> re.Pattern | None:
    """The acts naming the procedure of a general law titled by ``core`` (PROCEDURE_NAMED), None where there are none."""
    if core not in PROCEDURE_NAMED:
        return None
    if core not in _PROCEDURE_NAMED:
        _PROCEDURE_NAMED[core] = _rx(*(concept for concept, _ in PROCEDURE_NAMED[core]))
    return _PROCEDURE_NAMED[core]


def procedure_written_out(text: str) -> tuple[str, list[int]]:
    """``text`` with each procedure it names by its acts in the law's words (受理……许可申请 → 受理……行政许可申请,
    作出准予或者不予许可的决定 → 作出行政许可决定): how the general law words the same act, so its time limit is found for
    it; and the offset in the new text of each offset of ``text`` (and of its end; a rewritten phrase's inner offsets
    at its start)."""
    at = list(range(len(text) + 1))
    for core, namings in PROCEDURE_NAMED.items():
        for concept, phrase in namings:
            edits = [(m.start(), m.end(), phrase) for m in _rx(concept).finditer(text)
                     # (行政许可申请, 作出行政许可决定: the law's words already)
                     if core not in text[max(0, m.start() - len(core)):m.end()]]
            if not edits:
                continue
            out, last = [], 0
            for s, e, words in edits:
                out.append(text[last:s])
                out.append(words)
                last = e
            out.append(text[last:])

            def moved(pos: int) -> int:
                shift = 0
                for s, e, words in edits:
                    if pos >= e:
                        shift += len(words) - (e - s)
                    elif pos > s:
                        return s + shift
                return pos + shift
            at = [moved(a) for a in at]
            text = "".join(out)
    return text, at


_PROCEDURE_NAMED: dict[str, re.Pattern] = {}

# one kind of place or business under its names (网吧 is the 互联网上网服务营业场所): whose hours a window of the day is
# (review/compare/clock.py same_holder); the group name is the kind
PLACE_KIND_RX = _named(internet_cafe="compare.place_kind.internet_cafe", entertainment="compare.place_kind.entertainment")

# 可以 / 应当 / 不得 and their kin; the named group says the class ("may", "must", "not")
MODAL_RX = _named(**{"not": "compare.modal.not", "may": "compare.modal.may", "must": "compare.modal.must"})
# 视情况 / 酌情 / 原则上 / 认为必要时: an act left to the body's judgement (review/compare/discretion.py); the manner words
# an act may carry without being another act (依法, 及时, 适当)
DISCRETION_RX = _rx("compare.discretion")
# a benefit a public body owes in the indicative (由政府给予补贴, 免除行政事业性收费): review/compare/unmarked_duty.py
OWED_BENEFIT_RX = _rx("compare.owed_benefit")
MANNER_RX = _rx("compare.manner")
# 一律 / 只能: binds like 应当 where a clause turns an option into the only way (read on acts, review/compare/acts.py)
SOLE_RX = _rx("compare.modal.sole")

# who acts: organs versus the public (citizens, firms, self-governing bodies); the group name is the actor kind
ACTOR_KINDS = ("autonomy", "private", "township", "county_up", "central", "province", "local_gov", "local_dept",
               "generic", "party")
ACTOR_RX = _named(**{k: f"actor.{k}" for k in ACTOR_KINDS})
ORGAN_KINDS = ("central", "province", "county_up", "local_gov", "local_dept", "generic", "township")
PUBLIC_KINDS = ("autonomy", "private", "party")

# a duty or qualifier that protects the public (告知, 听证, 说明理由 …)
PROTECTIVE_RX = _rx("compare.protective")
PROTECTIVE_QUALIFIER_RX = _rx("compare.protective_qualifier")
# a sentence about a sanction: its money is a fine, its multiple a multiple of a fine — the norm analyser's fines and
# confiscations (sanctions.toml) plus the markers of a penalty clause (处罚、处以、并处、加处、滞纳金)
PENAL_RX = _rx("sanction.fine", "sanction.confiscation", "penal.marker")
# an article that lays a consequence at all (round 43, debt43): any sanction of sanctions.toml's group (with its
# severity), a coercive measure, a penal marker, a liability or the order before a sanction (penal.liability) — what a
# 罚则 holds (review/cited_sanction.py)
CONSEQUENCE_RX = _rx("sanction", "coercion", "penal.marker", "penal.liability")
# a sanction a sentence imposes (处……罚款, 没收违法所得, 吊销许可证, 责令停业整顿), not one it names (行政处罚决定, 依法
#给予处罚): where a sanctioning sentence's modal verbs stand after one, they are its discretion (engine.lays_conduct)
IMPOSED_RX = _rx("sanction.fine", "sanction.confiscation", "sanction.revocation", "sanction.suspension")
# a consequence that takes from whoever meets a case: a licence revoked or withdrawn, a suspension, a disqualification,
# a refusal (吊销营业执照, 注销取水许可证, 无偿收回土地使用权, 不享受当年的年休假): the sanctions the norm analyser reads
ADVERSE_RX = _rx("sanction.revocation", "sanction.withdrawal", "sanction.suspension", "sanction.disqualification",
                 "sanction.business_limit", "sanction.curtail", "sanction.refusal", "sanction.closure",
                 "sanction.utility_cut", "sanction.fine", "sanction.confiscation")
# words that make added text a condition (proof, local residence, approval, deposit …). Not the analyser's
# approval/registration/proof concepts: those are preconditions only with a condition marker (……后方可, 未经……不得),
# and read word by word here they turned faithful restatements into "added conditions" (登记机构, 吊销许可证)
CONDITION_RX = _rx("compare.condition", "compare.condition_joined", "compare.condition_step")
# a condition joined to the upper text's own (居住并办理暂住登记半年以上): an added step or qualification
JOINED_CONDITION_RX = _rx("compare.condition_joined")
# all of the conditions (同时符合下列条件) where the upper text asks for any one of them (条件之一)
ALL_OF_RX = _rx("compare.combination_all")
ANY_OF_RX = _rx("compare.combination_any")
# the upper text lets the local body set its own, stricter terms (可以……作出规定, 具体办法由……规定)
LOCAL_LEEWAY_RX = _rx("compare.local_leeway")
# a basis cited for what the clause says (依照《居住登记条例》办理): the addition comes with its own basis
CITED_BASIS_RX = _rx("basis.cited")
# a list of what a party must have or hand in (具备下列条件, 条件之一, 应当出具下列证件, 应当有……), and the word that joins
# a further member to a clause's restatement of it (并, 且, 同时还应当, 以及): review/compare/listed.py
REQUIREMENT_LIST_RX = _rx("compare.requirement_list")
ADDED_MEMBER_RX = _rx("compare.added_member")
# the list leaves room for other rules to add (国务院……规定的其他条件, ……等材料): a member added may come from them
OPEN_LIST_RX = _rx("compare.open_list")
# the act a time limit is for, just after its figure, is an application to a body (提出安全许可申请, 申请换发, 申报):
# its bearer is the party, whatever the vocabulary calls it (承办者, 彩票中奖者)
APPLICANT_ACT_RX = _rx("compare.applicant_act")
# a licence's validity (许可证有效期为3年), read on the words just before the figure: the holder's period
VALIDITY_PERIOD_RX = _rx("compare.validity_period")
# a list header that asks the applicant for materials (应当提交下列材料), and the documents an item names (户口簿)
MATERIAL_REQUEST_RX = _rx("compare.material_request")
DOCUMENT_NAME_RX = _rx("compare.document_name")
# an organ's own undertaking (县公安局承诺): a service standard it sets itself, no condition on the public
ORGAN_COMMITMENT_RX = _rx("compare.organ_commitment")
# a period to complete before one qualifies (居住半年以上), read on the words before the figure
QUALIFYING_PERIOD_RX = _rx("compare.qualifying_period")
# what follows a lead time (提前24小时通知用水单位): a notice, which the lead time protects the notified party by
NOTICE_ACT_RX = _rx("compare.notice_act")
# a period that runs from another's request (自受理之日起, 收到……质疑后) for a decision or reply on it (……内作出答复):
# its bearer decides on the request, whoever the vocabulary takes it for — a shorter limit is a stricter duty on it
ANSWERS_REQUEST_RX = _rx("compare.answers_request")
ANSWER_ACT_RX = _rx("compare.answer_act")
# what follows a period that must pass (公示30日后，可以申请注销): a permission that waits for it
WAITING_PERIOD_RX = _rx("compare.waiting_period")
# a period the party is entitled to (年休假, 产假, 领取失业保险金的期限), read on the words before the figure
ENTITLED_PERIOD_RX = _rx("compare.entitled_period")
# the period within which a violation may be pursued (在二年内未被发现的，不再给予行政处罚), after the figure
LIMITATION_RX = _rx("compare.limitation")
# a period the party lets lapse without acting (经公告3个月仍不前来接受处理的, 超过30日仍不交纳的, 六个月内无人认领的),
# read just after the figure: the last grace before a loss
GRACE_LAPSED_RX = _rx("compare.grace_lapsed")
# the party's property or claim disposed of (拍卖, 变卖, 视为放弃, 按无主财物处理, 强制执行): a loss after a grace period
FORFEITURE_RX = _rx("compare.forfeiture")
# seized property disposed of after a lapsed grace (对扣留的车辆依法处理), read with the seizure in the same sentence
SEIZED_DISPOSAL_RX = _rx("compare.seized_disposal")
SEIZED_RX = _rx("compare.seized")
# the period a sanction lasts (暂扣六个月, 责令停业整顿3个月至6个月, 五年内不得重新取得), read on the words just before the
# figure and just after it
SANCTION_PERIOD_RX = _rx("compare.sanction_period")
# a bar lasting the whole period (五年内不得担任): its length is one figure, not a ceiling
BARRED_PERIOD_RX = _rx("compare.barred_period")
# the law's route of enforcement through a court, and a body enforcing by itself (强制拆除, 组织实施搬迁)
COURT_ENFORCEMENT_RX = _rx("compare.court_enforcement")
SELF_ENFORCEMENT_RX = _rx("compare.self_enforcement")
# enforcement waits until the party's time to seek review or sue has run (在法定期限内不申请行政复议或者不提起行政诉讼)
REMEDY_WAIT_RX = _rx("compare.remedy_wait")
# who makes a rule or sets a standard (由国务院财政部门、价格主管部门制定)
RULE_MAKER_RX = _rx("compare.rule_maker")
# a consequence the law deems (逾期不告知的……即为受理, 视为准予延续)
DEEMED_RX = _rx("compare.deemed")
# words that grade a sanction by circumstance (情节较轻的, 首次): a fixed fine for one grade is no lost discretion
CIRCUMSTANCE_RX = _rx("compare.circumstance")
# joining (和, 并且, 同时) and alternative (或者) words
JOINER_RX = _rx("compare.joiner")
# what the party must have or hand in (提交, 具备), and a list that names kinds (是指……等): where 和 joins requirements
REQUIREMENT_RX = _rx("compare.requirement")
ENUMERATION_RX = _rx("compare.enumeration")
ALTERNATIVE_RX = _rx("compare.alternative")
# a local name for the upper text's place (本省 for 居住地): localisation, not a condition
JURISDICTION_RX = _rx("compare.jurisdiction")
# groups of condition words that say the same (提供 / 提交): one written for the other adds nothing
CONDITION_KIN_RXS = tuple(re.compile(p) for p in _LEX.concepts["compare.condition_kin"].patterns)
# an internal sign-off (经委领导同意): the body's own working procedure, no condition on the public
INTERNAL_SIGNOFF_RX = _rx("compare.internal_signoff")
# the holder's side of a duty to provide (持有人享有 for 机关应当提供): the duty is restated, not dropped
ENTITLEMENT_RX = _rx("compare.entitlement")
# an internal unit's preparatory step (建议撤销 for 应当决定撤销): not the decision the upper text imposes
PROPOSAL_RX = _rx("compare.proposal")
# a law that governs every field: any document may restate it (the upper-law subject test passes)
GENERAL_LAW_RX = _rx("compare.general_law")
# the general laws of administrative procedure a clause in its own words restates without naming (review.subject_laws)
PROCEDURE_LAW_RX = _rx("compare.procedure_law")
# words that make a liability heavier when added
AGGRAVATE_RX = _rx("compare.aggravate")
# an exception that relieves the party (可以不承担或者减轻责任)
RELIEF_RX = _rx("compare.relief")

# an exception written into a clause (但…, …除外)
ADDED_EXCEPTION_RX = _rx("compare.added_exception")
# the exceptions of an upper provision: 但书, 除…外, 法律另有规定的从其规定
UPPER_EXCEPTION_RXS = tuple(_rx(c) for c in ("compare.upper_exception.proviso", "compare.upper_exception.except",
                                                "compare.upper_exception.defer"))
GENERIC_PROVISO = "另有规定"   # an exception that defers to other law applies whether or not it is restated
# an exemption the article grants (不需要申请采伐许可证, 无须办理): the modal verb of relief (review.compare.modals, acts)
EXEMPTION_RX = re.compile(r"不需要|不需|无须|无需|毋须|毋需|不必|免予")
