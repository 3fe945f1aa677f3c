"""A draft's references to its own articles, paragraphs and items (review/internal_refs.py): one row per
behaviour, a wrong finding being worse than a missed one."""

from __future__ import annotations

import pytest

from review.internal_refs import (NO_PREVIOUS_PARAGRAPH, NO_SUCH_ARTICLE, NO_SUCH_ITEM, NO_SUCH_PARAGRAPH,
                                  own_articles, own_kinds, resolve_internal)
from statutes.citations import extract_citations

TITLE = "某县城区养犬管理办法（送审稿）"


def draft(*articles: str) -> str:
    """A draft whose articles are numbered in order; an article's paragraphs are its lines."""
    from statutes.numerals import int_to_cn

    body = []
    for n, text in enumerate(articles, 1):
        first, *rest = text.split("\n")
        body.append(f"　　第{int_to_cn(n)}条　{first}")
        body += [f"　　{line}" for line in rest]
    return "某县城区养犬管理办法\n（送审稿）\n\n" + "\n\n".join(body) + "\n"


def checks(text: str, title: str = TITLE):
    return [(c.verdict, c.ref.text, c.detail) for c in resolve_internal(text, title, extract_citations(text))]


FIVE = ("为了规范养犬行为，制定本办法。",
        "养犬人应当遵守下列规定：\n（一）携带犬只出户的，应当束犬链；\n（二）不得携犬进入学校；\n（三）及时清除犬只粪便。",
        "县公安局负责养犬登记。\n县农业农村局负责犬只免疫。",
        "违反本办法第二条第（二）项规定的，由县公安局责令改正。",
        "本办法自2026年7月1日起施行。")


@pytest.mark.parametrize("articles, found", [
    # a reference to an article the draft does not have
    ((*FIVE[:3], "违反本办法第九条规定的，由县公安局责令改正。", FIVE[4]),
     [(NO_SUCH_ARTICLE, "本办法第九条", "本办法共五条，没有第九条")]),
    # a range whose end is past the last article
    ((*FIVE[:3], "违反本办法第二条至第六条规定的，予以警告。", FIVE[4]),
     [(NO_SUCH_ARTICLE, "本办法第二条至第六条", "本办法共五条，没有第六条")]),
    # a paragraph the article does not have
    ((*FIVE[:3], "违反本办法第三条第三款规定的，予以警告。", FIVE[4]),
     [(NO_SUCH_PARAGRAPH, "本办法第三条第三款", "第三条只有二款")]),
    # an item past the last one listed
    ((*FIVE[:3], "违反本办法第二条第（五）项规定的，予以警告。", FIVE[4]),
     [(NO_SUCH_ITEM, "本办法第二条第（五）项", "第二条只列了三项")]),
    # 前款 in an article's first paragraph
    (("有前款规定情形的，不予登记。", *FIVE[1:]),
     [(NO_PREVIOUS_PARAGRAPH, "前款", "“前款”位于第一条第一款，该条此前没有其他款")]),
    # 本条第三款 in an article of two
    ((*FIVE[:2], "县公安局负责养犬登记，本条第三款另有规定的除外。\n县农业农村局负责犬只免疫。", *FIVE[3:]),
     [(NO_SUCH_PARAGRAPH, "本条第三款", "第三条只有二款")]),
    # the bare 第三款 of the article it stands in
    ((*FIVE[:2], "县公安局负责养犬登记。\n县农业农村局负责犬只免疫，第三款规定的除外。", *FIVE[3:]),
     [(NO_SUCH_PARAGRAPH, "第三款", "第三条只有二款")]),
    # every reference resolves: nothing
    (FIVE, []),
    # 前款 in a second paragraph resolves
    ((*FIVE[:2], "县公安局负责养犬登记。\n前款规定以外的工作由县农业农村局负责。", *FIVE[3:]), []),
    # 本条例 in a 办法 cites the 条例 it implements, not itself
    ((*FIVE[:3], "违反本条例第九条规定的，依照有关规定处理。", FIVE[4]), []),
    # a quoted upper law speaks of its own articles
    ((*FIVE[:3], "《某条例》规定：“违反本办法第九条规定的，处罚款。”", FIVE[4]), []),
    # 第八条第二款、第三款: the third paragraph of 第八条, not of this article
    ((*FIVE[:3], "参照本办法第三条第一款、第二款的规定执行。", FIVE[4]), []),
])
def test_internal_references(articles, found):
    assert checks(draft(*articles)) == found


