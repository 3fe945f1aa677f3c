"""Property tests (hypothesis): whatever bytes or text come in, nothing but fashen's own errors comes out.

Every reader gets random bytes and bytes mutated from real seeds (files built from the formats' specifications
in ``builders.py`` and, when ../shared is there, the real originals); the citation extractor, statute parser,
clause splitter, metadata and date parsing, numerals and search escaping get random text from alphabets of the
characters that matter to them.

Profiles (``conftest.py``): the default runs ``FASHEN_HYPOTHESIS_DEFAULT`` examples per target (150) so the suite
stays quick; ``FASHEN_HYPOTHESIS_PROFILE=ci`` runs 2,000 per target (bench/README.md has the time).
"""

from __future__ import annotations

import functools
import io
import itertools
import struct
import tempfile
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from builders import text_object, word_document, write_cfb, write_ofd
from statutes.errors import FashenError, InputError

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "documents"
_counter = itertools.count()


@pytest.fixture(scope="module")
def workdir():
    with tempfile.TemporaryDirectory(prefix="fashen-props-") as d:
        yield Path(d)


def _write(workdir: Path, data: bytes, suffix: str) -> Path:
    path = workdir / f"f{next(_counter)}{suffix}"
    path.write_bytes(data)
    return path


def _only_input_errors(call, path: Path):
    """Run a reader; an InputError must name the file and speak Chinese; anything else fails the test."""
    try:
        return call(path)
    except InputError as e:
        assert any("\u4e00" <= ch <= "\u9fff" for ch in e.problem), e.problem
        assert e.path == str(path)
        return None
    finally:
        path.unlink(missing_ok=True)


# --- seeds ----------------------------------------------------------------------------------------------

def _docx_bytes(body: str) -> bytes:
    buf = io.BytesIO()
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {ns}><w:body>{body}</w:body></w:document>')
    return buf.getvalue()


def _pdf_bytes(text: str) -> bytes:
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def _ofd_bytes() -> bytes:
    with tempfile.TemporaryDirectory() as d:
        p = write_ofd(Path(d) / "a.ofd", [[text_object(1, 20, 30, "第一条　为了规范管理，制定本办法。", 5),
                                           text_object(2, 20, 40, "第二条　本办法自发布之日起施行。", 5)]])
        return p.read_bytes()


DOC_TEXT = "××县管理办法\r第一条　为了规范管理，制定本办法。\r名称\x07数量\x07\x07甲\x07一\x07\x07\x13 PAGE \x141\x15\r"
SEEDS = {
    ".doc": [write_cfb(word_document(DOC_TEXT)), write_cfb(word_document(DOC_TEXT, row_ends=False, split=9)),
             write_cfb(word_document("Plain text.\rSecond.\r", compressed=True))],
    ".docx": [_docx_bytes("<w:p><w:r><w:t>第一条　为了规范管理。</w:t></w:r></w:p>"
                          "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc></w:tr></w:tbl>")],
    ".pdf": [_pdf_bytes("Article 1. Rules of the county apply from 2024.")],
    ".ofd": [_ofd_bytes()],
    ".rtf": [b"{\\rtf1\\ansi\\ansicpg936{\\fonttbl{\\f0\\fcharset134 SimSun;}}\\f0 \\'b5\\'da\\'d2\\'bb\\'cc\\'f5"
             b"\\par \\u20013?\\u25991? {\\*\\pict\\bin4 ABCD}\\cell\\row}"],
    ".html": ["<html><head><meta charset='gb2312'><title>通知</title></head><body><div id='zoom'><p>第一条"
              "</p><table><tr><td>甲</td><td>乙</td></tr></table></div><script>x</script></body></html>"
              .encode("gb18030")],
    ".txt": ["××县管理办法\n第一条　为了规范管理，制定本办法。\n".encode("gb18030"), "\ufeff正文".encode("utf-8"),
             "第一条".encode("utf-16")],
}


def _real_seeds() -> dict[str, list[bytes]]:
    if not (SHARED / "originals").is_dir():
        return {}
    small = {}
    for prefix, ext in (("O03", ".doc"), ("O05", ".doc"), ("O01", ".docx"), ("O13", ".rtf"), ("O07", ".html")):
        path = next((SHARED / "originals").glob(prefix + "_*"), None)
        if path is not None:
            small.setdefault(ext, []).append(path.read_bytes())
    return small


