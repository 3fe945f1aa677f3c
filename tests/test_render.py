"""Opinion, its conclusion rule, and the Markdown / HTML / Word renderers."""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from review.model import CATEGORIES, Clause, Document, Finding, Paragraph
from review.opinion import (CATEGORY_LABELS, PASS, PASS_AFTER_CHANGES, REJECT, SEVERITY_LABELS, Opinion,
                            conclude)
from review.render import render_docx, render_html, render_markdown
from statutes.model import Provision, Snapshot

GOLDEN = Path(__file__).parent / "golden" / "opinion_example.md"

# ---- a real-looking draft and findings ---------------------------------------------------------

TEXT = """××县城区养犬管理办法（送审稿）
第一条 为了规范城区养犬行为，保障公民人身安全，维护市容环境和社会秩序，制定本办法。
第三条 县公安局是本县养犬管理的主管部门。县卫生和计划生育局负责狂犬病疫苗的供应和狂犬病的防治工作。
第五条 在城区饲养犬只的，应当向县公安局申请办理《养犬许可证》；未取得《养犬许可证》的，不得饲养犬只。
第六条 申请办理《养犬许可证》，应当提交居住地社区居民委员会出具的无犯罪记录证明。
第九条 违反本办法第五条规定，未取得《养犬许可证》饲养犬只的，由县公安局处五百元以上一千元以下罚款。
第十条 对违反本办法规定饲养的犬只，县公安局可以予以扣押。"""


def _clause(index: int, label: str) -> Clause:
    line = next(l for l in TEXT.splitlines() if l.startswith(label))
    start = TEXT.index(line)
    body = line[len(label) + 1:]
    return Clause(index=index, label=label, text=body, start=start + len(label) + 1, end=start + len(line),
                  paragraph=TEXT.splitlines().index(line))


DOC = Document(path="drafts/养犬管理办法（送审稿）.docx", text=TEXT,
               paragraphs=tuple(Paragraph(i, l, TEXT.index(l)) for i, l in enumerate(TEXT.splitlines())),
               title="××县城区养犬管理办法（送审稿）", issuer="××县公安局", date="2024-03-18",
               kind="规范性文件", source_format="docx")
C3, C5, C6, C9, C10 = (_clause(i, l) for i, l in
                       ((1, "第三条"), (2, "第五条"), (3, "第六条"), (4, "第九条"), (5, "第十条")))


def _prov(law, article, text, paragraph=None, version="2019-04-23", level="法律"):
    return Provision(law=law, level=level, status="现行有效", version_date=version, article=article,
                     article_sub=0, paragraph=paragraph, item=None, text=text)


XUKE_17 = _prov("中华人民共和国行政许可法", 17, "除本法第十四条、第十五条规定的外，其他规范性文件一律不得设定行政许可。")
CHUFA_16 = _prov("中华人民共和国行政处罚法", 16, "除法律、法规、规章外，其他规范性文件不得设定行政处罚。",
                 version="2021-01-22")
QIANGZHI_10_4 = _prov("中华人民共和国行政强制法", 10, "法律、法规以外的其他规范性文件不得设定行政强制措施。",
                      paragraph=4, version="2011-06-30")

F_LICENSE = Finding(
    rule="LIC-SET", category="license", severity="error", title="规范性文件设定行政许可", clause=C5,
    quote="应当向县公安局申请办理《养犬许可证》",
    problem="该条设定了养犬许可，规范性文件无权设定行政许可。",
    suggestion="删除该条；如上级地方性法规已设定养犬登记或许可，应当援引该法规的具体条款并表述为实施性规定。",
    basis=(XUKE_17,))
F_PENALTY = Finding(
    rule="PEN-SET", category="penalty", severity="error", title="规范性文件设定行政处罚", clause=C9,
    quote="处五百元以上一千元以下罚款",
    problem="该条设定了罚款，规范性文件不得设定行政处罚。",
    suggestion="删除罚款规定；确需处罚的，援引法律、法规或者规章中已有的处罚条款。",
    basis=(CHUFA_16,))
