"""The archive formats: Word 97 .doc and WPS .wps (Word binary), OFD, RTF edge cases, deeply nested HTML,
images and scanned PDFs (OCR, optional), LibreOffice conversion (optional)."""

from __future__ import annotations

import collections
import difflib
import re
import shutil
import zipfile
from pathlib import Path

import pytest

from builders import text_object, write_cfb, write_doc, write_ofd
from review.readers import ReadOptions, read_document
from statutes.errors import AttachmentFile, InputError

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "documents"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="shared documents not present")


def _original(prefix: str) -> Path:
    return next((SHARED / "originals").glob(prefix + "_*"))


def _cjk(text: str) -> list[str]:
    return re.findall(r"[\u4e00-\u9fff]", text)


def agreement(ours: str, reference: str) -> tuple[float, float]:
    """Chinese-character agreement: (as a multiset, in order). Table cells come in another order from
    antiword, which wraps each cell over several lines, so the multiset is the measure for tables."""
    a, b = _cjk(ours), _cjk(reference)
    bag = sum((collections.Counter(a) & collections.Counter(b)).values()) / max(len(a), len(b))
    sm = difflib.SequenceMatcher(None, "".join(a), "".join(b), autojunk=False)
    seq = sum(m.size for m in sm.get_matching_blocks()) / max(len(a), len(b))
    return bag, seq


# --- .doc: the real files --------------------------------------------------------------------------

DOC_FILES = [
    # (original, its antiword text in txt/, Chinese characters LibreOffice reads, min agreement in order)
    ("O03", "D023", 6514, 0.99),     # 办法: articles, no tables
    ("O04", "D064", 3769, 0.95),     # 通知 with a table (antiword wraps cells, so order differs there)
    ("O05", "D021", 692, 0.90),      # one big table
]


@needs_shared
@pytest.mark.parametrize("orig,txt,office_chars,min_seq", DOC_FILES)
def test_doc_agrees_with_antiword(orig, txt, office_chars, min_seq):
    doc = read_document(_original(orig))
    assert doc.source_format == "doc"
    reference = next((SHARED / "txt").glob(txt + "_*")).read_text(encoding="utf-8")
    bag, seq = agreement(doc.text, reference)
    assert bag >= 0.99, (orig, bag)
    assert seq >= min_seq, (orig, seq)
    assert abs(len(_cjk(doc.text)) - office_chars) <= 0.01 * office_chars


@needs_shared
def test_doc_keeps_paragraphs_and_typed_numbers():
    doc = read_document(_original("O03"))
    lines = doc.text.split("\n")
    assert lines[0] == "惠州市公共租赁住房建设和管理办法"
    assert any(ln.startswith("第一条") for ln in lines) and any(ln.startswith("（一）政府建设") for ln in lines)
    assert doc.title == "惠州市公共租赁住房建设和管理办法"


@needs_shared
def test_doc_table_rows_are_lines_of_cells():
    doc = read_document(_original("O05"))
    assert "指标分类 | 一级 指标 | 二级 指标① | 三级指标 | 指导分值 | 方向 | 说明" in doc.text
    assert "大专 | 60分 | 正" in doc.text.split("\n")


@needs_shared
def test_wps_copy_of_a_doc_reads_the_same(tmp_path):
    wps = tmp_path / "惠州市公共租赁住房建设和管理办法.wps"
    shutil.copy(_original("O03"), wps)
    doc = read_document(wps)
    assert doc.source_format == "wps"
    assert doc.text == read_document(_original("O03")).text


@needs_shared
def test_doc_clauses_reach_the_splitter():
    from review.clauses import split_clauses

    clauses = split_clauses(read_document(_original("O03")))
    labels = [c.label for c in clauses]
    assert "第一条" in labels and "第九条" in labels and len(clauses) >= 40


# --- .doc: built from the specification ------------------------------------------------------------

TEXT = ("××县行政规范性文件管理办法\r第一条　为了规范管理，制定本办法。\r"
        "详见\x13 HYPERLINK \"http://example.gov.cn\" \x14政府网站\x15公告。\r"
        "名称\x07数量\x07\x07甲\x07一\r二\x07\x07第二条　本办法自发布之日起施行。\r")

DOC_CASES = [
    # (what, builder options, expected text)
    ("unicode piece, PAPX marks rows", {},
     "××县行政规范性文件管理办法\n第一条　为了规范管理，制定本办法。\n详见政府网站公告。\n名称 | 数量\n甲 | 一 二\n"
     "第二条　本办法自发布之日起施行。"),
    ("no PAPX: two cell marks end a row", {"row_ends": False},
     "××县行政规范性文件管理办法\n第一条　为了规范管理，制定本办法。\n详见政府网站公告。\n名称 | 数量\n甲 | 一 二\n"
     "第二条　本办法自发布之日起施行。"),
    ("two pieces", {"split": 20},
     "××县行政规范性文件管理办法\n第一条　为了规范管理，制定本办法。\n详见政府网站公告。\n名称 | 数量\n甲 | 一 二\n"
     "第二条　本办法自发布之日起施行。"),
]


