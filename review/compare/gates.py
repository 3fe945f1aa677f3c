"""A precondition a clause puts before an act the upper text lets the party do freely or with a notice only.

The reading, in one sentence: the upper text lets the party do an act (可以, 有权自主决定, 不需要/无需取得……, 即可,
可以先行……) or asks only that it be reported (备案, 报告, 告知, 通知, 补办手续), and the clause makes the same act wait
for someone's consent or approval, a prior step or a document (经……同意/批准后方可, 须事先报经……批准, 未经……不得,
应当先……方可, 取得……证后方可, 不得自行/直接……) — a precondition the law does not lay.

Open slots: any approving body or private party (县公安局, 发包方, 村民委员会, 出租人), any act, any prior step. Where the
act is is read by what the clause says apart from its gate: the phrase of the upper text (split at 。；) sharing most of
its content bigrams (``ACT_SHARED`` at least, bodies and place words out), which must carry a word of freedom or of
notice (lexicon ``compare.gate.free`` / ``compare.gate.notice``).

Not a change (guards):
* the law's own gate in that phrase (经发包人同意，可以……; 应当依法取得许可; 实行许可制度; 不得擅自; 未经……不得:
  ``compare.gate.own``), or the clause's prior step named there as the way to the act with no way round it (对仲裁裁决不服
  的，可以向人民法院提起诉讼 — but not 不愿调解的，可以申请仲裁: ``compare.gate.alternative``);
* a gate denied or made after the fact (无需取得……同意, 补办批准手续, 不得以未经……同意为由: ``compare.gate.negated``)
  or a protective negation (……为由阻止);
* a public body's own internal approval (县农业农村局制定的计划，报县人民政府批准后执行), a prohibition on anyone
  (任何部门不得自行减免), or an upper phrase whose freedom is a body's (行政机关……可以先行登记保存);
* the consent of the very party the law makes free (未经本集体成员协商同意，不得…… against 本集体经济组织成员有权优先
  承包): its own choice, protected;
* a duty laid on the act in the upper phrase (答辩书……应当通过……商标代理机构向商标局提交), a freedom under a duty before it
  or qualifying a noun (应当……公示……不需要办理市场主体登记情形等信息; 不需要办理……登记的电子商务经营者), a transitional
  provision (本条例施行前……可以继续……);
* graded info: a clause citing a basis (依照《……》), an upper text leaving the matter to local rules, or a clause keeping
  法律、法规另有规定的 (its own exception).
Graded ``condition_added`` case ``gate``: a warning that stands on its own and shows even against an article the clause
restates in its own words (grading.toml)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..sentences import pieces, start_after
from .grading import grade
from .listed import member_pairs
from .roles import ORGAN, actors, role_of
from .vocabulary import CITED_BASIS_RX, LOCAL_LEEWAY_RX, _rx

if TYPE_CHECKING:
    from .reading import Reading

ACT_SHARED = 3      # content bigrams the clause (its gate left out) shares with the upper phrase of the act, at least
ACT_SHARE = 0.25    # … and this share of the clause's own
OWN_SAID = 0.5      # an upper gate more than this share of whose content bigrams the clause says apart from its own gate
                    # is the law's gate on this act; one the clause restates is its background (取得……许可证后)

APPROVAL_GATE_RX = _rx("compare.gate.approval")
STEP_GATE_RX = _rx("compare.gate.step")
NEGATED_BEFORE_RX = _rx("compare.gate.negated")
FREE_RX = _rx("compare.gate.free")
NOTICE_RX = _rx("compare.gate.notice")
OWN_GATE_RX = _rx("compare.gate.own")
ALTERNATIVE_RX = _rx("compare.gate.alternative")
_LAW_SAYS = re.compile(r"(?:规定|依法|依照法律)[^，。；]{0,2}$")
_EXCEPTED = re.compile(r"[^，。；]{0,16}?(?:除外|另有规定)")
_FOR_ANYONE = re.compile(r"任何[^，。；]{0,10}$")
_PRETEXT_AFTER = re.compile(r"[^，。；]{0,30}?为(?:由|理由|借口)")   # (matched at the gate's end)
_LOCAL_BODY = re.compile(r"省|自治区|直辖市|地方|设区的市|县级|本级")   # the leeway is the local body's (not 国务院……制定)
_OWN_EXCEPTION = re.compile(r"另有规定|从其规定")
_PIECE_END = re.compile(r"[。；;\n]")
_STEP_WORD = re.compile(r"调解|仲裁|协商|登记|备案|培训|考核|审查|检验|申请|报告")
_STATE_TOPIC = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]+[)）])?(?:国家(?!设立|出资|举办|投资|所有)|各级人民政府|县级以上)")
_TRANSITIONAL = re.compile(r"施行(?:以|之)?前|施行(?:以|之)?后|施行之日")
_EXEMPTIONS = ("不需要", "无需", "无须", "不必")
_QUALIFIER_AFTER = re.compile(r"[^，,。；;：:]*?的(?=[^，,。；;：:\s])")
_NEGATED_FREE = re.compile(r"不可以|不得|禁止|无权")


def _pieces(text: str) -> list[tuple[int, int]]:
    return pieces(text, _PIECE_END)


# who is approached, not who acts: a body named shortly after 报/经/向/征得/请/在/对 (报县人民政府批准, 向……主管部门备案,
# 经向劳动行政部门报告, 在工商行政管理部门办理变更登记, 向当地的县、市公安局、公安分局备案) — not after 由, which names who
# acts (由县农业农村局制定)
_APPROACHED = re.compile(r"(?:报|经|向|征得|请|交|在|对)[^，。；：:]{0,16}$")
_SENTENCE_MARKS = "。；;\n"


def bearer(text: str, pos: int) -> str:
    """'organ' or 'party' (or 'unknown'): the role of whoever acts at ``pos`` — the last actor named before it in its
    phrase (任何部门不得自行减免), else the first of its sentence (the topic: 用人单位……，裁减人员方案须经……批准), else the
    topic of the sentences before it (……；未经批准，不得使用土地); never the body approached (``_APPROACHED``)."""
    def acting(start: int, end: int) -> list[str]:
        return [kind for a, _, kind in actors(text[start:end])
                if not _APPROACHED.search(text, max(start, start + a - 20), start + a)]

    phrase = start_after(text, pos, _PHRASE_MARKS)
    named = acting(phrase, pos)
    if named:
        return role_of(named[-1])
    end = pos
    for _ in range(SENTENCES_BACK):
        start = start_after(text, end, _SENTENCE_MARKS)
        named = acting(start, end)
        if named:
            return role_of(named[0])
        if start == 0:
            break
        end = start - 1
    return "unknown"


SENTENCES_BACK = 3
_PHRASE_MARKS = "，,。；;\n"


_CONSENTER = re.compile(r"(?:经过?|征得|取得)([^，。；]{2,20}?)(?:书面|协商|审查|审核|审批)?(?:同意|批准)")
CONSENTER_SHARED = 2   # content bigrams the consenting party's name shares with the name of the party the law makes free


def _consent_of_the_free(gate: str, piece: str, at: int) -> bool:
    """Whether the gate asks the consent of the party the upper phrase makes free (named before its word of freedom)."""
    m = _CONSENTER.search(gate)
    if m is None:
        return False
    start = start_after(piece, at, "，,：:")
    return len(member_pairs(m.group(1)) & member_pairs(piece[start:at])) >= CONSENTER_SHARED


def _step_before(piece: str, words: set[str]) -> bool:
    """Whether the upper phrase makes one of the clause's prior steps the way to its act (对仲裁裁决不服的, 调解不成的,
    经调解……): the law's own order of steps."""
    alt = "|".join(sorted(words))
    return re.search(rf"(?:对|(?<!已)经(?![营济常费销纪办手历验理]))[^，。；]{{0,16}}?(?:{alt})|(?:{alt})[^，。；]{{0,8}}?(?:不成|不服|之后|终结)", piece) is not None


