"""A norm sentence read into slots, and two sentences compared slot by slot.

One reading for every kind of norm: each phrase of a sentence (split at ，；。：) is read into

- ``actor``: who acts — the phrase's subject before its modal verb (建设单位应当……), or the body a marker names
  (由乡（镇）人民政府审核批准; 经县以上税务局局长批准; 向……消防救援机构申请; 报……备案), with its ``role`` (the marker:
  ``who`` for a subject or 由, ``approve`` for 经……批准/同意, ``to`` for 向/报) and its level (review/compare/levels.py's
  ``level_of``: 国务院 4 … 县 1, 县级以上 0.5, 乡镇 0, 村（居）民委员会 -0.5; a party has none);
- ``modal``: duty (应当, 必须), permission (可以, 有权, 准许), prohibition (不得, 禁止, 严禁), or none;
- ``act``: what the phrase is about — its matter bigrams without the actor's own words (review/compare/matter.py).

Two sentences are compared by pairing each clause phrase with the article phrase of the same role whose act shares
most of its matter, and reading per pair:

- ``level_moved``: the body of the same role and act is of another level (乡（镇）人民政府 → 县……局, 县级以上……局长 →
  税务所所长), or a public body's act given to a village committee or a party branch (乡镇人民政府监督 → 村党组织监督);
- ``bearer_moved``: the party bearing the same duty is another party (建设单位 → 施工单位, 商品房预售人 → 买受人);

A prohibition the clause turns into a permission or a duty on the same act is review/compare/reversal.py's
(``reversed_acts``, with its guards): not read twice here.

Figures are the business of review/compare/figures.py (a figure paired with the figure of the same slot: the words
it qualifies); the level reading of a higher body taken down to the county is levels.py's.

Legal basis: a county's normative document may not change the body a law or 行政法规 names for a power (立法法
第八十条, 第九十三条; 行政许可法 第十六条第四款; 行政处罚法 第十八条, 第二十四条; 地方各级人民代表大会和地方各级人民政府
组织法 第七十三条), nor lay a duty the law puts on one party on another (国务院办公厅关于加强行政规范性文件制定和
监督管理工作的通知 国办发〔2018〕37号).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .grading import grade
from .levels import _ASSISTING, AUTONOMY, COUNTY_UP, level_of
from .matter import matter_bigrams
from .phrases import han_pairs
from ..norms.lexicon import default_lexicon

if TYPE_CHECKING:
    from .reading import Reading

PHRASE_MARKS = "，,；;。：:\n"

# a public body by how its name ends; a head of one (局长, 所长, 负责人) stands for it
_BODY = r"[\u4e00-\u9fff（）()、]{1,30}?(?:人民政府|办事处|部门|机关|机构|局|委员会|中心|大队|所|组织|支部|党委|局长|所长|负责人)"
_PUBLIC_END = re.compile(r"(?:人民政府|办事处|部门|机关|机构|局|中心|大队|税务所|党组织|党支部|党委|局长|所长|负责人|"
                         r"(?:村|居)[（(]?[村居]?[）)]?民委员会|村委会|居委会)(?:（[^）]*）)?$")
_PARTY_BODY = re.compile(r"党组织|党支部|党委|党总支")
# the markers of a body's role in its phrase, and the act words that follow the body
_MARKED = re.compile(r"(?P<mark>由|经|向|报)(?P<body>" + _BODY + r")(?P<act>(?:审核)?(?:批准|同意|决定|审核|审批|"
                     r"监督|责令|申请|办理|登记|备案|核发|颁发|处理|实施|负责|组织|主持|确认|认定|作出)[\u4e00-\u9fff]*)")
_MODAL = re.compile(r"(?P<neg>不得|禁止|严禁|不准|不可以)|(?P<may>可以|有权|准许|允许)|(?P<must>应当|必须|须)")
# a party by how its name ends (建设单位, 商品房预售人, 买受人, 施工企业, 业主)
_PARTY = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:单位|人|者|企业|公司|业主)$")
# parties that are anyone: not a bearer one could move
_ANYONE = re.compile(r"任何|当事人|公民|个人|单位和|有关|相关|其他|申请人|行为人|本人")
# the sides of one dealing (建设单位 / 施工单位, 预售人 / 买受人): review/lexicons/comparison.toml, one concept a dealing
_DEALINGS = tuple(re.compile(default_lexicon().source(f"compare.dealing_side.{name}"))
                  for name in ("construction", "sale", "lease", "tender"))
_SIDE = re.compile("|".join(rx.pattern for rx in _DEALINGS))


def _one_dealing(a: str, b: str) -> bool:
    """Whether parties ``a`` and ``b`` are two sides of one dealing (施工单位 / 建设单位; not 房地产开发企业 / 施工单位)."""
    return any(rx.search(a) and rx.search(b) for rx in _DEALINGS)


_PARTY_SUFFIX = re.compile(r"(?:单位|企业|公司|人员|人|者|业主)$")


def _core(party: str) -> str:
    """A party's name without the suffix any party has (施工单位 → 施工): two parties whose cores share a character are
    one kind named narrower or wider (养犬人 / 动物饲养人或者管理人) or of another sector (供水企业 / 供电企业), not a
    duty moved to another party of the same dealing."""
    return _PARTY_SUFFIX.sub("", party)


ACT_SHARED = 3          # matter bigrams the acts of two phrases must share to be one act
ACT_SHARED_MARKED = 2   # … where a marker names the body's own act (审核批准, 监督)


@dataclass(frozen=True, slots=True)
class Slot:
    """One phrase of a sentence read as a norm: who, in which role, with which modal, doing what."""

    start: int              # the phrase in its text
    end: int
    actor: str              # the body or party ("" when the phrase names none)
    actor_start: int
    role: str               # who | approve | to | ""
    level: float | None     # the actor's level (public bodies), None for a party or none named
    public: bool
    modal: str              # must | may | not | ""
    act: frozenset[str]     # matter bigrams of the phrase without the actor's words
    act_words: frozenset[str]   # the marker's own act (审核批准, 监督) as bigrams


# a body a matter is sent up to that decides it (报县人民政府批准, 报……审批): the one who acts, as 由……审核批准 says
# (round 46, up46: 经乡镇人民政府审核后，报县人民政府批准 for 由乡（镇）人民政府审核批准); not a filing (报……备案)
_DECIDES = re.compile(r"(?:审核)?(?:批准|审批|核准)")
# one act of deciding, however the text names it (审批 and 批准 of one matter)
_DECIDING_WORDS = re.compile(r"审批|核准")


def _act_words(act: str) -> frozenset[str]:
    """The marker's own act as bigrams, the words of deciding as one (审批 → 批准)."""
    return frozenset(han_pairs(_DECIDING_WORDS.sub("批准", act[:4])))


