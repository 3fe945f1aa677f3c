"""Norm conditions: what a rule in a pack asks of a Norm, and where in the clause it is met.

A rule's ``norm`` table (or list of tables, alternatives) names concepts and norm parts, e.g.::

    norm = {precondition = "approval", basis = "none"}                 # 须经……审批后方可 / 未经……同意不得 …
    norm = {sanction = "sanction", bearer = "relative"}                # a sanction that falls on an offender's relatives
    norm = {all = ["fee.pay", "fee.item"], window = 16, none = ["fee.lawful"]}

Keys (all optional, all must hold in one sentence):

* ``precondition`` — concepts (approval, registration, license_document) the sentence makes a precondition of an activity;
* ``sanction`` — sanction concepts or the group ``sanction``; ``min_severity`` its least rank; ``bearer`` who bears it
  (offender, relative, employer, others: the other members of a joint guarantee, 联保各户; government — a sanction on
  a subordinate government body, 考核不合格的乡镇，暂停其……, counts only where a condition names this bearer);
  ``on_violation`` = true: attached to a violation (违反/拒不/逾期不……的);
* ``all`` — concepts that must all occur (within ``window`` characters when given); an element may itself be a list of
  alternatives (``all = [["public_service.school", "employment"], "condition.local_only"]``: one of the first, and the
  second); ``any`` — at least one of them;
  ``none`` — concepts that must not occur in the sentence; ``clause_any`` — at least one anywhere in the clause;
* ``near`` — pairs of concepts that must stand close together, each ``[a, b, distance]`` (at most ``distance``
  characters between them, either order): ``["outside", "market_object", 8]`` is an outside firm or product
  (外地施工企业, 县外生产的预制构件), not an outside person (外省市人员);
* ``agent`` — the role of who acts (role.government, role.party_a …: the 由-agent, else the subject); ``agent_not`` —
  roles that must not be the one who acts (a licence burdens the public, not a government body);
* ``actor`` — roles or concepts of who undertakes the trigger itself: the nearest actor before it in the sentence
  that is not an object (向/为/和/按……乙方), in any word order — “乙方的贷款由县人民政府代其归还”, “管委会同意
  向贷款银行出具还款承诺书”, “甲方和乙方一起负责偿还” all have the government side undertake the debt;
* ``header_any`` — concepts at least one of which is in the sentence's list header (“报名企业应当具备下列条件：”);
  ``header_all`` — concepts (or lists of alternatives, as in ``all``) that must all be in it (“有下列情形之一的，不予办理
  居住登记：” — a refused service and the header that refuses it); ``header_none`` — concepts that must not be in it
  (“符合下列条件之一的，可以直接申领居住证：” — each item is another way in, not one more condition);
* ``sanction_near`` — the sanction stands at most this many characters from a mention of the first ``all`` concept
  (不得评为优秀: the sanction bears on the honour), not anywhere in a long sentence that names both;
* ``modal`` — duty, permission, prohibition, exemption, none;
* ``basis`` = "none": no legal basis cited in the sentence or its list header;
* ``contexts`` — contexts in which the rule still applies (by default a definition, a description of others' conduct,
  a report of what was abolished, internal administration, a table row or a quotation never fires);
* ``forbidden`` = true: also where the sentence forbids the measure (by default 不得/严禁……+ the measure does not fire);
* ``effect`` — what the sentence does to a private party (review/norms/effect.py, ``Effect.name``): ``supply``
  (a supply withheld), ``benefit`` (a service, benefit or distribution withheld), ``disqualify`` (a qualification
  withheld for a period), ``remove`` (property removed, taken, sealed), ``liberty``, ``final`` (a decision made final,
  review or the court excluded), ``override`` (the parties' own agreement set aside), ``discretion`` (open-ended) —
  laid by a public body or one it arranges, unguarded and without a basis (``Effect.laid``); and the burdens of
  review/norms/burden.py (``Burden.name``): ``others`` (borne by someone other than who acted), ``duty`` (a new duty
  on a private person), ``sensitive`` (sensitive personal data handled), ``origin`` (a statutory entitlement gated on
  户籍), ``wages`` (wages withheld as leverage).
"""

