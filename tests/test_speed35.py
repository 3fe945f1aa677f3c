"""Round 35 (speed35, issues 11 and 12): two speed cuts of the rule stage are exact (bench/README.md, "Round 35 —
speed35").

* A clause read again without its hard wraps (``match.OverWraps``) runs only the rules whose hits there are kept (those
  that read over wraps, are not read per sentence and did not fire on the printed clause): ``ClauseHits(clause,
  only=…)`` gives each asked rule's hits as the full pass does, and ``OverWraps`` the same hits as the full flat pass
  filtered afterwards (round 34's definition, kept here as the reference).
* A reading's ``firstchars.Gate`` checks, after its scan passes, the text's keys against every set of each pattern
  (through a ``KeyIndex``): where it answers False no pattern of the gate matches (the gated readings' own answers are
  compared with the readings' in tests/test_speeds.py).
"""

from __future__ import annotations

import re

import pytest

from review.clauses import split_clauses
from review.firstchars import Gate, KeyIndex
from review.match import ClauseHits, OverWraps, flat_clause, reads_over_wraps
from review.model import Clause
from review.norms import effect, power
from review.readers import read_document
from review.rule_index import rule_index
from review.rules import load_packs
from review.sweep import SWEEP_TOPICS
from tests.real_lines import DOCS, real_lines

RULES = load_packs()
TEXT_RULES = tuple(r for r in RULES if r.kind == "text")
SWEEP_RULES = tuple(r for r in TEXT_RULES if set(SWEEP_TOPICS) & set(r.topics))


def _clause(text: str, header: str = "") -> Clause:
    return Clause(index=0, label="", text=text, start=0, end=len(text), paragraph=0, header=header)


# clauses printed in fixed-width lines (a hard wrap inside a word or phrase), other sectors than the rows the rules
# were built on: a problem each (a paper of a third body, a local firm favoured, a coordinator deciding, a fee) and a
# look-alike (a cited basis, the government's own duty)
WRAPPED = [
    ("第八条　申请无线电台（站）设置使用许可的，应当提交所在社区居民委员会出具的无犯罪记\n录证明以及申请人身份证复印件。", ""),
    ("第十二条　政府采购档案数字化服务的，同等条件下优先选用在本县注册登记的档案服务企\n业，外地企业参与投标的应当另行提供履约保证。", ""),
    ("第九条　对违法占用人防工程的，由县人防工程整治工作领导小组直接作出罚款决定，县人防\n办予以配合执行。", ""),
    ("（三）未按规定参加年度测绘资质巡查的，暂停其承接本县政府投资测绘项目资格一年，并收取\n巡查服务费二千元。", "测绘单位有下列情形之一的，按照以下规定处理："),
    ("第十五条　县气象局依照《气象灾害防御条例》第二十四条的规定，组织开展雷电灾害风险评\n估工作，所需经费列入县级财政预算。", ""),
    ("第六条　县粮食和物资储备局应当依法履行粮食流通监督检查职责，不得以任何理由向粮食经营\n者收取检查费用。", ""),
]


def _real_wrapped(step: int) -> list[Clause]:
    """The clauses of every ``step``-th real document that hold a hard wrap (``flat_clause`` reads them again)."""
    if not DOCS.is_dir():
        return []
    out = []
    for path in sorted(DOCS.iterdir())[::step]:
        out += [c for c in split_clauses(read_document(path)) if flat_clause(c) is not None]
    return out


CLAUSES = [_clause(t, h) for t, h in WRAPPED] + _real_wrapped(9)


def _reference(over: OverWraps, clause: Clause):
    """Round 34's ``OverWraps``: every rule run on the clause without its wraps, the hits kept afterwards."""
    hits_of = over.hits_of
    out = hits_of(clause)
    flat = flat_clause(clause)
    if flat is None:
        return out
    flat_clause_, back = flat
    fired = {i for i, _ in out}
    from review.match import printed
    more = [(i, [[printed(h, back, clause.text) for h in g] for g in groups])
            for i, groups in hits_of(flat_clause_)
            if i not in fired and i not in hits_of.per_sentence and reads_over_wraps(hits_of.rules[i])]
    return sorted(out + more, key=lambda x: x[0]) if more else out


@pytest.mark.parametrize("rules", [TEXT_RULES, SWEEP_RULES], ids=["all", "sweep"])
def test_over_wraps_runs_only_the_kept_rules_and_finds_the_same(rules):
    index = rule_index(rules)
    per_sentence = frozenset(i for i, r in enumerate(rules) if "agency" in r.topics)
    over = OverWraps(ClauseHits(rules, index, (), per_sentence))
    assert over.over_wraps and over.over_wraps != frozenset(range(len(rules)))
    assert len(CLAUSES) > len(WRAPPED) or not DOCS.is_dir()
    for clause in CLAUSES:
        assert over(clause) == _reference(over, clause), clause.text


