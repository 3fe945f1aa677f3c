"""The upper law a document implements, and the clauses that alter it.

A local document on 居住证 implements the 居住证暂行条例 whether or not a clause of it restates an article word
for word: its own subject names the law. A clause written in its own words (市公安机关制证部门应当自受理单位开具收件
凭证之日起20个工作日内完成证件制作) shares too little text with the article (公安机关应当自受理之日起15日内制作发放
居住证) for the corpus-wide search to find it among 150,000 articles, but within the few articles of the governing
law the article is plain. Governing laws are read from the document itself:

* a 法律 or 行政法规 named in 《》 in its title (福建省实施《居住证暂行条例》办法) or in its basis clause (根据
  《医疗纠纷预防和处理条例》……制定本办法);
* a 法律 or 行政法规 whose subject is the document's subject (天津市居住证管理办法 → 居住证暂行条例; 广东省医疗纠纷预防与
  处理办法 → 医疗纠纷预防和处理条例): the law's title without its form words (暂行, 条例, 办法, 管理 …) stands in the
  document's title;
* else the law whose subject is what the document's body is about (云南省流动人口服务管理条例 regulates 居住证 in
  every chapter: 居住证暂行条例): the subject named at least ``BODY_MENTIONS`` times and ``BODY_DENSITY`` times per
  thousand characters, the most often of all laws' subjects (``body_subject``).

The article a sentence is compared with is the one of the few it resembles most (``CANDIDATES``, by coverage)
that speaks of its matter (the most content bigrams shared, formula words aside): 非法扣押《云南省居住证》的……处警告
或者200元以上1000元以下罚款 is about 第十八条 (非法扣押他人居住证), not 第十九条, whose fine range it shares.

Each clause sentence is compared with the governing article it resembles most; only a difference the comparison
can show on both texts counts (a longer time limit, a higher fine, 可以→应当, a dropped exception; an added
condition only in a close restatement, and only one joined to the article's own conditions — 居住并办理暂住登记半年以上
— or all of the conditions where the article asks for one of them), never a mere absence of likeness.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import compress, repeat

from .compare.model import FIGURE_KINDS
from .compare.matter import content_bigrams as _content_bigrams, matter_bigrams as _matter_bigrams
from .compare.vocabulary import (ALL_OF_RX, CITED_BASIS_RX, DEEMED_RX, DOCUMENT_NAME_RX, JOINED_CONDITION_RX,
                                 LOCAL_LEEWAY_RX, MATERIAL_REQUEST_RX, RULE_MAKER_RX, SELF_ENFORCEMENT_RX)
from .model import Finding
from .quantities import find_quantities

GOVERNING_LEVELS = ("法律", "行政法规")
MIN_CORE = 3                # a law's subject shorter than this (邮政, 档案) names too much to govern by title alone
MIN_COVERAGE = 45.0         # partial_ratio of a clause sentence with the governing article it resembles most
# … or less, down to this, for a sentence in the drafter's own words that shares SAME_MATTER content bigrams with
# the article (非法扣押《云南省居住证》的 … 第十八条 非法扣押他人居住证: 非法扣押, 居住证, 公安机关)
LOW_COVERAGE = 35.0
SAME_MATTER = 6
MIN_SIMILARITY = 0.3        # share of the sentence the comparison aligns with that article
FIGURES = FIGURE_KINDS       # a time limit, an amount or an age read on both texts: a change the reviewer can show
MIN_SHARED = 2              # content bigrams the sentence shares with the upper sentence holding the figure
MIN_SENTENCE = 12           # shorter sentences (an item's few words) resemble any article by chance
CLOSE_SIMILARITY = 0.7      # a close restatement: a figure changed either way counts
MAX_TITLE = 40              # a longer "title" is a misread head (a notice's whole text), no subject
MAX_ARTICLES = 400          # a governing code this long (民法典) is no subject of one document
BODY_MENTIONS = 10          # a law's subject named this often in the body …
BODY_DENSITY = 3.0          # … and this often per thousand characters is what the document is about
CANDIDATES = 5              # articles (by coverage) among which the one about the sentence's matter is chosen

_FORM_WORDS = re.compile(r"中华人民共和国|全国人民代表大会常务委员会|国务院|关于|暂行|试行|实施细则|实施办法|实施|"
                         r"条例|办法|规定|规则|细则|决定|法$|管理|工作|若干|问题|《|》|（[^）]*）|\([^)]*\)|送审稿|草案|"
                         r"征求意见稿|修正|修订")
_REGION_HEAD = re.compile(r"^[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|州|盟|县|区|旗)(?:人民政府|人大常委会)?(?:办公厅|办公室)?")
_BASIS = re.compile(r"(?:根据|依据|依照|按照|为(?:了)?(?:贯彻|实施|落实))[^。]{0,200}?(?:制定|结合|特制定|现就)")
_QUOTED = re.compile(r"《([^《》]{2,40})》")
_AND = str.maketrans({"与": "和", "及": "和"})


@dataclass(frozen=True, slots=True)
class GoverningLaw:
    """A law the document implements: its work, why (named / by subject), and its articles as of the review."""

    work_id: int
    title: str
    why: str
    articles: tuple           # statutes.model.Provision, one per article
    normalised: tuple         # each article's text as statutes.search.normalise gives it


def subject(title: str) -> str:
    """A title without its place, its issuer's office and its form words: 天津市居住证管理办法 → 居住证."""
    t = re.sub(r"\s+", "", title or "")
    t = _REGION_HEAD.sub("", t)
    return _FORM_WORDS.sub("", t).translate(_AND)