@pytest.mark.parametrize("what,kw,expected", DOC_CASES, ids=[c[0] for c in DOC_CASES])
def test_doc_from_spec(tmp_path, what, kw, expected):
    assert read_document(write_doc(tmp_path / "a.doc", TEXT, **kw), metadata=False).text == expected


def test_doc_compressed_piece_and_special_characters(tmp_path):
    # 8-bit piece (cp1252), a field without result, page break, line break, non-breaking hyphen
    text = "Rule 1\x0bsecond line\x0cnext page \x13 PAGE \x15end\x1e.\r\x01\x08caf\xe9\r"
    doc = read_document(write_doc(tmp_path / "a.doc", text, compressed=True), metadata=False)
    assert doc.text == "Rule 1\nsecond line\nnext page end-.\ncaf\u00e9"


def test_doc_mixed_compressed_and_unicode_pieces(tmp_path):
    doc = read_document(write_doc(tmp_path / "a.doc", "Article 12 \u7b2c\u5341\u4e8c\u6761\r", compressed=True,
                                  split=11), metadata=False)
    assert doc.text == "Article 12 第十二条"


DOC_REFUSED = [
    # (what, streams, extension, fragment of the message)
    ("encrypted", lambda: __import__("builders").word_document("正文\r", flags=0x0200 | 0x0100), ".doc", "加密"),
    ("Word 6/95", lambda: __import__("builders").word_document("正文\r", nfib=0x0065), ".doc", "Word 6.0/95"),
    ("WPS 2000 (no WordDocument stream)", lambda: {"WpsContent": b"x" * 100}, ".wps", "WPS 2000"),
    ("Excel in OLE2 named .doc", lambda: {"Workbook": b"x" * 100}, ".doc", "Excel"),
    ("missing table stream", lambda: {"WordDocument": __import__("builders").word_document("正文\r")["WordDocument"]},
     ".doc", "1Table"),
    ("broken piece table", lambda: {**__import__("builders").word_document("正文\r"), "1Table": b"\x05" * 64},
     ".doc", "结构已损坏"),
]


@pytest.mark.parametrize("what,streams,ext,fragment", DOC_REFUSED, ids=[c[0] for c in DOC_REFUSED])
def test_doc_refusals_are_clear(tmp_path, what, streams, ext, fragment):
    path = tmp_path / f"文件{ext}"
    path.write_bytes(write_cfb(streams()))
    with pytest.raises(InputError) as exc:
        read_document(path)
    assert fragment in str(exc.value) and path.name in str(exc.value)


def test_truncated_ole2_is_input_error(tmp_path):
    data = write_cfb(__import__("builders").word_document("第一条　正文。\r"))
    path = tmp_path / "cut.doc"
    path.write_bytes(data[:700])
    with pytest.raises(InputError) as exc:
        read_document(path)
    assert "cut.doc" in str(exc.value)


# --- OFD ------------------------------------------------------------------------------------------------

def _ofd_page():
    return [text_object(1, 60, 30, "××县人民政府文件", 8),
            text_object(2, 20, 50, "第一条　为了规范行政规范性文件管理，根据", 5),
            text_object(3, 20, 57, "有关法律法规，制定本办法。", 5),
            text_object(4, 20, 64, "第二条　本办法自发布之日起施行。", 5),
            # a row of a table: two cells far apart on one baseline, written right cell first
            text_object(6, 120, 78, "二〇二四年", 5), text_object(5, 20, 78, "施行日期", 5)]


def test_ofd_lines_rebuilt_from_positions(tmp_path):
    doc = read_document(write_ofd(tmp_path / "a.ofd", [_ofd_page(), [text_object(1, 20, 30, "第三条　第二页。", 5)]],
                                  template=[text_object(7, 170, 10, "公开", 4)]))
    assert doc.source_format == "ofd"
    assert doc.text.split("\n") == [
        "公开", "××县人民政府文件",
        "第一条　为了规范行政规范性文件管理，根据有关法律法规，制定本办法。",   # a wrapped line rejoined
        "第二条　本办法自发布之日起施行。", "施行日期 二〇二四年", "公开", "第三条　第二页。"]


