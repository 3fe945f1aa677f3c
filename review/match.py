"""Apply compiled rules to clauses and document metadata. Pure: text and data classes in, hits and
findings out; the review date (``as_of``) is passed in, never read from the clock."""

from __future__ import annotations

import functools
import operator
import re
from dataclasses import dataclass, field

from .model import Clause, Document, Finding
from .severity import milder
from .sentences import PHRASE_END as _PHRASE_END
from .sentences import crosses_line_end, norm_spans, own_step, sentence_bounds, sentence_spans, unwrapped_sentence
from .firstchars import joined_keys, text_keys, trigger_holds
from .norms.conditions import condition_names, condition_needs, could_meet, header_lays, norms_found, where_met
from .norms.analyse import analyse, could_hold, read, reading_parts, shaped_concepts, without_excepted
from .norms.burden import BESIDE_NAMES, NAMES as BURDEN_NAMES, beside, burdens, burdens_among, kin_bear_header
from .norms.effect import NAMES as EFFECT_NAMES, laid
from .rules import Rule, header_polarity
_MAX_EXTEND = 40
_QUOTED = re.compile(r"《[^《》]*》")
# the categories whose rules report a burden laid on the public (a licence, a penalty, a proof, a restriction of
# rights …): a sentence that lifts that burden instead (review/norms/relief.py) sets nothing. Not the rules that report
# a privilege or a body escaping control (fair competition, power, contracts: 不受学区限制 for investors' children,
# 不再提交常务会议研究 are their findings), nor names, citations and dates.
BURDENS = frozenset({"license", "penalty", "coercion", "fee", "proof", "rights", "family-planning"})
# the categories whose rules report what a document makes someone do or suffer: a prohibition that protects a person
# from a burden laid on them by another (不得以……为由拒绝……, 严禁向……收取, 不得强制……: the ``protective`` relief) sets
# nothing, whatever the rule — a privilege or a body escaping control is not written as such a prohibition. The other
# reliefs (a restriction said not to apply, a demand lifted) are a privilege there, so only BURDENS read them.
PROTECTED = BURDENS | {"power", "fair-competition", "procedure", "upper-law", "contract"}
# the categories a document may not 设定 without an upper-level basis (review.engine.SET_BY_UPPER): the basis that excuses
# one of their measures is the one cited for it, not for the further step the sentence goes on to (sentences.own_step)
SETTING_CATEGORIES = frozenset({"license", "penalty", "coercion", "fee"})
# the categories whose rules report a favour the government side grants: a favour it declines (甲方不作出保底收益承诺,
# 不以任何名义返还土地出让金) is the lawful promise, not the favour (the ``declined`` relief)
DECLINABLE = frozenset({"contract", "fair-competition"})


@dataclass(frozen=True, slots=True)
class Hit:
    """One place where a rule fires: offsets into the clause text (or into Document.text for
    metadata rules), the quote shown to the reader, and the severity after downgrades."""

    rule: str
    start: int
    end: int
    quote: str
    severity: str
    notes: tuple[str, ...] = ()
    values: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {"rule": self.rule, "start": self.start, "end": self.end, "quote": self.quote,
                "severity": self.severity, "notes": list(self.notes)}


# ---------------------------------------------------------------- dates

def _norm_date(d: str | None) -> str:
    """'2018' -> '2018-01-01', '2018-05' -> '2018-05-01'; the earliest day keeps uncertain dates quiet."""
    if not d:
        return ""
    d = str(d)[:10]
    if len(d) == 4:
        return d + "-01-01"
    if len(d) == 7:
        return d + "-01"
    return d


def reference_date(rule: Rule, doc_meta: dict | None, as_of: str | None) -> str:
    if rule.date_basis == "document" and doc_meta and doc_meta.get("date"):
        return _norm_date(doc_meta["date"])
    return _norm_date(as_of)


def rule_applies_on(rule: Rule, date: str) -> bool:
    """Whether the rule is in force on ``date`` (no date: assume it is)."""
    if not date:
        return True
    if rule.valid_from and date < _norm_date(rule.valid_from):
        return False
    if rule.valid_until and date >= _norm_date(rule.valid_until):
        return False
    return True


# ---------------------------------------------------------------- spans

_sentence = sentence_bounds


def _readable(text: str, start: int, end: int) -> tuple[int, int]:
    """Extend [start, end) to the surrounding phrase (between commas/stops), at most _MAX_EXTEND
    characters each side, and strip whitespace and list markers at the edges."""
    s = start
    while s > 0 and start - s < _MAX_EXTEND and text[s - 1] not in _PHRASE_END:
        s -= 1
    e = end
    while e < len(text) and e - end < _MAX_EXTEND and text[e] not in _PHRASE_END:
        e += 1
    while s < start and text[s] in " \t\u3000":
        s += 1
    while e > end and text[e - 1] in " \t\u3000":
        e -= 1
    return s, e


def _all_spans(rule: Rule, text: str) -> list[tuple[int, int]]:
    """Minimal spans where one match of every ``all`` group occurs within ``rule.window`` chars."""
    groups = [[m.span() for m in rx.finditer(text)] for rx in rule.all]
    if any(not g for g in groups):
        return []
    spans = []
    for a in groups[0]:
        lo, hi = a
        for g in groups[1:]:
            best = min(g, key=lambda sp: max(hi, sp[1]) - min(lo, sp[0]))
            lo, hi = min(lo, best[0]), max(hi, best[1])
        if hi - lo <= rule.window:
            spans.append((lo, hi))
    return spans


def trigger_spans(rule: Rule, text: str) -> list[tuple[int, int]] | None:
    """The spans of the rule's pattern triggers in ``text`` (its ``any`` patterns' non-empty matches, then its ``all``
    groups' ``_all_spans``); None where the rule has a prefilter and no trigger matches at all (not even empty).
    The prefilter (the union of the triggers) matches where a trigger does: only the triggers that can match
    (``_live``) are searched, each once — round 42 (speed42): each was searched for a first match, then again for
    all of them where one was found; a trigger's matches tell the same (the first ``all`` pattern is searched only
    where no ``any`` trigger matched: ``_all_spans`` reads it whole)."""
    live = _live(rule, text)
    spans: list[tuple[int, int]] = []
    matched = rule.prefilter is None
    for rx, ok in zip(rule.any, live):
        if ok:
            for m in rx.finditer(text):
                matched = True
                if m.end() > m.start():
                    spans.append(m.span())
    if rule.all and (matched or live[len(rule.any)] and rule.all[0].search(text) is not None):
        return spans + _all_spans(rule, text)
    return spans if matched else None


def _live(rule: Rule, text: str) -> tuple[bool, ...]:
    """For each trigger of the rule (its ``any`` patterns, then its first ``all`` pattern): whether ``text`` holds what
    a match needs (``Rule.trigger_keys``, review/firstchars.py). A trigger that does not has no match there."""
    n = len(rule.any) + (1 if rule.all else 0)
    if len(rule.trigger_keys) != n:          # a rule built without them: every trigger may match
        return (True,) * n
    keys = text_keys(text)
    return tuple(trigger_holds(ready, keys) for ready in rule.trigger_keys)