F_COERCION = Finding(
    rule="COE-SET", category="coercion", severity="error", title="规范性文件设定行政强制措施", clause=C10,
    quote="予以扣押", problem="扣押犬只属于行政强制措施，规范性文件不得设定。",
    suggestion="删除该条。", basis=(QIANGZHI_10_4,))
F_PROOF = Finding(
    rule="PROOF-CRIME", category="proof", severity="warning", title="要求提交无犯罪记录证明", clause=C6,
    quote="无犯罪记录证明",
    problem="要求申请人提交居民委员会出具的无犯罪记录证明，该证明事项可能缺乏设定依据，且居民委员会无权出具。",
    suggestion="核实该证明事项的设定依据；无依据的予以取消，改为部门间核查。")
F_AGENCY = Finding(
    rule="AG-RENAME", category="agency", severity="info", title="机构名称已变更", clause=C3,
    quote="县卫生和计划生育局", problem="“卫生和计划生育局”已于机构改革中更名为“卫生健康局”。",
    suggestion="将“县卫生和计划生育局”修改为“县卫生健康局”。")
F_VALIDITY = Finding(
    rule="P-VALIDITY", category="validity", severity="warning", title="未规定有效期", clause=None,
    quote="", problem="送审稿未规定施行日期和有效期。",
    suggestion="增加“本办法自××××年××月××日起施行，有效期5年。”")

SNAP = Snapshot(snapshot_id="laws-2024-03-01-a1b2c3", works=1088, provisions=61234, built_at="2024-03-01")


def example_opinion(findings=(F_PENALTY, F_AGENCY, F_LICENSE, F_VALIDITY, F_PROOF)) -> Opinion:
    return Opinion.build(DOC, findings, as_of="2024-03-20", snapshot=SNAP, clauses_reviewed=6,
                         stats={"rules_run": 42})


def _f(category="license", severity="error", clause=C5, rule="X", quote="饲养犬只"):
    return Finding(rule=rule, category=category, severity=severity, title="t", clause=clause, quote=quote,
                   problem="p")


# ---- the conclusion rule ---------------------------------------------------------------------

@pytest.mark.parametrize("findings, expected", [
    ((), PASS),                                                              # nothing found
    ((_f(severity="info"), _f("agency", "info")), PASS),                     # hints only
    ((_f(severity="warning"),), PASS_AFTER_CHANGES),                         # one warning
    ((_f(),), PASS_AFTER_CHANGES),                                           # one fixable core error
    ((_f(clause=C5), _f("penalty", clause=C9)), PASS_AFTER_CHANGES),         # two core errors
    ((_f(clause=C5), _f("penalty", clause=C9), _f("coercion", clause=C10)), REJECT),  # three clauses
    ((_f(clause=C5), _f("fee", clause=C5), _f("penalty", clause=C5)), PASS_AFTER_CHANGES),  # one clause
    ((_f(severity="warning", clause=C5), _f("penalty", "warning", clause=C9),
      _f("coercion", "warning", clause=C10)), PASS_AFTER_CHANGES),           # core warnings do not reject
    ((_f("citation", clause=C5), _f("citation", clause=C9), _f("rights", clause=C10)),
     PASS_AFTER_CHANGES),                                                    # non-core errors are fixable
    ((_f("procedure", rule="P-SUBJECT", clause=None, quote=""),), REJECT),   # issuer lacks competence
    ((_f("procedure", "warning", rule="P-SUBJECT", clause=None, quote=""),), PASS_AFTER_CHANGES),
])
def test_conclude(findings, expected):
    assert conclude(findings) == expected


