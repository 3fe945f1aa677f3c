"""The memo fit to sign (issue 13): the sentence that holds the problem rather than the whole clause, the
opinion's own 文号, an addressee or a blank to fill in, the corpus snapshot as a document property, 本市 for a
直辖市, the same words shown once; JSON keeps the full clause text."""

from __future__ import annotations

import io
import json
import zipfile
from dataclasses import replace

import pytest
from lxml import etree

from review.model import Clause, Document, Finding, Paragraph
from review.opinion import Opinion
from review.render import (ELLIPSIS, NUMBER_PLACEHOLDER, excerpt, outline, render_docx, render_html,
                           render_markdown, write_opinion)
from review.wording import localize, municipality
from statutes.model import Snapshot

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

LONG = ("第四条　县住房和城乡建设局是本县公共租赁住房的主管部门，负责公共租赁住房的分配、运营和监督管理工作。\n"
        "县发展和改革局负责租金标准的核定；县卫生和计划生育委员会负责核查申请家庭成员的计划生育情况。\n"
        "县民政局、县公安局等部门按照各自职责，做好公共租赁住房管理相关工作。")
RUN_ON = ("申请人应当提交身份证明、户口簿、结婚证、住房证明、收入证明、社保缴费证明、纳税证明、无犯罪记录证明、"
          "单位出具的在职证明、居住地社区出具的居住证明、户籍地乡镇计划生育部门出具的婚育情况证明、"
          "学历证明、职业资格证书、技能等级证书、不动产登记证明、车辆登记证明、银行流水、个人信用报告、"
          "公积金缴存证明以及其他需要提交的材料，并对材料的真实性负责")


def _text(segments) -> str:
    return "".join(t for t, _ in segments)


def _marked(segments) -> list[str]:
    return [t for t, q in segments if q]


# one row per behaviour of the excerpt
@pytest.mark.parametrize("text,quotes,expected", [
    # a short one-paragraph clause is quoted whole
    ("在城区饲养犬只的，应当向县公安局申请办理《养犬许可证》；未取得的，不得饲养。", ["应当向县公安局申请"],
     "在城区饲养犬只的，应当向县公安局申请办理《养犬许可证》；未取得的，不得饲养。"),
    # a multi-paragraph clause: the sentence with the problem, …… where text is left out
    (LONG, ["县卫生和计划生育委员会"], f"{ELLIPSIS}县卫生和计划生育委员会负责核查申请家庭成员的计划生育情况。{ELLIPSIS}"),
    # two problems in sentences of different paragraphs: both sentences, one …… between them
    (LONG, ["县住房和城乡建设局", "县民政局"],
     f"第四条　县住房和城乡建设局是本县公共租赁住房的主管部门，负责公共租赁住房的分配、运营和监督管理工作。"
     f"{ELLIPSIS}县民政局、县公安局等部门按照各自职责，做好公共租赁住房管理相关工作。"),
    # a quote across two sentences keeps both
    (LONG, ["核定；县卫生"], f"{ELLIPSIS}县发展和改革局负责租金标准的核定；县卫生和计划生育委员会负责核查申请家庭成员的计划生育情况。{ELLIPSIS}"),
    # a run-on sentence is cut at the commas around the problem
    (RUN_ON + "。\n第二款。", ["婚育情况证明"],
     f"{ELLIPSIS}单位出具的在职证明、居住地社区出具的居住证明、户籍地乡镇计划生育部门出具的婚育情况证明、学历证明、"
     f"职业资格证书、技能等级证书、不动产登记证明、车辆登记证明、{ELLIPSIS}"),
])
def test_excerpt(text, quotes, expected):
    segments, missing, cut = excerpt(text, quotes)
    assert _text(segments).replace("\n", "") == expected
    assert missing == () and cut == (ELLIPSIS in expected)
    assert all(q in "".join(_marked(segments)) for q in quotes)


def test_excerpt_reports_quotes_not_in_the_text():
    segments, missing, cut = excerpt(LONG, ["不在条文中的话"])
    assert segments == () and missing == ("不在条文中的话",) and not cut


CLAUSE = Clause(index=3, label="第四条", text=LONG, start=0, end=len(LONG), paragraph=0)
DOC = Document(path="送审稿.docx", text=LONG, paragraphs=(Paragraph(0, LONG, 0),), title="某县公共租赁住房管理办法",
               issuer="", source_format="docx")
SNAP = Snapshot(snapshot_id="corpus-2026-01-01-abc123", works=414, provisions=26000, built_at="2026-01-01")


def _finding(rule, quote, severity="warning", category="family-planning", problem="问题。", suggestion="建议。"):
    return Finding(rule=rule, category=category, severity=severity, title=rule, clause=CLAUSE, quote=quote,
                   problem=problem, suggestion=suggestion)


F1 = _finding("FP-LINK", "县卫生和计划生育委员会负责核查", "error", problem="挂钩。", suggestion="删除。")
F2 = _finding("FP-COMPLY", "县卫生和计划生育委员会负责核查", problem="以计生为条件。", suggestion="删除条件。")
F3 = _finding("AG-HEALTH-FP", "县卫生和计划生育委员会负责核查", category="agency", problem="机构更名。",
              suggestion="删除。")


def _opinion(findings=(F1, F2, F3), doc=DOC) -> Opinion:
    return Opinion.build(doc, findings, as_of="2026-06-01", snapshot=SNAP, clauses_reviewed=1)