def test_a_text_numbered_twice_is_not_checked():
    """A notice that carries two instruments (or an annex with articles of its own) numbers 第一条 twice:
    which one a reference means cannot be told."""
    text = draft(*FIVE) + "\n附件\n\n" + draft("违反本办法第九条规定的，予以警告。", "本细则自公布之日起施行。")
    assert own_articles(text) is None and checks(text) == []


def test_the_annex_is_not_the_draft():
    text = draft(*FIVE) + "\n附件：申请表\n申请人承诺遵守本办法第九条的规定。\n"
    assert checks(text) == []


def test_paragraphs_are_not_counted_where_lines_are_wrapped():
    """A line that does not end a sentence is a wrapped line, not a paragraph: 前款 is not judged."""
    text = draft("为了规范养犬行为，根据有关法律\n法规，结合本县实际，有前款情形的，制定本办法。", *FIVE[1:])
    assert own_articles(text)[0].paragraphs is None and checks(text) == []


@pytest.mark.parametrize("title, kinds", [
    ("某县城区养犬管理办法（送审稿）", ("办法",)),
    ("某市积分制入户管理办法实施细则", ("实施细则", "细则")),
    ("关于印发《某市公共租赁住房管理办法》的通知", ("办法",)),          # the instrument the notice carries
    ("某市人民政府办公厅关于印发某市居住证实施办法的通知", ("实施办法", "办法")),
    ("关于落实《某市限价商品住房管理暂行办法》有关问题的通知", ()),      # a notice about a 办法 is not one
    ("某市人民政府关于修改《某市养犬管理办法》的决定", ()),              # an amendment speaks of the amended text
    ("某省实有人口服务管理办法（修正草案）", ()),
    ("某县人民政府关于做好防汛工作的通知", ()),
])
def test_own_kinds(title, kinds):
    assert own_kinds(title) == kinds


def test_an_amending_decision_is_not_checked():
    text = draft("将《某市养犬管理办法》第三十条修改为：……", "本决定自公布之日起施行。")
    assert checks(text, "某市人民政府关于修改《某市养犬管理办法》的决定") == []


def test_a_review_reports_it_as_a_citation_finding(corpus):
    from review.engine import ReviewOptions, review_document
    from review.readers import read_document
    from review.rules import load_packs

    import tempfile
    from pathlib import Path

    text = draft(*FIVE[:3], "违反本办法第九条规定的，由县公安局责令改正。", FIVE[4])
    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / f"{TITLE}.txt"
        path.write_text(text, encoding="utf-8")
        doc = read_document(path)
    op = review_document(doc, corpus, load_packs(), ReviewOptions(as_of="2026-04-01", upper_law=False))
    own = [f for f in op.findings if f.rule == "CITE-OWN-MISSING"]
    assert len(own) == 1
    f = own[0]
    assert (f.category, f.severity, f.clause.label) == ("citation", "warning", "第四条")
    assert "违反本办法第九条规定的" in f.quote
    assert f.problem == "“本办法第九条”所指的条款在本文件中不存在（本办法共五条，没有第九条）"


def test_no_finding_on_the_real_documents_and_fixture_drafts(shared):
    """Every finding on the 167 real documents and the fixture drafts was read: there were none, and the checks
    resolved 226 article references, 43 前款, 3 上款 and 29 本条 (bench/README.md)."""
    from review.readers import read_document

    from pathlib import Path

    paths = sorted((shared / "data" / "documents" / "txt").glob("*.txt"))
    paths += sorted((Path(__file__).parent / "fixtures" / "drafts").glob("*.txt"))
    assert len(paths) >= 167
    found = []
    for p in paths:
        doc = read_document(p)
        found += [(p.name, c.ref.text) for c in resolve_internal(doc.text, doc.title, extract_citations(doc.text))]
    assert found == []
