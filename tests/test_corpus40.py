"""Round 40 (corpus40): texts the shipped corpus holds that are not the version their status claims.

LawRefBook's ``北京市人口与计划生育条例(2021-11-26).md`` holds the text last amended 2016-03-24 (第三十五条: 社会抚养费);
Beijing amended the 条例 on 2021-11-26. statutes/data/corrections.csv now says so (已被修改 since 2021-11-26, with the
evidence), and from that day the held text is not the law in force: the search leaves it out, a citation of it is
``later_text_missing``, the upper-law comparison does not use it. Texts whose only evidence is the file name keep their
status, their status source marked ``STALE_NOTE`` (bench/README.md "Round 40 — corpus40"; bench/stale_text_audit.py).
"""

from datetime import date, timedelta

import pytest

from review.engine import ReviewOptions, review_document
from review.metadata import apply_metadata
from review.readers import build_document
from review.rules import load_packs
from statutes.citations import extract_citations, verify
from statutes.in_force import IN_FORCE, LATER_TEXT_MISSING, text_on
from statutes.model import STALE_NOTE
from statutes.search import search
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("corpus40.toml")
RULES = load_packs()
BEIJING_FP = "北京市人口与计划生育条例"
ART_35 = "违反本条例规定生育子女的夫妻，应当依法缴纳社会抚养费。征收社会抚养费的具体办法，由市人民政府制定。"
# established later amendments (corrections.csv): title -> the day the held text stopped being the law in force
AMENDED = {BEIJING_FP: "2021-11-26", "河南省人口与计划生育条例": "2021-11-27", "上海市环境保护条例": "2021-11-25",
           "北京市公园条例": "2019-07-26", "北京市绿化条例": "2019-07-26", "北京市古树名木保护管理条例": "2019-07-26",
           "北京市人民代表大会议事规则": "2022-01-10"}


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_corpus40_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


def _work(corpus, title):
    [w] = [w for w in corpus.find_works(title) if w.title == title]
    return w


@pytest.mark.parametrize("title, since", sorted(AMENDED.items()))
def test_an_established_amendment_makes_the_held_text_amended(corpus, title, since):
    w = _work(corpus, title)
    [v] = w.versions
    assert (v.status, v.status_date) == ("已被修改", since)
    assert v.status_source.startswith("fashen corrections.csv：法规库所存文本不是现行文本") and "未收录" in v.status_source
    assert not w.repealed
    assert text_on(w, "2026-12-01").state == LATER_TEXT_MISSING
    before = (date.fromisoformat(since) - timedelta(days=1)).isoformat()
    assert text_on(w, before).state == IN_FORCE and text_on(w, since).state == LATER_TEXT_MISSING


def test_beijing_evidence_names_the_2021_text():
    from statutes.snapshot.status import data_rows

    [row] = [r for r in data_rows("corrections.csv") if r["title"] == BEIJING_FP]
    assert "公告〔十五届〕第65号" in row["reason"] and "延长生育假六十日" in row["reason"]


def test_search_leaves_the_superseded_text_out_from_its_amendment(corpus):
    then = search(corpus, ART_35, k=5, as_of="2020-06-01", in_force=False)
    assert (then[0].law, then[0].article) == (BEIJING_FP, 35)
    now = search(corpus, ART_35, k=5, as_of="2026-12-01", in_force=False)
    assert BEIJING_FP not in {h.law for h in now}


def test_citing_article_35_after_2021_is_not_checked_against_the_old_text(corpus):
    refs = extract_citations(f"依据《{BEIJING_FP}》第三十五条的规定，征收社会抚养费。")
    [now] = verify(refs, corpus, as_of="2026-12-01")
    assert now.verdict == LATER_TEXT_MISSING and "2021-11-26" in now.detail and "未收录" in now.detail
    [then] = verify(refs, corpus, as_of="2020-06-01")
    assert then.verdict == "verified"


def _review(corpus, text, as_of):
    lines = ["北京市某区生育服务管理办法（2026年送审稿）", "", "第一条　为了做好本区生育服务工作，制定本办法。",
             f"第二条　{text}", "第三条　本办法自2027年1月1日起施行。"]
    doc = apply_metadata(build_document("draft.txt", lines, "txt"))
    opinion = review_document(doc, corpus, RULES, ReviewOptions(as_of=as_of, kind="normative"))
    return opinion, [f for f in opinion.findings if f.clause is not None and f.clause.label.startswith("第二条")]


def _cites(f, title):
    return any(getattr(b, "law", None) == title for b in (f.basis or ())) or getattr(f.upper, "law", None) == title


def test_a_2026_clause_restating_article_35_is_no_restatement_of_law_in_force(corpus):
    """The clause restates the lapsed 第三十五条 word for word: no finding takes the 2016 text as the law in force
    (no UPPER-RESTATES, no basis or upper provision of the 条例), and the family-planning finding stands."""
    opinion, found = _review(corpus, ART_35, "2026-12-01")
    assert not [f for f in found if f.rule.startswith("UPPER") or _cites(f, BEIJING_FP)]
    assert "FP-FEE" in {f.rule for f in found}
    assert opinion.stats.get("restated_provisions", 0) == 0


def test_file_name_only_keeps_the_status_and_warns(corpus):
    w = _work(corpus, "住房公积金管理条例")      # file (2019-03-24), text's last amendment 2002-03-24
    [v] = w.versions
    assert v.status == "现行有效" and STALE_NOTE in v.status_source and "2019-03-24" in v.status_source
    [check] = verify(extract_citations("《住房公积金管理条例》第十四条"), corpus, as_of="2026-12-01")
    assert check.verdict == "verified" and STALE_NOTE in check.detail


def test_a_promulgation_lag_is_not_marked(corpus):
    w = _work(corpus, "郑州市公共场所禁止吸烟条例")   # approved 2020-06-03, file (2020-08-05): 63 days
    assert STALE_NOTE not in (w.versions[-1].status_source or "")


def test_audit_counts():
    from bench.stale_text_audit import rows
    from statutes.snapshot.status import STALE_DAYS

    found = rows()
    beyond = [r for r in found if r["days"] > STALE_DAYS and r["newest"]]
    decided = {r["title"] for r in beyond if r["decided"] == "corrections.csv"}
    assert decided == set(AMENDED)
    assert all(r["decided"] == "file name only (marked)" for r in beyond
               if r["title"] not in decided and r["status"] == "现行有效")
