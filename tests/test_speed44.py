"""Round 44 (speed44): exact cuts of the sweep's upper-law stage (review/clause_laws.py's per-clause search), each the
same answer from less work — one ``SearchCache`` for every document a sweep process reviews
(``review.sweep._FixedSnapshot.search_cache``: the corpus is fixed during a sweep), bounded; a clause's searched
sentences read once per document. Checked against the plain store's search on real sentences (of the real documents
where ../shared is there, and the examples of every concept and rule)."""

from __future__ import annotations

from review.clause_laws import CLAUSE_LEVELS, ClauseLawReader, sentences_searched
from review.clauses import split_clauses
from review.sweep import _FixedSnapshot
from statutes.search import SearchCache, search, search_cache
from tests.test_lexicon_scan import SENTENCES

# the scopes the sweep's clause search asks (CLAUSE_LEVELS in force on the review date) and a review's, and one other
SCOPES = [
    {"as_of": "2026-12-02", "levels": CLAUSE_LEVELS, "in_force": True},
    {"as_of": "2026-12-02", "in_force": False, "region": "",
     "levels": ("宪法", "法律", "行政法规", "监察法规", "部门规章", "地方性法规", "地方政府规章")},
    {"as_of": "2020-01-01", "region": "广东"},
]
QUERIES = [s for s in SENTENCES if len(s) >= 20][::9][:60]


def _shown(hits):
    return [(h.law, h.article, h.paragraph, h.text, h.score) for h in hits]


class _Tiny(SearchCache):
    MOST_TERMS = 40           # emptied every few searches
    MOST_ARTICLES = 7


def test_queries_are_real_sentences():
    assert len(QUERIES) >= 40


def test_a_bounded_cache_shared_by_many_searches_finds_what_the_store_finds(corpus):
    """One cache for several scopes and many searches (as a sweep's store keeps one for all its documents), its
    statistics and articles dropped and read again: the same provisions in the same order with the same scores."""
    cached = _Tiny(corpus)
    found = 0
    for kw in SCOPES:
        for q in QUERIES[:25]:
            hits = search(cached, q, k=5, **kw)
            assert _shown(hits) == _shown(search(corpus, q, k=5, **kw)), q
            found += bool(hits)
    assert found >= 25
    assert len(cached._articles) <= _Tiny.MOST_ARTICLES + 20     # one fetch may pass the bound (what it read)


def test_a_sweep_store_keeps_one_search_cache(corpus):
    fixed = _FixedSnapshot(corpus)
    assert search_cache(fixed) is search_cache(fixed)
    assert ClauseLawReader(fixed, "2026-12-02").corpus is ClauseLawReader(fixed, "2026-12-02").corpus
    assert search_cache(corpus) is not search_cache(corpus)          # a plain store: a cache for each review
    assert ClauseLawReader(corpus, "2026-12-02").corpus is not ClauseLawReader(corpus, "2026-12-02").corpus


def test_searched_sentences_read_once_each_caller_its_own_list(corpus):
    from review.readers import build_document

    text = "\n".join(f"第{i + 1}条　{q}" for i, q in enumerate(QUERIES))
    clauses = split_clauses(build_document("t.txt", text.split("\n"), "txt"))
    reader = ClauseLawReader(corpus, "2026-12-02")
    assert sum(bool(sentences_searched(c.text)) for c in clauses) >= 5
    for c in clauses:
        first = reader.searched_sentences(c)
        assert first == list(sentences_searched(c.text))
        first.append("x")
        assert reader.searched_sentences(c) == list(sentences_searched(c.text))