def test_ofd_absolute_doc_root_and_text_codes_without_positions(tmp_path):
    page = ['<ofd:TextObject ID="1" Boundary="20 20 150 10" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="5 5">第一条'
            '</ofd:TextCode><ofd:TextCode>正文。</ofd:TextCode></ofd:TextObject>']
    doc = read_document(write_ofd(tmp_path / "a.ofd", [page], doc_root="/Doc_0/Document.xml"), metadata=False)
    assert doc.text == "第一条正文。"


OFD_REFUSED = [
    # (what, how the file is made, fragment)
    ("entity expansion in a page", lambda p: write_ofd(p, [[]], extra={}) and _replace(
        p, "Doc_0/Pages/Page_0/Content.xml",
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
        b'<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content>&b;</ofd:Content></ofd:Page>'), "DTD"),
    ("zip bomb", lambda p: write_ofd(p, [_ofd_page()], extra={"Doc_0/Res/big.bin": b"\0" * (30 * 1024 * 1024)}),
     "压缩"),
    ("no DocRoot", lambda p: _replace(write_ofd(p, [_ofd_page()]), "OFD.xml",
                                      b'<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody/></ofd:OFD>'),
     "DocRoot"),
    ("page part missing", lambda p: _drop(write_ofd(p, [_ofd_page()]), "Doc_0/Pages/Page_0/Content.xml"), "缺少"),
    ("no text (a scan)", lambda p: write_ofd(p, [[]]), "没有文字"),
    ("not a zip", lambda p: p.write_bytes(b"%OFD not really"), "OFD"),
]


def _replace(path: Path, name: str, data: bytes) -> Path:
    _drop(path, name)
    with zipfile.ZipFile(path, "a") as zf:
        zf.writestr(name, data)
    return path


def _drop(path: Path, name: str) -> Path:
    with zipfile.ZipFile(path) as zf:
        items = [(i, zf.read(i)) for i in zf.infolist() if i.filename != name]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in items:
            zf.writestr(info, data)
    return path


@pytest.mark.parametrize("what,make,fragment", OFD_REFUSED, ids=[c[0] for c in OFD_REFUSED])
def test_ofd_refusals(tmp_path, what, make, fragment):
    path = tmp_path / "公文.ofd"
    make(path)
    with pytest.raises(InputError) as exc:
        read_document(path)
    assert fragment in str(exc.value) and "公文.ofd" in str(exc.value)


# --- RTF --------------------------------------------------------------------------------------------

RTF_CASES = [
    # (what, bytes, expected text)
    ("surrogate pair joined", b"{\\rtf1 \\u-10179?\\u-8704?}", "\U0001f600"),
    ("lone high surrogate (the 19-byte crash)", b"{\\rtf1 \\u55357?x}", "\ufffdx"),
    ("lone low surrogate", b"{\\rtf1 a\\u-8704?b}", "a\ufffdb"),
    ("high surrogate then plain text", b"{\\rtf1 \\u-10179?\\par z}", "\ufffd\nz"),
    ("\\bin payload skipped by its length", b"{\\rtf1 abc\\bin5 }}{{\\ def}", "abc def"),
    ("\\bin payload with braces and \\u", b"{\\rtf1 x{\\*\\pict\\bin8 \\u55357{}}y}", "xy"),
    ("\\uc0: no fallback character", b"{\\rtf1\\uc0 \\u20013\\u25991}", "中文"),
    ("huge numbers do not crash", b"{\\rtf1\\uc99999999999 \\u99999999999 ok}", None),
    ("unknown code page: cp1252", b"{\\rtf1\\ansi\\ansicpg99999 \\'c4\\'e3}", "\u00c4\u00e3"),
]


@pytest.mark.parametrize("what,data,expected", RTF_CASES, ids=[c[0] for c in RTF_CASES])
def test_rtf_edge_cases(tmp_path, what, data, expected):
    path = tmp_path / "a.rtf"
    path.write_bytes(data)
    doc = read_document(path, metadata=False)
    assert expected is None or doc.text == expected
    doc.text.encode("utf-8")                       # no lone surrogate left to crash a writer


def test_rtf_surrogate_does_not_crash_review(tmp_path, corpus_path):
    from typer.testing import CliRunner

    from cli import app

    path = tmp_path / "a.rtf"
    path.write_bytes(b"{\\rtf1 \\u55357?x}")
    assert len(path.read_bytes()) < 20
    result = CliRunner().invoke(app, ["review", str(path), "--db", str(corpus_path), "--no-upper", "--json"])
    assert result.exit_code in (0, 1), result.output
    assert "\ufffd" in result.output or "\\ufffd" in result.output


# --- HTML nested deeper than lxml's limit -------------------------------------------------------------

