"""The sentence readings a document asks for more than once with the same input, read once a document and shared
(round 39, speed39).

A clause's sentences are read as norms by the rule pass (``analyse.read``/``analyse``, the concepts every norm rule
wants) and read again, whole, for single rules: ``review.match.norms_of`` (a rule over another lexicon, a rule whose
conditions bar an agent) and ``review.match.norm_confirms`` (a sweep's confirmation of a pattern's finding), each
with that rule's own wanted concepts. Only the mentions depend on the wanted concepts: the preconditions, sanctions,
actors, modal, context, basis and the asked part of a sentence are the same readings of the same arguments, and were
computed again (bench/reading_counts.py over a sweep of the 167 real documents). Those readings are pure functions
of their arguments (the lexicon, compared by identity, and strings, offsets and frozensets), and what they give is
built of frozen values, so each is remembered here for the document under review: ``per_document`` memos, bounded,
emptied when a document's review starts (``new_document``, review.engine.review_document). A reading that gives a
list gives a fresh list each time (its callers may extend it)."""

from __future__ import annotations

import functools

MAXSIZE = 4096        # the distinct sentences of a long document; one beyond is read again, not shared (exact)

_MEMOS: list = []


def per_document(fn):
    """``fn`` (a pure reading that gives a tuple, a scalar or a frozen value) remembered until ``new_document``."""
    cached = functools.lru_cache(maxsize=MAXSIZE)(fn)
    _MEMOS.append(cached)
    return cached


def per_document_list(fn):
    """``fn`` (a pure reading that gives a list of frozen values) remembered until ``new_document``; each call gets a
    list of its own."""
    cached = functools.lru_cache(maxsize=MAXSIZE)(lambda *args, **kwargs: tuple(fn(*args, **kwargs)))
    _MEMOS.append(cached)

    @functools.wraps(fn)
    def reading(*args, **kwargs):
        return list(cached(*args, **kwargs))

    reading.cache_clear = cached.cache_clear
    reading.cache_info = cached.cache_info
    return reading


def new_document() -> None:
    """Forget the readings of the document reviewed before."""
    for memo in _MEMOS:
        memo.cache_clear()