def named_laws(title: str, text: str, head: int = 1500) -> list[str]:
    """Laws named in 《》 in the title or in the basis clause near the document's start."""
    names = [m.group(1) for m in _QUOTED.finditer(title or "")]
    for m in _BASIS.finditer((text or "")[:head]):
        names += [q.group(1) for q in _QUOTED.finditer(m.group(0))]
    return list(dict.fromkeys(names))


def governing_laws(store, title: str, text: str, as_of: str) -> list[GoverningLaw]:
    """The 法律 and 行政法规 in force on ``as_of`` that the document implements (see the module docstring)."""
    found: dict[int, tuple[str, str]] = {}
    for name in named_laws(title, text):
        for w in store.find_works(name):
            if w.level in GOVERNING_LEVELS and w.has_text:
                found.setdefault(w.work_id, (w.title, f"文件援引《{w.title}》"))
    mine = subject(title)
    # a document implementing a 经济特区法规 (根据《深圳经济特区居住证条例》): that regulation may vary the 行政法规 on
    # the same subject in the zone (立法法 第一百零一条第二款), so the subject does not name the governing law
    special_zone = any("经济特区" in n for n in named_laws(title, text))
    if MIN_CORE <= len(mine) and len(title or "") <= MAX_TITLE and not special_zone:
        for w, core in _laws_in_force(store, as_of):
            if core in mine:
                found.setdefault(w["work_id"], (w["title"], f"文件标题的事项属《{w['title']}》调整"))
    if not found and not special_zone:
        body = body_subject(text, _laws_in_force(store, as_of))
        if body is not None:
            w, core, n = body
            found[w["work_id"]] = (w["title"], f"文件通篇规定{core}事项（{n}处），属《{w['title']}》调整")
    out = []
    for work_id, (law, why) in found.items():
        arts = _articles(store, work_id, as_of)
        if arts and len(arts) <= MAX_ARTICLES:
            from statutes.search import normalise

            out.append(GoverningLaw(work_id, law, why, arts, tuple(normalise(a.text) for a in arts)))
    return out


def body_subject(text: str, laws) -> tuple[dict, str, int] | None:
    """The law (of ``laws``: (work, subject) pairs) whose subject the body names most often, when it names it
    at least BODY_MENTIONS times and BODY_DENSITY times per thousand characters: (work, subject, count)."""
    if not text:
        return None
    best = None
    count = dict(Counter(text)).get
    for w, core in laws:
        # a subject is named no more often than its rarest character occurs: most laws are ruled out unscanned
        if not _often_enough(min(map(count, core, repeat(0))), len(text)):
            continue
        n = text.count(core)
        if _often_enough(n, len(text)) and (best is None or n > best[2]):
            best = (w, core, n)
    return best


