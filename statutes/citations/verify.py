"""Check extracted citations against a corpus through the ``Resolver`` protocol only.

Pure: no SQLite, no files. The resolver (``statutes.store.Store`` in production) and the review date
(``as_of``) are passed in; ``as_of=None`` means today.

Every citation gets exactly one verdict from ``VERDICTS`` (model: eyecite's resolution sentinels):

* ``verified``        the law (and article/paragraph/item, and quote if any) is found and in force;
* ``not_found``       the law is known but that article/paragraph/item is not in the version in force;
* ``repealed``        the law was repealed on or before ``as_of``;
* ``not_in_force``    the version found takes effect after ``as_of``;
* ``earlier_text_missing``  the work was in force on ``as_of`` under an earlier text the corpus does not hold
                      (``statutes.in_force``): not checked;
* ``later_text_missing``    the held text was amended on or before ``as_of`` by a text the corpus does not hold
                      (已被修改 since a date, ``statutes.in_force``): not checked;
* ``outside_corpus``  no such law in the corpus — unknown, not proven nonexistent;
* ``ambiguous``       the name matches several works;
* ``quote_differs``   the quoted or restated text does not match the article.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from datetime import date

from ..in_force import EARLIER_TEXT_MISSING, LATER_TEXT_MISSING, Enactment, superseded_since, text_on
from ..model import STALE_NOTE, LawRecord, Provision, Resolver, VersionInfo
from ..numerals import article_label, int_to_cn
from .aliases import PRC, candidates, strip_prc
from .extract import CitationRef

VERDICTS = ("verified", "not_found", "repealed", "not_in_force", "outside_corpus", "ambiguous", "quote_differs",
            EARLIER_TEXT_MISSING, LATER_TEXT_MISSING)
_REPEALED_STATUSES = ("已废止", "失效")
UNVERIFIED = "未核实"
_INTERNAL_LAWS = ("本法", "本条例", "本办法", "本规定", "本细则", "本实施细则", "本实施办法", "本规则", "本决定")
_NON_TEXT = re.compile(r"[^\u4e00-\u9fff0-9A-Za-z]")
_ELLIPSIS = re.compile(r"…+|\.{3,}|。。。")
VERBATIM_SUGGEST_BELOW = 80.0   # a verbatim quote this far off probably names the wrong article
RESTATEMENT_MIN = 60.0          # a restatement at least this similar counts as consistent


@dataclass(frozen=True, slots=True)
class CitationCheck:
    """The outcome of checking one ``CitationRef``.

    ``law`` is the full title of the work found (None when nothing was found); ``successor`` the law that
    replaced a repealed one, ``successor_provision`` its article closest to the cited text;
    ``suggestion`` the article of the same law closest to a quote that did not match.
    """

    ref: CitationRef
    verdict: str
    law: str | None
    detail: str
    successor: str | None = None
    provision: Provision | None = None
    successor_provision: Provision | None = None
    suggestion: Provision | None = None
    similarity: float | None = None
    candidates: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        r = self.ref
        d = {
            "text": r.text, "start": r.start, "end": r.end,
            "law": self.law if self.law is not None else r.law,
            "article": r.article, "paragraph": r.paragraph, "item": r.item,
            "verdict": self.verdict, "detail": self.detail, "successor": self.successor,
            "kind": r.kind, "quote": r.quote, "article_sub": r.article_sub,
            "article_end": r.article_end, "item_end": r.item_end,
            "provision": self.provision.to_dict() if self.provision else None,
        }
        if self.successor_provision is not None:
            d["successor_article"] = self.successor_provision.label
        if self.suggestion is not None:
            d["suggestion"] = self.suggestion.label
        if self.similarity is not None:
            d["similarity"] = round(self.similarity, 1)
        if self.candidates:
            d["candidates"] = list(self.candidates)
        return d


_DRAFT_MARK = re.compile(r"[（(](?:送审稿|征求意见稿|修订草案|草案|讨论稿|代拟稿|修改稿|审议稿)[)）]$")
_INNER_TITLE = re.compile(r"(?:印发|转发|发布|颁布|公布)《([^《》]{2,80})》")   # 关于印发《X》的通知: X


def _name_key(name: str) -> str:
    name = re.sub(r"\s+", "", name).strip("《》")
    prev = None
    while prev != name:
        prev, name = name, _DRAFT_MARK.sub("", name)
    return strip_prc(name)


def own_titles(title: str | None) -> frozenset[str]:
    """The names a document goes by in its own text: its title without a draft mark (（送审稿）, （征求意见稿）…),
    and X of 关于印发《X》的通知 (not any 《》 name in a title: 某省实施《行政许可法》办法 is not 行政许可法).
    Compared after ``_name_key``."""
    if not title or not title.strip():
        return frozenset()
    names = {_name_key(title)} | {_name_key(m.group(1)) for m in _INNER_TITLE.finditer(title)}
    return frozenset(n for n in names if len(n) >= 2)


def verify(refs: list[CitationRef], resolver: Resolver, *, as_of: str | None = None,
           context_law: str | None = None, own: frozenset[str] | None = None) -> list[CitationCheck]:
    """One ``CitationCheck`` per ref, in the same order.

    ``context_law``: the title of the statute the text belongs to; internal references (本法第十四条)
    are then checked against it. Without it they are reported as verified 内部引用.
    ``own``: the document's own names (``own_titles``): a citation of the document itself — by its title or
    an alias it defines (（以下简称《办法》）) — is an internal reference, not a law outside the corpus.
    """
    day = as_of or date.today().isoformat()
    memo = CachedResolver(resolver)
    return [check(ref, memo, as_of=day, context_law=context_law, own=own) for ref in refs]


class CachedResolver:
    """A resolver that answers each question once per ``verify`` call: a long document cites the same laws and
    articles over and over, and every answer is a query to the corpus.

    ``closest_in`` (a fuzzy search, for the "closest article" hint of a differing quote or a repealed law's
    successor) is answered for the first ``CLOSEST_BUDGET`` distinct texts only: a hint, not a verdict, and the
    search that keeps the review of a citation-dense 20 MB text linear in time."""

    CLOSEST_BUDGET = 100

    def __init__(self, inner: Resolver):
        self.inner = inner
        self._works: dict = {}
        self._units: dict = {}
        self._closest: dict = {}

    def find_works(self, name: str) -> list[LawRecord]:
        if name not in self._works:
            self._works[name] = self.inner.find_works(name)
        return self._works[name]

    def provision(self, version_id: int, article: int, article_sub: int = 0, paragraph: int | None = None,
                  item: int | None = None) -> Provision | None:
        key = (version_id, article, article_sub, paragraph, item)
        if key not in self._units:
            self._units[key] = self.inner.provision(version_id, article, article_sub, paragraph, item)
        return self._units[key]

    def closest_in(self, work_id: int, text: str) -> Provision | None:
        key = (work_id, text)
        if key not in self._closest:
            if len(self._closest) >= self.CLOSEST_BUDGET:
                return None
            self._closest[key] = self.inner.closest_in(work_id, text)
        return self._closest[key]

    def __getattr__(self, name):
        return getattr(self.inner, name)


def check(ref: CitationRef, resolver: Resolver, *, as_of: str, context_law: str | None = None,
          own: frozenset[str] | None = None) -> CitationCheck:
    if ref.kind == "statute" and own and ref.law and _name_key(ref.law) in own:
        return CitationCheck(ref, "verified", None, "本文件自身（内部引用）")
    if ref.kind == "doc_number":
        return CitationCheck(ref, "outside_corpus", None,
                             f"文号引用（{ref.doc_number}）：法规库不按文号收录文件，未核验。")
    if ref.kind == "internal":
        if context_law and ref.law in _INTERNAL_LAWS and ref.article is not None:
            return _check_statute(ref, context_law, resolver, as_of)
        return CitationCheck(ref, "verified", None, "内部引用")
    if not ref.law:
        return CitationCheck(ref, "outside_corpus", None, "未能识别所引法律名称。")
    return _check_statute(ref, ref.law, resolver, as_of)


# ---------------------------------------------------------------- steps

def _lookup(name: str, resolver: Resolver) -> list[LawRecord]:
    for n in candidates(name):
        works = resolver.find_works(n)
        if len(works) > 1:  # prefer an exact title
            exact = [w for w in works if w.title in (n, PRC + n) or strip_prc(w.title) == strip_prc(n)]
            if len(exact) == 1:
                return exact
        if works:
            return works
    return []


def _enactment(law: LawRecord, resolver: Resolver) -> Enactment | None:
    """Evidence of an earlier text, asked only when no held version is in force (a resolver without it: none)."""
    ask = getattr(resolver, "enactment", None)
    return ask(law.work_id) if ask else None


def _cn_date(iso: str | None) -> str:
    return iso or "日期不详"


def _pick_version(law: LawRecord, ref: CitationRef, as_of: str) -> VersionInfo | None:
    if ref.version_date:
        hinted = [v for v in law.versions
                  if (v.publish_date or "").startswith(ref.version_date)
                  or (v.effective_date or "").startswith(ref.version_date)]
        if hinted:
            return hinted[-1]
    return law.version_as_of(as_of)


def _pin_label(ref: CitationRef) -> str:
    if ref.article is None:
        return ""
    out = article_label(ref.article, ref.article_sub)
    if ref.article_end:
        out += "至" + article_label(ref.article_end)
    if ref.paragraph:
        out += f"第{int_to_cn(ref.paragraph)}款"
    if ref.item:
        out += f"第（{int_to_cn(ref.item)}）项"
    return out


def _check_statute(ref: CitationRef, name: str, resolver: Resolver, as_of: str) -> CitationCheck:
    works = _lookup(name, resolver)
    if not works:
        return CitationCheck(ref, "outside_corpus", None,
                             f"法规库未收录《{name}》，无法核验（不等于该文件不存在）。")
    if len(works) > 1:
        titles = tuple(w.title for w in works)
        return CitationCheck(ref, "ambiguous", None,
                             f"《{name}》对应法规库中多部文件：{'、'.join(titles)}，请写明全称。",
                             candidates=titles)
    law = works[0]
    title = law.title
    version = _pick_version(law, ref, as_of)
    repeal_date = law.repeal_date
    if repeal_date is None and law.repealed_by:
        repeal_date = ""          # repealed, no source states the date
    if version and version.status in _REPEALED_STATUSES:
        repeal_date = repeal_date or version.repeal_date or version.status_date or ""
    if repeal_date is not None and repeal_date <= as_of:
        return _repealed(ref, law, version, repeal_date, resolver, as_of)
    if not law.has_text or version is None:
        note = f"（该法于{repeal_date}废止，晚于核验日期{as_of}）" if repeal_date else ""
        return CitationCheck(ref, "verified", title,
                             f"法规库仅有《{title}》的名称和效力信息{note}，未核对条文。")
    since = superseded_since(version, as_of) if version == law.version_as_of(as_of) else None
    if since is not None:
        return CitationCheck(ref, LATER_TEXT_MISSING, title,
                             f"法规库所存《{title}》文本（{_cn_date(version.publish_date)}版本）自{since}起已被修改，"
                             f"核验日期{as_of}时施行的修改后文本法规库未收录，未核对条文。")
    if version.effective_date and version.effective_date > as_of:
        on = text_on(law, as_of, _enactment(law, resolver)) if version == law.version_as_of(as_of) else None
        if on is not None and on.state == EARLIER_TEXT_MISSING:
            return CitationCheck(ref, EARLIER_TEXT_MISSING, title,
                                 f"法规库仅收录{_cn_date(version.publish_date)}公布、{version.effective_date}起施行的"
                                 f"文本，核验日期{as_of}时施行的此前文本未收录（{on.enactment.evidence}）。")
        return CitationCheck(ref, "not_in_force", title,
                             f"《{title}》（{_cn_date(version.publish_date)}公布）自{version.effective_date}起施行，"
                             f"核验日期{as_of}时尚未施行；如引用的是更早的版本，法规库未收录该版本。")
    if ref.article is None:
        return CitationCheck(ref, "verified", title,
                             f"《{title}》现行有效（版本{_cn_date(version.publish_date)}）。{_stale(version)}")
    prov, missing = _provision(ref, version, resolver)
    if prov is None:
        return CitationCheck(ref, "not_found", title,
                             f"《{title}》（{_cn_date(version.publish_date)}版本）中{missing}；"
                             "请核对条号，法律修改后条文序号可能已变化。")
    if ref.quote:
        return _check_quote(ref, law, prov, version, resolver)
    return CitationCheck(ref, "verified", title,
                         f"《{title}》{_pin_label(ref)}存在（版本{_cn_date(version.publish_date)}）。{_stale(version)}",
                         provision=prov)


def _stale(version: VersionInfo) -> str:
    """The warning a version's status source carries when its source file is dated well after its text's own last
    date (statutes.model.STALE_NOTE), else ""."""
    return f"注意：{STALE_NOTE}。" if STALE_NOTE in (version.status_source or "") else ""


def _provision(ref: CitationRef, version: VersionInfo, resolver: Resolver) -> tuple[Provision | None, str]:
    """The cited unit, or None and a Chinese description of the first missing level."""
    vid = version.version_id
    art = resolver.provision(vid, ref.article, ref.article_sub)
    if art is None:
        return None, f"没有{article_label(ref.article, ref.article_sub)}"
    if ref.article_end and resolver.provision(vid, ref.article_end) is None:
        return None, f"没有{article_label(ref.article_end)}"
    if ref.paragraph is None and ref.item is None:
        return art, ""
    if ref.paragraph is not None:
        para = resolver.provision(vid, ref.article, ref.article_sub, ref.paragraph)
        if para is None:
            if ref.paragraph == 1 and ref.item is None:  # a one-paragraph article is its own 第一款
                return art, ""
            return None, f"{art.article_label}没有第{int_to_cn(ref.paragraph)}款"
        if ref.item is None:
            return para, ""
    for paragraph in ((ref.paragraph,) if ref.paragraph is not None else (None, 1)):
        unit = resolver.provision(vid, ref.article, ref.article_sub, paragraph, ref.item)
        if unit is not None:
            return unit, ""
    where = art.article_label + (f"第{int_to_cn(ref.paragraph)}款" if ref.paragraph else "")
    return None, f"{where}没有第（{int_to_cn(ref.item)}）项"


def _repealed(ref: CitationRef, law: LawRecord, version: VersionInfo | None, repeal_date: str,
              resolver: Resolver, as_of: str) -> CitationCheck:
    successor = law.successor
    by = version.repealed_by if version and version.repealed_by else None
    detail = f"《{law.title}》已于{repeal_date or '（日期不详）'}废止"
    if by:
        detail += f"（{by}）"
    if UNVERIFIED in (law.repeal_source or ""):   # a lead no text we hold confirms (statutes/data/repealed.csv)
        detail += "（废止条款未能核对原文，请核实）"
    detail += f"，核验日期{as_of}时已失效"
    succ_prov = None
    if successor:
        succ_title = successor.split()[0]
        successor = succ_title
        detail += f"，应改引《{succ_title}》的相应条文"
        text = ref.quote or ""
        if not text and ref.article is not None and law.has_text and version is not None:
            old = resolver.provision(version.version_id, ref.article, ref.article_sub, ref.paragraph, ref.item)
            text = old.text if old else ""
        succ = _lookup(succ_title, resolver)
        if text and len(succ) == 1 and succ[0].has_text:
            succ_prov = resolver.closest_in(succ[0].work_id, text)
            if succ_prov is not None:
                detail += f"（内容最接近{succ_prov.label}，请人工确认）"
    return CitationCheck(ref, "repealed", law.title, detail + "。", successor=successor,
                         successor_provision=succ_prov)


# ---------------------------------------------------------------- quotes

def normalise(text: str) -> str:
    """Only the characters that carry meaning: Han, digits, letters (no spaces, punctuation, quotes)."""
    return _NON_TEXT.sub("", text)


def _clip(s: str, n: int = 24) -> str:
    return s if len(s) <= n else s[:n] + "…"


def quote_diff(quote: str, original: str, limit: int = 4) -> list[str]:
    """Chinese summary of the character spans that differ between ``quote`` and ``original``."""
    sm = difflib.SequenceMatcher(None, original, quote, autojunk=False)
    out: list[str] = []
    for op, a0, a1, b0, b1 in sm.get_opcodes():
        if op == "equal":
            continue
        if op == "replace":
            out.append(f"原文“{_clip(original[a0:a1])}”引文作“{_clip(quote[b0:b1])}”")
        elif op == "delete":
            out.append(f"引文缺少“{_clip(original[a0:a1])}”")
        else:
            out.append(f"引文多出“{_clip(quote[b0:b1])}”")
    if len(out) > limit:
        out = out[:limit] + [f"另有{len(out) - limit}处差异"]
    return out


def _best_window(seg: str, text: str) -> tuple[float, str]:
    from rapidfuzz import fuzz

    if not seg or not text:
        return 0.0, text
    if len(seg) >= len(text):
        return fuzz.ratio(seg, text), text
    al = fuzz.partial_ratio_alignment(seg, text)
    if al is None:
        return 0.0, text
    return al.score, text[al.dest_start:al.dest_end]


def _check_quote(ref: CitationRef, law: LawRecord, prov: Provision, version: VersionInfo,
                 resolver: Resolver) -> CitationCheck:
    title = law.title
    original = normalise(prov.text)
    segments = [normalise(s) for s in _ELLIPSIS.split(ref.quote or "")]
    segments = [s for s in segments if len(s) >= 2]
    label = _pin_label(ref)
    if not segments:
        return CitationCheck(ref, "verified", title, f"《{title}》{label}存在。", provision=prov)
    verbatim = ref.quote_kind != "restatement"
    worst_score, worst_seg, worst_win = 100.0, "", ""
    for seg in segments:
        if seg in original:
            continue
        score, win = _best_window(seg, original)
        if score < worst_score or not worst_seg:
            worst_score, worst_seg, worst_win = score, seg, win
    if not worst_seg:
        return CitationCheck(ref, "verified", title, f"《{title}》{label}存在，引文与原文一致。",
                             provision=prov, similarity=100.0)
    if not verbatim and worst_score >= RESTATEMENT_MIN:
        return CitationCheck(ref, "verified", title,
                             f"《{title}》{label}存在，转述内容与原文大体一致（相似度{worst_score:.0f}%）。",
                             provision=prov, similarity=worst_score)
    suggestion = None
    if worst_score < (VERBATIM_SUGGEST_BELOW if verbatim else RESTATEMENT_MIN):
        cand = resolver.closest_in(law.work_id, ref.quote or "")
        if cand is not None and (cand.article, cand.article_sub) != (prov.article, prov.article_sub):
            suggestion = cand
    what = "引文" if verbatim else "转述内容"
    detail = f"{what}与《{title}》{label}原文不一致（相似度{worst_score:.0f}%）"
    diffs = quote_diff(worst_seg, worst_win) if worst_score >= 60 else []
    if diffs:
        detail += "：" + "；".join(diffs)
    if suggestion is not None:
        detail += f"。内容最接近{suggestion.label}，可能引错条号"
    return CitationCheck(ref, "quote_differs", title, detail + "。", provision=prov, suggestion=suggestion,
                         similarity=worst_score)
