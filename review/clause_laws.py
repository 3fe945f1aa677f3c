"""The laws a clause regulates under, read from the clause itself: the sweep's upper-law topic per clause.

The sweep compares a document with the few laws it implements (review.governing: named in its title or basis clause,
or the title's or body's subject). A clause of it may regulate under another law: a 居住证 measure's clause on 不动产
登记 is governed by the 不动产登记暂行条例, a 农村集体 measure's clause on a 土地承包 contract by the 农村土地承包法. The
review path finds such a law by the clause's own corpus search (review.engine.upper_law_findings); here the same
search chooses, for each clause the document's laws leave unjudged, the 法律 or 行政法规 the clause is about, and the
governing comparison (review.governing.altered_clauses) then reads the clause against that law's articles — a few
hundred articles for the closest one, not the corpus.

The search's word alone does not make a law the clause's: a law is the clause's when

* the clause itself lays a rule the comparison can show altered (``governing.has_norm_marker``: a figure, a joined
  condition, a body making a rule or enforcing, a deemed consequence) — a clause that merely names a procedure lays
  none;
* the sentence's best hit is an article of it covering ``UPPER_MIN_SCORE`` of the sentence (review.engine's floor for a
  restatement), and only that article is compared (a law holding several of the best hits — engine.voted_law — was
  tried: its articles compared by words gave another act's figure, 生育津贴 against 失业保险金), and the sentence speaks
  of the law's subject (``speaks_of_law``);
* it is a 法律 or 行政法规 in force on the review date (the search's own scope) — of higher rank than any local
  document a sweep disposes of (立法法 第九十九条、第一百条) — and not the document itself;
* the governing comparison finds the article on the same matter (its own floors: coverage, shared content bigrams,
  a figure about the same act …).

Where the search's best hit for a sentence, at ``UPPER_MIN_SCORE``, is the very article the comparison chooses, the
sentence restates it: a sure change of its figure for the same act or conduct (engine.same_figure_for) counts as in
a close restatement (``ClauseLawReader.agreed``; altered_clauses' ``agreed``).

Cost: one search per sentence with a norm marker of a clause the document's laws leave unjudged, cached per text
within a document (a list copied into each section is searched once).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

CLAUSE_LEVELS = ("法律", "行政法规")
# a clause naming an instrument's article (《国家赔偿法》第 24 条：……, 依照《X》第N条): it quotes or applies that article —
# the citation checks read it against the article it names (review.engine.citation_findings), and its words are that
# instrument's, not a rule the clause lays
# … or quoting numbered articles in its body (……三日内提出申请。第 110 条：违法嫌疑人放弃听证……): a compilation of
# another instrument's text
_ARTICLE_QUOTED = re.compile(r"第\s*[0-9０-９一二三四五六七八九十百零〇两]+\s*条\s*[：:]")
_QUOTES_ARTICLE = re.compile(r"《[^《》]{2,60}》\s*第\s*[0-9０-９一二三四五六七八九十百零〇两]+\s*条")
MAX_SENTENCES = 4           # sentences of one clause searched (a long clause's first norms; the rest rarely differ)
MIN_CHARS = 20              # review.engine.UPPER_MIN_CHARS: a shorter sentence resembles generic procedure text


@dataclass
class ClauseLawReader:
    """What one document's per-clause law choice shares: the corpus cache and the searches already made."""

    store: object
    as_of: str
    title: str = ""
    searched: dict = field(default_factory=dict)       # sentence -> work ids the search agrees on
    agreed: set = field(default_factory=set)           # (sentence, work id, article label) of best hits at the floor
    laws: dict = field(default_factory=dict)           # work id -> GoverningLaw (or None: no comparable articles)
    sentences: dict = field(default_factory=dict)      # clause text -> its sentences searched (searched_sentences)

    def __post_init__(self):
        from statutes.search import search_cache

        self.corpus = search_cache(self.store)

    def works_of(self, sentence: str) -> tuple[int, ...]:
        """The works (ids) the corpus search agrees ``sentence`` is about (module docstring), best first."""
        if sentence not in self.searched:
            from statutes.search import search

            from .engine import UPPER_MIN_SCORE, UPPER_SEARCH_K

            hits = search(self.corpus, sentence, k=UPPER_SEARCH_K, as_of=self.as_of, levels=CLAUSE_LEVELS,
                          in_force=True)
            works = []
            best = hits[0] if hits else None
            if best is not None and (best.score or 0) >= UPPER_MIN_SCORE and best.work_id is not None:
                self.agreed.add((sentence, best.work_id, best.article_label))
                if speaks_of_law(sentence, best):
                    works.append(best.work_id)
            self.searched[sentence] = tuple(works)
        return self.searched[sentence]

    def law(self, work_id: int):
        """The GoverningLaw of ``work_id`` as of the review (None: not a law of comparable length, or the document's
        own title)."""
        if work_id not in self.laws:
            from statutes.search import normalise

            from .governing import MAX_ARTICLES, GoverningLaw, _articles, subject

            made = None
            try:
                w = self.store.work(work_id)
            except (KeyError, AttributeError):
                w = None
            arts = _articles(self.store, work_id, self.as_of) if w is not None else ()
            own = w is not None and subject(w.title) and subject(w.title) == subject(self.title)
            if arts and len(arts) <= MAX_ARTICLES and not own:
                made = GoverningLaw(work_id, w.title, f"该条款所规定事项属《{w.title}》调整", arts,
                                    tuple(normalise(a.text) for a in arts))
            self.laws[work_id] = made
        return self.laws[work_id]

    def searched_sentences(self, clause) -> list[str]:
        """The sentences of ``clause`` searched for their law (module docstring): each laying a rule of the document's
        own with a norm marker, in a clause that neither is boilerplate nor quotes an instrument's article."""
        if clause.text not in self.sentences:     # read once: before the comparison, and again for a clause left unjudged
            self.sentences[clause.text] = sentences_searched(clause.text)
        return list(self.sentences[clause.text])

    def clause_laws(self, clause, known=frozenset()) -> list:
        """The laws (GoverningLaw) ``clause`` regulates under by its own search, other than the ``known`` work ids."""
        ids: list[int] = []
        for s in self.searched_sentences(clause):
            ids += [w for w in self.works_of(s) if w not in known]
        return [law for w in dict.fromkeys(ids) if (law := self.law(w)) is not None]