def _often_enough(n: int, length: int) -> bool:
    """Whether ``n`` mentions in a text of ``length`` characters make it what the text is about."""
    return n >= BODY_MENTIONS and 1000 * n / length >= BODY_DENSITY


def _laws_in_force(store, as_of: str) -> list[tuple[dict, str]]:
    """The 法律 and 行政法规 in force on ``as_of`` with their subjects (those of ``MIN_CORE`` characters or more)."""
    key = ("laws", as_of)
    cache = _cache(store)
    if key not in cache:
        cores = ((w, subject(w["title"])) for w in works_in_force(store, as_of))
        cache[key] = [(w, core) for w, core in cores if len(core) >= MIN_CORE]
    return cache[key]


def works_in_force(store, as_of: str) -> list[dict]:
    """The 法律 and 行政法规 in force on ``as_of`` (store.list_works rows), cached per store and date (and across
    processes per corpus: review/corpus_facts.py)."""
    key = ("works", as_of)
    cache = _cache(store)
    if key not in cache:
        from .corpus_facts import kept

        cache[key] = kept(store, "works_in_force", as_of, lambda: _works_in_force(store, as_of))
    return cache[key]


def _works_in_force(store, as_of: str) -> list[dict]:
    rows = []
    for level in GOVERNING_LEVELS:
        rows += [w for w in store.list_works(level=level) if w.get("status") == "现行有效"
                 and not (w.get("repeal_date") and w["repeal_date"] <= as_of)]
    return rows


def _articles(store, work_id: int, as_of: str) -> tuple:
    key = ("articles", work_id, as_of)
    cache = _cache(store)
    if key not in cache:
        arts: tuple = ()
        try:
            w = store.work(work_id)
            v = w.version_as_of(as_of)
        except (KeyError, AttributeError):
            v = None
        if v is not None:
            rows = store.conn.execute(
                f"SELECT {store._PROV_COLS} FROM provisions p JOIN versions v ON v.id=p.version_id "
                "JOIN works w ON w.id=v.work_id WHERE p.version_id=? AND p.kind='article' ORDER BY p.seq",
                (v.version_id,)).fetchall()
            arts = tuple(store._provision(r) for r in rows)
        cache[key] = arts
    return cache[key]


_CACHES: dict[int, dict] = {}


def _cache(store) -> dict:
    return _CACHES.setdefault(id(store), {})


def closest_article(sentence: str, laws: list[GoverningLaw], by_matter: bool = False, at_least: float = 0.0):
    """The governing article a sentence resembles most, with its coverage (0–100), or (None, 0): the sentence
    within a longer article (partial_ratio), or as a whole against a shorter one (ratio). ``by_matter``: of the
    CANDIDATES articles it resembles most, the one that speaks of its matter (``_matter_bigrams``). ``at_least``:
    a hit covering less is none, (None, 0) — so the articles that cannot reach it need not be ranked."""
    from statutes.search import normalise

    q = normalise(sentence)
    if len(q) < MIN_SENTENCE:
        return None, 0.0
    keep = CANDIDATES if by_matter else 1
    top = _ranked(q, laws, keep, at_least)
    if not top:
        return None, 0.0            # the full ranking's choice would cover less than ``at_least`` too
    mine = _matter_bigrams(sentence)
    if by_matter and len(top) < keep and at_least > 0:
        # the full ranking's top also holds articles covering less than ``at_least``: one of them is chosen (and
        # then no hit) only if it shares more matter with the sentence than every article that reaches it
        most = max(len(mine & _matter_bigrams(h[0].articles[h[1]].text)) for h in top)
        if most < len(mine) and any(len(mine & _matter_bigrams(a.text)) > most for law in laws for a in law.articles):
            top = _ranked(q, laws, keep, 0.0)
    law, i, score = max(top, key=lambda h: (len(mine & _matter_bigrams(h[0].articles[h[1]].text)), h[2]))
    if score < at_least:
        return None, 0.0
    return (law, law.articles[i]), score