from __future__ import annotations

import re

from dataclasses import dataclass

from .analyse import forbidden as _forbidden
from .body_name import inside_name
from .burden import NAMES as BURDEN_NAMES, burdens as _burdens, kin_bear_header
from .competent import NAMES as COMPETENCE_NAMES, OPINION_WORDS as COMPETENCE_WORDS
from .effect import NAMES as EFFECT_NAMES, laid as _laid, leverage_item
from .lexicon import Lexicon
from ..sentences import NEXT_STEP, OTHER_BODY, body_step
from .model import CONTEXTS, MODALS, Norm

BEARERS = ("offender", "relative", "employer", "others", "government")
_KEYS = {"agent_not", "actor", "header_any", "header_all", "header_none", "precondition", "sanction", "min_severity", "bearer", "on_violation", "all", "any", "none", "clause_any",
         "agent", "modal", "basis", "contexts", "forbidden", "window", "near", "sanction_near", "effect"}


# tables a rule names whole (``effect = ["table.competences"]``, ``opinion_readings = "table.competences"``): one
# effect a row, with the words a finding says of it — the table is the one place its rows are written
EFFECT_TABLES = {"table.competences": COMPETENCE_NAMES}
READING_TABLES = {"table.competences": COMPETENCE_WORDS}


class ConditionError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class NormCondition:
    precondition: tuple[str, ...] = ()
    sanction: tuple[str, ...] = ()
    min_severity: int = 0
    bearer: tuple[str, ...] = ()
    on_violation: bool | None = None
    all: tuple[tuple[str, ...], ...] = ()   # each element: the concepts one of which must occur
    any: tuple[str, ...] = ()
    none: tuple[str, ...] = ()
    clause_any: tuple[str, ...] = ()
    agent: tuple[str, ...] = ()
    agent_not: tuple[str, ...] = ()
    actor: tuple[str, ...] = ()
    header_any: tuple[str, ...] = ()
    header_all: tuple[tuple[str, ...], ...] = ()
    header_none: tuple[str, ...] = ()
    modal: tuple[str, ...] = ()
    basis: str = "any"
    contexts: tuple[str, ...] = ()
    forbidden: bool = False
    window: int = 0
    near: tuple[tuple[str, str, int], ...] = ()
    sanction_near: int = 0                  # the sanction within this many characters of the first ``all`` concept
    effect: tuple[str, ...] = ()            # effect names (norms.effect.NAMES) the sentence lays on a private party

    @property
    def concepts(self) -> tuple[str, ...]:
        """Every concept whose mentions the condition reads (an ``actor`` that is not a role is read as a mention)."""
        return tuple(c for group in self.all for c in group) + self.any + self.none + self.clause_any + tuple(
            a for a in self.actor if not a.startswith("role.")) \
            + tuple(dict.fromkeys(c for a, b, _ in self.near for c in (a, b)))


def _groups(v, key) -> tuple[tuple[str, ...], ...]:
    """``all``/``header_all``: each element a concept or a list of alternative concepts."""
    if isinstance(v, str):
        v = [v]
    if not isinstance(v, list) or not v:
        raise ConditionError(f"norm.{key} 必须是概念或概念列表（列表中的一项可以是备选概念的列表）")
    return tuple(_tuple(x, key) for x in v)


def _tuple(v, key) -> tuple[str, ...]:
    if isinstance(v, str):
        return (v,)
    if not isinstance(v, list) or any(not isinstance(x, str) for x in v):
        raise ConditionError(f"norm.{key} 必须是字符串或字符串列表")
    return tuple(v)


