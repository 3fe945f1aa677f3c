"""The one-pass filters of the rule engine are exact: a concept or group that ``Lexicon.possible`` leaves out has no
match in the text, so the norm analysis finds the same norms and mentions as a scan of every concept; a rule that
the rule index leaves out (``review/rule_index.py``, ``firstchars.required_keys``) has no trigger or gate match."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from unittest import mock

from hypothesis import given
from hypothesis import strategies as st

from review.firstchars import required_keys, text_keys
from review.norms.analyse import analyse
from review.norms.lexicon import Lexicon, default_lexicon
from review.rule_index import rule_index
from review.rules import load_packs
from review.sentences import sentence_spans

LEX = default_lexicon()
RULES = load_packs()
TEXT_RULES = tuple(r for r in RULES if r.kind == "text")
NAMES = tuple(LEX.concepts) + tuple(LEX.groups)
DOCS = Path(__file__).resolve().parents[2] / "shared" / "data" / "documents" / "txt"


def _sentences() -> list[str]:
    """Real sentences: of the real documents when ../shared is there (every 7th), and always the examples of
    every concept and rule."""
    out = [e for c in LEX.concepts.values() for e in c.examples_positive + c.examples_negative]
    for r in RULES:
        out += [e if isinstance(e, str) else e.get("text", "") for e in r.examples_positive + r.examples_negative
                if isinstance(e, (str, dict))]
    if DOCS.is_dir():
        for i, f in enumerate(sorted(DOCS.glob("*.txt"))):
            text = f.read_text(encoding="utf-8")[:20000]
            out += [text[a:b] for a, b in sentence_spans(text)][i % 7::7]
    return [s for s in out if s]


SENTENCES = _sentences()


def _everything(self, text):
    return frozenset(NAMES)


def test_every_positive_example_is_possible():
    for c in LEX.concepts.values():
        for e in c.examples_positive:
            assert c.name in LEX.possible(e), (c.name, e)
            if c.group:
                assert c.group in LEX.possible(e), (c.group, e)


@given(st.sampled_from(SENTENCES), st.sampled_from(SENTENCES), st.integers(0, 200), st.integers(0, 200))
def test_a_concept_left_out_has_no_match(first, second, cut, length):
    text = (first + second)[cut:cut + length] if length else first
    possible = LEX.possible(text)
    for name in NAMES:
        if name not in possible:
            assert LEX.rx(name).search(text) is None, (name, text)
            # nor in any part of the text (the analysis searches windows of a sentence)
            assert LEX.rx(name).search(text[len(text) // 3:]) is None, (name, text)


@given(st.sampled_from(SENTENCES), st.sampled_from(SENTENCES))
def test_analysis_is_the_same_as_scanning_every_concept(first, second):
    text = first + "。" + second
    fast = analyse(text, LEX, "", NAMES)
    with mock.patch.object(Lexicon, "possible", _everything):
        slow = analyse(text, LEX, "", NAMES)
    assert fast == slow


def test_the_filter_skips_most_concepts_of_a_real_sentence():
    # not a timing: the filter must leave out most concepts, or the analysis scans them all again
    text = "申请人应当向县市场监督管理局提交营业执照复印件，经审核同意后方可开展经营活动。"
    possible = LEX.possible(text)
    assert len(possible) < len(NAMES) / 2
    assert {"modal.duty", "approval"} <= possible
    assert all(re.search(LEX.rx(n), text) is None for n in NAMES if n not in possible)


@given(st.sampled_from(SENTENCES), st.sampled_from(SENTENCES), st.integers(0, 200), st.integers(0, 200))
def test_a_rule_left_out_by_the_index_has_no_trigger_in_the_text(first, second, cut, length):
    text = (first + second)[cut:cut + length] if length else first
    index = rule_index(TEXT_RULES)
    candidates = index.pattern_candidates(text_keys(text))
    for i, r in enumerate(TEXT_RULES):
        if i not in candidates:
            if r.prefilter is None:
                assert r.norm, r.id          # a rule of norm conditions alone: could_meet decides
                continue
            assert r.prefilter.search(text) is None or (r.gate is not None and r.gate.search(text) is None), r.id


@pytest.mark.parametrize("pattern,required", [
    # per alternative (a way to match), sets it holds: each must meet the text's characters and adjacent pairs
    ("abc", [[{"ab"}, {"bc"}]]), ("(?<=x)ab", [[{"ab"}]]), ("(?:a?)b", [[{"b"}]]), ("a.", [[{"a"}]]),
    ("[一-龥]{2,16}(有限公司|集团)", [[{"有限"}, {"公司"}], [{"集团"}]]), ("a*", None), ("(?i)ab", None), (".", None),
])
def test_required_keys_table(pattern, required):
    got = required_keys(pattern)
    if required is None:
        assert got is None
    else:
        assert len(got) == len(required)
        assert all(frozenset(r) in alt for alt, sets in zip(got, required) for r in sets)


def test_every_alternative_of_a_trigger_union_stays_apart():
    # a union of triggers is one condition per trigger, not one set merged from all of them
    got = required_keys("(?:甲乙丙)|(?:丁戊)")
    assert got is not None and len(got) == 2


@given(st.sampled_from(SENTENCES), st.sampled_from(SENTENCES), st.integers(0, 200), st.integers(0, 200))
def test_a_clause_whose_norms_no_rule_reads_is_not_analysed(first, second, cut, length):
    """``match.norm_readers`` is exact: a rule it leaves out is not among the candidates and could meet none of
    its conditions in what the clause's norms hold (what they hold is among the concepts that can occur in the
    clause, and among those its sentences match: ``analyse.could_hold``); empty, the clause is not read at all."""
    from review.match import ClauseHits, norm_readers, wanted_concepts
    from review.norms.analyse import could_hold, reading_parts, shaped_concepts
    from review.norms.conditions import could_meet, norms_found

    text = (first + "。" + second)[cut:cut + length] if length else first + "。" + second
    lex = next(r.lexicon for r in TEXT_RULES if r.norm)            # the lexicon the rules share
    index = rule_index(TEXT_RULES)
    hits_of = ClauseHits(TEXT_RULES, index, (), frozenset())
    own = hits_of.own
    assert own
    candidates = index.pattern_candidates(text_keys(text))
    found = norms_found(analyse(text, lex, "", wanted_concepts([TEXT_RULES[i] for i in own])))
    held = {f"{tag}:{c}" for c in lex.possible(text) for tag in "mps"}
    assert index.norm_concerning(lex.possible(text)) == index.norm_sharing(held)
    assert found.keys <= held
    parts = reading_parts(text)
    # (a measure in another shape — object first, a long object — is read as a concept its words do not match:
    # norm_readers adds those, ``shaped_concepts``)
    shaped = shaped_concepts(lex, text)
    assert all(could_hold(lex, c, parts) or c in shaped for c in found.mentioned | found.preconditions | found.sanctions)
    readers = norm_readers(hits_of, candidates, text, "")
    assert own & candidates <= readers
    assert not any(could_meet(c, found, lex) for i in index.norm_sharing(found.keys) - candidates - readers
                   for c in TEXT_RULES[i].norm)


@given(st.sampled_from(SENTENCES), st.sampled_from(SENTENCES), st.integers(0, 200), st.integers(0, 200))
def test_a_trigger_left_out_has_no_match_and_the_rest_decide_as_the_prefilter(first, second, cut, length):
    """``match._live``: a trigger whose required keys the text lacks has no match; searching the others one by one
    answers what the rule's prefilter (their union) answers."""
    from review.match import _live

    text = (first + second)[cut:cut + length] if length else first
    for r in TEXT_RULES:
        if r.prefilter is None:
            continue
        triggers = r.any + r.all[:1]
        live = _live(r, text)
        assert len(live) == len(triggers) == len(r.trigger_keys), r.id
        assert all(ok or rx.search(text) is None for rx, ok in zip(triggers, live)), r.id
        assert any(rx.search(text) is not None for rx, ok in zip(triggers, live) if ok) == \
            (r.prefilter.search(text) is not None), r.id


