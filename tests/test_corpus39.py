"""Round 39 (corpus39): clauses resting on a repealed system whose repealing instrument the corpus now holds
(劳动教养, 收容教育) or still does not (营业税: 国务院令第691号), and lawful look-alikes; the supplement texts in the
snapshot; ``fashen rules check`` over every level (bench/README.md, "Round 39 — corpus39")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("corpus39.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_corpus39_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


# ---- the supplement texts in the shipped snapshot, with their provenance
SUPPLEMENT = ("全国人民代表大会常务委员会关于废止有关劳动教养法律规定的决定",
              "全国人民代表大会常务委员会关于废止有关收容教育法律规定和制度的决定")


@pytest.mark.parametrize("title, effective", list(zip(SUPPLEMENT, ("2013-12-28", "2019-12-29"))))
def test_supplement_text_in_the_corpus_with_its_source(corpus, title, effective):
    (work,) = corpus.find_works(title)
    assert work.has_text and work.level == "法律"
    v = work.version_as_of("2026-12-01")
    assert v.status == "现行有效" and v.effective_date == effective
    assert "whthomas/china-laws" in v.status_source and "核对" in v.status_source
    row = corpus.conn.execute("SELECT source, source_key FROM versions WHERE id=?", (v.version_id,)).fetchone()
    assert row[0] == "whthomas/china-laws@fa86d98" and row[1].startswith("markdown/有关法律问题和重大问题的决定/")
    assert corpus.provision(v.version_id, 1) is not None


def test_supplement_file_without_its_provenance_is_refused(tmp_path):
    from statutes.importers import ImportFailure
    from statutes.importers.supplement import parse_supplement_file
    from statutes.snapshot.sources import read_supplement

    good = sorted((__import__("pathlib").Path(__file__).parents[1] / "statutes" / "data" / "supplement").glob("*.md"))
    assert len(good) == 2 and all(not isinstance(parse_supplement_file(p), ImportFailure) for p in good)
    bare = tmp_path / "无来源.md"
    bare.write_text("# 某决定\n\n一、废止某制度。\n", encoding="utf-8")
    no_checked = tmp_path / "未核对.md"
    no_checked.write_text(good[0].read_text(encoding="utf-8").replace("checked:", "x_checked:"), encoding="utf-8")
    drafts, sources, failures = read_supplement(tmp_path)
    assert drafts == [] and sources == []
    reasons = {f.path.split("/")[-1]: f.reason for f in failures}
    assert "缺少来源说明" in reasons["无来源.md"] and "checked" in reasons["未核对.md"]


# ---- `fashen rules check` over every level, on the real corpus
def _rule(basis):
    from dataclasses import replace

    return replace(RULES[0], id="T-CORPUS39-01", basis=(basis,))


@pytest.mark.parametrize("basis, outcome", [
    # a 部门规章 the corpus holds: the article exists and is in force
    (dict(law="市场监督管理行政处罚信息公示规定", article=3, level="部门规章"), None),
    (dict(law="市场监督管理行政处罚信息公示规定", article=99, level="部门规章"), "article-not-found"),
    # a 部门规章 known only by its repeal (name-only work): not verified
    (dict(law="个体工商户登记管理办法", article=2, level="部门规章"), "no-text"),
    # a 国务院文件 the corpus does not hold: reported as 未收录, not as a failure
    (dict(law="国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知", level="政策文件",
          doc_number="国办发〔2018〕37号"), "unheld"),
    # a whole-instrument citation of a decision the supplement holds: in force
    (dict(law="全国人民代表大会常务委员会关于废止有关劳动教养法律规定的决定", level="有关法律问题的决定"), None),
    # a 行政法规 the corpus lacks stays a failure
    (dict(law="某省测试专用管理条例", article=3, level="行政法规"), "outside-corpus"),
])
def test_verify_bases_every_level_on_the_real_corpus(corpus, basis, outcome):
    from review.rules import Basis, verify_bases

    problems = verify_bases([_rule(Basis(**basis))], corpus, as_of="2026-12-01", levels=None)
    assert [p.outcome for p in problems] == ([outcome] if outcome else [])
    # the default stays 法律 and 行政法规 with an article (what a review reports on stderr)
    default = verify_bases([_rule(Basis(**basis))], corpus, as_of="2026-12-01")
    assert [p.outcome for p in default] == (["outside-corpus"] if outcome == "outside-corpus" else [])


def test_rules_check_counts_every_level(corpus_path):
    import json

    from tests.clirun import fashen

    r = fashen("rules", "check", "--json", "--as-of", "2026-12-01", db=corpus_path)
    d = json.loads(r.stdout)
    assert r.returncode == 0 and d["problems"] == [] and d["unverified"] == 0
    lv = d["by_level"]
    assert lv["法律"]["failed"] == lv["行政法规"]["failed"] == 0 and lv["法律"]["unheld"] == 0
    assert lv["有关法律问题的决定"] == {"bases": 2, "verified": 2, "failed": 0, "unheld": 0}
    assert lv["司法解释"]["verified"] == 3
    assert d["bases"] == sum(c["bases"] for c in lv.values()) > 600
    unheld = {w["law"]: w["bases"] for w in d["unheld_works"]}
    assert d["unheld"] == sum(unheld.values()) and unheld["国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知"] >= 40
    text = fashen("rules", "check", "--as-of", "2026-12-01", db=corpus_path).stdout
    assert "未通过核对 0 处" in text and "法规库未收录的依据" in text and "不计为未通过" in text


# ---- two of the 14 unverified 施行 dates verified (effective_dates.csv)
@pytest.mark.parametrize("law, was", [("中华人民共和国人民防空法", "1997-01-01"), ("中华人民共和国矿山安全法", "1993-05-01")])
def test_2009_amended_texts_take_effect_on_promulgation(corpus, law, was):
    from statutes.snapshot.reader import iter_records

    [rec] = [r for r in iter_records() if r["title"] == law]
    [v] = rec["versions"]
    assert (v["publish_date"], v["effective_date"]) == ("2009-08-27", "2009-08-27")
    assert f"载为{was}" in v["effective_date_source"] and "关于修改部分法律的决定" in v["effective_date_source"]
    [w] = [w for w in corpus.find_works(law) if w.title == law]
    assert w.versions[-1].effective_date == "2009-08-27"
