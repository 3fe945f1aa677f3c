"""The corpus store on the real default corpus: idempotent import, versions, repeal facts, corrections."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from statutes.errors import CorpusError
from statutes.importers.default import import_default
from statutes.model import ParsedStatute, Unit
from statutes.store import Store, normalise_title
from statutes.units import article_units


@pytest.mark.parametrize("raw, key", [
    ("《中华人民共和国行政许可法》", "行政许可法"),             # brackets and state prefix dropped
    ("中华人民共和国行政许可法（2019年修正）", "行政许可法"),     # version hint dropped
    ("行政许可法", "行政许可法"),                              # already short
    ("中华人民共和国", "中华人民共和国"),                      # the prefix alone is kept
])
def test_normalise_title(raw, key):
    assert normalise_title(raw) == key


def test_default_corpus_counts(corpus):
    """The built corpus holds what the shipped manifest says, level by level and status by status."""
    from statutes.snapshot.reader import load_manifest

    want = load_manifest()["counts"]
    st = corpus.stats()
    assert {k: st[k] for k in ("works", "works_with_text", "versions", "articles")} == \
        {k: want[k] for k in ("works", "works_with_text", "versions", "articles")}
    assert st["by_level_status"] == want["by_level_status"]
    assert st["by_level_status"]["法律"]["现行有效"] > 300
    assert st["by_level_status"]["行政法规"]["现行有效"] > 500
    assert st["by_level_status"]["地方性法规"]["现行有效"] > 1500


def test_first_run_notice_stats_and_opinion_agree(corpus_build, corpus):
    """The counts the first-run notice prints are those of `statutes stats` and of an opinion's corpus note."""
    import cli

    _, built = corpus_build
    st, snap = corpus.stats(), corpus.snapshot()
    notice = cli.corpus_counts(built.works, built.works_with_text, built.versions, built.articles)
    assert notice == cli.corpus_counts(st["works"], st["works_with_text"], st["versions"], st["articles"])
    assert (snap.works, snap.provisions, snap.snapshot_id) == (st["works"], st["articles"], built.snapshot)


def test_reimport_changes_nothing(corpus_path, tmp_path):
    import shutil

    path = tmp_path / "c.db"
    shutil.copy(corpus_path, path)
    store = Store(path)
    before = store.conn.execute("SELECT count(*) FROM provisions").fetchone()[0]
    digest = store.content_digest()
    again = import_default(store)
    assert (again.added, again.new_version, again.unchanged) == (0, 0, again.versions)
    assert store.conn.execute("SELECT count(*) FROM provisions").fetchone()[0] == before
    assert store.content_digest() == digest


def test_changed_text_adds_a_version(tmp_path):
    store = Store(tmp_path / "c.db")
    units = tuple(article_units(1, 0, ["为了规范养犬行为，制定本条例。"]))
    v1 = ParsedStatute(title="某市养犬管理条例", units=units, level="地方性法规", region="某省",
                       publish_date="2010-01-01")
    with store.transaction():
        assert store.add_statute(v1, source="test").action == "added"
        assert store.add_statute(v1, source="test").action == "unchanged"
        v2 = replace(v1, units=tuple(article_units(1, 0, ["为了规范养犬行为，保障公民健康，制定本条例。"])),
                     publish_date="2020-01-01")
        assert store.add_statute(v2, source="test").action == "new_version"
    law = store.find_works("某市养犬管理条例")[0]
    assert [v.publish_date for v in law.versions] == ["2010-01-01", "2020-01-01"]
    old, new = law.versions
    assert store.provision(old.version_id, 1).status == "已被修改"   # superseded version
    assert store.provision(new.version_id, 1).status == "现行有效"


def test_failed_import_leaves_nothing(tmp_path):
    store = Store(tmp_path / "c.db")
    good = ParsedStatute(title="甲条例", units=tuple(article_units(1, 0, ["第一款。"])), level="行政法规")
    with pytest.raises(RuntimeError):
        with store.transaction():
            store.add_statute(good, source="test")
            raise RuntimeError("interrupted half-way")
    assert store.is_empty()
    assert store.conn.execute("SELECT count(*) FROM provisions_fts").fetchone()[0] == 0