def parse_condition(raw, lexicon: Lexicon) -> NormCondition:
    """A condition from a pack's ``norm`` table; unknown keys, concepts, roles or modals raise ConditionError."""
    if not isinstance(raw, dict):
        raise ConditionError("norm 必须是表，如 {precondition = \"approval\"}")
    unknown = set(raw) - _KEYS
    if unknown:
        raise ConditionError(f"norm 中有未知字段 {sorted(unknown)}")
    kw: dict = {}
    for key in ("precondition", "sanction", "any", "none", "clause_any", "agent", "agent_not", "actor",
                "header_any", "header_none", "bearer", "modal", "contexts", "effect"):
        if key in raw:
            kw[key] = _tuple(raw[key], key)
    for key in ("all", "header_all"):
        if key in raw:
            kw[key] = _groups(raw[key], key)
    for key in ("precondition", "sanction", "all", "any", "none", "clause_any", "agent", "agent_not", "actor",
                "header_any", "header_all", "header_none"):
        names = [n for g in kw.get(key, ()) for n in g] if key in ("all", "header_all") else kw.get(key, ())
        for name in names:
            if name not in lexicon:
                raise ConditionError(f"norm.{key} 引用了未知概念 {name}")
    for name in kw.get("bearer", ()):
        if name not in BEARERS:
            raise ConditionError(f"norm.bearer 必须取自 {BEARERS}：{name}")
    if "effect" in kw:
        kw["effect"] = tuple(n for e in kw["effect"] for n in EFFECT_TABLES.get(e, (e,)))
    for name in kw.get("effect", ()):
        if name not in EFFECT_NAMES + BURDEN_NAMES:
            raise ConditionError(f"norm.effect 必须取自 {EFFECT_NAMES + BURDEN_NAMES}：{name}")
    for name in kw.get("modal", ()):
        if name not in MODALS:
            raise ConditionError(f"norm.modal 必须取自 {MODALS}：{name}")
    for name in kw.get("contexts", ()):
        if name not in CONTEXTS:
            raise ConditionError(f"norm.contexts 必须取自 {CONTEXTS}：{name}")
    if raw.get("basis", "any") not in ("any", "none"):
        raise ConditionError("norm.basis 只能是 any 或 none")
    for key in ("min_severity", "window", "sanction_near"):
        if key in raw and (not isinstance(raw[key], int) or raw[key] < 0):
            raise ConditionError(f"norm.{key} 必须是非负整数")
    if "on_violation" in raw and not isinstance(raw["on_violation"], bool):
        raise ConditionError("norm.on_violation 必须是 true 或 false")
    if "forbidden" in raw and not isinstance(raw["forbidden"], bool):
        raise ConditionError("norm.forbidden 必须是 true 或 false")
    near = _near(raw.get("near", []), lexicon)
    if not (kw.get("precondition") or kw.get("sanction") or kw.get("all") or kw.get("any")):
        raise ConditionError("norm 至少需要 precondition、sanction、all 或 any 之一")
    return NormCondition(min_severity=raw.get("min_severity", 0), on_violation=raw.get("on_violation"),
                         basis=raw.get("basis", "any"), forbidden=raw.get("forbidden", False),
                         window=raw.get("window", 0), near=near, sanction_near=raw.get("sanction_near", 0), **kw)


def _near(raw, lexicon: Lexicon) -> tuple[tuple[str, str, int], ...]:
    """``near`` pairs, each ``[concept, concept, distance]``."""
    if not isinstance(raw, list):
        raise ConditionError("norm.near 必须是列表，每项为 [概念, 概念, 距离]")
    out = []
    for pair in raw:
        if not (isinstance(pair, list) and len(pair) == 3 and isinstance(pair[0], str) and isinstance(pair[1], str)
                and isinstance(pair[2], int) and not isinstance(pair[2], bool) and pair[2] >= 0):
            raise ConditionError(f"norm.near 的每项必须是 [概念, 概念, 非负整数距离]：{pair!r}")
        for name in pair[:2]:
            if name not in lexicon:
                raise ConditionError(f"norm.near 引用了未知概念 {name}")
        out.append((pair[0], pair[1], pair[2]))
    return tuple(out)


def _expand(lexicon: Lexicon, names) -> set[str]:
    out: set[str] = set()
    for n in names:
        out.update(lexicon.members_of(n))
    return out


@dataclass(frozen=True, slots=True)
class NormsFound:
    """What the norms of one clause hold at all: the concepts mentioned, made preconditions, and sanctions — enough
    to tell, before reading norm by norm, that a condition cannot be met in the clause (``could_meet``)."""

    mentioned: frozenset[str]
    preconditions: frozenset[str]
    sanctions: frozenset[str]


    @property
    def keys(self) -> frozenset[str]:
        """All of it as tagged names (``condition_keys``): m:concept, p:precondition, s:sanction."""
        return frozenset([f"m:{c}" for c in self.mentioned] + [f"p:{c}" for c in self.preconditions]
                         + [f"s:{c}" for c in self.sanctions])