def _ranked(q: str, laws: list[GoverningLaw], keep: int, at_least: float) -> list[tuple]:
    """The ``keep`` articles (law, index, coverage) of ``laws`` that the normalised sentence ``q`` resembles most,
    best first, among those covering at least ``at_least`` (exactly the full ranking's top without the others:
    rapidfuzz's ``score_cutoff`` drops an article, it changes no score)."""
    from rapidfuzz import fuzz, process

    found = []                          # (law, article index, coverage)
    for law in laws:
        longer, shorter = _split_by_length(law.normalised, len(q))
        for choices, scorer in ((longer, fuzz.partial_ratio), (shorter, fuzz.ratio)):
            if choices:
                found += [(law, i, sc) for _, sc, i in process.extract(q, choices, scorer=scorer, processor=None,
                                                                        limit=CANDIDATES, score_cutoff=at_least or None)]
    return sorted(found, key=lambda h: -h[2])[:keep]


def _split_by_length(texts: tuple[str, ...], n: int) -> tuple[dict[int, str], dict[int, str]]:
    """The texts (by position, in order) at least ``n`` characters long, and the shorter ones (one pass in C)."""
    lengths = tuple(map(len, texts))
    return (dict(compress(enumerate(texts), map(n.__le__, lengths))),
            dict(compress(enumerate(texts), map(n.__gt__, lengths))))


_SENTENCE = re.compile(r"[^。；;\n]+[。；;]?")   # a half-width ; is a sentence end too (review.clauses)


def same_matter(sentence: str, upper_text: str, upper_span: str, least: int = 0) -> bool:
    """Whether the sentence speaks of the matter the upper sentence holding ``upper_span`` speaks of (制作发放居住证
    and 完成证件制作 share 制作): ``least`` (MIN_SHARED) of their content bigrams, the formula words aside."""
    return shared_with(sentence, upper_text, upper_span) >= (least or MIN_SHARED)


def shared_with(sentence: str, upper_text: str, upper_span: str, raw: bool = False) -> float:
    """The content bigrams the sentence shares with the upper sentence holding ``upper_span`` (0 without it);
    ``raw``: the share (Dice) of all their character pairs, the formula words too."""
    at = upper_text.find(upper_span) if upper_span else -1
    if at < 0:
        return 0
    from .compare.figures import continued_from

    start = continued_from(upper_text, max(upper_text.rfind(ch, 0, at) for ch in "。；\n") + 1)
    ends = [e for e in (upper_text.find(ch, at) for ch in "。；\n") if e >= 0]
    upper_sentence = upper_text[start:min(ends) if ends else len(upper_text)]
    if raw:
        mine = {sentence[i:i + 2] for i in range(len(sentence) - 1)}
        theirs = {upper_sentence[i:i + 2] for i in range(len(upper_sentence) - 1)}
        return 2 * len(mine & theirs) / (len(mine) + len(theirs) or 1)
    return len(_content_bigrams(sentence) & _content_bigrams(upper_sentence))


def _joins_conditions(sentence: str) -> bool:
    return bool(JOINED_CONDITION_RX.search(sentence) or ALL_OF_RX.search(sentence))


def joined_condition(change) -> bool:
    """An added condition the reviewer can show on both texts: a step or qualification joined to the law's own
    conditions (居住并办理暂住登记半年以上), or all of the conditions where the law asks for one of them."""
    from .compare.vocabulary import ALL_OF_RX, JOINED_CONDITION_RX

    from .compare.gates import is_gate

    if change.kind != "condition_added" or is_gate(change):
        return False     # (a gate on an act the article leaves free is read against the article the clause restates or
                         # whose act it names, review.engine; not against the governing law's closest article by words)
    return bool(JOINED_CONDITION_RX.search(change.clause_span) or ALL_OF_RX.search(change.clause_span))


