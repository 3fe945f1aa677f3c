"""The rule-pack cache (review/pack_cache.py): what a process loads from it is what the loader builds, a changed
pack or lexicon is read anew, a broken office pack is still refused with its file, rule and reason, and a damaged
or foreign entry is ignored."""

from __future__ import annotations

import json
import pickle
import re
import subprocess
import sys

import pytest

from review import pack_cache
from review.lazyre import LazyPattern
from review.match import apply_rules
from review.model import Clause
from review.norms.lexicon import build_lexicon, packaged_lexicon_files
from review.rules import RulePackError, load_packs

GOOD = """
[pack]
name = "office"
version = "1"

[[rule]]
id = "X-OFFICE-01"
category = "penalty"
title = "自设罚款"
severity = "error"
topics = ["content"]
any = ['罚没款']
basis = [{law = "中华人民共和国行政处罚法", article = 16}]
opinion = "“{quote}”设定了罚款。"
examples.positive = ["处以罚没款。", "并处罚没款。"]
examples.negative = ["无。", "警告。"]
"""

TEXTS = ["申请人须经县商务局审批同意后方可营业，违者处以五千元罚款并吊销营业执照。",
         "由市卫生计生委负责审核，报县安监局备案。", "本办法自印发之日起施行，有效期五年。",
         "对拒不配合的，处以罚没款，并由其所在单位给予处分，其子女不得报考公务员。"]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    where = tmp_path / "cache"
    monkeypatch.setenv("FASHEN_CACHE_DIR", str(where))
    return where


def _findings(rules):
    clauses = [Clause(index=i, label=f"第{i + 1}条", text=t, start=0, end=len(t), paragraph=i)
               for i, t in enumerate(TEXTS)]
    return [(f.rule, f.clause.index, f.quote, f.severity) for f in apply_rules(rules, clauses, as_of="2025-06-01")]


def test_a_cached_load_is_the_load(cache):
    built = load_packs()
    assert len(list(cache.glob("packs-*.pickle"))) == 1
    cached = load_packs()
    assert [r.id for r in cached] == [r.id for r in built]
    assert all(isinstance(p, LazyPattern) for r in cached for p in r.any + r.unless)
    assert [r.keys for r in cached] == [r.keys for r in built]
    assert _findings(cached) == _findings(built) != []
    lexicons = {id(r.lexicon) for r in cached if r.lexicon is not None}
    assert len(lexicons) == 1        # one lexicon, shared as the engine expects (rule.lexicon is lexicon)


def test_a_changed_office_pack_is_read_anew(cache, tmp_path):
    office = tmp_path / "office"
    office.mkdir()
    (office / "office.toml").write_text(GOOD, encoding="utf-8")
    first = {r.id: r for r in load_packs([office])}
    assert first["X-OFFICE-01"].title == "自设罚款"
    (office / "office.toml").write_text(GOOD.replace("自设罚款", "自行设定罚款"), encoding="utf-8")
    assert {r.id: r for r in load_packs([office])}["X-OFFICE-01"].title == "自行设定罚款"


def test_a_broken_office_pack_is_refused_after_a_good_load_was_cached(cache, tmp_path):
    office = tmp_path / "office"
    office.mkdir()
    (office / "office.toml").write_text(GOOD, encoding="utf-8")
    load_packs([office])
    (office / "office.toml").write_text(GOOD.replace("any = ['罚没款']", "any = ['罚没款(']"), encoding="utf-8")
    with pytest.raises(RulePackError) as e:
        load_packs([office])
    assert "office.toml" in e.value.path and e.value.rule_id == "X-OFFICE-01" and "正则表达式无效" in e.value.problem


def test_a_damaged_or_foreign_entry_is_ignored(cache):
    built = load_packs()
    (entry,) = cache.glob("packs-*.pickle")
    entry.write_bytes(b"not a pickle")
    assert [r.id for r in load_packs()] == [r.id for r in built]
    (entry,) = cache.glob("packs-*.pickle")
    entry.write_bytes(pickle.dumps(("another key", [])))       # an entry whose stored key is not its own
    assert [r.id for r in load_packs()] == [r.id for r in built]


def test_a_lexicon_built_before_its_files_changed_is_not_stored(cache, monkeypatch):
    """A process that built the default lexicon, then saw a lexicon file edited (a developer's edit while a suite
    runs), must not store that old lexicon under the new files' digest: every later process would read it."""
    from review.norms import lexicon as lx

    lx.default_lexicon()
    monkeypatch.setattr(lx, "_DEFAULT_FILES_KEY", "the digest of the files before an edit")
    assert not lx.default_is_current()
    assert len(load_packs()) > 100
    assert list(cache.glob("packs-*.pickle")) == []
    monkeypatch.undo()
    monkeypatch.setenv("FASHEN_CACHE_DIR", str(cache))
    load_packs()
    assert len(list(cache.glob("packs-*.pickle"))) == 1