def norms_found(norms) -> NormsFound:
    """What ``norms`` hold (a clause's ``Norm``s, or its ``analyse.read`` readings: the same)."""
    return NormsFound(frozenset(m.concept for n in norms for m in n.mentions),
                      frozenset(p.concept for n in norms for p in n.preconditions),
                      frozenset(s.concept for n in norms for s in n.sanctions))


def condition_keys(cond: NormCondition, lexicon: Lexicon) -> frozenset[str]:
    """Tagged names (``NormsFound.keys``) one of which the clause must hold for ``could_meet`` to be true: the
    precondition, else the sanction, else the first concept of ``all``, else one of ``any``."""
    if cond.precondition:
        return frozenset(f"p:{c}" for c in _expand(lexicon, cond.precondition))
    if cond.sanction:
        return frozenset(f"s:{c}" for c in _expand(lexicon, cond.sanction))
    if cond.all:
        return frozenset(f"m:{c}" for c in cond.all[0])
    return frozenset(f"m:{c}" for c in cond.any)


def condition_names(cond: NormCondition, lexicon: Lexicon) -> frozenset[str]:
    """Every concept or group name ``could_meet`` looks for in what the clause's norms hold: it answers the same
    for two ``NormsFound`` that agree on these names."""
    return frozenset(cond.clause_any).union(*cond.all, (c for a, b, _ in cond.near for c in (a, b)), cond.any,
                                            _expand(lexicon, cond.precondition), _expand(lexicon, cond.sanction))


def condition_needs(cond: NormCondition, lexicon: Lexicon) -> tuple[frozenset[str], ...]:
    """``could_meet``'s tests as sets of names, the clause holding one name of each: what it asks where a clause's
    mentions, preconditions and sanctions are one set (``review.match.norm_readers``: the names that could be held).
    ``near``'s names are each a set of one (``issuperset``); an empty expansion is an empty set (never met)."""
    out = []
    if cond.clause_any:
        out.append(frozenset(cond.clause_any))
    out += [frozenset(group) for group in cond.all]
    out += [frozenset((c,)) for a, b, _ in cond.near for c in (a, b)]
    if cond.any:
        out.append(frozenset(cond.any))
    if cond.precondition:
        out.append(frozenset(_expand(lexicon, cond.precondition)))
    if cond.sanction:
        out.append(frozenset(_expand(lexicon, cond.sanction)))
    return tuple(out)


def could_meet(cond: NormCondition, found: NormsFound, lexicon: Lexicon) -> bool:
    """False when ``where_met`` is sure to find nothing in the clause: a concept the condition needs is nowhere in
    it (exact: each test is one ``where_met`` makes of every norm)."""
    if cond.clause_any and found.mentioned.isdisjoint(cond.clause_any):
        return False
    if cond.all and any(found.mentioned.isdisjoint(group) for group in cond.all):
        return False
    if cond.near and not found.mentioned.issuperset(c for a, b, _ in cond.near for c in (a, b)):
        return False
    if cond.any and found.mentioned.isdisjoint(cond.any):
        return False
    if cond.precondition and found.preconditions.isdisjoint(_expand(lexicon, cond.precondition)):
        return False
    if cond.sanction and found.sanctions.isdisjoint(_expand(lexicon, cond.sanction)):
        return False
    return True


def _spans_all(norm: Norm, names, window: int) -> list[tuple[tuple[int, int], ...]]:
    """One mention of every group of ``names`` (each a tuple of alternative concepts; within ``window`` when given),
    the first group's first."""
    groups = [[(m.start, m.end) for m in norm.mentions if m.concept in alternatives] for alternatives in names]
    if any(not g for g in groups):
        return []
    out = []
    for a in groups[0]:
        lo, hi = a
        parts = [a]
        for g in groups[1:]:
            best = min(g, key=lambda sp: max(hi, sp[1]) - min(lo, sp[0]))
            lo, hi = min(lo, best[0]), max(hi, best[1])
            parts.append(best)
        if (not window or hi - lo <= window) and any(b > a for a, b in parts):
            out.append(tuple(parts))      # not from a list header alone (its mentions have no width)
    return out


