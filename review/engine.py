"""The review engine: one document in, one Opinion out.

Stages (each timed into ``stats["timings_ms"]``): split clauses → rule packs (text and metadata rules) →
citation checks → upper-law matching and comparison → contract checks (agreements) → legal bases
verified against the corpus. The store is passed in; nothing here opens files.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field, replace

from statutes.model import Provision

from .agency_roles import role_readings
from .class_readings import class_readings
from .compare.model import FIGURE_KINDS
from .compare.objects import figure_object_shared
from .compare.reserved import left_to_province
from .dates import annotate, cn
from .model import Clause, Document, Finding, made_on
from .provided import adds_to_upper, without_provided
from .sentences import ITEM_MARK, sentence_of, sentence_spans, sentence_texts
from .severity import rank
from .upper_changes import (CITES_ANY, ITEM_LEAD, KEEPS_NEGATION, OVERRIDE_WORDS, OWN_EXCEPTION, SAME_MATTER,
                            act_delayed, can_show_sure, cites_another, confirmed_changes, core_kind,
                            figure_in_article, figure_said_by, is_strong, is_sure, modal_elsewhere,
                            overridden_exception, protective_modal, protective_sibling, refusal_dropped, same_figure_for,
                            same_limited_act, same_matter, sure_changes, without_label)
from .upper_hits import lower_level, sole_hit

# categories a faithful restatement of an upper-level provision cannot violate: the upper law set the measure
SET_BY_UPPER = frozenset({"license", "penalty", "coercion", "fee"})
# the restrictions of a person's rights or of the market a faithful restatement of a 法律/行政法规 carries (round 31)
RESTATED_RESTRICTIONS = frozenset({"rights", "proof", "family-planning", "fair-competition"})
UPPER_MIN_CHARS = 20          # shorter clauses resemble generic procedure text by chance; not searched
UPPER_MAX_CHARS = 260         # longer clauses are searched sentence by sentence
MAX_FINDINGS_PER_RULE = 200  # an opinion lists this many findings of one rule; the rest are counted in a note
UPPER_MAX_PROBES = 1000       # distinct texts searched per document (the largest real one needs 314, D124 3,304);
                              # beyond it the rest is not compared and the opinion says so (bench/README.md)
# A clause is compared with the top search hit when the hit covers enough of it (search score) and the
# structured comparison aligns enough of the clause with the article (similarity). Measured on the labelled
# fixtures with bench/fixture_eval.py: altered restatements score 58–91 / 0.58–0.93, chance resemblances lower.
UPPER_MIN_SCORE = 55.0
UPPER_WEAK_SCORE = 48.0       # a hit from here to UPPER_MIN_SCORE is read as a clause in its own words: only a change
                              # that stands on its own (grading.toml [sure]) and is no figure, on the same matter, counts
                              # (不得以金融机构保函替代 for 保障农民工工资支付条例 第三十二条's 可以用金融机构保函替代, score 54)
UPPER_MIN_SIMILARITY = 0.58
# The law a clause is about, read from the search: a law holding LAW_VOTE of the UPPER_SEARCH_K best hits is the
# clause's subject even where no single article covers enough of it (a clause in its own words: 参保人把本人的医保凭证
# 借给他人冒名使用的……暂停其医疗费用联网结算十八个月, whose best hit 医疗保障基金使用监督管理条例 第四十一条 covers 47 and two
# more of whose five best hits are articles of that 条例); its best hit is then read down to UPPER_VOTED_SCORE as a
# clause in its own words, a figure included (the law agreed on is no chance resemblance: 二百元 against another law's
# 50万元 comes from a hit standing alone). Measured on the upper-law cases of every rewording set (bench/upper_diag.py).
UPPER_COMPARED = 3            # the best hits a clause is compared with
UPPER_SEARCH_K = 5            # the best hits read for the vote on the clause's law
LAW_VOTE = 3
UPPER_VOTED_SCORE = 40.0
VOTE_MIN_SCORE = 25.0         # a hit below this is no vote for its law (the clause's words found nothing there)
FAITHFUL_MIN_SIMILARITY = 0.8  # and a full search match: only then is a clause noted as a faithful restatement
SUCCESSOR_MARGIN = 0.05       # a living article this close to a repealed one it replaces says the same rule
SUCCESSOR_NAMED_SCORE = 40    # the replacing instrument's closest article, named from this search score (with shared content)
# Changes that stand on their own: a different amount or time limit, 可以↔应当, a dropped exception. The other kinds
# (an added condition, a dropped duty or qualifier, another subject) also arise when a clause merely borrows the
# sentence pattern of a provision about something else, so they count only for a close restatement (a full search
# match and FAITHFUL_MIN_SIMILARITY). Measured on 167 real documents: 92 → see bench/README.md.
# Which kinds stand on their own is data (review/compare/grading.toml [strong]).
WHOLE_SHARE = 0.5   # a clause restating less of a 款 than this cannot "drop" the rest of it
# … a clause in its own words (the article found through the laws its subject names, review.subject_laws) when it
# shares SAME_MATTER, or at least this many and this share of its own; only a change that stands on its own counts there.
PARAPHRASE_MATTER = 4
PARAPHRASE_SHARE = 0.4


def restates_whole(probe: str, upper_text: str) -> bool:
    """Whether the clause restates most of the 款 it matches best (else it cannot "drop" the rest of it)."""
    from rapidfuzz import fuzz

    from statutes.search import normalise

    q = normalise(probe)
    paragraphs = [normalise(p) for p in upper_text.split("\n") if p.strip()]
    if not q or not paragraphs:
        return False
    best = max(paragraphs, key=lambda p: fuzz.partial_ratio(q, p))
    return len(q) >= WHOLE_SHARE * len(best)


# upper-level law for an administrative document; 司法解释 bind courts and are checked only as citations
UPPER_LEVELS = ("宪法", "法律", "行政法规", "监察法规", "部门规章", "地方性法规", "地方政府规章")



def _region(province: str | None) -> str:
    """The corpus region of a province ("广东省" -> "广东"); "" (no local instruments) when none is given."""
    if not province:
        return ""
    return province.removesuffix("省").removesuffix("市").removesuffix("自治区") or province


# normative-document rules that also apply to a contract (the contract pack runs through contracts.py)
CONTRACT_CATEGORIES = frozenset({"fair-competition", "citation", "repealed-law", "agency"})
TOPIC_CATEGORIES = {
    "family-planning": {"family-planning"}, "repealed-law": {"repealed-law"}, "agency": {"agency"},
    "validity": {"validity"}, "fair-competition": {"fair-competition"},
}


@dataclass(frozen=True, slots=True)
class ReviewOptions:
    """How to review. ``as_of`` governs every rule (review.dates): the law in force on that day applies, the
    document's own date only annotates whether a problem existed when it was made — in ``review`` and in
    ``sweep`` alike."""

    as_of: str                          # review date (ISO); the law is taken as in force on this date
    province: str | None = None
    topics: tuple[str, ...] | None = None   # None: everything (a full review); else sweep topics
    kind: str | None = None             # None: detect; "normative" | "contract"
    upper_law: bool = True              # search the corpus for restated provisions
    office: object | None = None        # review.office.Office: whose documents are "ours"
    joint: str = "dispose"              # review.office.JOINT_MODES: a 党政联合文件's government part disposed of | listed
    presume_validity: str | None = None  # review.presumption.PRESUME_MODES; None: the province's (procedure pack)


@dataclass
class _Timer:
    stats: dict = field(default_factory=dict)

    def lap(self, name: str, t0: float) -> float:
        now = time.perf_counter()
        self.stats[name] = round(1000 * (now - t0), 1)
        return now


def clause_at(clauses: list[Clause], offset: int, starts: list[int] | None = None) -> Clause | None:
    """The clause covering ``offset`` (clauses are in document order and do not overlap): a bisection, so that
    locating every citation of a long text stays near-linear. Pass ``starts`` when calling it many times."""
    import bisect

    starts = starts if starts is not None else [c.start for c in clauses]
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and clauses[i].start <= offset < clauses[i].end:
        return clauses[i]
    return None


SENTENCE_WINDOW = 2000   # characters looked at on each side of a citation for its sentence


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of the citation at [start, end) (looked for within SENTENCE_WINDOW characters), stripped."""
    from .sentences import sentence_bounds

    lo, hi = max(0, start - SENTENCE_WINDOW), min(len(text), end + SENTENCE_WINDOW)
    s, e = sentence_bounds(text[lo:hi], start - lo, end - lo)
    return text[lo + s:lo + e].strip()


# -- citations -----------------------------------------------------------------------------------------
def citation_findings(doc: Document, clauses: list[Clause], rules, store, opts: ReviewOptions) -> list[Finding]:
    from statutes.citations import extract_citations, verify

    from .match import finding_from_hit, match_citation

    cite_rules = [r for r in rules if r.kind == "citation"]
    if opts.topics:
        cite_rules = [r for r in cite_rules if set(r.topics) & set(opts.topics)]
    if not cite_rules:
        return []
    from statutes.citations import own_titles

    from .cited_words import violation_restated
    from .internal_refs import OUTCOMES as OWN_OUTCOMES, resolve_internal
    from .cited_sanction import sanction_missing
    from .renumbered import renumbered

    found = extract_citations(doc.text)
    refs = [r for r in found if r.kind == "statute"]
    own = own_titles(doc.title).union(*(own_titles(t) for t in promulgated_titles(doc.text)))
    checks = verify(refs, store, as_of=opts.as_of, own=own)
    checks += resolve_internal(doc.text, doc.title, found)      # 本办法第三十条 in a draft of twenty-eight
    # the review date governs (review.dates): a basis repealed after the document was made is still a finding;
    # the document's date only annotates it
    meta = {**doc.meta_dict(), "date": ""}
    out: list[Finding] = []
    seen: set[tuple] = set()
    starts = [c.start for c in clauses]
    per_rule: dict[str, int] = {}
    for chk in checks:
        ref = chk.ref
        context = sentence_around(doc.text, ref.start, ref.end)
        own_date = doc.date if doc.date != doc.effective_date else ""     # metadata falls back to the 施行 date
        chk = renumbered(chk, store, context, own_date, doc.effective_date or "", opts.as_of) or chk
        chk = sanction_missing(chk, context) or chk          # a penalty's basis that lays none (review/cited_sanction.py)
        if chk.verdict == "quote_differs" and chk.provision is not None and \
                violation_restated(doc.text, ref, chk.provision.text):
            continue          # 违反《X》第N条规定，<the article's conduct>的，<consequence>: the conduct is the article's
        data = {"outcome": chk.verdict, "law": chk.law or ref.law, "quote": ref.text, "context": context,
                "successor": chk.successor, "repeal_date": _repeal_date(chk, store), "detail": chk.detail}
        for rule in cite_rules:
            if rule.category == "repealed-law" and repealed_here(context, ref.text):
                continue          # the document repeals or replaces that law itself: naming it is the repeal
            hit = match_citation(rule, data, doc_meta=meta, as_of=opts.as_of)
            if not hit:
                continue
            clause = clause_at(clauses, ref.start, starts)
            key = (rule.id, clause.index if clause else -1, ref.text if chk.verdict in OWN_OUTCOMES else chk.law)
            if key in seen:
                continue
            seen.add(key)
            per_rule[rule.id] = per_rule.get(rule.id, 0) + 1
            if per_rule[rule.id] > MAX_FINDINGS_PER_RULE:
                continue                      # counted; the note is added by cap_findings
            f = finding_from_hit(rule, hit, clause)
            basis = tuple(b for b in (chk.provision, getattr(chk, "successor_provision", None)) if b is not None)
            problem = f.problem if not chk.detail or chk.detail in f.problem else f"{f.problem}（{chk.detail}）"
            f = replace(f, quote=ref.text, problem=problem, basis=basis or f.basis,
                        detail={**f.detail, "citation": chk.to_dict()})
            if rule.category == "repealed-law" and data["repeal_date"]:
                f = annotate(f, made_on(doc), data["repeal_date"],
                             f"《{data['law']}》于{cn(data['repeal_date'])}废止", draft=bool(doc.draft))
            out.append(f)
    return out + [_omitted_note(rule, n - MAX_FINDINGS_PER_RULE, out)
                  for rule in cite_rules if (n := per_rule.get(rule.id, 0)) > MAX_FINDINGS_PER_RULE]


# A document is the law it publishes or approves: 公告 "……通过的《X》……现予公布", 关于批准《X》的决定.
_PROMULGATED = (
    re.compile(r"(?:通过|修订|制定|审议通过|批准)的《([^》]{2,60})》[^。]{0,120}?(?:现予公布|现予发布|予以公布|现决定予以批准|决定予以批准)"),
    re.compile(r"关于批准《([^》]{2,60})》的决定"),
    re.compile(r"(?:现将|现予)公布《([^》]{2,60})》"),
)
# ……《X》同时废止 / 《X》不再执行: the sentence that repeals or replaces X
_REPEALS_HERE = re.compile(r"[^。；]{0,60}?(?:废止|停止执行|不再执行|同时失效)")


def promulgated_titles(text: str, head: int = 3000) -> list[str]:
    """The titles a document publishes or approves in its opening (公告, 批准决定): its own names."""
    start = text[:head]
    return [m.group(1) for rx in _PROMULGATED for m in rx.finditer(start)]


def repealed_here(sentence: str, quote: str) -> bool:
    """Whether ``sentence`` repeals or replaces the law ``quote`` names (本办法自……施行，《X》同时废止):
    a document naming the law it supersedes does not rely on it. Not where the law is the basis of the
    repeal (依据《X》……予以废止)."""
    at = sentence.find(quote)
    if at < 0:
        return False
    m = _REPEALS_HERE.match(sentence, at + len(quote))
    return bool(m) and not re.search(r"依据|根据|按照|依照", sentence[max(0, at - 6):at])


def _omitted_note(rule, omitted: int, listed: list[Finding]) -> Finding:
    severity = next((f.severity for f in listed if f.rule == rule.id), "info")
    return Finding(rule=rule.id, category=rule.category, severity=severity, title=f"{rule.title}（同类问题另有{omitted}处）",
                   clause=None, quote="",
                   problem=f"同类问题另有{omitted}处未逐一列出（每类最多列出{MAX_FINDINGS_PER_RULE}处）；"
                           "请按上列各处的意见一并核改。",
                   detail={"omitted": omitted, "listed": MAX_FINDINGS_PER_RULE})


def cap_findings(findings: list[Finding], rules) -> list[Finding]:
    """At most MAX_FINDINGS_PER_RULE findings of a rule (the first in document order), the rest counted in one
    note: a long text that repeats one problem thousands of times gives a readable opinion in bounded memory."""
    by_id = {r.id: r for r in rules}          # findings of no pack rule (upper law: its own budget) are kept
    counts: dict[str, int] = {}
    for f in findings:
        if f.detail.get("omitted") is None and f.rule in by_id:
            counts[f.rule] = counts.get(f.rule, 0) + 1
    if all(n <= MAX_FINDINGS_PER_RULE for n in counts.values()):
        return findings
    ordered = sorted(findings, key=lambda f: (f.clause.start if f.clause is not None else -1))
    kept: list[Finding] = []
    seen: dict[str, int] = {}
    for f in ordered:
        if f.detail.get("omitted") is not None or counts.get(f.rule, 0) <= MAX_FINDINGS_PER_RULE:
            kept.append(f)
            continue
        seen[f.rule] = seen.get(f.rule, 0) + 1
        if seen[f.rule] <= MAX_FINDINGS_PER_RULE:
            kept.append(f)
    for rule_id, n in counts.items():
        if n > MAX_FINDINGS_PER_RULE:
            kept.append(_omitted_note(by_id[rule_id], n - MAX_FINDINGS_PER_RULE, kept))
    return kept


def _repeal_date(chk, store) -> str | None:
    """When the cited law was repealed: the repeal fact's date, else the date a 已废止/失效 status was recorded
    for — never a version's publication date (a law is not repealed the day it is published)."""
    if chk.verdict != "repealed" or not chk.law:
        return None
    return repeal_date_of(store.find_works(chk.law))


def repeal_date_of(works) -> str | None:
    for w in works:
        if w.repeal_date:
            return w.repeal_date
    for w in works:
        for v in w.versions:
            if v.status in DEAD_STATUSES and v.status_date:
                return v.status_date
    return None


DEAD_STATUSES = ("已废止", "失效")


class WorkStatus:
    """Whether a corpus work is repealed or lapsed on a date (cached per review): upper-law matching ignores
    such works — a clause restating one has lost its basis, it does not restate the law."""

    def __init__(self, store):
        self.store, self.cache = store, {}

    def successor_article(self, hit: Provision, probe: str) -> Provision | None:
        """The article of the instrument that replaced ``hit``'s repealed work (works.successor: 生态环境法典 for 水污染
        防治法) closest to ``probe``, with its search score; None when the work has no successor in force."""
        work = self.work(hit.work_id) if hit.work_id is not None else None
        if work is None or not work.successor or not hasattr(self.store, "find_works"):
            return None
        for successor in self.store.find_works(work.successor):
            if successor.work_id == hit.work_id or successor.repeal_date:
                continue
            article = self.store.closest_in(successor.work_id, probe)
            if article is not None:
                return article
        return None

    def work(self, work_id):
        if work_id not in self.cache:
            try:
                self.cache[work_id] = self.store.work(work_id)
            except (KeyError, AttributeError):
                self.cache[work_id] = None
        return self.cache[work_id]

    def dead(self, hit: Provision, as_of: str) -> str | None:
        """The repeal date (or "" when unknown) of a hit's work if it is repealed or lapsed on ``as_of``;
        None when it is in force."""
        w = self.work(hit.work_id) if hit.work_id is not None else None
        if w is not None and w.repeal_date:
            return w.repeal_date if w.repeal_date <= (as_of or "9999") else None   # repealed later: in force then
        if hit.status in DEAD_STATUSES:   # lapsed with no date recorded (LawRefBook's expired flag): dead, date ""
            return (repeal_date_of([w]) or "") if w is not None else ""
        return None


# -- upper-level law -----------------------------------------------------------------------------------
def _probe_texts(clause: Clause) -> list[str]:
    import re

    text = clause.text.strip()
    if len(text) < UPPER_MIN_CHARS:
        return item_under_lead_in(clause)
    if len(text) <= UPPER_MAX_CHARS:
        return [text] + item_with_header(clause)
    return [s for s in re.split(r"(?<=[。；])", text) if len(s.strip()) >= UPPER_MIN_CHARS]


# a list's lead-in that lays a sanction on the conduct of its items: 排水户有下列情形之一的，由……处五十万元以上一百万元以下罚款：
_SANCTION_LEAD_IN = re.compile(r"(?:有|具有|存在)?下列(?:[^，。；：]{0,6})?之一的")
_SANCTION_WORDS = re.compile(r"罚款|警告|没收|吊销|责令停产停业|暂扣|拘留")


def item_with_header(clause: Clause) -> list[str]:
    """An item of a list whose lead-in lays a sanction (有下列情形之一的，……处……罚款：/（一）未取得……排放污水的；)
    read as the one sentence it stands for (排水户未取得……排放污水的，由……处……罚款), so that the sanction is compared
    with the article's for that conduct; [] for any other clause."""
    header = (clause.header or "").strip()
    m = _SANCTION_LEAD_IN.search(header)
    if m is None or not _SANCTION_WORDS.search(header, m.end()):
        return []
    item = ITEM_LEAD.sub("", clause.text.strip()).rstrip("；;。，,")
    if not item.endswith("的"):
        item += "的"
    return [header[:m.start()] + item + header[m.end():].rstrip("：:") + "。"]


# a list's lead-in naming what its items are (……的驾驶人员，应当符合下列条件：/ 符合下列条件之一的，可以……申请：)
_LIST_LEAD_IN = re.compile(r"下列[^，。；：]{0,8}[：:]\s*$")


def item_under_lead_in(clause: Clause) -> list[str]:
    """A short item of a list (（二）年龄不超过65周岁；) holding a figure, read with its lead-in (本县从事道路旅客运输的驾驶
    人员，应当符合下列条件：): alone it is too short to find the article whose list it restates (道路运输条例 第九条),
    and its figure says nothing without whose figure it is; [] for any other short clause."""
    header = (clause.header or "").strip()
    text = clause.text.strip()
    if not header or not ITEM_LEAD.match(text) or not _LIST_LEAD_IN.search(header) or not _CORE_FIGURE.search(text):
        return []
    return [header + text]


CLOSE_SCORE = 5.0   # hits within this many points of the best are equally plausible sources of a clause
# a named law's hit this far below a best hit the clause matches is no source (a list's lead-in 以协议方式出让土地使用权的
# 范围： matches 城市房地产管理法 第十三条 at 80 on its few words; the 出让和转让暂行条例 it names, at 67, stays its source)
NAMED_YIELDS_BELOW = 3 * CLOSE_SCORE
FAITHFUL_WINDOW = 10.0   # … and a hit this far below the best that the clause restates without a change is its source


def voted_law(hits: list[Provision]) -> int | None:
    """The work (id) holding ``LAW_VOTE`` of the ``UPPER_SEARCH_K`` best search hits: the law the clause is about,
    agreed on by several of its articles (the best hit alone may be a chance resemblance); None when none does."""
    from collections import Counter

    votes = Counter(h.work_id for h in hits[:UPPER_SEARCH_K] if h.work_id is not None)
    if not votes:
        return None
    work_id, n = votes.most_common(1)[0]
    return work_id if n >= LAW_VOTE else None



