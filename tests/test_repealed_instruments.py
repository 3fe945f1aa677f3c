"""Repealed instruments that old documents cite and the corpus knew nothing of before round 12
(statutes/data/repealed.csv): the citation check reports each as repealed with its date and successor, and the
sweep of a real document citing one gives one repealed-law finding that names the successor."""

from __future__ import annotations

from pathlib import Path

import pytest

from statutes.citations.aliases import candidates, strip_issuer
from statutes.citations.extract import extract_citations
from statutes.citations.verify import verify

DOCS = Path(__file__).resolve().parents[2] / "shared" / "data" / "documents" / "txt"
AS_OF = "2026-12-02"

CITED = [
    # citation as an old document writes it, the work found, its repeal date, its successor (None: none)
    ("依照《中华人民共和国治安管理处罚条例》处罚", "中华人民共和国治安管理处罚条例", "2006-03-01", "中华人民共和国治安管理处罚法"),
    ("依照《治安管理处罚条例》第二十二条处罚", "中华人民共和国治安管理处罚条例", "2006-03-01", "中华人民共和国治安管理处罚法"),
    ("按照《行政复议条例》的有关规定申请行政复议", "行政复议条例", "1999-10-01", "中华人民共和国行政复议法"),
    ("根据《招标拍卖挂牌出让国有土地使用权规定》（国土资源部令第11号），制定本规范", "招标拍卖挂牌出让国有土地使用权规定",
     "2007-11-01", "招标拍卖挂牌出让国有建设用地使用权规定"),
    ("根据《北京市外地来京务工经商人员管理条例》，制定本规定", "北京市外地来京务工经商人员管理条例", "2005-03-25", None),
    # 未核实 rows: the successor is known, the repealing article could not be read (the source says so)
    ("《土地利用总体规划编制审查办法》（中华人民共和国国土资源部令第43号）", "土地利用总体规划编制审查办法", "2017-05-08",
     "土地利用总体规划管理办法"),
    ("应当执行《房地产广告发布暂行规定》等有关规定", "房地产广告发布暂行规定", "2016-02-01", "房地产广告发布规定"),
    # 国务院 written before a regulation's title (D100): the regulation, repealed by 无证无照经营查处办法
    ("根据《国务院无照经营查处取缔办法》予以查处取缔", "无照经营查处取缔办法", "2017-10-01", "无证无照经营查处办法"),
]


@pytest.mark.parametrize("text, law, repeal_date, successor", CITED)
def test_old_instrument_is_reported_repealed(corpus, text, law, repeal_date, successor):
    [check] = verify(extract_citations(text), corpus, as_of=AS_OF)
    assert (check.verdict, check.law, check.successor) == ("repealed", law, successor)
    assert f"已于{repeal_date}废止" in check.detail
    if successor:
        assert f"应改引《{successor}》" in check.detail


NOT_REPEALED = [
    # text, as_of, verdict: the law in force, the successor's own name, a 国务院 title, a date before the repeal
    ("依照《中华人民共和国治安管理处罚法》处罚", AS_OF, "verified"),
    ("根据《招标拍卖挂牌出让国有建设用地使用权规定》", AS_OF, "outside_corpus"),
    ("根据《国务院关于加强食品等产品安全监督管理的特别规定》", AS_OF, "verified"),
    ("依照《中华人民共和国治安管理处罚条例》处罚", "2005-06-30", "verified"),     # still in force then
    ("根据《北京市外地来京务工经商人员管理条例》", "2004-12-31", "verified"),
]


@pytest.mark.parametrize("text, as_of, verdict", NOT_REPEALED)
def test_instrument_not_repealed_on_the_day(corpus, text, as_of, verdict):
    [check] = verify(extract_citations(text), corpus, as_of=as_of)
    assert check.verdict == verdict, check.detail


@pytest.mark.parametrize("name, stripped", [
    ("国务院无照经营查处取缔办法", "无照经营查处取缔办法"),
    ("国务院流动人口计划生育工作条例", "流动人口计划生育工作条例"),
    ("国务院关于加强食品等产品安全监督管理的特别规定", None),     # a title of its own
    ("国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知", None),
    ("国务院令第五号", None),
    ("行政复议条例", None),
])
def test_strip_issuer(name, stripped):
    assert strip_issuer(name) == stripped


def test_a_real_title_starting_with_the_issuer_is_looked_up_first():
    assert candidates("国务院行政机构设置和编制管理条例")[0] == "国务院行政机构设置和编制管理条例"


REAL = [
    # dev document, words of the citation in it, successor named by the finding (None: the instrument has none)
    ("D151", "治安管理处罚条例", "中华人民共和国治安管理处罚法"),
    ("D070", "治安管理处罚条例", "中华人民共和国治安管理处罚法"),
    ("D073", "治安管理处罚条例", "中华人民共和国治安管理处罚法"),
    ("D073", "北京市外地来京务工经商人员管理条例", None),
    ("D031", "行政复议条例", "中华人民共和国行政复议法"),
    ("D155", "招标拍卖挂牌出让国有土地使用权规定", "招标拍卖挂牌出让国有建设用地使用权规定"),
    ("D100", "无照经营查处取缔办法", "无证无照经营查处办法"),
    ("D130", "招标拍卖挂牌出让国有土地使用权规定", "招标拍卖挂牌出让国有建设用地使用权规定"),
    ("D160", "土地利用总体规划编制审查办法", "土地利用总体规划管理办法"),
    ("D139", "房地产广告发布暂行规定", "房地产广告发布规定"),
]


@pytest.fixture(scope="module")
def swept(corpus):
    """The sweep's per-document review of each document above, as findings_dump runs it."""
    from review.engine import ReviewOptions, review_document
    from review.readers import read_document
    from review.rules import load_packs
    from review.sweep import SWEEP_TOPICS

    if not DOCS.is_dir():
        pytest.skip(f"{DOCS} 不存在")
    rules = load_packs()
    opts = ReviewOptions(as_of=AS_OF, topics=tuple(SWEEP_TOPICS), upper_law=False)
    out = {}
    for doc_id in sorted({d for d, _, _ in REAL}):
        [path] = DOCS.glob(f"{doc_id}_*.txt")
        out[doc_id] = review_document(read_document(path), corpus, rules, opts).findings
    return out


@pytest.mark.parametrize("doc_id, cited, successor", REAL)
def test_sweep_of_a_real_document_finds_the_repealed_instrument(swept, doc_id, cited, successor):
    hits = [f for f in swept[doc_id] if f.category == "repealed-law" and f.severity in ("error", "warning")
            and cited in (f.quote or "")]
    assert hits, [(f.rule, f.quote) for f in swept[doc_id] if f.category == "repealed-law"]
    places = {(f.clause.index if f.clause is not None else None, f.quote) for f in hits}
    assert len(hits) == len(places)                   # one finding per place, never two on the same words
    for f in hits:
        assert f.rule == "CITE-REPEALED"
        if successor:
            assert f"《{successor}》" in f.problem


@pytest.mark.parametrize("text, unverified", [
    ("按照《行政复议条例》申请复议", True),           # 未核实 row: the repealing article was not read
    ("依照《中华人民共和国治安管理处罚条例》处罚", False),   # [WEB] row: the article was read on a page
])
def test_an_unverified_repeal_says_so(corpus, text, unverified):
    [check] = verify(extract_citations(text), corpus, as_of=AS_OF)
    assert ("未能核对原文" in check.detail) is unverified