def clause_gates(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_step) of every gate the clause puts before an act, not denied, not a pretext, not a body's own."""
    out = []
    for rx, step in ((APPROVAL_GATE_RX, False), (STEP_GATE_RX, True)):
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            if any(s < b and a < e for a, b, _ in out):
                continue
            if NEGATED_BEFORE_RX.search(text[max(0, s - 10):s]) or text[s - 1:s] in ("不", "无", "免", "非") \
                    or _PRETEXT_AFTER.match(text, e):
                continue
            if _LAW_SAYS.search(text, max(0, s - 6), s) or _EXCEPTED.match(text, e):
                continue     # what other law requires, named (法律、行政法规规定须经批准的项目除外; 依法须经批准的)
            if bearer(text, s) == ORGAN or _FOR_ANYONE.search(text, max(0, s - 12), s):
                continue     # a body's own internal approval (……报县人民政府批准后执行); a prohibition on anyone
                             # (任何部门不得自行减免, 任何单位和个人不得……)
            out.append((s, e, step))
    return sorted(out)


def _without(text: str, spans: list[tuple[int, int, bool]]) -> str:
    kept, at = [], 0
    for s, e, _ in spans:
        kept.append(text[at:s])
        at = max(at, e)
    kept.append(text[at:])
    return "|".join(kept)