def closest_hit(probe: str, hits: list[Provision], compared_with, in_class_words=None):
    """The provision a clause restates: among the search hits about as good as the best one that match the
    clause, the one it differs from least (fewest changes that stand on their own, then the most similar) — a
    clause restating 第四十八条 (七日内) is not an alteration of the neighbouring 第五十四条 (三日内).
    ``in_class_words``: a hit's comparisons with the clause read in the class words of the statute
    (review.class_readings), for the faithful restatement further down the hits (``restated_unaltered``).
    Returns (provision, comparison), or (None, None) when the best hit is not comparable."""
    from statutes.search import is_match

    conduct = conduct_norm(without_label(probe))
    # a rule of conduct does not restate, unaltered, the sanction for breaking it (可以向未成年人提供 set against
    # 娱乐场所管理条例 第四十八条's list of what is punished): the sanction repeats the conduct's words, and the best hit
    # left, the law's rule of conduct, leads as the best hit does (两家以上快递企业不得共同使用同一商标 ties with 快递暂行条例
    # 第五十一条's sanction and alters 第二十条's 可以使用; 一律不得采用协议方式选聘 alters 物业管理条例 第二十四条, not
    # 第五十六条, which fines the conduct)
    # (the best hit left leads in the sanction's place only where it is that law's: another law's article after a
    # sanction skipped is a resemblance of words — 行政机关……告知当事人有要求听证的权利 is no rule of 国际海运条例)
    rules = [h for h in hits if not (conduct and sanction_only(h.text))]
    if not rules:
        return None, None
    top = rules[0].score or 0
    lead = rules[0] is hits[0] or getattr(rules[0], "work_id", None) == getattr(hits[0], "work_id", None)
    near = [h for h in rules if (h.score or 0) >= top - CLOSE_SCORE
            and ((h is rules[0] and lead) or is_match(h, probe))]
    if not near:
        return None, None
    dims = figure_dims(without_label(probe)) if len(near) > 1 else set()
    off = off_matter(without_label(probe), near)
    best = None
    for h in near:
        cmp = compared_with(h)
        if cmp.similarity < UPPER_MIN_SIMILARITY and h is not near[0]:
            continue
        # a hit holding no figure of a dimension the clause states (a share, a period, an age …) does not say what
        # the clause's figure says: the clause restates the hit that does, its figure changed or not (缴存比例为……3% is
        # 住房公积金管理条例 第十八条's 不得低于……5% lowered, not 第十六条, which names the 缴存比例 without a figure)
        lacking = bool(dims - figure_dims(h.text))
        rank = (lacking, h in off, sum(1 for c in cmp.material() if is_strong(c)), len(cmp.material()), -cmp.similarity)
        if best is None or rank < best[0]:
            best = (rank, h, cmp)
    if best is not None and best[0][2:4] != (0, 0):
        # round 35 (lead35): a clause saying, without a change, what a 法律/行政法规 article further down the hits says is
        # that article restated, not an alteration of the best hit (行政处罚法 第三十三条's two sentences, reordered, at 65
        # beside 反不正当竞争法 第三十二条's 不予行政处罚 at 71: read as 不予 → 可以不予)
        for h in rules:
            if h in near or (h.score or 0) < top - FAITHFUL_WINDOW or h.level not in CORE_LEVELS:
                continue
            cmp = compared_with(h)
            if restated_unaltered(cmp, in_class_words(h) if in_class_words else ()):
                best = ((False, False, 0, 0, -cmp.similarity), h, cmp)
                break
    if best is None:
        return None, None
    return higher_saying_the_same(best[1], best[2], near, compared_with)


def restated_unaltered(cmp, in_class_words=()) -> bool:
    """Whether a comparison shows an article restated without a change: nothing material, aligned at
    FAITHFUL_MIN_SIMILARITY — or, where the clause names a member of the class the article is laid on (农民专业合作社
    for 市场主体: review.class_readings), aligned so when the clause is read in the class's words (``in_class_words``,
    the comparisons of those readings), which show nothing material either: the member's name is no change, and
    aligns with nothing (round 45, up45: 农民专业合作社变更登记事项的，应当自变更事项发生之日起30日内…… restates 市场主体
    登记管理条例 第二十四条 at 0.73 of its words, 0.91 read as 市场主体, and is no alteration of 外国企业常驻代表机构登记管理
    条例 第二十七条's 60日内 ranked above it)."""
    if cmp.material():
        return False
    return cmp.similarity >= FAITHFUL_MIN_SIMILARITY or any(
        not c.material() and c.similarity >= FAITHFUL_MIN_SIMILARITY for c in in_class_words)


OFF_MATTER_MARGIN = 2   # matter pairs of the clause another law's equally good article holds and this one lacks


def off_matter(text: str, near: list[Provision]) -> list[Provision]:
    """The hits of ``near`` (equally good search hits) on another matter than the clause: another law's hit holds
    OFF_MATTER_MARGIN more of the clause's matter pairs (review.compare.matter.matter_bigrams) — 县交通运输局应当自受理
    客运经营申请之日起30个工作日内作出许可…… ties at 80 with 国内水路运输管理条例's 船舶管理业务 and 水路运输业务
    (30个工作日) and 道路运输条例 第十条 (20日), whose 客运经营 is the clause's matter: it restates 第十条, its limit
    lengthened, not a 水路 article unaltered."""
    from .compare.matter import matter_bigrams

    if len({getattr(h, "work_id", None) for h in near}) < 2:   # (one law, or a test double without one)
        return []
    mine = matter_bigrams(text)
    held = {id(h): len(mine & matter_bigrams(h.text)) for h in near}
    return [h for h in near if any(g.work_id != h.work_id and held[id(g)] >= held[id(h)] + OFF_MATTER_MARGIN
                                   for g in near)]


def without_members_laid_elsewhere(cmp, upper: Provision, store, as_of: str):
    """``cmp`` without the members read as added to the article's list (review.compare.listed) that an article of the
    same law lays (most of the member's content bigrams held there): 申请律师执业……并提交律师协会出具的实习考核合格材料
    restates 律师法 第五条 with 第六条's material; 申请从事班线客运经营的……还应当有……站点方案 is the article's own second 款."""
    from dataclasses import replace as replaced

    from .compare.listed import KNOWN_SHARE, is_listed, member_pairs
    from .compare.matter import content_bigrams
    from .governing import _articles

    listed = [c for c in cmp.changes if is_listed(c)]
    if not listed or not hasattr(store, "conn") or getattr(upper, "work_id", None) is None:
        return cmp
    articles = _articles(store, upper.work_id, as_of) or (upper,)
    dropped = []
    for c in listed:
        pairs = member_pairs(c.clause_span)
        if pairs and any(len(pairs & content_bigrams(a.text)) >= KNOWN_SHARE * len(pairs) for a in articles):
            dropped.append(c)
    if not dropped:
        return cmp
    kept = tuple(c for c in cmp.changes if c not in dropped)
    return replaced(cmp, changes=kept, faithful=cmp.faithful or all(c.severity == "info" for c in kept))


def without_gates_laid_elsewhere(cmp, clause_text: str, unit_text: str, upper: Provision, store, as_of: str):
    """``cmp`` without the gates read as put before an act the article leaves free (review.compare.gates) where
    another article of the same law lays a gate of its own on that act (gates.gate_laid_elsewhere)."""
    from dataclasses import replace as replaced

    from .compare.gates import gate_laid_elsewhere, is_gate
    from .governing import _articles

    gated = [c for c in cmp.changes if is_gate(c)]
    if not gated or not hasattr(store, "conn") or getattr(upper, "work_id", None) is None:
        return cmp
    sentences = [x for a in (_articles(store, upper.work_id, as_of) or ()) if a.article != upper.article
                 for x in sentence_texts(a.text or "") if x.strip()]
    dropped = [c for c in gated if gate_laid_elsewhere(c, clause_text, unit_text, sentences)]
    if not dropped:
        return cmp
    kept = tuple(c for c in cmp.changes if c not in dropped)
    return replaced(cmp, changes=kept, faithful=cmp.faithful or all(c.severity == "info" for c in kept))


def general_among_near(found: list[Provision], hits: list[Provision], topic: str, alive) -> list[Provision]:
    """The hits a clause is compared with, where an article of a general administrative law (行政处罚法, 行政强制法 …:
    lexicon concept compare.general_law) left out of ``hits`` is among the ``UPPER_SEARCH_K`` best, about as good as
    the best one (``CLOSE_SCORE``), scoring exactly as an article of another law among ``hits`` (the same words in
    both), and the document names the field of none of those other laws: that article alone. A clause on a procedure
    every field shares (当事人逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款) restates the general law, not a sector law
    that says the same words for its own field (道路交通安全法 第一百零九条, without the cap of 行政处罚法 第七十二条) — the
    search ranks them alike, and the one restated unaltered would otherwise be chosen. A general article that merely
    resembles the clause as much (行政处罚法 第七十三条 beside 消费者权益保护法 第五十九条's 可以依法申请行政复议) is no tie."""
    from .compare.vocabulary import GENERAL_LAW_RX

    if not found or not hits:
        return hits
    floor = max(UPPER_MIN_SCORE, (found[0].score or 0) - CLOSE_SCORE)
    near = [h for h in found[:UPPER_SEARCH_K] if (h.score or 0) >= floor and alive(h)]
    others = [h for h in hits if not GENERAL_LAW_RX.search(h.law or "")]
    general = [h for h in near if GENERAL_LAW_RX.search(h.law or "") and h.level in CORE_LEVELS
               and all(h is not k for k in hits)
               and any(abs((h.score or 0) - (o.score or 0)) < SAME_SCORE for o in others)]
    if not general or len(others) < len(hits) or any(same_subject(h.law, topic) for h in others):
        return hits
    return general[:1]


SAME_SCORE = 0.05     # two hits scoring alike to this are the same words (general_among_near)


FIGURE_PAIR_RATIO = 5.0       # two figures further apart than this factor measure different things (by_figure_pair)
_PER = re.compile(r"每(?!次|日|天|月|年|周|人|户)(.)|每(年|月|日|天|周)")


def same_rate_base(probe: str, unit_text: str, change) -> bool:
    """Whether the two figures of a change are rates of one base: the 每… words before each in its 分句 name the same
    units (每辆运营车辆每年100元 is no rate per 每平方公里每年1000元 of 采矿权使用费)."""
    def bases(text: str, start: int) -> set[str]:
        if start < 0:
            return set()
        s = max(text.rfind(m, 0, start) for m in "。；;，,\n") + 1
        return {m.group(0)[:2] for m in _PER.finditer(text, s, start)}

    return bases(probe, change.clause_start) == bases(unit_text, change.upper_start)


def same_magnitude(change) -> bool:
    """Whether the two figures of a change are within FIGURE_PAIR_RATIO of each other: a county's figure changed from
    the law's is changed within its magnitude (16 → 18周岁, 10% → 15%); 0.1% of a wage paid as a contribution is no
    altered 30% of a wage paid as nursing allowance (工伤保险条例 第三十四条), 100元 per vehicle no altered 1000元 of
    采矿权使用费, whatever words stand around both."""
    from .quantities import find_quantities

    def value(span: str) -> float | None:
        qs = find_quantities(span or "")
        vals = [v for q in qs[:1] for v in (q.lo, q.hi) if v]
        return max(vals) if vals else None

    a, b = value(change.clause_span), value(change.upper_span)
    if not a or not b:
        return True
    return max(a, b) / min(a, b) <= FIGURE_PAIR_RATIO


def figure_dims(text: str) -> set[str]:
    """The dimensions of the quantities ``text`` states (review.quantities: amount, share, period, age …)."""
    from .quantities import find_quantities

    return {q.dim for q in find_quantities(text)}


# a case that is a sanction already imposed on the party (被吊销……许可证的, 被责令停产停业的): the clause lays what follows
# the sanction, as the sanctioning article does
_SANCTIONED_CASE = re.compile(r"被(?:依法)?[^，。；]{0,4}?$")


def conduct_norm(text: str) -> bool:
    """Whether a clause is a rule of conduct: a modal verb (可以, 应当, 不得 …) and no sanction (罚款, 没收, 处以), nor a
    case that is a sanction imposed on the party (round 41, cmp41: 被吊销生猪定点屠宰证书的，其法定代表人……终身不得从事 lays
    the disqualification that follows a revocation — 生猪屠宰管理条例 第三十八条's 5年内不得申请 — not a rule of conduct
    whose sanction the article would be)."""
    from .compare.vocabulary import IMPOSED_RX, MODAL_RX, PENAL_RX

    if not MODAL_RX.search(text) or PENAL_RX.search(text):
        return False
    case = text[:text.find("的，")] if "的，" in text else ""
    return not any(_SANCTIONED_CASE.search(case[:m.start()]) for m in IMPOSED_RX.finditer(case))


def sanction_only(upper_text: str) -> bool:
    """Whether an article only sanctions conduct (有下列情形之一的，由……没收违法所得……并处……罚款): a sanction and no
    sentence laying a rule of conduct outside its list items (an item describes the conduct punished, whose words
    may say 禁止: 含有本条例第十三条禁止内容的). A modal verb inside the sanction is the sanction's discretion, no rule
    of conduct (lays_conduct): 快递暂行条例 第五十一条's ……处5万元以上10万元以下的罚款，并可以责令停业整顿 punishes
    what 第二十条 permits, and a clause turning that 可以 into 不得 alters 第二十条, not the sanction."""
    from .compare.vocabulary import PENAL_RX

    own = [line for line in upper_text.split("\n") if line.strip() and not re.match(ITEM_MARK, line.strip())]
    return any(PENAL_RX.search(line) for line in own) \
        and not any(lays_conduct(line[s:e]) for line in own for s, e in sentence_spans(line))


# the body a sanctioning sentence names to impose its sanction, after the conduct it punishes (……的，由……部门)
_SANCTIONING_BODY = re.compile(r"的[，,]由")


def lays_conduct(sentence: str) -> bool:
    """Whether a sentence lays a rule of conduct: a modal verb (可以, 应当, 不得 …) that does not stand inside the
    sanction the sentence imposes (IMPOSED_RX: a fine, a confiscation, a revocation, a suspension) — after its first
    sanction (处……罚款，并可以责令停业整顿) or after the body the sentence names to impose one that follows (……的，由……
    责令改正，可以处……罚款). A sanction only named is no sanction imposed: 行政机关拟作出下列行政处罚决定，应当告知
    当事人有要求听证的权利 lays the body's duty; 当事人逾期不履行的，行政机关可以依法加处罚款 names no sanctioning body:
    a rule laid on the body, as 游艺娱乐场所设置的电子游戏机不得向未成年人提供 is one laid on a business."""
    from .compare.vocabulary import IMPOSED_RX, MODAL_RX

    first = IMPOSED_RX.search(sentence)
    body = _SANCTIONING_BODY.search(sentence)
    for m in MODAL_RX.finditer(sentence):
        after_sanction = first is not None and m.start() > first.start()
        after_body = body is not None and m.start() >= body.end() and IMPOSED_RX.search(sentence, m.end()) is not None
        if not (after_sanction or after_body):
            return True
    return False


def higher_saying_the_same(hit: Provision, cmp, near: list[Provision], compared_with):
    """(provision, comparison): ``hit``, or a law or administrative regulation among the ``near`` hits that says the
    same where ``hit`` is a lower instrument repeating it (a 部门规章 restating 行政处罚法 第七十二条's 每日按罚款数额的
    百分之三加处罚款): the clause alters the provision of the highest rank, the one the lower instrument itself follows.
    Saying the same: compared with the clause, it shows every change that stands on its own ``hit`` shows, and aligns
    with it as a restatement (UPPER_MIN_SIMILARITY)."""
    shown = {(c.kind, c.clause_span) for c in cmp.material() if is_strong(c)}
    best = (hit, cmp)
    for h in near:
        if h is hit or not lower_level(best[0], h):
            continue
        other = compared_with(h)
        if other.similarity < UPPER_MIN_SIMILARITY:
            continue
        if shown <= {(c.kind, c.clause_span) for c in other.material() if is_strong(c)}:
            best = (h, other)     # (lower_level: ``h`` ranks above the provision kept so far)
    return best


_TITLE_NOISE = re.compile(r"中华人民共和国|全国人民代表大会常务委员会|国务院|关于|暂行|试行|实施细则|实施办法|"
                          r"条例|办法|规定|规则|细则|决定|法$|管理|工作|若干|问题|[省市县区]|《|》")


