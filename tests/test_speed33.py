"""Round-33 speed cuts of a 50-clause review are exact (issue 8's ≤ 1 s):

* ``firstchars.best_set`` is an alternative's first set: every alternative ``required_keys`` builds is ordered most
  selective first (``_keep``), so the first is the ``min`` by ``selectivity`` it was computed as;
* ``pack_cache.load_pickle`` reads what ``pickle.load`` reads and leaves the collector as it found it;
* ``rules.verify_bases`` looks each law up once and reports what a lookup per basis reports;
* ``corpus_facts.kept``: a fact of the whole corpus read back from its file is the fact derived; another corpus,
  another import, a write to the database file, another date or no cache derive it again; the laws in force and
  the domain term index of the real corpus read back are the derived ones.
"""

from __future__ import annotations

import gc
import importlib
import pickle
import pkgutil
import sqlite3

import pytest

import review
from review import corpus_facts, pack_cache
from review.firstchars import Keyed, best_set, required_keys, selectivity
from review.norms.lexicon import default_lexicon


def _module_searches() -> list:
    """Every ``Keyed`` (and ``Held``) search a module of ``review`` holds at its top level."""
    found = []
    for info in pkgutil.walk_packages(review.__path__, "review."):
        try:
            module = importlib.import_module(info.name)
        except Exception:  # noqa: BLE001 - a module needing an optional dependency: not ours to test here
            continue
        found += [v for v in vars(module).values() if isinstance(v, Keyed)]
    return found


def test_best_set_is_the_most_selective_set_of_every_alternative_required_keys_builds():
    patterns = [c.regex_source for c in default_lexicon().concepts.values()] + [k.rx for k in _module_searches()]
    alternatives = [alt for p in patterns for alt in (required_keys(p) or ())]
    assert len(alternatives) > 1000
    for alt in alternatives:
        assert best_set(alt) is min(alt, key=selectivity)          # the old computation, the same set object
        assert list(alt) == sorted(alt, key=selectivity)            # … because each is kept in that order


@pytest.mark.parametrize("collector_on", [True, False])
def test_load_pickle_reads_the_value_and_leaves_the_collector_as_it_was(tmp_path, collector_on):
    path = tmp_path / "value.pickle"
    value = {"keys": (frozenset({"本市", "县"}), ("申请", 3)), "n": [1, 2, 3]}
    pack_cache.write_pickle(path, value)
    was = gc.isenabled()
    try:
        (gc.enable if collector_on else gc.disable)()
        assert pack_cache.load_pickle(path) == value == pickle.loads(path.read_bytes())
        assert gc.isenabled() is collector_on
    finally:
        (gc.enable if was else gc.disable)()


def test_the_code_digest_is_read_once_a_process():
    assert pack_cache.code_digest() is pack_cache.code_digest()


class CountingResolver:
    """A resolver that counts the lookups of each law's works."""

    def __init__(self, store):
        self.store, self.asked = store, {}

    def find_works(self, name):
        self.asked[name] = self.asked.get(name, 0) + 1
        return self.store.find_works(name)

    def __getattr__(self, name):
        return getattr(self.store, name)


def test_verify_bases_looks_each_law_up_once_and_reports_what_a_lookup_per_basis_reports(corpus):
    from review.rules import _verify_one, load_packs, verify_bases

    rules = load_packs()
    resolver = CountingResolver(corpus)
    problems = verify_bases(rules, resolver)
    assert resolver.asked and set(resolver.asked.values()) == {1}
    one_by_one = [(r.id, b.law, b.article, *found) for r in rules for b in r.basis
                  if b.level in ("法律", "行政法规") and b.article
                  and (found := _verify_one(b, corpus.find_works(b.law), corpus, None))]
    assert [(p.rule, p.basis.law, p.basis.article, p.outcome, p.message) for p in problems] == one_by_one


# ---------------------------------------------------------------- facts of the whole corpus, kept across processes

class TinyStore:
    """What ``corpus_facts`` reads of a store: its meta and its database file."""

    def __init__(self, path, snapshot="abc123", updated="2026-12-01T00:00:00+00:00", counts="2 30"):
        self.conn = sqlite3.connect(path)
        self.conn.execute("CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT)")
        for k, v in (("snapshot_id", snapshot), ("updated_at", updated), ("counts", counts)):
            if v is not None:
                self.conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (k, v))
        self.conn.commit()

    def get_meta(self, key):
        row = self.conn.execute("SELECT value FROM meta WHERE key=?", (key,)).fetchone()
        return row[0] if row else None