def read_added_gate(reading: Reading) -> None:
    """A gate of the clause on an act the upper text leaves free or to a notice (module docstring): condition_added,
    case "gate" (the first such gate of the clause)."""
    clause, upper = reading.clause.text, reading.upper.text
    gates = clause_gates(clause)
    if not gates:
        return
    whole = member_pairs(_without(clause, gates))
    upper_pieces = [(member_pairs(upper[s:e]), s, e) for s, e in _pieces(upper)]
    for gs, ge, step in gates:
        if gate_in_upper(clause, gs, ge, upper):
            continue      # round 31 (look31): the upper text lays this very gate on the same act (民法典 第三百四十一条：
            #               未经登记，不得对抗善意第三人): restated, not added
        # what the clause says apart from its gates, in the sentence of this gate (or the whole clause)
        ss, se = next(((a, b) for a, b in _pieces(clause) if a <= gs < b), (0, len(clause)))
        rest = member_pairs(_without(clause[ss:se], [(a - ss, b - ss, t) for a, b, t in gates if ss <= a < se]))
        if len(rest) < ACT_SHARED:
            rest = whole
        found = _free_phrase(upper, upper_pieces, rest)
        if found is None:
            continue
        (s, e), at = found
        piece = upper[s:e]
        if _consent_of_the_free(clause[gs:ge], piece, at.start()):
            continue      # the consent asked is of the party the law makes free (未经本集体成员协商同意，不得将……转为其他
                          # 方式承包 against 本集体经济组织成员有权优先承包): its own choice, protected, not a gate on it
        if step:
            words = set(_STEP_WORD.findall(clause[gs:ge]))
            if words and _step_before(piece, words) and not ALTERNATIVE_RX.search(piece):
                continue  # the law's own way to the act (对仲裁裁决不服的，可以起诉)
        leeway = any(_LOCAL_BODY.search(m.group()) for m in LOCAL_LEEWAY_RX.finditer(upper))
        facts = {"case": "gate", "cited_basis": bool(CITED_BASIS_RX.search(reading.context or clause)),
                 "leeway": leeway or bool(_OWN_EXCEPTION.search(clause))}
        # the generic reading at that place (增设条件：上位法未规定“……”) says the same: one change
        reading.changes[:] = [c for c in reading.changes if not (
            c.kind == "condition_added" and c.clause_start >= 0 and gs - 4 <= c.clause_start < ge + 4
            and c.message.startswith(_GENERIC_ADDED))]
        reading.add("condition_added",
                    grade("condition_added", facts, added=clause[gs:ge], upper=_said(piece, at.start())),
                    (gs, ge), (s + at.start(), s + at.end()))
        return