_MATERIALS = re.compile(r"[^。；\n]*(?:提交|提供)[^。；\n]*材料")   # the article's sentence listing the materials
_ALTERNATIVE = re.compile(r"或")                                     # 身份证或者户口簿: either will do
_OPEN_LIST = re.compile(r"(?:法律|法规|规章|规定)[^。；\n]{0,8}其他[^。；\n]{0,6}材料")  # 法律、法规规定的其他书面材料


def extra_material(clause, laws: list[GoverningLaw]):
    """An UPPER-ALTERED finding for a list item that asks the applicant for a document (居民户口簿) which the
    governing article's own list of materials does not name, or None. Only where the item's list header asks for
    materials (应当提供下列材料), the header resembles that article, and the article lists materials itself; an
    item offering alternatives (或者), citing its own basis, under an article that lets local bodies set the terms,
    or under a list the article leaves open to other law (法律、法规规定的其他书面材料) is not reported."""
    header = clause.header or ""
    if not MATERIAL_REQUEST_RX.search(header) or _ALTERNATIVE.search(clause.text) \
            or CITED_BASIS_RX.search(clause.text):
        return None
    names = [m.group() for m in DOCUMENT_NAME_RX.finditer(clause.text)]
    if not names:
        return None
    hit, score = closest_article(header, laws, at_least=MIN_COVERAGE)
    if hit is None:
        return None
    law, art = hit
    listed = _MATERIALS.search(art.text)
    if listed is None or LOCAL_LEEWAY_RX.search(art.text) or _OPEN_LIST.search(art.text):
        return None
    missing = [n for n in names if n[-3:] not in art.text]
    if not missing:
        return None
    upper_words = listed.group().strip()
    words = "、".join(dict.fromkeys(missing))
    return Finding(
        rule="UPPER-ALTERED", category="upper-law", severity="warning", title="改动所实施的上位法规定",
        clause=clause, quote=missing[0] if missing[0] in clause.text else clause.text.strip(),
        problem=f"{law.why}，该项对应《{art.law}》{art.article_label}，但有改动：上位法规定提交的材料为“{upper_words}”，"
                f"未要求“{words}”；要求申请人另行提交，增设了申请条件。",
        suggestion=f"按《{art.law}》{art.article_label}规定的材料修改，删去“{words}”，或者改为可以选择提交的证明方式。",
        basis=(art,), upper=art, detail={"governing": law.why, "materials_not_in_upper": list(dict.fromkeys(missing))})


def stepped_sentences(text: str) -> list[tuple[str, tuple[int, int]]]:
    """The sentences of a clause with their spans, and after a sentence that only steps up the one before (……处二百元
    以下罚款；情节严重的，处……: review.compare.figures.FOLLOW_ON_RX) the two read together, as one norm: alone the
    step-up names no conduct, and its fine is the stepped-up fine of that sentence's conduct. Each sentence stays a
    candidate of its own too (the joined one, longer, may resemble no article as closely as its first part does)."""
    from .compare.figures import FOLLOW_ON_RX

    out: list[tuple[str, tuple[int, int]]] = []
    last: tuple[int, int] | None = None
    for m in _SENTENCE.finditer(text):
        sentence = m.group().strip()
        out.append((sentence, m.span()))
        if last is not None and FOLLOW_ON_RX.match(sentence) and text[last[0]:last[1]].strip().endswith(("；", ";")):
            out.append((text[last[0]:m.end()].strip(), (last[0], m.end())))
        last = m.span()
    return out


def without_repeated_steps(found: list) -> list:
    """``found`` (sentence, law, article, unit, comparison, changes, span) without a step-up read with the sentence
    before it (stepped_sentences) whose changes the sentences it joins show already: the altered words are theirs."""
    def inside(inner, outer) -> bool:
        return inner != outer and outer[0] <= inner[0] and inner[1] <= outer[1]

    out = []
    for f in found:
        parts = [g for g in found if inside(g[6], f[6])]
        shown = {c.message for g in parts for c in g[5]}
        if parts and all(c.message in shown for c in f[5]):
            continue
        out.append(f)
    return out


