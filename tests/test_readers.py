"""Readers: every real input reads or fails with a Chinese InputError; hostile inputs never expand or crash."""

from __future__ import annotations

import re
import csv
import random
import zipfile
from pathlib import Path

import pytest

from review.readers import read_document, sniff
from statutes.errors import InputError

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "documents"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="shared documents not present")


def _has_chinese(s: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in s)


# --- the 16 originals: expected outcome per file (INDEX.csv) -------------------------------------

ORIGINALS = [
    # (file prefix, "ok" or a fragment of the InputError message, a phrase the text must contain)
    ("O01", "ok", "投靠"),                            # .docx
    ("O02", "ok", "豫政"),                            # .docx with 文号
    ("O03", "ok", "第一条"),                          # legacy .doc (OLE2, Word binary)
    ("O04", "ok", "高中阶段学校毕业"),                # legacy .doc with tables
    ("O05", "ok", "违反计划生育政策"),                # legacy .doc, one big table
    ("O06", "ok", "积分"),                            # UTF-8 web page
    ("O07", "ok", "住房保障"),                        # UTF-8 .htm
    ("O08", "ok", "典当抵押登记"),                    # GB2312 page, decoded as GB18030, Zoom body
    ("O09", "ok", "规划土地监察"),                    # GB2312 page with <FONT id="Zoom">
    ("O10", "ok", "积分制人才入户"),                  # PDF with text layer
    ("O11", "ok", "社会基本医疗保险"),                # PDF with text layer, 44 pages
    ("O12", "扫描版 PDF", None),                      # scanned PDF: no text layer
    ("O13", "ok", "流动人口服务管理办法"),            # RTF: \ansicpg1252 but GBK bytes
    ("O14", "ok", "计划生育"),                        # UTF-8 with BOM
    ("O15", "HTML 网页", None),                       # named .pdf, really a saved GitHub page
    ("O16", "HTML 网页", None),                       # named .doc, really a saved GitHub page
]


@needs_shared
def test_index_lists_every_original():
    rows = list(csv.DictReader((SHARED / "originals" / "INDEX.csv").open(encoding="utf-8")))
    assert sorted(r["file"].split("/")[1][:3] for r in rows) == sorted(p for p, _, _ in ORIGINALS)


@needs_shared
@pytest.mark.parametrize("prefix,outcome,phrase", ORIGINALS)
def test_original(prefix, outcome, phrase):
    path = next((SHARED / "originals").glob(prefix + "_*"))
    if outcome == "ok":
        doc = read_document(path)
        assert phrase in doc.text
        assert doc.paragraphs and doc.text == "\n".join(p.text for p in doc.paragraphs)
        for p in doc.paragraphs:
            assert doc.text[p.start:p.start + len(p.text)] == p.text
    else:
        with pytest.raises(InputError) as exc:
            read_document(path)
        assert outcome in str(exc.value) and _has_chinese(str(exc.value))
        assert path.name in str(exc.value)


@needs_shared
def test_rtf_is_not_mojibake():
    doc = read_document(next((SHARED / "originals").glob("O13_*")))
    assert doc.text.startswith("陕西省流动人口服务管理办法")
    assert "第一条" in doc.text and "Ã" not in doc.text


@needs_shared
def test_gb2312_page_matches_extracted_text():
    doc = read_document(next((SHARED / "originals").glob("O08_*")))
    assert doc.encoding == "gb18030"
    assert doc.text.splitlines()[0] == "深圳市规划和国土资源委员会关于典当当事人申请办理房地产典当抵押登记有关事宜的通知"
    assert "document.write" not in doc.text  # scripts dropped


@needs_shared
def test_pdf_rejoins_wrapped_lines():
    doc = read_document(next((SHARED / "originals").glob("O10_*")))
    assert "《东莞市积分制人才入户实施细则》业经市人民政府同意，现印发给你们，请认真贯彻执行。" in doc.text


@needs_shared
def test_every_txt_reads():
    files = sorted((SHARED / "txt").glob("*.txt"))
    assert len(files) == 167
    for f in files:
        doc = read_document(f)
        assert doc.encoding == "utf-8" and doc.source_format == "txt"
        assert _has_chinese(doc.text), f.name


