"""Round 28 wave 2 (guard28b, issue 8, precision): the lawful look-alikes set Z's writers wrote, read as classes:

* a measure in a topic phrase with no modal, done by a body named by its ending, the sentence laying only the body's
  own prohibition after it (公安机关交通管理部门拖移违法停放的机动车，不得向当事人收取拖车费用; review/norms/lookalike.py
  ``_topic_measure_restrained``): not a refusal (不予发还), not a measure granted (可以扣押……), not a limit (不得超过);
* a cost advanced by the parties of a dispute and borne as the finding of responsibility decides (鉴定费预先向医患双方
  收取，最终按照鉴定确定的责任比例承担; ``cost_allocated``): not money paid to a public body;
* a party's option of a guarantee in place of cash, or a body barred from insisting on cash (乙方可以以银行保函形式提交
  履约保证金; ``guarantee_option``, upper-law): not a figure altered beside it;
* a citation of a renumbered article (review/renumbered.py): the number of the text in force before a recent amendment,
  reported at severity info with where the content is now, not 引用的条文不存在 — a wrong number in a law unchanged for
  years, or with nothing in the law saying the sentence's content, stays CITE-NOT-FOUND.

Every clause of tests/fixtures/rewordings/guard28b.toml (written before the fixes) stands as 第二条 of a county draft;
then the sets' look-alikes (Z, V) each beside the same surface laying the measure."""

import tomllib
from pathlib import Path

import pytest

from review.rules import load_packs
from tests.new_clauses import assert_judged, check_clause, clause_param, findings_on_article

FIXTURE = Path(__file__).parent / "fixtures" / "rewordings" / "guard28b.toml"
CASES = tomllib.loads(FIXTURE.read_text(encoding="utf-8"))["case"]
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param("guard28b", i, c) for i, c in enumerate(CASES)])
def test_guard28b_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


ROWS = [
    # the body's restraint after a measure the law gives it (Z novel_bo:48) — beside the cost laid on the party
    ("fee", "公安机关交通管理部门拖移违法停放的机动车，不得向当事人收取拖车费用，并应当及时告知当事人停放地点。", False),
    ("coercion", "县城市管理局拖移占道停放的车辆，不予发还。", True),
    # the parties' advance borne by the finding (Z novel_bn:52) — beside the same advance paid to a bureau
    ("fee", "需要进行医疗损害鉴定的，鉴定费预先向医患双方收取，最终按照鉴定确定的责任比例承担。", False),
    ("fee", "需要进行医疗损害鉴定的，鉴定费由患者预先向县卫生健康局缴纳，最终按照鉴定确定的责任比例承担。", True),
    # a guarantee option (V novel_bf:51) — beside a deposit for a licence
    ("fee", "高标准农田建设项目施工招标时，招标人可以要求投标人提交投标保证金，投标人可以选择以银行保函等非现金形式提交。", False),
    ("fee", "申请农药经营许可证的，申请人应当以银行保函形式缴纳许可保证金。", True),
    # the old number of a renumbered article (Z novel_bp:86) — beside a number no version holds
    ("power", "村规民约或者村民会议的决定含有侵犯村民人身权利、民主权利和合法财产权利内容的，由镇人民政府依照"
              "《村民委员会组织法》第二十七条第三款责令改正。", False),
    ("citation", "村民委员会违反本规定的，由镇人民政府依照《村民委员会组织法》第九十条责令改正。", True),
]


@pytest.mark.parametrize("category, text, problem", ROWS)
def test_guard28b_rows(corpus, category, text, problem):
    found = findings_on_article(corpus, RULES, text, name="guard28b.txt")
    assert_judged(found, {"polarity": "positive" if problem else "negative", "category": category, "text": text})


def _citation_findings(corpus, lines):
    from review.engine import ReviewOptions, review_document
    from review.metadata import apply_metadata
    from review.readers import build_document

    doc = apply_metadata(build_document("renumbered.txt", lines, "txt"))
    opinion = review_document(doc, corpus, RULES, ReviewOptions(as_of="2026-12-01", kind="normative"))
    return [f for f in opinion.findings if f.category == "citation"]


def test_renumbered_says_where_the_content_is(corpus):
    """Z novel_bp:86: info, named as renumbered, with the article the sentence's content is now in."""
    found = _citation_findings(corpus, [
        "梧桐县村务管理若干规定（送审稿）", "", "第一条　为了规范村务管理，制定本规定。",
        "第二条　村规民约含有侵犯村民人身权利、民主权利和合法财产权利内容的，由镇人民政府依照《村民委员会组织法》"
        "第二十七条第三款责令改正。", "第三条　本规定自2027年1月1日起施行，有效期五年。"])
    assert [(f.rule, f.severity) for f in found] == [("CITE-RENUMBERED", "info")]
    assert "第三十一条第三款" in found[0].problem and "修改前" in found[0].problem


def test_renumbered_dated_before_the_version(corpus):
    """A document dated before the version in force began cited the text then in force, content matched or not;
    the same number in a document dated after it is a wrong number."""
    def lines(day, start):
        return ["某县村务公开办法", "", "第一条　为了规范村务公开，制定本办法。",
                "第二条　村民委员会依照《村民委员会组织法》第二十三条第二款开展村务公开。",
                f"第三条　本办法自{start}起施行。", "", "某县人民政府", day]
    before = _citation_findings(corpus, lines("2015年3月1日", "2015年4月1日"))
    assert [(f.rule, f.severity) for f in before] == [("CITE-RENUMBERED", "info")]
    after = _citation_findings(corpus, lines("2026年3月1日", "2026年4月1日"))
    assert [(f.rule, f.severity) for f in after] == [("CITE-NOT-FOUND", "error")]


def test_paragraph_kept_when_the_article_has_it():
    """An amendment moves articles and keeps their paragraphs: the cited paragraph's number when the article has it."""
    from review.renumbered import _paragraph

    text = "村民会议可以制定村规民约。\n村规民约不得有侵犯村民权利的内容。\n违反前款规定的，由乡镇人民政府责令改正。"
    assert _paragraph(text, "村规民约含有侵犯村民权利内容的，由镇人民政府责令改正。", 3) == 3
    assert _paragraph(text, "村规民约不得有侵犯村民权利的内容", None) == 2
    assert _paragraph("只有一款。", "只有一款", 1) is None



def test_dated_before_the_version_content_found_nowhere(corpus):
    """D031 (2005) cites 《广东省人口与计划生育条例》第五十七条、第六十三条 for penalties on employers that the text in
    force (2021) holds nowhere: the articles may have been rewritten or deleted, not only renumbered — the citations
    stay unfound, with the reason."""
    from review.engine import ReviewOptions, review_document
    from review.readers import read_document
    from tests.real_lines import DOCS

    doc = read_document(next(DOCS.glob("D031_*")))
    opinion = review_document(doc, corpus, RULES, ReviewOptions(as_of="2026-12-01", kind="normative"))
    cited = [f for f in opinion.findings if f.category == "citation" and "广东省人口与计划生育条例" in f.quote]
    assert cited and {(f.rule, f.severity) for f in cited} == {("CITE-NOT-FOUND", "error")}
    assert all("可能已被修改或删除" in f.problem for f in cited)
