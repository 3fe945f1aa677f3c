"""Round 45 (speed45): exact cuts of a sweep's work — the same answers from less work.

1. ``statutes.search._some_article_holds``: a query with no selective trigram (a spaced-out heading whose runs are
   single characters: 申 请 期 限 超 过 60 日) was looked for by scanning every article's text (``instr``); the trigram
   index, asked for the term as one phrase, tells first whether any article may hold it. Checked against the scan."""

from __future__ import annotations

import pytest

import statutes.search as search_module
from statutes.search import _candidates, _some_article_holds, normalise, search

# texts whose runs (between spaces and punctuation) have no trigram: the scan path (``_candidates`` without grams)
SPACED = [
    "处、 新 闻 出              申 请 期 限 超 过 60 日",          # a table's cell, its characters spaced out
    "日 起 15 日 内 向                28 条，《 工 伤",
    "纳税                 每满 1 千元积 1 分，可累计，",
    "估 基 地 建 设 是 行 为 之 日 起 60 日",
    "人 民 政 府",                                                  # words an article does hold
    "违 反 本 条 例 规 定",
    "行 政 许 可",
    "３．４１——４５周岁计\u3000\u3000６分",
    "公安",                                                          # under three characters: always scanned
    "违反",
    "。",
]
SCOPES = [
    {"as_of": "2026-12-02", "levels": None, "work_id": None, "region": None, "in_force": True},
    {"as_of": "2026-12-02", "levels": ("法律", "行政法规"), "work_id": None, "region": "", "in_force": False},
]


def _scan_always(monkeypatch):
    monkeypatch.setattr(search_module, "_some_article_holds", lambda store, term: True)


@pytest.mark.parametrize("text", SPACED)
def test_the_index_check_keeps_what_the_scan_finds(corpus, monkeypatch, text):
    """The candidates of a text without trigrams, with the index asked first, equal the whole scan's (rows, order)."""
    kept = [[_candidates(corpus, text, 20, *kw.values(), grams=[])] for kw in SCOPES]
    _scan_always(monkeypatch)
    assert kept == [[_candidates(corpus, text, 20, *kw.values(), grams=[])] for kw in SCOPES]


def test_some_spaced_words_are_found_and_some_are_not(corpus):
    """Both answers occur: spaced words an article holds (人民政府) are scanned for and found; a table's cell run
    together (处新闻出申请期限超过60日) is no article's text, and the scan is skipped."""
    assert _candidates(corpus, "人 民 政 府", 20, "2026-12-02", None, None, None, True, grams=[])
    assert not _some_article_holds(corpus, normalise("处、 新 闻 出              申 请 期 限 超 过 60 日"))
    assert _some_article_holds(corpus, "人民政府")
    assert _some_article_holds(corpus, "公安")            # under three characters: the scan decides


def test_every_substring_of_real_articles_is_held(corpus):
    """A necessary condition only: any run of an article's (normalised) text, of any length and any characters
    (Latin letters of either case, digits, full-width digits made ASCII), is said to be held."""
    rows = corpus.conn.execute("SELECT text FROM provisions WHERE kind='article' ORDER BY id LIMIT 400").fetchall()
    asked = 0
    for (text,) in rows[::7]:
        for start in (0, 5, 17):
            for n in (3, 4, 9, 25):
                piece = text[start:start + n]
                if len(piece) < n or piece != normalise(piece):
                    continue
                assert _some_article_holds(corpus, piece), piece
                asked += 1
    assert asked >= 50


def test_searches_over_spaced_texts_are_unchanged(corpus, monkeypatch):
    kept = [[(p.law, p.article, p.score) for p in search(corpus, t, k=5, as_of="2026-12-02")] for t in SPACED]
    _scan_always(monkeypatch)
    assert kept == [[(p.law, p.article, p.score) for p in search(corpus, t, k=5, as_of="2026-12-02")] for t in SPACED]