# a sentence defining a term (前款所称“较大数额罚款”，是指……六千元以上罚款): its figure is the term's bound, no rule
_DEFINES = re.compile(r"所称[^，。；]{0,30}?[，,]?(?:是指|指)")
# a body a local document does not bind (立法法 第八十二条: a local rule regulates the administration of its region):
# a sentence whose norm binds a court or procuratorate (人民检察院或者人民法院应当……) restates the law, lays no rule
_COURTS = re.compile(r"(?:人民法院|人民检察院)(?:或者?(?:人民法院|人民检察院))?.?(?:应当|应|必须|可以|不得)")


def sentences_searched(text: str) -> tuple[str, ...]:
    """The sentences of a clause's ``text`` searched for their law (``ClauseLawReader.searched_sentences``)."""
    from statutes.search import clause_kind

    from .governing import has_norm_marker, stepped_sentences

    if clause_kind(text) == "boilerplate" or _QUOTES_ARTICLE.search(text) or _ARTICLE_QUOTED.search(text, 1):
        return ()
    return tuple([s for s, _ in stepped_sentences(text) if len(s) >= MIN_CHARS and has_norm_marker(s)
                  and lays_own_rule(whole_sentence(text, s))][:MAX_SENTENCES])


def whole_sentence(text: str, part: str) -> str:
    """The sentence of ``text`` (to 。 or ；, line breaks ignored) that holds ``part`` — a line of a text whose lines
    were broken where a printed page ended them (人民法院应\n深\n当自收到……)."""
    flat, bit = re.sub(r"\s+", "", text), re.sub(r"\s+", "", part)
    at = flat.find(bit)
    if at < 0:
        return part
    start = max(flat.rfind(ch, 0, at) for ch in "。；;") + 1
    ends = [e for e in (flat.find(ch, at + len(bit) - 1) for ch in "。；;") if e >= 0]
    return flat[start:min(ends) + 1 if ends else len(flat)]


def lays_own_rule(sentence: str) -> bool:
    """Whether the sentence lays a rule of the document's own that a comparison can read: not a definition of a term,
    and not a norm whose bearer is a court or procuratorate (one stray character of a page header between, as a
    scanned page leaves it: 人民法院应\n深\n当). Read without line breaks."""
    flat = re.sub(r"\s+", "", sentence)
    return not (_DEFINES.search(flat) or _COURTS.search(flat))


def speaks_of_law(sentence: str, hit) -> bool:
    """Whether the sentence speaks of the subject of the law of its best search hit: a law of every field (行政处罚法,
    行政复议法: lexicon concept compare.general_law), or one whose subject the sentence names — in its own words or
    as the party its norm binds (engine.names_own_law: 劳动合同 of 劳动合同法, 社会保险 of 社会保险法). A 暂住人口 fine
    resembling 血吸虫病防治条例's fine by its figures and formula words speaks of neither."""
    from .compare.vocabulary import GENERAL_LAW_RX
    from .engine import names_own_law

    return bool(GENERAL_LAW_RX.search(hit.law or "")) or names_own_law(sentence, hit)


def sweep_upper_findings(clauses, store, as_of: str, title: str, laws, working_days=None, text: str = "") -> list:
    """The sweep's upper-law comparison: each clause against the document's ``laws`` (review.governing), a sentence
    whose own search's best hit is the article compared read as restating it (``agreed``), and each clause left
    unjudged against the laws its own search chooses (``ClauseLawReader.clause_laws``)."""
    from .governing import altered_clauses, named_laws

    reader = ClauseLawReader(store, as_of, title)
    for clause in clauses:
        for s in reader.searched_sentences(clause):
            reader.works_of(s)
    out = altered_clauses(clauses, laws, working_days=working_days, agreed=frozenset(reader.agreed)) if laws else []
    if any("经济特区" in n for n in named_laws(title, text)):
        return out    # a 经济特区法规 may vary the 行政法规 in the zone (立法法 第一百零一条第二款; governing_laws)
    judged = {f.clause.index for f in out if f.clause is not None}
    known = frozenset(law.work_id for law in laws)
    for clause in clauses:
        if clause.index in judged:
            continue
        mine = reader.clause_laws(clause, known)
        if mine:
            out += altered_clauses([clause], mine, working_days=working_days, agreed=frozenset(reader.agreed),
                                   only_agreed=True)
    return out