# --- generated inputs ----------------------------------------------------------------------------

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(path: Path, body: str, numbering: str | None = None, document: str | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        zf.writestr("word/document.xml", document if document is not None else
                    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W_NS}><w:body>{body}</w:body></w:document>')
        if numbering:
            zf.writestr("word/numbering.xml", f'<?xml version="1.0" encoding="UTF-8"?><w:numbering {W_NS}>{numbering}</w:numbering>')
    return path


def _p(text: str, num: tuple[int, int] | None = None) -> str:
    ppr = f'<w:pPr><w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr></w:pPr>' if num else ""
    return f"<w:p>{ppr}<w:r><w:t>{text}</w:t></w:r></w:p>"


NUMBERING = """
<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="第%1条"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
"""


def test_docx_tracked_changes_numbering_and_tables(tmp_path):
    body = (
        _p("某市管理办法")
        + '<w:p><w:r><w:t xml:space="preserve">本办法自</w:t></w:r>'
          '<w:del w:id="1" w:author="a"><w:r><w:delText>2015年</w:delText></w:r></w:del>'
          '<w:ins w:id="2" w:author="a"><w:r><w:t>2016年</w:t></w:r></w:ins>'
          '<w:r><w:t>5月1日起施行。</w:t></w:r></w:p>'
        + _p("为了规范管理，制定本办法。", (1, 0))
        + _p("本办法适用于本市。", (1, 0))
        + _p("申请人应当提交下列材料：", (2, 0))
        + _p("身份证明；", (2, 1))
        + _p("居住证明。", (2, 1))
        + _p("其他事项", (2, 0))
        + "<w:tbl><w:tr><w:tc>" + _p("项目") + "</w:tc><w:tc>" + _p("分值") + "</w:tc></w:tr>"
          "<w:tr><w:tc>" + _p("学历") + "</w:tc><w:tc>" + _p("10") + "</w:tc></w:tr></w:tbl>"
        + _p("附则")
    )
    doc = read_document(_docx(tmp_path / "a.docx", body, NUMBERING), metadata=False)
    assert [p.text for p in doc.paragraphs] == [
        "某市管理办法",
        "本办法自2016年5月1日起施行。",          # insertion kept, deletion dropped
        "第一条　为了规范管理，制定本办法。",     # chineseCounting + "第%1条"
        "第二条　本办法适用于本市。",
        "一、申请人应当提交下列材料：",
        "1.身份证明；",
        "2.居住证明。",
        "二、其他事项",                            # level 1 continues, level 2 restarts below it
        "项目 | 分值",                              # a table row is one paragraph
        "学历 | 10",
        "附则",                                     # body order kept after the table
    ]
    assert doc.source_format == "docx"


HOSTILE = [
    # (name, builder(tmp_path) -> path, fragment of the message)
    ("empty", lambda d: _write(d / "empty.txt", b""), "文件为空"),
    ("directory", lambda d: d, "文件夹"),
    ("missing", lambda d: d / "nope.docx", "不存在"),
    ("junk", lambda d: _write(d / "junk.bin", random.Random(7).randbytes(5000)), "无法识别"),
    ("junk named .docx", lambda d: _write(d / "junk.docx", random.Random(8).randbytes(5000)), "损坏"),
    ("truncated docx", lambda d: _truncated_docx(d), "损坏"),
    ("zip bomb", lambda d: _zip_bomb(d), "压缩"),
    ("billion laughs", lambda d: _docx(d / "lol.docx", "", document=LAUGHS), "DTD"),
    ("xxe", lambda d: _docx(d / "xxe.docx", "", document=XXE), "DTD"),
    ("docx without document.xml", lambda d: _zip(d / "x.docx", {"a.txt": "x"}), "word/document.xml"),
    ("broken xml", lambda d: _docx(d / "bad.docx", "", document="<w:document"), "XML"),
    ("too large", lambda d: _sparse(d / "big.txt", 201 * 1024 * 1024), "过大"),
    ("html named pdf", lambda d: _write(d / "page.pdf", b"<!DOCTYPE html><html><body>x</body></html>"), "HTML 网页"),
    ("ole2 .wps", lambda d: _write(d / "a.wps", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600), "WPS"),
    ("broken pdf", lambda d: _write(d / "a.pdf", b"%PDF-1.4\n garbage"), "PDF"),
    ("whitespace only", lambda d: _write(d / "blank.txt", "  \n\u3000\n".encode()), "没有读到任何文字"),
]

LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol4;</w:t></w:r></w:p></w:body></w:document>"""
XXE = """<?xml version="1.0"?>
<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>"""


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _zip(path: Path, entries: dict) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for k, v in entries.items():
            zf.writestr(k, v)
    return path


def _truncated_docx(d: Path) -> Path:
    full = _docx(d / "full.docx", _p("正文") * 200).read_bytes()
    return _write(d / "cut.docx", full[: len(full) // 2])


def _zip_bomb(d: Path) -> Path:
    """A 300 MB run of zeros compressed to ~300 KB, streamed so the test never holds 300 MB."""
    path = d / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", f"<w:document {W_NS}><w:body/></w:document>")
        with zf.open("word/media/zeros.bin", "w", force_zip64=True) as fh:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(300):
                fh.write(chunk)
    return path


def _sparse(path: Path, size: int) -> Path:
    with path.open("wb") as fh:
        fh.truncate(size)
    return path


@pytest.mark.parametrize("name,build,fragment", HOSTILE, ids=[h[0] for h in HOSTILE])
def test_bad_input_is_input_error(tmp_path, name, build, fragment):
    path = build(tmp_path)
    with pytest.raises(InputError) as exc:
        read_document(path)
    assert fragment in str(exc.value), str(exc.value)
    assert _has_chinese(exc.value.problem)


def test_hostile_xml_never_expands(tmp_path):
    # Even bypassing the DTD check, the parser itself must not expand entities or read files.
    from lxml import etree

    from review.readers.safety import safe_xml_parser

    for xml in (LAUGHS, XXE):
        try:
            root = etree.fromstring(xml.encode(), safe_xml_parser())
        except etree.XMLSyntaxError:
            continue
        text = "".join(root.itertext())
        assert "lollollol" not in text and "root:" not in text


TEXTS = [
    # (name, bytes, expected encoding)
    ("gbk", "第一条　为了规范管理，制定本办法。".encode("gbk"), "gb18030"),
    ("gb18030", "第一条　䶮字也能读。".encode("gb18030"), "gb18030"),
    ("utf-16 bom", "第一条　为了规范管理。".encode("utf-16"), "utf-16"),
    ("utf-16le no bom", "第一条 rule one. 第二条 rule two.".encode("utf-16-le"), "utf-16-le"),
    ("utf-8 bom", "\ufeff第一条　为了规范管理。".encode("utf-8"), "utf-8-bom"),
    ("utf-8", "第一条　为了规范管理。".encode("utf-8"), "utf-8"),
]


@pytest.mark.parametrize("name,data,encoding", TEXTS, ids=[t[0] for t in TEXTS])
def test_text_encodings(tmp_path, name, data, encoding):
    doc = read_document(_write(tmp_path / "a.txt", data), metadata=False)
    assert doc.encoding == encoding
    assert doc.text.startswith("第一条")
    assert "\ufeff" not in doc.text


def test_extensionless_and_markdown(tmp_path):
    assert read_document(_write(tmp_path / "README", "第一条　甲。".encode()), metadata=False).source_format == "txt"
    assert read_document(_write(tmp_path / "a.md", "# 标题\n正文。".encode()), metadata=False).source_format == "md"


def test_html_gb2312_meta_and_chrome(tmp_path):
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            "<title>站点</title><style>p{}</style><script>var a='不要';</script></head><body>"
            '<div class="nav">首页 &gt; 政务公开</div><p>关于印发某办法的通知</p><p>第一条　甲乙丙。</p>'
            "<table><tr><td>项目</td><td>分值</td></tr></table></body></html>").encode("gb18030")
    doc = read_document(_write(tmp_path / "a.html", page), metadata=False)
    assert doc.encoding == "gb18030"
    assert [p.text for p in doc.paragraphs] == ["关于印发某办法的通知", "第一条　甲乙丙。", "项目 | 分值"]


SNIFF = [
    (b"PK\x03\x04rest", ".pdf", "zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".docx", "ole2"),
    (b"%PDF-1.5", ".txt", "pdf"),
    (b"{\\rtf1\\ansi", ".doc", "rtf"),
    (b"\n\n<!DOCTYPE html>", ".pdf", "html"),
    ("第一条".encode(), ".html", "text"),
]


@pytest.mark.parametrize("head,suffix,kind", SNIFF)
def test_sniff_content_before_extension(head, suffix, kind):
    assert sniff(head, suffix) == kind


# Random and mutated bytes for every reader: tests/test_properties.py (hypothesis).


# ---------------------------------------------------------------- a document on one line (review/readers/runon.py)

RUN_ON = ("某市人民政府办公厅关于印发某市区廉租住房保障实施细则（试行）的通知某政办〔2008〕17号各区人民政府,市政府各部门、各直属单位:"
          "　　《某市区廉租住房保障实施细则（试行）》已经市政府同意，现印发给你们，请认真贯彻实施。二○○八年十一月十二日"
          "某市区廉租住房保障实施细则（试行）　　为切实推进廉租住房保障管理工作，根据《某市人民政府关于印发某市城镇廉租住房保障管理办法的通知》"
          "（某政〔2008〕1号）精神，特制定本实施细则。" + "　　一、本细则适用于本市市区的廉租住房保障工作。" * 12 +
          "二、申请家庭应当提交收入证明。" * 20 + "第三条 （申请人员范围）     单身人士申请的，本人为申请人。")


def test_run_on_line_is_read_as_paragraphs(tmp_path):
    from review.readers import read_document

    path = tmp_path / "runon.txt"
    path.write_text(RUN_ON, encoding="utf-8")
    doc = read_document(path)
    lines = [p.text for p in doc.paragraphs]
    assert doc.title == "某市人民政府办公厅关于印发某市区廉租住房保障实施细则（试行）的通知"
    assert doc.doc_number == "某政办〔2008〕17号"          # not the 文号 cited in the body
    assert doc.date == "2008-11-12"
    assert lines[1:4] == ["某政办〔2008〕17号", "各区人民政府,市政府各部门、各直属单位:",
                          "《某市区廉租住房保障实施细则（试行）》已经市政府同意，现印发给你们，请认真贯彻实施。"]
    assert "某市区廉租住房保障实施细则（试行）" in lines
    assert "第三条 （申请人员范围） 单身人士申请的，本人为申请人。" in lines     # a heading stays with its words
    assert all(len(x) < 200 for x in lines)
    # nothing is lost: the words in order, spaces aside
    assert re.sub(r"\s", "", "".join(lines)) == re.sub(r"\s", "", RUN_ON)


def test_short_lines_are_left_alone():
    from review.readers.runon import split_run_on

    line = "第一条 为了规范管理，制定本办法。第二条 本办法适用于本市。"
    assert split_run_on(line) == [line]