def test_no_cache_when_turned_off(tmp_path, monkeypatch):
    monkeypatch.setenv("FASHEN_CACHE_DIR", "")
    assert pack_cache.cache_dir() is None
    assert len(load_packs()) > 100


def test_a_lazy_pattern_is_its_regex():
    lazy = LazyPattern(r"(罚款|罚没款)(\d+)元")
    rx = re.compile(lazy.pattern)
    text = "处罚款500元，或者罚没款20元"
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in rx.finditer(text)]
    assert lazy.search(text).group(2) == "500" and lazy.match(text) is None
    assert pickle.loads(pickle.dumps(lazy)).search(text).span() == rx.search(text).span()


def test_a_stored_program_builds_the_pattern_re_compile_builds(cache):
    from review import lazyre
    from review.rules import regex_sources

    built = load_packs()
    lexicon = next(r.lexicon for r in built if r.lexicon is not None)
    sources = regex_sources(built, lexicon)
    assert len(sources) > 1000
    progs = lazyre.programs(sources)
    assert set(progs) == set(sources)
    lazyre.adopt(progs)
    for source, flags in sources:
        # Pattern equality compares the flags, the source and the matching engine's code
        assert lazyre.compile(source, flags) == re.compile(source, flags), source
    rx = lazyre.compile(r"(?P<n>\d+)(元|倍)")
    assert rx.groupindex == {"n": 1} and rx.search("处200倍罚款").group("n", 2) == ("200", "倍")


def test_a_cached_load_adopts_the_programs_of_every_regex(cache, monkeypatch):
    from review import lazyre
    from review.rules import regex_sources

    load_packs()                                  # builds and stores
    monkeypatch.setattr(lazyre, "_PROGRAMS", {})
    cached = load_packs()                         # reads: the programs come with the packs
    lexicon = next(r.lexicon for r in cached if r.lexicon is not None)
    assert set(regex_sources(cached, lexicon)) <= set(lazyre._PROGRAMS)


def test_a_concept_regex_is_the_same_in_every_process():
    """The programs are keyed by source: a concept's alternation must not depend on the process's string hashes."""
    import subprocess
    import sys

    code = ("from review.norms.lexicon import default_lexicon as d; import hashlib; l = d(); "
            "print(hashlib.sha256('|'.join(l.source(n) for n in l.concepts).encode()).hexdigest())")
    runs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**__import__("os").environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(runs) == 1


def test_a_fresh_process_restores_the_default_lexicon_from_the_cache(cache):
    """A process whose cache holds the packaged packs restores the default lexicon from it (the one its rules hold)
    instead of building it at import; it is the lexicon the files give: the same concepts, groups and scan regexes,
    and the same mentions on real sentences."""
    load_packs()                                   # stores the packaged entry
    probe = (
        "import json\n"
        "from review.norms import lexicon as lx\n"
        "lex = lx.default_lexicon()\n"
        "from review.rules import load_packs\n"
        "rules = load_packs()\n"
        "print(json.dumps({'shared': all(r.lexicon is lex for r in rules if r.lexicon is not None),\n"
        "                  'concepts': sorted(lex.concepts), 'groups': {k: list(v) for k, v in lex.groups.items()},\n"
        "                  'scans': {n: lex.scan_source(n) for n in (*lex.concepts, *lex.groups)},\n"
        f"                  'found': [sorted(lex.possible(s)) for s in {TEXTS!r}],\n"
        f"                  'mentions': [[(n, m.start(), m.end()) for n in sorted(lex.concepts)\n"
        f"                                for m in lex.rx(n).finditer(s)] for s in {TEXTS!r}]}}))\n")
    out = json.loads(subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True,
                                    text=True).stdout)
    built = build_lexicon(packaged_lexicon_files())
    assert out["shared"]
    assert out["concepts"] == sorted(built.concepts)
    assert out["groups"] == {k: list(v) for k, v in built.groups.items()}
    assert out["scans"] == {n: built.scan_source(n) for n in (*built.concepts, *built.groups)}
    assert out["found"] == [sorted(built.possible(s)) for s in TEXTS]
    assert out["mentions"] == [[[n, m.start(), m.end()] for n in sorted(built.concepts)
                                for m in built.rx(n).finditer(s)] for s in TEXTS]
    assert sum(len(m) for m in out["mentions"]) > 5


def test_an_unchanged_entry_is_unpickled_once_and_a_rewritten_one_again(cache):
    key = "k" * 64
    pack_cache.write(key, ["a value"])
    first = pack_cache.read(key)
    assert first == ["a value"] and pack_cache.read(key) is first
    pack_cache.write(key, ["another value"])
    assert pack_cache.read(key) == ["another value"]
