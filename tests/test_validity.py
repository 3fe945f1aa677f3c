"""Validity findings (review/validity.py and the procedure pack): where "未规定有效期" stands, and which documents
owe an 有效期 at all."""

from __future__ import annotations

import pytest

from review.model import Document, Finding


def _doc(text: str) -> Document:
    from review.metadata import apply_metadata
    from review.readers import build_document

    return apply_metadata(build_document("x.txt", text.split("\n"), "text"))


def _missing() -> Finding:
    return Finding("P-VALIDITY-MISSING", "validity", "warning", "未规定有效期", None, "××办法", "…")


@pytest.mark.parametrize("tail, quote", [
    # the 施行 clause, where the 有效期 is added
    ("第十条　本办法自2016年4月1日起施行。", "第十条　本办法自2016年4月1日起施行"),
    # … also written without 自 (D014: 本细则2014年10月30日起施行)
    ("第十九条  本细则2014年10月30日起施行，《××细则》（××府办〔2013〕53号）同时废止。",
     "第十九条  本细则2014年10月30日起施行，《××细则》（××府办〔2013〕53号）同时废止"),
    # no 施行 clause: the heading of the 附则 chapter (D023)
    ("第八章  附则\n第四十五条  各县、区可以制定实施细则。", "第八章  附则"),
    # neither: the closing provision it ends with (D072 四、：以前凡与本文有抵触的规定，一律废止), where a labeller puts it
    ("第四十五条  各县、区可以制定实施细则。\n以前凡与本文有抵触的规定，一律废止。", "以前凡与本文有抵触的规定，一律废止"),
    # … and without one, the finding keeps its quote
    ("第四十五条  各县、区可以制定实施细则。", "××办法"),
])
def test_missing_validity_stands_where_it_is_added(tail, quote):
    from review.clauses import split_clauses
    from review.validity import anchor_missing

    doc = _doc("××市公共租赁住房管理办法\n第一条　为了规范管理，制定本办法。\n" + tail)
    assert anchor_missing(_missing(), doc, split_clauses(doc)).quote == quote


BODY = "\n各区人民政府，市政府各部门：\n现转发给你们，请认真贯彻执行。\n佛山市人民政府办公室\n2020年3月1日\n一、积分入户的条件由市人力资源社会保障部门公布。"


@pytest.mark.parametrize("title, owes", [
    # passing on a higher body's document: its 有效期 is that body's
    ("佛山市人民政府办公室转发省人力资源社会保障厅关于做好积分入户工作意见的通知", False),
    # passing on its own department's 意见 issues it as the government's own document
    ("佛山市人民政府办公室转发市人力资源社会保障局关于做好积分入户工作意见的通知", True),
])
def test_a_forwarding_notice_owes_no_validity_of_its_own(corpus, title, owes):
    from review.engine import ReviewOptions, review_document
    from review.rules import load_packs

    op = review_document(_doc(title + BODY), corpus, load_packs(), ReviewOptions(as_of="2026-12-01", upper_law=False))
    assert op.document.kind == "规范性文件"
    assert ("P-VALIDITY-MISSING" in {f.rule for f in op.findings}) == owes


@pytest.mark.parametrize("text, lapsed", [
    # a guide on trial (试行 in its title) made in 2016: its trial is presumed over after two years
    ("佛山市居住证办理工作指引（试行）\n发布时间：2016-01-06\n一、申办居住证须提交下列材料。\n"
     "本指引为过渡性暂行规定，自2016年1月1日起实施。", True),
    # … a guide that calls itself transitional, without 试行 in its title
    ("佛山市居住证办理工作指引\n发布时间：2016-01-06\n一、申办居住证须提交下列材料。\n"
     "本指引为过渡性暂行规定，自2016年1月1日起实施。", True),
    # a guide that is not on trial owes no period
    ("佛山市居住证办理工作指引\n发布时间：2016-01-06\n一、申办居住证须提交下列材料。\n本指引自2016年1月1日起实施。", False),
    # a recent trial is not over
    ("佛山市居住证办理工作指引（试行）\n发布时间：2026-01-06\n一、申办居住证须提交下列材料。\n本指引自2026年1月1日起实施。",
     False),
])
def test_a_trial_of_a_kind_without_validity_is_presumed_over(text, lapsed):
    from review.clauses import split_clauses
    from review.presumption import ValidityDefaults
    from review.validity import trial_lapsed

    doc = _doc(text)
    got = trial_lapsed(doc, split_clauses(doc), "2026-12-01", ValidityDefaults())
    assert bool(got) == lapsed
    if got:
        assert got[0].detail["presumed_lapsed"] and "自2016年1月1日起实施" in got[0].quote
    # the office's setting decides: never presumed under presume = "none"
    assert not trial_lapsed(doc, split_clauses(doc), "2026-12-01", ValidityDefaults(presume="none"))
