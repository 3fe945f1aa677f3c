"""Round 38 (speed38, issue 11): the domain laws' articles are scored only as far as ``domain_laws.MIN_SCORE``
(bench/README.md, "Round 38 — speed38").

``statutes.search.coverage_at_least(q, a, cutoff)`` is ``coverage(q, a)`` wherever either reaches the cutoff (rapidfuzz's
``score_cutoff`` gives up on an alignment that cannot reach it; a score that does is the one computed without it), so
``domain_laws.domain_hits`` keeps the same articles in the same order. Checked on real inputs: the clauses of real
documents against every article of the laws their words name by domain (what ``domain_hits`` scores), and
``domain_hits`` itself against round 37's definition (kept here as the reference).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from review import domain_laws
from review.clauses import split_clauses
from review.domain_laws import ARTICLES, MAX_LAWS, MIN_SCORE, domain_hits, named_by_domain
from review.governing import MAX_ARTICLES, _articles
from review.readers import read_document
from statutes.search import _normalised_article, coverage, coverage_at_least, normalise
from tests.real_lines import DOCS

AS_OF = "2026-12-01"


def _reference_domain_hits(store, about: str, as_of: str, reached=frozenset()) -> list:
    """``domain_hits`` as round 37 wrote it: every article scored whole by ``coverage``."""
    q = normalise(about)
    if not q:
        return []
    out = []
    for work_id in named_by_domain(store, about, as_of):
        if work_id in reached:
            continue
        arts = _articles(store, work_id, as_of)
        if not arts or len(arts) > MAX_ARTICLES:
            continue
        scored = sorted(((coverage(q, _normalised_article(a.text)), n) for n, a in enumerate(arts)),
                        key=lambda t: (-t[0], t[1]))
        out += [replace(arts[n], score=s) for s, n in scored[:ARTICLES] if s >= MIN_SCORE]
    return out


def _real_clauses(step: int, limit: int) -> list[str]:
    if not DOCS.is_dir():
        pytest.skip("no real documents beside the checkout")
    out = []
    for path in sorted(DOCS.iterdir())[::step]:
        out += [c.text for c in split_clauses(read_document(path)) if len(c.text) >= 12][:limit]
    return out


@pytest.mark.parametrize("query,article", [
    ("", "任何单位不得收取费用。"),
    ("任何单位不得收取费用。", ""),
    ("收取费用", "任何单位和个人不得向申请人收取任何费用。"),                 # a part of the article
    ("县民政局负责本行政区域内殡葬管理工作，并对违反本办法的行为予以查处。", "殡葬管理"),   # the query longer: scaled
    ("县档案馆应当向社会开放档案，并为利用者提供便利。", "档案馆应当为档案的利用创造条件，简化手续，提供便利。"),
    ("无线电台站设置使用应当依法取得许可。", "测绘成果保管单位应当建立健全保密制度。"),   # nothing alike
])
@pytest.mark.parametrize("cutoff", [0.0, 25.0, MIN_SCORE, 60.0, 100.0])
def test_coverage_at_least_unit(query, article, cutoff):
    q, a = normalise(query), normalise(article)
    full, cut = coverage(q, a), coverage_at_least(q, a, cutoff)
    if full >= cutoff or cut >= cutoff:
        assert cut == full
    else:
        assert cut < cutoff


def test_coverage_at_least_on_real_clauses_and_domain_articles(corpus):
    """Every (clause, article) ``domain_hits`` scores for the clauses of every 15th real document: where either score
    reaches the cutoff, they are equal (several cutoffs, MIN_SCORE among them)."""
    pairs = 0
    for text in _real_clauses(15, 40):
        q = normalise(text)
        for work_id in named_by_domain(corpus, text, AS_OF)[:MAX_LAWS]:
            arts = _articles(corpus, work_id, AS_OF)
            if not arts or len(arts) > MAX_ARTICLES:
                continue
            for art in arts:
                a = _normalised_article(art.text)
                full = coverage(q, a)
                for cutoff in (MIN_SCORE, 40.0, 70.0):
                    cut = coverage_at_least(q, a, cutoff)
                    assert (cut == full) if (full >= cutoff or cut >= cutoff) else cut < cutoff, (text, art.text)
                pairs += 1
    assert pairs > 1000 or not pairs, pairs     # the corpus names domain laws for real clauses


def test_domain_hits_equal_round_37s(corpus):
    """``domain_hits`` of real clauses (every 11th document's) equals round 37's, article for article and score for
    score (as the upper-law stage asks it: the clause alone, nothing reached)."""
    asked = found = 0
    for text in _real_clauses(11, 30):
        mine = domain_hits(corpus, text, AS_OF)
        assert [(p.version_id, p.article, p.article_sub, p.paragraph, p.item, p.score) for p in mine] == \
            [(p.version_id, p.article, p.article_sub, p.paragraph, p.item, p.score)
             for p in _reference_domain_hits(corpus, text, AS_OF)], text
        asked += 1
        found += bool(mine)
    assert asked and (found or not domain_laws.term_index(corpus, AS_OF))