def altered_clauses(clauses, laws: list[GoverningLaw], skip=frozenset(), working_days=None,
                    agreed=frozenset(), only_agreed: bool = False) -> list:
    """UPPER-ALTERED findings for clauses whose sentences alter the governing article they resemble most (see the
    module docstring), one per clause (the worst of its sentences'); ``skip``: clause indexes the corpus-wide
    comparison already judged; ``working_days``: engine.WorkingDays (a law whose N日 are working days). A sentence
    is compared with the unit of the article it restates (review.compare.units). ``agreed``: (sentence, work id,
    article label) where the corpus search's best hit for the sentence, at UPPER_MIN_SCORE, is that article
    (review.clause_laws): the sentence restates it, so a sure change of its figure for the same act or conduct
    (engine.same_figure_for) counts as in a close restatement; ``only_agreed``: no other article is compared (a law
    chosen by the clause's own search, not the document's)."""
    from .compare import cites_article, compare
    from .compare.units import best_unit
    from .engine import cites_another, same_figure_for, without_working_days
    from .model import Finding
    from .severity import rank

    out = []
    if not laws:
        return out
    for clause in clauses:
        if clause.index in skip:
            continue
        extra = extra_material(clause, laws)
        if extra is not None:
            out.append(extra)
            continue
        found = []
        for sentence, span in stepped_sentences(clause.text):
            if not has_norm_marker(sentence):
                continue     # no figure of its own to alter, nor a condition joined to the law's, nor a body
            (hit, score) = closest_article(sentence, laws, by_matter=True, at_least=LOW_COVERAGE)
            if hit is None or score < LOW_COVERAGE or score < MIN_COVERAGE and \
                    len(_matter_bigrams(sentence) & _matter_bigrams(hit[1].text)) < SAME_MATTER:
                continue
            law, art = hit
            restated = (sentence, art.work_id, art.article_label) in agreed
            if only_agreed and not restated:
                continue     # not the article the clause's own search found it restating
            if applies_other(clause.text, art.law):
                continue     # 根据《商品房屋租赁管理办法》……处以……罚款: the clause applies another instrument
            if cites_another(clause.text, art):
                continue     # 依照该法第九十四条: the clause names its own article of the law, not this one
            unit = best_unit(sentence, art.text)
            whole = f"{clause.header}\n{clause.text}" if clause.header else clause.text
            cmp = compare(sentence, unit.text, context=whole,
                          cites_upper=cites_article(clause.text, art.law, art.article, art.article_sub))
            if working_days is not None:
                cmp = without_working_days(cmp, art, working_days)
            if cmp.similarity < MIN_SIMILARITY:
                continue
            # only a figure read on both texts about the same matter: a limit the clause extends for the
            # authority or a fine above the ceiling (error), or any change of a figure in a close restatement; a
            # condition joined to the law's in a close restatement; another body or procedure, a removed remedy
            # condition, a changed deemed consequence on the same matter (grading.toml [sure])
            changes = [c for c in cmp.material()
                       if (c.kind in FIGURES and same_matter(sentence, unit.text, c.upper_span)
                           and (c.severity == "error" or cmp.similarity >= CLOSE_SIMILARITY
                                or (restated and c.sure and same_figure_for(sentence, unit.text, c))))
                       or (joined_condition(c) and cmp.similarity >= CLOSE_SIMILARITY)
                       or (c.kind in PROCEDURE and c.sure and same_matter(sentence, unit.text, c.upper_span))]
            changes = [c for c in changes if not figure_elsewhere(sentence, c, law, unit.text)
                       and not in_quotation(clause.text, c.clause_span)]
            changes = list({c.message: c for c in changes}.values())
            if changes:
                found.append((sentence, law, art, unit, cmp, changes, span))
        found = without_repeated_steps(found)
        if not found:
            continue
        sentence, law, art, unit, cmp, changes, _ = max(found, key=lambda f: max(rank(c.severity) for c in f[5]))
        spans = [f[6] for f in found if f[2] is art]
        # the changes the clause's other sentences make to the same article, in the one finding
        changes = list({c.message: c for f in found if f[2] is art for c in f[5]}.values())
        changes.sort(key=lambda c: -rank(c.severity))
        worst = max(changes, key=lambda c: rank(c.severity))
        # the altered words, where they name one place in the clause; else the sentence that holds them
        quote = worst.clause_span if worst.clause_span and clause.text.count(worst.clause_span) == 1 else sentence
        if len(spans) > 1:    # the sentences altering the article, from the first to the last
            quote = clause.text[min(a for a, _ in spans):max(b for _, b in spans)].strip()
        upper_words = "；".join(dict.fromkeys(c.upper_span for c in changes if c.upper_span))
        labels = {f[3].label for f in found if f[2] is art}
        where = f"《{art.law}》{art.article_label}{unit.label if len(labels) == 1 else ''}"
        out.append(Finding(
            rule="UPPER-ALTERED", category="upper-law", severity=worst.severity,
            title="改动所实施的上位法规定", clause=clause, quote=quote,
            problem=f"{law.why}，该条款对应{where}，但有改动：" +
                    "；".join(c.message for c in changes) + "。" +
                    (f"上位法原文：“{upper_words}”。" if upper_words else ""),
            suggestion=f"按{where}的规定修改，或删除该条款直接援引上位法。",
            basis=(art,), upper=art, detail={"comparison": cmp.to_dict(), "governing": law.why}))
    return out