def test_findings_in_document_order():
    op = example_opinion((F_PENALTY, _f("rights", "warning", clause=C5, quote="不得饲养犬只"), F_LICENSE,
                          F_VALIDITY, F_AGENCY))
    assert [(f.clause.label if f.clause else None, f.severity) for f in op.findings] == [
        (None, "warning"), ("第三条", "info"), ("第五条", "error"), ("第五条", "warning"), ("第九条", "error")]


@pytest.mark.parametrize("iso, expected", [
    ("2024-03-20", "2024年3月20日"),   # full date, leading zeros dropped
    ("2016-01", "2016年1月"),           # month only, as some documents say
    ("2016", "2016年"),
    ("", ""),
    ("二〇一六年", "二〇一六年"),       # not ISO: unchanged
])
def test_cn_date(iso, expected):
    from review.render import cn_date

    assert cn_date(iso) == expected


def test_every_category_and_severity_has_a_chinese_label():
    assert set(CATEGORY_LABELS) == set(CATEGORIES)
    assert SEVERITY_LABELS == {"error": "违法（必须修改）", "warning": "可能存在问题（请审查人判断）", "info": "提示"}


# ---- JSON contract -----------------------------------------------------------------------------

def test_to_dict_contract():
    d = json.loads(json.dumps(example_opinion().to_dict(), ensure_ascii=False))
    assert {"document", "conclusion", "findings", "summary", "corpus"} <= set(d)
    assert {"title", "doc_number", "issuer", "date", "kind", "path"} <= set(d["document"])
    assert d["document"]["title"] == "××县城区养犬管理办法（送审稿）"
    assert d["conclusion"] == PASS_AFTER_CHANGES
    assert d["corpus"] == {"snapshot": "laws-2024-03-01-a1b2c3", "built_at": "2024-03-01", "as_of": "2024-03-20"}
    for f in d["findings"]:
        assert {"rule", "category", "severity", "clause", "quote", "basis", "suggestion", "upper"} <= set(f)
        assert isinstance(f["basis"], list)
        assert f["clause"] is None or set(f["clause"]) == {"label", "index", "text", "start", "end"}
    lic = next(f for f in d["findings"] if f["category"] == "license")
    assert lic["clause"]["label"] == "第五条"
    assert lic["basis"][0]["law"] == "中华人民共和国行政许可法"
    assert lic["basis"][0]["article_label"] == "第十七条"
    assert d["summary"]["total"] == 5
    assert d["summary"]["by_severity"] == {"error": 2, "warning": 2, "info": 1}
    assert d["summary"]["by_category"]["license"] == {"error": 1, "warning": 0, "info": 0, "total": 1}
    assert d["summary"]["clauses_reviewed"] == 6


def test_to_dict_without_snapshot():
    op = Opinion.build(DOC, (), as_of="2024-03-20", snapshot=None, clauses_reviewed=6)
    d = op.to_dict()
    assert d["corpus"]["snapshot"] is None and d["conclusion"] == PASS and d["findings"] == []


# ---- Markdown ----------------------------------------------------------------------------------

def test_markdown_golden():
    text = render_markdown(example_opinion())
    if os.environ.get("FASHEN_UPDATE_GOLDEN"):
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")


def test_markdown_has_quotes_basis_and_suggestions():
    op = example_opinion((F_LICENSE, F_PENALTY, F_COERCION, F_PROOF))
    md = render_markdown(op)
    for f in op.findings:
        assert f.quote in md
        assert f.suggestion in md
        for b in f.basis:
            assert b.text in md and b.law in md
    assert "第十条第四款" in md                       # paragraph-level citation label
    assert "## 四、审查结论" in md and f"**{REJECT}**" in md   # three core errors


