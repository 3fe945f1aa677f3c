"""Retrieval of upper provisions by the norm's slots: the articles of in-force 法律/行政法规 (then 部门规章/司法解释)
whose own norm does the act a clause's own norm does, on the same object, laid on the same kind of actor, with a
quantity slot of the same kind (a time limit, an amount, a count of days, the bearer of a cost, a charge).

The text search (statutes.search) ranks articles by the words they share with a clause; a clause restating an article
in its own words (于五个工作日内办理结婚登记并颁发结婚证 for 婚姻登记条例 第十条's 应当当场予以登记，发给结婚证) shares
fewer of them than articles that merely name its matter (民法典 第一千零四十九条). Here the article is found by what its
norm does: the act concepts of review/lexicons/acts.toml (办理登记/予以登记, 扑救/扑灭, 收取费用/收取财物), normalised
whatever the verb, over an index of every article's sentences built once a corpus and date (review.corpus_facts).

Guard (the lesson of up37b): a clause is read only where it lays the norm itself — its own modal verb or a time limit
it sets, and the act after it in its main phrase, not in the case it opens with (……的，) nor as a noun (已作出审批决定的
建设项目) — and only with a slot it states beside that act. A clause that only mentions a procedure has no such act.

Pure functions over frozen data; the index is plain tuples so it can be kept across processes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .compare.matter import matter_bigrams

INDEX_LEVELS = ("法律", "行政法规", "部门规章", "司法解释")
CORE = ("法律", "行政法规")

# the slot kinds a sentence states, by their words
_TIME = re.compile(r"(?:[0-9０-９]+|[一二两三四五六七八九十百半]+)个?(?:分钟|小时|工作日|日|天|周|月|年)(?:内|以内|之内)|"
                   r"当场|当日|当天|立即|即时|及时|次日")
_AMOUNT = re.compile(r"(?:[0-9０-９.．]+|[一二两三四五六七八九十百千万亿]+)(?:万)?元")
_COUNT = re.compile(r"(?:[0-9０-９]+|[一二两三四五六七八九十百]+)(?:天|日)(?![内以之])")
_BEARER = re.compile(r"(?:费用|费|补贴|补助|责任)[^。；：]{0,20}?由(?P<who>[^，。；：]{1,16}?)(?:承担|负担|支付|自理)|"
                     r"由(?P<who2>[^，。；：]{1,16}?)承担[^，。；：]{0,4}?(?:治理)?责任")
_CHARGE = re.compile(r"收取|收费|免费|不收|无偿|免交|免收")

# the clause's own modal verb (or a limit it sets for an act: 于五个工作日内办理)
_MODAL = re.compile(r"应当|必须|须|可以|不得|禁止|严禁|不准|方可|予以|一律")
# the case a clause opens with, up to its 的， (……的，应当……): the act inside it is a circumstance, not the norm
OPENING_CASE = re.compile(r"^[^。；]*?的[，,]")
# an act named as a noun: followed by 的 and a noun (已作出审批决定的建设项目), or after a mention (按照/依照/根据……)
_NOMINAL_AFTER = re.compile(r"^的(?![，。；])")
_MENTION_BEFORE = re.compile(r"(?:按照|依照|依据|根据|配合|参与|协助|关于|有关|对)[^，。；：]{0,12}$")

# slots that lay a norm without a modal verb (于五个工作日内办理, 按每份五百元收取, 费用由县人民政府承担)
LAYING_SLOTS = frozenset({"time", "amount", "bearer"})
OBJECT_SHARED = 1       # content bigrams of the clause's act object the article's sentence holds, at least
SENTENCES, ACTS, COMMON = "sentences", "acts", "common"     # the index's entries (_build)
COMMON_SHARE = 0.002    # a bigram in more of the indexed sentences than this share is common
DISTINCT_SHARED = 2     # bigrams of the clause's matter not common the article's sentence holds, at least
CONTEXT_SHARED = 3      # content bigrams of the whole clause the article's sentence holds, at least
MAX_CANDIDATES = 4      # articles compared a probe


@dataclass(frozen=True, slots=True)
class SlotNorm:
    """What one sentence's norm does: its act concepts (review/lexicons/acts.toml), the content bigrams of the
    objects those acts take (the rest of their phrase), the slot kinds it states beside them, and its actor kind
    ("organ", "party" or "")."""
    acts: frozenset[str]
    objects: frozenset[str]
    slots: frozenset[str]
    actor: str = ""


@lru_cache(maxsize=1)
def _act_rx() -> tuple[tuple[str, re.Pattern], ...]:
    from .norms.lexicon import default_lexicon

    lex = default_lexicon()
    return tuple((name, re.compile(lex.source(name))) for name in sorted(lex.concepts) if name.startswith("act."))


def slots_of(text: str) -> frozenset[str]:
    """The slot kinds ``text`` states: time, amount, count, bearer, charge."""
    out = set()
    if _TIME.search(text):
        out.add("time")
    if _AMOUNT.search(text):
        out.add("amount")
    if _COUNT.search(text):
        out.add("count")
    if _BEARER.search(text):
        out.add("bearer")
    if _CHARGE.search(text):
        out.add("charge")
    return frozenset(out)


def _phrase_end(text: str, start: int) -> int:
    m = re.compile(r"[，,。；;：:]").search(text, start)
    return m.start() if m else len(text)


def acts_in(text: str, own: bool = False) -> list[tuple[str, int, int]]:
    """The act concepts of ``text`` with their spans; ``own``: only acts the sentence lays (not inside the case it
    opens with, not named as a noun, not after 按照/配合 …)."""
    case = OPENING_CASE.match(text) if own else None
    out = []
    for name, rx in _act_rx():
        for m in rx.finditer(text):
            if own:
                if case and m.end() <= case.end():
                    continue
                if _NOMINAL_AFTER.match(text[m.end():]) \
                        or _MENTION_BEFORE.search(text[:m.start()]):
                    continue
            out.append((name, m.start(), m.end()))
    return out


def _objects(text: str, acts: list[tuple[str, int, int]]) -> frozenset[str]:
    """The content bigrams of what the acts take: each act's phrase from the act on."""
    out: set[str] = set()
    for _, a, b in acts:
        out |= matter_bigrams(text[a:_phrase_end(text, b)])
    return frozenset(out)


