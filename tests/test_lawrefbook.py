"""statutes.importers.lawrefbook: a small synthetic tree (always), then the real tree under /work/shared (if present)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from statutes.importers import ImportFailure
from statutes.importers.lawrefbook import (CIVIL_CODE, iter_lawrefbook, list_lawrefbook_files,
                                           parse_lawrefbook_entry, parse_lawrefbook_file, status_source)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TREE = SHARED / "data" / "statutes" / "lawrefbook"

# the real tree is parsed once (module fixture ``real``, seconds): the module's tests run on one xdist worker
pytestmark = pytest.mark.xdist_group("lawrefbook")

HEADER = "# {title}\n\n{info}\n\n<!-- INFO END -->\n\n"


def _md(title: str, info: str, body: str) -> str:
    return HEADER.format(title=title, info=info) + body


def _db(path: Path, folder: str, rows: list[tuple]) -> None:
    """A LawRefBook-style metadata db (DLC column order) with one category."""
    conn = sqlite3.connect(path)
    conn.execute('CREATE TABLE category (id TEXT, name TEXT, folder TEXT, isSubFolder INTEGER, "group" TEXT, "order" INTEGER)')
    conn.execute('CREATE TABLE law (id TEXT, level TEXT, name TEXT, subtitle TEXT, filename TEXT, publish DATE, '
                 'valid_from DATE, expired INTEGER, "order" INTEGER, ver INTEGER, tags TEXT, category_id TEXT)')
    conn.execute("INSERT INTO category VALUES ('c', 'x', ?, 1, NULL, NULL)", (folder,))
    for i, (name, publish, valid_from, expired) in enumerate(rows):
        conn.execute("INSERT INTO law VALUES (?, '地方性法规', ?, NULL, NULL, ?, ?, ?, NULL, 1, NULL, 'c')",
                     (str(i), name, publish, valid_from, expired))
    conn.commit()
    conn.close()


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    dlc = tmp_path / "DLC" / "甲省地方法规"
    folder = dlc / "地方性法规" / "甲省"
    folder.mkdir(parents=True)
    _db(dlc / "db.sqlite3", "地方性法规/甲省",
        [("甲省条例", "2021-11-26", "2022-01-01", 0), ("甲省旧条例", "2001-01-01", "", 1), ("甲省空条例", "", "", 0)])
    (folder / "甲省条例(2021-11-26).md").write_text(_md(
        "甲省条例", "2016年3月24日 甲省第十四届人民代表大会常务委员会第二十六次会议修正", "第一条 目的。\n"), "utf-8")
    (folder / "甲省旧条例(2001-01-01).md").write_text(_md("甲省旧条例", "", "第一条 旧。\n"), "utf-8")
    (folder / "甲省空条例.md").write_text(_md("甲省空条例", "2010年1月1日 通过", "\n"), "utf-8")
    (folder / "乱码.md").write_bytes(b"# \xff\xfe\xff\n\x81\x30")
    (folder / "_index.md").write_text("---\nbookHidden: true\n---\n", "utf-8")
    civil = tmp_path / "民法典"
    civil.mkdir()
    (civil / "附则.md").write_text(_md("中华人民共和国民法典\n\n# 附则", "", "##\n\n第三条 施行。\n"), "utf-8")
    (civil / "总则.md").write_text(_md("中华人民共和国民法典\n\n# 总则", "2020年5月28日 通过\n\n2021年1月1日 施行",
                                        "## 第一章 基本规定\n\n第一条 目的。\n\n第二条 调整。\n"), "utf-8")
    (tmp_path / "案例").mkdir()
    (tmp_path / "案例" / "某案.md").write_text(_md("某案", "", "案情。"), "utf-8")
    return tmp_path


def _by_key(root: Path) -> dict:
    return {e.key: parse_lawrefbook_entry(e) for e in list_lawrefbook_files(root)}


SYNTHETIC_CASES = [
    # version date from the header (2016), not the file name (2021); db valid_from predates it -> version date
    ("DLC/甲省地方法规/地方性法规/甲省/甲省条例(2021-11-26).md",
     ("甲省条例", "地方性法规", "甲省", "2016-03-24", "2016-03-24", "现行有效")),
    # no header dates: db publish fills in; expired=1 -> 失效
    ("DLC/甲省地方法规/地方性法规/甲省/甲省旧条例(2001-01-01).md",
     ("甲省旧条例", "地方性法规", "甲省", "2001-01-01", "2001-01-01", "失效")),
    # the per-编 Civil Code files become one 法律, ordered by first article whatever the file names
    ("民法典", (CIVIL_CODE, "法律", None, "2020-05-28", "2021-01-01", "现行有效")),
]


@pytest.mark.parametrize("key,expected", SYNTHETIC_CASES)
def test_synthetic_entries(tree, key, expected):
    p = _by_key(tree)[key]
    assert (p.title, p.level, p.region, p.publish_date, p.effective_date, p.status) == expected


FAILURE_CASES = [
    # empty body (4 such DLC files upstream)
    ("DLC/甲省地方法规/地方性法规/甲省/甲省空条例.md", "正文为空"),
    # bytes that are neither UTF-8 nor GB18030
    ("DLC/甲省地方法规/地方性法规/甲省/乱码.md", "编码无法识别"),
]


@pytest.mark.parametrize("key,reason", FAILURE_CASES)
def test_synthetic_failures(tree, key, reason):
    got = _by_key(tree)[key]
    assert isinstance(got, ImportFailure) and got.reason == reason


def test_synthetic_listing_skips_cases_and_index(tree):
    keys = [e.key for e in list_lawrefbook_files(tree)]
    assert len(keys) == 5 and not any("案例" in k or "_index" in k for k in keys)


def test_synthetic_civil_code_paths(tree):
    p = _by_key(tree)["民法典"]
    assert [(u.article, u.path) for u in p.units if u.kind == "article"] == [
        (1, "第一编 总则 / 第一章 基本规定"), (2, "第一编 总则 / 第一章 基本规定"), (3, "附则")]


def test_status_source(tree):
    got = _by_key(tree)
    assert status_source(got["DLC/甲省地方法规/地方性法规/甲省/甲省旧条例(2001-01-01).md"]) == "LawRefBook db.sqlite3 expired=1"
    assert status_source(got["民法典"]) == "LawRefBook (inferred)"


# --- the real tree ----------------------------------------------------------------------------------

needs_tree = pytest.mark.skipif(not TREE.is_dir(), reason="/work/shared LawRefBook tree absent")

EMPTY_BODY = {
    "DLC/广东地方法规/地方性法规/广东/汕头经济特区突发公共卫生事件应急条例(2022-05-30).md",
    "DLC/重庆地方法规/地方性法规/重庆/重庆市实施《国家赔偿法》办法(2012-09-27).md",
    "DLC/重庆地方法规/地方性法规/重庆/重庆市实施《母婴保健法》办法(2018-07-26).md",
    "DLC/重庆地方法规/地方性法规/重庆/重庆市实施《农业技术推广法》办法(2016-09-29).md",
}


@pytest.fixture(scope="module")
def real() -> dict:
    if not TREE.is_dir():
        pytest.skip("/work/shared LawRefBook tree absent")
    return {e.key: parse_lawrefbook_entry(e) for e in list_lawrefbook_files(TREE)}


@needs_tree
def test_whole_tree_counts(real):
    # 710 行政法规 + 29 部门规章 + 439 司法解释 + 1,911 DLC + 1 merged 民法典
    assert len(real) == 3090
    failures = {k: v.reason for k, v in real.items() if isinstance(v, ImportFailure)}
    assert failures == {k: "正文为空" for k in EMPTY_BODY}
    ok = [v for v in real.values() if not isinstance(v, ImportFailure)]
    assert sum(v.status == "失效" for v in ok) == 103  # 39 行政法规 + 34 司法解释 + 30 DLC expired=1


@needs_tree
def test_whole_tree_articles_unique_and_ascending(real):
    bad = []
    for key, p in real.items():
        if isinstance(p, ImportFailure):
            continue
        nums = [(u.article, u.article_sub) for u in p.units if u.kind == "article"]
        if not nums or nums != sorted(set(nums)):
            bad.append(key)
    assert bad == []


REAL_CASES = [
    # the 2003 text: its own dates and order number
    ("行政法规/婚姻登记条例(2003-08-08).md",
     ("婚姻登记条例", "行政法规", None, "2003-08-08", "2003-10-01", "国务院令第387号", "现行有效")),
    # the 2025 revision: newest order number; no 施行 line for this version -> db valid_from or version date
    ("行政法规/婚姻登记条例(2025-04-06).md",
     ("婚姻登记条例", "行政法规", None, "2025-04-06", None, "国务院令第804号", "现行有效")),
    # mislabelled file: the text is the 2016 version (SOURCES.md quirk)
    ("DLC/北京地方法规/地方性法规/北京/北京市人口与计划生育条例(2021-11-26).md",
     ("北京市人口与计划生育条例", "地方性法规", "北京", "2016-03-24", None, None, "现行有效")),
    # expired=1 in the national db
    ("行政法规/社会抚养费征收管理办法(2002-08-02).md",
     ("社会抚养费征收管理办法", "行政法规", None, "2002-08-02", "2002-09-01", "国务院令第357号", "失效")),
]


@needs_tree
@pytest.mark.parametrize("key,expected", REAL_CASES)
def test_real_versions(real, key, expected):
    p = real[key]
    got = (p.title, p.level, p.region, p.publish_date, p.effective_date, p.doc_number, p.status)
    exp_eff = expected[4]
    assert got[:4] + got[5:] == expected[:4] + expected[5:]
    assert p.effective_date == exp_eff or (exp_eff is None and p.effective_date >= p.publish_date)


@needs_tree
def test_real_stale_text_keeps_its_content(real):
    p = real["DLC/北京地方法规/地方性法规/北京/北京市人口与计划生育条例(2021-11-26).md"]
    assert any("社会抚养费" in u.text for u in p.units if u.kind == "article")


@needs_tree
def test_real_civil_code_merged(real):
    p = real["民法典"]
    arts = [u for u in p.units if u.kind == "article"]
    assert (p.title, p.level, len(arts)) == (CIVIL_CODE, "法律", 1260)
    assert [u.article for u in arts] == list(range(1, 1261))
    assert arts[0].path == "第一编 总则 / 第一章 基本规定"
    assert arts[-1].path == "附则" and "同时废止" in arts[-1].text


@needs_tree
def test_real_departmental_rule_issuer_from_folder(real):
    p = real["部门规章/公安部/公安机关办理行政案件程序规定(2019-04-27).md"]
    assert (p.level, p.issuer) == ("部门规章", "公安部")


@needs_tree
def test_real_odd_headers(real):
    # "第十五 条工商…" (space inside the label) is article 15, not part of article 14
    p = real["DLC/重庆地方法规/地方性法规/重庆/重庆市合同格式条款监督条例(2010-07-30).md"]
    art15 = [u for u in p.units if u.kind == "article" and u.article == 15]
    assert art15 and art15[0].text.startswith("工商行政管理部门")


@needs_tree
def test_parse_single_file_infers_folder_facts():
    p = parse_lawrefbook_file(TREE / "DLC/上海地方法规/地方性法规/上海/上海市人口与计划生育条例(2021-11-25).md")
    assert (p.level, p.region) == ("地方性法规", "上海")


@needs_tree
def test_iter_matches_listing():
    first = next(iter_lawrefbook(TREE))
    assert first.title and first.units