@pytest.mark.parametrize("rule_id", ["FC-DESIGNATE", "FC-LOCAL-ONLY"])
def test_a_rule_of_many_patterns_keeps_its_triggers_sharp(rule_id):
    # the prefilter's condition is the union of its triggers' conditions (review.rules._keys), not one set merged from
    # a union of hundreds of alternatives (patterns that name concepts expand to many): such a rule is no candidate
    # for an ordinary clause that none of its triggers can match
    from review.firstchars import holds

    text = "申请人应当向县市场监督管理局提交营业执照复印件，经审核同意后方可开展经营活动。"
    rule = next(r for r in TEXT_RULES if r.id == rule_id)
    assert rule.prefilter.search(text) is None
    assert not holds(rule.keys, text_keys(text))


@given(st.sampled_from(SENTENCES), st.sampled_from(SENTENCES), st.integers(0, 200), st.integers(0, 200))
def test_possible_among_a_few_names_is_possible_less_the_others(first, second, cut, length):
    """``Lexicon.possible_among`` (the restricted key index ``match.norm_readers`` asks) answers what ``possible``
    answers for those names, groups included; and ``could_meet`` reads no name outside ``norm_names`` of the
    index (so ``norm_readers`` may hold only those)."""
    from review.norms.conditions import NormsFound, could_meet

    text = (first + "。" + second)[cut:cut + length] if length else first + "。" + second
    index = rule_index(TEXT_RULES)
    names = index.norm_names
    full = LEX.possible(text)
    assert LEX.possible_among(names, text) == full & names
    assert LEX.possible_among(frozenset(LEX.groups), text) == full & frozenset(LEX.groups)
    held, kept = NormsFound(full, full, full), NormsFound(full & names, full & names, full & names)
    for i in index.norm:
        for cond in TEXT_RULES[i].norm:
            assert could_meet(cond, held, LEX) == could_meet(cond, kept, LEX), TEXT_RULES[i].id