@pytest.mark.parametrize("prev, text, nxt, expected", [
    ("的", "应当申请", "；", "**应当申请**"),                  # plain CJK: bold as is
    ("办", "《养犬许可证》", "的", "《**养犬许可证**》"),      # punctuation at both edges next to letters
    ("，", "《养犬许可证》", "；", "**《养犬许可证》**"),      # punctuation outside too: stays inside
    ("的", "。", "的", "。"),                                  # nothing but punctuation: no emphasis
    ("的", "a*b", "的", r"**a\*b**"),                          # markdown syntax escaped
])
def test_markdown_strong_renders_next_to_cjk(prev, text, nxt, expected):
    from review.render.markdown import _strong

    assert _strong(prev, text, nxt) == expected


# ---- HTML ----------------------------------------------------------------------------------------

def test_html_escapes_and_marks_quotes():
    evil = Clause(index=7, label="第十二条", text='页面嵌入<script>alert("x")</script>代码的，应当备案。',
                  start=0, end=30, paragraph=8)
    bad = Finding(rule="R", category="procedure", severity="warning", title="<b>标题</b>", clause=evil,
                  quote='<script>alert("x")</script>', problem="问题 & <i>说明</i>", suggestion="删除")
    html = render_html(example_opinion((F_LICENSE, bad, F_VALIDITY)))
    assert "<script>" not in html and "<b>标题" not in html and "<i>" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html
    tree = etree.fromstring(html.encode(), etree.HTMLParser())
    marks = [m.xpath("string()") for m in tree.iter("mark")]
    assert 'alert("x")' in "".join(marks)
    assert "应当向县公安局申请办理《养犬许可证》" in marks
    assert tree.find(".//title").text == "关于《××县城区养犬管理办法（送审稿）》的合法性审查意见"
    assert not tree.xpath("//link|//script|//img")                     # self-contained
    table = tree.xpath("//table[@class='summary']")[0]
    cells = [[c.xpath("string()") for c in tr] for tr in table.iter("tr")]
    assert cells[0] == ["问题类别", "违法", "可能存在问题", "提示", "合计"]
    assert ["设定行政许可", "1", "0", "0", "1"] in cells and cells[-1][0] == "合计"


# ---- Word ----------------------------------------------------------------------------------------

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
REQUIRED_PARTS = {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
                  "word/styles.xml", "word/settings.xml", "word/footer1.xml", "docProps/core.xml",
                  "docProps/app.xml"}


def _parts(data: bytes) -> dict:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert z.testzip() is None
        return {n: etree.fromstring(z.read(n)) for n in z.namelist()}   # every part well-formed


def _text(root) -> str:
    return "".join(t.text or "" for t in root.iter(f"{W}t"))