def _actor(text: str) -> str:
    from .compare.roles import ORGAN, PARTY, role_at

    m = _MODAL.search(text)
    if not m:
        return ""
    role = role_at(text, m.start())
    return "organ" if role == ORGAN else "party" if role == PARTY else ""


def clause_norm(text: str) -> SlotNorm | None:
    """The norm a clause's sentence lays itself, or None: a modal verb or a limit it sets, an act of its own after
    the case it opens with, and a slot stated in the phrase of that act or in its sentence."""
    acts = acts_in(text, own=True)
    if not acts:
        return None
    case = OPENING_CASE.match(text)
    slots = slots_of(text[case.end():] if case else text)
    if not slots or not (_MODAL.search(text) or slots & LAYING_SLOTS):
        return None
    return SlotNorm(frozenset(a for a, _, _ in acts), _objects(text, acts), slots, _actor(text))


def sentence_norms(text: str) -> list[tuple[str, SlotNorm]]:
    """Each sentence of an article (split at 。；and line ends) with the norm it states: acts and slots both (its
    objects: the content bigrams of the whole sentence, the matter its act is on)."""
    out = []
    for s in re.split(r"(?<=[。；\n])", text):
        s = s.strip()
        if len(s) < 6:
            continue
        slots = slots_of(s)
        if not slots:
            continue
        acts = acts_in(s)
        if acts:
            out.append((s, SlotNorm(frozenset(a for a, _, _ in acts), matter_bigrams(s), slots, _actor(s))))
    return out


# ---------------------------------------------------------------- the index
def _build(store, as_of: str) -> dict:
    """The index of the current versions of INDEX_LEVELS works in force on ``as_of`` (no repeal date before it):
    SENTENCES, each (version id, work id, article, article_sub, level, its slot kinds and content bigrams joined by
    "|", actor kind); ACTS, act concept -> the numbers of the sentences laying it; COMMON, the bigrams too common among
    the sentences to tell a matter. Plain strings and ints: kept across processes (review.corpus_facts) and read fast."""
    rows = store.conn.execute(
        "SELECT v.id, w.id, p.article, p.article_sub, w.level, p.text FROM provisions p JOIN versions v ON v.id=p.version_id "
        "JOIN works w ON w.id=v.work_id WHERE v.is_current=1 AND p.kind='article' AND w.level IN (%s) "
        "AND (w.repeal_date IS NULL OR w.repeal_date > ?) AND coalesce(v.effective_date, '') <= ?"
        % ",".join("?" * len(INDEX_LEVELS)), (*INDEX_LEVELS, as_of or "9999", as_of or "9999")).fetchall()
    sentences: list[tuple] = []
    acts: dict[str, list[int]] = {}
    df: dict[str, int] = {}
    for vid, wid, art, sub, level, text in rows:
        for _, norm in sentence_norms(text):
            for b in norm.objects:
                df[b] = df.get(b, 0) + 1
            for act in norm.acts:
                acts.setdefault(act, []).append(len(sentences))
            sentences.append((vid, wid, art, sub, level, "|".join(sorted(norm.slots)), "|".join(sorted(norm.objects)),
                              norm.actor))
    # the bigrams of the procedure every such sentence may use (受理, 申请, 作出, 决定, 工作日): in COMMON_SHARE of them
    common = "|".join(sorted(b for b, n in df.items() if n > COMMON_SHARE * len(sentences)))
    return {SENTENCES: tuple(sentences), ACTS: {k: tuple(v) for k, v in acts.items()}, COMMON: common}