def test_only_gives_each_asked_rule_s_hits():
    """(``only``: every rule, none, the rules that read over wraps, those without norm conditions — the norm reading
    skipped —, those with them, every third rule)"""
    index = rule_index(TEXT_RULES)
    hits_of = ClauseHits(TEXT_RULES, index, (), frozenset())
    every = frozenset(range(len(TEXT_RULES)))
    subsets = [every, frozenset(), OverWraps(hits_of).over_wraps,
               frozenset(i for i in every if not TEXT_RULES[i].norm), frozenset(index.norm),
               frozenset(range(0, len(TEXT_RULES), 3))]
    for clause in CLAUSES[:60]:
        for text in (clause.text, flat_clause(clause)[0].text):
            c = _clause(text, clause.header)
            full = hits_of(c)
            for only in subsets:
                assert hits_of(c, only) == [x for x in full if x[0] in only], (text, len(only))


# (patterns, text, may) — one row a behaviour of the sharpened gate
GATE_ROWS = [
    # the scan finds a key (优先) but the pattern's other required words (本县……企业) are not there: False
    ((re.compile(r"优先[^。；]{0,8}本县[^。；]{0,8}企业"),), "档案服务优先保障重点工程。", False),
    # every required word there: True (the gate may; the pattern matches)
    ((re.compile(r"优先[^。；]{0,8}本县[^。；]{0,8}企业"),), "优先选用本县测绘企业。", True),
    # every required word there, in another order: still True (a gate is a filter; the reading decides)
    ((re.compile(r"优先[^。；]{0,8}本县[^。；]{0,8}企业"),), "企业在本县优先。", True),
    # no key of the scan: False
    ((re.compile(r"优先[^。；]{0,8}本县[^。；]{0,8}企业"),), "县地震局负责监测。", False),
    # one of two patterns holds: True
    ((re.compile(r"统一由[^。；]{0,12}承担"), re.compile(r"指定[^。；]{0,6}企业")), "由县邮政管理局指定快递企业。", True),
    # neither (指定 without 企业; 统一 without 由……承担): False
    ((re.compile(r"统一由[^。；]{0,12}承担"), re.compile(r"指定[^。；]{0,6}企业")), "指定地点统一存放。", False),
    # a pattern of which nothing can be told (no required literal): always True
    ((re.compile(r"[一-龥]{2}"), re.compile(r"指定[^。；]{0,6}企业")), "侨务。", True),
]


@pytest.mark.parametrize("patterns, text, may", GATE_ROWS)
def test_gate_rows(patterns, text, may):
    assert Gate(*patterns).may(text) is may


def _gates():
    return [(module.__name__, name, value.gate) for module in (effect, power) for name, value in vars(module).items()
            if callable(value) and hasattr(value, "gate")]


def test_a_gate_that_says_no_has_no_match_of_its_patterns():
    """Over the real documents' lines (every 4th document) and the hand clauses: where a gate answers False none of
    its patterns matches (the scan alone and the sharpened test); and the sharpened test rules out more lines."""
    lines = real_lines(4) + [t for t, _ in WRAPPED]
    sharper = 0
    for _, name, gate in _gates():
        for line in lines:
            if not gate.may(line):
                assert not any(getattr(p, "rx", p).search(line) for p in gate.patterns), (name, line)
                sharper += gate._scan is not None and gate._scan.search(line) is not None
    assert sharper or not DOCS.is_dir()


def test_any_holds_is_whether_there_are_candidates():
    """``KeyIndex.any_holds`` (the gate's test) answers ``bool(candidates(keys))``, for each gate's index and the
    concepts' (many items, keys with many entries) over real lines."""
    from review.firstchars import prepared, required_keys, text_keys
    from review.norms.lexicon import default_lexicon

    lex = default_lexicon()
    indexes = [KeyIndex({c.name: prepared(required_keys(c.regex_source)) for c in lex.concepts.values()})]
    for _, _, gate in _gates():
        gate.may("")
        if gate._ready is not None:
            indexes.append(gate._ready)
    for line in real_lines(6)[:3000] + [t for t, _ in WRAPPED] + ["", "的"]:
        keys = text_keys(line)
        for index in indexes:
            assert index.any_holds(keys) == bool(index._candidates(keys)), line


def test_a_gate_s_key_index_holds_each_of_its_patterns():
    for _, name, gate in _gates():
        gate.may("")
        if gate._scan is not None:
            assert isinstance(gate._ready, KeyIndex)
            assert not gate._ready.always, name      # every pattern told (else the scan would be None)
