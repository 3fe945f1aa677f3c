"""Round 37: the 施行 dates of consolidated national laws (statutes/data/effective_dates.csv).

laws.db dates the 2025 text of 村民委员会组织法 from the day it was republished (2025-10-28), and the 2025 texts
of 网络安全法, 食品安全法 and 环境保护税法 from the day the law first took effect (2017, 2015, 2018), while the
amending 决定 in the same corpus (and the published decisions) say when the amended text takes effect. The build
corrects those dates; here: the real snapshot and a store built from it (the session ``corpus`` fixture).

The corpus holds no earlier text of these four laws (laws.db has one version of each, LawRefBook's 法律 are not
shipped): before the corrected date the review finds no version in force — it says so — instead of applying a
text that was not yet law.
"""

from __future__ import annotations

import pytest

from statutes.citations import extract_citations, verify
from statutes.keys import normalise_title
from statutes.search import search
from statutes.snapshot.reader import iter_records
from statutes.snapshot.status import data_rows

CUN = "中华人民共和国村民委员会组织法"
# (law, publish date of the corrected version, the date laws.db gives, the corrected date)
CORRECTED = [
    (CUN, "2025-10-28", "2025-10-28", "2026-01-01"),
    ("中华人民共和国网络安全法", "2025-10-28", "2017-06-01", "2026-01-01"),
    ("中华人民共和国食品安全法", "2025-09-12", "2015-10-01", "2025-12-01"),
    ("中华人民共和国环境保护税法", "2025-10-28", "2018-01-01", "2025-10-28"),
]
# 第一条 as the 2025 decision rewrote it ("促进乡村全面振兴" is new)
NEW_FIRST = ("为了健全基层群众自治制度，由村民依法办理自己的事情，发展基层民主，维护村民的合法权益，促进乡村全面振兴，"
             "推进基层治理体系和治理能力现代化，根据宪法，制定本法。")


@pytest.fixture(scope="module")
def records() -> dict[str, dict]:
    return {r["title"]: r for r in iter_records() if r["level"] == "法律"}


@pytest.mark.parametrize("law, published, was, date", CORRECTED)
def test_snapshot_records_the_corrected_date_and_why(records, law, published, was, date):
    [v] = [v for v in records[law]["versions"] if v["publish_date"] == published]
    assert v["effective_date"] == date
    why = v["effective_date_source"]
    assert f"载为{was}" in why and f"更正为{date}" in why and "修改" in why and "决定" in why


@pytest.mark.parametrize("law, published, was, date", CORRECTED)
def test_amending_decision_in_the_corpus_agrees(records, law, published, was, date):
    """The evidence the csv cites is in the corpus itself: the 决定's own 施行 date."""
    decision = records[f"全国人民代表大会常务委员会关于修改《{law}》的决定"]
    assert [(v["publish_date"], v["effective_date"]) for v in decision["versions"]] == [(published, date)]


def test_no_other_version_carries_a_correction(records):
    """Only the versions effective_dates.csv names carry a correction (round 38, corpus38, added 92 rows)."""
    marked = {(t, v["publish_date"]) for t, r in records.items() for v in r["versions"] if "effective_date_source" in v}
    assert {(law, published) for law, published, _, _ in CORRECTED} <= marked
    assert marked == {(r["title"], r["publish_date"]) for r in data_rows("effective_dates.csv")}


def test_every_csv_row_matches_one_national_version(records):
    rows = data_rows("effective_dates.csv")
    assert rows
    for r in rows:
        works = [w for w in iter_records() if normalise_title(w["title"]) == normalise_title(r["title"])
                 and w["region"] is None]
        [w] = works
        [v] = [v for v in w["versions"] if v["publish_date"] == r["publish_date"]]
        assert v["effective_date"] == r["effective_date"]
        assert r["reason"].strip() and ("决定" in r["reason"] or "修正案" in r["reason"])   # 刑法: 修正案（十一）


@pytest.mark.parametrize("law, published, was, date", CORRECTED)
def test_store_takes_the_corrected_date(corpus, law, published, was, date):
    [work] = [w for w in corpus.find_works(law) if w.title == law]
    [v] = [v for v in work.versions if v.publish_date == published]
    assert v.effective_date == date


def test_citation_before_the_amendment_takes_effect_is_not_checked_against_the_new_text(corpus):
    """As of 2025-12-01 the 2025 text of 村民委员会组织法 is not yet law: the check says that the text in force then
    (an earlier one: the corpus holds the 决定 amending it) is not in the corpus, instead of verifying the quote
    against the new 第一条 — and does not call the law 尚未施行 (round 37, corpus37b: statutes/in_force.py)."""
    text = f"《中华人民共和国村民委员会组织法》第一条规定：“{NEW_FIRST}”"
    (before,) = verify(extract_citations(text), corpus, as_of="2025-12-01")
    assert before.verdict == "earlier_text_missing"
    assert "2026-01-01" in before.detail and "此前文本未收录" in before.detail
    (after,) = verify(extract_citations(text), corpus, as_of="2026-01-02")
    assert after.verdict == "verified", after.detail
    assert after.provision is not None and "促进乡村全面振兴" in after.provision.text


def test_upper_law_search_uses_the_text_in_force(corpus):
    """The upper-law search of a review finds the new 第一条 only once it is in force."""
    def hits(as_of):
        return [h for h in search(corpus, "村民委员会 健全基层群众自治制度 促进乡村全面振兴", k=10, as_of=as_of,
                                  levels=("法律",))
                if h.law == CUN]
    assert not hits("2025-12-01")
    found = hits("2026-01-02")
    assert found and any("促进乡村全面振兴" in h.text for h in found)