for _ext, _blobs in _real_seeds().items():
    SEEDS[_ext] = SEEDS[_ext] + _blobs


@st.composite
def mutated(draw, seeds: list[bytes]) -> bytes:
    """A seed with a few byte-level mutations: flips, overwrites, cuts, inserts, duplicated and zeroed runs,
    and (for OLE2 seeds) random numbers written over the FIB fields the reader trusts."""
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["flip", "set", "cut", "insert", "dup", "zero", "fib"]))
        if not data:
            data += b"\0"
        i = draw(st.integers(0, len(data) - 1))
        if op == "flip":
            data[i] ^= 1 << draw(st.integers(0, 7))
        elif op == "set":
            data[i] = draw(st.integers(0, 255))
        elif op == "cut":
            del data[i:]
        elif op == "insert":
            data[i:i] = draw(st.binary(max_size=32))
        elif op == "dup":
            j = min(len(data), i + draw(st.integers(1, 256)))
            data[i:i] = data[i:j]
        elif op == "zero":
            j = min(len(data), i + draw(st.integers(1, 512)))
            data[i:j] = bytes(j - i)
        elif op == "fib" and data[:4] == b"\xd0\xcf\x11\xe0" and len(data) > 1024:
            field = draw(st.sampled_from([0x02, 0x0A, 0x4C, 0x0102, 0x0106, 0x01A2, 0x01A6]))
            value = draw(st.sampled_from([0, 1, 0x7FFFFFFF, 0xFFFFFFFF, 0x200, 0x1000])) if draw(st.booleans()) \
                else draw(st.integers(0, 0xFFFFFFFF))
            struct.pack_into("<I", data, 512 + field, value)
    return bytes(data)


# --- readers ----------------------------------------------------------------------------------------

def _reader(ext: str):
    from review.readers.docx import read_docx
    from review.readers.html import read_html
    from review.readers.msdoc import read_doc
    from review.readers.ofd import read_ofd
    from review.readers.pdf import read_pdf
    from review.readers.rtf import read_rtf
    from review.readers.textfile import read_text

    return {".doc": read_doc, ".docx": read_docx, ".pdf": read_pdf, ".ofd": read_ofd,
            ".rtf": lambda p: read_rtf(p, p.read_bytes()), ".html": lambda p: read_html(p, p.read_bytes()),
            ".txt": lambda p: read_text(p, p.read_bytes())}[ext]


READERS = sorted(SEEDS)
_HEALTH = [HealthCheck.too_slow, HealthCheck.data_too_large]


@pytest.mark.parametrize("ext", READERS)
@settings(suppress_health_check=_HEALTH)
@given(data=st.data())
def test_reader_on_mutated_seeds(workdir, ext, data):
    blob = data.draw(mutated(SEEDS[ext]))
    _only_input_errors(_reader(ext), _write(workdir, blob, ext))


@pytest.mark.parametrize("ext", READERS)
@settings(suppress_health_check=_HEALTH)
@given(blob=st.binary(max_size=4096), magic=st.sampled_from([b"", b"PK\x03\x04", b"%PDF-1.4\n", b"{\\rtf1 ",
                                                             b"<html>", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
                                                             b"\xef\xbb\xbf", b"\x89PNG\r\n\x1a\n"]))
def test_reader_on_random_bytes(workdir, ext, blob, magic):
    _only_input_errors(_reader(ext), _write(workdir, magic + blob, ext))


@settings(suppress_health_check=_HEALTH)
@given(blob=st.one_of(st.binary(max_size=4096), st.sampled_from(list(itertools.chain(*SEEDS.values())))),
       suffix=st.sampled_from([".txt", ".doc", ".docx", ".wps", ".pdf", ".ofd", ".rtf", ".html", ".xls", ".et",
                               ".png", ".md", ""]), ocr=st.booleans())
def test_read_document_raises_only_fashen_errors(workdir, blob, suffix, ocr):
    from review.readers import ReadOptions, read_document

    path = _write(workdir, blob, suffix)
    try:
        doc = read_document(path, options=ReadOptions(ocr=ocr and suffix != ".png"))
    except FashenError as e:
        assert any("\u4e00" <= ch <= "\u9fff" for ch in str(e))
        return
    finally:
        path.unlink(missing_ok=True)
    assert doc.text.strip()
    doc.text.encode("utf-8")                    # no lone surrogates: every writer can take it
    for p in doc.paragraphs:
        assert doc.text[p.start:p.start + len(p.text)] == p.text


