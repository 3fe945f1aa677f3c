"""Round 38 (realprec38, issue 9): an agent's or an entrusted guardian's notarised mandate is no proof demand; a
notarised status, kinship, consent or declaration demanded of the person himself still is (bench/README.md,
"Round 38 — realprec38")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("realprec38.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_realprec38_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


# ---- the addressee line (主送机关) of a document made before a body's reform (review/addressee.py)
from review.addressee import is_addressee_line  # noqa: E402


@pytest.mark.parametrize("line, addressee", [
    ("各省、自治区、直辖市国土资源厅（国土环境资源厅、国土资源局），新疆生产建设兵团国土资源局：", True),
    ("各乡镇人民政府，县直各单位：", True),
    ("各区卫生计生局、人口计生办，市直有关单位：", True),
    ("各省、自治区建设厅，直辖市房地局（建委），新疆生产建设兵团建设局：", True),
    # a sentence that gives the bodies a duty, or a list header, is no addressee line
    ("各乡镇人口计生办要在每月5日前报送下列材料：", False),
    ("各区卫生计生局应当做好以下工作：", False),
    ("各有关单位：现将《实施办法》印发给你们，请认真贯彻执行。", False),
    ("各县区人口计生局负责本辖区流动人口的以下事项：", False),
])
def test_addressee_line(line, addressee):
    assert is_addressee_line(line) is addressee


def _agency_quotes(corpus, lines: list[str], kind: str = "normative") -> list[str]:
    from review.engine import ReviewOptions, review_document
    from review.metadata import apply_metadata
    from review.readers import build_document

    doc = apply_metadata(build_document("addressee.txt", lines, "txt"))
    opinion = review_document(doc, corpus, RULES, ReviewOptions(as_of="2026-12-01", kind=kind))
    return [q for f in opinion.findings if f.category == "agency" and f.severity in ("error", "warning")
            for q in [f.quote, *[p.get("quote", "") for p in f.detail.get("folded", [])]]]


OLD_NOTICE = ["梧桐市人民政府办公室关于做好流动人口服务工作的通知", "各县（区）人民政府，市人口计生委、市卫生局：",
              "一、市人口计生委负责流动人口婚育信息的登记和通报。", "二、本通知自印发之日起施行，有效期五年。",
              "梧桐市人民政府办公室", "2012年3月5日"]


def test_addressee_line_of_an_old_document_not_flagged(corpus):
    quotes = _agency_quotes(corpus, OLD_NOTICE)
    assert not any("市卫生局" in q for q in quotes), quotes   # the names as they stand in the addressee line
    # the body acting in the operative clause is still flagged (the document is in force; the duty rests there)
    assert any("市人口计生委负责" in q or q == "市人口计生委" for q in quotes), quotes


def test_addressee_line_of_a_new_draft_flagged(corpus):
    lines = [OLD_NOTICE[0] + "（征求意见稿）", *OLD_NOTICE[1:4], "梧桐市人民政府办公室", "2026年11月5日"]
    quotes = _agency_quotes(corpus, lines)
    assert any("市卫生局" in q for q in quotes), quotes
