"""Clause splitting: articles with 款 and 项, numbered points, enumeration headers, sentences, offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from review.clauses import intro_sentence, point_marker, split_clauses
from review.readers import build_document, read_document

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "documents"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="shared documents not present")


def clauses(text: str):
    doc = build_document("t.txt", text.split("\n"), "txt")
    return doc, split_clauses(doc)


def labels(text: str) -> list[str]:
    return [c.label for c in clauses(text)[1]]


ARTICLES = """某市规范性文件管理办法
第一章　总则
第一条　为了规范管理，制定本办法。
第二条　本办法适用于本市。
本办法所称规范性文件，是指行政机关制定的文件。
第二章　内容
第三条　规范性文件不得含有下列内容：
（一）增加公民义务；
（二）减损公民权利。
违反前款规定的，由制定机关改正。
第四条　符合下列条件的，享受以下待遇：
（一）具有本市户籍；
（二）无违法记录。
—3—
第五条　本办法自2016年5月1日起施行。
某市人民政府
2016年3月1日
抄送：市委各部门。"""


def test_articles_with_kuan_items_and_headings():
    doc, cs = clauses(ARTICLES)
    assert [c.label for c in cs] == ["第一条", "第二条", "第三条", "第三条（一）", "第三条（二）", "第三条第二款",
                                     "第四条", "第四条（一）", "第四条（二）", "第五条"]
    by = {c.label: c for c in cs}
    # two 款 without items stay one clause
    assert by["第二条"].text == "第二条　本办法适用于本市。\n本办法所称规范性文件，是指行政机关制定的文件。"
    assert by["第一条"].heading == "第一章 总则" and by["第三条"].heading == "第二章 内容"
    # enumeration items keep their header, whose polarity differs
    assert by["第三条（一）"].header == "规范性文件不得含有下列内容："
    assert by["第四条（二）"].header == "符合下列条件的，享受以下待遇："
    assert by["第三条第二款"].header == ""
    # page number, 落款 and 抄送 are not clause text
    assert by["第四条（二）"].text == "（二）无违法记录。"
    assert by["第五条"].text == "第五条　本办法自2016年5月1日起施行。"
    assert "抄送" not in " ".join(c.text for c in cs)


def test_offsets_point_back_into_the_text():
    doc, cs = clauses(ARTICLES)
    for c in cs:
        assert doc.text[c.start:c.end] == c.text
        assert doc.paragraphs[c.paragraph].text in c.text


POINTS = """关于做好某项工作的通知
各区人民政府：
为做好有关工作，现通知如下：
一、总体要求
（一）指导思想。坚持依法行政。
（二）基本原则。申请人须同时符合以下条件：
1．在本市就业；
2．无违反计划生育政策记录。
（1）细目一；
二、工作措施
各区要加强领导。
三、本通知自印发之日起施行。"""


def test_points_labels_headers_and_headings():
    doc, cs = clauses(POINTS)
    assert [c.label for c in cs] == ["第1段", "第2段", "一、", "一、（一）", "一、（二）", "一、（二）1．", "一、（二）2．",
                                     "一、（二）2．（1）", "二、", "三、"]
    by = {c.label: c for c in cs}
    assert by["一、（二）2．"].header == "申请人须同时符合以下条件："
    assert by["一、（二）1．"].heading == "一、总体要求"
    assert by["一、（一）"].header == ""
    assert by["二、"].text == "二、工作措施\n各区要加强领导。"  # a paragraph under a point stays with it
    for c in cs:
        assert doc.text[c.start:c.end] == c.text


def test_sentences_when_no_numbering():
    doc, cs = clauses("关于停水的通知\n因管道检修，定于明日停水。请各单位做好准备；如有疑问请来电。\n特此通知。")
    assert [c.label for c in cs] == ["第1段第1句", "第1段第2句", "第1段第3句", "第2段"]
    assert cs[1].text == "请各单位做好准备；"
    for c in cs:
        assert doc.text[c.start:c.end] == c.text


def test_wrapped_pdf_lines_rejoin_and_page_numbers_drop():
    text = ("第一条   为进一步完善我市社会基本医疗保险制度建设，保\n障人民群众的基本医疗，制定本办法。\n"
            "第二条   将城镇职工基本医疗保险与城镇职工生育保险并\n—2—\n轨运行。")
    doc, cs = clauses(text)
    assert [c.label for c in cs] == ["第一条", "第二条"]
    assert cs[0].text == doc.text[cs[0].start:cs[0].end]
    assert cs[1].text == "第二条   将城镇职工基本医疗保险与城镇职工生育保险并\n轨运行。"
    assert "—2—" in doc.text[cs[1].start:cs[1].end]


def test_flattened_line_is_cut_at_inline_articles():
    body = "".join(f"第{n}条　本条规定第{n}项内容，内容较长需要说明清楚。" * 1 for n in "一二三四五六七八九十")
    doc, cs = clauses("某办法\n" + body * 2)
    assert cs[0].label == "第一条" and len(cs) == 20
    for c in cs:
        assert doc.text[c.start:c.end] == c.text


@pytest.mark.parametrize("text,expected", [
    ("一、总体要求", (1, "一、")),
    ("（一）指导思想", (2, "（一）")),
    ("(二)基本原则", (2, "(二)")),
    ("1．在本市就业", (3, "1．")),
    ("2、无记录", (3, "2、")),
    ("1.5万元以下", None),          # a decimal amount, not a list number
    ("17.2 本协议一式陆份", (3.5, "17.2")),
    ("（1）细目", (4, "（1）")),
    ("①第一项", (5, "①")),
    ("2016年起", None),
    ("第一条 总则", None),
])
def test_point_marker(text, expected):
    assert point_marker(text) == expected


@pytest.mark.parametrize("text,header", [
    ("第三条　规范性文件不得含有下列内容：", "规范性文件不得含有下列内容："),
    ("（二）基本原则。申请人须同时符合以下条件：", "申请人须同时符合以下条件："),
    ("符合下列条件的，享受以下待遇：", "符合下列条件的，享受以下待遇："),
    ("一、总体要求", ""),
])
def test_intro_sentence(text, header):
    assert intro_sentence(text) == header


@needs_shared
def test_every_txt_splits():
    files = sorted((SHARED / "txt").glob("*.txt"))
    empty = []
    for f in files:
        doc = read_document(f)
        cs = split_clauses(doc)
        if not cs:
            empty.append(f.name)
        for c in cs:
            span = doc.text[c.start:c.end]
            assert c.text == span or all(part in span for part in c.text.split("\n")), (f.name, c.label)
            assert c.text.strip()
    assert len(empty) <= 3, empty


@needs_shared
def test_real_enumeration_header():
    doc = read_document(next((SHARED / "txt").glob("D149_*")))
    by = {c.label: c for c in split_clauses(doc)}
    assert by["三、（二）"].text == "（二）身份证明；"
    assert by["三、（二）"].header == "典当当事人申请办理房地产典当抵押登记应当提交以下材料："


ATTACHED = """某市积分管理办法
第一条　为了规范积分管理，制定本办法。
第二条　积分指标见附件1，申请表式样见附件2。
（一）市积分办负责计分；
（二）各区负责受理。
第三条　本办法自印发之日起施行。
附件：1.某市积分计分指标
2.某市积分申请承诺表
附件1
某市积分计分指标
积分由基础分和加分组成。
一、基础指标
（一）文化程度。
得分标准：大专为60分，本科以上为80分。
（二）参保情况。
二、加分指标
缴纳住房公积金每满1年积1分。"""


def test_attachments_are_named_as_a_reviewer_names_them():
    # the attachment's paragraphs and points are 附件1…, not the last article's 款 and items; the attachment list
    # at the foot of the main text is no clause at all
    doc, cs = clauses(ATTACHED)
    assert [c.label for c in cs] == ["第一条", "第二条", "第二条（一）", "第二条（二）", "第三条",
                                     "附件1第1段", "附件1一、", "附件1一、（一）", "附件1一、（二）", "附件1二、"]
    by = {c.label: c for c in cs}
    assert by["第三条"].text == "第三条　本办法自印发之日起施行。"
    # a point's text goes on under it, as in a document numbered by points alone
    assert by["附件1一、（一）"].text == "（一）文化程度。\n得分标准：大专为60分，本科以上为80分。"
    assert by["附件1二、"].text.endswith("缴纳住房公积金每满1年积1分。")
    assert not any("承诺表" in c.text for c in cs)


def test_a_single_attachment_under_its_own_title():
    # a flattened text lost the 附件 line: the title the list names starts the attachment
    text = ATTACHED.replace("附件：1.某市积分计分指标\n2.某市积分申请承诺表\n附件1\n", "附件：某市积分计分指标\n")
    assert labels(text)[5:7] == ["附件第1段", "附件一、"]


def test_an_attached_document_keeps_its_own_article_names():
    # a 印发通知 without numbered text: the attachment is the document itself, its 第X条 are its articles
    text = """关于印发某市积分管理办法的通知
各区人民政府：
现将《某市积分管理办法》印发给你们，请认真贯彻执行。
附件
某市积分管理办法
第一条　为了规范积分管理，制定本办法。
第二条　本办法自印发之日起施行。"""
    assert labels(text)[-2:] == ["第一条", "第二条"]