def downgraded(rule: Rule, scope: str) -> tuple[str, tuple[str, ...]]:
    """The rule's severity after the downgrades whose pattern is found in ``scope`` (never raised),
    with their notes."""
    severity, notes = rule.severity, []
    for d in rule.downgrade:
        if d.pattern.search(scope):
            severity = milder(severity, d.severity)
            if d.note:
                notes.append(d.note)
    return severity, tuple(notes)


def wanted_concepts(rules) -> tuple[str, ...]:
    """The concepts whose mentions the norm conditions of ``rules`` read."""
    out: dict[str, None] = {}
    for r in rules:
        for c in r.norm:
            out.update(dict.fromkeys(c.concepts))
    return tuple(out)


def norms_of(rule: Rule, text: str, header: str = ""):
    """The clause read as norms, for one rule's conditions."""
    from .norms.analyse import analyse

    return analyse(text, rule.lexicon, header, wanted_concepts([rule]))


def match_text(rule: Rule, text: str, header: str = "", norms=None, found=None) -> list[Hit]:
    """Where a text rule fires in ``text`` (a clause) under enumeration ``header``; ``norms`` is the clause
    read as norms (computed here when the rule has norm conditions and none are given), or a ``Later`` that reads
    them when first needed; ``found`` what they hold (``norms.conditions.norms_found`` of ``norms``, to skip a
    condition that cannot be met)."""
    if rule.kind != "text" or not text:
        return []
    if rule.header_polarity and header_polarity(header) not in rule.header_polarity:
        return []
    if rule.header_any and not any(rx.search(header) for rx in rule.header_any):
        return []
    spans = trigger_spans(rule, text)
    if spans is None:
        if not rule.norm:
            return []
        spans = []
    if spans and any(c.agent_not for c in rule.norm):
        # who acts decides as much for a pattern's hit as for the norm: a body that must have its own plan
        # approved by another (区主管部门拟定的方案应当报市主管部门批准后实施) is administration, not a licence
        norms = norms_of(rule, text, header) if norms is None else _now(norms)
        barred = set().union(*(c.agent_not for c in rule.norm))
        spans = [sp for sp in spans if not any(n.start <= sp[0] < n.end and n.bears(barred) for n in norms)]
    spans = [sp for sp in spans if not crosses_line_end(text, *sp)]
    from_norm: set[tuple[int, int]] = set()
    if rule.norm and not spans:   # a pattern's hit quotes the wording it names; the norm adds what it misses
        if norms is None:
            norms, found = norms_of(rule, text, header), None
        for cond in rule.norm:
            if found is None or could_meet(cond, found, rule.lexicon) \
                    or cond.effect and header and (header_lays(_lexicon_of(rule), cond.any, header, text)
                                                   or "others" in cond.effect and kin_bear_header(header, text)):
                if cond.effect and not could_lay(cond, text, header, rule.lexicon):
                    continue      # no sentence lays the effect: ``where_met`` finds nothing (the norms not read)
                met = where_met(cond, _now(norms), rule.lexicon, text)
                spans += met
                from_norm.update(met)
    spans.sort()
    if spans and header and _forbidden_content(rule, header):
        return []
    if spans and header and rule.category in NAMED_CONDUCT:
        conduct = _conduct_item(rule, text, header)
        if conduct:
            spans = [sp for sp in spans if sp[0] >= conduct]
    if spans and rule.category in PROTECTED:
        spans = _not_cited(rule, text, spans)
        spans = _not_relieved(rule, text, spans, burden=rule.category in BURDENS)
        spans = _not_asked(rule, text, spans)
        if rule.category == "fee":
            spans = _not_fiscal(rule, text, spans)
        if spans and header and _described(rule, header):
            spans = []
    if rule.skip_quoted and "《" in text:
        quoted = [m.span() for m in _QUOTED.finditer(text)]
        spans = [sp for sp in spans if not any(a <= sp[0] < b for a, b in quoted)]
    hits: list[Hit] = []
    last_end = -1
    for start, end in spans:
        if start < last_end:
            continue
        # the sentence, over the hard line wraps of a fixed-width layout (review.sentences.unwrapped_sentence)
        # (a citation in a 除……外 phrase before the hit names what the sentence goes beyond: it excuses nothing after it)
        unless_text = without_excepted(text, end)
        scope = unwrapped_sentence(unless_text, start, end) if rule.unless_scope == "sentence" else unless_text
        if any(rx.search(scope) for rx in rule.unless) and not _cited_for_next_step(rule, unless_text, start, end):
            continue
        if header and (start, end) in from_norm and any(rx.search(header) for rx in rule.unless):
            continue     # a list item read with its header's force is excused by what excuses the header
        severity, notes = downgraded(rule, scope)
        q0, q1 = _readable(text, start, end)
        values = fired_readings(rule, text, header, start) if rule.opinion_readings else {}
        hits.append(Hit(rule.id, q0, q1, text[q0:q1], severity, notes, values))
        last_end = end
    return hits


def fired_readings(rule: Rule, text: str, header: str, at: int) -> dict:
    """``{"readings": …}``: the opinion's words (``Rule.opinion_readings``) for the readings that fire in the sentence of
    the clause ``text`` holding offset ``at`` — the effects it lays and the burdens it bears (as ``where_met`` reads
    them) — in the rule's order; empty where none of them does (a pattern's hit: ``finding_from_hit`` names them all)."""
    s0, s1 = next(((a, b) for a, b in norm_spans(text) if a <= at < b), (0, len(text)))
    sentence = text[s0:s1]
    names = {e.name for e in laid(sentence, header, text[:s0])} | \
        {b.name for b in burdens(sentence, header, text[:s0], text[s1:])}
    words = [w for name, w in rule.opinion_readings if name in names]
    return {"readings": "；".join(dict.fromkeys(words))} if words else {}


def could_lay(cond, text: str, header: str, lexicon=None) -> bool:
    """Whether a sentence of the clause ``text`` lays one of the effects or burdens ``cond.effect`` names, read as
    ``where_met`` reads each norm's (its sentence, the list header, the clause before and after it): False, and
    ``where_met`` of the condition is sure to be empty — told without reading the clause as norms (exact). With the
    condition's ``lexicon``, only the sentences where one of its ``any`` concepts has a match are read (a norm with no
    mention of one meets no such condition in ``where_met``, unless the condition asks ``clause_any``)."""
    wanted = cond.effect
    gate = tuple(cond.any) if cond.any and not cond.clause_any and lexicon is not None else ()
    if gate and header and (header_lays(lexicon, gate, header, text)
                            or "others" in wanted and kin_bear_header(header, text)):
        gate = ()         # the header's measure is each item's (norms.conditions.where_met, round 21; its kin, round 26)
    if not EFFECT_NAMES_SET.isdisjoint(wanted) and \
            not _laid_names(text, header, lexicon if gate else None, gate).isdisjoint(wanted):
        return True
    if BURDEN_NAMES_SET.isdisjoint(wanted):
        return False
    # a condition asking only for the names of the readings beside the rights readings (a licence's gate, a fee, a
    # paper) reads only those (round 27: ``burden.beside``; no other reading gives one of their names)
    if BESIDE_NAMES.issuperset(wanted):
        return not _beside_names(text, header, lexicon if gate else None, gate).isdisjoint(wanted)
    # (round 34: only the burden readings that can give one of the names asked for, ``burden.burdens_among``)
    return bool(_burden_names(text, header, lexicon if gate else None, gate, frozenset(wanted)))


