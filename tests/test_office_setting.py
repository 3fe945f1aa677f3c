"""Whose documents a sweep disposes of, as the user sets it (issue 9, round 12): ``--office`` naming one or several
offices' regions (their governments' and departments' documents are their own; every other government's or higher
body's document is 非本级文件), and ``--joint`` for 党政联合文件 (the government's part disposed of — the default —
or the whole document listed as 非本级文件 with the office's proposal for its government's part). Real documents,
real corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from review.disposition import AMEND, NOT_OURS
from review.kinds import DocKind, Issuer
from review.office import JOINT_MODES, Office, remit

DOCS = Path(__file__).resolve().parents[2] / "shared" / "data" / "documents" / "txt"
AS_OF = "2026-12-01"
needs_docs = pytest.mark.skipif(not DOCS.is_dir(), reason="../shared/data/documents 不存在")


@pytest.fixture(scope="module")
def packs():
    from review.rules import load_packs

    return load_packs()


def _gov(name, region, level):
    return DocKind(kind="行政规范性文件", issuer=Issuer(name=name, region=region, level=level, branch="政府"))


def test_several_offices_named_each_own_and_nothing_else():
    office = Office.parse("深圳市、广州市")
    assert office.named == ("深圳市", "广州市") and office.level == "市" and office.describe() == "深圳市、广州市"
    assert Office.parse("深圳市，广州市").named == office.named
    assert remit(_gov("广州市人民政府", "广州市", "市"), office).ours
    assert remit(_gov("深圳市人力资源和社会保障局", "深圳市", "市"), office).ours
    other = remit(_gov("佛山市人民政府", "佛山市", "市"), office)
    assert not other.ours and other.group == NOT_OURS and "其他地区机关（佛山市人民政府）" in other.reason
    higher = remit(_gov("广东省人民政府", "广东省", "省"), office)
    assert not higher.ours and "上级机关（广东省人民政府）" in higher.reason
    assert "不属于深圳市、广州市本级清理对象" in higher.reason
    # a province the archive's offices stand under or not: named offices list every higher body's document
    assert not remit(_gov("山东省人民政府", "山东省", "省"), office).ours


_JOINT = DocKind(kind="党内文件", issuer=Issuer(name="中共深圳市委、深圳市人民政府", region="深圳市", level="市",
                                                branch="党委"))


def test_joint_document_setting():
    office = Office.parse("深圳市")
    assert JOINT_MODES == ("dispose", "list")
    mine = remit(_JOINT, office)                 # the default: the government's part is disposed of
    assert mine.ours and mine.reason.endswith("会同中共深圳市委联合清理")
    listed = remit(_JOINT, office, "list")
    assert not listed.ours and listed.group == NOT_OURS and listed.part
    assert "提请会同中共深圳市委共同清理" in listed.reason
    # another city's joint document is listed either way, with no proposal of ours
    other = remit(_JOINT, Office.parse("广州市"), "list")
    assert not other.ours and not other.part


@needs_docs
def test_real_joint_decision_listed_with_the_government_parts_proposal(corpus, packs):
    """D151 (中共深圳市委、深圳市人民政府 decision; labelled 非本级 because the government cannot dispose of it alone,
    the government part's proposal given): ``--joint list`` lists it with what the office proposes for the
    government's part; the default disposes of that part (D100's labellers' choice)."""
    from review.sweep import Reviewer, SweepOptions

    path = next(DOCS.glob("D151_*"))
    office = Office.parse("深圳市")
    listed = Reviewer(corpus, packs, SweepOptions(as_of=AS_OF, office=office, joint="list")).review(path)
    assert listed["disposition"] == NOT_OURS, listed["reasons"]
    assert listed["reasons"][0].startswith("系党政联合文件（中共深圳市委、深圳市人民政府）")
    proposal = listed["reasons"][1]
    disposed = Reviewer(corpus, packs, SweepOptions(as_of=AS_OF, office=office)).review(path)
    assert disposed["disposition"] == AMEND
    assert proposal == f"政府部分的清理意见：{disposed['disposition']}"
    assert listed["clauses_to_change"] == disposed["clauses_to_change"] != []


@needs_docs
@pytest.mark.parametrize("doc", ["D089", "D090"])
def test_real_provincial_rules_of_a_province_without_an_office_here(corpus, packs, doc):
    """D089 (山东省人民政府令), D090 (山西省人民政府令), labelled 非本级: in the dev archive no city of 山东 or 山西 has
    documents, so the inferred office (several cities' archives together) disposes of them as their own office would;
    naming the archive's offices (``--office``) lists them."""
    from review.sweep import Reviewer, SweepOptions

    path = next(DOCS.glob(f"{doc}_*"))
    inferred = Office("", "市", inferred=True, regions=("广州市", "深圳市", "南京市"))
    named = Office.parse("广州市、深圳市、南京市")
    got = Reviewer(corpus, packs, SweepOptions(as_of=AS_OF, office=inferred)).review(path)
    assert got["disposition"] == AMEND
    got = Reviewer(corpus, packs, SweepOptions(as_of=AS_OF, office=named)).review(path)
    assert got["disposition"] == NOT_OURS and "上级机关" not in got["reasons"][0]
    assert "不属于广州市、深圳市、南京市本级清理对象" in got["reasons"][0]


@needs_docs
def test_cli_joint_setting(tmp_path, corpus_path):
    from tests.clirun import fashen
    from tests.sweep_helpers import copy_db

    db = copy_db(corpus_path, tmp_path / "sweep.db")          # a sweep stores its results: not in the shared corpus

    folder = tmp_path / "文件库"
    folder.mkdir()
    src = next(DOCS.glob("D151_*"))
    (folder / src.name).write_bytes(src.read_bytes())
    run = fashen("sweep", str(folder), "--office", "深圳市", "--joint", "list", "--json", "--workers", "1",
                 "--as-of", AS_OF, db=db)
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["documents"][0]["disposition"] == NOT_OURS and data["summary"]["joint"] == "list"
    bad = fashen("sweep", str(folder), "--joint", "both", db=db)
    assert bad.returncode == 2 and "--joint" in bad.stderr and "Traceback" not in bad.stderr