_BARE_ACTOR = re.compile(r"(?P<body>" + _BODY + r")(?P<act>监督|主持|负责|审核批准|批准|审批|备案|决定)$")
# a party a 由 names as the one who acts (商品房预售合同由买受人报……备案)
_BY_PARTY = re.compile(r"由(?P<party>[\u4e00-\u9fff]{1,8}?(?:人|者|单位|企业|业主))(?=报|向|负责|承担|办理|申请|提交|缴纳|签订)")


def _previous(text: str, start: int) -> str:
    """The phrase before ``start`` inside its sentence ("" at a sentence's start)."""
    if start < 2 or text[start - 1] not in "，,":
        return ""
    s = max(text.rfind(c, 0, start - 1) for c in PHRASE_MARKS) + 1
    return text[s:start - 1]


def _next(text: str, end: int) -> str:
    """The phrase after ``end`` inside its sentence ("" at a sentence's end)."""
    if end >= len(text) or text[end] not in "，,":
        return ""
    ends = [i for i in (text.find(c, end + 1) for c in PHRASE_MARKS) if i >= 0]
    return text[end + 1:min(ends) if ends else len(text)]


def _case_of(text: str, start: int) -> str:
    """The phrase a sentence opens with, its case or matter (集体所有的草原由……承包经营的，; 宅基地申请经……公示后，),
    when the phrase at ``start`` is not it."""
    s = max(text.rfind(c, 0, start) for c in "。；;\n") + 1
    ends = [i for i in (text.find(c, s) for c in "，,") if i >= 0]
    first = text[s:min(ends)] if ends else ""
    return first if s + len(first) < start else ""


