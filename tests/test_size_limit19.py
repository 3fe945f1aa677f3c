"""The size limit on one document's text (issue 11, "Big inputs", round 19): above it ``review`` refuses with exit 2
and a Chinese message naming the file, its size and the limit; a sweep lists the file as not reviewed (an error
entry, never a crash) and goes on; ``--text-limit <万字>`` (``ReadOptions.max_chars``) raises it, and a sweep does
not store the refusal, so a re-run with a higher limit reviews the file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from clirun import fashen
from review.readers import MAX_TEXT_CHARS, ReadOptions, TextTooLarge, read_document
from statutes.errors import InputError

REPO = Path(__file__).resolve().parents[1]
DOG = REPO / "tests" / "fixtures" / "drafts" / "梧溪县城区养犬管理办法（送审稿）.txt"      # 2,272 characters
LEAVE = REPO.parent / "shared" / "data" / "documents" / "txt"


def _long_draft(folder: Path, times: int = 12, name: str = "汇编.txt") -> Path:
    """A real draft repeated ``times`` times: about 2.6 万字 at 12."""
    path = folder / name
    path.write_text("\n".join([DOG.read_text(encoding="utf-8")] * times), encoding="utf-8")
    return path


def test_default_limit_is_the_documented_one():
    import cli

    assert MAX_TEXT_CHARS == 9_000_000
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "900 万字" in readme and "--text-limit" in readme
    helps = [p for p in cli.review_cmd.__defaults__ if getattr(p, "help", None) and "万字" in p.help]
    assert helps and f"默认 {MAX_TEXT_CHARS // 10_000}" in helps[0].help


@pytest.mark.parametrize("chars,limit,words", [
    (27_250, 10_000, ["约 2.7 万字", "1 万字的上限"]),
    (9_512_000, 9_000_000, ["约 951 万字", "900 万字的上限"]),
    (150_000, 100_000, ["约 15 万字", "10 万字的上限"]),
])
def test_the_message_names_the_file_its_size_and_the_limit(tmp_path, chars, limit, words):
    path = tmp_path / "某市规章汇编.txt"
    path.write_bytes(b"x" * 3 * 1024 * 1024)
    e = TextTooLarge(path, chars, limit)
    text = str(e)
    assert text.startswith(str(path)) and "文件 3.0 MB" in text
    for w in words + ["拆分", "--text-limit"]:
        assert w in text, text
    assert isinstance(e, InputError) and e.chars == chars and e.limit == limit
    import pickle

    again = pickle.loads(pickle.dumps(e))       # crosses a process pool's pipe whole
    assert str(again) == text and again.limit == limit


def test_reading_refuses_above_the_limit_and_the_option_raises_it(tmp_path):
    path = _long_draft(tmp_path)
    n = len(read_document(path).text)
    assert 20_000 < n < 30_000
    with pytest.raises(TextTooLarge) as exc:
        read_document(path, options=ReadOptions(max_chars=n - 1))
    assert "汇编.txt" in str(exc.value) and exc.value.chars == n
    assert read_document(path, options=ReadOptions(max_chars=n)).text     # at the limit: read


def test_the_limit_applies_to_every_format(tmp_path):
    """Counted on the text read, not the file's bytes: a .docx's zip or an .html's markup does not count."""
    from docx import Document as Docx

    d = Docx()
    for line in DOG.read_text(encoding="utf-8").splitlines() * 6:
        d.add_paragraph(line)
    path = tmp_path / "送审稿.docx"
    d.save(path)
    n = len(read_document(path).text)
    with pytest.raises(TextTooLarge):
        read_document(path, options=ReadOptions(max_chars=n // 2))
    html = tmp_path / "网页.html"
    html.write_text("<html><body>" + "".join(f"<p>{line}</p>" for line in DOG.read_text(encoding="utf-8")
                                               .splitlines()) + "</body></html>", encoding="utf-8")
    m = len(read_document(html).text)
    assert read_document(html, options=ReadOptions(max_chars=m)).text
    with pytest.raises(TextTooLarge):
        read_document(html, options=ReadOptions(max_chars=m - 1))


def test_review_refuses_with_exit_2(tmp_path, corpus_path):
    path = _long_draft(tmp_path)
    r = fashen("review", path, "--text-limit", "1", db=corpus_path)
    assert r.returncode == 2, r.stderr
    assert "Traceback" not in r.stderr and "内部错误" not in r.stderr
    for w in (str(path), "文字过多", "约 2.6 万字", "1 万字的上限", "--text-limit"):
        assert w in r.stderr, r.stderr
    ok = fashen("review", path, "--text-limit", "3", "--json", "--no-upper", db=corpus_path)
    assert ok.returncode in (0, 1), ok.stderr
    assert json.loads(ok.stdout)["stats"]["clauses"] > 100


def test_review_option_is_checked(tmp_path, corpus_path):
    r = fashen("review", DOG, "--text-limit", "0", db=corpus_path)
    assert r.returncode == 2 and "Traceback" not in r.stderr


def test_sweep_lists_the_file_and_goes_on_and_a_higher_limit_reviews_it(tmp_path, corpus_path):
    from review.sweep import SweepOptions, sweep
    from statutes.store import Store

    docs = tmp_path / "文件库"
    docs.mkdir()
    shutil.copy(DOG, docs / "办法.txt")
    shutil.copy(LEAVE / sorted(p.name for p in LEAVE.iterdir())[0], docs / "通知.txt")
    big = _long_draft(docs)
    db = tmp_path / "sweep.db"
    shutil.copy(corpus_path, db)
    with Store(db) as store:
        small = SweepOptions(as_of="2026-01-01", workers=1, read=ReadOptions(max_chars=10_000))
        first = sweep([docs], store, small)
        by = {Path(e.path).name: e for e in first.entries}
        assert by["汇编.txt"].disposition is None and "1 万字的上限" in by["汇编.txt"].error
        assert "--text-limit" in by["汇编.txt"].error
        assert by["办法.txt"].disposition and by["通知.txt"].disposition and by["办法.txt"].error is None
        assert first.summary["errors"] == 1
        again = sweep([docs], store, small)           # still refused: nothing stored for it
        assert {Path(e.path).name: e.error for e in again.entries}["汇编.txt"] == by["汇编.txt"].error
        assert again.summary["reused"] == 2
        raised = sweep([docs], store, SweepOptions(as_of="2026-01-01", workers=1,
                                                   read=ReadOptions(max_chars=100_000)))
        done = {Path(e.path).name: e for e in raised.entries}
        assert done["汇编.txt"].error is None and done["汇编.txt"].disposition
        assert raised.summary["reused"] == 2 and raised.summary["errors"] == 0
    assert big.exists()


def test_sweep_command_takes_the_option(tmp_path, corpus_path):
    docs = tmp_path / "文件库"
    docs.mkdir()
    shutil.copy(DOG, docs / "办法.txt")
    _long_draft(docs)
    db = tmp_path / "sweep.db"
    shutil.copy(corpus_path, db)
    r = fashen("sweep", docs, "--text-limit", "1", "--workers", "1", "--json", "--as-of", "2026-01-01", db=db)
    assert r.returncode == 0, r.stderr
    entries = {Path(e["path"]).name: e for e in json.loads(r.stdout)["documents"]}
    assert "1 万字的上限" in entries["汇编.txt"]["error"]
    assert entries["办法.txt"]["disposition"]