BURDEN_NAMES_SET = frozenset(BURDEN_NAMES)
EFFECT_NAMES_SET = frozenset(EFFECT_NAMES)    # the names ``_laid_names`` can give: none of them a burden's


@functools.lru_cache(maxsize=256)      # the effects' and the burdens' readings of a clause ask the same
def _gated_spans(text: str, lexicon, gate: tuple[str, ...]) -> tuple[tuple[int, int], ...]:
    """The sentences of ``text``, those without a (non-empty) match of one of the ``gate`` concepts left out: the
    first match found decides (``analyse.could_hold``; ``Lexicon.find`` would list them all)."""
    spans = norm_spans(text)
    if not gate:
        return tuple(spans)
    return tuple((s0, s1) for s0, s1 in spans if any(could_hold(lexicon, n, (text[s0:s1],)) for n in gate))


@functools.lru_cache(maxsize=256)      # asked by each effect rule of a clause in turn
def _laid_names(text: str, header: str, lexicon=None, gate: tuple[str, ...] = ()) -> frozenset[str]:
    """The names of the effects the sentences of the clause ``text`` lay (``effect.laid``, as ``where_met`` reads
    them); with a ``gate``, of the sentences where one of those concepts of ``lexicon`` has a match."""
    return frozenset(e.name for s0, s1 in _gated_spans(text, lexicon, gate)
                     for e in laid(text[s0:s1], header, text[:s0]))


@functools.lru_cache(maxsize=256)
def _burden_names(text: str, header: str, lexicon=None, gate: tuple[str, ...] = (),
                  wanted: frozenset[str] | None = None) -> frozenset[str]:
    """The names of the burdens the sentences of the clause ``text`` lay (``burden.burdens``, as ``where_met``
    reads them); with a ``gate``, as ``_laid_names``; with ``wanted``, only those among them (``burden.burdens_among``:
    read without the readings that cannot give one)."""
    if wanted is not None:
        return frozenset(b.name for s0, s1 in _gated_spans(text, lexicon, gate)
                         for b in burdens_among(text[s0:s1], header, text[:s0], text[s1:], wanted))
    return frozenset(b.name for s0, s1 in _gated_spans(text, lexicon, gate)
                     for b in burdens(text[s0:s1], header, text[:s0], text[s1:]))


@functools.lru_cache(maxsize=256)
def _beside_names(text: str, header: str, lexicon=None, gate: tuple[str, ...] = ()) -> frozenset[str]:
    """The names of the burdens ``burden.beside`` reads in the sentences of the clause ``text`` (as ``_burden_names``):
    of ``_burden_names``, those among ``BESIDE_NAMES``."""
    return frozenset(b.name for s0, s1 in _gated_spans(text, lexicon, gate)
                     for b in beside(text[s0:s1], header, text[:s0], text[s1:]))


class Later:
    """A value computed when first asked for (``later()``), once: a clause's norms, which most candidate rules never
    read (their conditions cannot be met in what the clause holds, ``could_meet``)."""

    __slots__ = ("_make", "_value")

    def __init__(self, make):
        self._make, self._value = make, None

    def __call__(self):
        if self._make is not None:
            self._value, self._make = self._make(), None
        return self._value


def _now(value):
    """``value``, or what it gives when it is a ``Later``."""
    return value() if isinstance(value, Later) else value


def _lexicon_of(rule: Rule):
    """The concept lexicon a rule reads: its own, else the default one."""
    from .norms.lexicon import default_lexicon

    return rule.lexicon or default_lexicon()


def _forbidden_content(rule: Rule, header: str) -> bool:
    """Whether a list header makes its items content that documents may not hold (政策措施不得含有下列内容：, 规范性
    文件不得设定以下事项：): each item names what is forbidden, it sets nothing, whatever the rule's category."""
    lexicon = _lexicon_of(rule)
    return "context.forbidden_content" in lexicon and lexicon.has("context.forbidden_content", header)


# a list header whose items are conduct it forbids (用人单位不得有以下行为：) or sanctions (工作人员有下列行为之一的，依法
#给予处分：): an item naming a levy, a seizure, a proof demanded or a penalty names what may not be done, it sets nothing.
# Not the licence and family-planning rules: an item forbidding an unlicensed activity or a birth is their finding; the
# rights rules only where the header forbids a body, not the public (用人单位……不得有以下行为：（五）扣押被录用人员的身份证:
# the employee protected; 居民不得有下列行为： restricts the residents themselves).
NAMED_CONDUCT = frozenset({"coercion", "fee", "proof", "penalty", "rights"})
_SANCTIONED_CASES = re.compile(r"(有|具有|存在)(下列|以下|如下)[^，。；：:]{0,8}(行为|情形|情况)之一的?")


def _conduct_item(rule: Rule, text: str, header: str) -> int:
    """Where the first sentence of a list item ends when its header makes the items conduct it forbids or sanctions
    and that sentence has no modal of its own (the header's prohibition reaches it, as ``norms.analyse.read`` gives
    it the header's modal), else 0."""
    from .norms.analyse import _MARKED, header_force, modal_of
    from .sentences import sentence_spans

    if not _MARKED.match(text):
        return 0
    lexicon = _lexicon_of(rule)
    head = header_force(lexicon, header)
    sanctioned = _SANCTIONED_CASES.search(header) and "sanction" in lexicon and lexicon.has("sanction", header)
    if not sanctioned and (head is None or head.modal != "prohibition"):
        return 0
    if rule.category == "rights":
        from .norms.analyse import actors_of
        from .norms.burden import RELATIVE_RX

        actors = actors_of(lexicon, header, 0)
        if not actors or actors[0].role == "role.public":
            return 0
        if RELATIVE_RX.search(text):
            return 0      # the item is a relative's conduct or status: borne by another, the item itself is the problem
        if kin_bear_header(header, text):
            return 0      # round 26: the header's measure borne by the relatives of the one the item names
        from .norms.exacted import demanded_in_item
        if demanded_in_item(text, header):
            return 0      # the item's "conduct" is a waiver or a voluntary act left undone: what is demanded is the problem
        from .norms.burden import left_item, record_item
        from .norms.class_bar import class_item
        if left_item(text, header) or record_item(text, header):
            return 0      # round 21: a person's leaving, his file kept back for it: the header's restriction is the problem
        if class_item(text, header):
            return 0      # round 37: a class the header bars (review/norms/class_bar.py): the bar is the problem
        from .norms.effect import owed
        if owed(text):
            return 0      # round 21: a charge owed to another (拖欠物业服务费的): the header's link to it is the problem
    spans = sentence_spans(text)
    if not spans:
        return 0
    s0, s1 = spans[0]
    return s1 if modal_of(lexicon, text[s0:s1])[0] == "none" else 0


