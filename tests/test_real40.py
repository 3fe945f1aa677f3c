"""Round 40 (real40, issue 9): a document judged as a reviewer does — the addressee line of a ministry's notice
measured against the date the local bodies took the new name (review.agencies.addressed_then, ``local_date``), a text
that is only a list of materials to bring read as a guide (review.kinds), an annex table with unlawful rows withdrawn
whole like a guide (review.disposition). bench/README.md, "Round 40 — real40"."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("real40.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_real40_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


def _review(corpus, lines: list[str], as_of: str = "2026-12-01"):
    from review.engine import ReviewOptions, review_document
    from review.metadata import apply_metadata
    from review.readers import build_document

    doc = apply_metadata(build_document("real40.txt", lines, "txt"))
    return doc, review_document(doc, corpus, RULES, ReviewOptions(as_of=as_of))


def _agency_quotes(opinion) -> list[str]:
    return [q for f in opinion.findings if f.category == "agency" and f.severity in ("error", "warning")
            for q in [f.quote, *[p.get("quote", "") for p in f.detail.get("folded", [])]]]


MINISTRY_NOTICE = ["住房和城乡建设部关于印发《园林绿化工程档案管理试行办法》的通知",
                   "各省、自治区建设厅，直辖市园林局，新疆生产建设兵团建设局：",
                   "为了规范园林绿化工程档案管理，我部制定了《园林绿化工程档案管理试行办法》，现印发给你们，请贯彻执行。",
                   "第一条　园林绿化工程竣工后，建设单位应当将工程档案报县建设局备案。",
                   "中华人民共和国住房和城乡建设部", "二〇〇八年九月十日"]


def test_addressee_line_before_the_local_renaming_not_flagged(corpus):
    """Made after the 2008-03-15 central reform, before the provincial 建设厅 were renamed (2009): the addressee
    line names them as they were; the operative clause that has the old 建设局 act is still flagged."""
    _, opinion = _review(corpus, MINISTRY_NOTICE)
    quotes = _agency_quotes(opinion)
    assert not any("各省、自治区建设厅" in q for q in quotes), quotes
    assert any("县建设局" in q for q in quotes), quotes


def test_addressee_line_after_the_local_renaming_flagged(corpus):
    lines = [*MINISTRY_NOTICE[:-1], "二〇一二年九月十日"]
    _, opinion = _review(corpus, lines)
    assert any("建设厅" in q for q in _agency_quotes(opinion))


def test_addressee_line_of_d147(corpus, shared):
    """The real notice (D147, 2008-05-06) of the 住房和城乡建设部: no agency finding on 各省、自治区建设厅."""
    from review.engine import ReviewOptions, review_document
    from review.readers import read_document

    path = next((shared / "data" / "documents" / "txt").glob("D147_*.txt"))
    opinion = review_document(read_document(path), corpus, RULES, ReviewOptions(as_of="2026-12-01"))
    assert not any("建设厅" in q for q in _agency_quotes(opinion))


# ---- a list of materials to bring is a guide (review.kinds._materials_list)
GUIDE_LINES = ["车位租赁备案", "需提供材料：（以下材料均需原件及复印件）", "1、车位租赁合同；", "2、承租人身份证；",
               "3、车位权属证明；", "4、物业服务企业出具的车位使用说明。"]


@pytest.mark.parametrize("lines, kind", [
    (GUIDE_LINES, "办事指南"),
    # an instrument's name for a title, a 文号, or articles: not a guide
    (["县车位租赁备案管理办法", *GUIDE_LINES[1:]], "规范性文件"),
    (["车位租赁备案", "梧建发〔2019〕3号", *GUIDE_LINES[1:]], "规范性文件"),
    # a list of only two items is no list of materials
    (GUIDE_LINES[:4], "规范性文件"),
])
def test_materials_list_is_a_guide(lines, kind):
    from review.metadata import apply_metadata
    from review.readers import build_document

    assert apply_metadata(build_document("k.txt", lines, "txt")).kind == kind


# ---- an annex table on its own with unlawful rows is withdrawn whole (review.disposition row 5)
def _disposition(corpus, shared, name: str):
    from review.disposition import DocMeta, decide
    from review.engine import ReviewOptions, review_document
    from review.readers import read_document

    path = next((shared / "data" / "documents" / "txt").glob(f"{name}_*.txt"))
    opinion = review_document(read_document(path), corpus, RULES, ReviewOptions(as_of="2026-12-01"))
    return opinion.document.kind, decide(DocMeta.of(opinion.document), opinion.findings, "2026-12-01", opinion.remit)


@pytest.mark.parametrize("name, kind, action", [
    ("D008", "附件", "废止"),        # 积分项目及标准一览表: 计划生育 rows (errors)
    ("D053", "办事指南", "废止"),     # 购房入户: 需提供材料 list with family-planning papers (errors)
    ("D079", "办事指南", "修改"),     # a guide without an error is amended
])
def test_guide_and_annex_disposition(corpus, shared, name, kind, action):
    got_kind, disp = _disposition(corpus, shared, name)
    assert (got_kind, disp.action) == (kind, action), disp.reasons