PROCEDURE = ("body_changed", "condition_removed", "consequence_changed")
_APPLIED = re.compile(r"(?:根据|依照|依据|按照)《([^《》]{2,60})》")


def applies_other(text: str, law_title: str) -> bool:
    """Whether ``text`` names the instruments it applies (根据《商品房屋租赁管理办法》, 依照《X》第N条) and the law
    titled ``law_title`` is not among them: its figures are that instrument's, not the governing law's altered."""
    named = [m.group(1) for m in _APPLIED.finditer(text)]
    core = law_title.removeprefix("中华人民共和国")
    return bool(named) and not any(core in n or n.removeprefix("中华人民共和国") in core for n in named)
ELSEWHERE_SHARED = 3    # content bigrams the sentence shares with another article's sentence holding its figure


_QUOTATION = re.compile(r"“[^“”]*”")


def in_quotation(text: str, span: str) -> bool:
    """Whether ``span`` stands inside a quotation of ``text`` (根据《动物防疫法》第三十条第五款“……由县级人民政府制定”
    的规定): the law quoted, which the citation check compares with the article, not the clause's own norm."""
    return bool(span) and any(span in m.group() for m in _QUOTATION.finditer(text))


def _act_pairs(text: str, end: int) -> set[str]:
    """The character pairs of the words after a figure ending at ``end``, to the end of its phrase (作出, 转送行政复议
    机关): the act a time limit is for, the formula words too."""
    from .compare.phrases import PHRASE_END, bounds

    _, e = bounds(text, max(0, end - 1), PHRASE_END)
    words = text[end:e]
    return {words[i:i + 2] for i in range(len(words) - 1)}


def steps_up_the_unit(sentence: str, mine, unit_text: str) -> bool:
    """Whether the figure ``mine`` stands in a part of the sentence that only steps up the part before (情节严重的，
    处……: review.compare.figures.FOLLOW_ON_RX) and that part's own figure of its kind is the unit's, value for value
    (并处二百元以下罚款 for 第十八条's 200元以下): the stepped-up fine is for the conduct of that article, whatever
    other article states the same sum for another conduct (第十九条's 200元以上1000元以下 for 冒用)."""
    from .compare.figures import FOLLOW_ON_RX
    from .quantities import find_quantities

    cut = max(sentence.rfind(ch, 0, mine.start) for ch in "；;")
    if cut < 0 or not FOLLOW_ON_RX.match(sentence, cut + 1):
        return False
    base = [q for q in find_quantities(sentence[:cut]) if q.dim == mine.dim]
    return bool(base) and any((q.dim, q.lo, q.hi) == (base[-1].dim, base[-1].lo, base[-1].hi)
                              for q in find_quantities(unit_text))