def same_subject(law: str, text: str) -> bool:
    """Whether a document is about the subject of the law it resembles: a law that governs every field (民法典,
    行政处罚法 — lexicon concept compare.general_law), or two of the character pairs of the law's title (half of
    them for a short title; without 中华人民共和国, 条例, 办法, 管理 …) occur in the document's text."""
    from .compare.vocabulary import GENERAL_LAW_RX

    if GENERAL_LAW_RX.search(law or ""):
        return True
    pairs = title_pairs(law)
    if not pairs:
        return True
    return sum(1 for p in pairs if p in text) >= min(2, (len(pairs) + 1) // 2)


class WorkingDays:
    """Whether a law counts its days as working days (行政复议法 第八十八条第二款, 行政许可法 第八十二条,
    行政处罚法 第八十五条, 行政强制法 第六十九条): read from the corpus, cached per review."""

    _SQL = ("select 1 from provisions where version_id = ? and (text like '%是指工作日%' "
            "or text like '%以工作日计算%') limit 1")

    # the law a 实施条例 or 实施细则 implements, whose counting of days its own figures follow (行政复议法实施条例's 5日 are
    # the 行政复议法's working days)
    _PARENT_SQL = ("select v.id from works w join versions v on v.work_id = w.id where w.short_title = ? "
                   "and v.is_current = 1")
    _IMPLEMENTING = re.compile(r"(?:实施条例|实施细则)$")

    def __init__(self, store):
        self.store, self.cache = store, {}

    def __call__(self, upper: Provision) -> bool:
        vid = upper.version_id
        if vid is None or not hasattr(self.store, "conn"):
            return False
        if vid not in self.cache:
            try:
                self.cache[vid] = self._counts(vid) or any(self._counts(p) for p in self._parents(upper.law))
            except Exception:   # another store (a test double): no such fact
                self.cache[vid] = False
        return self.cache[vid]

    def _counts(self, vid: int) -> bool:
        return self.store.conn.execute(self._SQL, (vid,)).fetchone() is not None

    def _parents(self, law: str) -> list[int]:
        parent = self._IMPLEMENTING.sub("", (law or "").removeprefix("中华人民共和国"))
        if parent == (law or "").removeprefix("中华人民共和国"):
            return []
        return [r[0] for r in self.store.conn.execute(self._PARENT_SQL, (parent,))]


_WORKING = re.compile(r"([0-9０-９]+|[一二三四五六七八九十]+)个?工作日")
_PLAIN = re.compile(r"([0-9０-９]+|[一二三四五六七八九十]+)日")


def without_working_days(cmp, upper: Provision, working_days) -> object:
    """A comparison without the time-limit "changes" N日 → N个工作日 where the upper law says its N日 are
    working days: the clause states the same limit."""
    from dataclasses import replace as _replace

    from statutes.numerals import cn_to_int

    from .compare.grading import threshold

    def n(text: str, rx) -> int | None:
        m = rx.search(text or "")
        if not m:
            return None
        v = m.group(1)
        try:
            return int(v.translate(str.maketrans("０１２３４５６７８９", "0123456789"))) if v[0].isdigit() \
                else cn_to_int(v)
        except (ValueError, TypeError, KeyError):
            return None

    def same(c) -> bool:
        if c.kind != "time_limit" or "工作日" not in (c.clause_span or "") or "工作日" in (c.upper_span or ""):
            return False
        a, b = n(c.clause_span, _WORKING), n(c.upper_span, _PLAIN)
        # (a "lengthening" read by turning the clause's working days into calendar days, where the law's days are
        # working days too and the clause's are fewer: 15个工作日 under 行政许可法's 二十日, 第八十二条 — no lengthening)
        return a is not None and b is not None and (a == b or (a < b and "延长" in (c.message or ""))) \
            and working_days(upper)

    if not any(same(c) for c in cmp.changes):
        return cmp
    kept = tuple(c for c in cmp.changes if not same(c))
    return _replace(cmp, changes=kept,
                    faithful=cmp.similarity >= threshold("faithful_similarity") and all(c.severity == "info" for c in kept))


# What a drafter puts around a norm that no upper article says: a purpose phrase the clause opens with (为切实保障
# 人民群众生命财产安全，| 为进一步规范……，) — not a circumstance of the norm ending in 的, 时 or 后 (为保障矿井施工安全必须
# 进行临时应急取水的，), which the article says too — and the county's own place words where they stand for the place
# (在本县行政区域内, a clause opening with 我县), not its bodies (本县人民政府) nor a 本市 where the statute says 统筹地区
# (本市上年度在岗职工月平均工资).
_PURPOSE = re.compile(r"^为了?[^，,。；;：:《》]{2,40}?(?<![的时后])[，,]")
_OWN_PLACE = re.compile(r"在(?:本|我)(?:县|市|区)(?:行政区域|辖区)?(?:内|范围内)?|^(?:本|我)(?:县|市|区)(?=[^人政委级]|$)")


def norm_text(text: str) -> str:
    """``text`` without the purpose phrase it opens with and the county's own place words (``_PURPOSE``,
    ``_OWN_PLACE``): the norm a search should find the upper article by. ``text`` itself when it has neither."""
    out = _OWN_PLACE.sub("", _PURPOSE.sub("", text))
    return out if len(out) >= UPPER_MIN_CHARS else text


def search_read_as_roles(search_text, probe: str, k: int = UPPER_SEARCH_K) -> list[Provision]:
    """The search hits for ``probe`` and for its readings with the local bodies it names in the statutes' words
    (review.agency_roles: 市人社局 as 社会保险行政部门), each provision once at its best score, best first: a clause is
    found by what it restates, not lost on the local name of the department that carries it out — nor on a purpose
    phrase or the county's place words around the norm (``norm_text``: the norm is searched as well, and read
    with the bodies' roles), nor on a member of the class an article is laid on (review.class_readings: 电动自行车 read
    as 非机动车)."""
    hits = search_text(probe)
    bare = without_label(probe)
    norm = norm_text(bare)
    readings = ([norm] if norm != bare else []) + role_readings(norm) + class_readings(norm)
    if not readings:
        return hits
    best: dict[tuple, Provision] = {}
    for h in [*hits, *(h for r in readings for h in search_text(r))]:
        key = (h.version_id, h.article, h.article_sub, h.paragraph, h.item)
        if key not in best or (h.score or 0) > (best[key].score or 0):
            best[key] = h
    return sorted(best.values(), key=lambda h: -(h.score or 0))[:k]


# the readings of a probe the restatement did not settle, tried in turn until one finds something; each only while the
# probe is not known to restate its article unchanged (``reader.unchanged``, which a reading may add to) — but the cited
# fine, since a sum above every tier of the law's fine shows even in a restatement
_LATER_READINGS = ("paraphrased", "by_norm_core", "by_reversal", "by_figure_pair", "by_gate", "by_figure_act",
                   "by_hours", "by_cited_fine", "by_designation", "by_option", "by_lead_law", "by_slots")


def _first_reading(reader: "_UpperReader", clause: Clause, probe: str, set_by_upper, clauses, lists) -> Finding | None:
    """What the first of the upper-law readings finds on ``probe`` of ``clause``: the restatement, then
    ``_LATER_READINGS`` in order."""
    result = reader.restated(clause, probe, set_by_upper, clauses, lists)
    for name in _LATER_READINGS:
        if result is not None:
            break
        if name == "by_cited_fine":
            result = reader.by_cited_fine(clause, probe, ceiling_only=probe in reader.unchanged)
        elif probe not in reader.unchanged:
            result = getattr(reader, name)(clause, probe)
    return result


def upper_law_findings(clauses: list[Clause], store, opts: ReviewOptions,
                       set_by_upper: set[int] = frozenset(), topic: str = "",
                       governing: list | None = None, own_words: bool = True) -> tuple[list[Finding], dict]:
    """Clauses that restate an upper-level provision: a quiet alteration becomes a finding with the comparison
    (one per clause: the worst of its sentences'); a faithful restatement is noted (info). ``set_by_upper`` are
    clauses with a 设定 finding: for them an aligned restatement without material change is enough to note (and later
    suppress that finding). A clause is compared with the unit of the article it restates (review.compare.units);
    with ``own_words`` (not for an agreement), a sentence the corpus search finds nothing restated for is compared
    with the article of the laws its own subject names (review.subject_laws), where only a change a clause in its own
    words can show (grading.toml [sure]), on the same matter, counts.
    Returns findings and {clause index: (provision, faithful)}."""
    from statutes.search import clause_kind, search

    out: list[Finding] = []
    matched: dict[int, tuple[Provision, bool]] = {}
    reader = _UpperReader(store, opts, topic or "".join(c.text for c in clauses), own_words, governing)
    not_compared: list[Clause] = []
    lists: dict[tuple, str] = {}                # a list (list_of) -> its items' text, normalised (kept_elsewhere)
    for clause in clauses:
        if (len(clause.text) < UPPER_MIN_CHARS and not item_under_lead_in(clause)) \
                or clause_kind(clause.text) == "boilerplate":
            continue
        altered: list[Finding] = []
        noted: Finding | None = None
        for probe in _probe_texts(clause):
            if probe not in reader.searched:
                if len(reader.searched) >= UPPER_MAX_PROBES:
                    if not not_compared or not_compared[-1] is not clause:
                        not_compared.append(clause)
                    continue
                reader.searched[probe] = reader.with_domain(clause, probe, search_read_as_roles(
                    lambda text: search(reader.corpus, text, k=UPPER_SEARCH_K, as_of=opts.as_of, levels=UPPER_LEVELS,
                                        in_force=False, region=_region(opts.province)), probe))
            result = _first_reading(reader, clause, probe, set_by_upper, clauses, lists)
            if result is None or result.rule == "UPPER-RESTATES":
                result = reader.by_override(clause, probe) or result
            if result is not None and reader.fine_within_tiers(probe, result):
                result = None
            if result is None:
                continue
            if result.category == "repealed-law":
                out.append(result)
                break
            if result.rule == "UPPER-RESTATES":
                noted = noted or result
            else:
                altered.append((probe, result))
        if altered:
            worst = one_finding(clause, altered)
            matched[clause.index] = (worst.upper, False)
            out.append(worst)
        elif noted is not None:
            matched[clause.index] = (noted.upper, True)
            out.append(noted)
    if governing:   # the laws the document implements (review.governing): clauses in the drafter's own words
        judged = matched.keys() | {f.clause.index for f in out if f.clause is not None}
        from .governing import altered_clauses

        out += altered_clauses(clauses, governing, skip=judged, working_days=reader.days)
    if not_compared:
        first = not_compared[0]
        out.append(Finding(
            rule="UPPER-LIMIT", category="upper-law", severity="info", title="部分条款未做上位法比对",
            clause=first, quote="",
            problem=f"文件篇幅过长：已对{UPPER_MAX_PROBES}处不同的条款文字做上位法比对，自{first.label}起的"
                    f"{len(not_compared)}个条款未比对。",
            suggestion="将文件拆分后分别审查，或对这些条款人工核对上位法。",
            detail={"not_compared": len(not_compared), "probe_limit": UPPER_MAX_PROBES}))
    return out, matched


def restates_note(clause: Clause, probe: str, upper: Provision, where: str, cmp, problem: str = "",
                  suggestion: str = "") -> Finding:
    """The note that ``probe`` restates ``upper`` unaltered (its measures are the upper law's); ``problem`` and
    ``suggestion`` say how, where the note is about one measure (``fine_provided_note``)."""
    return Finding(
        rule="UPPER-RESTATES", category="upper-law", severity="info",
        title="复述上位法条文", clause=clause, quote=probe.strip(),
        problem=problem or f"该条款复述{where}，未发现改动（比对一致部分约{cmp.similarity:.0%}），其中的措施由上位法设定。",
        suggestion=suggestion, basis=(upper,), upper=upper, detail={"comparison": cmp.to_dict()})


def fine_provided(clause_text: str, paragraph: str, article_text: str, cmp) -> bool:
    """Whether a clause fining a conduct only restates the fine the law lays for it in ``paragraph`` (of the article
    ``article_text``): no amount of the clause outside the paragraph's range (no amount change at all, sure or not),
    and every sanction the clause names (罚款, 没收, 吊销 …) named by the article — a sanction the law does not provide
    (暂扣 where it only fines; 纳入失信名单, 三年内不得申请: review.law_fines.own_sanctions) is the clause's own (行政处罚法
    第十六条)."""
    from .cited_fines import ON_TOP_OF_LAW, sums_within
    from .compare.amounts import specified_within

    if any(c.kind == "amount" and c.severity in ("warning", "error") and not specified_within(c)
           for c in cmp.material()):
        return False
    if ON_TOP_OF_LAW.search(clause_text) or not sums_within(clause_text, paragraph):
        return False
    from .law_fines import own_sanctions

    named = set(MEASURE_RX["penalty"].findall(clause_text))
    return bool(named) and all(m in article_text for m in named) and not own_sanctions(clause_text, article_text)


def fine_restated(clause_text: str, paragraph: str, article_text: str, cmp) -> bool:
    """Whether a clause lays a fine (a sum) for a conduct ``article_text`` states (its item, where it lists acts:
    review.cited_fines.conduct_share from CONDUCT_RESTATED) and keeps to the range of the ``paragraph`` it restates
    (``fine_provided``): the article's own penalty, restated. A clause opening with no conduct (……的，) restates none."""
    from .cited_fines import CONDUCT_RESTATED, best_item, conduct, conduct_share, lays_fine

    act = conduct(clause_text)
    if not act or not lays_fine(clause_text):
        return False
    return conduct_share(act, article_text, best_item(act, article_text)) >= CONDUCT_RESTATED \
        and fine_provided(clause_text, paragraph, article_text, cmp)


def fine_provided_note(clause: Clause, probe: str, upper: Provision, where: str, cmp) -> Finding:
    """The note that ``probe`` fines a conduct as ``where`` does, within its range: the penalty is the law's, and the
    clause should name it as its basis."""
    return restates_note(clause, probe, upper, where, cmp,
                         problem=f"该条款所涉违法行为的处罚由{where}规定，条款所定罚款在其幅度内，其中的处罚由上位法设定。",
                         suggestion=f"写明处罚依据（“依照{where}规定予以处罚”）。")


def one_finding(clause: Clause, altered: list[tuple[str, Finding]]) -> Finding:
    """The one finding of a clause whose sentences (``altered``: probe and finding) alter upper provisions: the
    worst (the first of the worst), with what the others say that it does not, quoting the clause from the first
    altered words to the last (第五十七条's two 款 each raising 居住证暂行条例 第十八条's 200元 to 1000元)."""
    worst = max((f for _, f in altered), key=lambda f: rank(f.severity))
    others = list(dict.fromkeys(f.problem for _, f in altered if f.problem != worst.problem))
    if len(altered) == 1:
        return worst
    spans = []
    for probe, f in altered:
        at = clause.text.find(probe)
        q = clause.text.find(f.quote, max(at, 0)) if f.quote else -1
        if q >= 0:
            spans.append((q, q + len(f.quote)))
    quote = worst.quote
    if len(spans) > 1 and len(set(spans)) > 1:
        quote = clause.text[min(a for a, _ in spans):max(b for _, b in spans)].strip()
    basis = tuple(dict.fromkeys(worst.basis + tuple(b for _, f in altered for b in f.basis)))
    return replace(worst, quote=quote, problem=worst.problem + "".join(f"另，{p}" for p in others), basis=basis)


class _UpperReader:
    """What the upper-law comparison of one review shares: the corpus (searches share trigram statistics and
    articles), the searches and comparisons already made, the status of works, the laws each probe's subject names."""

    def __init__(self, store, opts: ReviewOptions, topic: str, own_words: bool = True, governing=()):
        from statutes.search import search_cache

        self.store, self.opts, self.topic, self.own_words = store, opts, topic, own_words
        self.governing = list(governing or ())
        self.status = WorkStatus(store)
        self.days = WorkingDays(store)
        self.corpus = search_cache(store)
        self.searched: dict[str, list] = {}     # probe text -> hits: a repeated clause is searched once
        self.core_searched: dict[str, list] = {}  # a clause's norm core (norm_core_probes) -> hits
        self.compared: dict[tuple, tuple] = {}  # (probe, article, cites, context) -> (comparison, unit)
        self.unchanged: set[str] = set()        # probes the search found restating an article unaltered (note_unchanged)
        self.paraphrases: dict[str, list] = {}  # a clause (with its list's lead-in) -> the articles it may paraphrase
        self.by_domain: set[tuple] = set()      # (probe, version, article) of hits only the clause's domain found

    def with_domain(self, clause: Clause, probe: str, hits: list[Provision]) -> list[Provision]:
        """``hits`` with the articles of the laws whose domain the clause (or its list's lead-in) names that it
        resembles most (review.domain_laws: 燃气 → 城镇燃气管理条例), each scored as the search scores a hit: a clause
        whose other nouns lead the search to other laws (供气 → 电力供应与使用条例, 城市供水条例) reaches its own law's
        article, and the same floors, comparison and grading decide. Not for an agreement (``own_words`` off)."""
        if not self.own_words or not hasattr(self.store, "conn"):
            return hits
        from .domain_laws import searched_with_domain

        # only a law the search did not hold to its ranking (domain_laws.held_laws): where it did, its own ranking of that
        # law's articles stands (本镇范围内的生猪一律实行定点屠宰…: 生猪屠宰管理条例 第二条 among the hits, not pushed out by
        # the law's 第四十四条); scored without the draft's own article number, as the search scores (第一百三十五条
        # restates nothing)
        merged, found = searched_with_domain(self.store, without_label(item_with_lead(clause, probe)), self.opts.as_of,
                                             hits, UPPER_SEARCH_K, UPPER_WEAK_SCORE)
        self.by_domain.update((probe, h.version_id, h.article) for h in found)
        return merged

    def fine_ranged_below(self, clause: Clause, probe: str, upper: Provision, hits: list) -> Finding | None:
        """Round 46 (lead46): a law's article that fines without a sum (烟草专卖法 第三十二条: 并处罚款) leaves the range
        to its implementing regulation (实施条例 第五十七条: 违法经营总额20%以上50%以下); a clause restating the conduct
        with a sum of its own is held to that range, when the regulation's article is among the clause's hits and the
        comparison with it shows the sum changed. None otherwise."""
        from .cited_fines import SUM_DIMS
        from .quantities import find_quantities

        if not any(q.dim in SUM_DIMS for q in find_quantities(without_label(probe))) \
                or any(q.dim in SUM_DIMS for q in find_quantities(upper.text)):
            return None
        for hit in hits:
            if not implements(hit.law, upper.law):
                continue
            cmp, unit = self.compare_with(clause, probe, hit)
            if cmp.similarity < UPPER_MIN_SIMILARITY:
                continue                  # another article of the regulation (第五十四条 on another conduct)
            amounts = [c for c in cmp.material() if c.kind == "amount"]
            if amounts:
                where = f"《{hit.law}》{hit.article_label}{unit.label}"
                return altered_finding(clause, probe, hit, where, cmp, amounts, f"该条款复述{where}")
        return None

    def compare_with(self, clause: Clause, probe: str, upper: Provision):
        """The comparison of ``probe`` with the unit of ``upper`` it restates, and that unit."""
        from .compare import cites_article, compare
        from .compare.units import best_unit

        # a clause that cites the article it restates carries the article's exceptions with the citation
        cites = cites_article(clause.text, upper.law, upper.article, upper.article_sub)
        whole = f"{clause.header}\n{clause.text}" if clause.header else clause.text
        key = (probe, upper.text, cites, whole)
        if key not in self.compared:
            bare = without_label(probe)     # the draft's own 第二条 aligns with nothing (its spans stay in probe)
            unit = best_unit(bare, upper.text)
            cmp = compare(bare, unit.text, cites_upper=cites, context=whole,
                          article=upper.text if unit.text != upper.text else "")
            cmp = without_members_laid_elsewhere(cmp, upper, self.store, self.opts.as_of)
            cmp = without_gates_laid_elsewhere(cmp, bare, unit.text, upper, self.store, self.opts.as_of)
            self.compared[key] = (without_working_days(cmp, upper, self.days), unit)
        return self.compared[key]

    def restated(self, clause: Clause, probe: str, set_by_upper, clauses, lists) -> Finding | None:
        """A finding for ``probe`` restating one of the corpus search's hits (altered, faithful or repealed). Where no
        hit reaches UPPER_MIN_SCORE (a clause in its own words), the best hit is compared first; a runner-up about as
        good (``runner_ups``) only when the best one shows nothing and the clause restates it nowhere: the
        comparison, not a point or two of the search's score, tells which article a reworded clause alters."""
        from .compare import cites_article

        first = self._restated(clause, probe, set_by_upper, clauses, lists)
        if first is not None or probe in self.unchanged:
            return first
        # (not a runner-up the clause cites as its basis: 依照《农村土地承包法》第四十二条……可以单方解除 uses the
        # article's own exception, which a clause compared in its own words with a hit it barely resembles is read
        # as altering — the best hit alone stands for a citing clause, as before)
        runner_ups = self.runner_ups(clause, probe)
        # (and only one the clause aligns with better than with the best hit: 市属国有企业转让重大资产的，应当报……审核批准
        # says 企业国有资产监督管理暂行条例 第三十二条's 重大资产处置……批准 in its own words, not 第十五条's 报告)
        best = self.compare_with(clause, probe, self.searched[probe][0])[0].similarity if runner_ups else 0.0
        for h in runner_ups:
            if cites_article(clause.text, h.law, h.article, h.article_sub) \
                    or self.compare_with(clause, probe, h)[0].similarity <= best:
                continue
            f = self._restated(clause, probe, set_by_upper, clauses, lists, only=h)
            if probe in self.unchanged:
                return None          # the clause restates that runner-up unaltered: no other article is its source
            if f is not None and f.category == "upper-law" and f.rule != "UPPER-RESTATES":
                return f
        return None

    def runner_ups(self, clause: Clause, probe: str) -> list[Provision]:
        """The hits after the best one a clause in its own words (no hit at UPPER_MIN_SCORE) is also compared with,
        in force on the review date: among the UPPER_COMPARED best, those within CLOSE_SCORE of the best; and where the
        best is a rule below the laws and administrative regulations (a 部门规章 restating a law in more words shares
        more of them with a county's clause), an article of a 法律/行政法规 among the UPPER_SEARCH_K best within
        CLOSE_SCORE of it. Each of the best hit's own law, of the law the search agrees on (voted_law), or of a law
        whose subject the clause names (names_own_law): a runner-up of another law resembling the clause as little as
        the best one is chance (a 居住证 clause's 其他应当注销的情形 beside 中国人民解放军文职人员条例 第四十条). Each at the
        floor a best hit would need (UPPER_VOTED_SCORE for a voted or named law, else UPPER_WEAK_SCORE)."""
        found = self.searched.get(probe) or []
        if not found or any((h.score or 0) >= UPPER_MIN_SCORE for h in found[:UPPER_COMPARED]):
            return []     # hits the search finds restated are compared together (closest_hit), a runner-up among
            #               them only where it matches the clause (is_match): 营业性演出管理条例 第七条's 20日内 is no
            #               source of a 房地产经纪 clause's 30日内 beside 第九条, which it resembles more
        voted = voted_law([h for h in found if (h.score or 0) >= VOTE_MIN_SCORE])
        said = item_with_lead(clause, probe)
        top = found[0].score or 0
        near = [h for h in found[1:UPPER_COMPARED] if (h.score or 0) >= top - CLOSE_SCORE]
        if found[0].level not in CORE_LEVELS:
            near += [h for h in found[UPPER_COMPARED:UPPER_SEARCH_K] if h.level in CORE_LEVELS
                     and (h.score or 0) >= top - CLOSE_SCORE]
        # (a clause laying no sanction is no restatement of a runner-up that lays one: 烟草专卖零售许可证……一律不收取
        # 费用 resembles 第五十六条's 未在当地烟草专卖批发企业进货的……可处以……罚款 by the licence's name alone)
        from .compare.vocabulary import PENAL_RX

        penal = bool(PENAL_RX.search(without_label(probe)))
        out = []
        for h in near:
            named = h.work_id == voted or names_own_law(said, h)
            if (h.score or 0) < (UPPER_VOTED_SCORE if named else UPPER_WEAK_SCORE) \
                    or not (named or h.work_id == found[0].work_id) or (not penal and PENAL_RX.search(h.text)):
                continue
            if self.status.dead(h, self.opts.as_of) is None:
                out.append(h)
        return out

    def _restated(self, clause: Clause, probe: str, set_by_upper, clauses, lists,
                  only: Provision | None = None) -> Finding | None:
        """``restated`` with the search's hits, or with the one hit ``only`` alone (a runner-up, read as the best hit)."""
        from statutes.search import is_match

        from .compare.matter import names_other_certificate
        from .compare.vocabulary import GENERAL_LAW_RX

        opts = self.opts
        found = self.searched[probe]
        hits = [h for h in ([only] if only else found[:UPPER_COMPARED]) if (h.score or 0) >= UPPER_MIN_SCORE]
        weak = not hits
        lead = only or (found[0] if found else None)
        voted = weak and bool(found) and voted_law([h for h in found if (h.score or 0) >= VOTE_MIN_SCORE]) == lead.work_id
        if weak:
            # the best hit of a law whose subject the clause itself names (names_law_subject: 博物馆, 地质灾害, 农民工
            # 工资) is no chance resemblance either: read from UPPER_VOTED_SCORE, as a clause in its own words
            named = bool(found) and names_own_law(item_with_lead(clause, probe), lead)
            floor = UPPER_VOTED_SCORE if voted or named else UPPER_WEAK_SCORE
            hits = [h for h in ([only] if only else found[:UPPER_COMPARED]) if (h.score or 0) >= floor][:1]
        if not hits:
            return None
        dead = None if weak else self.status.dead(hits[0], opts.as_of)
        if dead:   # a known date of repeal; a work lapsed on no recorded date is only left out below (restating one
            # of its items, a benefit or a local regulation's own liability clause, is no sure loss of basis)
            f = repealed_restatement(clause, probe, hits[0], dead)
            successor = replacing = None
            if f is not None:
                replacing = self.status.successor_article(hits[0], probe)
                candidates = [h for h in found[:UPPER_COMPARED] if (h.score or 0) >= UPPER_MIN_SCORE]
                if replacing is not None:
                    candidates.append(replacing)
                successor = living_successor(probe, candidates, lambda h: self.status.dead(h, opts.as_of))
            if f is not None and not successor:
                if replacing is not None and (replacing.score or 0) >= SUCCESSOR_NAMED_SCORE \
                        and substantive_overlap(probe, replacing.text):
                    return successor_named(f, replacing, sure=False)   # the replacing instrument's closest article
                return f
            if successor and successor[1] < f.detail["comparison"]["similarity"] - SUCCESSOR_MARGIN:
                return successor_named(f, successor[0])
            # (a living article says the same: compared below as the clause's upper law)
        # (a list's lead-in names the certificate in its items: 有下列行为之一的……并处二百元以下罚款： over （二）非法扣押他人
        # 居住证的 is no restatement of 居民身份证法 第十六条, whose items say 居民身份证 under the same words)
        certified = without_label(probe) + lead_in_items(clause, clauses)
        hits = [h for h in hits if self.status.dead(h, opts.as_of) is None
                and not names_other_certificate(certified, h.text)]
        named = [h for h in hits if same_subject(h.law, without_label(probe)) and not GENERAL_LAW_RX.search(h.law)
                 and not lower_level(h, hits[0])]
        if named and is_match(hits[0], without_label(probe)) \
                and all((h.score or 0) < (hits[0].score or 0) - NAMED_YIELDS_BELOW for h in named):
            named = []    # the clause restates the best hit nearly word for word (农业保险条例 第十四条's 达成赔偿协议后10日内,
            #               86 points): a law whose subject it names far below it (保险法 第二十三条, 57) is not its source
        hits = named or hits          # 劳动争议申请仲裁的时效: the law the clause names, not another 调解仲裁法
        if not weak and not named:
            hits = general_among_near(found, hits, self.topic, lambda h: self.status.dead(h, opts.as_of) is None)
        # (but not a lower instrument the clause names over the law it restates: 饮酒后驾驶机动车的……暂扣六个月机动车驾驶证
        # restates 道路交通安全法 第九十一条, not an item of the 机动车驾驶证申领和使用规定 on another conduct)
        if not hits:
            return None
        upper, cmp = closest_hit(probe, hits, lambda h: self.compare_with(clause, probe, h)[0],
                                 lambda h: [self.compare_with(clause, r, h)[0] for r in class_readings(probe)])
        if upper is None or not substantive_overlap(probe, upper.text):
            return None
        unit = self.compare_with(clause, probe, upper)[1]
        if cites_another(clause.text, upper):
            return None   # 依照《企业所得税法》第二十八条: the clause names its own basis, another article
        # the search found the article but the clause rewrote much of it, or the article's law is not the document's
        # subject and only the matter is shared: only a change a clause in its own words can show counts
        # (可以在夜间或者法定节假日组织实施强制执行 for 不得在夜间……实施)
        loose = weak or cmp.similarity < UPPER_MIN_SIMILARITY or not same_subject(upper.law, self.topic)
        # (relaxed too where the clause names the law's whole subject, found at UPPER_MIN_SCORE: 县不动产登记中心……四十个
        # 工作日内办结 for 不动产登记暂行条例 第二十条, its bureau's name costing the pairs the bare article would share)
        if loose and not same_matter(without_label(probe), unit.text,
                                     relaxed=not weak and (cmp.similarity >= UPPER_MIN_SIMILARITY
                                                           and names_title_pair(upper.law, without_label(probe))
                                                           or names_title_core(upper.law, without_label(probe)))):
            return None   # a resemblance to a law on another matter (军用标准化 for 居住证积分, 邮政法 for 公租房)
        where = f"《{upper.law}》{upper.article_label}{unit.label}"
        if loose:
            own_law = weak and not voted and names_own_law(item_with_lead(clause, probe), upper)
            # (a hit read only because the clause names its law's subject, below UPPER_WEAK_SCORE, shows a figure only
            # for what the article's figure is for: 到达暂住地3日内申报 is no change of 户口登记条例's 暂住三日以上)
            below = own_law and (upper.score or 0) < UPPER_WEAK_SCORE
            # (nor an article only the clause's domain found, below UPPER_MIN_SCORE: 将房屋出租给无身份证件人员……每人
            # 一千元 is no change of 居民身份证法 第十六条's 冒用他人居民身份证……二百元以下)
            domain_only = weak and (probe, upper.version_id, upper.article) in self.by_domain
            below = below or domain_only
            read = [c for c in sure_changes(probe, unit.text, cmp, clause.header)
                    if not modal_elsewhere(c, probe, unit.text, upper, self.store, opts.as_of)]
            # (round 41, cmp41: nor where the search singles the weak hit out, every other article SOLE_MARGIN below it —
            # 未成年人保护法 第六十二条 at 54.8, the next at 24.3, for 每三年……查询一次: the clause's short wording, not a
            # chance resemblance, keeps its score down)
            sole = weak and sole_hit(self.searched.get(probe) or [], upper)
            changes = [c for c in read
                       if not (weak and not voted and not own_law and not sole and c.kind in FIGURE_KINDS)
                       and not (below and c.kind in FIGURE_KINDS
                                and not same_figure_for(without_label(probe), unit.text, c)
                                and not figure_object_shared(without_label(probe), unit.text, c))]
            changes += [c for c in confirmed_changes(probe, cmp, clause.header, unit.text) if c not in changes]
            changes += refusal_dropped(probe, upper.text, changes)
            if domain_only:
                # an article only the clause's domain found, below UPPER_MIN_SCORE, is read as a clause in its own
                # words (as in paraphrased): its modal verb is too often another act's (不得擅自减免 beside 海域使用管理法
                # 第三十三条's 应当……缴纳海域使用金)
                changes = [c for c in changes if c.kind != "modal"]
            if not changes and not weak:
                left = left_to_province(without_label(probe), upper.text, cmp.changes)
                changes = [left] if left is not None else []
            # (a figure against a weak hit is a figure of another law: 0.5% against 工伤保险条例's 50%, 二百元 against
            # 人类遗传资源管理条例's 50万元; only a modal verb on the same act shows — unless the hit's law is the one the
            # search agrees the clause is about, voted_law, or the clause itself names that law's subject, the hit its
            # best: 城市道路上的检查井……并处二万元以上五万元以下罚款 for 城市道路管理条例 第四十二条's 2万元以下)
            if not changes:
                if not read:
                    # (a figure read but not shown against this hit is not known unchanged: the paths that pair the
                    # figure by its object or act — by_figure_pair, by_figure_act — still decide; 临时使用土地的，使用期限
                    # 一般不超过三年 against 土地管理法实施条例 第二十条 found at a weak score, its figure dropped here)
                    self.note_unchanged(probe, cmp)
                # a close restatement (a full search match, FAITHFUL_MIN_SIMILARITY aligned, the whole 款) with nothing
                # material changed restates the article whatever the document's subject: the measure it carries is
                # the article's (节约用水条例 第四十六条's fine restated in a rule on 用水计量设施)
                if not weak and not cmp.material() and clause.index in set_by_upper and is_match(upper, probe) \
                        and cmp.similarity >= FAITHFUL_MIN_SIMILARITY and restates_whole(probe, upper.text):
                    return restates_note(clause, probe, upper, where, cmp)
                # round 35 (prec35): a clause fining the very conduct the article fines, within its range, restates the
                # law's penalty, however much of the article it leaves out or whatever the document's subject (未依法
                # 进行地震安全性评价的……处三万元以上三十万元以下的罚款 for 防震减灾法 第八十七条, which also fines
                # 未按照……抗震设防; a rule on 城乡管理)
                if not weak and clause.index in set_by_upper and upper.level in CORE_LEVELS \
                        and is_match(upper, probe) and fine_restated(without_label(probe), unit.text, upper.text, cmp):
                    return fine_provided_note(clause, probe, upper, where, cmp)
                return None
            return altered_finding(clause, probe, upper, where, cmp, changes, f"该条款复述{where}")
        left = None if cmp.material() else left_to_province(without_label(probe), upper.text, cmp.changes)
        if left is not None:   # a figure the law leaves to the province, set by a county (compare.reserved)
            return altered_finding(clause, probe, upper, where, cmp, [left], f"该条款复述{where}")
        if not cmp.material() and not refusal_dropped(probe, upper.text, []):
            ranged = self.fine_ranged_below(clause, probe, upper, hits)
            if ranged is not None:
                return ranged
            self.note_unchanged(probe, cmp)
            close = is_match(upper, probe) and cmp.similarity >= FAITHFUL_MIN_SIMILARITY
            if not close and clause.index not in set_by_upper:
                return None
            if not close and self.whole_article_altered(clause, probe, upper):
                return None   # 3%加收滞纳金 set against 3%加处罚款: the unit alike, the article not restated
            return restates_note(clause, probe, upper, where, cmp)
        whole = restates_whole(probe, upper.text)
        material = [c for c in cmp.material() if not modal_elsewhere(c, probe, unit.text, upper, self.store, opts.as_of)]
        if whole and is_match(upper, probe) and cmp.similarity >= FAITHFUL_MIN_SIMILARITY:
            changes = list(material)                       # a close restatement: every change counts
        elif any(is_strong(c) for c in material):          # a concrete change confirms the restatement
            changes = [c for c in material if whole or c.strong]
        else:       # a change of a weaker kind the clause's own words confirm (confirmed_changes)
            changes = [c for c in confirmed_changes(probe, cmp, clause.header, unit.text) if c in material]
        changes = list({c.message: c for c in changes}.values())   # the same change found twice, once
        changes += refusal_dropped(probe, upper.text, changes)
        if list_of(clause) and any(c.kind == "duty_removed" for c in changes):
            siblings = sibling_texts(clauses, clause, lists)
            changes = [c for c in changes if not kept_elsewhere(c, siblings)]
        if not changes:
            self.note_unchanged(probe, cmp)
            return None
        return altered_finding(clause, probe, upper, where, cmp, changes, f"该条款复述{where}")

    def by_slots(self, clause: Clause, probe: str) -> Finding | None:
        """A finding for ``probe`` altering an article found by its norm's slots (review.upper_slots)."""
        from .upper_slots import slot_finding

        return slot_finding(self, clause, probe)

    def by_norm_core(self, clause: Clause, probe: str) -> Finding | None:
        """A finding for ``probe`` altering an article of a 法律/行政法规 that the search finds only by the clause's
        norm: the clause with its figures, modal verbs and local place words taken out, and its main phrases without
        the circumstance it opens with (norm_core_probes). The clause set against the article may show only a change
        that stands on its own (grading.toml [sure]: a figure for the same act, a heavier consequence, an act required
        立即 delayed …), on the same matter; a close restatement of the article unaltered ends the search."""
        from .compare.matter import names_other_certificate

        from .compare.consequences import DELAY_RX, LENIENCY_RX, SOLE_RX

        if not (can_show_sure(f"{clause.header}{probe}") or SOLE_RX.search(probe)):
            return None     # (统一采取货币补偿方式: alternatives fixed to one, with no modal verb)
        if not (_CORE_FIGURE.search(probe) or DELAY_RX.search(probe) or LENIENCY_RX.search(probe)
                or SOLE_RX.search(probe)):
            return None     # nothing this path may show (core_kind): no figure, delay, consequence or fixed option
        bare = without_label(probe)
        seen: dict[tuple, Provision] = {}
        backed: set[tuple] = set()      # hits whose figures may show (the law agreed on, named, or found closely)
        for core in norm_core_probes(bare):
            if core not in self.core_searched:
                if len(self.core_searched) >= UPPER_MAX_PROBES:
                    return None
                self.core_searched[core] = search_read_as_roles(lambda text: self._search(text), core)
            found = self.core_searched[core]
            voted = bool(found) and voted_law([h for h in found if (h.score or 0) >= VOTE_MIN_SCORE]) == found[0].work_id
            for h in found:
                floor = UPPER_VOTED_SCORE if voted and h.work_id == found[0].work_id else CORE_MIN_SCORE
                if (h.score or 0) < floor or h.level not in CORE_LEVELS:
                    continue
                key = (h.version_id, h.article, h.article_sub)
                if key not in seen:
                    seen[key] = h
                if (voted and h.work_id == found[0].work_id) or (h.score or 0) >= CORE_CLOSE_SCORE \
                        or names_law_subject(probe, h) or same_subject(h.law, self.topic):
                    backed.add(key)
        # the article a law lays for the kind of measure the clause lays, found by the law's own wording of it
        # (review.norm_query: 行政许可法 第四十二条 for a time limit on deciding an application); read first — before
        # articles that share only the formula of the clause's words (自受理申请之日起……作出决定 of another licence) —
        # and only where no article of the clause's own search lays its figure or a limit of its own on its matter
        compared = CORE_COMPARED
        measured: set[tuple] = set()    # found by the measure the clause lays: its figure is for the same act
        for h in self.norm_hits(clause, probe):
            key = (h.version_id, h.article, h.article_sub)
            if key not in seen:
                seen[key] = h
                compared += 1
                measured.add(key)
            backed.add(key)
        order = [*(k for k in seen if k in measured), *(k for k in seen if k not in measured)]
        for key, upper in [(k, seen[k]) for k in order][:compared]:
            if self.status.dead(upper, self.opts.as_of) or names_other_certificate(bare, upper.text) \
                    or cites_another(clause.text, upper):
                continue
            for cmp, unit in self.core_comparisons(clause, probe, upper):
                if cmp.similarity < CORE_MIN_SIMILARITY or not (key in measured or same_matter(bare, unit.text)):
                    continue
                changes = [c for c in sure_changes(probe, unit.text, cmp)
                           if core_kind(c) and not quoted(probe, c)
                           and (key in backed or (c.kind not in FIGURE_KINDS and not act_delayed(c)))
                           and not modal_elsewhere(c, probe, unit.text, upper, self.store, self.opts.as_of)]
                if not changes and key in measured:
                    # the article lays the measure the clause lays (review.norm_query): its time limit is the
                    # clause's act's, whatever the clause's object (砍伐城市树木申请 for 行政许可申请)
                    changes = [c for c in cmp.material() if c.kind == "time_limit" and is_sure(c)
                               and not protective_modal(c) and not quoted(probe, c)]
                if not changes:
                    if cmp.similarity >= UPPER_MIN_SIMILARITY:
                        return None     # the clause restates this article unaltered: no other is tried
                    continue
                where = f"《{upper.law}》{upper.article_label}{unit.label}"
                return altered_finding(clause, probe, upper, where, cmp, changes, f"该条款复述{where}")
        return None

    def by_reversal(self, clause: Clause, probe: str) -> Finding | None:
        """A finding for ``probe`` permitting or requiring an act an article of a 法律/行政法规 forbids
        (review.compare.reversal): the article searched with the clause's modal verb turned into 不得, and among those
        hits and the clause's own best hits, the first whose prohibited act the clause says under its modal verb."""
        from .compare.matter import matter_bigrams, names_other_certificate
        from .compare.model import Comparison
        from .compare.reversal import (PERMISSION_RX, act_queries, context_of, reversal_change, reversal_query,
                                       reversed_acts)

        bare = without_label(probe)
        query = reversal_query(bare)
        if query is None:
            return None
        found: list[Provision] = []
        own = self.searched.get(probe, [])
        # a clause the search found restating an article closely is read against its own hits only (the searches
        # below cost a tenth of a review; a reversal shares the matter, so its article is among those hits)
        # (and a clause that only requires is read against its own hits too: a duty reversing a prohibition, 应当 for
        # 不得, is rarer than a permission and duties are most of what a document says)
        queries = [] if (own and (own[0].score or 0) >= UPPER_MIN_SCORE) or not PERMISSION_RX.search(bare) \
            else [query, *act_queries(bare)]
        for q in queries:
            if q not in self.core_searched:
                if len(self.core_searched) >= UPPER_MAX_PROBES:
                    return None
                self.core_searched[q] = self._search(q)
            found += self.core_searched[q][:REVERSAL_COMPARED]
        seen: dict[tuple, Provision] = {}
        for h in [*found, *own[:UPPER_COMPARED]]:
            if h.level in CORE_LEVELS and (h.score or 0) >= REVERSAL_MIN_SCORE:
                seen.setdefault((h.version_id, h.article, h.article_sub), h)
        title = self.topic.split("\n", 1)[0][:80]
        for upper in seen.values():
            if self.status.dead(upper, self.opts.as_of) or names_other_certificate(bare, upper.text) \
                    or cites_another(clause.text, upper):
                continue
            for r in reversed_acts(bare, upper.text):
                if len(matter_bigrams(bare) & matter_bigrams(r.sentence)) < REVERSAL_MATTER:
                    continue    # the verb shared, not the matter (收取费用 in a law on another field)
                # the law's field named by the clause or by the document's title, else more of the matter around the
                # act shared with the article's sentence
                rest = bare.replace(r.act, "|")
                if not same_subject(upper.law, f"{title}{clause.header}{bare}") \
                        and len(context_of(rest, "|") & context_of(r.sentence, r.forbidden)) < REVERSAL_CONTEXT:
                    continue    # a law on another field (民办非企业单位登记 for 房地产经纪机构可以设立分支机构)
                change = reversal_change(r)
                cmp = Comparison((change,), faithful=False, similarity=0.0)
                where = f"《{upper.law}》{upper.article_label}"
                return altered_finding(clause, probe, upper, where, cmp, [change], f"该条款所涉事项属{where}调整")
        return None

    def by_figure_pair(self, clause: Clause, probe: str) -> Finding | None:
        """A finding for ``probe`` stating a figure that one of its best search hits, an article of a 法律/行政法规
        found below the accepting score, states for the same object (review.compare.objects: the figures' own words,
        bounds of one kind) and the clause changes: an age, an amount or a time limit read with its direction
        (年满十八周岁 for 驾驶电动自行车……必须年满16周岁, found at 35–53 because the clause says it in its own words).
        The figure itself makes a close restatement score lower, so the score is no measure of it; the pairing is.
        Not where the article leaves the figure to other rules (由省、自治区、直辖市规定, 另有规定, 可以适当提高), another
        hit says the clause's figure, or the figure stands in a quotation."""
        from .compare.matter import names_other_certificate

        bare = without_label(probe)
        if not _CORE_FIGURE.search(bare):
            return None
        found = self.searched.get(probe, [])[:UPPER_COMPARED]
        for upper in found:
            if (upper.score or 0) < FIGURE_PAIR_SCORE or upper.level not in CORE_LEVELS \
                    or self.status.dead(upper, self.opts.as_of) or names_other_certificate(bare, upper.text) \
                    or cites_another(clause.text, upper):
                continue
            cmp, unit = self.compare_with(clause, probe, upper)
            if not same_matter(bare, unit.text) or _LEFT_TO_OTHERS.search(unit.text):
                continue
            others = [h for h in found if h is not upper]
            changes = [c for c in sure_changes(probe, unit.text, cmp)
                       if c.kind in FIGURE_KINDS and c.severity in ("warning", "error")
                       and figure_object_shared(bare, unit.text, c) and not quoted(probe, c)
                       and not figure_said_by(c, others, upper) and same_magnitude(c)
                       and same_rate_base(bare, unit.text, c)]
            if changes:
                where = f"《{upper.law}》{upper.article_label}{unit.label}"
                return altered_finding(clause, probe, upper, where, cmp, changes, f"该条款复述{where}")
        return None

    def by_gate(self, clause: Clause, probe: str) -> Finding | None:
        """A finding for ``probe`` putting a precondition (经……同意/批准后方可, 未经……不得, 应当先……方可) before an act
        that an article of a 法律/行政法规 lets the party do freely or with a notice only (review.compare.gates). The
        gate's words weigh much in the clause's own search: the clause is also searched for its act alone (its gates
        taken out, with figures, modal verbs and place words: norm_core_probes), and the best hits of both searches
        from GATE_MIN_SCORE are set against it; only the gate change counts, on the same matter, the article's phrase
        holding GATE_ACT_MATCH of what the clause says of the act."""
        from .compare.gates import act_share, clause_gates, is_gate, without_gates
        from .compare.matter import names_other_certificate

        bare = without_label(probe)
        if not clause_gates(bare):
            return None
        act = without_gates(bare)
        # (an act left with too little of the clause — 建设单位组织竣工验收后，……交付使用 — finds any article on its few words)
        probes = [act, *norm_core_probes(act)] if len(act) >= max(CORE_MIN_CHARS, GATE_ACT_SHARE * len(bare)) else []
        seen: dict[tuple, Provision] = {}
        for hits in [self.searched.get(probe) or [], *(self._core_hits(p) for p in probes)]:
            for h in hits[:GATE_COMPARED]:
                if (h.score or 0) >= GATE_MIN_SCORE and h.level in CORE_LEVELS:
                    seen.setdefault((h.version_id, h.article, h.article_sub), h)
        for upper in seen.values():
            if self.status.dead(upper, self.opts.as_of) or names_other_certificate(bare, upper.text) \
                    or cites_another(clause.text, upper):
                continue
            for cmp, unit in self.core_comparisons(clause, probe, upper):
                material = cmp.material()
                changes = [c for c in material if is_gate(c) and act_share(c, bare, unit.text) >= GATE_ACT_MATCH
                           and not protective_sibling(c, material)]
                if changes and same_matter(bare, unit.text):
                    where = f"《{upper.law}》{upper.article_label}{unit.label}"
                    return altered_finding(clause, probe, upper, where, cmp, changes, f"该条款涉及{where}规定的事项")
        return None

    def by_figure_act(self, clause: Clause, probe: str) -> Finding | None:
        """A finding for ``probe`` changing a time limit that an article of a 法律/行政法规 states for the same act, the article found by the figure (review.figure_articles): among the laws of the clause's
        best hits (from FIGURE_LAW_SCORE) and the general laws of administrative procedure, the article whose figure
        is for what the clause's figure is for. Only that figure's change counts, for the same act (same_figure_for,
        same_limited_act), not where the article leaves the figure to others or another hit says the clause's."""
        from .compare.matter import names_other_certificate
        from .compare.vocabulary import procedure_written_out
        from .figure_articles import articles_for_figures, clause_figures, paired, said_for_act, within_limit
        from .governing import _cache
        from .subject_laws import general_laws, law_of

        bare = without_label(probe)
        if not hasattr(self.store, "conn") or not _CORE_FIGURE.search(bare) or not clause_figures(bare):
            return None
        found = self.searched.get(probe, [])
        as_of = self.opts.as_of
        # a procedure law where the clause names its procedure (行政复议, 行政许可); a law of the clause's sector among
        # its hits where the clause names its subject (大型群众性活动: not 拘留所条例 for a 行政复议 limit of a 卫生 body)
        procedural = {w["work_id"] for w in general_laws(self.store, as_of) if names_procedure(w["title"], bare)}
        ids = [h.work_id for h in found[:UPPER_SEARCH_K]
               if (h.score or 0) >= FIGURE_LAW_SCORE and h.level in CORE_LEVELS and names_law_subject(bare, h)]
        laws = [law for law in (law_of(self.store, w, as_of) for w in dict.fromkeys([*ids, *procedural]))
                if law is not None]
        # (the clause's acts in the general law's words where it names the procedure by them: 受理……许可申请 is the
        # 行政许可申请 whose 二十日 行政许可法 第四十二条 sets)
        said, written_at = procedure_written_out(bare) if procedural else (bare, range(len(bare) + 1))

        def at(i: int) -> int:
            return written_at[i] if 0 <= i < len(written_at) else -1

        for upper in articles_for_figures(said, laws, procedural, _cache(self.store)):
            if self.status.dead(upper, as_of) or names_other_certificate(bare, upper.text) \
                    or cites_another(clause.text, upper):
                continue
            cmp, unit = self.compare_with(clause, probe, upper)
            if _LIMIT_LEFT.search(_LAWS_RESERVED.sub("", upper.text)):
                continue    # (in any 款 of the article; 法律、法规另有规定的 leaves the limit to laws and 法规, not to a county's document; 可以延长十日
                # is the body's own extension, a limit of the article)
            general = upper.work_id in procedural
            changes = [c for c in cmp.material()
                       if c.kind == "time_limit" and c.severity in ("warning", "error") and is_sure(c)
                       and paired(said, at(c.clause_start), at(c.clause_start + len(c.clause_span)), unit.text,
                                  c.upper_start, c.upper_start + len(c.upper_span), general)
                       and within_limit(bare, c.clause_start, c.clause_span)
                       and within_limit(unit.text, c.upper_start, c.upper_span)
                       and not quoted(probe, c)
                       and not said_for_act(said, replace(c, clause_start=at(c.clause_start)), found[:UPPER_COMPARED],
                                            upper, procedural)]
            if changes:
                where = f"《{upper.law}》{upper.article_label}{unit.label}"
                return altered_finding(clause, probe, upper, where, cmp, changes, f"该条款所涉事项属{where}调整")
            if general and said != bare:
                return None   # a procedure named by its acts is read against its law's best article alone: its acts in
                # the law's word share 行政许可 with every limit of the law (第四十四条's 颁发……行政许可证件 after 二十日 kept)
        return None

    def by_lead_law(self, clause: Clause, probe: str) -> Finding | None:
        """A finding for ``probe`` altering the article of the law its search leads to (review.lead_law) that it
        aligns with best, where the search ranked another article of that law first or left it out: the clause is
        compared with the law's articles it resembles most, none aligned worse than the best hit: one it aligns with
        better (LEAD_MARGIN) shows a changed figure that stands on its own, on the same matter (sure_changes; for what
        the article's figure is for, same_figure_for, or the same object) or one the clause's words confirm; one
        aligned as well shows only a figure for what its figure is for, which no other article of the law says and
        the article itself says nowhere (figure_in_article). Only figures (FIGURE_KINDS): an approval or a modal verb
        read against an article the search did not put first came, in round 35, from another matter of the law."""
        from .compare.matter import names_other_certificate
        from .lead_law import aligned_articles, lead_laws
        from .subject_laws import law_of

        found = self.searched.get(probe) or []
        if not found or not hasattr(self.store, "conn") or not self.own_words:
            return None
        bare = without_label(probe)
        said = item_with_lead(clause, probe)
        as_of = self.opts.as_of
        laws = lead_laws(found[:UPPER_SEARCH_K], CORE_LEVELS, lambda h: names_own_law(said, h))
        if not laws:
            return None
        seen = {(found[0].version_id, found[0].article, found[0].article_sub)}   # (the best hit: compared first)
        first = self.compare_with(clause, probe, found[0])[0]
        best = first.similarity
        # the clause's figures the best hit, of a lead law, also reads changed: which article the figure is of is open
        # (机动车驾驶人……处三百元以上五百元以下罚款 against 第九十条 and 第八十九条, tied): no article aligned only as well
        # is reported for them
        open_figures = {c.clause_start for c in first.changes if c.kind in FIGURE_KINDS} \
            if found[0].work_id in laws else set()
        for work_id in laws:
            law = law_of(self.store, work_id, as_of)
            if law is None:
                continue
            aligned = aligned_articles(bare, law)
            for upper, _ in aligned:
                if (upper.version_id, upper.article, upper.article_sub) in seen \
                        or self.status.dead(upper, as_of) or names_other_certificate(bare, upper.text) \
                        or cites_another(clause.text, upper):
                    continue
                cmp, unit = self.compare_with(clause, probe, upper)
                if cmp.similarity < max(LEAD_MIN_SIMILARITY, best) or not same_matter(bare, unit.text):
                    continue    # (aligned worse than the best hit: 第八十九条's 非机动车驾驶人 for a 机动车驾驶人's fine)
                # aligned better than the best hit: any change that stands on its own; aligned no better: only a
                # figure for what the article's figure is for (the same act or conduct), which no other article of
                # that law the clause resembles says as the clause does
                closer = cmp.similarity >= best + LEAD_MARGIN
                others = [h for h in [*found[:UPPER_COMPARED], *(a for a, _ in aligned)]
                          if h.work_id == work_id and h.article != upper.article]
                # (not an amount: a law's sanction articles fine like conduct in like words, and the conduct a fine
                # is for is read too loosely to tell them apart — 骗取最低生活保障金……三倍 set against 社会保险法 第八十七条,
                # 未佩戴安全头盔……五十元 against 道路交通安全法 第一百条 while building)
                # round 35 (lead35): only a figure — a time limit, a number, a share — is reported from a lead law's
                # article: an approval or a modal verb read against an article the search did not put first came from
                # another matter of the same law (民办学校校长……报县教育局备案 set against 民办教育促进法 第五十五条's
                # 名称、层次、类别的变更……报审批机关批准; 不得强行调解 against 人民调解法 第十七条's 也可以主动调解)
                changes = [c for c in sure_changes(probe, unit.text, cmp, clause.header)
                           if c.kind in FIGURE_KINDS and c.kind != "amount" and c.severity in ("warning", "error")
                           and ((same_figure_for(bare, unit.text, c) and not figure_said_by(c, others, upper))
                                or (closer and figure_object_shared(bare, unit.text, c)))
                           and not figure_in_article(c, upper.text)
                           and (closer or c.clause_start not in open_figures)
                           and not quoted(probe, c)]
                if closer:
                    changes += [c for c in confirmed_changes(probe, cmp, clause.header)
                                if c.kind in FIGURE_KINDS and c not in changes]
                if changes:
                    where = f"《{upper.law}》{upper.article_label}{unit.label}"
                    return altered_finding(clause, probe, upper, where, cmp, changes, f"该条款复述{where}")
        return None

    def by_hours(self, clause: Clause, probe: str) -> Finding | None:
        """A finding for ``probe`` setting the hours of the day an act is allowed or forbidden in (营业时间为上午10时至次日
        凌晨3时, 营业时间可以延长至次日凌晨2时) that an article of a 法律/行政法规 sets for the same act (review.compare.
        clock: 每日凌晨2时至上午8时，娱乐场所不得营业): the article found by its window, among the articles of the laws of the
        clause's best hits (from FIGURE_LAW_SCORE) whose subject the clause names (娱乐场所, or 网吧 for the
        互联网上网服务营业场所 of its title: compare.place_kind) — the search, led by the clause's other words, ranks
        another article of that law first, or ranks the article below its floors. Only a change of the hours of the same
        kind of place counts (review.compare.clock.same_holder)."""
        from .compare.clock import allowed_windows, forbidden_windows, hours_acts
        from .compare.matter import names_other_certificate
        from .compare.vocabulary import PLACE_KIND_RX
        from .governing import works_in_force
        from .subject_laws import law_of

        bare = without_label(probe)
        acts = hours_acts(bare)
        if not acts or not hasattr(self.store, "conn"):
            return None
        as_of = self.opts.as_of
        ids = [h.work_id for h in self.searched.get(probe, [])[:UPPER_SEARCH_K]
               if (h.score or 0) >= FIGURE_LAW_SCORE and h.level in CORE_LEVELS and names_law_subject(bare, h)]
        # (and the laws whose title names the kind of place the clause names, by any of its names: 网吧, 网咖 for
        # 互联网上网服务营业场所管理条例, 歌舞厅 for 娱乐场所管理条例 — a reviewer goes from the place to its law)
        kinds = {m.lastgroup for m in PLACE_KIND_RX.finditer(bare)}
        ids += [w["work_id"] for w in (works_in_force(self.store, as_of) if kinds else ())
                if w.get("level") in CORE_LEVELS and kinds & {m.lastgroup for m in PLACE_KIND_RX.finditer(w["title"])}]
        for law in (law_of(self.store, w, as_of) for w in dict.fromkeys(ids)):
            for upper in (law.articles if law is not None else ()):
                if not any(w.act in acts for w in [*forbidden_windows(upper.text), *allowed_windows(upper.text)]) \
                        or self.status.dead(upper, as_of) or names_other_certificate(bare, upper.text) \
                        or cites_another(clause.text, upper):
                    continue
                cmp, unit = self.compare_with(clause, probe, upper)
                changes = [c for c in cmp.material() if c.kind == "time_of_day" and not quoted(probe, c)]
                if changes:
                    where = f"《{upper.law}》{upper.article_label}{unit.label}"
                    return altered_finding(clause, probe, upper, where, cmp, changes, f"该条款所涉事项属{where}调整")
        return None

    def by_cited_fine(self, clause: Clause, probe: str, ceiling_only: bool = False) -> Finding | None:
        """A finding for ``probe`` fining a conduct for another sum than the liability paragraph of a 法律/行政法规 that
        cites the article stating that conduct (review.cited_fines): the conduct articles (``conduct_articles``, each
        read at the item stating the clause's conduct where it lists acts); the paragraphs citing it in its own law
        (本条例第十七条第五项) or in another by title (《土地管理法》第七十七条) that fine a sum. Only a changed sum shows (grading.toml [sure]); a sum above every tier
        the law lays for the conduct (review.cited_fines.ceiling_exceeded) shows whatever the comparison of one
        paragraph reads — alone where the clause was read as restating the article unchanged (``ceiling_only``)."""
        from .cited_fines import (CONDUCT_RESTATED, best_item, ceiling_change, ceiling_exceeded, conduct,
                                  conduct_share, distinct_conduct, lays_fine, sums_within, within_for_bearer)
        from .compare import compare
        from .compare.matter import names_other_certificate

        bare = without_label(probe)
        if not hasattr(self.store, "conn") or not lays_fine(bare):
            return None
        act = conduct(bare)
        if not act:
            return None
        context = f"{clause.header}\n{clause.text}" if clause.header else clause.text
        provided: Finding | None = None
        altered: Finding | None = None      # the first; a law whose range holds the clause's fine outweighs it
        held = False        # another article stating the conduct lays a range holding the clause's sums (道路交通安全法
                            # 第九十条's 机动车驾驶人 range beside 第八十九条's 非机动车驾驶人 one): no ceiling is exceeded
        by_ceiling = False
        for conduct_article in self.conduct_articles(probe, bare, act):
            if self.status.dead(conduct_article, self.opts.as_of):
                continue
            item = best_item(act, conduct_article.text)
            fines = [(upper, label, para) for upper, label, para in self.citing_fines(conduct_article, item, act)
                     if not (self.status.dead(upper, self.opts.as_of) or names_other_certificate(bare, para)
                             or cites_another(clause.text, upper))]
            restated = conduct_share(distinct_conduct(act), conduct_article.text, item) >= CONDUCT_RESTATED
            above = ceiling_exceeded(bare, [para for _, _, para in fines]) if fines and restated else None
            held = held or (restated and above is None and any(sums_within(bare, para) for _, _, para in fines))
            for upper, label, para in fines:
                cmp = compare(bare, para, context=context, article=upper.text)
                changes = [c for c in cmp.material() if c.kind == "amount" and c.severity in ("warning", "error")
                           and is_sure(c) and not quoted(probe, c)]
                where = f"《{upper.law}》{upper.article_label}{label}"
                if above is not None and above[1].text in para:
                    # no tier of the law's fine for the conduct reaches the clause's sum: what the comparison of
                    # this one paragraph says about the other figures does not matter
                    if altered is None:
                        altered = altered_finding(clause, probe, upper, where, cmp, [ceiling_change(*above)],
                                                  f"该条款所涉违法行为的罚款由{where}规定")
                        by_ceiling = True
                    continue
                if ceiling_only:
                    continue
                if changes and above is None and not within_for_bearer(bare, para, [p for _, _, p in fines]):
                    altered = altered or altered_finding(clause, probe, upper, where, cmp, changes,
                                                         f"该条款所涉违法行为的罚款由{where}规定")
                    continue
                if provided is None and conduct_share(act, conduct_article.text, item) >= CONDUCT_RESTATED \
                        and fine_provided(bare, para, upper.text, cmp):
                    provided = fine_provided_note(clause, probe, upper, where, cmp)
        # round 32 (look32): the law fines this conduct, every sum of the clause within its range and every sanction
        # the clause names in the article — the clause restates (or grades) the law's penalty and sets none
        # another law fining the same conduct within whose range the clause keeps: its fine is that law's
        if provided is not None and not ceiling_only:
            return provided
        return None if held and by_ceiling else altered

    def conduct_articles(self, probe: str, bare: str, act: str) -> list[Provision]:
        """The in-corpus 法律/行政法规 articles (whole, as of the review date) stating the conduct ``act`` of ``probe``
        (``bare``: without its label), for by_cited_fine: from CITED_MIN_SCORE among the clause's own hits and its
        norm's (norm_core_probes); then among the hits of the conduct searched alone (a drafter's sanction words can
        outrank the law's act), in a law the clause's own searches reached, stating most of it (CONDUCT_RESTATED), not
        a shared actor's name."""
        from .cited_fines import (CONDUCT_RESTATED, best_item, conduct_share, distinct_conduct, names_a_conduct,
                                  own_article_conduct, states_conduct)

        seen: dict[tuple, Provision] = {}
        sources = [(self.searched.get(probe) or [], False), *((self._core_hits(p), False) for p in norm_core_probes(bare)),
                   (self._core_hits(act), True)]
        # (a conduct found alone only in a law the clause's own searches reached: 冒用《暂住证》 is not 安全生产许可证条例's
        # 冒用安全生产许可证, nor 提供虚假材料……取得《居住证》 人类遗传资源管理条例's 取得行政许可)
        reached = {h.work_id for hits, alone in sources if not alone for h in hits[:CITED_COMPARED]}
        for hits, alone in sources:
            for h in hits[:CITED_COMPARED]:
                if (h.score or 0) < CITED_MIN_SCORE or h.level not in CORE_LEVELS or h.work_id is None:
                    continue
                if alone and (h.work_id not in reached or own_article_conduct(act) or not names_a_conduct(act)):
                    continue
                whole = self.whole_article(h)
                if whole is None or not states_conduct(act, whole.text):
                    continue
                if alone and conduct_share(distinct_conduct(act), whole.text, best_item(act, whole.text)) \
                        < CONDUCT_RESTATED:
                    continue
                seen.setdefault((whole.version_id, whole.article, whole.article_sub), whole)
        return list(seen.values())

    def whole_article(self, hit: Provision) -> Provision | None:
        """The article (all its 款 and 项) a search hit is of, as of the review date."""
        from .governing import _articles

        return next((a for a in _articles(self.store, hit.work_id, self.opts.as_of)
                     if a.article == hit.article and a.article_sub == hit.article_sub), None)

    def fine_within_tiers(self, probe: str, found: Finding) -> bool:
        """Whether ``found`` (an UPPER-ALTERED finding) changes nothing but a fine's sums that the law lays, for the
        bearer the clause fines, in another paragraph than the one compared (review.cited_fines.within_for_bearer over
        review.law_fines.fining_paragraphs): 消防法 第六十条第一款's 单位 range read against a clause fining 个人 within
        第二款's."""
        from .cited_fines import CONDUCT_RESTATED, best_item, conduct, conduct_share, within_for_bearer

        comparison = (found.detail or {}).get("comparison", {})
        changes = comparison.get("changes") or []
        if found.rule != "UPPER-ALTERED" or found.upper is None or not changes \
                or any(c.get("kind") != "amount" for c in changes if c.get("severity") in ("warning", "error")):
            return False
        bare = without_label(probe)
        act = conduct(bare)
        article = self.whole_article(found.upper) if act and found.upper.work_id is not None else None
        if article is None:
            return False
        item = best_item(act, article.text)
        if conduct_share(act, article.text, item) < CONDUCT_RESTATED:
            return False
        compared = next((p for p in article.text.split("\n")
                         if any(c.get("upper_span") and c["upper_span"] in p for c in changes)), "")
        return bool(compared) and within_for_bearer(bare, compared,
                                                    [para for _, _, para in self.citing_fines(article, item, act)])

    def citing_fines(self, conduct_article: Provision, item: int | None,
                     act: str = "") -> list[tuple[Provision, str, str]]:
        """The paragraphs fining the conduct ``act`` (``item`` of ``conduct_article``): review.law_fines
        .fining_paragraphs as of the review date."""
        from .law_fines import fining_paragraphs

        return fining_paragraphs(self.store, conduct_article, item, act, self.opts.as_of)

    def by_option(self, clause: Clause, probe: str) -> Finding | None:
        """A finding for ``probe`` fixing one of the alternatives an article of a 法律/行政法规 among its best hits leaves
        to the person (可以在供养服务机构集中供养，也可以在家分散供养 → 一律实行集中供养), the hit read from
        ``OPTION_MIN_SCORE`` where the clause names both alternatives (consequences.both_options_named): only the
        alternatives' change counts."""
        from .compare.consequences import OPTIONS_RX, SOLE_RX, both_options_named
        from .compare.matter import names_other_certificate

        bare = without_label(probe)
        if not SOLE_RX.search(bare):
            return None
        for upper in self.searched.get(probe, [])[:UPPER_COMPARED]:
            if (upper.score or 0) < OPTION_MIN_SCORE or upper.level not in CORE_LEVELS \
                    or not both_options_named(bare, upper.text) or self.status.dead(upper, self.opts.as_of) \
                    or names_other_certificate(bare, upper.text) or cites_another(clause.text, upper):
                continue
            cmp, unit = self.compare_with(clause, probe, upper)
            options = [m.span() for m in OPTIONS_RX.finditer(unit.text)]
            changes = [c for c in cmp.material() if c.kind == "modal" and "可以" in c.upper_span
                       and any(c.upper_start < b and a < c.upper_start + len(c.upper_span) for a, b in options)
                       and not quoted(probe, c)]
            if changes:
                where = f"《{upper.law}》{upper.article_label}{unit.label}"
                return altered_finding(clause, probe, upper, where, cmp, changes, f"该条款所涉事项属{where}调整")
        return None

    def by_designation(self, clause: Clause, probe: str) -> Finding | None:
        """A finding for ``probe`` filling by a body's appointment an office a 法律/行政法规 has elected (由……选举/推选
        产生): the article found by the office's organisation and how the law fills it, not by the clause's words
        (review.designation) — not where the clause cites an article of its own."""
        from .compare.grading import grade
        from .compare.model import Change, Comparison
        from .compare.units import best_unit
        from .designation import designations, elected_articles
        from .governing import _articles

        bare = without_label(probe)
        if not hasattr(self.store, "conn") or "由" not in bare or CITES_ANY.search(clause.text):
            return None
        for d in designations(bare):
            for work_id, number, sentence in elected_articles(self.store, d, self.opts.as_of):
                upper = next((a for a in _articles(self.store, work_id, self.opts.as_of)
                              if a.article == number and not a.article_sub), None)
                if upper is None or self.status.dead(upper, self.opts.as_of):
                    continue
                g = grade("body_changed", {"case": "elected_appointed"}, upper=sentence.strip(),
                          clause=bare[d.start:d.end])
                change = Change("body_changed", g.severity, bare[d.start:d.end], sentence, g.message, d.start,
                                upper.text.find(sentence), strong=g.strong, sure=g.sure)
                unit = best_unit(sentence, upper.text)
                where = f"《{upper.law}》{upper.article_label}{unit.label}"
                return altered_finding(clause, probe, upper, where, Comparison((change,), faithful=False,
                                                                              similarity=0.0),
                                       [change], f"该条款所涉职务的产生方式由{where}规定")
        return None

    def norm_hits(self, clause: Clause, probe: str) -> list[Provision]:
        """The articles of a 法律/行政法规 the law's own wording of the measure ``probe`` lays finds (review.norm_query),
        each stating a time limit itself, best first; none where an article of the clause's own search states its
        figure or lays a limit for the decision in another law (norm_query.special_law_holds)."""
        from .norm_query import measure_queries, special_law_holds, states_limit

        bare = without_label(probe)
        if not hasattr(self.store, "conn") or not self.own_words:
            return []
        out: list[Provision] = []
        for query in measure_queries(bare):
            for h in self._core_hits(query)[:NORM_QUERY_HITS]:
                if h.level in CORE_LEVELS and (h.score or 0) >= CORE_MIN_SCORE and states_limit(h.text) \
                        and not self.status.dead(h, self.opts.as_of):
                    out.append(h)
        if not out:
            return []
        general = {h.work_id for h in out}
        said = item_with_lead(clause, probe)
        if special_law_holds(bare, self.searched.get(probe) or [], general, SPECIAL_LEVELS, VOTE_MIN_SCORE,
                             UPPER_COMPARED, lambda h: same_matter(bare, h.text) or names_law_subject(said, h)):
            return []
        return out

    def _core_hits(self, text: str) -> list[Provision]:
        """The search's hits for a text of the clause's own (its norm core, its act), searched once per review."""
        if text not in self.core_searched:
            if len(self.core_searched) >= UPPER_MAX_PROBES:
                return []
            self.core_searched[text] = search_read_as_roles(lambda t: self._search(t), text)
        return self.core_searched[text]

    def by_override(self, clause: Clause, probe: str) -> Finding | None:
        """A finding for ``probe`` naming a case an article of a 法律/行政法规 excepts (……的除外, 除……外, 有下列情形之一
        的，不执行……) and laying the rule on it all the same (一律, 也应当, 均须): the exception overridden, whatever
        else the clause restates — a paraphrase the comparison reads as keeping the exception, since it names it."""
        from .compare.model import Comparison

        bare = without_label(probe)
        if not OVERRIDE_WORDS.search(bare) or OWN_EXCEPTION.search(bare) or KEEPS_NEGATION.search(bare):
            return None
        for upper in self.searched.get(probe, [])[:UPPER_COMPARED]:
            if (upper.score or 0) < UPPER_VOTED_SCORE or upper.level not in CORE_LEVELS \
                    or self.status.dead(upper, self.opts.as_of) or cites_another(clause.text, upper):
                continue
            change = overridden_exception(bare, upper.text)
            if change is None:
                continue
            cmp = Comparison((change,), faithful=False, similarity=0.0)
            where = f"《{upper.law}》{upper.article_label}"
            return altered_finding(clause, probe, upper, where, cmp, [change], f"该条款复述{where}")
        return None

    def core_comparisons(self, clause: Clause, probe: str, upper: Provision):
        """The clause set against the unit of ``upper`` it resembles most, then against the whole article (a clause
        on 旧城区改建 resembles the 款 on it most, but alters the 款 before it that gives the choice)."""
        from .compare import cites_article, compare
        from .compare.units import Unit

        yield self.compare_with(clause, probe, upper)
        cites = cites_article(clause.text, upper.law, upper.article, upper.article_sub)
        whole = f"{clause.header}\n{clause.text}" if clause.header else clause.text
        cmp = compare(without_label(probe), upper.text, cites_upper=cites, context=whole)
        cmp = without_gates_laid_elsewhere(cmp, without_label(probe), upper.text, upper, self.store, self.opts.as_of)
        yield without_working_days(cmp, upper, self.days), Unit(upper.text)

    def _search(self, text: str) -> list[Provision]:
        from statutes.search import search

        return search(self.corpus, text, k=UPPER_SEARCH_K, as_of=self.opts.as_of, levels=UPPER_LEVELS,
                      in_force=False, region=_region(self.opts.province))

    def note_unchanged(self, probe: str, cmp) -> None:
        """A probe the search found restating an article (UPPER_MIN_SIMILARITY of it aligned) without altering it:
        no other article is looked for through the laws its subject names."""
        if cmp.similarity >= UPPER_MIN_SIMILARITY:
            self.unchanged.add(probe)

    def whole_article_altered(self, clause: Clause, probe: str, upper: Provision) -> bool:
        """Whether the clause, set against the whole article (not the unit it resembles most), shows a material
        change: a clause noted as restating a provision must restate it, not merely resemble one part of it."""
        from .compare import cites_article, compare

        cites = cites_article(clause.text, upper.law, upper.article, upper.article_sub)
        return bool(compare(probe, upper.text, cites_upper=cites, context=clause.text).material())

    def paraphrased(self, clause: Clause, probe: str) -> Finding | None:
        """A finding for ``probe`` altering, in its own words, the article of the laws its subject names that it
        resembles most (review.subject_laws): a change that stands on its own, on the same matter, only."""
        from .compare.matter import matter_bigrams, names_other_certificate
        from .subject_laws import MIN_COVERAGE, figures_shown, is_general, paraphrased_articles, subject_laws

        if not hasattr(self.store, "conn") or not self.own_words or not can_show_sure(f"{clause.header}{probe}"):
            return None       # (a list item's modal verb is its header's: 应当提交下列材料：（三）……)
        bare = without_label(probe)
        # an item of a list is about what its header names (申领居住证……下列条件：（二）在本县连续居住满三年): the laws
        # and the article are looked for with the header's words too
        about = item_with_lead_in(clause, bare)
        if about not in self.paraphrases:   # a repeated clause: its subject's laws and articles are looked up once
            laws = subject_laws(self.store, about, self.opts.as_of, self.governing)
            self.paraphrases[about] = paraphrased_articles(about, laws)
        for law, upper, _, shared, coverage in self.paraphrases[about]:
            if shared < max(PARAPHRASE_MATTER, PARAPHRASE_SHARE * len(matter_bigrams(about))) and shared < SAME_MATTER:
                continue
            if names_other_certificate(bare, upper.text):
                continue
            if cites_another(clause.text, upper):
                continue
            cmp, unit = self.compare_with(clause, probe, upper)
            # figures only against the laws the document implements or a general administrative law (a law the
            # subject merely names has its own matters, which the clause may speak of apart), modal verbs only
            # against a general administrative law
            figures = figures_shown(law, self.governing, self.store, self.opts.as_of)
            modals = is_general(law, self.store, self.opts.as_of)
            # (a law the clause itself names by its subject, 博物馆 → 博物馆条例: a figure for what the article's figure
            # is for — the same act, the same conduct fined, same_figure_use — is that figure changed)
            # — unless another article the search found, of a law the clause names too, says the clause's figure: the
            # clause restates that one (减按百分之十五的税率 is 企业所得税法 第二十八条's 15%, not 实施条例 第九十一条's 10%
            # changed; a 15个工作日 of 民用机场管理条例 is no article a 大型群众性活动 clause restates)
            own = names_law_subject(about, upper)
            hits = [h for h in self.searched.get(probe, []) if names_law_subject(about, h)]
            # an article read by its matter words alone (subject_laws.weighted_matter: its wording resembles the
            # clause's less than MIN_COVERAGE) shows no figure and no other body: a figure or a body in the clause's
            # own words may be of another object than the article's (有效期最长为三年 is no 15日内 to issue a 居住证;
            # 区县教育行政管理部门按照本市有关规定 in a 直辖市 is no province's power taken)
            by_matter = coverage < MIN_COVERAGE
            changes = [c for c in sure_changes(probe, unit.text, cmp)
                       if not (by_matter and c.kind in MATTER_HIDDEN)
                       and (figures or c.kind not in FIGURE_KINDS or same_limited_act(bare, unit.text, c)
                           or (own and same_figure_for(bare, unit.text, c) and not figure_said_by(c, hits, upper)))
                       and (modals or c.kind != "modal")
                       and not modal_elsewhere(c, probe, unit.text, upper, self.store, self.opts.as_of)
                       and not quoted(probe, c)]
            if changes:
                break
            if cmp.similarity >= UPPER_MIN_SIMILARITY:
                return None     # the clause restates this article, unaltered: no other is tried
        else:
            return None
        where = f"《{upper.law}》{upper.article_label}{unit.label}"
        return altered_finding(clause, probe, upper, where, cmp, changes,
                               f"该条款所涉事项属《{upper.law}》调整，对应其{upper.article_label}{unit.label}",
                               governing=law.why)


MATTER_HIDDEN = (*FIGURE_KINDS, "time_of_day", "body_changed")   # what an article read by matter alone shows not


ITEM_LEAD_IN = re.compile(r"下列[^，。；：:]{0,12}[：:]\s*$")   # 应当符合下列条件： / 按照下列程序办理：


def lead_in_items(clause: Clause, clauses: list[Clause]) -> str:
    """The items a list's lead-in introduces (（一）……（三）after 有下列行为之一的，……罚款：), joined; "" for a clause
    that introduces no list. An item carries the lead-in's last sentence as its header and the lead-in's label."""
    text = clause.text.rstrip()
    if not text.endswith(("：", ":")):
        return ""
    items = []
    for other in clauses[clause.index + 1:]:
        if not other.header or not text.endswith(other.header.strip()) \
                or not (other.label or "").startswith(clause.label or "\0"):
            break
        items.append(other.text)
    return "".join(items)


def item_with_lead_in(clause: Clause, bare: str) -> str:
    """``bare`` (a clause's text) read with the lead-in of the list it is an item of (申领居住证，应当同时符合下列
    条件：+（二）在本县连续居住满三年 → 申领居住证，应当同时符合下列条件：在本县连续居住满三年): the item alone
    does not say what it is about. ``bare`` itself for a clause that is no item or whose header ends in no list's
    lead-in."""
    header = (clause.header or "").strip()
    if not header or not ITEM_LEAD.match(bare) or not ITEM_LEAD_IN.search(header):
        return bare
    return header + ITEM_LEAD.sub("", bare)


# The norm of a clause, searched apart from what a drafter varies (by_norm_core): the figures (两小时内, 三倍),
# modal verbs (应当, 一律, 方可) and local place words (本县, 县) out, and the main phrases without the circumstance the
# sentence opens with (生产经营单位发生生产安全事故后，| 单位负责人接到报告后……报告).
CORE_LEVELS = ("法律", "行政法规")
CORE_MIN_SCORE = 55.0         # a hit of a core probe below this is a resemblance of a few words (its best hit from
                              # articles from UPPER_VOTED_SCORE when the best hits agree on their law: voted_law)
SPECIAL_LEVELS = (*CORE_LEVELS, "地方性法规")   # 行政许可法 第四十二条: 法律、法规另有规定的，依照其规定
NORM_QUERY_HITS = 1           # the hits of a measure's law wording read (review.norm_query): its first
CORE_COMPARED = 4             # the distinct articles (best first) the clause is set against
CORE_MIN_SIMILARITY = 0.25    # share of the clause the comparison aligns with the article's unit
CORE_CLOSE_SCORE = 70.0       # a core hit this close may show a figure without its law agreed on or named (a time
                              # limit of 营业性演出管理条例 is no limit of a 房地产经纪 rule found at 60)
GATE_COMPARED = 3             # the best hits of the clause's search and of its act's (by_gate) set against a gated clause
GATE_MIN_SCORE = 45.0         # … from this score: only a gate on the act the article leaves free counts there
GATE_ACT_SHARE = 0.4          # the act is searched where it keeps this share of the clause's characters
GATE_ACT_MATCH = 0.4          # … and an article found so counts where its phrase holds this share of the act's words
                              # (流转土地的经营权抵押需经承包农户同意 is no 流转 民法典 第三百三十九条 leaves free)
REVERSAL_COMPARED = 3         # the best hits of a reversed clause's search (by_reversal) read for the prohibition
REVERSAL_MIN_SCORE = 35.0     # … from this score: the prohibited act said by the clause is what confirms the article
REVERSAL_CONTEXT = 2          # … or, for a law whose field neither names, matter bigrams around the act shared
REVERSAL_MATTER = 3           # content bigrams the clause shares with the article's sentence holding the prohibition
OPTION_MIN_SCORE = 30.0      # a best hit from here whose alternatives the clause names both of, one fixed (by_option)
CITED_MIN_SCORE = 35.0        # a hit from here may be the article stating the conduct a clause fines (by_cited_fine)
CITED_COMPARED = 5            # the best hits of each search read for it
FIGURE_LAW_SCORE = 30.0      # a best hit from here names a law whose figures are read for the clause's (by_figure_act)
LEAD_MIN_SIMILARITY = 0.3     # … and at least this much (by_lead_law)
LEAD_MARGIN = 0.05            # a lead law's article aligns with the clause this much better than the best hit (by_lead_law)
FIGURE_PAIR_SCORE = 35.0      # a best hit from here whose figure the clause's figure measures the same object of
                              # (by_figure_pair): a close restatement scores low because its figure differs
# an article leaving its figure to other rules: a lower rule's figure is no alteration of it
_LEFT_TO_OTHERS = re.compile(r"由省、自治区、直辖市[^。；]{0,12}?(?:规定|制定)|地方性法规(?:可以)?(?:另行)?规定|另有规定|"
                             r"可以(?:适当)?(?:提高|降低|延长|缩短|增加|减少)")
_LAWS_RESERVED = re.compile(r"法律(?:、行政法规|、法规)?另有规定")
_LIMIT_LEFT = re.compile(r"由省、自治区、直辖市[^。；]{0,12}?(?:规定|制定)|地方性法规(?:可以)?(?:另行)?规定|另有规定|"
                         r"(?:地方人民政府|省、自治区、直辖市)[^。；]{0,40}?(?:可以|有权)[^。；]{0,24}?"
                         r"(?:延长|缩短|调整|提高|降低)")   # 设区的市级以上地方人民政府……可以……对制作发放时限作适当延长
CORE_MIN_CHARS = 12           # a shorter core names too little of a norm to find its article
_CORE_FIGURE = re.compile(r"(?:在|于)?(?:[0-9０-９.]+|[一二两三四五六七八九十百千万半]+)个?"
                          r"(?:工作日|小时|分钟|日|天|周|个月|月|年|周岁|元|万元|倍|%|％)(?:以上|以下|以内|之内|内)?|"
                          r"百分之[一二三四五六七八九十百零点]+|千分之[一二三四五六七八九十零点]+|万分之[一二三四五六七八九十零点]+")
_CORE_MODAL = re.compile(r"应当|必须|可以|一律|统一|方可|均须|须|需")
_CORE_PLACE = re.compile(r"本(?:省|市|县|区|镇|乡)(?![人政])")


# an opening phrase that is only the circumstance of the norm (事故发生后, 接到报告时, 在征收过程中), not its conduct
# (单位占用疏散通道的 is the conduct a fine is for: the main phrases without it are a bare 责令改正，处罚款)
_CIRCUMSTANCE = re.compile(r"(?:后|时|前|中|期间|以来)$")


def norm_core_probes(text: str) -> list[str]:
    """The texts the search is asked for a clause's norm (by_norm_core): the clause without figures, modal verbs and
    local place words, and the same without its opening phrase where that is only a circumstance."""
    core = _CORE_PLACE.sub("", _CORE_MODAL.sub("", _CORE_FIGURE.sub("", text)))
    core = re.sub(r"[，,]{2,}", "，", core).strip("，,。；; ")
    out = [core] if len(core) >= CORE_MIN_CHARS and core != text.strip("。；; ") else []
    phrases = [p for p in re.split(r"[，,]", core) if p]
    if len(phrases) >= 2 and _CIRCUMSTANCE.search(phrases[0]):
        tail = "，".join(phrases[1:])
        if len(tail) >= CORE_MIN_CHARS:
            out.append(tail)
    return out


_PROCEDURE_TITLE = re.compile(r"^(?:中华人民共和国)?|(?:法实施条例|法|条例)$")


def names_procedure(title: str, text: str) -> bool:
    """Whether ``text`` names the procedure a general law of administrative procedure is titled by (行政复议 of
    行政复议法, 政府信息公开 of 政府信息公开条例): only then is its time limit the clause's."""
    core = _PROCEDURE_TITLE.sub("", title or "")
    return len(core) >= 2 and (core in text or procedure_acts_named(core, text))


def procedure_acts_named(core: str, text: str) -> bool:
    """Whether ``text`` names the procedure ``core`` (行政许可) by its acts (受理……许可申请, 准予许可或者不予许可):
    the lexicon concepts review.compare.vocabulary.PROCEDURE_NAMED gives for it, where there are any."""
    from .compare.vocabulary import procedure_named_rx

    rx = procedure_named_rx(core)
    return rx is not None and rx.search(text) is not None


def names_law_subject(probe: str, upper: Provision) -> bool:
    """Whether the clause itself speaks of the subject of the law ``upper`` belongs to (same_subject on the clause's
    own words, not the document's), the law being no law of every field (民法典, 行政处罚法)."""
    from .compare.vocabulary import GENERAL_LAW_RX

    return not GENERAL_LAW_RX.search(upper.law or "") and same_subject(upper.law, without_label(probe))


SHORT_TITLE_CORE = 4     # a title core this short (校车安全, 食品安全) is one regulated thing and one aspect of it


def names_own_law(probe: str, upper: Provision) -> bool:
    """Whether the clause names the subject of ``upper``'s law: in its own words (names_law_subject), or as the party
    or thing its norm binds (names_regulated_party)."""
    return names_law_subject(probe, upper) or names_regulated_party(probe, upper.law)


def item_with_lead(clause: Clause, probe: str) -> str:
    """The item ``probe`` read with its list's lead-in, which names what the items are about (在本县成立社会团体，应当具备
    下列条件：（五）……活动资金不少于十万元: the item's law is the one of 社会团体); any other probe as it stands."""
    bare = without_label(probe)
    return f"{clause.header}{bare}" if clause.header and ITEM_LEAD.match(bare) else probe


def names_regulated_party(probe: str, law: str) -> bool:
    """Whether the bearer of the clause's norm (its words before the first modal verb, any public body's name left
    out) names the thing a short title regulates — the opening pair of a core of SHORT_TITLE_CORE characters or
    fewer, the rest being the aspect regulated (校车 of 校车安全管理条例 in 校车驾驶人应当年满……; same_subject asks two
    pairs of such a core, and 车安, 安全 are no words of the clause)."""
    from .compare.vocabulary import GENERAL_LAW_RX, MODAL_RX
    from .norms.takeover import BODY_RX

    core = _TITLE_NOISE.sub("", law or "")
    if not 3 <= len(core) <= SHORT_TITLE_CORE or GENERAL_LAW_RX.search(law or ""):
        return False
    text = without_label(probe)
    m = MODAL_RX.search(text)
    if m is None:
        return False
    who = BODY_RX.sub("|", re.split(r"[。；]", text[:m.start()])[-1])
    return core[:2] in who


def quoted(probe: str, change) -> bool:
    """Whether the words a change names stand inside quotation marks of the clause (根据《动物防疫法》第三十条第五款
    “饲养犬只防疫管理的具体办法，由县级人民政府制定”的规定): a quotation of the law, which the citation check
    compares with the article (review.citations), not the clause's own norm."""
    from .governing import in_quotation

    return in_quotation(without_label(probe), change.clause_span)




# the kinds that may make specific provisions within a sanction's range the upper law sets (行政处罚法 第十三条、第十四条)
RULE_KINDS = ("部门规章", "地方政府规章")


def specified_in_range(finding: Finding) -> bool:
    """Whether an UPPER-ALTERED finding reports only fines a 规章 fixed inside the upper law's range (并处骗取金额
    五倍的罚款 for 社会保险法 第八十七条's 二倍以上五倍以下): lawful specification, not an alteration."""
    from .compare.amounts import specified_within
    from .compare.model import Change

    if finding.rule != "UPPER-ALTERED":
        return False
    changes = ((finding.detail or {}).get("comparison") or {}).get("changes") or []
    material = [c for c in changes if c.get("severity") in ("error", "warning")]
    return bool(material) and all(specified_within(Change(**c)) for c in material)


# the implementing instrument of a law, named after it (《中华人民共和国烟草专卖法实施条例》 for 《中华人民共和国烟草专卖法》)
IMPLEMENTING_SUFFIXES = ("实施条例", "实施细则", "实施办法")


def implements(law: str, parent: str) -> bool:
    """Whether ``law`` is ``parent``'s implementing regulation, rules or measures, by its title."""
    return law.startswith(parent) and law[len(parent):] in IMPLEMENTING_SUFFIXES


def altered_finding(clause: Clause, probe: str, upper: Provision, where: str, cmp, changes: list, lead: str,
                    governing: str = "") -> Finding:
    """An UPPER-ALTERED finding: ``lead`` (which article, and its 款 or 项) and what the clause changed, the worst
    first and, among equals, the changes that stand on their own."""
    changes = sorted(changes, key=lambda c: (-rank(c.severity), not c.strong))
    worst = changes[0]
    quote = worst.clause_span if worst.clause_span and worst.clause_span in clause.text else probe.strip()
    if quote not in clause.text and worst.clause_span and worst.clause_span in (clause.header or ""):
        # an item read with its list's lead-in (item_with_header): the altered words stand in the lead-in
        from .compare.phrases import PHRASE_END, bounds

        s, e = bounds(clause.header, clause.header.find(worst.clause_span), PHRASE_END)
        quote = clause.header[s:e].strip("，,；;：:。 ")
    # the same change made at several places (两款 each raising 200元 to 1000元): the words from the first to the last
    bare = without_label(probe)
    at = clause.text.find(bare)
    places = sorted({(c.clause_start, c.clause_start + len(c.clause_span)) for c in cmp.material()
                     if c.message == worst.message and c.clause_start >= 0 and c.clause_span
                     and bare[c.clause_start:c.clause_start + len(c.clause_span)] == c.clause_span})
    if at >= 0 and len(places) > 1:
        quote = clause.text[at + places[0][0]:at + max(e for _, e in places)].strip()
    detail = {"comparison": cmp.to_dict()}
    if governing:
        detail["governing"] = governing
    return Finding(
        rule="UPPER-ALTERED", category="upper-law", severity=worst.severity,
        title="改动上位法条文", clause=clause, quote=quote,
        problem=f"{lead}，但有改动：" + "；".join(c.message for c in changes) + "。",
        suggestion=f"按{where}的原文表述，或删除该条款直接援引上位法。",
        basis=(upper,), upper=upper, detail=detail)



def title_core(law: str) -> str:
    """A law's title without 中华人民共和国, 条例, 办法, 管理 … (``_TITLE_NOISE``): 工伤保险 of 工伤保险条例."""
    return _TITLE_NOISE.sub("", law or "")


def title_pairs(law: str) -> set[str]:
    """The character pairs of a law's title core (``title_core``): 工伤, 伤保, 保险."""
    core = title_core(law)
    return {core[i:i + 2] for i in range(len(core) - 1)}


TITLE_CORE_MIN = 3      # characters of a law's title core (不动产登记, 工伤保险, 特种设备安全) a clause must name whole


def names_title_core(law: str, text: str) -> bool:
    """Whether ``text`` names the whole core of the law's title (不动产登记 of 不动产登记暂行条例), at least
    TITLE_CORE_MIN characters: the clause speaks of the law's own subject."""
    core = title_core(law)
    return len(core) >= TITLE_CORE_MIN and core in text


def names_title_pair(law: str, text: str) -> bool:
    """Whether ``text`` names a character pair of the law's title core (工伤 of 工伤保险条例; see ``same_subject``)."""
    return any(p in text for p in title_pairs(law))


KEPT_MIN_CHARS = 6      # a dropped phrase this long found in another item of the list was moved, not dropped
_ITEM_MARK = re.compile(rf"{ITEM_MARK}$")


def list_of(clause: Clause) -> tuple:
    """The list an item clause belongs to: its header, or the label it is an item of (三、（二）4、 → 三、（二）);
    () for a clause that is no item of a list."""
    parent = _ITEM_MARK.sub("", clause.label or "")
    if clause.header:
        return ("header", clause.header)
    return ("label", parent) if parent and parent != clause.label else ()


def sibling_texts(clauses: list[Clause], clause: Clause, cache: dict[tuple, str]) -> str:
    """The text of the items of the clause's list (``list_of``), normalised (statutes.search.normalise)."""
    from statutes.search import normalise

    key = list_of(clause)
    if key not in cache:
        cache[key] = normalise("\n".join(c.text for c in clauses if list_of(c) == key))
    return cache[key]


def kept_elsewhere(change, normalised_text: str) -> bool:
    """Whether a duty or right an item "drops" stands in another item of its list (a list restating an article
    item by item: 5、……可以由其监护人、近亲属代为申领居住证 in the next item); ``normalised_text``: the list's items
    (``sibling_texts``). Another article of the document stating the same duty for another procedure does not
    count: there the duty is dropped."""
    from statutes.search import normalise

    if change.kind != "duty_removed" or not change.upper_span or not normalised_text:
        return False
    phrase = normalise(change.upper_span)
    return len(phrase) >= KEPT_MIN_CHARS and phrase in normalised_text


def remedy_under_law(clause: Clause) -> bool:
    """Whether the clause (with its list header) describes a remedy the law in force gives (当事人对……决定不服的，可以
    依法申请行政复议): it defers to whatever law now provides it, so a repealed instrument that said the same thing is
    not its basis."""
    from .norms.lexicon import default_lexicon

    lexicon = default_lexicon()
    whole = f"{clause.header}{clause.text}"
    return lexicon.has("context.description", whole) and lexicon.has("basis.general", whole)


def repealed_restatement(clause: Clause, probe: str, upper: Provision, repeal_date: str) -> Finding | None:
    """A clause that restates a provision of a repealed or lapsed instrument (the 社会抚养费征收管理办法) has
    lost its basis: a repealed-law finding, never a "faithful restatement" that would excuse the measure."""
    from statutes.search import is_match

    from .compare import compare

    if not is_match(upper, probe):
        return None
    if remedy_under_law(clause):
        return None
    cmp = compare(probe, upper.text)
    if cmp.similarity < FAITHFUL_MIN_SIMILARITY:
        return None
    return Finding(
        rule="UPPER-REPEALED", category="repealed-law", severity="error", title="复述已废止（失效）的法规规定",
        clause=clause, quote=probe.strip(),
        problem=f"{_restated_repealed(upper, cmp.similarity, repeal_date)}，所复述的规定已失去依据。",
        suggestion="删除该条款，或者依照现行有效的法律法规重新规定。",
        basis=(upper,), upper=upper, detail={"comparison": cmp.to_dict(), "repeal_date": repeal_date,
                                             "law": upper.law})


def _restated_repealed(upper: Provision, similarity: float, repeal_date: str) -> str:
    """该条款复述《X》第N条（比对一致部分约S%），该法规已于……废止（失效）: the head of every repealed-law finding."""
    when = f"已于{cn(repeal_date)}废止（失效）" if repeal_date else "已废止（失效）"
    return f"该条款复述《{upper.law}》{upper.article_label}（比对一致部分约{similarity:.0%}），该法规{when}"


def living_successor(probe: str, candidates: list[Provision], dead_of) -> tuple[Provision, float] | None:
    """The article in force among ``candidates`` (the search's best hits, and the closest article of the instrument
    that replaced the repealed one) that restates ``probe`` most closely, with its similarity, when it is at least a
    faithful restatement's: the repealed rule lives on (水污染防治法 第六十五条 in 生态环境法典 第三百一十九条, since
    2026-08-15). ``dead_of``: a hit's repeal date on the review date, None when in force."""
    from statutes.search import is_match

    from .compare import compare

    best = None
    for hit in candidates:
        if dead_of(hit) is not None or not is_match(hit, probe):
            continue
        similarity = compare(probe, hit.text).similarity
        if similarity >= FAITHFUL_MIN_SIMILARITY and (best is None or similarity > best[1]):
            best = (hit, similarity)
    return best


def successor_named(repealed: Finding, successor: Provision, sure: bool = True) -> Finding:
    """A repealed-law finding for a clause whose rule lives on, changed, in ``successor`` (大气污染防治法 第八十二条 in
    生态环境法典 第二百五十一条, where 城市人民政府 became 县级以上地方人民政府): the basis moved, it was not lost — a warning
    that names the article in force to revise the clause against. ``sure`` False: the closest article of the replacing
    instrument, which restates the clause less closely (widened, reworded), named for the reviewer to check."""
    law = repealed.detail["law"]
    head = _restated_repealed(repealed.upper, repealed.detail["comparison"]["similarity"], repealed.detail["repeal_date"])
    moved = (f"相应规定现见《{successor.law}》{successor.article_label}，文字有所变化。" if sure else
             f"取代它的《{successor.law}》中最接近的是{successor.article_label}，请对照现行规定核对。")
    return replace(repealed, severity="warning", problem=f"{head}；{moved}", basis=repealed.basis + (successor,),
                   suggestion=f"依照《{successor.law}》{successor.article_label}修改该条款，不再援引《{law}》的表述。",
                   detail={**repealed.detail, "successor": f"《{successor.law}》{successor.article_label}"})


_NON_CONTENT = re.compile(r"[\d０-９.．%％]+|[〇零一二三四五六七八九十百千万亿两]+(?=[元倍日年月个%])|元|以上|以下|"
                          r"并处|处以?|罚款|没收|警告|责令|限期|改正|违法所得|或者|可以|应当|的|[、，。；：“”《》（）\s]")


def substantive_overlap(probe: str, upper_text: str, min_chars: int = 5) -> bool:
    """Whether the clause shares real content with the article, not only a fine amount or the words of a
    penalty formula ("处一千元以上五千元以下罚款" matches any article with the same amounts). Counts the
    characters of the clause's longest common substring with the article once digits, numerals and the
    penalty formula words are taken out."""
    a = _NON_CONTENT.sub("", probe)
    b = _NON_CONTENT.sub("", upper_text)
    if not a or not b:
        return False
    best, n = 0, len(a)
    for i in range(n):
        lo = best + 1
        while i + lo <= n and a[i:i + lo] in b:
            best = lo
            lo += 1
    return best >= min_chars


# the measure an upper article provides, by the category of the finding that a clause sets it (without_restated_settings)
MEASURE_RX = {
    "penalty": re.compile(r"罚款|警告|没收|吊销|暂扣|拘留|责令停产停业|责令关闭|通报批评|降低资质|限制从业|行政处罚"),
    "license": re.compile(r"许可|批准|审批|核准|登记|备案"),
    "coercion": re.compile(r"查封|扣押|冻结|强制|加处罚款|滞纳金|停止供水|停止供电"),
    "fee": re.compile(r"收费|费用|缴纳|征收"),
}


def without_restated_settings(findings: list[Finding], matched: dict, clauses: list[Clause]) -> list[Finding]:
    """A clause that faithfully restates an upper provision does not itself set a licence, penalty, coercive
    measure or fee: drop those findings (legal-checks.md §1 and §10 traps). Nor does a clause that restates such a
    provision of a 法律 or 行政法规 and alters it (a fine outside its range, 不予处罚 made 从轻): the problem is the
    alteration, reported once as UPPER-ALTERED naming the article (one finding per problem). Unless the clause heads
    a list with an item the provision lacks: a penalty header restated over a conduct of the document's own sets a
    penalty for it (review.provided.items_stand)."""
    from .provided import items_stand

    by_index = {c.index: c for c in clauses}

    def restated(f: Finding) -> bool:
        if f.clause is not None and f.category in RESTATED_RESTRICTIONS and f.clause.index in matched:
            # round 31 (look31): a restriction a 法律 or 行政法规 lays, restated faithfully (中学、小学校园周围二百米范围内
            # ……不得设立互联网上网服务营业场所: 互联网上网服务营业场所管理条例 第九条) — the law provides it
            upper, faithful = matched[f.clause.index]
            return faithful and upper is not None and upper.level in CORE_LEVELS \
                and substantive_overlap(without_label(f.quote or ""), upper.text or "")
        if f.clause is None or f.category not in SET_BY_UPPER or f.clause.index not in matched or adds_to_upper(f):
            return False
        upper, faithful = matched[f.clause.index]
        own = by_index.get(f.clause.index)
        if upper is not None and own is not None and not items_stand(own, clauses, upper.text or ""):
            return False
        # the measure the finding quotes (罚款, 收费, 审批 …) is not in the article at all: the clause adds it, whatever else
        # it restates (单位逾期不缴住房公积金的，处二万元罚款 against 住房公积金管理条例 第三十八条's 责令限期缴存、申请强制执行)
        named = set(MEASURE_RX[f.category].findall(f.quote or ""))
        if upper is not None and named and not any(m in (upper.text or "") for m in named):
            return False
        # round 32 (look32): a sanction of the sentence the law does not name (并吊销其营业执照 after 无线电管理条例 第七十条's
        # 没收、罚款) is the clause's own, however faithfully the rest restates the article
        sentence = sentence_of(f.clause.text, max(f.clause.text.find(f.quote or ""), 0))
        if upper is not None and f.category == "penalty" \
                and not all(m in (upper.text or "") for m in MEASURE_RX["penalty"].findall(sentence)):
            return False
        return faithful or (upper is not None and upper.level in CORE_LEVELS
                            and bool(MEASURE_RX[f.category].search(upper.text or "")))
    return [f for f in findings if not restated(f)]


def with_folded_settings(findings: list[Finding], upper: list[Finding], matched: dict,
                         clauses: list[Clause]) -> list[Finding]:
    """The upper-law findings, each UPPER-ALTERED one carrying the categories of the 设定 findings its clause had
    (without_restated_settings dropped them for the alteration): a fine outside the law's range is one problem of
    both the penalty and the upper-law kind, reported once."""
    folded: dict[int, list[Finding]] = {}
    kept = {id(f) for f in without_restated_settings(findings, matched, clauses)}
    for f in findings:
        if id(f) not in kept and f.clause is not None and not matched[f.clause.index][1]:
            folded.setdefault(f.clause.index, []).append(f)
    out = []
    for f in upper:
        others = folded.get(f.clause.index if f.clause is not None else -1)
        if f.rule == "UPPER-ALTERED" and others:
            categories = list(dict.fromkeys([f.category, *(o.category for o in others)]))
            merged = [{"rule": o.rule, "category": o.category, "severity": o.severity, "title": o.title,
                       "problem": o.problem} for o in others]
            f = replace(f, detail={**f.detail, "categories": categories, "merged": merged})
        out.append(f)
    return out


# -- bases ---------------------------------------------------------------------------------------------
class BasisResolver:
    """Replaces a rule's Basis with the verified Provision from the corpus (cached per run)."""

    def __init__(self, store):
        self.store = store
        self.cache: dict = {}

    def resolve(self, basis) -> object:
        if isinstance(basis, Provision) or not getattr(basis, "article", 0):
            return basis
        key = (basis.law, basis.article, basis.article_sub, basis.paragraph, basis.item)
        if key not in self.cache:
            self.cache[key] = self._lookup(basis) or basis
        return self.cache[key]

    def _lookup(self, b) -> Provision | None:
        works = [w for w in self.store.find_works(b.law) if w.has_text]
        if len(works) != 1:
            return None
        v = works[0].version_as_of(None)
        if v is None:
            return None
        return self.store.provision(v.version_id, b.article, b.article_sub, b.paragraph or None, b.item or None)

    def finding(self, f: Finding) -> Finding:
        if not f.basis:
            return f
        return replace(f, basis=tuple(self.resolve(b) for b in f.basis))


def anchor_quote(f: Finding, text: str) -> Finding:
    """Every quote is an exact substring of the document: a quote built from metadata (a title joined from
    two lines) falls back to its clause's text, and a document-level finding about an absence to no quote."""
    if not f.quote:
        return f
    if f.clause is not None:                     # look where the quote should be before scanning the whole text
        pad = len(f.quote)
        if text.find(f.quote, max(0, f.clause.start - pad), f.clause.end + pad) >= 0:
            return f
    if f.quote in text:
        return f
    if f.clause is not None and f.clause.text in text:
        return replace(f, quote=f.clause.text)
    return replace(f, quote="")


# -- the whole review ----------------------------------------------------------------------------------
def document_kind(doc: Document, opts: ReviewOptions):
    """The document's kind (review.kinds.DocKind): read from the text, or forced by ``opts.kind``."""
    from dataclasses import replace as _replace

    from .kinds import CONTRACT, NORMATIVE, DocKind
    from .metadata import find_kind

    info = doc.kind_info
    if info is None:
        info = find_kind(doc.title, [p.text for p in doc.paragraphs], doc.text, issuer=doc.issuer,
                         doc_number=doc.doc_number, validity=doc.validity, issued=doc.date or "")
    if opts.kind == "contract" and info.kind != CONTRACT:
        info = DocKind(CONTRACT, draft=info.draft, evidence=("按审查人指定（--kind contract）",), issuer=info.issuer)
    elif opts.kind == "normative" and info.kind == CONTRACT:
        info = _replace(info, kind=NORMATIVE, evidence=("按审查人指定（--kind normative）",))
    elif info.kind != CONTRACT and opts.kind is None and _is_contract(doc, opts):
        info = DocKind(CONTRACT, draft=info.draft, evidence=(doc.title,), issuer=info.issuer)
    return info


def applicable_rules(rules, kind: str, topics=None) -> list:
    """The rules that apply to a document of ``kind``: each rule's ``kinds`` (review/packs/README.md), the sweep
    topics, and for agreements only the normative rules that also bind a contract."""
    from .kinds import CONTRACT

    out = [r for r in rules if r.applies_to_kind(kind)]
    if kind == CONTRACT:   # an agreement sets no licence, penalty or fee: only these normative packs apply to it
        out = [r for r in out if r.category in CONTRACT_CATEGORIES or "contract" in r.topics]
    else:
        out = [r for r in out if "contract" not in r.topics]
    return out


def document_tags(info, title: str = "") -> tuple[str, ...]:
    """Facts about the document that a rule may test with ``doc_kinds``/``not_doc_kinds``: its kind, 草案,
    国家机关文件 for a national body's document (no provincial 有效期 rule binds it), and 转发上级文件 for a notice
    that passes on a higher body's document (review.kinds.forwards_higher: its 有效期 is that body's)."""
    from .kinds import forwards_higher, talent_card

    tags = [info.kind]
    if info.draft:
        tags.append("草案")
    if info.issuer.level == "国家":
        tags.append("国家机关文件")
    if forwards_higher(title, info.issuer):
        tags.append("转发上级文件")
    if talent_card(title):
        tags.append("人才居住证")
    elif "居住证" in (title or ""):
        tags.append("居住证文件")       # a document on the 条例's 居住证 (its 办理须知, 实施细则): C-PROOF-PERMIT-ADDRESS
    if "积分" in (title or ""):
        tags.append("积分文件")         # a points scheme (积分入学, 积分入户, its 积分表): a cell is a scored criterion, FP-COMPLY-POINTS
    return tuple(tags)


# from this many clauses on, the rule stage runs on two processes where it can (review/fork_map.py): about a second
# of rules on one core, where a fork costs a few hundredths (a 20 MB text has 90,000 clauses, a long regulation 500)
FORK_CLAUSES = 3000


def clause_map(clauses: list[Clause]):
    """How the rule stage maps over ``clauses`` (``review.match.apply_rules``): on two processes for a very large
    document where that is safe (``review.fork_map.usable``), else here (None)."""
    if len(clauses) < FORK_CLAUSES:
        return None
    from .fork_map import fork_map, usable

    return fork_map if usable() else None


def review_document(doc: Document, store, rules, opts: ReviewOptions, clauses: list[Clause] | None = None):
    """Review one read document; returns an ``Opinion``. ``clauses``: ``split_clauses(doc)`` when the caller has
    them already (a sweep needs them again for the disposition), else split here."""
    from .agencies import merge_agency_findings
    from .clauses import split_clauses
    from .kinds import CONTRACT
    from .match import apply_rules
    from .merge import merge_findings
    from .office import remit
    from .opinion import Opinion

    timer = _Timer()
    t = time.perf_counter()
    clauses = split_clauses(doc) if clauses is None else clauses
    t = timer.lap("clauses", t)

    info = document_kind(doc, opts)
    doc = replace(doc, kind=info.kind, draft=info.draft, kind_info=info)
    scope = remit(info, opts.office, opts.joint)
    contract = info.kind == CONTRACT
    rules = applicable_rules(rules, info.kind)
    if not scope.ours:   # another body's 有效期 and procedure are its own business (listed, not disposed of) — but
        # an old one's missing 有效期 is told to its maker (review.validity.missing_told_to_maker, below)
        rules = [r for r in rules if r.category not in ("validity", "procedure") or r.id == "P-VALIDITY-MISSING"]
    tags, contract_kind = document_tags(info, doc.title), None
    if contract:
        from .contracts import classify_contract

        contract_kind = classify_contract(doc)
        tags = tags + contract_kind.tags   # e.g. 行政协议, 竞争性选定: facts some rules depend on
    from .agencies import agency_findings, fold_defined, is_agency_rule

    kw = {"province": opts.province, "topics": opts.topics, "doc_kinds": tags, "clause_map": clause_map(clauses)}
    agency_rules = [r for r in rules if is_agency_rule(r)]
    pack_rules = [r for r in rules if not is_agency_rule(r)]
    if opts.topics and SWEEP_CONTENT in opts.topics:   # only the content rules whose findings a sweep can keep
        pack_rules = [r for r in pack_rules if not _content_only(r) or
                      (r.norm and _sweep_may_keep(r.severity, r.category, r.id))]
    # one pass over the clauses for the pack's rules and the agency rules (each clause's keys found once, a very
    # large document forked once); their findings are then taken apart by the rule's kind
    both = apply_rules(pack_rules + agency_rules, clauses, doc, opts.as_of, per_sentence=is_agency_rule, **kw)
    agency_ids = {r.id for r in agency_rules}
    findings = [f for f in both if f.rule not in agency_ids]
    if opts.topics and SWEEP_CONTENT in opts.topics:
        findings = sweep_content(findings, rules)
    from .cited_basis import approval_cited_before, unverified_basis

    findings = unverified_basis(approval_cited_before(findings), store, doc.text)   # 依照《X》 the corpus lacks: ask to check the basis
    findings += agency_findings(agency_rules, clauses, doc, opts.as_of,
                                found=[f for f in both if f.rule in agency_ids], **kw)
    findings = fold_defined(merge_agency_findings(findings), clauses)
    if not opts.topics or "validity" in opts.topics:       # a county-level division abolished since (tables/divisions.toml)
        from .divisions import abolished_divisions

        findings += abolished_divisions(doc, clauses, opts.as_of)
    if scope.ours and info.kind in LAPSING and (not opts.topics or "validity" in opts.topics):
        from .kinds import WITH_VALIDITY
        from .presumption import document_places, validity_defaults
        from .validity import anchor_missing, instrument_places, presume, trial_lapsed, validity_findings

        cleanup = opts.topics is not None        # a sweep: an undated document is an existing one, to be dated
        lapsed = validity_findings(doc, clauses, opts.as_of, cleanup)
        defaults = validity_defaults(rules, opts.province, opts.presume_validity,   # the office's setting, else
                                     document_places(info.issuer.region))       # the rule where it was made
        if info.kind not in WITH_VALIDITY and not lapsed:       # a guide or an annex on trial
            lapsed = trial_lapsed(doc, clauses, opts.as_of, defaults)
        if not lapsed:       # a standing instrument's transitional duty whose fixed deadline has passed
            from .validity import spent_deadlines

            findings += spent_deadlines(doc, clauses, opts.as_of)
        findings = [presume(anchor_missing(f, doc, clauses), doc, opts.as_of, defaults, cleanup) for f in findings
                    if not (lapsed and f.rule == "P-VALIDITY-MISSING")] + lapsed
        findings = [instrument_places(f, doc, clauses) for f in findings]
    elif info.kind in LAPSE_TOLD and (not opts.topics or "validity" in opts.topics):
        from .validity import instrument_places, lapse_told_to_maker, validity_findings

        # another body's document (listed, not disposed of): its 有效期 or plan period that ended is a fact of the
        # document the office lists it with and tells its maker of (the labels' "供制定机关参考：……已届期"); the 有效期 it
        # lacks is its maker's own procedure and stays unsaid
        told = [instrument_places(lapse_told_to_maker(f, doc), doc, clauses)
                for f in validity_findings(doc, clauses, opts.as_of)
                if f.rule in ("P-VALIDITY-EXPIRED", "P-PERIOD-ENDED")]
        # … and so is an old local 规范性文件's missing 有效期 (P-VALIDITY-MISSING: the rule's own kinds and guards — not a
        # 国家机关文件, not a 转发), when the term its kind commonly has has run and no lapse stands already
        from .kinds import WITH_VALIDITY

        if not told and info.kind in WITH_VALIDITY:
            from .presumption import document_places, validity_defaults
            from .validity import anchor_missing, missing_told_to_maker

            defaults = validity_defaults(rules, opts.province, None, document_places(info.issuer.region))
            told = [instrument_places(m, doc, clauses) for f in findings if f.rule == "P-VALIDITY-MISSING"
                    if (m := missing_told_to_maker(anchor_missing(f, doc, clauses), doc, opts.as_of, defaults))]
        findings = [f for f in findings if f.rule != "P-VALIDITY-MISSING"] + told
    # the maker renamed asks the body that holds its duties now to re-issue or repeal the document: a question for the
    # maker's own cleanup, not for an office that only lists another body's document (a ministry's notice in a city
    # archive, remit)
    # … not when the document has lapsed by its own term or plan period (P-VALIDITY-EXPIRED, P-PERIOD-ENDED): it is listed
    # as invalid, and a maker's new name amends nothing (D149, a labelled look-alike: "文件已失效，无需改名")
    if not scope.ours and not (info.kind in LAPSING and (not opts.topics or "validity" in opts.topics)):
        findings = [f for f in findings if f.rule != "P-VALIDITY-MISSING"]      # kept above only to be told to the maker
    lapsed_itself = any(f.rule in ("P-VALIDITY-EXPIRED", "P-PERIOD-ENDED") for f in findings)
    if scope.ours and not lapsed_itself and (not opts.topics or "agency" in opts.topics):
        from .agencies import issuer_findings

        findings += issuer_findings(doc, rules, opts.as_of)
    t = timer.lap("rules", t)

    findings += citation_findings(doc, clauses, rules, store, opts)
    from .cited_words import within_cited_words

    findings = within_cited_words(findings, store, opts.as_of)   # an old name that is the cited article's own words
    t = timer.lap("citations", t)

    matched: dict = {}
    if opts.upper_law and (not opts.topics or SWEEP_UPPER_LAW in opts.topics):
        # a review, or a sweep asked for the corpus-wide comparison (SweepOptions.upper_search; off by default)
        setting = {f.clause.index for f in findings if f.clause is not None and f.category in SET_BY_UPPER}
        from .governing import governing_laws
        from .unheld_text import without_unheld

        laws = governing_laws(store, doc.title, doc.text, opts.as_of) if hasattr(store, "conn") else []
        upper, matched = upper_law_findings(clauses, store, opts, setting, topic=doc.text, governing=laws,
                                            own_words=info.kind != CONTRACT)
        upper, matched, laws = without_unheld(upper, matched, laws, store, opts.as_of)
        findings = (without_provided(without_restated_settings(findings, matched, clauses), clauses, laws)
                    + with_folded_settings(findings, upper, matched, clauses))
    elif opts.topics and SWEEP_UPPER_LAW in opts.topics and hasattr(store, "conn"):
        from .governing import governing_laws
        from .unheld_text import without_unheld

        laws = governing_laws(store, doc.title, doc.text, opts.as_of)
        # the laws the document implements, and each clause the document's laws leave unjudged against the law its
        # own search says it regulates under (review.clause_laws: a 居住证 measure's clause on 不动产登记)
        from .clause_laws import sweep_upper_findings

        upper = sweep_upper_findings(clauses, store, opts.as_of, doc.title, laws, working_days=WorkingDays(store),
                                     text=doc.text)
        upper, _, checked = without_unheld(upper, {}, laws, store, opts.as_of)
        findings = without_provided(findings, clauses, checked) + upper
    if info.kind in RULE_KINDS:
        findings = [f for f in findings if not specified_in_range(f)]
    from .gate_in_law import without_laws_gates

    findings = without_laws_gates(findings, store, opts.as_of)    # a gate a 法律 or 行政法规 lays, restated (N1)
    t = timer.lap("upper_law", t)

    if contract and (not opts.topics or "contract" in opts.topics):
        from .contracts import contract_findings

        findings += contract_findings(doc, clauses, rules, opts.as_of, kind=contract_kind)
        t = timer.lap("contract", t)
    from .match import without_yielded

    findings = without_lookalikes(findings, store, opts.as_of)   # the lawful shapes every content rule is read against
    findings = [f for f in findings if not aid_procedure(f, doc.text)]
    findings = without_yielded(findings, rules)   # a general rule gives way to the specific one on the same words

    findings = cap_findings(findings, rules)
    resolver = BasisResolver(store)
    findings = [anchor_quote(resolver.finding(f), doc.text) for f in findings]
    findings = [when_it_arose(f, doc, rules) for f in findings]
    findings = merge_findings([tidy(f, doc.text) for f in findings])
    from .categories import read_categories

    # every category the norm of a finding's sentence shows, not only its rule's (a benefit withdrawn as a sanction is
    # a penalty and a right reduced): added to the findings that stand, none made or dropped
    findings = read_categories(findings)
    from .agencies import fold_repeated

    # one finding per old body per document, among the agency findings that stand on their own (a place merged into
    # another category's finding on the same words, or that gave way to it, is that finding's)
    findings = fold_repeated(findings)
    from .merge import fold_document_repeats, list_clause_repeats

    # one finding per document for a rule whose problem is the same at every place (an abolished institution); a
    # rule's other places in the clause it quotes (other rows of a table) named in its finding
    findings = list_clause_repeats(fold_document_repeats(findings))
    findings = [standing_quote(f, doc.text) for f in findings]
    from .merge import placed_in_document

    findings = [placed_in_document(f, doc.text) for f in findings]
    from .wording import localize

    findings = localize(findings, opts.province, doc)   # 本省 → 本市 for a 直辖市's document
    timer.lap("bases", t)

    stats = {"timings_ms": timer.stats, "clauses": len(clauses), "restated_provisions": len(matched),
             "contract": contract, "kind": info.to_dict(), "remit": scope.to_dict()}
    return Opinion.build(doc, findings, as_of=opts.as_of, snapshot=store.snapshot(),
                         clauses_reviewed=len(clauses), stats=stats, remit=scope)


SWEEP_CONTENT = "content"
# the sweep's upper-law topic: only the laws the document implements (review.governing), not the corpus-wide search
SWEEP_UPPER_LAW = "upper-law"


def governing_findings(doc: Document, clauses: list[Clause], store, as_of: str, laws=None) -> list[Finding]:
    """The clauses that alter the 法律/行政法规 the document implements (a time limit extended, a fine above the
    ceiling): a few hundred articles compared, where the corpus-wide search compares 150,000. ``laws``: those laws,
    when the caller has them (review.governing.governing_laws)."""
    from .governing import altered_clauses, governing_laws

    if laws is None:
        laws = governing_laws(store, doc.title, doc.text, as_of)
    return altered_clauses(clauses, laws, working_days=WorkingDays(store)) if laws else []
# warnings a sweep keeps too: proof demands are a cleanup campaign of their own (国办发〔2018〕47号: 自行设定的证明
# 事项一律取消; 优化营商环境条例 第四十四条: 清单之外不得索要证明); and the pack's upper-law rules, each of which reads
# a clause against one named provision (居住证暂行条例 第十条, 国发〔2014〕25号 三（九）) through the norm analysis — the
# sweep's own upper-law topic compares only the laws a document implements, so without them a 户籍 or 居住证 document's
# outdated household types or 居住证 terms would never reach a cleanup list
SWEEP_CONTENT_WARNINGS = frozenset({"proof", "penalty", "upper-law"})
# … and the rights warnings of rules that read a clause against named provisions of a law, not a general standard:
# a local hukou as the bar to social insurance (社会保险法 第十条、第二十三条) or to the services a 居住证 holder has
# (居住证暂行条例 第十二条、第十三条). Rights warnings as a whole stay out: on the 166 labelled documents `review`'s
# other rights warnings were right 14 times in 25 (round 21, docs21), short of what a cleanup list unread before it needs.
SWEEP_CONTENT_RULES = frozenset({"C-RIGHTS-HUKOU-SERVICE", "C-RIGHTS-HUKOU-TYPE", "C-RIGHTS-HUKOU-ROUTE", "C-RIGHTS-02", "C-RIGHTS-SENSITIVE-INFO", "C-RIGHTS-CARRY",
                                 "C-RIGHTS-MOVE", "C-RIGHTS-PERMIT-GROUND", "C-RIGHTS-INSURANCE-SPLIT",
                                 "C-RIGHTS-ASSIGNED", "C-RIGHTS-NO-REASONS"})
# Round 24 (docs24): C-RIGHTS-02 — a right or benefit a person holds or is due withdrawn as the means to make them
# (or someone near them) comply: 取消其资格, 停止支付待遇, 不予办理学籍, 辞退解雇、收回房屋 — and C-RIGHTS-SENSITIVE-INFO
# (fingerprints or other sensitive data made the condition of a benefit). On the labelled documents `review`'s
# C-RIGHTS-02 warnings the sweep dropped were right 6 times in 9; the 3 wrong ones (and 1 right) were the refusal of
# the very request a condition is not met for (不予受理, 不予登记常住户口): the ordinary answer to an application
# (行政许可法 第三十八条第二款), whose condition, if unlawful, other rules read. The sweep leaves those out.
# Round 25 (docs25): C-RIGHTS-CARRY — a person made to carry a paper on them for checks (随身携带……证，以备查验), labelled
# rights wherever the archive has it (D031, D070, D073).
# Round 37 (real37): C-RIGHTS-INSURANCE-SPLIT — the registration deciding which basic insurance, tier, benefit or place
# of joining (社会保险法 第十条、第二十三条、第九十五条): it reads a clause against named provisions, as
# C-RIGHTS-HUKOU-SERVICE does, and stood on a labelled problem each of the 7 times it fired in the labelled documents.
# Round 42 (rights42): C-RIGHTS-ASSIGNED — the administration of people laid on a private party, read against 居住证暂行
# 条例 第五条 (the governments' and their departments' task), and a child's status fixed by the parent's sex, read against
# 民法典 第一千零五十八条 and 国发〔1998〕24号: each place it finds in the labelled documents is labelled (bench/README.md).
# Round 46 (realrp46): C-RIGHTS-NO-REASONS — an adverse decision (无效, 不合格, 不予录取, 取消资格) declared to need no
# reasons (无须解释, 不作解释), read against 行政许可法 第三十八条第二款: the reading (review/norms/shed.py ``unreasoned``)
# stands in two places of the 166 labelled documents, both labelled rights (D155 无效标书/无效申请……无须……进行解释).
# C-RIGHTS-PERMIT-REPORT (a 居住证 holder's deadline to report a change) stays out: the labellers marked that duty in 4
# of the 9 places it fired (D069, D087, D115 ×2; not D065, D066, D084, D086 ×2, the same duty in the same words).
_REQUEST_REFUSED = re.compile(r"(?:不予|不得|暂不|拒绝)(?:其|为其)?(?:受理|批准|登记|核准|许可|准予)")
_HELD_WITHDRAWN = re.compile(r"取消|停止|停发|收回|辞退|解雇|暂停|冻结|扣发|[0-9０-９一二三四五六七八九十]年内")


def refuses_the_request(rule_id: str, quote: str) -> bool:
    """Whether a C-RIGHTS-02 finding's measure is only the refusal of the request at hand (申请人不符合条件的，不予受理),
    not a right or benefit withdrawn (取消资格, 停止发放, 三年内不得申请): the sweep keeps only the latter."""
    return (rule_id == "C-RIGHTS-02" and bool(_REQUEST_REFUSED.search(quote or ""))
            and not _HELD_WITHDRAWN.search(quote or ""))


def _sweep_may_keep(severity: str, category: str, rule_id: str) -> bool:
    """Whether a sweep keeps a content rule's finding of this severity, category and rule (when the norm confirms it)."""
    return severity == "error" or category in SWEEP_CONTENT_WARNINGS or rule_id in SWEEP_CONTENT_RULES


def _content_only(rule) -> bool:
    """A rule of the content topic and of no sweep topic of its own."""
    return set(rule.topics) == {SWEEP_CONTENT}


def sweep_content(findings: list[Finding], rules) -> list[Finding]:
    """What a cleanup sweep keeps of the content rules (设定许可、处罚、收费, 证明, 减损权利): only errors (and
    proof demands) that the norm analysis confirms (review.match.norm_confirms) — a sweep lists hundreds of documents unread by anyone
    before it, so a wrong finding costs more than a missed one (bench/README.md, round 3). Upper-law comparison
    is left to ``fashen review``: its corpus search is most of a review's time."""
    from .match import norm_confirms

    by_id = {r.id: r for r in rules}
    out = []
    for f in findings:
        rule = by_id.get(f.rule)
        if rule is None or not _content_only(rule):
            out.append(f)
        elif (_sweep_may_keep(f.severity, f.category, f.rule) and f.clause is not None
              and not refuses_the_request(f.rule, f.quote)
              and norm_confirms(rule, f.clause.text, f.quote, f.clause.header)):
            out.append(f)
    return out


FP_DECISION_DATE = "2021-06-26"
# kinds whose own 有效期 or plan period can end (review.validity)
LAPSING = ("规范性文件", "内部工作文件", "办事指南", "附件")
# … and the kinds whose lapse is told to their maker when the document is another body's (review.validity.
# lapse_told_to_maker): a joint party-government document (党内文件, never the office's own) deploying a one-off task whose
# period ended is listed with that fact, as a ministry's notice is (round 33, dates33: D136 "确保今年内整合完成……",
# labelled "任务完成、应宣布失效的文件（由制定机关处理）")
LAPSE_TOLD = LAPSING + ("党内文件",)


def when_it_arose(f: Finding, doc: Document, rules) -> Finding:
    """The document's date against the date the problem exists since (review.dates): a reform for an agency
    name, the rule's ``valid_from`` (the 2021 family-planning decision; the reform a rule's ``detail["reform"]``
    names, e.g. 三证合一 for an abolished certificate), a repeal (annotated by the citation checker)."""
    if "arose" in f.detail:
        return f
    made = made_on(doc)
    draft = bool(doc.draft)
    if f.category == "agency":
        since = f.detail.get("reform_date", "")
        return annotate(f, made, since, f.detail.get("reform") or "机构改革", draft) if since else f
    rule = next((r for r in rules if r.id == f.rule), None)
    since = rule.valid_from if rule is not None else ""
    if not since:
        return f
    why = f.detail.get("reform") or ("《中共中央 国务院关于优化生育政策促进人口长期均衡发展的决定》（2021年6月26日）"
                                      if f.category == "family-planning" else f"{cn(since)}起施行的规定")
    return annotate(f, made, since, why, draft)


def standing_quote(f: Finding, source: str) -> Finding:
    """A quote always stands in the document as written (the opinion and the annotated copy find it there). A quote
    joined over a hard wrap across a layout line the clause left out (a page number, a running head: D042, D124) is cut
    back to the words that do (``quotes.standing_words``: its longest standing beginning, else its longest line)."""
    from .quotes import standing_words

    if not f.quote or f.quote in source:
        return f
    return replace(f, quote=standing_words(f.quote, source))


def tidy(f: Finding, source: str | None = None) -> Finding:
    """``tidied(f)``, unless its quote would no longer be words of the document's ``source`` text: a clause read over
    a hard wrap may have left a layout line out (a page number between two lines of a table: D042, D124), and a quote
    always stands in the document as written (where the opinion and the annotated copy find it)."""
    out = tidied(f)
    if source is not None and out.quote != f.quote and out.quote not in source:
        return f
    return out


def tidied(f: Finding) -> Finding:
    """The quote cut at sentence boundaries and widened to whole phrases, or a table row's cells; an upper-law
    finding's sentence only continued over a hard wrap (review.quotes)."""
    from .quotes import as_read, sentence_over_wraps, tidy_quote

    if f.clause is None or not f.quote:
        return f
    if "\n" in f.quote and "“" in f.problem:     # the opinion's sentence reads the words over a hard wrap
        f = replace(f, problem=f.problem.replace(f"“{f.quote}”", f"“{as_read(f.clause.text, f.quote)}”"))
    if f.category in ("upper-law",) or f.rule.startswith("UPPER"):
        q = sentence_over_wraps(f.clause.text, f.quote)     # the sentence compared, not cut at a hard wrap
        return f if q == f.quote else replace(f, quote=q)
    if f.category == "agency" and "\n" in f.quote:
        return f          # the cells of one task-table item (review.agencies.place_of): one place
    from .quotes import table_row

    q = table_row(f.clause.text, f.quote) or tidy_quote(f.clause.text, f.quote)
    # the opinion's sentence quotes the same words (“……”设定了行政处罚), as read over a hard wrap; a citation's sentence
    # names the reference itself (“本办法第九条”所指的条款……不存在), whatever its quote was widened to
    problem = f.problem
    if "“" in f.problem and f.category != "citation":
        problem = f.problem.replace(f"“{f.quote}”", f"“{as_read(f.clause.text, q)}”")
    return f if (q, problem) == (f.quote, f.problem) else replace(f, quote=q, problem=problem)


def without_lookalikes(findings: list[Finding], store=None, as_of: str | None = None) -> list[Finding]:
    """The findings whose words do not stand in a lawful look-alike shape (review/norms/lookalike.py): a public
    body's self-restraint, an abolishing list header, a cited article or a higher body's decision providing the measure,
    a restatement keeping the law's reservation. A cited article excuses a penalty or coercion only where it lays
    the measure the finding quotes (``cited_article_lacks``, with the corpus ``store``)."""
    from .norms.lookalike import lookalike_reason

    def stands(f: Finding) -> bool:
        if f.clause is None:
            return True
        up = f.upper
        reason = lookalike_reason(f.category, f.clause.text, f.quote, f.clause.header, f.severity,
                                  getattr(up, "law", "") or "", getattr(up, "article", None),
                                  getattr(up, "text", "") or "")
        # round 37 (up37): a consent of the person's own circle (监护人, 科室主任) is no internal approval where the upper
        # article lets the person do the act freely (精神卫生法 第四十四条: 自愿住院治疗的……患者可以随时要求出院): the
        # comparison read the gate against the article's own words
        if reason == "internal_approval" and f.category == "upper-law" and gates_free_act(f):
            return True
        return reason is None or reason == "cited_article" and cited_article_lacks(f, store, as_of)
    from .granted import granted_by_law
    from .law_fines import within_law

    # round 35 (prec35): a township's, a street office's or a 指挥部's power the law grants that very body; a fine the
    # law lays for the case the clause fines, kept within its range
    from .cited_paper import paper_named_by_law
    from .fee_source import fee_by_law
    from .figures_kept import figures_kept

    # round 36 (prec36): a fee or deposit a 法律/行政法规 itself lays, charged as it lays it
    # round 37 (rights37): a class bar or a watch duty a 法律/行政法规 itself lays (review/laid_by_law.py)
    from .laid_by_law import laid_by_law

    return [f for f in findings if stands(f) and not granted_by_law(f, store, as_of) and not within_law(f, store, as_of)
            and not fee_by_law(f, store, as_of) and not figures_kept(f) and not paper_named_by_law(f, store, as_of)
            and not laid_by_law(f, store, as_of)]


def gates_free_act(f: Finding) -> bool:
    """Whether an upper-law finding reports a precondition put before an act its article leaves free
    (review.compare.gates: a change of the ``condition_added`` kind whose message is the gate's)."""
    from .compare.gates import GATE_MESSAGE_END

    return any(c.get("kind") == "condition_added" and (c.get("message") or "").endswith(GATE_MESSAGE_END)
               and c.get("message", "") in (f.problem or "")
               for c in ((f.detail or {}).get("comparison") or {}).get("changes") or ())


def cited_article_lacks(f: Finding, store, as_of: str | None) -> bool:
    """Whether every article the clause cites before a penalty or coercion finding's quote lacks a measure the quote
    names (依照《广播电视管理条例》第五十二条，……；情节严重的，处……罚款，并由原批准机关吊销其许可证: 第五十二条 lays
    责令停止 and 罚款, no 吊销 — the clause adds it). False where an article cannot be read in the corpus: the citation
    is then taken at its word, as before."""
    from statutes.errors import FashenError
    from statutes.lookup import show_article

    from .norms.lookalike import _CITED_TITLE

    if f.category not in ("penalty", "coercion") or f.clause is None or not hasattr(store, "conn"):
        return False
    from .sentences import sentence_of

    text = f.clause.text
    at = text.find(f.quote)
    # (the measures of the quote's sentence: a finding quotes the first, 本条另有……处 folds the others — 罚款 quoted, 吊销
    # folded)
    measures = set(MEASURE_RX[f.category].findall(f.quote + (sentence_of(text, at) if at >= 0 else "")))
    cited = list(_CITED_TITLE.finditer(text[:max(at, 0)]))
    if at < 0 or not measures or not cited:
        return False
    for m in cited:
        try:
            view = show_article(store, m.group(1), f"第{m.group(2)}条", as_of)
        except FashenError:
            return False
        body = "".join(u.text for u in view.units)
        if not body or all(x in body for x in measures):
            return False
    return True


# the activity an approval gates: the words after 进行/开展/从事/实施 (进行房屋修葺, 开展修葺工程)
_GATED_ACT = re.compile(r"(?:进行|开展|从事|实施|组织)([\u4e00-\u9fff]{2,6}?)(?:工程|项目|工作|活动)?(?=[，,。；]|$|的|前|后|应当|须|需)")


def aid_procedure(f: Finding, source: str) -> bool:
    """Whether a licence finding gates an activity the document itself pays for as its aid (D033: 住房困难家庭进行房屋
    修葺应当经镇人民政府……同意后方可开展修葺工程, where 房屋修葺 is one of the forms of the 廉租住房保障 the document
    grants, its 修葺资金 shared by the city's and towns' budgets and its 补助标准 set by the city; a labelled
    look-alike): the consent is a step of the government's own spending on the aid it gives, not a leave to act
    freely (the pack's guard for 财政资金 applications, said of the activity the document funds)."""
    if f.category != "license" or f.clause is None:
        return False
    sentence = f.clause.text
    for m in _GATED_ACT.finditer(sentence):
        act = m.group(1)
        if len(act) < 3:        # 经营, 建设: a word every document funds something of
            continue
        w = re.escape(act)
        if re.search(rf"{w}[^。；，]{{0,8}}(?:补助|资助|补贴)(?:资金|标准|款)?|{w}(?:资金|经费|补助金)|"
                     rf"(?:补助|资助|补贴)[^。；，]{{0,8}}{w}|通过[^。；]{{0,60}}{w}等?(?:方式|形式)", source):
            return True
    return False


def _is_contract(doc: Document, opts: ReviewOptions) -> bool:
    if opts.kind == "contract":
        return True
    if opts.kind == "normative":
        return False
    try:
        from .contracts import is_contract
    except ImportError:
        return False
    return is_contract(doc)