def _close(norm: Norm, a: str, b: str, distance: int) -> bool:
    """Whether a mention of ``a`` and one of ``b`` stand at most ``distance`` characters apart in ``norm``."""
    xs = [(m.start, m.end) for m in norm.mentions if m.concept == a and m.end > m.start]
    ys = [(m.start, m.end) for m in norm.mentions if m.concept == b and m.end > m.start]
    return any(max(x0, y0) - min(x1, y1) <= distance for x0, x1 in xs for y0, y1 in ys)


def _bears_on(norm: Norm, span: tuple[int, int], concepts, distance: int) -> bool:
    """Whether a mention of one of ``concepts`` stands at most ``distance`` characters from ``span`` (a sanction):
    what the sanction bears on (不得评为优秀: the honour), not a word elsewhere in a long sentence."""
    s0, s1 = span
    return any(max(s0, m.start) - min(s1, m.end) <= distance
               for m in norm.mentions if m.concept in concepts and m.end > m.start)


# a word before an actor that makes it the object or a circumstance of the act, not the one who undertakes it
_OBJECT_MARK = frozenset("向给对与为和跟从将把及或同被让经报凭在到按以替帮")


# a place the actor goes to or is at (参保人员在定点医疗机构就医时, 入住人员在养老服务机构办理登记时): 在/到 and a few
# characters of the place's name before a body's name, in the phrase of another actor named before the preposition
# (not 所在单位, 达到, 受到: words that hold the character)
_PLACE_BEFORE = re.compile(r"(?<![所存现实正])在[^，。；、：:]{0,8}$|(?<![达受得收遇感])到[^，。；、：:]{0,8}$")


def _in_place_phrase(norm: Norm, c: tuple, cands: list) -> bool:
    """Whether the candidate actor ``c`` is the place of a 在/到 phrase whose subject, another candidate, stands before it
    in the same phrase: who acts is that subject."""
    before = norm.text[:c[0] - norm.start]
    m = _PLACE_BEFORE.search(before)
    if m is None:
        return False
    p = m.start() + norm.start
    phrase = norm.start + max(before.rfind(ch, 0, m.start()) for ch in "，,；;：:") + 1
    return any(phrase <= o[0] and o[1] <= p for o in cands if o is not c)


def actor_before(norm: Norm, at: int, lexicon: Lexicon, concepts=()) -> frozenset[str]:
    """The roles (and ``concepts``, read as actors) of the nearest actor (the one ending last) that starts before clause offset ``at`` in
    ``norm`` and is not an object (向乙方、为乙方、和乙方、按社会资本方的出资额): who undertakes what stands at ``at``.
    Several names on one span (县城投公司: a named company and a platform company) give all their roles."""
    cands = [(a.start, a.end, a.role) for a in norm.actors]
    cands += [(m.start, m.end, m.concept) for m in norm.mentions if m.concept in concepts]
    cands = [c for c in cands if c[0] < at
             and not (c[0] > norm.start and norm.text[c[0] - norm.start - 1] in _OBJECT_MARK
                      and not inside_name(norm.text, c[0] - norm.start - 1))]
    cands = [c for c in cands if not _in_place_phrase(norm, c, cands)]
    if not cands:
        return frozenset()
    hi = max(c[1] for c in cands)
    lo = min(c[0] for c in cands if c[1] == hi)
    grown = True
    while grown:                  # the names overlapping the nearest one (县城投 | 城投公司 | 公司)
        near = [c for c in cands if c[0] < hi and lo < c[1]]
        grown = min(c[0] for c in near) < lo
        lo = min(c[0] for c in near)
    return frozenset(c[2] for c in near)