def test_number_addressee_and_snapshot_in_markdown():
    md = render_markdown(_opinion())
    lines = md.split("\n")
    assert lines[2] == NUMBER_PLACEHOLDER and lines[4].startswith("＿") and lines[4].endswith("：")
    assert "（起草单位）" not in md
    assert "corpus-2026-01-01-abc123" not in md.split("<!--")[0]      # not in the printed text
    md = render_markdown(_opinion(doc=replace(DOC, issuer="某县住房和城乡建设局")), "某司审〔2026〕7号")
    assert md.split("\n")[2] == "某司审〔2026〕7号" and md.split("\n")[4] == "某县住房和城乡建设局："


def test_same_words_appear_once():
    o = outline(_opinion())
    (sec,) = o.sections
    (blk,) = sec.blocks
    assert blk.finding is F1 and blk.related == (F3, F2)     # the most severe first, then by rule
    assert blk.suggestions == ("删除。", "删除条件。")
    md = render_markdown(_opinion())
    assert md.count("> 原文") == 1 and "同一表述另涉及" in md and "以计生为条件。" in md and "机构更名。" in md


def test_docx_memo(tmp_path):
    data = render_docx(_opinion(), "某司审〔2026〕7号")
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        doc = etree.fromstring(z.read("word/document.xml"))
        custom = etree.fromstring(z.read("docProps/custom.xml"))
        settings = etree.fromstring(z.read("word/settings.xml"))
    paras = [("".join(t.text or "" for t in p.iter(f"{W}t")), p.find(f"{W}pPr/{W}pStyle").get(f"{W}val"))
             for p in doc.iter(f"{W}p") if p.find(f"{W}pPr/{W}pStyle") is not None]
    assert paras[1] == ("某司审〔2026〕7号", "Number")
    assert paras[2][1] == "Addressee" and paras[2][0].strip("　") == "："
    quoted = [t for t, style in paras if style == "Quote"]
    assert quoted == [f"原文（节选）：“{ELLIPSIS}县卫生和计划生育委员会负责核查申请家庭成员的计划生育情况。{ELLIPSIS}”"]
    assert not list(doc.iter(f"{W}br"))                               # no manual line breaks to stretch
    assert settings.find(f"{W}compat/{W}doNotExpandShiftReturn") is not None
    body = "".join(t.text or "" for t in doc.iter(f"{W}t"))
    assert "corpus-2026-01-01-abc123" not in body
    assert [(p.get("name"), "".join(p.itertext())) for p in custom] == [("法规语料库快照", "corpus-2026-01-01-abc123")]


def test_multi_line_excerpt_is_one_paragraph_per_line():
    f = _finding("X", "县住房和城乡建设局")
    g = _finding("Y", "县发展和改革局")
    data = render_docx(_opinion((f, g)))
    doc = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml"))
    quoted = ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in doc.iter(f"{W}p")
              if p.find(f"{W}pPr/{W}pStyle") is not None and p.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "Quote"]
    assert len(quoted) == 2 and quoted[0].startswith("原文（节选）：“第四条") and quoted[1] == f"县发展和改革局负责租金标准的核定；{ELLIPSIS}”"


def test_html_memo():
    page = render_html(_opinion(), "某司审〔2026〕7号")
    assert '<p class="number">某司审〔2026〕7号</p>' in page and '<span class="blank"></span>：' in page
    assert '<meta name="fashen-corpus-snapshot" content="corpus-2026-01-01-abc123">' in page
    assert page.count("corpus-2026-01-01-abc123") == 1
    assert "原文（节选）" in page


def test_json_keeps_the_full_clause(tmp_path):
    path = tmp_path / "opinion.json"
    write_opinion(_opinion(), path, number="某司审〔2026〕7号")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["findings"][0]["clause"]["text"] == LONG
    assert data["corpus"]["snapshot"] == "corpus-2026-01-01-abc123"


# ---------------------------------------------------------------- 本省 / 本市

def _doc(**kw) -> Document:
    return replace(Document(path="x.docx", text=kw.pop("text", "正文"), paragraphs=()), **kw)


@pytest.mark.parametrize("province,doc,expected", [
    ("北京", _doc(), "北京"),                                               # --province
    ("广东", _doc(issuer="北京市公安局"), ""),                              # the office's province decides
    (None, _doc(issuer="上海市人民政府办公厅"), "上海"),                    # the issuer
    (None, _doc(title="重庆市户外广告管理办法"), "重庆"),                  # the title
    (None, _doc(doc_number="津政规〔2020〕3号"), "天津"),                   # the 机关代字
    (None, _doc(text="本市户口……符合北京市计划生育政策……《北京市生育服务证》"), "北京"),   # the text
    (None, _doc(text="本省户口……北京市……北京市"), ""),                      # a province's text naming Beijing
    (None, _doc(text="本市户口……北京市……上海市……北京市……上海市"), ""),      # two municipalities: cannot tell
    (None, _doc(issuer="广州市人民政府"), ""),
])
def test_municipality(province, doc, expected):
    assert municipality(province, doc) == expected


def test_localize_says_benshi_for_a_municipality():
    f = Finding(rule="P-VALIDITY-MISSING", category="validity", severity="warning", title="t", clause=None, quote="",
                problem="按照本省行政规范性文件管理规定，应当载明有效期。", suggestion="按本省规定报送备案。")
    (g,) = localize([f], "上海", _doc())
    assert g.problem == "按照本市行政规范性文件管理规定，应当载明有效期。" and g.suggestion == "按本市规定报送备案。"
    assert localize([f], "广东", _doc()) == [f]