# structure-aware: OFD pages and Word XML with hostile values in the places the readers compute with
_NUM = st.one_of(st.floats(allow_nan=True, allow_infinity=True).map(repr), st.integers(-10**12, 10**12).map(str),
                 st.sampled_from(["", "g", "g 3", "g 1e999 2", "nan", "-0", "1,2", "3 4 5 6 7", "g -5 1"]))


@settings(suppress_health_check=_HEALTH)
@given(objs=st.lists(st.tuples(_NUM, _NUM, _NUM, _NUM, _NUM, st.text(max_size=12)), max_size=8))
def test_ofd_with_hostile_positions(workdir, objs):
    from xml.sax.saxutils import escape, quoteattr

    from review.readers.ofd import read_ofd

    page = [f'<ofd:TextObject ID="{i}" Boundary={quoteattr(b)} Size={quoteattr(s)}><ofd:TextCode X={quoteattr(x)} '
            f'Y={quoteattr(y)} DeltaX={quoteattr(dx)}>{escape(t)}</ofd:TextCode></ofd:TextObject>'
            for i, (b, s, x, y, dx, t) in enumerate(objs)]
    page = ["".join(ch for ch in p if ch == "\t" or ch == "\n" or ch >= " " and ch not in "\ufffe\uffff"
                    and not "\ud800" <= ch <= "\udfff") for p in page]
    path = write_ofd(workdir / f"o{next(_counter)}.ofd", [page])
    _only_input_errors(read_ofd, path)


# --- text parsers -------------------------------------------------------------------------------------

CITE_ALPHABET = list("《》〈〉（）()〔〕[]［］【】第条款项之至和及、，。：“”\"' \n\t十百千万零一二三四五六七八九两"
                     "0123456789０１２３本法条例办法规定前款令号发府国务院中华人民共和国行政许可法合同年月日修正订版") + \
    ["\u3000", "\x00", "…", "第99999999999999999999条", "《中华人民共和国行政许可法》", "以下简称", "本条例第"]


def cjk_text(alphabet, max_size=200):
    return st.one_of(st.lists(st.sampled_from(alphabet), max_size=max_size).map("".join), st.text(max_size=80))


@given(text=cjk_text(CITE_ALPHABET))
def test_citation_extractor_offsets_hold(text):
    from statutes.citations import extract_citations

    for r in extract_citations(text):
        assert 0 <= r.start <= r.end <= len(text)
        assert text[r.start:r.end] == r.text
        assert r.kind in ("statute", "internal", "doc_number")
        if r.quote is not None:
            assert text[r.quote_start:r.quote_end] == r.quote


@given(spans=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 10)), max_size=40),
       queries=st.lists(st.tuples(st.integers(0, 60), st.integers(0, 10)), max_size=20))
def test_taken_spans_answer_like_a_rescan(spans, queries):
    from statutes.citations.extract import Spans

    taken, plain = Spans(), []
    for (a, n), (qa, qn) in itertools.zip_longest(spans, queries, fillvalue=(0, 0)):
        assert taken.free(qa, qa + qn) == all(qa + qn <= x or qa >= y for x, y in plain)
        taken.add(a, a + n)
        plain.append((a, a + n))


STATUTE_ALPHABET = list("第条之章节编一二三四五六七八九十百（）()、.．1234567890 \u3000\n\n#目录年月日通过公布施行令号〔〕《》") + [
    "第一条 ", "第二章 ", "## ", "（一）", "1．", "一、", "<!-- INFO END -->", "# ", "目录\n", "第十五 条", "第一万零一条 "]


@given(text=cjk_text(STATUTE_ALPHABET))
def test_statute_parser_never_crashes(text):
    from statutes.dates import mentions, parse_cn_date
    from statutes.history import parse_history
    from statutes.parse import parse_statute_text

    parsed = parse_statute_text(text)
    for u in parsed.units:
        assert u.article >= 1 and u.kind in ("article", "paragraph", "item", "subitem")
    parse_history(text)
    parse_cn_date(text)
    assert all(0 <= d.start < d.end <= len(text) for d in mentions(text))


