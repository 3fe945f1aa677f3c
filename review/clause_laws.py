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
* the search agrees on it as the review path agrees on a clause's law (review.engine): its best hit covers
  ``UPPER_MIN_SCORE`` of the sentence, or ``LAW_VOTE`` of the ``UPPER_SEARCH_K`` best hits are its articles
  (``voted_law``);
* it is a 法律 or 行政法规 in force on the review date (the search's own scope) — of higher rank than any local
  document a sweep disposes of (立法法 第九十九条、第一百条) — and not the document itself;
* the governing comparison finds the article on the same matter (its own floors: coverage, shared content bigrams,
  a figure about the same act …).

Cost: one search per sentence with a norm marker of a clause the document's laws leave unjudged, cached per text
within a document (a list copied into each section is searched once).
"""

from __future__ import annotations

from dataclasses import dataclass, field

CLAUSE_LEVELS = ("法律", "行政法规")
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

    def __post_init__(self):
        from statutes.search import SearchCache

        self.corpus = SearchCache(self.store)

    def works_of(self, sentence: str) -> tuple[int, ...]:
        """The works (ids) the corpus search agrees ``sentence`` is about (module docstring), best first."""
        if sentence not in self.searched:
            from statutes.search import search

            from .engine import UPPER_MIN_SCORE, UPPER_SEARCH_K, VOTE_MIN_SCORE, voted_law

            hits = search(self.corpus, sentence, k=UPPER_SEARCH_K, as_of=self.as_of, levels=CLAUSE_LEVELS,
                          in_force=True)
            works = []
            if hits and (hits[0].score or 0) >= UPPER_MIN_SCORE:
                works.append(hits[0].work_id)
                self.agreed.add((sentence, hits[0].work_id, hits[0].article_label))
            voted = voted_law([h for h in hits if (h.score or 0) >= VOTE_MIN_SCORE])
            if voted is not None:
                works.append(voted)
            self.searched[sentence] = tuple(dict.fromkeys(w for w in works if w is not None))
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

    def clause_laws(self, clause, known=frozenset()) -> list:
        """The laws (GoverningLaw) ``clause`` regulates under by its own search, other than the ``known`` work ids."""
        from statutes.search import clause_kind

        from .governing import has_norm_marker, stepped_sentences

        if clause_kind(clause.text) == "boilerplate":
            return []
        sentences = [s for s, _ in stepped_sentences(clause.text) if len(s) >= MIN_CHARS and has_norm_marker(s)]
        ids: list[int] = []
        for s in sentences[:MAX_SENTENCES]:
            ids += [w for w in self.works_of(s) if w not in known]
        return [law for w in dict.fromkeys(ids) if (law := self.law(w)) is not None]


def clause_law_findings(clauses, store, as_of: str, title: str, laws, judged=frozenset(), working_days=None) -> list:
    """UPPER-ALTERED findings for the clauses (not in ``judged``: indexes already found altering the document's
    ``laws``) that alter an article of a law their own search chooses (``ClauseLawReader.clause_laws``)."""
    from .governing import altered_clauses

    reader = ClauseLawReader(store, as_of, title)
    known = frozenset(law.work_id for law in laws)
    out = []
    for clause in clauses:
        if clause.index in judged:
            continue
        mine = reader.clause_laws(clause, known)
        if mine:
            out += altered_clauses([clause], mine, working_days=working_days, agreed=frozenset(reader.agreed))
    return out