def test_a_restricted_key_index_answers_as_one_built_for_those_items():
    from review.firstchars import KeyIndex, prepared

    ready = {c.name: prepared(required_keys(c.regex_source)) for c in LEX.concepts.values()}
    some = sorted(ready)[::3]
    full, built = KeyIndex(ready), KeyIndex({n: ready[n] for n in some})
    sub = full.restricted(some)
    for text in SENTENCES[:400]:
        keys = text_keys(text)
        assert sub.candidates(keys) == built.candidates(keys) == full.candidates(keys) & set(some)


def _rule_sets(loaded=RULES) -> list[tuple]:
    """Rule sets a review draws from the loaded packs: each document kind's (review.engine.applicable_rules), with
    the sweep topics, and every other rule (positions shifted and renamed)."""
    from review.engine import applicable_rules
    from review.sweep import SWEEP_TOPICS

    out = []
    for kind in ("规范性文件", "规章", "合同", "内部文件"):
        rules = [r for r in applicable_rules(loaded, kind) if r.kind == "text"]
        out.append(tuple(rules))
        out.append(tuple(r for r in rules if set(SWEEP_TOPICS) & set(r.topics)))
    out.append(tuple(r for r in loaded if r.kind == "text")[1::2])
    return [s for s in out if s]


def test_a_rule_set_indexed_from_the_packs_index_answers_as_one_built_for_it():
    """``rule_index`` of a rule set drawn from the loaded packs restricts the index stored with them (the pack
    cache's, ``rule_index.adopt``) instead of choosing its keys again: the same candidates, norm positions and
    names as ``build_index`` of that set, on real sentences."""
    from review import rule_index as ri

    loaded = load_packs()         # other tests in this process may have loaded other packs since RULES was
    assert ri._WHOLE and ri._WHOLE[0][1] == tuple(r for r in loaded if r.kind == "text")   # load_packs adopted it
    for rules in _rule_sets(loaded):
        ri.rule_index.cache_clear()
        with mock.patch.object(ri, "build_index", side_effect=AssertionError("keys chosen again")):
            restricted = ri.rule_index(rules)
        built = ri.build_index(rules)
        assert (restricted.norm, restricted.norm_keys, restricted.norm_by_key, restricted.norm_by_concept,
                restricted.norm_names) == (built.norm, built.norm_keys, built.norm_by_key, built.norm_by_concept,
                                           built.norm_names)
        for text in SENTENCES[:600]:
            keys = text_keys(text)
            assert restricted.pattern_candidates(keys) == built.pattern_candidates(keys), text


def test_possible_among_restricted_from_a_kept_index_answers_as_from_the_whole():
    """``norms.lexicon.keep_among`` (the index of the loaded rules' norm names, stored with the lexicon):
    ``possible_among`` of a smaller name set, restricted from it, answers what ``possible`` does."""
    from review.norms import lexicon as lx

    lex = next(r.lexicon for r in TEXT_RULES if r.norm)            # the lexicon the rules share
    names = rule_index(TEXT_RULES).norm_names
    assert any(names & set(lex.concepts) <= k for k in lex._derived().get("among", {}))
    for rules in _rule_sets():
        some = rule_index(rules).norm_names
        lx._among.cache_clear()
        for text in SENTENCES[:300]:
            assert lex.possible_among(some, text) == lex.possible(text) & some, text


