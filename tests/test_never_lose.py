"""Never lose a document, never drop one silently (issue 11): one test per item the hostile-input run found.

Output paths that would destroy an input; Ctrl-C and SIGTERM; database and file-system faults; English
fragments in messages; spreadsheets in a sweep; CSV formulas; numerals; size limits.
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from builders import write_cfb
from review.readers import read_document
from statutes.errors import CorpusError, InputError

REPO = Path(__file__).resolve().parents[1]
DOG = REPO / "tests" / "fixtures" / "drafts" / "梧溪县城区养犬管理办法（送审稿）.txt"
SHARED = REPO.parent / "shared" / "data" / "documents"


from clirun import fashen  # noqa: E402  (in-process; the interrupt tests below run a real process)


def assert_refused(result, *fragments, code=2):
    assert result.returncode == code, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr and "内部错误" not in result.stderr
    for f in fragments:
        assert f in result.stderr, result.stderr


# --- --out never destroys an input ----------------------------------------------------------------------

def _draft(tmp_path: Path) -> Path:
    draft = tmp_path / "送审稿.txt"
    shutil.copy(DOG, draft)
    return draft


OUT_REFUSED = [
    # (what, how --out is made from the draft, what the message says)
    ("the draft itself", lambda d: d, "输入文件本身"),
    ("the draft by another name (symlink)", lambda d: _link(d, d.parent / "意见.md", os.symlink), "输入文件本身"),
    ("the draft by a hard link", lambda d: _link(d, d.parent / "意见.txt", os.link), "输入文件本身"),
    ("the draft through ..", lambda d: d.parent / "sub" / ".." / d.name, "输入文件本身"),
    ("a read-only file", lambda d: _readonly(d.parent / "旧意见.md"), "只读"),
    ("a folder", lambda d: d.parent, "文件夹"),
    ("a missing folder", lambda d: d.parent / "没有这个文件夹" / "意见.md", "不存在"),
]


def _link(src: Path, dst: Path, how) -> Path:
    how(src, dst)
    return dst


def _readonly(path: Path) -> Path:
    path.write_text("旧的审查意见", encoding="utf-8")
    path.chmod(0o444)
    return path


@pytest.mark.parametrize("what,make,fragment", OUT_REFUSED, ids=[c[0] for c in OUT_REFUSED])
def test_review_out_never_overwrites_an_input(tmp_path, corpus_path, what, make, fragment):
    draft = _draft(tmp_path)
    (tmp_path / "sub").mkdir()
    before = draft.read_bytes()
    out = make(draft)
    kept = out.read_bytes() if out.is_file() else None
    r = fashen("review", draft, "--out", out, db=corpus_path)
    assert_refused(r, fragment)
    assert draft.read_bytes() == before
    if kept is not None:
        assert out.read_bytes() == kept
    assert not list(tmp_path.glob(".*.tmp"))


def test_review_out_never_overwrites_the_corpus(tmp_path, corpus_path):
    db = tmp_path / "corpus.db"
    shutil.copy(corpus_path, db)
    before = db.stat().st_size
    r = fashen("review", _draft(tmp_path), "--out", db, "--format", "json", db=db)
    assert_refused(r, "输入文件本身")
    assert db.stat().st_size == before


def test_sweep_out_never_overwrites_a_swept_file(tmp_path, corpus_path):
    docs = tmp_path / "文件库"
    docs.mkdir()
    original = docs / "原件.docx"
    original.write_bytes(b"PK\x03\x04 an original the office keeps")
    before = original.read_bytes()
    db = tmp_path / "sweep.db"
    shutil.copy(corpus_path, db)
    r = fashen("sweep", docs, "--out", original, "--format", "json", db=db)
    assert_refused(r, "被清理的文件之一")
    assert original.read_bytes() == before


def test_sweep_catalogue_not_written_where_the_next_sweep_would_review_it(tmp_path, corpus_path):
    docs = tmp_path / "文件库"
    docs.mkdir()
    shutil.copy(DOG, docs / "a.txt")
    db = tmp_path / "sweep.db"                    # a sweep stores its results: never in the shared corpus
    shutil.copy(corpus_path, db)
    r = fashen("sweep", docs, "--out", docs / "清理目录.docx", db=db)
    assert_refused(r, "不能写在被清理的文件夹")
    assert not (docs / "清理目录.docx").exists()
    ok = fashen("sweep", docs, "--out", docs / "清理目录.xlsx", db=db)     # not a document: fine
    assert ok.returncode == 0, ok.stderr
    assert (docs / "清理目录.xlsx").exists()


def test_check_output_unit(tmp_path):
    from review.outpath import check_output

    src = tmp_path / "a.txt"
    src.write_text("x", encoding="utf-8")
    check_output(tmp_path / "b.md", inputs=[src])                    # a new file beside it: fine
    with pytest.raises(InputError):
        check_output(src, inputs=[src])
    with pytest.raises(InputError):
        check_output(tmp_path / "c.docx", swept_roots=[tmp_path], swept_suffixes=[".docx"])
    check_output(tmp_path / "c.xlsx", swept_roots=[tmp_path], swept_suffixes=[".docx"])


# --- Ctrl-C, SIGTERM, interrupted writes ---------------------------------------------------------------

def _long_draft(tmp_path: Path) -> Path:
    """300 versions of a draft, each line marked with its version: no two clauses alike, so the upper-law search
    (cached per clause text) has its whole budget of work to do and the rules the rest — about ten seconds, long
    enough to interrupt after four (40 versions took three once the engine got faster, bench/README.md round 5)."""
    from statutes.numerals import int_to_cn

    lines = DOG.read_text(encoding="utf-8").split("\n")
    path = tmp_path / "长文件.txt"
    path.write_text("\n".join(ln + (f"（第{int_to_cn(k)}稿）" if ln.strip() else "") for k in range(1, 301)
                              for ln in lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("sig,code,message", [(signal.SIGINT, 130, "已中断"), (signal.SIGTERM, 143, None)],
                         ids=["ctrl-c", "sigterm"])
def test_interrupt_says_so_and_leaves_no_temporary_file(tmp_path, corpus_path, sig, code, message):
    draft = _long_draft(tmp_path)
    out = tmp_path / "out" / "意见.docx"
    out.parent.mkdir()
    argv = [sys.executable, "-c", "import sys, cli; sys.argv[0] = 'fashen'; cli.main()", "review", str(draft),
            "--out", str(out), "--db", str(corpus_path)]
    proc = subprocess.Popen(argv, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    time.sleep(4)                                   # imported, reading or reviewing
    assert proc.poll() is None, proc.communicate()
    proc.send_signal(sig)
    stdout, stderr = proc.communicate(timeout=60)
    err = stderr.decode()
    assert proc.returncode == code, err
    assert "Traceback" not in err and "Exception ignored" not in err
    if message:
        assert message in err
    assert not out.exists() and list(out.parent.iterdir()) == []


def test_interrupted_atomic_write_removes_its_temporary_file(tmp_path):
    from review.atomic import atomic_open

    target = tmp_path / "清理目录.csv"
    with pytest.raises(KeyboardInterrupt):
        with atomic_open(target, "w") as fh:
            fh.write("半个文件")
            raise KeyboardInterrupt
    assert list(tmp_path.iterdir()) == []


# --- database and file-system faults: Chinese, exit 2 ------------------------------------------------------

def test_fashen_db_under_a_regular_file(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    r = fashen("statutes", "stats", env={"FASHEN_DB": str(blocker / "corpus.db")})
    assert_refused(r, "是文件而不是文件夹")


def test_zeroed_pages_in_the_corpus(tmp_path, corpus_path):
    db = tmp_path / "zeroed.db"
    shutil.copy(corpus_path, db)
    data = bytearray(db.read_bytes())
    page = 4096
    start = len(data) // 3 // page * page
    data[start:start + 64 * page] = bytes(64 * page)
    db.write_bytes(bytes(data))
    for args in (["statutes", "search", "行政机关应当自受理申请之日起二十日内作出决定"],
                 ["statutes", "show", "行政许可法", "42"], ["review", DOG, "--no-upper"]):
        r = fashen(*args, db=db)
        assert r.returncode in (0, 1, 2), r.stderr
        assert "Traceback" not in r.stderr and "内部错误" not in r.stderr, r.stderr
        if r.returncode == 2:
            assert "法规库" in r.stderr


def test_article_number_beyond_sqlite_integers(corpus_path):
    r = fashen("statutes", "show", "行政许可法", "99999999999999999999", db=corpus_path)
    assert_refused(r, "过大")


def test_read_only_database_in_a_sweep(tmp_path, corpus_path):
    """As root a chmod does not stop SQLite, so the store is opened read-only the way SQLite sees such a file."""
    from cli import check_writable
    from statutes.store import Store

    store = Store(corpus_path)
    store.conn.close()
    store.conn = sqlite3.connect(f"file:{corpus_path}?mode=ro", uri=True, isolation_level=None)
    with pytest.raises(CorpusError) as exc:
        check_writable(store)
    assert "只读" in str(exc.value) and str(corpus_path) in str(exc.value)
    store.conn.close()


@pytest.mark.parametrize("error,words", [
    (sqlite3.OperationalError("attempt to write a readonly database"), "只读"),
    (sqlite3.DatabaseError("database disk image is malformed"), "已损坏"),
    (sqlite3.DatabaseError("file is not a database"), "已损坏"),
    (sqlite3.OperationalError("database is locked"), "占用"),
    (sqlite3.OperationalError("too many SQL variables"), "上限"),
    (OverflowError("Python int too large to convert to SQLite INTEGER"), "上限"),
])
def test_sqlite_errors_in_chinese(error, words):
    from statutes.errors import corpus_error

    message = str(corpus_error(error, "/tmp/corpus.db"))
    assert words in message and not re.search(r"[A-Za-z]{5,}", message.replace("fashen", "").replace("import", "")
                                                  .replace("default", "").replace("statutes", "").replace("tmp", "")
                                                  .replace("corpus", ""))


def test_main_turns_a_database_fault_into_exit_2(monkeypatch, capsys):
    import cli

    def broken(**kw):
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(cli, "app", broken)
    with pytest.raises(SystemExit) as exc:
        cli.main()
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "只读" in err and "内部错误" not in err


@pytest.mark.parametrize("n,cn", [(10000, "一万"), (10001, "一万零一"), (100010, "十万零一十"),
                                  (12345678, "一千二百三十四万五千六百七十八"), (100000001, "一亿零一")])
def test_int_to_cn_beyond_9999(n, cn):
    from statutes.numerals import cn_to_int, int_to_cn

    assert int_to_cn(n) == cn and cn_to_int(cn) == n


@pytest.mark.parametrize("text", ["①", "²", "٣", "⑩", "Ⅻ"])
def test_cn_to_int_of_digit_like_characters_is_none(text):
    from statutes.numerals import cn_to_int

    assert cn_to_int(text) is None


def test_long_opinion_headings_beyond_ninety_nine():
    from review.render import cn_ordinal

    assert [cn_ordinal(n) for n in (1, 10, 12, 99, 100, 103, 1000)] == \
        ["一", "十", "十二", "九十九", "一百", "一百零三", "一千"]


# --- English fragments -------------------------------------------------------------------------------------

USAGE = [
    # (click's or typer's message, the Chinese shown)
    ("Invalid value for 'DRAFT': Path '/x/a.docx' is not readable.", "参数 'DRAFT' 无效：'/x/a.docx' 不可读（没有读取权限）"),
    ("Invalid value for 'DRAFT': File '/x/a.docx' is not readable.", "参数 'DRAFT' 无效：'/x/a.docx' 不可读（没有读取权限）"),
    ("Missing argument 'DRAFT'.", "缺少参数 'DRAFT'"),
    ("No such option: --bogus", "没有这个选项：--bogus"),
    ("No such option: --bogus (Possible options: --out)", "没有这个选项：--bogus"),
    ("No such option: --outt Did you mean --out?", "没有这个选项：--outt"),
    ("Got unexpected extra argument (b.txt)", "多余的参数：b.txt"),
    ("Invalid value for '--workers' / '-j': 'x' is not a valid integer.", "参数 '--workers' / '-j' 无效：'x' 不是有效的整数"),
    ("Invalid value for '--workers' / '-j': 0 is not in the range x>=1.", "参数 '--workers' / '-j' 无效：0 超出允许的范围 x>=1"),
    ("Invalid value: --fail-on 只能是 error、warning、info 或 none", "--fail-on 只能是 error、warning、info 或 none"),
    ("No such command 'revew'.", "没有这个命令：'revew'"),
]


@pytest.mark.parametrize("english,chinese", USAGE)
def test_usage_errors_in_chinese(english, chinese):
    from cli import translate_usage

    assert translate_usage(english) == chinese


def test_cli_usage_error_is_chinese():
    r = fashen("review", DOG, "--workers", "x")
    assert r.returncode == 2 and "Usage" not in r.stderr and "Error" not in r.stderr
    assert "没有这个选项" in r.stderr and "--help" in r.stderr


def test_bad_crc_in_a_docx_is_chinese(tmp_path):
    path = tmp_path / "坏的.docx"
    body = '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r>' \
           '<w:t>第一条　正文。</w:t></w:r></w:p></w:body></w:document>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("word/document.xml", body)
    data = bytearray(path.read_bytes())
    i = data.find("正文".encode())
    data[i] ^= 0x01                                  # the stored bytes no longer match their CRC-32
    path.write_bytes(bytes(data))
    with pytest.raises(InputError) as exc:
        read_document(path)
    assert "CRC" not in str(exc.value) and "校验" in str(exc.value)


def test_pdf_limit_reached_is_chinese(tmp_path):
    from test_properties import _pdf_bytes

    path = tmp_path / "超限.pdf"       # an xref table that declares 99,999,999 entries: pypdf's LimitReachedError
    path.write_bytes(_pdf_bytes("Article 1.").replace(b"xref\n0 6\n", b"xref\n0 99999999\n"))
    with pytest.raises(InputError) as exc:
        read_document(path)
    assert "安全上限" in exc.value.problem and not re.search(r"[A-Za-z]{4,}", exc.value.problem)


def test_explain_never_uses_the_library_words():
    from review.readers.safety import explain

    class LimitReachedError(Exception):
        pass

    LimitReachedError.__module__ = "pypdf.errors"
    for e in (LimitReachedError("Limit reached while decompressing"), zipfile.BadZipFile("Bad CRC-32 for file"),
              ValueError("invalid literal"), struct_error(), OSError(5, "Input/output error")):
        text = explain(e)
        assert re.search(r"[\u4e00-\u9fff]", text) and not re.search(r"[A-Za-z]{6,}", text), text


def struct_error():
    import struct

    try:
        struct.unpack("<I", b"")
    except struct.error as e:
        return e


# --- spreadsheets, CSV, special files, size limits --------------------------------------------------------

def test_spreadsheets_in_a_sweep_are_attachments(tmp_path, corpus_path):
    from review.sweep import SweepOptions, sweep
    from statutes.store import Store

    docs = tmp_path / "文件库"
    docs.mkdir()
    shutil.copy(DOG, docs / "办法.txt")
    (docs / "附件1 积分表.xls").write_bytes(write_cfb({"Workbook": b"\x09\x08" + bytes(100)}))
    (docs / "附件2 名单.et").write_bytes(write_cfb({"Workbook": b"\x09\x08" + bytes(100)}))
    db = tmp_path / "sweep.db"
    shutil.copy(corpus_path, db)
    with Store(db) as store:
        result = sweep([docs], store, SweepOptions(as_of="2026-01-01", workers=1))
    by = {Path(e.path).suffix: e for e in result.entries}
    assert by[".xls"].attachment and by[".xls"].error is None and by[".et"].attachment
    assert by[".xls"].row(1)[5] == "附件"
    assert result.summary["errors"] == 0 and result.summary["attachments"] == 2
    assert by[".txt"].disposition


def test_csv_neutralises_formulas(tmp_path):
    from review.export import CatalogueEntry, write_csv

    entries = [CatalogueEntry(path=f"{c}.txt", sha256="", title=f"{c}SUM(A1)", doc_number=f"{c}1", issuer="",
                              date="", disposition="废止") for c in "=+-@"]
    out = tmp_path / "清理目录.csv"
    write_csv(entries, out)
    rows = list(csv.reader(out.open(encoding="utf-8-sig")))[1:]
    assert [r[1] for r in rows] == ["'=SUM(A1)", "'+SUM(A1)", "'-SUM(A1)", "'@SUM(A1)"]
    assert all(r[2].startswith("'") for r in rows)


def test_a_fifo_is_refused_not_waited_for(tmp_path):
    fifo = tmp_path / "管道.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError) as exc:
        read_document(fifo)                          # returns at once: nothing opens the pipe
    assert "不是普通文件" in str(exc.value)


def test_text_above_the_size_limit_is_refused(tmp_path, monkeypatch):
    import review.readers as readers
    import review.readers.safety as safety

    monkeypatch.setattr(safety, "MAX_TEXT_CHARS", 1000)
    path = tmp_path / "大.txt"
    path.write_text("第一条　内容。\n" * 200, encoding="utf-8")
    with pytest.raises(InputError) as exc:
        readers.read_document(path)
    assert "上限" in str(exc.value) and "拆分" in str(exc.value)


def test_text_cut_in_the_middle_of_a_character_still_reads(tmp_path):
    path = tmp_path / "截断.txt"
    path.write_bytes("第一条　为了规范管理，制定本办法。".encode("utf-8")[:-1])
    assert read_document(path).text.startswith("第一条　为了规范管理")


def test_upper_law_budget_is_noted(corpus, monkeypatch):
    import review.engine as engine
    from review.engine import ReviewOptions, review_document
    from review.readers import build_document
    from review.rules import load_packs

    monkeypatch.setattr(engine, "UPPER_MAX_PROBES", 2)
    lines = ["××县管理办法"] + [f"第{n}条　行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定，第{n}项。"
                                for n in "一二三四五"]
    doc = build_document("a.txt", lines, "txt")
    op = review_document(doc, corpus, load_packs(), ReviewOptions(as_of="2026-01-01"))
    notes = [f for f in op.findings if f.rule == "UPPER-LIMIT"]
    assert len(notes) == 1 and notes[0].detail["not_compared"] == 3 and "未比对" in notes[0].problem
