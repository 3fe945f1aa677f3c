"""Round 42 (speed42): exact cuts of the sweep's rule stage, each the same answer from less work —
``match.trigger_spans`` searches each live trigger once (not first for any match, then again for all of them);
``firstchars.text_keys`` builds the same set a faster way; ``sentences.sentence_spans`` and ``unwrapped`` and
``analyse.shaped_sanctions`` are remembered (a clause's sentences read by several readings; a wrapped clause read by the
rule pass and again by the agencies' pass over wraps), each caller still getting a list of its own to change;
``agencies.wrapped_findings`` takes its candidate rules from one lookup of the rules' index. Checked against the former
code, written out here, on the real documents' sentences and clauses, the examples of every rule and concept, and the
clauses of the fixtures (tests/test_wrap_shortcuts.py keeps comparing ``wrapped_findings`` with every gate searched)."""

from __future__ import annotations

from itertools import chain

from hypothesis import given, settings
from hypothesis import strategies as st

from review.firstchars import text_keys
from review.match import _all_spans, _live, trigger_spans
from review.norms.analyse import shaped_sanctions
from review.sentences import norm_spans, sentence_spans, unwrapped
from tests.test_lexicon_scan import LEX, SENTENCES, TEXT_RULES


def _former_trigger_spans(rule, text):
    """``match_text``'s trigger step before round 42: the prefilter's test (a search of each live trigger, the first
    ``all`` pattern's too), then the triggers' matches."""
    live = _live(rule, text)
    if rule.prefilter is None or any(rx.search(text) is not None
                                     for rx, ok in zip(rule.any + rule.all[:1], live) if ok):
        spans = [m.span() for rx, ok in zip(rule.any, live) if ok for m in rx.finditer(text) if m.end() > m.start()]
        if rule.all:
            spans += _all_spans(rule, text)
        return spans
    return None


def _former_text_keys(text):
    return frozenset(chain(text, map(str.__add__, text, text[1:])))


# clause-like texts: real sentences alone and in threes (a clause of several sentences), with a wrap in some
CLAUSES = SENTENCES[::3] + ["".join(SENTENCES[i:i + 3]) for i in range(0, len(SENTENCES), 40)]


def test_every_rules_triggers_give_the_former_spans_on_real_text():
    """Every text rule of the packs on real sentences and three-sentence clauses (every rule on a sample of them;
    the rules' own examples on every rule)."""
    texts = CLAUSES[::25]
    assert len(texts) > 100
    fired = 0
    for rule in TEXT_RULES:
        for text in texts:
            old = _former_trigger_spans(rule, text)
            assert trigger_spans(rule, text) == old, (rule.id, text)
            fired += bool(old)
    assert fired > 20, fired                # (the triggers do match on real text: the comparison is not all None)


def test_each_rules_own_examples_give_the_former_spans():
    for rule in TEXT_RULES:
        for e in rule.examples_positive + rule.examples_negative:
            text = e if isinstance(e, str) else e.get("text", "") if isinstance(e, dict) else ""
            if text:
                assert trigger_spans(rule, text) == _former_trigger_spans(rule, text), (rule.id, text)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(TEXT_RULES), st.sampled_from(SENTENCES), st.sampled_from(SENTENCES), st.integers(0, 40))
def test_spliced_text_gives_the_former_spans(rule, a, b, cut):
    text = a[cut:] + b
    assert trigger_spans(rule, text) == _former_trigger_spans(rule, text)


def test_text_keys_are_the_former_set():
    for text in ["", "甲", "甲乙", "甲甲甲", *CLAUSES[:3000]]:
        assert text_keys.__wrapped__(text) == _former_text_keys(text), text


def test_remembered_spans_are_the_same_and_each_callers_own():
    for text in CLAUSES[:2000]:
        first = sentence_spans(text)
        assert first == list(sentence_spans.__globals__["_sentence_spans"].__wrapped__(text))
        first.append((0, 0))                # a caller may change its list (norm_spans does)
        assert sentence_spans(text) == first[:-1]
        norm_spans(text)
        assert sentence_spans(text) == first[:-1]
    for text in [t.replace("，", "，\n", 1) for t in CLAUSES[:500]] + ["地税部\n门责令……" * 3]:
        flat, back = unwrapped(text)
        again = unwrapped(text)
        assert again == (flat, back) and again[1] is not back
        raw = unwrapped.__globals__["_unwrapped"].__wrapped__(text)
        assert (raw[0], list(raw[1])) == (flat, back)


def test_remembered_shaped_sanctions_are_the_readings():
    found = 0
    for text in SENTENCES:
        got = shaped_sanctions(LEX, text)
        assert got == tuple(shaped_sanctions.__wrapped__(LEX, text)) and got == shaped_sanctions(LEX, text)
        found += bool(got)
    assert found > 0


def test_remembered_matches_are_a_scans_and_each_callers_own():
    """``Lexicon.find`` (remembered since round 42) gives the matches of a scan, in a list of the caller's own; and
    ``could_hold`` answers as the first non-empty match did."""
    from review.norms.analyse import could_hold

    names = list(LEX.concepts)[::7] + list(LEX.groups)
    for text in SENTENCES[::11]:
        for name in names:
            scan = [m.span() for m in LEX.rx(name).finditer(text) if m.end() > m.start()]
            got = LEX.find(name, text)
            assert got == scan, (name, text)
            got.append((0, 0))
            assert LEX.find(name, text) == scan
            assert could_hold(LEX, name, (text,)) == bool(scan)