def figure_elsewhere(sentence: str, change, law: GoverningLaw, unit_text: str) -> bool:
    """Whether the figure a changed time limit or amount puts in the clause stands, with its value, in the unit of
    another article of the law (its 款, an item with its lead-in) and that one fits the figure better:
    more of what the figure is for (the act after a time limit, review.compare.figures.figure_use; the conduct a
    fine is for, over the unit with its item), then more of the sentence's matter (content bigrams, at least
    ELSEWHERE_SHARED), then more of its character pairs. The clause restates that article (行政复议决定应当自收到申请
    之日起60日内作出: 第六十二条's 六十日), not alters this one; 非法扣押居住证……200元以上1000元以下 still alters
    第十八条（三）: 第十九条's 1000元 is for 冒用 and 伪造."""
    from .quantities import find_quantities

    if change.kind not in FIGURES or not change.clause_span or change.upper_start < 0:
        return False
    mine = [q for q in find_quantities(sentence) if change.clause_span in q.text or q.text in change.clause_span]
    if not mine or steps_up_the_unit(sentence, mine[0], unit_text):
        return False
    values = {(q.dim, q.value) for q in mine}
    compared = _fit(sentence, mine[0], unit_text, change.upper_start, change.upper_start + len(change.upper_span))
    others = [a.text for a in law.articles if not (a.text in unit_text or unit_text in a.text)]
    # … and the other 款 of the unit's own article (排污许可管理条例 第十二条: 第二款's 30日 for 重点管理 is restated, not
    # 第一款's 20日 for 简化管理 altered)
    own = next((a.text for a in law.articles if unit_text in a.text), "")
    others += [p for p in own.split("\n") if p.strip() and p not in unit_text and unit_text not in p]
    for other_text in others:
        for q in find_quantities(other_text):
            if (q.dim, q.value) in values:
                there_unit, shift = _paragraph_of(other_text, q.start)
                there = _fit(sentence, mine[0], there_unit, q.start - shift, q.end - shift)
                if there[2] >= ELSEWHERE_SHARED and there > compared:
                    return True
    return False


_ITEM_LINE = re.compile(r"^\s*[（(][一二三四五六七八九十\d]+[）)]")


def _paragraph_of(text: str, pos: int) -> tuple[str, int]:
    """The 款 (line) of ``text`` holding ``pos``, an item with its lead-in (the last line before it ending in ：),
    and the offset to subtract from ``pos`` to find it there."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)]
    if _ITEM_LINE.match(line):
        for lead in reversed(text[:start].split("\n")):
            if lead.rstrip().endswith(("：", ":")):
                return f"{lead}\n{line}", start - len(lead) - 1
    return line, start


def _fit(sentence: str, mine, unit_text: str, start: int, end: int) -> tuple:
    """How well the unit's figure at [start, end) fits the sentence's figure ``mine`` (see figure_elsewhere)."""
    from .compare.figures import figure_use
    from .quantities import DURATION

    use = figure_use(sentence, mine.start, mine.end, mine.dim)
    theirs = figure_use(unit_text, start, end, mine.dim) if mine.dim == DURATION else _content_bigrams(unit_text)
    pairs = ({sentence[i:i + 2] for i in range(len(sentence) - 1)}, {unit_text[i:i + 2] for i in range(len(unit_text) - 1)})
    return (len(use & theirs), len(_act_pairs(sentence, mine.end) & _act_pairs(unit_text, end)),
            len(_content_bigrams(sentence) & _content_bigrams(unit_text)),
            2 * len(pairs[0] & pairs[1]) / (len(pairs[0]) + len(pairs[1]) or 1))


def has_norm_marker(sentence: str) -> bool:
    """Whether a sentence has something of its own a comparison can show altered: a figure, a condition joined to
    the law's, a body making a rule or enforcing (由……核定, 强制拆除), a deemed consequence."""
    return bool(find_quantities(sentence) or _joins_conditions(sentence) or RULE_MAKER_RX.search(sentence)
                or SELF_ENFORCEMENT_RX.search(sentence) or DEEMED_RX.search(sentence))