def _protective_modal(lexicon: Lexicon, norm: Norm) -> bool:
    """Whether the norm's prohibition (its first 不得/严禁……) opens a protective relief (review/norms/relief.py)."""
    if norm.modal != "prohibition" or not norm.relief:
        return False
    m = lexicon.rx("modal.prohibition").search(norm.text)
    return m is not None and any(r.form == "protective" and r.start == norm.start + m.start() for r in norm.relief)


_HEADER_LAYS = re.compile(r"(下列|以下|如下)[^，。；：:]{0,8}(情形|行为|情况)之一的?[，,][^：:]*[：:]\s*$")


def header_lays(lexicon: Lexicon, names, header: str, item: str) -> bool:
    """Whether a list ``header`` of cases (……有下列情形之一的，……：) names one of the concepts ``names`` after its
    cases, the measure each item incurs, and the ``item`` is a case of leverage — a charge owed to another (拖欠物业服务
    费的) or a demand refused (拒不配合……的) — not the party's own conduct the measure answers (round 21)."""
    m = _HEADER_LAYS.search(header) if header else None
    return m is not None and leverage_item(item) and any(lexicon.has(c, header[m.end(2):]) for c in names)


def where_met(cond: NormCondition, norms, lexicon: Lexicon, clause_text: str = "") -> list[tuple[int, int]]:
    """Clause offsets of the trigger (a precondition, a sanction, the first concept) in every norm that meets
    the condition."""
    out: list[tuple[int, int]] = []
    if cond.clause_any and not any(m.concept in cond.clause_any for n in norms for m in n.mentions):
        return out
    for norm in norms:
        if set(norm.context) - set(cond.contexts):
            continue
        # a basis cited only for a further step of the sentence (……给予警告，经警告后仍不纠正的，……按《X条例》规定处理)
        # is that step's: the triggers before the step's condition are read without it (``_basis_of_step``)
        # (a named instrument only: a general basis — 依法, 有关法律、法规 — anywhere in the sentence excuses as before)
        # … and a general basis that only introduces another duty after the measure (……处以罚款，并按规定补办登记手续:
        # round 46) is that duty's (``_only_later_duties``), one written for another body's act before it (……登记机关依法不予
        # 办理登记，住房保障部门……处10万元罚款) that body's (``sentences.body_step``)
        beyond_step = cond.basis == "none" and norm.basis.provided
        if beyond_step and not (clause_text and (
                (norm.basis.kind == "cited" and NEXT_STEP.search(norm.text) and not lexicon.has("basis.general", norm.text))
                or _only_later_duties(lexicon, norm) or OTHER_BODY.search(norm.text))):
            continue
        if cond.modal and norm.modal not in cond.modal:
            continue
        if "prohibition" in cond.modal and _protective_modal(lexicon, norm):
            continue      # the prohibition forbids a burden on someone (不得收存其身份证): it restricts no one's activity
        if cond.agent and not (norm.agent and norm.agent.role in _expand(lexicon, cond.agent)):
            continue
        if cond.agent_not and norm.bears(_expand(lexicon, cond.agent_not)):
            continue
        if cond.none and any(m.concept in cond.none for m in norm.mentions):
            continue
        if cond.header_any and not any(lexicon.has(c, norm.header) for c in cond.header_any):
            continue
        if cond.header_all and not all(any(lexicon.has(c, norm.header) for c in group) for group in cond.header_all):
            continue
        if cond.header_none and any(lexicon.has(c, norm.header) for c in cond.header_none):
            continue
        if cond.near and not all(_close(norm, a, b, d) for a, b, d in cond.near):
            continue
        triggers: list[tuple[int, int]] = []
        if cond.effect:
            before = clause_text[:norm.start] if clause_text else ""
            laid = [(norm.start + e.start, norm.start + e.end) for e in _laid(norm.text, norm.header, before)
                    if e.name in cond.effect]
            if not set(cond.effect).isdisjoint(BURDEN_NAMES):
                laid += [(norm.start + b.start, norm.start + b.end) for b in _burdens(norm.text, norm.header, before,
                                                                                  clause_text[norm.start + len(norm.text):] if clause_text else "")
                         if b.name in cond.effect]
            if not laid:
                continue
            triggers.append(laid)
        if cond.precondition:
            wanted = _expand(lexicon, cond.precondition)
            pre = [(p.start, p.end) for p in norm.preconditions if p.concept in wanted]
            if not pre:
                continue
            triggers.append(pre)
        if cond.sanction:
            wanted = _expand(lexicon, cond.sanction)
            sanctions = [(s.start, s.end) for s in norm.sanctions
                         if s.concept in wanted and s.severity >= cond.min_severity
                         and (s.bearer in cond.bearer if cond.bearer else s.bearer != "government")
                         and (cond.on_violation is None or s.on_violation == cond.on_violation)]
            if cond.sanction_near and cond.all:
                sanctions = [s for s in sanctions if _bears_on(norm, s, cond.all[0], cond.sanction_near)]
            if not sanctions:
                continue
            triggers.append(sanctions)
        if cond.all:
            combos = _spans_all(norm, cond.all, cond.window)
            if not cond.forbidden and not cond.sanction:   # no part forbidden (a sanction's negation is its own)
                combos = [c for c in combos if not any(
                    _forbidden(lexicon, norm.text, a - norm.start, b - norm.start) for a, b in c)]
            if not combos:
                continue
            triggers.append([c[0] for c in combos])
        if cond.any:
            found = [(m.start, m.end) for m in norm.mentions if m.concept in cond.any and m.end > m.start]
            if not found and cond.effect and triggers and (header_lays(lexicon, cond.any, norm.header, norm.text)
                                                           or "others" in cond.effect and kin_bear_header(norm.header, norm.text)):
                # round 21: the effect stands in the list header and the item names who incurs it (业主有下列情形之一的，
                # 暂停为其出具各类证明：（三）拖欠物业服务费……的): the header's words of the concept are the item's, as
                # ``effect.effects`` reads the header's effect for the item
                found = list(triggers[0])
            if not found and not (triggers and cond.clause_any and any(b > a for a, b in triggers[0])
                                  and any(m.concept in cond.any for m in norm.mentions)):
                # a list header's lent mention (no width: 申请……许可应当提交下列材料：) meets ``any`` where the
                # item holds the trigger itself (（三）县道路运输行业协会推荐意见: not one lent by the header too, D114's
                # 受理机构 ……服务机构 over （三）……证明) and the condition asks what is
                # applied for (``clause_any``): the header names the application, its 提交 is the item's. Not for
                # a condition on the paper alone (a notarised paper in a list of materials: D076's 变更性别登记
                # materials follow the ministry's reply, a lawful look-alike the header does not make a demand)
                continue
            if found:
                triggers.append(found)
        first = triggers[0]
        if cond.actor:
            roles = _expand(lexicon, cond.actor)
            first = [(a, b) for a, b in first if actor_before(norm, a, lexicon, roles) & roles]
        if not cond.forbidden and not cond.precondition:   # a precondition's form already reads its negation
            first = [(a, b) for a, b in first
                     if not _forbidden(lexicon, norm.text, a - norm.start, b - norm.start)]
        if beyond_step:
            first = [(a, b) for a, b in first if not _basis_of_step(lexicon, clause_text, norm.header, a, b)]
        if first:
            out.append(first[0])
    return out


def _basis_of_step(lexicon: Lexicon, clause_text: str, header: str, a: int, b: int) -> bool:
    """Whether the measure at [a, b) of ``clause_text`` has a basis in its own step of the sentence (``body_step``: from
    the act of the body that lays it up to the condition of a further step) or in its list ``header`` — not counting a
    general basis that introduces another duty after it (``without_later_duties``)."""
    from .analyse import basis_of, without_later_duties

    return basis_of(lexicon, body_step(without_later_duties(lexicon, clause_text, b), a, b), header).provided


def _only_later_duties(lexicon: Lexicon, norm: Norm) -> bool:
    """Whether every basis of the norm is a general basis introducing another duty (……，并按规定补办登记手续:
    ``basis.other_duty``): which measure each governs is then read measure by measure (``_basis_of_step``)."""
    from .analyse import basis_of, without_later_duties

    return (lexicon.has("basis.other_duty", norm.text)
            and not basis_of(lexicon, without_later_duties(lexicon, norm.text, 0), norm.header).provided)
