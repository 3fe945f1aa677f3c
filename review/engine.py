"""The review engine: one document in, one Opinion out.

Stages (each timed into ``stats["timings_ms"]``): split clauses → rule packs (text and metadata rules) →
citation checks → upper-law matching and comparison → contract checks (agreements) → legal bases
verified against the corpus. The store is passed in; nothing here opens files.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace

from statutes.model import Provision

from .model import Clause, Document, Finding

# categories a faithful restatement of an upper-level provision cannot violate: the upper law set the measure
SET_BY_UPPER = frozenset({"license", "penalty", "coercion", "fee"})
UPPER_MIN_CHARS = 20          # shorter clauses resemble generic procedure text by chance; not searched
UPPER_MAX_CHARS = 260         # longer clauses are searched sentence by sentence
# A clause is compared with the top search hit when the hit covers enough of it (search score) and the
# structured comparison aligns enough of the clause with the article (similarity). Measured on the labelled
# fixtures with bench/fixture_eval.py: altered restatements score 58–91 / 0.58–0.93, chance resemblances lower.
UPPER_MIN_SCORE = 55.0
UPPER_MIN_SIMILARITY = 0.58
FAITHFUL_MIN_SIMILARITY = 0.8  # and a full search match: only then is a clause noted as a faithful restatement
# Changes that stand on their own: a different amount or time limit, 可以↔应当, a dropped exception. The other kinds
# (an added condition, a dropped duty or qualifier, another subject) also arise when a clause merely borrows the
# sentence pattern of a provision about something else, so they count only for a close restatement (a full search
# match and FAITHFUL_MIN_SIMILARITY). Measured on 167 real documents: 92 → see bench/README.md.
STRONG_CHANGES = frozenset({"amount", "time_limit", "modal", "exception_removed"})
WHOLE_SHARE = 0.5   # a clause restating less of a 款 than this cannot "drop" the rest of it
_MODALS = ("应当", "可以", "必须", "须", "不得", "有权", "禁止", "应")


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


def is_strong(change) -> bool:
    """A change that stands on its own; a modal change only where the clause carries the substituted word
    (not where a partial restatement merely lacks the upper text's 可以)."""
    if change.kind not in STRONG_CHANGES:
        return False
    if change.kind != "modal":
        return True
    said = {m for m in _MODALS if m in (change.clause_span or "")}
    upper = {m for m in _MODALS if m in (change.upper_span or "")}
    return bool(said) and said != upper
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
    as_of: str                          # review date (ISO); the law is taken as in force on this date
    province: str | None = None
    topics: tuple[str, ...] | None = None   # None: everything (a full review); else sweep topics
    kind: str | None = None             # None: detect; "normative" | "contract"
    upper_law: bool = True              # search the corpus for restated provisions
    sweep: bool = False                 # cleanup mode: judge an existing document, not a draft


@dataclass
class _Timer:
    stats: dict = field(default_factory=dict)

    def lap(self, name: str, t0: float) -> float:
        now = time.perf_counter()
        self.stats[name] = round(1000 * (now - t0), 1)
        return now


def clause_at(clauses: list[Clause], offset: int) -> Clause | None:
    for c in clauses:
        if c.start <= offset < c.end:
            return c
    return None


def sentence_around(text: str, start: int, end: int) -> str:
    left = max(text.rfind(p, 0, start) for p in "。；\n") + 1
    rights = [i for i in (text.find(p, end) for p in "。；\n") if i >= 0]
    return text[left:(min(rights) + 1 if rights else len(text))].strip()


# -- citations -----------------------------------------------------------------------------------------
def citation_findings(doc: Document, clauses: list[Clause], rules, store, opts: ReviewOptions) -> list[Finding]:
    from statutes.citations import extract_citations, verify

    from .match import finding_from_hit, match_citation

    cite_rules = [r for r in rules if r.kind == "citation"]
    if opts.topics:
        cite_rules = [r for r in cite_rules if set(r.topics) & set(opts.topics)]
    if not cite_rules:
        return []
    refs = [r for r in extract_citations(doc.text) if r.kind == "statute"]
    checks = verify(refs, store, as_of=opts.as_of)
    meta = doc.meta_dict()
    if opts.sweep:
        meta = {**meta, "date": ""}   # cleanup: a basis repealed after issue is still to be cleaned up
    out: list[Finding] = []
    seen: set[tuple] = set()
    for chk in checks:
        ref = chk.ref
        context = sentence_around(doc.text, ref.start, ref.end)
        data = {"outcome": chk.verdict, "law": chk.law or ref.law, "quote": ref.text, "context": context,
                "successor": chk.successor, "repeal_date": _repeal_date(chk, store), "detail": chk.detail}
        for rule in cite_rules:
            hit = match_citation(rule, data, doc_meta=meta, as_of=opts.as_of)
            if not hit:
                continue
            clause = clause_at(clauses, ref.start)
            key = (rule.id, clause.index if clause else -1, chk.law)
            if key in seen:
                continue
            seen.add(key)
            f = finding_from_hit(rule, hit, clause)
            basis = tuple(b for b in (chk.provision, getattr(chk, "successor_provision", None)) if b is not None)
            problem = f.problem if not chk.detail or chk.detail in f.problem else f"{f.problem}（{chk.detail}）"
            out.append(replace(f, quote=ref.text, problem=problem, basis=basis or f.basis,
                               detail={**f.detail, "citation": chk.to_dict()}))
    return out


def _repeal_date(chk, store) -> str | None:
    if chk.verdict != "repealed" or not chk.law:
        return None
    works = store.find_works(chk.law)
    if works and works[0].repeal_date:
        return works[0].repeal_date
    for w in works:
        for v in w.versions:
            if v.status in ("已废止", "失效"):
                return v.status_date or v.publish_date
    return None


# -- upper-level law -----------------------------------------------------------------------------------
def _probe_texts(clause: Clause) -> list[str]:
    import re

    text = clause.text.strip()
    if len(text) <= UPPER_MAX_CHARS:
        return [text]
    return [s for s in re.split(r"(?<=[。；])", text) if len(s.strip()) >= UPPER_MIN_CHARS]


def upper_law_findings(clauses: list[Clause], store, opts: ReviewOptions,
                       set_by_upper: set[int] = frozenset()) -> tuple[list[Finding], dict]:
    """Clauses that restate an upper-level provision: a quiet alteration becomes a finding with the comparison;
    a faithful restatement is noted (info). ``set_by_upper`` are clauses with a 设定 finding: for them an aligned
    restatement without material change is enough to note (and later suppress that finding).
    Returns findings and {clause index: (provision, faithful)}."""
    from statutes.search import clause_kind, is_match, search

    from .compare import cites_article, compare

    out: list[Finding] = []
    matched: dict[int, tuple[Provision, bool]] = {}
    for clause in clauses:
        if len(clause.text) < UPPER_MIN_CHARS or clause_kind(clause.text) == "boilerplate":
            continue
        for probe in _probe_texts(clause):
            hits = search(store, probe, k=1, as_of=opts.as_of, levels=UPPER_LEVELS, region=_region(opts.province))
            if not hits or (hits[0].score or 0) < UPPER_MIN_SCORE:
                continue
            upper = hits[0]
            # a clause that cites the article it restates carries the article's exceptions with the citation
            cites = cites_article(clause.text, upper.law, upper.article, upper.article_sub)
            cmp = compare(probe, upper.text, cites_upper=cites)
            if cmp.similarity < UPPER_MIN_SIMILARITY:
                continue
            if not cmp.material():
                close = is_match(upper, probe) and cmp.similarity >= FAITHFUL_MIN_SIMILARITY
                if not close and clause.index not in set_by_upper:
                    continue
                matched[clause.index] = (upper, True)
                out.append(Finding(
                    rule="UPPER-RESTATES", category="upper-law", severity="info",
                    title="复述上位法条文", clause=clause, quote=probe.strip(),
                    problem=f"该条款复述《{upper.law}》{upper.article_label}，未发现改动"
                            f"（比对一致部分约{cmp.similarity:.0%}），其中的措施由上位法设定。",
                    basis=(upper,), upper=upper, detail={"comparison": cmp.to_dict()}))
                continue
            whole = restates_whole(probe, upper.text)
            material = cmp.material()
            if whole and is_match(upper, probe) and cmp.similarity >= FAITHFUL_MIN_SIMILARITY:
                changes = list(material)                       # a close restatement: every change counts
            elif any(is_strong(c) for c in material):          # a concrete change confirms the restatement
                changes = [c for c in material if whole or c.kind in STRONG_CHANGES]
            else:
                changes = []
            changes = list({c.message: c for c in changes}.values())   # the same change found twice, once
            if not changes:
                continue
            matched[clause.index] = (upper, False)
            worst = max(changes, key=lambda c: ("info", "warning", "error").index(c.severity))
            quote = worst.clause_span if worst.clause_span and worst.clause_span in clause.text else probe.strip()
            out.append(Finding(
                rule="UPPER-ALTERED", category="upper-law", severity=worst.severity,
                title="改动上位法条文", clause=clause, quote=quote,
                problem=f"该条款复述《{upper.law}》{upper.article_label}，但有改动：" +
                        "；".join(c.message for c in changes) + "。",
                suggestion=f"按《{upper.law}》{upper.article_label}的原文表述，或删除该条款直接援引上位法。",
                basis=(upper,), upper=upper, detail={"comparison": cmp.to_dict()}))
    return out, matched


def without_restated_settings(findings: list[Finding], matched: dict) -> list[Finding]:
    """A clause that faithfully restates an upper provision does not itself set a licence, penalty, coercive
    measure or fee: drop those findings (legal-checks.md §1 and §10 traps)."""
    faithful = {i for i, (_, ok) in matched.items() if ok}
    return [f for f in findings if not (f.clause is not None and f.clause.index in faithful
                                         and f.category in SET_BY_UPPER)]


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
    if not f.quote or f.quote in text:
        return f
    if f.clause is not None and f.clause.text in text:
        return replace(f, quote=f.clause.text)
    return replace(f, quote="")


# -- the whole review ----------------------------------------------------------------------------------
def review_document(doc: Document, store, rules, opts: ReviewOptions):
    """Review one read document; returns an ``Opinion``."""
    from .clauses import split_clauses
    from .match import apply_rules
    from .opinion import Opinion

    timer = _Timer()
    t = time.perf_counter()
    clauses = split_clauses(doc)
    t = timer.lap("clauses", t)

    contract = _is_contract(doc, opts)
    if contract:   # an agreement sets no licence, penalty or fee: only these normative packs apply to it
        text_rules = [r for r in rules if r.category in CONTRACT_CATEGORIES]
    else:
        text_rules = [r for r in rules if "contract" not in r.topics]
    tags, contract_kind = (), None
    if contract:
        from .contracts import classify_contract

        contract_kind = classify_contract(doc)
        tags = contract_kind.tags   # e.g. 行政协议, 竞争性选定: facts some rules depend on
    findings = apply_rules(text_rules, clauses, doc, opts.as_of, province=opts.province,
                           topics=opts.topics, doc_kinds=tags)
    if contract:
        findings = [f for f in findings if f.category not in ("validity", "procedure")]
    t = timer.lap("rules", t)

    findings += citation_findings(doc, clauses, rules, store, opts)
    t = timer.lap("citations", t)

    matched: dict = {}
    if opts.upper_law and not opts.topics:
        setting = {f.clause.index for f in findings if f.clause is not None and f.category in SET_BY_UPPER}
        upper, matched = upper_law_findings(clauses, store, opts, setting)
        findings = without_restated_settings(findings, matched) + upper
    t = timer.lap("upper_law", t)

    if contract and (not opts.topics or "contract" in opts.topics):
        from .contracts import contract_findings

        findings += contract_findings(doc, clauses, rules, opts.as_of, kind=contract_kind)
        t = timer.lap("contract", t)
    from .match import without_yielded

    findings = without_yielded(findings, rules)   # a general rule gives way to the specific one on the same words

    resolver = BasisResolver(store)
    findings = [anchor_quote(resolver.finding(f), doc.text) for f in findings]
    from .wording import localize

    findings = localize(findings, opts.province, doc)   # 本省 → 本市 for a 直辖市's document
    timer.lap("bases", t)

    stats = {"timings_ms": timer.stats, "clauses": len(clauses), "restated_provisions": len(matched),
             "contract": contract}
    return Opinion.build(doc, findings, as_of=opts.as_of, snapshot=store.snapshot(),
                         clauses_reviewed=len(clauses), stats=stats)


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
