"""Document judgement on real documents of ../shared/data/documents (issue 9, round 5): whose document it is in a
city archive, where a problem stands, and which upper law governs — each row one mechanism, on the document whose
labelled problem showed it (tests/fixtures/real_labels/heldout_round4)."""

from __future__ import annotations

from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[2] / "shared" / "data" / "documents" / "txt"
pytestmark = pytest.mark.skipif(not DOCS.is_dir(), reason="../shared/data/documents 不存在")
AS_OF = "2026-12-01"


@pytest.fixture(scope="module")
def sweep_review(corpus):
    """The sweep's review of one document, for the office a sweep of the whole folder infers."""
    from review.rules import load_packs
    from review.sweep import Reviewer, SweepOptions, archive_office

    reviewer = Reviewer(corpus, load_packs(), SweepOptions(as_of=AS_OF, office=archive_office([DOCS])))
    done: dict[str, dict] = {}

    def review(doc_id: str) -> dict:
        if doc_id not in done:
            [path] = sorted(DOCS.glob(doc_id + "_*"))
            done[doc_id] = reviewer.review(path)
        return done[doc_id]
    return review


def test_the_folder_is_a_city_offices_archive():
    from review.office import Office
    from review.sweep import archive_office

    office = archive_office([DOCS])
    assert (office.region, office.level, office.inferred) == ("", "市", True)
    # many cities' documents: their regions are kept, and the provinces above them are known from them
    assert {"深圳市", "鄂尔多斯市", "杭州市"} <= set(office.regions)


@pytest.mark.parametrize("doc_id, disposition", [
    ("D088", "非本级文件"),   # 内蒙古自治区人民政府办公厅: a provincial body's document
    ("D125", "非本级文件"),   # 广东省人民政府办公厅转发……
    ("D087", "非本级文件"),   # 内蒙古自治区 again: a 鄂尔多斯 document in the archive stands under it
    # a province none of whose cities' documents is in the archive: disposed of as its own office would
    ("D113", "修改"),         # 吉林省人民政府令 (round-8 label: 修改, pre-reform bodies in 第五条)
    ("D112", "宣布失效"),     # 河北省 试行 document without 有效期 (round-8 label: 宣布失效)
    ("D141", "非本级文件"),   # 房屋登记办法: a ministry's rule, its ministry unnamed
    ("D074", "宣布失效"),     # 北京市人民政府: a 直辖市 is a city, its document the office's own
    ("D023", "修改"),         # cites 《广东省城镇住房保障办法》（广东省人民政府令第181号）: not its own order
])
def test_whose_document(sweep_review, doc_id, disposition):
    assert sweep_review(doc_id)["disposition"] == disposition


def _quotes(result: dict, rule_prefix: str) -> list[str]:
    return [f["quote"] for f in result["findings"] if f["rule"].startswith(rule_prefix)]


def _places(result: dict, rule_prefix: str) -> list[str]:
    """The quotes of the findings and of the places they list (one finding per old body: review.agencies.fold_repeated)."""
    return [q for f in result["findings"] if f["rule"].startswith(rule_prefix)
            for q in [f["quote"]] + [p["quote"] for p in (f.get("detail") or {}).get("folded") or ()]]


def test_old_bodies_named_as_issuers_and_line_by_line(sweep_review):
    """D014: 市安全监管局出具的……证明 (a proof still to obtain), and 第十五条's list of who verifies what, a place per line
    (市地税局 listed by the finding of 市国税局: one finding per old body)."""
    quotes = _places(sweep_review("D014"), "AG-")
    for name in ("市安全监管局", "市公安消防局", "市国税局", "市地税局"):
        assert any(name in q for q in quotes), (name, quotes)


def test_missing_validity_stands_where_it_is_added(sweep_review):
    [d014] = _quotes(sweep_review("D014"), "P-VALIDITY-MISSING")
    assert d014.startswith("第十九条  本细则2014年10月30日起施行")
    assert _quotes(sweep_review("D023"), "P-VALIDITY-MISSING") == ["第八章  附则"]


def test_lease_fees_and_fines_under_an_unheld_rule(sweep_review):
    """D023: what a 公租房 tenant pays under the lease is no fee; its fines may restate the 规章 it is made under."""
    result = sweep_review("D023")
    assert not _quotes(result, "C-FEE")
    fines = [f for f in result["findings"] if f["rule"] == "C-PENALTY-01"]
    assert fines and all(f["severity"] == "warning" for f in fines)
    assert all("公共租赁住房管理办法" in f["detail"]["bases_unverified"] for f in fines)