def _described(rule: Rule, header: str) -> bool:
    """Whether a list header makes its items a description (当事人对下列行政处罚决定不服的，可以申请行政复议：, 作出下列
    处罚决定前，应当告知听证权利：) in which the rule does not apply: the items name measures, they set none. The
    norm reading gives an item its header's context (review/norms/analyse.context_of); the patterns read the same."""
    lexicon = _lexicon_of(rule)
    accepted = {c for cond in rule.norm for c in cond.contexts}
    return "context.description" in lexicon and "description" not in accepted \
        and lexicon.has("context.description", header)


def _cited_for_next_step(rule: Rule, text: str, start: int, end: int) -> bool:
    """Whether what excuses a 设定 measure at [start, end) (its sentence's unless) stands only in a further step of the
    sentence and is an instrument cited by name there (……给予警告，经警告后仍不纠正的，……按《X条例》第三十一条规定处理):
    that step's basis, not the measure's (``sentences.own_step``). A general basis (依法, 有关法律、法规) anywhere in the
    sentence still excuses it, as before: a blanket 依法依纪追究 closing a list of measures speaks for all of them."""
    if rule.category not in SETTING_CATEGORIES or rule.unless_scope != "sentence":
        return False
    own = own_step(text, start, end)
    full = unwrapped_sentence(text, start, end)
    if own == full or "《" not in full[len(own):] or any(rx.search(own) for rx in rule.unless):
        return False
    lexicon = _lexicon_of(rule)
    return not ("basis.general" in lexicon and lexicon.has("basis.general", full))