@pytest.mark.parametrize("name, repeal_date, successor", [
    ("合同法", "2021-01-01", "中华人民共和国民法典"),                      # absent from laws.db, known by name
    ("《中华人民共和国物权法》", "2021-01-01", "中华人民共和国民法典"),
    ("执业医师法", "2022-03-01", "中华人民共和国医师法"),
    ("城市规划法", "2008-01-01", "中华人民共和国城乡规划法"),
    ("环境保护法", "2026-08-15", "中华人民共和国生态环境法典"),            # in laws.db, repealed by the 法典
    ("城市房屋拆迁管理条例", "2011-01-21", "国有土地上房屋征收与补偿条例"),   # from repealed.csv
    ("增值税暂行条例", "2026-01-01", "中华人民共和国增值税法"),
])
def test_repeal_facts(corpus, name, repeal_date, successor):
    [law] = corpus.find_works(name)
    assert (law.repeal_date, law.successor) == (repeal_date, successor)


def test_corrections_keep_provenance(corpus):
    [law] = corpus.find_works("农村土地承包法")
    current = law.versions[-1]
    assert current.status == "现行有效"
    assert "corrections.csv" in current.status_source


def test_provision_down_to_item(corpus):
    law = corpus.find_works("行政许可法")[0]
    v = law.versions[-1].version_id
    assert corpus.provision(v, 12, 0, 1, 3).text.startswith("（三）提供公众服务")
    assert corpus.provision(v, 42, 0, 2).text.startswith("依照本法第二十六条")
    assert corpus.provision(v, 42, 0, 3) is None                  # no third paragraph
    assert corpus.provision(v, 900) is None


def test_article_sub(corpus):
    law = corpus.find_works("刑法")[0]
    p = corpus.provision(law.versions[-1].version_id, 133, 1)
    assert p.article_label == "第一百三十三条之一" and "驾驶机动车" in p.text


def test_an_empty_file_is_a_new_database(tmp_path):
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    with Store(path) as store:
        assert store.is_empty() and store.snapshot().snapshot_id == "empty"
    assert path.stat().st_size > 0                       # the schema was written into it
    with Store(path) as again:                           # and it opens again as a corpus
        assert again.is_empty()


def test_corrupt_database_is_a_clear_error(tmp_path):
    path = tmp_path / "bad.db"
    path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(CorpusError, match="无法打开法规库"):
        Store(path)


def test_a_newer_database_is_refused(tmp_path):
    """The database was written by a newer fashen (more migrations than this one knows): refused, untouched."""
    import sqlite3

    from statutes.schema import MIGRATIONS

    path = tmp_path / "newer.db"
    Store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO _migrations VALUES (?, 'later')", (len(MIGRATIONS) + 1,))
    before = path.read_bytes()
    with pytest.raises(CorpusError, match="比本程序新，请升级 fashen"):
        Store(path)
    assert path.read_bytes() == before


def test_directory_is_not_a_database(tmp_path):
    with pytest.raises(CorpusError, match="目录"):
        Store(tmp_path)


def test_lawrefbook_subtree_import(tmp_path, shared):
    """Two versions of one title become two versions of one work; an empty file is reported, the rest imports."""
    import shutil

    from statutes.importers.files import import_paths

    src = shared / "data" / "statutes" / "lawrefbook"
    tree = tmp_path / "lawrefbook"
    (tree / "行政法规").mkdir(parents=True)
    for name in ("婚姻登记条例(2003-08-08).md", "婚姻登记条例(2025-04-06).md"):
        shutil.copy(src / "行政法规" / name, tree / "行政法规" / name)
    (tree / "行政法规" / "空白条例(2020-01-01).md").write_text("# 空白条例\n\n<!-- INFO END -->\n", encoding="utf-8")
    store = Store(tmp_path / "c.db")
    report = import_paths(store, [tree], read_text=lambda p: p.read_text(encoding="utf-8"))
    assert (report.added, report.new_version, len(report.failures)) == (1, 1, 1)
    assert report.failures[0].path.endswith("空白条例(2020-01-01).md")
    [law] = store.find_works("婚姻登记条例")
    assert [v.publish_date for v in law.versions] == ["2003-08-08", "2025-04-06"]
    again = import_paths(store, [tree], read_text=lambda p: p.read_text(encoding="utf-8"))
    assert (again.added, again.new_version, again.unchanged) == (0, 0, 2)


def test_item_cited_without_its_paragraph(corpus):
    # 行政许可法 第十二条 has one paragraph; "第十二条第（五）项" means its fifth item
    v = corpus.find_works("行政许可法")[0].versions[-1].version_id
    assert corpus.provision(v, 12, 0, None, 5).text.startswith("（五）企业或者其他组织的设立")