def _phrases(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for i, ch in enumerate(text + "。"):
        if ch in PHRASE_MARKS:
            if i > start:
                out.append((start, i))
            start = i + 1
    return out


def _public(name: str) -> bool:
    return bool(_PUBLIC_END.search(name))


def _level(name: str) -> float | None:
    if _PARTY_BODY.search(name):
        return AUTONOMY
    if re.search(r"各级|地方人民政府|有关", name):
        return None     # 各级人民政府, 地方人民政府, 有关部门: every level or none named, no level moved
    found = level_of(name)
    if found is None and re.match(r"(?:本县|[县区](?!级以上))", name):
        return 1
    return found


def read_slots(text: str) -> list[Slot]:
    """The slots of each phrase of ``text`` that names an actor."""
    out = []
    for s, e in _phrases(text):
        phrase = text[s:e]
        modal_m = _MODAL.search(phrase)
        modal = "" if modal_m is None else ("not" if modal_m.group("neg") else "may" if modal_m.group("may")
                                            else "must")
        # a phrase opening with its marker (，由……监督) has its topic in the phrase before (工作移交由……主持)
        topic = _previous(text, s) if re.match(r"[由经向报]", phrase) else ""
        marked_at = []
        blanked = phrase
        for m in _MARKED.finditer(phrase):
            body, body_at, mark = m.group("body"), m.start("body"), m.group("mark")
            sent_to = body.rfind("报") + 1
            if sent_to and _DECIDES.match(m.group("act")) and _public(body[sent_to:]) \
                    and not re.search(r"[报向经由]", body[sent_to:]):
                # a chain ending in the body that decides (由村民委员会报县……局审批): that body acts, the ones
                # before it forward the matter (round 46, up46)
                body, body_at, mark = body[sent_to:], body_at + sent_to, "报"
            if not _public(body) or _BY_PARTY.match(phrase, m.start()) or re.search(r"[报向经由]", body) \
                    or body.startswith("原"):
                continue    # a chain of bodies (由乡、镇人民政府报……部门备案): no one body; a former body (原县……局): history
            blanked = blanked[:body_at] + "|" * len(body) + blanked[body_at + len(body):]
            role = {"由": "who", "经": "approve", "向": "to", "报": "to"}[mark]
            if mark == "报" and _DECIDES.match(m.group("act")):
                role = "who"
            own = phrase[:m.start()] + "|" + phrase[m.end("body"):]
            around = topic
            if len(matter_bigrams(own)) < ACT_SHARED:
                # a phrase that is only the body and its act (并报乡（镇）人民政府批准, 未经乡级人民政府批准，) is about
                # the matter of the phrases around it and of its sentence's case (……承包经营的，) (round 46, up46)
                around = "|".join((topic or _previous(text, s), _next(text, e), _case_of(text, s)))
            act = matter_bigrams(around + "|" + own)
            out.append(Slot(s, e, body, s + body_at, role, _level(body), True, modal, act,
                            _act_words(m.group("act"))))
            marked_at.append(m.start())
        for m in _BY_PARTY.finditer(phrase):
            act = matter_bigrams(topic + "|" + phrase[:m.start()] + "|" + phrase[m.end("party"):])
            out.append(Slot(s, e, m.group("party"), s + m.start("party"), "who", None, False, modal or "must", act,
                            frozenset()))
            marked_at.append(m.start())
        if modal_m is None and not marked_at:
            # a body and its act without a marker or a modal (，乡、镇人民政府监督): the body acts
            m = _BARE_ACTOR.match(phrase)
            if m is not None and _public(m.group("body")):
                act = matter_bigrams(topic or _previous(text, s))
                out.append(Slot(s, e, m.group("body"), s, "who", _level(m.group("body")), True, "", act,
                                _act_words(m.group("act"))))
            continue
        if modal_m is None or any(at < modal_m.start() and at <= 1 for at in marked_at):
            continue
        subject = phrase[:modal_m.start()]
        subject = re.sub(r"^(?:[\u4e00-\u9fff]{0,12}(?:前|后|时)，?)", "", subject)
        if 2 <= len(subject) <= 16 and re.fullmatch(r"[\u4e00-\u9fff（）()]+", subject):
            public = _public(subject)
            if public or _PARTY.search(subject):
                act = matter_bigrams(blanked[modal_m.end():])
                out.append(Slot(s, e, subject, s, "who", _level(subject) if public else None, public, modal, act,
                                frozenset()))
    return out


def _same_act(mine: Slot, theirs: Slot) -> int:
    """How many matter bigrams the two phrases' acts share (0 when they are not one act)."""
    shared = len(mine.act & theirs.act)
    need = ACT_SHARED_MARKED if mine.act_words and mine.act_words & theirs.act_words else ACT_SHARED
    return shared if shared >= need else 0


def _level_moved(mine: float | None, theirs: float | None) -> bool:
    """A body of the article's level replaced by one of another: a township's for a county's or higher, a county's
    for a township's, a village committee or party branch for any organ (县级以上 holds the county and any above)."""
    if mine is None or theirs is None or mine == theirs:
        return False
    if theirs == AUTONOMY:
        return False
    if mine == AUTONOMY:
        return theirs >= 0
    if theirs == COUNTY_UP:
        return mine < 1
    if theirs == 0:
        return mine >= 1
    return theirs == 1 and mine == 0


def read_slots_compared(reading: Reading) -> None:
    """Each clause slot against the article's slot of the same role and act: the level moved, the bearer moved."""
    clause, upper = reading.clause.text, reading.upper.text
    theirs = read_slots(upper)
    if not theirs:
        return
    ours = read_slots(clause)
    for mine in ours:
        pairs = sorted(((bool(mine.act_words & t.act_words), _same_act(mine, t), -abs(t.start - mine.start), t)
                        for t in theirs if t.role == mine.role), key=lambda x: x[:3], reverse=True)
        pairs = [p for p in pairs if p[1]]
        if not pairs:
            continue
        t = pairs[0][3]
        taken_up = _decision_taken_up(mine, t, ours)
        if (t.actor in clause and not taken_up) or mine.actor in upper \
                or _ASSISTING.search(clause, mine.actor_start, mine.end):
            continue    # the article's actor kept (or the clause's named there too) — unless the clause leaves it only
            #             a step before the decision it gives a higher body; a body assisting (配合, 协助)
        if mine.public and t.public and mine.act_words & t.act_words and _level_moved(mine.level, t.level) \
                and not _ASSISTING.search(upper, t.start, t.end):
            # (a body named with its act, the same act in both: 由……审核批准, 经……批准, 向……申请, ……监督; not a body
            # assisting in the article: 乡镇人民政府……应当支持、协助县级……部门)
            if not _names_level(clause, t.level) or taken_up:
                g = grade("body_changed", {"case": "level_moved"}, upper=t.actor, clause=mine.actor)
                reading.add("body_changed", g, (mine.actor_start, mine.actor_start + len(mine.actor)),
                            (t.actor_start, t.actor_start + len(t.actor)))
        elif not mine.public and not t.public and mine.role == t.role == "who" and not _ANYONE.search(t.actor) \
                and not _ANYONE.search(mine.actor) and mine.modal in ("must", "") and t.modal in ("must", "") \
                and _one_dealing(mine.actor, t.actor) \
                and not set(_core(mine.actor)) & set(_core(t.actor)):
            g = grade("subject_changed", {"case": "bearer_moved"}, upper=t.actor, clause=mine.actor)
            reading.add("subject_changed", g, (mine.actor_start, mine.actor_start + len(mine.actor)),
                        (t.actor_start, t.actor_start + len(t.actor)))


_DECISION = frozenset({"批准"})


def _decision_taken_up(mine: Slot, theirs: Slot, ours: list[Slot]) -> bool:
    """Whether the decision the article gives a lower body (由乡（镇）人民政府审核批准) is the clause's higher body's
    (报县人民政府批准) while the clause leaves the lower body only a step before it (经乡镇人民政府审核后): the level is
    moved although the clause names the article's level. Not where the clause's body of that level decides too."""
    if not (mine.level is not None and theirs.level is not None and mine.level > theirs.level
            and mine.act_words & theirs.act_words & _DECISION):
        return False
    return not any(o.level == theirs.level and o.act_words & _DECISION for o in ours)


def _names_level(clause: str, level: float | None) -> bool:
    """The clause names a body of the article's level besides its own (报乡镇人民政府和县……局批准)."""
    return False if level is None else any(_level(m.group()) == level for m in re.finditer(_BODY, clause)
                                           if _public(m.group()))