def _not_cited(rule: Rule, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans that do not start inside a citing phrase (依照国家有关促进中小企业发展的规定享受价格评审优惠: the
    trigger's 规定 is the instrument cited, not something the document prescribes)."""
    lexicon = _lexicon_of(rule)
    if "basis.citing" not in lexicon or not lexicon.has("basis.citing", text):
        return spans
    cites = [m.span() for m in lexicon.rx("basis.citing").finditer(text)]
    return [sp for sp in spans if not any(a < sp[0] < b for a, b in cites)]


def _not_asked(rule: Rule, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans that do not stand in the asked part of a question (问：……应如何办理及审批？: ``norms.analyse.asked_from``,
    the ``question`` context of the norm reading): a 问答 asks what applies, its answer says it."""
    lexicon = _lexicon_of(rule)
    if not spans or "context.question" not in lexicon:
        return spans
    accepted = {c for cond in rule.norm for c in cond.contexts}
    if "question" in accepted:
        return spans
    from .norms.analyse import asked_from

    asked = [(a + q, b) for a, b in sentence_spans(text) if (q := asked_from(lexicon, text[a:b])) >= 0]
    return [sp for sp in spans if not any(a <= sp[0] < b for a, b in asked)]


def _not_fiscal(rule: Rule, text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The fee spans that do not stand inside a share a government's own budget bears (由市财政按每人每年5元的标准
    分担: ``fee.fiscal_share``): public finance between governments, nothing levied on anyone. A levy elsewhere in
    the same sentence (企业按每人20元缴纳，不足部分由县财政承担) stays."""
    lexicon = _lexicon_of(rule)
    if not spans or "fee.fiscal_share" not in lexicon:
        return spans
    shares = lexicon.find("fee.fiscal_share", text)
    return [sp for sp in spans if not any(a <= sp[0] and sp[1] <= b for a, b in shares)]


def _not_relieved(rule: Rule, text: str, spans: list[tuple[int, int]], burden: bool = True) -> list[tuple[int, int]]:
    """The spans whose trigger does not end where the sentence lifts the burden it names (不得扣押……, 不因……受限制,
    无须提交……证明: review/norms/relief.py), nor names a measure someone has undergone (曾受过行政拘留的, 因被吊销
    营业执照: review/norms/analyse.undergone). ``burden`` False (a rule outside BURDENS, see PROTECTED): only a
    protective prohibition counts, and for DECLINABLE rules a favour the government side declines."""
    from .norms.analyse import named_at, undergone
    from .norms.relief import declined, relieved

    lexicon = _lexicon_of(rule)
    if burden:
        spans = [sp for sp in spans if not undergone(text, sp[0], marked=True)]   # it stops at a comma or a sentence end
        # the measure the trigger ends on named, not laid (加处罚款的起算日期和标准, 不予罚款): as the norm reading does
        spans = [sp for sp in spans if not named_at(lexicon, text, *sp)]
    if "burden.act" not in lexicon:
        return spans
    forms = ("protective", "negated", "exempt") if burden else ("protective",)
    spans = [sp for sp in spans if (r := relieved(lexicon, text, *sp)) is None or r.form not in forms]
    if rule.category in DECLINABLE:
        spans = [sp for sp in spans if declined(lexicon, text, *sp) is None]
    if "relief.not_laid" not in lexicon:
        return spans
    # a trigger whose act the sentence says it does not lay (本办法不另行设定落户条件, 不收取任何费用)
    not_laid = lexicon.rx("relief.not_laid")

    def negated(start: int) -> bool:     # the negation ends where the trigger starts, or inside its adverb (另行设定)
        return any(m.end() == start or m.end() > start and text[start:m.end()] in _LAY_ADVERBS
                   for m in not_laid.finditer(text, max(0, start - 8)) if m.start() <= start)
    return [sp for sp in spans if not negated(sp[0])]


_LAY_ADVERBS = frozenset({"再", "另", "另行", "自行", "额外", "单独", "重复"})


def match_clause(rule: Rule, clause: Clause, *, doc_meta: dict | None = None,
                 as_of: str | None = None) -> list[Hit]:
    """Hits of a text rule in one clause; [] for metadata/citation rules or when the rule is not
    in force on the reference date (document date or ``as_of``, per ``rule.date_basis``)."""
    if rule.kind != "text":
        return []
    if not rule_applies_on(rule, reference_date(rule, doc_meta, as_of)):
        return []
    return match_text(rule, clause.text, clause.header)


# ---------------------------------------------------------------- metadata rules

_OPS = {">": operator.gt, ">=": operator.ge, "<": operator.lt, "<=": operator.le,
        "==": operator.eq, "!=": operator.ne}


def _cond_holds(cond, meta: dict, rule: Rule, province: str | None) -> bool:
    v = meta.get(cond.field)
    want = rule.param(cond.param, province) if cond.param else cond.value
    if cond.op == "empty":
        return v in (None, "")
    if cond.op == "nonempty":
        return v not in (None, "")
    if cond.op == "in":
        return v in (want or ())
    if cond.op == "not_in":
        return v not in (want or ())
    if cond.op == "matches":
        return v not in (None, "") and re.search(str(want), str(v)) is not None
    if cond.op == "not_matches":
        return v in (None, "") or re.search(str(want), str(v)) is None
    if v in (None, "") or want is None:
        return False
    try:
        return _OPS[cond.op](v, want)
    except TypeError:
        return False


def _show(v):
    """10.0 -> 10 for the opinion text."""
    return int(v) if isinstance(v, float) and v.is_integer() else v


def match_document(rule: Rule, doc_meta: dict, *, province: str | None = None,
                   as_of: str | None = None, text: str = "") -> Hit | None:
    """A metadata rule over ``doc_meta`` (Document.meta_dict() plus optional "province").

    The quote is the validity clause as written, else the title; offsets are into ``text``
    (Document.text) when the quote is found there, else -1.
    """
    if rule.kind != "meta":
        return None
    if not rule_applies_on(rule, reference_date(rule, doc_meta, as_of)):
        return None
    province = province or doc_meta.get("province") or None
    if text and "text" not in doc_meta and any(c.field == "text" for c in rule.meta):
        doc_meta = {**doc_meta, "text": text}
    if not all(_cond_holds(c, doc_meta, rule, province) for c in rule.meta):
        return None
    quote = ""
    fields = [c.field for c in rule.meta]
    if "validity_years" in fields or "validity" in fields:
        fields.insert(0, "validity_years")
    for f in fields:  # quote the field the rule is about: issuer, validity clause …, else the title
        f = {"validity_years": "validity", "kind": "", "province": "", "text": ""}.get(f, f)
        v = doc_meta.get(f) if f else None
        if isinstance(v, str) and v:
            quote = v
            break
    quote = quote or doc_meta.get("title") or ""
    start = text.find(quote) if quote and text else -1
    values = {k: _show(v) for k, v in doc_meta.items() if v not in (None, "") and k != "text"}
    names = set(rule.params.get("default", {})) | set(rule.params.get(province or "", {}))
    values.update({n: _show(rule.param(n, province)) for n in names})
    values["province"] = province if province in rule.params else "default"
    return Hit(rule.id, start, start + len(quote) if start >= 0 else -1, quote, rule.severity,
               values=values)


# ---------------------------------------------------------------- citation rules

def match_citation(rule: Rule, check, *, doc_meta: dict | None = None,
                   as_of: str | None = None) -> Hit | None:
    """A citation rule over one citation-check result. ``check`` is a mapping or an object with
    ``outcome`` (e.g. "repealed"), ``law``, ``quote`` (the citation as written) and, when known,
    ``successor``, ``repeal_date``, ``context`` (the sentence around the citation)."""
    if rule.kind != "citation":
        return None
    get = check.get if isinstance(check, dict) else (lambda k, d=None: getattr(check, k, d))
    if get("outcome") not in rule.outcomes:
        return None
    if not rule_applies_on(rule, reference_date(rule, doc_meta, as_of)):
        return None
    repeal = _norm_date(get("repeal_date"))
    ref = _norm_date((doc_meta or {}).get("date")) or _norm_date(as_of)
    if repeal and ref and ref < repeal:
        return None  # cited while still in force: not this rule's business
    context = get("context") or get("quote") or ""
    if any(rx.search(context) for rx in rule.unless):
        return None
    severity, notes = downgraded(rule, context)
    successor = get("successor") or ""
    values = {"law": get("law") or "", "successor": successor,
              "repeal_date": get("repeal_date") or "（日期不详）",
              "successor_note": f"，相关内容现由《{successor}》规定" if successor else ""}
    return Hit(rule.id, -1, -1, get("quote") or "", severity, notes, values)


# ---------------------------------------------------------------- findings

class _Keep(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def _fmt(template: str, values: dict) -> str:
    try:
        return template.format_map(_Keep(values))
    except (ValueError, IndexError):
        return template


def finding_from_hit(rule: Rule, hit: Hit, clause: Clause | None, extra_hits=()) -> Finding:
    values = {**rule.detail, **hit.values, "quote": hit.quote}
    detail = {**rule.detail, **hit.values}
    quoted = "\n".join(h.quote for h in (hit, *extra_hits))     # what the bases' ``when`` is asked of
    if rule.opinion_readings:
        # the readings that fired at any hit of the finding, else (a pattern's hit) every one the rule reads
        fired = [w for h in (hit, *extra_hits) for w in h.values.get("readings", "").split("；") if w]
        values["readings"] = "；".join(dict.fromkeys(fired or [w for _, w in rule.opinion_readings]))
        detail.pop("readings", None)
    if clause is not None and hit.start >= 0 and rule.category == "agency":
        detail["at"] = hit.start          # where in the clause: one place among several alike (review.agencies)
    if hit.notes:
        detail["notes"] = list(hit.notes)
    if extra_hits:
        detail["quotes"] = [hit.quote] + [h.quote for h in extra_hits]
    if hit.severity != rule.severity:
        detail["severity_from"] = rule.severity
    return Finding(rule=rule.id, category=rule.category, severity=hit.severity, title=rule.title,
                   clause=clause, quote=hit.quote, problem=_fmt(rule.opinion, values),
                   suggestion=_fmt(rule.suggestion, values), detail=detail,
                   basis=tuple(b for b in rule.basis if b.fits(quoted)))


def apply_rules(rules, clauses, doc: Document | None = None, as_of: str | None = None, *,
                province: str | None = None, topics=None, doc_kinds=None, per_sentence=False,
                clause_map=None) -> list[Finding]:
    """Run text rules over ``clauses`` and metadata rules over ``doc``; one finding per rule and
    clause (further hits of the same rule in that clause go to ``detail["quotes"]``), or with ``per_sentence``
    one per rule and sentence (a clause listing "市国税局：负责…。市地税局：负责…。" is amended at each place):
    True for every rule, or a test of a rule (the agency rules of a pass that runs the others too).

    ``topics`` restricts to rules of those sweep topics. ``doc_kinds`` tags the document (with
    ``doc.kind``) for rules that apply only to some kinds (``Rule.doc_kinds``, e.g. 行政协议).
    Citation rules are run by the citation checker through ``match_citation``.
    ``clause_map(fn, clauses, cost)``: how the clauses' hits are computed, ``[fn(c) for c in clauses]`` by default
    (a very large document's on two processes: review/fork_map.py); each clause's are independent of the others'.
    """
    if topics:
        topics = set(topics)
        rules = [r for r in rules if topics & set(r.topics)]
    kinds = set(doc_kinds or ()) | ({doc.kind} if doc is not None and doc.kind else set())
    rules = [r for r in rules if r.fits_kinds(kinds)]
    meta = doc.meta_dict() if doc is not None else {}
    if province:
        meta["province"] = province
    findings: list[Finding] = []
    text_rules = []
    for r in rules:
        if r.kind == "text":
            if rule_applies_on(r, reference_date(r, meta, as_of)):
                text_rules.append(r)
        elif r.kind == "meta" and doc is not None:
            hit = match_document(r, meta, province=province, as_of=as_of, text=doc.text)
            if hit:
                findings.append(finding_from_hit(r, hit, None))
    from .locality import issuing_places
    from .rule_index import rule_index

    # a rule's patterns cannot fire on a clause that holds none of the ways its triggers start (review/rule_index.py),
    # nor its norm conditions where the clause's norms lack a concept they need
    text_rules = tuple(text_rules)
    index = rule_index(text_rules)
    places = issuing_places(doc) if doc is not None and index.norm else ()
    hits_of = OverWraps(ClauseHits(text_rules, index, places, frozenset(
        i for i, r in enumerate(text_rules) if (per_sentence(r) if callable(per_sentence) else per_sentence))))
    per_clause = clause_map(hits_of, clauses, _clause_cost) if clause_map is not None else map(hits_of, clauses)
    for clause, found in zip(clauses, per_clause):
        for i, groups in found:
            r = text_rules[i]
            for group in groups:
                findings.append(finding_from_hit(r, group[0], clause, group[1:]))
    return findings


def _clause_cost(clause: Clause) -> int:
    return len(clause.text) + 20


@dataclass(frozen=True, slots=True, eq=False)
class RuleSetReading:
    """What a rule pass's ``ClauseHits`` reads from its rule set alone, the same for every document reviewed with
    that set (``rule_set_reading``): the concepts the norm rules want, their shared lexicon, the norm rules over
    another lexicon (always asked) and those over the shared one; and, filled as the rules are first asked about,
    each norm rule's ``reads`` and its conditions' ``needs`` (rule position -> value; pure functions of the rule)."""

    wanted: tuple[str, ...]
    lexicon: object
    foreign: frozenset[int]
    own: frozenset[int]
    reads: dict = field(default_factory=dict)
    needs: dict = field(default_factory=dict)


@functools.lru_cache(maxsize=32)     # as review.rule_index.rule_index: one per rule set (a document's kinds, topics)
def rule_set_reading(rules: tuple, index) -> RuleSetReading:
    """The ``RuleSetReading`` of ``rules`` (text rules in the order the engine runs them) and their ``index``
    (``review.rule_index.rule_index(rules)``), made once a process for each rule set: keyed on the rules themselves
    (compared by identity) and their index, so another set, or the same rules reloaded, gets its own."""
    norm_rules = [rules[i] for i in index.norm]
    lexicon = norm_rules[0].lexicon if norm_rules else None
    foreign = frozenset(i for i in index.norm if rules[i].lexicon is not lexicon)   # another lexicon: always asked
    return RuleSetReading(wanted_concepts(norm_rules), lexicon, foreign,
                          frozenset(i for i in index.norm if i not in foreign))   # norm rules over the shared lexicon


class ClauseHits:
    """The hits of a rule pass in one clause: ``(rule position, hit groups)`` for each rule that fires there, in
    the rules' order (one group per clause, or per sentence for the rules at the positions ``per_sentence``).
    Reads nothing but the clause and what it was built with, so clauses can be done in any order and in any
    process (``apply_rules``)."""

    __slots__ = ("rules", "index", "places", "per_sentence", "lexicon", "wanted", "foreign", "own", "_reads", "_needs")

    def __init__(self, rules: tuple, index, places, per_sentence: frozenset[int]):
        self.rules, self.index, self.places, self.per_sentence = rules, index, places, per_sentence
        # what depends on the rule set alone (and its memos) is made once a process, not once a document
        shared = rule_set_reading(rules, index)
        self.wanted, self.lexicon, self.foreign, self.own = shared.wanted, shared.lexicon, shared.foreign, shared.own
        self._reads, self._needs = shared.reads, shared.needs

    def could_meet_in(self, i: int, held) -> bool:
        """``any(could_meet(c, NormsFound(held, held, held), lexicon) for c in the rule's conditions)``: whether a
        condition of the rule at ``i`` could be met in a clause whose norms hold only names in ``held`` (a set, or
        ``_Present``), from each condition's ``needs`` (made once a rule)."""
        needs = self._needs.get(i)
        if needs is None:
            r = self.rules[i]
            needs = self._needs[i] = tuple(condition_needs(c, r.lexicon) for c in r.norm)
        for sets in needs:
            for names in sets:
                if held.isdisjoint(names):
                    break
            else:
                return True
        return False

    def reads(self, i: int) -> frozenset[str]:
        """Every name the norm conditions of the rule at ``i`` read: ``could_meet``'s (``condition_names``) and the
        concepts whose mentions ``where_met`` reads (``wanted_concepts``)."""
        names = self._reads.get(i)
        if names is None:
            r = self.rules[i]
            names = self._reads[i] = frozenset(wanted_concepts([r])).union(
                *(condition_names(c, r.lexicon) for c in r.norm))
        return names

    def __call__(self, clause: Clause, only: frozenset[int] | None = None) -> list[tuple[int, list[list[Hit]]]]:
        """The hits; with ``only``, those of the rules at those positions alone (the others are not run: each rule's
        hits depend on the clause and the rule only, so the ones asked for are the same)."""
        rules, index, lexicon = self.rules, self.index, self.lexicon
        keys = text_keys(clause.text)            # the clause's keys, made once
        candidates = index.pattern_candidates(keys)
        norms = found = None
        if only is not None and not only:
            return []
        # (what follows only adds rules with norm conditions to the candidates: not needed where none is asked for)
        if index.norm and (only is None or not only.isdisjoint(index.norm)):
            candidates |= self.foreign
            # the concepts that may occur in the clause or its list header, from one lookup of their keys: what
            # the rules may read (norm_readers) and, a superset of the clause's own, what its reading may skip
            possible = lexicon.possible(clause.text, joined_keys(clause.text, "\n", clause.header, keys))
            readers = norm_readers(self, candidates, clause.text, clause.header, possible=possible)
            if readers:
                # what the norms hold first (their mentions, preconditions, sanctions; only the mentions the rules
                # that may read them need); the rest of the reading only where a rule over the lexicon is a
                # candidate to read it (in about half of these clauses none is)
                keep = frozenset().union(*(self.reads(i) for i in readers))
                readings = read(clause.text, lexicon, clause.header, self.wanted, self.places, keep, possible)
                found = norms_found(readings)
                for i in sorted(index.norm_sharing(found.keys) - candidates):
                    if any(could_meet(c, found, lexicon) for c in rules[i].norm):
                        candidates.add(i)
                if clause.header and header_lays(lexicon, HEADER_EFFECT_CONCEPTS, clause.header, clause.text):
                    # round 21: a header of cases laying a measure on each item (……有下列情形之一的，暂停……：) lends
                    # the items the measure: the effect rules read them (``where_met``)
                    candidates.update(i for i in readers if any(c.effect for c in rules[i].norm))
                elif clause.header and kin_bear_header(clause.header, clause.text):
                    # round 26: … borne by the relatives of the one each item names: the rules reading ``others``
                    candidates.update(i for i in readers if any("others" in c.effect for c in rules[i].norm))
                if not self.own.isdisjoint(candidates):     # read by a rule whose conditions could be met there
                    norms = Later(lambda: analyse(clause.text, lexicon, clause.header, self.wanted, self.places,
                                                  readings))
        if only is not None:
            candidates &= only
        out = []
        for i in sorted(candidates):
            r = rules[i]
            if r.gate is not None and r.gate.search(clause.text) is None:
                continue
            shared = r.norm and r.lexicon is lexicon
            hits = match_text(r, clause.text, clause.header, norms if shared else None, found if shared else None)
            groups = by_sentence(clause.text, hits) if i in self.per_sentence else [hits] if hits else []
            if r.quote_avoid:
                groups = [quoted_first(r, clause.text, g) if len(g) > 1 else g for g in groups]
            if groups:
                out.append((i, groups))
        return out


class OverWraps:
    """A rule pass's hits in one clause (``ClauseHits``), read also over the hard wraps of a fixed-width layout
    (round 34, issue 9): a clause printed in lines of a fixed width breaks words and phrases at a line's end
    (本市户\n籍居民, 计划生育证\n明, 凭……出\n具的证明), and a rule whose words a wrap broke does not fire on the clause as
    printed. The clause is read a second time without its wraps (``review.sentences.unwrapped``: only line breaks
    ``wrapped_at`` judges a wrap, never a break that ends a sentence, a heading or a table cell); a rule that fires
    there and not on the printed clause fires at the same words, its hits put back at their printed offsets (the
    quote keeps the line break, as ``review.quotes`` shows it). The rules read per sentence (the agency names) are
    left out: ``review.agencies.wrapped_findings`` reads them over wraps with their own tests; so are the rules of the
    content topic alone (``reads_over_wraps``)."""

    __slots__ = ("hits_of", "over_wraps")

    def __init__(self, hits_of: "ClauseHits"):
        self.hits_of = hits_of
        # the positions of the rules read again over the wraps (round 35: only those are run on the clause without
        # its wraps — the others' hits there were dropped)
        self.over_wraps = frozenset(i for i, r in enumerate(hits_of.rules)
                                    if i not in hits_of.per_sentence and reads_over_wraps(r))

    def __call__(self, clause: Clause) -> list[tuple[int, list[list[Hit]]]]:
        out = self.hits_of(clause)
        flat = flat_clause(clause)
        if flat is None:
            return out
        flat_clause_, back = flat
        fired = {i for i, _ in out}
        more = [(i, [[printed(h, back, clause.text) for h in g] for g in groups])
                for i, groups in self.hits_of(flat_clause_, self.over_wraps.difference(fired))]
        return sorted(out + more, key=operator.itemgetter(0)) if more else out


def reads_over_wraps(rule: Rule) -> bool:
    """Whether a rule reads a clause again over its wraps: not a rule of the content topic alone (设定许可、处罚、收费,
    证明, 减损权利 — patterns and norms over long sentences). Joined over wraps a sentence is longer and a table's cells
    run together, and on the real documents those rules found there words that do not make their norm (D024's own
    insurance contribution, an employer's letter of authority; D124's table of complaint channels) as often as a place
    a reviewer labelled; the rules of family planning, upper law, validity and repealed law found only labelled places."""
    return set(rule.topics) != {"content"}


def flat_clause(clause: Clause) -> tuple[Clause, list[int]] | None:
    """``clause`` read without the hard wraps of its text and header (``unwrapped``), with each character's printed
    offset; None when it has none."""
    from dataclasses import replace

    from .sentences import unwrapped

    if "\n" not in clause.text:
        return None
    flat, back = unwrapped(clause.text)
    if len(flat) == len(clause.text):
        return None
    header = unwrapped(clause.header)[0] if "\n" in clause.header else clause.header
    return replace(clause, text=flat, header=header), back


def printed(hit: Hit, back: list[int], text: str) -> Hit:
    """``hit`` on a clause read without its wraps, put back at its offsets in the printed ``text``."""
    start, end = back[hit.start], back[max(hit.end - 1, hit.start)] + 1
    return Hit(hit.rule, start, end, text[start:end], hit.severity, hit.notes, hit.values)


def quoted_first(rule: Rule, text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` with those whose words, and the two characters after them, match none of ``rule.quote_avoid``
    first (each group's first hit is the finding's quote), otherwise in order."""
    def avoided(h: Hit) -> bool:
        return any(rx.search(text, h.start, h.end + 2) for rx in rule.quote_avoid)

    return sorted(hits, key=avoided)


def by_sentence(text: str, hits: list[Hit]) -> list[list[Hit]]:
    """Hits grouped by the sentence of ``text`` they start in, in order."""
    groups: dict[int, list[Hit]] = {}
    for h in hits:
        groups.setdefault(_sentence(text, h.start, h.start)[0], []).append(h)
    return list(groups.values())


HEADER_EFFECT_CONCEPTS = ("effect.act",)


def norm_readers(hits_of: ClauseHits, candidates, text: str, header: str, keys=None,
                 possible=None) -> frozenset[int]:
    """The positions of the rules over the shared lexicon of ``hits_of`` that may read the norms of the clause
    ``text`` under its list ``header``: those among the ``candidates``, and the others whose conditions
    ``could_meet`` in what the clause could hold — the concepts that can occur in it at all (``Lexicon.possible_among``
    of the names the conditions read: whatever the norms hold is a concept found in a sentence or the header), and of
    those, the ones its sentences match (``_Present``, ``analyse.could_hold``: a superset of what its norms hold, so
    a condition not met there is sure not to be met). Empty: no rule reads the clause's norms. ``keys``:
    ``firstchars.joined_keys`` of the clause and its header; ``possible``: ``Lexicon.possible`` of them, when known
    (then no key is looked up here: ``possible_among`` is ``possible`` among the names, exactly)."""
    index, rules, lexicon = hits_of.index, hits_of.rules, hits_of.lexicon
    if possible is None:
        possible = lexicon.possible_among(index.norm_names, f"{text}\n{header}", keys)
    else:
        possible = possible & index.norm_names
    # a measure in another shape (其……资格一并终止, 供水企业……暂停……供应) reads as a concept its words do not show
    shaped = shaped_concepts(lexicon, f"{text}\n{header}") & index.norm_names
    possible |= shaped
    if hits_of.places:                    # the issuing place's own name reads as local (review.locality)
        possible |= {"local"}
    # (``could_meet`` over NormsFound(possible, possible, possible), from each condition's sets: ``could_meet_in``)
    others = [i for i in index.norm_concerning(possible) - candidates if hits_of.could_meet_in(i, possible)]
    if others:                            # (most clauses: none) the few left, over what the sentences match
        present = _Present(lexicon, possible, text, header, hits_of.places, shaped)
        others = [i for i in others if hits_of.could_meet_in(i, present)]
    return (hits_of.own & candidates).union(others)


class _Present:
    """The names (concepts, groups) a clause could hold, as ``could_meet`` asks about them (``isdisjoint``,
    ``issuperset``): those among ``possible`` with a non-empty match in one of its sentences or, for an enumerated
    item, in its list header (``analyse.could_hold``), searched for when first asked about."""

    __slots__ = ("lexicon", "possible", "text", "header", "local", "shaped", "_parts", "_seen")

    def __init__(self, lexicon, possible, text: str, header: str, places=(), shaped=frozenset()):
        self.lexicon, self.possible, self.text, self.header = lexicon, possible, text, header
        self.shaped = shaped              # read from a measure's shape, not its words (norms.shapes)
        self.local = bool(places)         # the issuing place's name reads as local (analyse.place_mentions)
        self._parts = None
        self._seen: dict[str, bool] = {}

    def __contains__(self, name: str) -> bool:
        if name not in self.possible:
            return False
        seen = self._seen.get(name)
        if seen is None:
            if self._parts is None:
                self._parts = reading_parts(self.text, self.header)
            seen = self._seen[name] = name == "local" and self.local or name in self.shaped or \
                could_hold(self.lexicon, name, self._parts)
        return seen

    def isdisjoint(self, names) -> bool:
        for n in names:                   # loops, not any/all(genexpr): asked for each condition's sets
            if n in self:
                return False
        return True

    def issuperset(self, names) -> bool:
        for n in names:
            if n not in self:
                return False
        return True


def without_yielded(findings, rules) -> list[Finding]:
    """One problem, one finding: drop a finding whose rule ``yields_to`` a more specific rule that fires on the
    same sentence of the same clause (FC-DESIGNATE yields to K-EXPROP-APPRAISER in a 征收 agreement)."""
    yields = {r.id: set(r.yields_to) for r in rules if r.yields_to}
    if not yields:
        return list(findings)

    # the findings of each clause, and each finding's sentence, found once: a document's findings are compared
    # with those of their own clause only, not with every other finding (quadratic in a long text's findings)
    by_clause: dict[int, list[Finding]] = {}
    for g in findings:
        if g.clause is not None:
            by_clause.setdefault(g.clause.index, []).append(g)
    sentences: dict[int, tuple[int, int] | None] = {}

    def sentence_of(f: Finding):
        key = id(f)
        if key not in sentences:
            at = f.clause.text.find(f.quote) if f.quote else -1
            sentences[key] = _sentence(f.clause.text, at, at + len(f.quote)) if at >= 0 else None
        return sentences[key]

    def yielding(f: Finding, depth: int = 0) -> bool:
        """Whether a rule ``f``'s rule yields to has a finding on f's sentence that itself stands there (round 19: a
        rule yielding to one that gives way in turn on that sentence — C-RIGHTS-NARROW to C-RIGHTS-DATA, which yields
        to C-LICENSE-02 — was dropped with it, and the sentence lost the category both read)."""
        stronger = yields.get(f.rule)
        if not stronger or f.clause is None:
            return False
        mine = sentence_of(f)
        return any(g.rule in stronger and (mine is None or sentence_of(g) in (None, mine))
                   and (depth > 2 or not yielding(g, depth + 1))
                   for g in by_clause[f.clause.index])

    out: list[Finding] = []
    carried: dict[int, list[Finding]] = {}
    # not the penalty reading: C-PENALTY-EFFECT reads any qualification withheld for a period as a 资格罚, and gives way
    # to the rights rules where the trigger is a status (户口未迁出的出嫁女, 超生子女), not a wrong (review.categories adds
    # penalty where the sentence names the wrong)
    effect_readings = {r.id for r in rules if any(c.effect for c in r.norm) and r.category != "penalty"}
    for f in findings:
        if not yielding(f):
            out.append(f)
        elif (f.category in CARRIED or f.rule in effect_readings) and f.severity in ("error", "warning"):
            # round 21: a burden on a person's rights read on the words another category's rule reports (a bar on
            # leaving read as a licence, a record bar as a penalty, labour by the household as a levy): one finding,
            # carrying both categories — the stronger keeps its wording and quote, as review.merge does (round 22:
            # and what a norm-effect reading reads, whatever its category)
            mine = sentence_of(f)
            g = next((g for g in by_clause[f.clause.index] if g.rule in yields[f.rule] and g.category != f.category
                      and g.severity in ("error", "warning") and (mine is None or sentence_of(g) in (None, mine))
                      and not yielding(g)), None)
            if g is not None:
                carried.setdefault(id(g), []).append(f)
    if carried:
        from .merge import carrying

        out = [carrying(f, carried[id(f)]) if id(f) in carried else f for f in out]
    return out


# the categories a yielding finding carries into the one it gives way to on its sentence: the rights burdens (round 21)
# and, round 22 (cats22), what a norm-effect reading reads (a rule whose norm condition asks for an ``effect``,
# review/norms/effect.py: C-COERCE-EFFECT, C-POWER-EFFECT, FC-LOCAL-EFFECT …; not C-PENALTY-EFFECT, see
# without_yielded) — a yield says which rule's wording leads on the sentence, not that what the norm does is absent
# (C-COERCE-EFFECT read 直接组织拆除 in the sentence C-POWER-SKIP-PROCEDURE reports for 不经告知). A pattern rule that
# yields (C-LICENSE-01 to C-RIGHTS-OWN-ACT on 离岗须经同意) gave way because its reading is wrong there: not carried.
# Round 33 (proof33): nor is a proof rule's reading wrong where it gives way to a rule of another category — one
# finding speaks for the sentence, whose paper is still a proof demanded: the finding carries the proof category. FP-PROOF
# declares it itself; in the real documents the one it adds is CERT-TEMP-RESIDENCE's 暂住证 in the sentence
# C-RIGHTS-CARRY-PERMIT reports (须随身携带暂住证, D031, D070, D073)
CARRIED = frozenset({"rights", "proof"})


# ---------------------------------------------------------------- examples

def example_hit(rule: Rule, example) -> Hit | None:
    """Where ``rule`` fires on one of its pack examples (the first place), None when it does not.

    Text rules: a string, or a table {text, header?, date?, as_of?, doc_kinds?} (without doc_kinds
    the document is taken to be of a kind the rule applies to).
    Metadata rules: a table of Document metadata fields (+ province?, as_of?).
    Citation rules: a table describing a citation check (outcome, law, quote, context?, date?, as_of?).
    """
    if rule.kind == "text":
        ex = {"text": example} if isinstance(example, str) else example
        if "doc_kinds" in ex and not rule.fits_kinds(ex["doc_kinds"]):
            return None
        clause = Clause(index=0, label="例", text=ex["text"], start=0, end=len(ex["text"]),
                        paragraph=0, header=ex.get("header", ""))
        doc_meta = {"date": ex["date"]} if ex.get("date") else None
        hits = match_clause(rule, clause, doc_meta=doc_meta, as_of=ex.get("as_of"))
        return hits[0] if hits else None
    if rule.kind == "meta":
        meta = {k: v for k, v in example.items() if k != "as_of"}
        return match_document(rule, meta, as_of=example.get("as_of"))
    doc_meta = {"date": example["date"]} if example.get("date") else None
    return match_citation(rule, example, doc_meta=doc_meta, as_of=example.get("as_of"))


def norm_confirms(rule: Rule, clause_text: str, quote: str, header: str = "") -> bool:
    """Whether the rule's norm conditions hold in the sentence the finding quotes: the clause read as norms (who
    must do what, on what basis) says the same as the pattern. A rule without norm conditions confirms nothing."""
    if not rule.norm or not clause_text:
        return False
    from .norms.conditions import where_met

    norms = norms_of(rule, clause_text, header)
    at = clause_text.find(quote) if quote else -1
    lo, hi = (at, at + len(quote)) if at >= 0 else (0, len(clause_text))
    s0, s1 = _sentence(clause_text, lo, hi)
    for cond in rule.norm:
        for a, b in where_met(cond, norms, rule.lexicon, clause_text):
            if a < s1 and b > s0:
                return True
    return False


def run_example(rule: Rule, example) -> bool:
    """Whether ``rule`` fires on one of its pack examples (``example_hit``)."""
    return example_hit(rule, example) is not None