@pytest.fixture
def facts_cache(tmp_path, monkeypatch):
    where = tmp_path / "cache"
    monkeypatch.setenv("FASHEN_CACHE_DIR", str(where))
    monkeypatch.setattr(corpus_facts, "_FACTS", {})
    monkeypatch.setattr(corpus_facts, "_CHANGED", set())
    return where


def _next_process():
    """What a later process sees: this one's facts stored (its exit), none of them in memory."""
    corpus_facts._save()
    corpus_facts._FACTS.clear()
    corpus_facts._CHANGED.clear()


def _never():
    raise AssertionError("derived again where the kept fact should have been read")


def test_a_kept_fact_is_read_back_in_a_later_process(facts_cache, tmp_path):
    store = TinyStore(tmp_path / "c.db")
    assert corpus_facts.kept(store, "laws", "2026-12-02", lambda: {"燃气": (1, 2)}) == {"燃气": (1, 2)}
    _next_process()
    assert len(list(facts_cache.glob("facts-*.pickle"))) == 1
    assert corpus_facts.kept(store, "laws", "2026-12-02", _never) == {"燃气": (1, 2)}


@pytest.mark.parametrize("change", [
    # another corpus (its content digest)
    lambda db, store: store.conn.execute("UPDATE meta SET value='def456' WHERE key='snapshot_id'"),
    # another import of the same content (its time)
    lambda db, store: store.conn.execute("UPDATE meta SET value='2026-12-05T00:00:00+00:00' WHERE key='updated_at'"),
    # a write without an import's bookkeeping (a version or a repeal fact stored directly): the file changes
    lambda db, store: store.conn.execute("CREATE TABLE works(id INTEGER)"),
])
def test_another_corpus_import_or_write_derives_the_fact_again(facts_cache, tmp_path, change):
    db = tmp_path / "c.db"
    store = TinyStore(db)
    corpus_facts.kept(store, "laws", "2026-12-02", lambda: "before")
    _next_process()
    change(db, store)
    store.conn.commit()
    assert corpus_facts.kept(store, "laws", "2026-12-02", lambda: "after") == "after"


def test_another_date_or_another_file_derives_the_fact_again(facts_cache, tmp_path):
    store = TinyStore(tmp_path / "c.db")
    corpus_facts.kept(store, "laws", "2026-12-02", lambda: "on the 2nd")
    _next_process()
    assert corpus_facts.kept(store, "laws", "2026-12-03", lambda: "on the 3rd") == "on the 3rd"
    copy = TinyStore(tmp_path / "copy.db")            # the same meta, another file (a test's copy_db)
    assert corpus_facts.kept(copy, "laws", "2026-12-02", lambda: "of the copy") == "of the copy"


def test_nothing_is_kept_without_a_snapshot_or_without_a_cache(facts_cache, tmp_path, monkeypatch):
    empty = TinyStore(tmp_path / "empty.db", snapshot=None)
    assert corpus_facts.kept(empty, "laws", "2026-12-02", lambda: 1) == 1
    assert corpus_facts.kept(empty, "laws", "2026-12-02", lambda: 2) == 2      # derived every time
    monkeypatch.setenv("FASHEN_CACHE_DIR", "")
    store = TinyStore(tmp_path / "c.db")
    assert corpus_facts.kept(store, "laws", "2026-12-02", lambda: 3) == 3
    assert corpus_facts.kept(store, "laws", "2026-12-02", lambda: 4) == 4
    _next_process()
    assert not facts_cache.exists() or list(facts_cache.glob("facts-*.pickle")) == []


def test_a_damaged_facts_file_is_derived_again(facts_cache, tmp_path):
    store = TinyStore(tmp_path / "c.db")
    corpus_facts.kept(store, "laws", "2026-12-02", lambda: "derived")
    _next_process()
    (entry,) = facts_cache.glob("facts-*.pickle")
    entry.write_bytes(b"not a pickle")
    assert corpus_facts.kept(store, "laws", "2026-12-02", lambda: "again") == "again"


def test_the_real_corpus_facts_read_back_are_the_derived_ones(facts_cache, corpus):
    from review import domain_laws, governing

    for as_of in ("2026-12-02", "2010-01-01"):
        works = governing._works_in_force(corpus, as_of)
        terms = domain_laws._term_index(corpus, as_of)
        assert corpus_facts.kept(corpus, "works_in_force", as_of, lambda: works) == works
        assert corpus_facts.kept(corpus, "domain_terms", as_of, lambda: terms) == terms
        _next_process()
        assert corpus_facts.kept(corpus, "works_in_force", as_of, _never) == works
        read = corpus_facts.kept(corpus, "domain_terms", as_of, _never)
        assert read == terms and list(read) == list(terms)       # the same terms, in the same order