def test_docx_structure_fonts_margins_footer():
    parts = _parts(render_docx(example_opinion()))
    assert REQUIRED_PARTS <= set(parts)
    doc, styles = parts["word/document.xml"], parts["word/styles.xml"]
    body = _text(doc)
    assert "关于《××县城区养犬管理办法（送审稿）》的合法性审查意见" in body
    for f in (F_LICENSE, F_PENALTY, F_PROOF, F_AGENCY):
        assert f.quote in body and f.problem in body and f.suggestion in body
    assert XUKE_17.text in body and "《中华人民共和国行政许可法》第十七条" in body
    assert PASS_AFTER_CHANGES in body and "2024年3月20日" in body
    # the corpus snapshot is a document property, not printed text
    assert "laws-2024-03-01-a1b2c3" not in body
    assert "laws-2024-03-01-a1b2c3" in "".join(parts["docProps/custom.xml"].itertext())
    # the title paragraph is the first one and uses the Title style: 小标宋 二号 centred
    first = doc.find(f".//{W}p")
    assert first.find(f"{W}pPr/{W}pStyle").get(f"{W}val") == "Title"
    style = {s.get(f"{W}styleId"): s for s in styles.iter(f"{W}style")}
    def font(sid):
        return style[sid].find(f"{W}rPr/{W}rFonts").get(f"{W}eastAsia")
    def size(sid):
        return style[sid].find(f"{W}rPr/{W}sz").get(f"{W}val")
    assert (font("Title"), size("Title")) == ("方正小标宋简体", "44")
    assert style["Title"].find(f"{W}pPr/{W}jc").get(f"{W}val") == "center"
    assert (font("Normal"), size("Normal")) == ("仿宋_GB2312", "32")
    assert (font("Heading1"), font("Heading2")) == ("黑体", "楷体_GB2312")
    fonts = parts["word/fontTable.xml"]
    alt = {f.get(f"{W}name"): f.find(f"{W}altName") for f in fonts.iter(f"{W}font")}
    assert alt["方正小标宋简体"].get(f"{W}val") == "宋体"
    # A4, 公文 margins 37/35/28/26 mm
    sect = doc.find(f".//{W}body/{W}sectPr")
    pg = sect.find(f"{W}pgSz")
    assert (pg.get(f"{W}w"), pg.get(f"{W}h")) == ("11906", "16838")
    mar = {k: int(sect.find(f"{W}pgMar").get(f"{W}{k}")) for k in ("top", "bottom", "left", "right")}
    assert {k: round(v / 1440 * 25.4) for k, v in mar.items()} == {"top": 37, "bottom": 35, "left": 28, "right": 26}
    # page number: a PAGE field in the footer, referenced from the section
    footer = parts["word/footer1.xml"]
    assert [i.text.strip() for i in footer.iter(f"{W}instrText")] == ["PAGE"]
    assert [c.get(f"{W}fldCharType") for c in footer.iter(f"{W}fldChar")] == ["begin", "separate", "end"]
    rels = parts["word/_rels/document.xml.rels"]
    targets = {r.get("Id"): r.get("Target") for r in rels}
    ref = sect.find(f"{W}footerReference").get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
    assert targets[ref] == "footer1.xml"
    # the summary table: header row repeats, one row per category + 合计
    tbl = doc.find(f".//{W}tbl")
    rows = tbl.findall(f"{W}tr")
    assert rows[0].find(f"{W}trPr/{W}tblHeader") is not None
    assert [_text(c) for c in rows[0].findall(f"{W}tc")] == ["问题类别", "违法", "可能存在问题", "提示", "合计"]
    assert _text(rows[-1].findall(f"{W}tc")[0]) == "合计" and len(rows) == 7
    ct = parts["[Content_Types].xml"]
    assert {o.get("PartName") for o in ct} >= {"/word/document.xml", "/word/footer1.xml", "/word/styles.xml"}


def test_docx_is_deterministic_and_survives_control_characters():
    odd = Finding(rule="R", category="citation", severity="info", title="t", clause=None,
                  quote="依据\x0b旧文件\x07", problem="文本含控制字符\x0c")
    op = example_opinion((F_LICENSE, odd))
    assert render_docx(op) == render_docx(op)
    body = _text(_parts(render_docx(op))["word/document.xml"])
    assert "依据旧文件" in body and "\x0b" not in body