def test_records_places_and_abolished_systems(sweep_review):
    """D014, D015: a detention the person underwent is a record, not a sanction; D125: 劳教（改）所 names the
    abolished 劳动教养, 治安拘留所 is a place; D147: a register records seizures, it does not order them."""
    # (D014's bar on whoever forged materials, 该流动人员不得再申请参加积分制管理, is a penalty of its own: round 6)
    assert not [q for q in _quotes(sweep_review("D014"), "C-PENALTY") if "拘留" in q or "刑事" in q]
    assert not _quotes(sweep_review("D015"), "C-PENALTY")
    d125 = sweep_review("D125")
    assert not _quotes(d125, "C-PENALTY") and _quotes(d125, "ABOLISHED-LABOUR-CAMP")
    assert not _quotes(sweep_review("D147"), "C-COERCE")


def test_the_maker_of_a_cited_document_acts_no_more(sweep_review):
    assert not _quotes(sweep_review("D016"), "AG-COMPREHENSIVE")


def test_the_subject_of_the_body_governs(sweep_review):
    """D103 (a 2012 流动人口 regulation that regulates 居住证 throughout): its fine for 非法扣押 exceeds the ceiling of
    居住证暂行条例 第十八条."""
    upper = [f for f in sweep_review("D103")["findings"] if f["rule"] == "UPPER-ALTERED"]
    assert any("第三十条" in f["clause"]["label"] and "第十八条" in f["problem"] and "1000元" in f["problem"]
               for f in upper), [f["problem"] for f in upper]


def test_a_right_restated_in_the_next_item_is_not_dropped(corpus):
    """D016 lists 居住证暂行条例 第九条 item by item: the item that omits 可以由其监护人、近亲属代为申领居住证 does not
    drop it, the next item (5、) states it (review.engine.kept_elsewhere)."""
    from review.engine import ReviewOptions, review_document
    from review.readers import read_document
    from review.rules import load_packs

    [path] = sorted(DOCS.glob("D016_*"))
    op = review_document(read_document(path), corpus, load_packs(), ReviewOptions(as_of=AS_OF))
    assert not [f.problem for f in op.findings if f.rule == "UPPER-ALTERED"]
    assert any(f.rule == "UPPER-RESTATES" and "监护人" in f.quote for f in op.findings)


# -- one finding per old body per document; the maker renamed only in the office's own documents (issue 9, round 9)
def test_an_old_body_named_throughout_is_one_finding_listing_its_places(sweep_review):
    """D145 (深圳 安居型商品房 规章) names 市规划国土部门 in some twenty places: one finding, listing the others. A place
    that also names another old body (第二十五条: 市人力资源保障部门 checking 医疗保险 contributions, a moved function)
    stays a finding of its own, listed by this one (review.agencies.fold_repeated)."""
    land = [f for f in sweep_review("D145")["findings"]
            if f["rule"] == "AG-LAND" and not set((f.get("detail") or {}).get("rules") or []) - {"AG-LAND"}]
    assert len(land) == 1
    assert len(land[0]["detail"]["folded"]) >= 15
    assert all(p["quote"] and p["start"] >= 0 for p in land[0]["detail"]["folded"])


@pytest.mark.parametrize("doc_id, issuer", [
    ("D134", False),    # 国土资源部's notice in a city archive: listed, not ours to re-issue
    ("D118", True),     # 深圳市卫生和计划生育委员会's own 办法 in 深圳's archive: the successor re-issues or repeals
])
def test_the_renamed_maker_is_a_finding_only_for_the_offices_own_documents(sweep_review, doc_id, issuer):
    got = [f for f in sweep_review(doc_id)["findings"] if f["rule"] == "AG-ISSUER"]
    assert bool(got) == issuer


def test_the_old_body_lists_its_places_inside_other_findings(sweep_review):
    """D032 第十条第（三）项: 镇（街）计生部门 issues the family-planning opinion, one finding of the family-planning and
    agency rules on the same words (review.merge); the agency finding of 计生部门 lists that place among its own."""
    [pop] = [f for f in sweep_review("D032")["findings"] if f["rule"] == "AG-POP-FP"]
    assert any("镇（街）计生部门在收到材料后" in p["quote"] for p in pop["detail"]["folded"])
