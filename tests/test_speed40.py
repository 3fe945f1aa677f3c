"""Round 40 (speed40): ``KeyIndex`` checks each entry of a key the text holds (no second filing of a common key's
entries after 1,500 lookups, which made the lexicon index's lookups slower). Its candidates are exactly the items whose
whole condition (``firstchars.holds``) the text meets — for the concepts of the default lexicon and for the rules'
keys, looked up with real sentences and clauses more times than the old switch point, and with texts spliced from
real sentences (hypothesis); ``Lexicon.possible`` still keeps every concept with a match (the filter is exact)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from review.firstchars import KeyIndex, holds, prepared, required_keys, text_keys
from tests.test_lexicon_scan import LEX, SENTENCES, TEXT_RULES

READY = {c.name: prepared(required_keys(c.regex_source)) for c in LEX.concepts.values()}
RULE_KEYS = {i: r.keys for i, r in enumerate(TEXT_RULES) if r.keys is not None}
LEXICON_INDEX = KeyIndex(READY)
RULE_INDEX = KeyIndex(RULE_KEYS)


def _expected(items: dict, keys) -> set:
    return {i for i, r in items.items() if holds(r, keys)}


def test_past_the_old_switch_point_the_candidates_are_exactly_the_holding_items():
    """1,600+ lookups of one index (the second filing used to start after 1,500), sentences and clauses of three."""
    texts = SENTENCES[:1200] + ["".join(SENTENCES[i:i + 3]) for i in range(0, 1500, 3)]
    assert len(texts) > 1500
    for index, items in ((KeyIndex(READY), READY), (KeyIndex(RULE_KEYS), RULE_KEYS)):
        for n, text in enumerate(texts):
            keys = text_keys(text)
            if n % 3 == 0:            # (checked whole for every third text: the lookups between still count)
                assert index.candidates(keys) == _expected(items, keys), text
            else:
                index.candidates(keys)


@settings(max_examples=150, deadline=None)
@given(st.integers(0, len(SENTENCES) - 1), st.integers(0, len(SENTENCES) - 1), st.integers(0, 60),
       st.integers(0, 60))
def test_spliced_real_sentences(i, j, cut_a, cut_b):
    """The tail of one real sentence joined to the head of another: new pairs where they meet."""
    a, b = SENTENCES[i], SENTENCES[j]
    text = a[min(cut_a, len(a)):] + b[:max(len(b) - cut_b, 0)]
    keys = text_keys(text)
    assert LEXICON_INDEX.candidates(keys) == _expected(READY, keys)
    assert RULE_INDEX.candidates(keys) == _expected(RULE_KEYS, keys)
    possible = LEX.possible(text)
    for name in READY:
        if name not in possible:
            assert LEX.find(name, text) == [], (name, text)