_INDEXES: dict[tuple, dict] = {}


def slot_index(store, as_of: str) -> dict[str, tuple]:
    """The index of ``store`` on ``as_of``, built once a process and kept across processes (review.corpus_facts)."""
    key = (id(store), as_of)
    if key not in _INDEXES:
        from .corpus_facts import kept

        _INDEXES[key] = kept(store, "norm_slots", as_of, lambda: _build(store, as_of))
    return _INDEXES[key]


@dataclass(frozen=True, slots=True)
class Candidate:
    version_id: int
    work_id: int
    article: int
    article_sub: int
    level: str
    agreement: int          # slot kinds and acts shared, objects shared: the rank


def candidates(store, norm: SlotNorm, text: str, as_of: str, limit: int = MAX_CANDIDATES,
               works=None) -> list[Candidate]:
    """The articles whose own norm does one of ``norm``'s acts on its object (OBJECT_SHARED content bigrams of the
    clause's act phrases in the article's sentence), laid on the same kind of actor where both are known, with a
    slot of a kind ``norm`` states, and CONTEXT_SHARED content bigrams of the clause's ``text`` in that sentence, of
    which DISTINCT_SHARED not common to the index's sentences (its matter, not the procedure's words: 结婚, 留宿, 复检)
    — ranked by the acts and slots one sentence shares, then the matter's own bigrams, the act object's and the
    clause's shared; 法律/行政法规 before lower levels at equal rank."""
    index = slot_index(store, as_of)
    matter = matter_bigrams(text)
    distinct = matter - frozenset(index[COMMON].split("|"))
    per_sentence: dict[int, list] = {}     # sentence -> [acts shared, slots shared, distinct, objects, context]
    level_of: dict[tuple, str] = {}
    key_of: dict[int, tuple] = {}
    sentences = index[SENTENCES]
    for act in sorted(norm.acts):
        for n in index[ACTS].get(act, ()):
            if n in per_sentence:
                per_sentence[n][0] += 1
                continue
            vid, wid, art, sub, level, slots, objects, actor = sentences[n]
            if works is not None and not works(wid):
                continue
            shared_slots = norm.slots & frozenset(slots.split("|"))
            if not shared_slots:
                continue
            if norm.actor and actor and norm.actor != actor:
                continue
            sentence = frozenset(objects.split("|"))
            shared_objects = len(norm.objects & sentence)
            if shared_objects < OBJECT_SHARED:
                continue
            context = len(matter & sentence)
            shared_distinct = len(distinct & sentence)
            if context < CONTEXT_SHARED or shared_distinct < DISTINCT_SHARED:
                continue
            key = key_of[n] = (vid, wid, art, sub)
            per_sentence[n] = [1, len(shared_slots), shared_distinct, shared_objects, context]
            level_of[key] = level
    best: dict[tuple, tuple] = {}
    for n, (acts, slots, _, objects, context) in per_sentence.items():
        key = key_of[n]
        best[key] = max(best.get(key, (0, 0, 0)), (acts + slots, objects, context))
    # the acts and slots agreeing first, then 法律/行政法规 before the rules and interpretations restating them, then
    # the act's object and the clause's matter shared; the best few read again with the clause's own matter in the
    # whole article (结婚登记当事人 in 婚姻登记条例 第十条's first sentence, 离婚 all through 第十六条)
    ranked = sorted(best.items(), key=lambda kv: (-kv[1][0], level_of[kv[0]] not in CORE, -kv[1][1], -kv[1][2]))
    ranked = ranked[:limit * 2]

    def whole(key) -> int:
        upper = store.provision(key[0], key[2], key[3])
        return len(distinct & matter_bigrams(upper.text)) if upper is not None else 0

    read = {k: whole(k) for k, _ in ranked}
    ranked = sorted(ranked, key=lambda kv: (-kv[1][0], level_of[kv[0]] not in CORE,
                                            -(5 * kv[1][1] + read[kv[0]])))
    return [Candidate(k[0], k[1], k[2], k[3], level_of[k], 1000 * s[0] + 5 * s[1] + read[k]) for k, s in ranked[:limit]]