def test_a_clause_s_hits_are_each_rule_s_own_hits():
    """``match.ClauseHits`` skips rules by their keys, reads a clause's norms only where a rule may need them, and
    reads who acts, the modal, the basis and the context (``analyse`` after ``analyse.read``) only where a rule
    over the shared lexicon is still a candidate: every rule's hits are what ``match_text`` of that rule alone finds
    (its own full norm reading), on real sentences, alone and under a list header."""
    from review.match import ClauseHits, match_text
    from review.model import Clause

    index = rule_index(TEXT_RULES)
    hits_of = ClauseHits(TEXT_RULES, index, (), frozenset())
    headers = ["", "申请人应当提交下列材料：", "有下列情形之一的，不予办理："]
    for n, text in enumerate(SENTENCES[:240]):
        header = headers[n % 3]
        if header:
            text = f"（{'一二三'[n % 3]}）{text}"
        clause = Clause(index=0, label="", text=text, start=0, end=len(text), paragraph=0, header=header)
        got = {i: [h for g in groups for h in g] for i, groups in hits_of(clause)}
        want = {i: hits for i, r in enumerate(TEXT_RULES)
                if (r.gate is None or r.gate.search(text)) and (hits := match_text(r, text, header))}
        assert got == want, text


def test_a_key_index_admits_exactly_the_items_whose_condition_holds():
    """``KeyIndex`` files each alternative under the keys of one of its sets: its candidates are exactly the items
    whose whole condition (``holds``) the text meets, for the concepts and for the rules (keys with many entries, 本市
    and 政府 among them), on real sentences and whole clauses, looked up more than once (its memo). (Round 40: the
    second filing of a common key's entries this test once compared is gone — slower than checking them.)"""
    from review.firstchars import KeyIndex, holds, prepared

    ready = {c.name: prepared(required_keys(c.regex_source)) for c in LEX.concepts.values()}
    rules = {i: r.keys for i, r in enumerate(TEXT_RULES) if r.keys is not None}
    texts = SENTENCES[:500] + ["。".join(SENTENCES[i:i + 6]) for i in range(0, 600, 6)]
    common = 0
    for items in (ready, rules):
        index = KeyIndex(items)
        common += sum(1 for _, entries in index.by_key.values() if len(entries) > 4)
        for text in texts + texts[:50]:
            keys = text_keys(text)
            assert index.candidates(keys) == {i for i, r in items.items() if holds(r, keys)}, text
    assert common > 50            # keys with many entries to check (else this tests little)


def test_readings_within_the_clause_s_possible_concepts_are_the_sentence_by_sentence_readings():
    """``read`` given ``within`` (what may occur in the whole clause, a superset of each sentence's) reads the same
    mentions, preconditions and sanctions as with each sentence's own ``possible``, on real multi-sentence clauses;
    ``analyse`` of those readings (which skips scans by their ``possible`` too) the same norms."""
    from review.norms.analyse import read
    from review.match import wanted_concepts

    wanted = wanted_concepts(r for r in TEXT_RULES if r.norm)
    clauses = ["".join(SENTENCES[i:i + 3]) for i in range(0, min(len(SENTENCES), 2400), 3)]
    differ = 0
    for text in clauses:
        own = read(text, LEX, "", wanted)
        within = read(text, LEX, "", wanted, within=LEX.possible(text))
        assert [(r.start, r.end, r.mentions, r.preconditions, r.sanctions) for r in own] == \
            [(r.start, r.end, r.mentions, r.preconditions, r.sanctions) for r in within], text
        if differ < 150:
            assert [_norm_fields(n) for n in analyse(text, LEX, "", wanted, readings=own)] == \
                [_norm_fields(n) for n in analyse(text, LEX, "", wanted, readings=within)], text
        differ += any(a.possible != b.possible for a, b in zip(own, within))
    assert differ >= 5            # not vacuous: the clause's possible concepts are more than a sentence's (13 of 800 clauses at a2e99b1)


def _norm_fields(norm) -> tuple:
    return (norm.start, norm.end, norm.modal, norm.actors, norm.agent, norm.preconditions, norm.sanctions,
            norm.basis, norm.context, norm.mentions, norm.keeper, norm.relief)