_MARKS = re.compile(r"[，,、；;。：:“”《》（）()\s]")
GATE_WITH_ACT = 8     # characters of the gate with the act it bars that must stand in the upper text as they are


def gate_in_upper(clause: str, gs: int, ge: int, upper: str) -> bool:
    """Whether the gate at [gs, ge) with the act after it, to its phrase's end (未经登记，不得对抗善意第三人), stands in
    ``upper`` word for word (punctuation aside)."""
    end = ge
    while end < len(clause) and clause[end] not in "。；;\n" and (end == ge or clause[end] not in "，,"):
        end += 1
    words = _MARKS.sub("", clause[gs:end])
    return len(words) >= GATE_WITH_ACT and words in _MARKS.sub("", upper)


def _free_phrase(upper: str, pieces: list, rest: set[str]):
    """((start, end), match) of the upper phrase of the act ``rest`` speaks of that lets the party do it or asks a
    notice: the phrases sharing most of ``rest`` (``ACT_SHARED``, ``ACT_SHARE``), best first, none before it laying a
    gate of its own; None when there is none, or its freedom is a body's."""
    floor = max(ACT_SHARED, ACT_SHARE * len(rest))
    ranked = sorted(((len(pairs & rest), s, e) for pairs, s, e in pieces), key=lambda x: (-x[0], x[1]))
    for n, s, e in ranked:
        if n < floor:
            return None
        piece = upper[s:e]
        if _TRANSITIONAL.search(piece) or _STATE_TOPIC.match(piece):
            return None   # a transitional provision (本条例施行前依法设立的……可以继续……): the past, not the act; a
                          # policy of the State (国家推进……审批改为备案、实行告知承诺……): no party's freedom
        if _own_gate(piece, rest):
            return None   # the law's own gate on the act (经发包人同意，可以……; 依法取得许可; 不得擅自), unless the
                          # clause restates it apart from its gate (取得营业执照和……许可证后，须报经县公安局审查批准)
        # (a freedom under a duty laid before it in the phrase is an object of that duty: 应当……公示……不需要办理市场主体
        # 登记情形等信息; and one that qualifies a noun names who or what, it lets no one do anything: 不需要办理市场主体登记
        # 的电子商务经营者在首次纳税义务发生后……)
        free = [m for m in FREE_RX.finditer(piece) if not _NEGATED_FREE.search(piece[max(0, m.start() - 2):m.start()])
                and not _NECESSITY.search(piece, 0, m.start()) and not (m.group() in _EXEMPTIONS and _QUALIFIER_AFTER.match(piece, m.end()))]
        notice = list(NOTICE_RX.finditer(piece))
        if free or notice:
            at = (free or notice)[0]
            if bearer(piece, at.start()) == ORGAN:
                return None   # the freedom is a body's (行政机关……可以先行登记保存)
            if _required_there(piece, rest):
                return None   # the phrase of the act says the law's own duty (……可以……答辩，答辩书……应当通过依法设立
                              # 的商标代理机构向商标局提交): what the clause requires is the law's
            return (s, e), at
        # (a phrase of the act saying neither — 颁发执业兽医资格证书 — lets the next say it: ……还应当……备案)
    return None


def is_gate(change) -> bool:
    """Whether ``change`` is a precondition put before an act the upper text leaves free (read_added_gate)."""
    return change.kind == "condition_added" and change.message.endswith(GATE_MESSAGE_END)


GATE_MESSAGE_END = "作为前提"     # grading.toml [[condition_added]] case = "gate"