def test_docx_quotes_are_emphasised():
    doc = _parts(render_docx(example_opinion((F_LICENSE,))))["word/document.xml"]
    marked = [r for r in doc.iter(f"{W}r") if r.find(f"{W}rPr/{W}u") is not None]
    assert [_text(r) for r in marked] == [F_LICENSE.quote]


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice not installed")
def test_docx_opens_in_libreoffice(tmp_path):
    src = tmp_path / "opinion.docx"
    src.write_bytes(render_docx(example_opinion()))
    subprocess.run(["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(tmp_path), str(src)],
                   check=True, capture_output=True, timeout=120)
    text = (tmp_path / "opinion.txt").read_text(encoding="utf-8-sig")
    assert "关于《××县城区养犬管理办法（送审稿）》的合法性审查意见" in text
    assert re.search(r"原文：“在城区饲养犬只的", text)


def test_direct_construction_keeps_document_order():
    op = Opinion(DOC, (F_PENALTY, F_LICENSE), PASS_AFTER_CHANGES, "2024-03-20", SNAP, 6)
    assert [f.clause.label for f in op.findings] == ["第五条", "第九条"]


@pytest.mark.parametrize("render", [render_markdown, render_html, render_docx])
def test_clean_document_renders_without_summary_table(render):
    out = render(Opinion.build(DOC, (), as_of="2024-03-20", snapshot=None, clauses_reviewed=6))
    text = _text(_parts(out)["word/document.xml"]) if isinstance(out, bytes) else out
    assert "未发现需要修改或提示的问题。" in text and PASS in text and "未记录法规语料库快照" in text
    assert "问题汇总" not in text and "三、审查结论" in text


@pytest.mark.parametrize("basis, expected", [
    # a Provision: its full label with 款/项
    (QIANGZHI_10_4, ("中华人民共和国行政强制法", "第十条第四款", QIANGZHI_10_4.text, "")),
    # a citation check (CitationCheck.to_dict shape) resolved to a provision: the provision's text is printed
    ({"text": "《行政许可法》第十七条", "law": "中华人民共和国行政许可法", "article": 17, "paragraph": None,
      "item": None, "verdict": "verified", "detail": "", "provision": XUKE_17.to_dict()},
     ("中华人民共和国行政许可法", "第十七条", XUKE_17.text, "")),
    # a citation of a repealed law known only by name: law + article as cited, verdict as note, no text
    ({"text": "《中华人民共和国合同法》第五十二条第（五）项", "law": "中华人民共和国合同法", "article": 52,
      "article_sub": 0, "paragraph": None, "item": 5, "verdict": "repealed", "detail": "…", "provision": None},
     ("中华人民共和国合同法", "第五十二条第（五）项", "", "已废止")),
    # a bare law reference with 《》 already around the name
    ({"law": "《优化营商环境条例》", "article_label": "第六十三条", "text": ""},
     ("优化营商环境条例", "第六十三条", "", "")),
])
def test_basis_entry(basis, expected):
    from review.render import basis_entry

    b = basis_entry(basis)
    assert (b.law, b.label, b.text, b.note) == expected


@pytest.mark.parametrize("name, fmt, check", [
    ("意见.md", "markdown", lambda p: p.read_text(encoding="utf-8").startswith("# 关于《")),
    ("意见.html", "html", lambda p: "<mark>" in p.read_text(encoding="utf-8")),
    ("意见.docx", "docx", lambda p: zipfile.is_zipfile(p)),
    ("意见.json", "json", lambda p: json.loads(p.read_text(encoding="utf-8"))["conclusion"] == PASS_AFTER_CHANGES),
])
def test_write_opinion_by_suffix(tmp_path, name, fmt, check):
    from review.render import write_opinion

    out = tmp_path / name
    assert write_opinion(example_opinion(), out) == fmt
    assert check(out) and [p.name for p in tmp_path.iterdir()] == [name]


def test_write_opinion_unknown_format(tmp_path):
    from review.render import write_opinion

    with pytest.raises(ValueError):
        write_opinion(example_opinion(), tmp_path / "意见.pdf")
    assert list(tmp_path.iterdir()) == []


def test_basis_entry_from_a_real_citation_check():
    verify = pytest.importorskip("statutes.citations.verify")
    extract = pytest.importorskip("statutes.citations.extract")
    ref = extract.CitationRef(text="《合同法》第五十二条", start=0, end=10, kind="article", law="合同法", article=52)
    check = verify.CitationCheck(ref=ref, verdict="repealed", law="中华人民共和国合同法", detail="已废止",
                                 successor="中华人民共和国民法典")
    from review.render import basis_entry

    assert basis_entry(check) == basis_entry(check.to_dict())
    assert (basis_entry(check).citation(), basis_entry(check).note) == ("《中华人民共和国合同法》第五十二条", "已废止")