@pytest.mark.parametrize("depth", [200, 300, 3000, 50_000])
def test_deep_html_is_read_whole(tmp_path, depth):
    path = tmp_path / "deep.html"
    path.write_text("<html><body><p>第一段：开头。</p>" + "<div>" * depth + "<p>深处的条款。</p>" + "</div>" * depth
                    + "<p>最后一段：结尾。</p><script>var x=1;</script></body></html>", encoding="utf-8")
    doc = read_document(path, metadata=False)
    assert doc.text.split("\n") == ["第一段：开头。", "深处的条款。", "最后一段：结尾。"]


# --- attachments, images, OCR, LibreOffice ------------------------------------------------------------

@pytest.mark.parametrize("name,data", [
    ("积分表.xls", write_cfb({"Workbook": b"\x09\x08" + b"\0" * 100})),
    ("积分表.et", write_cfb({"Workbook": b"\x09\x08" + b"\0" * 100})),
])
def test_spreadsheets_are_attachments(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(AttachmentFile) as exc:
        read_document(path)
    assert "附件" in str(exc.value)


def test_xlsx_is_an_attachment(tmp_path):
    path = tmp_path / "表.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(AttachmentFile):
        read_document(path)


def _png(path: Path) -> Path:
    import struct
    import zlib

    raw = b"".join(b"\0" + b"\xff\xff\xff" * 8 for _ in range(8))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    return path


def test_image_without_ocr_says_how(tmp_path):
    with pytest.raises(InputError) as exc:
        read_document(_png(tmp_path / "扫描件.png"))
    assert "--ocr" in str(exc.value) and "fashen[ocr]" in str(exc.value)


@needs_shared
def test_scanned_pdf_without_ocr_says_how():
    with pytest.raises(InputError) as exc:
        read_document(_original("O12"))
    assert "扫描版 PDF" in str(exc.value) and "--ocr" in str(exc.value) and "fashen[ocr]" in str(exc.value)


def _ocr_installed() -> bool:
    from review.readers.ocr import available

    return available()


def test_ocr_missing_says_how_to_install(tmp_path, monkeypatch):
    import review.readers.ocr as ocr

    monkeypatch.setattr(ocr, "_ENGINE", None)
    monkeypatch.setitem(__import__("sys").modules, "rapidocr_onnxruntime", None)   # import fails
    with pytest.raises(InputError) as exc:
        read_document(_png(tmp_path / "扫描件.png"), options=ReadOptions(ocr=True))
    assert "pip install 'fashen[ocr]'" in str(exc.value)


@needs_shared
@pytest.mark.skipif(not _ocr_installed(), reason="fashen[ocr] not installed")
def test_ocr_reads_a_scanned_page(tmp_path):
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(str(_original("O12")))
    writer = PdfWriter()
    writer.add_page(reader.pages[0])
    one = tmp_path / "粤教考〔2015〕14号.pdf"
    with one.open("wb") as fh:
        writer.write(fh)
    doc = read_document(one, options=ReadOptions(ocr=True))
    assert doc.source_format == "pdf-ocr"
    text = doc.text.replace(" ", "")
    assert "进城务工人员" in text and "随迁子女" in text and "高考" in text


def _has_soffice() -> bool:
    from review.readers.office import soffice

    return soffice() is not None


def test_via_office_without_libreoffice_is_clear(tmp_path, monkeypatch):
    monkeypatch.setenv("FASHEN_SOFFICE", str(tmp_path / "no-such-soffice"))
    path = write_doc(tmp_path / "a.doc", "第一条　正文。\r")
    with pytest.raises(InputError) as exc:
        read_document(path, options=ReadOptions(via_office=True))
    assert "LibreOffice" in str(exc.value)


@pytest.mark.skipif(not _has_soffice(), reason="LibreOffice (soffice) not installed")
@needs_shared
def test_via_office_reads_the_same_characters():
    ours = read_document(_original("O03")).text
    office = read_document(_original("O03"), options=ReadOptions(via_office=True)).text
    assert agreement(office, ours)[0] >= 0.99


def test_ocr_text_is_marked_in_the_opinion(corpus):
    from dataclasses import replace

    from review.engine import ReviewOptions, review_document
    from review.readers import build_document
    from review.render import render_markdown
    from review.rules import load_packs

    doc = replace(build_document("扫描件.pdf", ["××县管理办法", "第一条　为了规范管理，制定本办法。"], "pdf-ocr"),
                  title="××县管理办法")
    op = review_document(doc, corpus, load_packs(), ReviewOptions(as_of="2026-01-01", upper_law=False))
    md = render_markdown(op)
    assert "OCR 识别，引文请核对原件" in md
    assert op.to_dict()["document"]["source_format"] == "pdf-ocr"