def gate_laid_elsewhere(change, clause_text: str, unit_text: str, sentences) -> bool:
    """Whether another sentence of the upper law (``sentences``: its other articles') lays a gate of its own on the
    act of the gate ``change`` reads, speaking of that act at least as closely as the compared phrase (专利代理条例
    第九条's 取得专利代理机构执业许可证 beside 第三十二条's transitional 可以继续……开展专利代理业务)."""
    if not is_gate(change):
        return False
    rest = member_pairs(without_gates(clause_text))
    here = max((len(member_pairs(unit_text[s:e]) & rest) for s, e in _pieces(unit_text)
                if s <= max(0, unit_text.find(change.upper_span)) < e), default=0)
    return any(len(member_pairs(x) & rest) >= max(here, ACT_SHARED) and _own_gate(x, rest) for x in sentences)


def act_share(change, clause_text: str, unit_text: str) -> float:
    """The share of what the sentence of the gate ``change`` says apart from its gates that the upper phrase holding
    the change's freedom or notice holds (read_added_gate asks ``ACT_SHARE``; review.engine.by_gate, for an article
    found only by the act's words, more)."""
    gates = clause_gates(clause_text)
    at = change.clause_start
    ss, se = next(((a, b) for a, b in _pieces(clause_text) if a <= at < b), (0, len(clause_text)))
    rest = member_pairs(_without(clause_text[ss:se], [(a - ss, b - ss, t) for a, b, t in gates if ss <= a < se]))
    if len(rest) < ACT_SHARED:
        rest = member_pairs(_without(clause_text, gates))
    where = unit_text.find(change.upper_span) if change.upper_start < 0 else change.upper_start
    piece = next((unit_text[a:b] for a, b in _pieces(unit_text) if a <= where < b), "")
    return len(member_pairs(piece) & rest) / len(rest) if rest else 0.0


def without_gates(text: str) -> str:
    """The clause with its gates taken out: what it says of the act (searched for by review.engine.by_gate)."""
    gates = clause_gates(text)
    return _without(text, gates).replace("|", "，").strip("，,。；; ") if gates else text


_GENERIC_ADDED = "增设条件："     # grading.toml [[condition_added]] case = "condition"


_PHRASE_END = re.compile(r"[，,：:]")
_NECESSITY = re.compile(r"应当|必须|(?<![无不])须|只能|一律")


def _required_there(piece: str, rest: set[str]) -> bool:
    """Whether the phrase of ``piece`` that speaks most of the clause's act (``rest``) lays a duty (应当, 必须 …) whose
    words, up to the next duty, ask no notice (备案, 告知 …): the act is required by the law there, not left free."""
    best, shared, at = (0, 0), 0, 0
    for m in list(_PHRASE_END.finditer(piece)) + [None]:
        end = m.start() if m else len(piece)
        n = len(member_pairs(piece[at:end]) & rest)
        if n > shared:
            best, shared = (at, end), n
        at = m.end() if m else end
    duty = _NECESSITY.search(piece, best[0], best[1])
    if duty is None:
        return False
    following = _NECESSITY.search(piece, duty.end())
    return not NOTICE_RX.search(piece, duty.end(), following.start() if following else len(piece))


def _own_gate(piece: str, rest: set[str]) -> bool:
    """Whether the upper phrase lays a gate of its own that the clause does not restate apart from its gate."""
    for m in OWN_GATE_RX.finditer(_denials_out(piece)):
        pairs = member_pairs(m.group())
        if len(pairs - rest) > OWN_SAID * len(pairs) or not pairs:
            return True
    return False


def _denials_out(piece: str) -> str:
    """The upper phrase without its denied or after-the-fact gates (不需要取得……许可, 补办批准手续, 无需……)."""
    return re.sub(r"(?:无需|无须|不需要|不必|不再|补办)[^，。；]{0,24}?(?:同意|批准|审批|核准|许可|手续)", "|", piece)


def _said(piece: str, at: int) -> str:
    """The phrase of ``piece`` around ``at`` (between commas), what the upper text lets the party do."""
    s = start_after(piece, at, "，,：:")
    ends = [i for i in (piece.find(c, at) for c in "，,。；;") if i >= 0]
    return piece[s:min(ends) if ends else len(piece)].strip()