DOC_ALPHABET = list("第条章一二三四五六七八九十（）()、.．1234567890 \u3000\n。；：，年月日号〔〕《》—-") + [
    "第一条　", "第二章 ", "一、", "（一）", "1.", "（1）", "①", "附件", "—3—", "抄送：", "××县人民政府\n",
    "2016年3月1日\n", "有效期5年", "自2017年1月1日起施行", "关于印发《××办法》的通知\n", "粤府〔2015〕12号\n",
    "本办法", "应当", "不得", "罚款", "\n\n"]


@given(text=cjk_text(DOC_ALPHABET, 300))
def test_clauses_and_metadata_never_crash(text):
    from review.clauses import split_clauses
    from review.metadata import apply_metadata, parse_date
    from review.readers import build_document

    doc = build_document("x.txt", text.split("\n"), "txt")
    assume(doc.text.strip())
    doc = apply_metadata(doc)
    parse_date(text)
    for c in split_clauses(doc):
        assert 0 <= c.start <= c.end <= len(doc.text)
        assert c.label


@given(text=cjk_text(list("零〇○一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟0123456789０１２①²٣ 万万亿"), 12))
def test_cn_to_int_is_an_int_or_none(text):
    from statutes.numerals import cn_to_int

    value = cn_to_int(text)
    assert value is None or (isinstance(value, int) and value >= 0)


@given(n=st.integers(0, 10**16))
def test_int_to_cn_round_trips(n):
    from statutes.numerals import article_label, cn_to_int, int_to_cn

    assert cn_to_int(int_to_cn(n)) == n
    article_label(n, n % 3)


FTS_HOSTILE = cjk_text(list("\"'()*:^-+NEAR AND OR NOT《》第条，。、 行政许可法罚款应当不得") + ["\"\"", "NEAR(", "*", "\x00"], 120)


@given(text=FTS_HOSTILE)
def test_fts_query_escapes_any_query(text):
    """The escaping itself (pure, cheap): every example of the profile."""
    from statutes.search import fts_query, query_trigrams

    fts_query(query_trigrams(text))


@settings(max_examples=max(30, settings().max_examples // 5))      # 30 by default, 400 in the ci profile
@given(text=FTS_HOSTILE)
def test_search_escapes_any_query(corpus, text):
    """A whole search against the corpus (each example runs SQLite and rapidfuzz): a fifth of the examples."""
    from statutes.search import search

    for hit in search(corpus, text, 3):
        assert 0 <= (hit.score or 0) <= 100


def test_search_with_more_trigrams_than_sqlite_variables(corpus):
    """A run without punctuation has as many trigrams as characters: more than a build of SQLite allows
    variables (999 on some, 250,000 on Debian's). Lowered here to 999 so the chunking is exercised."""
    import sqlite3

    from statutes.search import search

    text = "".join(chr(0x4E00 + (i * 7919) % 20000) for i in range(5000))
    before = corpus.conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
    corpus.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
    try:
        search(corpus, text, 1)
    finally:
        corpus.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, before)


# --- the rule engine's exact shortcut: a match starts with one of first_chars(pattern) ------------------

@functools.lru_cache(maxsize=1)
def _trigger_patterns():
    from review.rules import load_packs

    return [r.prefilter for r in load_packs() if r.kind == "text" and r.prefilter is not None]


@given(data=st.data())
def test_first_chars_is_a_necessary_condition(data):
    from review.firstchars import first_chars

    patterns = _trigger_patterns()
    rx = data.draw(st.sampled_from(patterns))
    alphabet = sorted({ch for p in patterns for ch in p.pattern if "\u4e00" <= ch <= "\u9fff"})[:400] + list("，。；：、 0123456789（）")
    text = data.draw(st.lists(st.sampled_from(alphabet), max_size=120).map("".join))
    first = first_chars(rx)
    if first is not None and rx.search(text):
        assert not first.isdisjoint(set(text))


@pytest.mark.parametrize("pattern,first", [
    ("abc", {"a"}), ("a|b", {"a", "b"}), ("(?<=x)ab", {"a"}), ("(?:a?)b", {"a", "b"}), ("[一-三]c", {chr(c) for c in range(0x4E00, 0x4E0A)}),
    ("a*", None), (".b", None), ("[^a]", None), ("(?i)ab", None), (r"\wb", None), ("(?=x)yz", {"y"}),
])
def test_first_chars_table(pattern, first):
    from review.firstchars import first_chars

    got = first_chars(pattern)
    assert (got is None and first is None) or got == first
