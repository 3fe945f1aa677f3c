"""Round 26 (docs26, issue 9): the sweep judged as a reviewer judges a document.

* an old local 规范性文件 of another body (a province's, another city's: listed, not disposed of) that states no 有效期
  has the fact told to its maker, as its lapse is (review.validity.missing_told_to_maker): the labelled documents'
  reviewers wrote it into the entry "供制定机关参考" (D121, D160, D117); a 国家机关文件 (D129, D134) owes none by the
  rule's own kinds, a recent one has not outrun the common term (its maker's procedure, unsaid);
* the sweep's upper-law topic compares the laws a document implements only; the corpus-wide comparison ``fashen review``
  runs is an option (SweepOptions.upper_search), off by default — measured in bench/README.md (round 26, docs26);
* three look-alike labels that contradicted other documents' labels of the same words were read again and made
  problems, the reasoning kept beside each (D019, D027, D040).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from review.engine import ReviewOptions, review_document
from review.metadata import apply_metadata
from review.office import Office
from review.readers import build_document
from review.rules import load_packs
from review.sweep import SWEEP_TOPICS, Reviewer, SweepOptions
from tests.real_lines import AS_OF, DOCS

needs_docs = pytest.mark.skipif(not DOCS.is_dir(), reason="../shared/data/documents 不存在")
PACKS = load_packs()
LABELS = Path(__file__).parent / "fixtures" / "real_labels"


def _swept(doc_id: str, office: str, corpus) -> dict:
    path = next(DOCS.glob(f"{doc_id}_*"))
    return Reviewer(corpus, PACKS, SweepOptions(as_of=AS_OF, office=Office.parse(office))).review(path)


def _missing(findings) -> list:
    return [f for f in findings if (f["rule"] if isinstance(f, dict) else f.rule) == "P-VALIDITY-MISSING"]


# -- another body's old local 规范性文件 without 有效期: told to its maker ----------------------------------------
@needs_docs
@pytest.mark.parametrize("doc_id,office,words", [
    ("D121", "广州市", "本办法自2013年1月1日起施行"),   # 广东省人民政府, 2012: labelled "供制定机关参考", 未规定有效期
    ("D160", "广州市", "本办法自印发之日起施行"),       # 广东省国土资源厅, 2009
    ("D117", "广州市", "本规定自印发之日起施行"),       # 福建省人民政府办公厅's 暂行规定, 2011 (another province)
])
def test_an_old_missing_validity_is_told_to_the_maker(doc_id, office, words, corpus):
    row = _swept(doc_id, office, corpus)
    assert row["disposition"] == "非本级文件", row["disposition"]
    [f] = _missing(row["findings"])
    assert words in f["quote"], f["quote"]
    assert f["severity"] == "warning" and f["detail"].get("told_to_maker"), f
    assert "告知制定机关" in f["suggestion"] and "届满" in f["problem"], f


@needs_docs
@pytest.mark.parametrize("doc_id,office", [
    ("D129", "广州市"),     # 国务院's notice: a 国家机关文件 carries no 有效期 of a local 规范性文件
    ("D134", "深圳市"),     # 国土资源部's notice
    ("D156", "广州市"),     # its own 有效期 stated and ended: the lapse is told (P-VALIDITY-EXPIRED), not a missing one
])
def test_no_missing_validity_where_the_kind_owes_none(doc_id, office, corpus):
    row = _swept(doc_id, office, corpus)
    assert not _missing(row["findings"]), row["findings"]


HEAD = "广东省人民政府关于印发广东省农村集体资产管理办法的通知\n广东省人民政府\n{date}\n"
BODY = ["第一条　为了规范农村集体资产管理，制定本办法。", "第二条　本办法自{start}起施行。"]


@pytest.mark.parametrize("date,start,told", [
    # made 2012, no 有效期: the common 5 years ran out in 2017 — told to the maker
    ("2012年3月1日", "2012年4月1日", True),
    # made 2024: within the common term — its maker's procedure, unsaid by a city office
    ("2024年3月1日", "2024年4月1日", False),
])
def test_a_recent_document_of_another_body_is_not_told(date, start, told, corpus):
    lines = HEAD.format(date=date).splitlines() + [x.format(start=start) for x in BODY]
    doc = apply_metadata(build_document("t.txt", lines, "text"))
    op = review_document(doc, corpus, PACKS, ReviewOptions(as_of=AS_OF, topics=tuple(SWEEP_TOPICS), upper_law=False,
                                                           office=Office.parse("广州市")))
    assert not op.remit.ours
    assert bool(_missing(op.findings)) == told, [(f.rule, f.quote) for f in op.findings]


def test_the_same_document_of_ones_own_is_unchanged(corpus):
    """The office's own document keeps its ordinary finding (presumption and all), not the maker's note."""
    lines = HEAD.format(date="2012年3月1日").replace("广东省", "广州市").splitlines() + [
        x.format(start="2012年4月1日") for x in BODY]
    doc = apply_metadata(build_document("t.txt", lines, "text"))
    op = review_document(doc, corpus, PACKS, ReviewOptions(as_of=AS_OF, topics=tuple(SWEEP_TOPICS), upper_law=False,
                                                           office=Office.parse("广州市")))
    [f] = _missing(op.findings)
    assert not f.detail.get("told_to_maker")


# -- the sweep's upper-law comparison: the implemented laws only, by default -------------------------------------
def test_the_sweep_does_not_search_the_corpus_by_default():
    assert SweepOptions(as_of=AS_OF).upper_search is False
    assert "upper-law" in SWEEP_TOPICS          # the implemented laws' comparison (review.engine.governing_findings)


# -- labels changed on a second reading carry their reasoning -----------------------------------------------------
@pytest.mark.parametrize("rel,twin", [
    ("D019.json", "D023"),
    ("heldout_round11/D027.json", "D026"),
    ("heldout_round5/D040.json", "D049"),
])
def test_a_relabelled_lookalike_keeps_its_reasoning(rel, twin):
    lab = json.loads((LABELS / rel).read_text(encoding="utf-8"))
    moved = [p for p in lab["problems"] if "lookalike_as_labelled" in p]
    assert len(moved) == 1
    [p] = moved
    assert p["adjudicated"] and twin in p["adjudication"] and "docs26" in p["adjudication"]
    assert p["quote"] == p["lookalike_as_labelled"]["quote"]
    assert p["quote"] not in {x["quote"] for x in lab.get("lookalikes", [])}
