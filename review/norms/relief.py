"""Where a sentence lifts a burden instead of laying one: the words of a measure (限制, 扣押, 证明, 审批) used to
protect the person the measure would burden. A rule that reports a measure set on the public must not fire there.

Three forms, over the concepts of ``review/lexicons/relief.toml`` (and ``modal.prohibition`` of modals.toml):

* ``protective`` — a prohibition of a burden laid on someone else: 不得扣押劳动者的身份证, 严禁扣留证件, or a
  prohibition of using a fact as a pretext for one: 不得以拖欠物业费为由，拒绝为其办理…, 不得因其信访影响其享受待遇.
  The burden must be an act done *to* another (``burden.act``); a prohibition of the addressee's own activity
  (其子女不得报考…, 村民不得拒绝入户检查) is a restriction, not a relief.
* ``negated`` — the restriction is said not to apply: 入学不因父母涉案而受限制, 资格不受影响, 不作为准入条件, 不挂钩,
  不设前置审批 (``relief.negated``) — unless the sentence grants it as a leave (其子女可以不受学区限制，可自主择校:
  a dispensation for some, which the rules on privileges report).
* ``exempt`` — a demand is lifted: 无须再由村委会开具证明, 不必另行提交, 不再要求提供 (``relief.exempt``).

A fourth, read apart by the rules on favours (``declined``): in an agreement the government side declines a favour
(甲方不作出保底收益承诺, 不以任何名义返还, 不为其债务提供担保) or is barred from a pretext for not paying (不得以未完成
审计为由拖延支付) (``relief.declined``).

A relief covers the text from its negation (for a negated restriction, from the subject of its phrase: 孩子上学不因……)
to the end of the phrase that holds the lifted burden; a rule's trigger that ends inside it is relieved. Pure: a sentence and a ``Lexicon`` in, frozen data out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..sentences import PHRASE_END, SENTENCE_END, phrase_bounds, sentence_bounds
from .lexicon import Lexicon

FORMS = ("protective", "negated", "exempt")
# after a prohibition: the burden itself at once (不得扣押, 不准收存其身份证), or a pretext first (不得以……为由，拒绝…;
# 不得因……影响其…), the burden then within the sentence
_DIRECT_GAP = 14
# (round 27: a pretext named by a pronoun — 不得因此拒绝, 不得以此为由 — ends there: the burden follows it at once)
_PRETEXT = re.compile(r"^[^。；]{0,4}(以此为(由|理由|借口)|以[^。；]{1,40}?为(由|理由|借口|条件)|因此|因而|据此|因[^。；，]{1,30})")
# … after a pretext (不得因此拒绝儿童入托、入学; 不得以未登记为由拒绝患者就诊), a refusal of a service to whoever the
# sentence names — its object an open slot, the service read by the verb that follows it (入托, 就诊, 办理, 受理, 发放):
# the refusal is the burden forbidden. Not the party refusing its own duty (拒绝搬迁, 拒绝执法人员入户检查: no service
# follows, or the body's entry) — round 27, guard27
_REFUSED_SERVICE = re.compile(r"(?:拒绝|不予)[^。；，]{0,8}?(?:入(?!户)|就(?:诊|读|医|业)|办理|受理|接收|录用|发放|登记|注册|报名|"
                              r"提供|出具|参加|享受|申请)")
# … or a fact forbidden as the basis or condition of a decision (不得以学科竞赛成绩、证书作为招生录取的依据; 不得将生育情况
#作为入学条件): the prohibition is the protection, no burden act follows it
_AS_BASIS = re.compile(r"^[^。；]{0,4}(以|将|把)[^。；]{1,40}?(作为|当作|列为)[^。；，]{0,20}(依据|条件|前提|标准|门槛|要件)")
# … or a plain negation of the same (甲方不以审计结果作为结算依据: a promise not to use the fact, as protective as 不得以)
_NOT_AS_BASIS = re.compile(r"不(?=(以|将|把)[^。；]{1,40}?(作为|当作|列为))")
_PHRASE_BREAK = re.compile(f"[{re.escape(PHRASE_END)}]")
_SUBJECTLESS = re.compile(r"^\s*(一律|均|都|并|也|亦|但|且|而且|同时)?\s*$")


@dataclass(frozen=True, slots=True)
class Relief:
    """A stretch of a sentence that lifts a burden: its form (protective | negated | exempt), where it stands
    (offsets into the text analysed) and its words."""

    form: str
    start: int
    end: int
    text: str


def _phrase_end(sentence: str, at: int) -> int:
    """The end of the phrase holding offset ``at`` (before its comma or closing mark)."""
    return phrase_bounds(sentence, at, at)[1]


# round 31 (power31): a prohibition that is what an unpassed administrative gate brings (未经登记的，不得向服务对象收取服务
# 费用): it binds the one who did not pass the gate, it protects nobody
_GATE_FAILED = re.compile(r"未(?:经|取得|办理|领取|持有|通过|完成)[^，。；;]{0,20}?(?:登记|备案|审批|批准|许可|核准|审核|认定|审验|年检)[^，。；;]{0,6}?的?"
                          r"[，,]\s*[^，。；;]{0,8}$")


def _protective(lexicon: Lexicon, sentence: str, burden_possible: bool = True) -> list[tuple[int, int]]:
    out = []
    stripped = [m.start() for m in lexicon.rx("inspect.stripped").finditer(sentence)] if "inspect.stripped" in lexicon else []
    for p in lexicon.rx("modal.prohibition").finditer(sentence):
        if _GATE_FAILED.search(sentence, 0, p.start()):
            continue
        if p.start() in stripped:
            continue      # (round 37, power37) the inspected party's own protection taken away (不得以未出示证件为由拒绝检查)
        after = sentence[p.end():]
        as_basis = _AS_BASIS.match(after)
        if as_basis:
            out.append((p.start(), _phrase_end(sentence, p.end() + as_basis.end() - 1)))
            continue
        if not burden_possible:
            continue
        pretext = _PRETEXT.match(after)
        if pretext:      # 不得以……为由 / 不得因……: the burden may follow the pretext's comma
            rest_at = p.end() + pretext.end()
            stop = sentence.find("。", rest_at)
            limit = len(sentence) if stop < 0 else stop
            burden = lexicon.rx("burden.act").search(sentence, rest_at, limit)
            if burden and not re.search(r"[。；;]", sentence[rest_at:burden.start()]):
                out.append((p.start(), _phrase_end(sentence, burden.end())))
                continue
            refused = _REFUSED_SERVICE.search(sentence, p.end(), limit)
            if refused and not _PHRASE_BREAK.search(sentence, p.end(), refused.start()):
                out.append((p.start(), _phrase_end(sentence, refused.end())))
                continue
        burden = lexicon.rx("burden.act").search(sentence, p.end(), p.end() + _DIRECT_GAP + 6)
        if burden and burden.start() - p.end() <= _DIRECT_GAP \
                and not _PHRASE_BREAK.search(sentence, p.end(), burden.start()):
            out.append((p.start(), _with_purpose(sentence, _phrase_end(sentence, burden.end()))))
    for p in _NOT_AS_BASIS.finditer(sentence):
        as_basis = _AS_BASIS.match(sentence[p.end():])
        if as_basis:
            out.append((p.start(), _phrase_end(sentence, p.end() + as_basis.end() - 1)))
    return out


# the phrase after a forbidden burden that says what it would be used to extract (不得以停水停电等方式，迫使当事人缴纳
# 费用; 不得通过限制出入等手段，强迫业主签订协议): the aim is forbidden with the means, it lays nothing either
_PURPOSE = re.compile(r"^[，,]\s*(以|用以|借以|借此|以此|从而|进而)?(迫使|强迫|逼迫|胁迫|要挟|变相强制|强制)")


def _with_purpose(sentence: str, end: int) -> int:
    """``end``, or the end of the purpose phrase that follows it (``_PURPOSE``)."""
    if _PURPOSE.match(sentence[end:]):
        return _phrase_end(sentence, end + 1 + _PURPOSE.match(sentence[end:]).end() - 1)
    return end


def _scoped(lexicon: Lexicon, concept: str, sentence: str) -> list[tuple[int, int]]:
    return [(m.start(), max(m.end(), _phrase_end(sentence, m.end())))
            for m in lexicon.rx(concept).finditer(sentence) if m.end() > m.start()]


def _with_subject(sentence: str, start: int) -> int:
    """Where the subject of the phrase at ``start`` begins: the phrase's start, or the previous phrase's when the
    phrase has none of its own (备案信息仅用于统计，不作为准入条件 — what is not a condition is the 备案)."""
    begin = max((m.end() for m in _PHRASE_BREAK.finditer(sentence, 0, start)), default=0)
    if begin and _SUBJECTLESS.match(sentence[begin:start]):
        begin = max((m.end() for m in _PHRASE_BREAK.finditer(sentence, 0, begin - 1)), default=0)
    return begin


def reliefs(lexicon: Lexicon, sentence: str, base: int = 0, possible=None) -> tuple[Relief, ...]:
    """Every relief in ``sentence`` (offsets shifted by ``base``), in text order. ``possible``:
    ``lexicon.possible(sentence)``, to skip the forms whose concepts cannot occur (exact)."""
    def may(name):
        return possible is None or name not in lexicon or name in possible

    found = []
    if may("modal.prohibition") or _NOT_AS_BASIS.search(sentence):   # a pretext or a fact forbidden as a basis needs no burden act
        found += [(a, b, "protective") for a, b in _protective(lexicon, sentence, may("burden.act"))]
    # a restriction lifted by leave (其子女可以不受学区限制) is a dispensation granted, not a right assured
    if may("relief.negated") and not (may("modal.permission") and lexicon.has("modal.permission", sentence)):
        # what is said not to be restricted is the phrase's subject
        found += [(_with_subject(sentence, a), b, "negated") for a, b in _scoped(lexicon, "relief.negated", sentence)]
    if may("relief.exempt"):
        found += [(a, b, "exempt") for a, b in _scoped(lexicon, "relief.exempt", sentence)]
    return tuple(Relief(form, base + a, base + b, sentence[a:b]) for a, b, form in sorted(found))


@lru_cache(maxsize=4096)
def _sentence_reliefs(lexicon: Lexicon, sentence: str) -> tuple[Relief, ...]:
    return reliefs(lexicon, sentence)


def _ending_in(of_sentence, lexicon: Lexicon, text: str, start: int, end: int) -> Relief | None:
    """The stretch that ``of_sentence(lexicon, sentence)`` finds in the sentence around [start, end) of ``text`` in
    which the trigger at [start, end) ends (its last character inside it, trailing punctuation aside), or None."""
    if end <= start:
        return None
    last = end - 1
    while last > start and text[last] in PHRASE_END:
        last -= 1
    s0, s1 = sentence_bounds(text, last, last + 1)
    if text[last] in SENTENCE_END:
        return None
    for r in of_sentence(lexicon, text[s0:s1]):
        if r.start <= last - s0 < r.end:
            return Relief(r.form, r.start + s0, r.end + s0, r.text)
    return None


def relieved(lexicon: Lexicon, text: str, start: int, end: int) -> Relief | None:
    """The relief of the sentence around [start, end) of ``text`` in which the trigger at [start, end) ends (its last
    character inside the relief), or None: a rule's hit there names a burden the sentence lifts."""
    return _ending_in(_sentence_reliefs, lexicon, text, start, end)


@lru_cache(maxsize=4096)
def _sentence_declined(lexicon: Lexicon, sentence: str) -> tuple[Relief, ...]:
    if "relief.declined" not in lexicon:
        return ()
    return tuple(Relief("declined", a, b, sentence[a:b]) for a, b in _scoped(lexicon, "relief.declined", sentence))


def declined(lexicon: Lexicon, text: str, start: int, end: int) -> Relief | None:
    """The favour the government side declines (``relief.declined``) in which the trigger at [start, end) of
    ``text`` ends, or None: a rule on favours (contract, fair competition) has no hit there."""
    return _ending_in(_sentence_declined, lexicon, text, start, end)
