"""fashen sweep: the real document corpus, malformed originals, resume after kill -9 / Ctrl-C, the CLI contract."""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli import app
from review.sweep import SweepOptions, collect_files, sweep
from statutes.store import Store
from tests.sweep_helpers import copy_db

AS_OF = "2026-01-01"
REPO = Path(__file__).resolve().parents[1]
DOCS = REPO.parent / "shared" / "data" / "documents"
AGENCY_ONLY = ("D025", "D119", "D118")     # name old agencies (卫生和计划生育委员会…) but restrict nothing
# mention 计划生育 only neutrally (read one by one): a list of public services or departments (D002 D048 D074 D077 D084
# D092 D095 D105 D123 D125, and D057 D069 D112 D113 with an agency list), a service offered to the holder
# (（六）办理生育服务登记和其他计划生育证明材料: D057 D069 D107 D112 D113 D114), or 落户 granted to children born outside
# the policy (D093) — legal-checks.md §4.3: no family-planning finding. D100 left the list in round 12: its labels
# (heldout_round6) mark 第二十六条 "严格落实流动人口计划生育、出租房安全监督责任" a family-planning problem, found since;
# D098 in round 16: its labels (heldout_round10) mark 第二十二条（七） "遵守计划生育政策……其子女接受基础教育" a
# family-planning error (schooling held back for compliance), found since
NEUTRAL_ONLY = ("D002", "D048", "D057", "D069", "D074", "D077", "D084", "D092", "D093", "D095", "D105",
                "D107", "D112", "D113", "D114", "D123", "D125")
FP_RESTRICTION_RECALL = 0.85

needs_docs = pytest.mark.skipif(not (DOCS / "manifest.csv").is_file(), reason="../shared/data/documents 不存在")


@pytest.fixture
def db(corpus_path, tmp_path) -> Path:
    return copy_db(corpus_path, tmp_path / "sweep.db")


def doc_id(entry) -> str:
    return Path(entry.path if hasattr(entry, "path") else entry["path"]).name.split("_")[0]


@pytest.fixture(scope="module")
def txt_sweep(corpus_path, tmp_path_factory):
    """The whole txt corpus, two worker processes, then the same sweep again on the same database (a minute:
    its tests are one xdist group, so that one worker sweeps)."""
    path = copy_db(corpus_path, tmp_path_factory.mktemp("txt") / "sweep.db")
    with Store(path) as store:
        first = sweep([DOCS / "txt"], store, SweepOptions(as_of=AS_OF, workers=2))
        again = sweep([DOCS / "txt"], store, SweepOptions(as_of=AS_OF, workers=2))
    return first, again


@needs_docs
@pytest.mark.xdist_group("txt-sweep")
def test_all_167_documents_are_swept(txt_sweep):
    first, _ = txt_sweep
    assert first.summary["files"] == len(first.entries) == 167
    assert first.summary["errors"] == 0 and first.summary["reviewed"] == 167
    assert all(e.disposition is not None for e in first.entries)
    assert set(first.summary["by_disposition"]) >= {"继续有效", "修改", "废止", "宣布失效"}
    assert first.summary["by_disposition"]["修改"] > 35      # 39 (round 10: D068 and one year's round no longer 修改)
    # a city office's archive (most documents are cities'): provincial and national documents are listed apart
    office = first.summary["office"]
    assert (office["region"], office["level"], office["inferred"]) == ("", "市", True) and "深圳市" in office["regions"]
    assert first.summary["by_disposition"]["非本级文件"] > 20


@needs_docs
@pytest.mark.xdist_group("txt-sweep")
def test_catalogue_reasons_follow_the_disposition(txt_sweep):
    """legal-checks.md §11.4 consistency, over the whole 167-document 清理目录: a document with a warning or error is
    never "继续有效，未发现问题"; one to amend lists its clauses; one repealed or lapsed lists no 有效期 to amend and
    no clause to change; another body's document says whose it is first."""
    first, _ = txt_sweep
    for e in first.entries:
        flagged = [f for f in e.findings if f.to_dict().get("severity") in ("error", "warning")]
        if e.disposition == "继续有效":
            assert not flagged and e.reasons == ("未发现需要清理的问题",), doc_id(e)
        if e.disposition == "修改":
            assert flagged and e.clauses_to_change, doc_id(e)
        if e.disposition in ("废止", "宣布失效"):
            assert not e.clauses_to_change, doc_id(e)
            assert not any(r.startswith(("另：有效期问题", "另：文件规定了有效期（")) for r in e.reasons), doc_id(e)
            assert "未发现需要清理的问题" not in " ".join(e.reasons), doc_id(e)
        if e.disposition in ("非本级文件", "协议另列"):
            assert e.reasons and "建议" not in e.reasons[0], doc_id(e)


@needs_docs
@pytest.mark.xdist_group("txt-sweep")
def test_family_planning_restrictions_are_found(txt_sweep):
    """Recall against the manifest: documents with family-planning terms (fp_terms > 0), the agency-name-only
    ones excluded, should mostly get a family-planning finding and a change proposed."""
    first, _ = txt_sweep
    manifest = {r["id"]: r for r in csv.DictReader((DOCS / "manifest.csv").open(encoding="utf-8"))}
    by_id = {doc_id(e): e for e in first.entries}
    expected = [i for i, r in manifest.items()
                if int(r["fp_terms"] or 0) > 0 and i not in AGENCY_ONLY + NEUTRAL_ONLY]
    found = [i for i in expected
             if any(f.to_dict()["category"] == "family-planning" for f in by_id[i].findings)]
    recall = len(found) / len(expected)
    print(f"family-planning recall {len(found)}/{len(expected)} = {recall:.2f}")
    assert recall >= FP_RESTRICTION_RECALL
    changed = [i for i in found if by_id[i].disposition != "继续有效"]
    assert len(changed) == len(found)


@needs_docs
@pytest.mark.xdist_group("txt-sweep")
@pytest.mark.parametrize("doc", NEUTRAL_ONLY)
def test_neutral_mentions_are_not_family_planning(txt_sweep, doc):
    first, _ = txt_sweep
    [entry] = [e for e in first.entries if doc_id(e) == doc]
    assert not [f for f in entry.findings if f.to_dict()["category"] == "family-planning"]


@needs_docs
@pytest.mark.xdist_group("txt-sweep")
@pytest.mark.parametrize("doc", AGENCY_ONLY)
def test_agency_names_only_are_not_family_planning(txt_sweep, doc):
    first, _ = txt_sweep
    [entry] = [e for e in first.entries if doc_id(e) == doc]
    assert not [f for f in entry.findings if f.to_dict()["category"] == "family-planning"]
    # D118 (an internal work document of the abolished 卫生和计划生育委员会) may be repealed, never as family planning
    assert not any("计划生育限制性规定" in r and "不属于" not in r for r in entry.reasons)
    assert not any("计划生育管理" in r for r in entry.reasons)


@needs_docs
@pytest.mark.xdist_group("txt-sweep")
def test_rerun_skips_unchanged_files(txt_sweep):
    first, again = txt_sweep
    assert (again.summary["reviewed"], again.summary["reused"]) == (0, 167)
    assert [e.to_dict() for e in again.entries] == [e.to_dict() for e in first.entries]


@needs_docs
def test_originals_list_malformed_files_and_review_the_rest(db):
    with Store(db) as store:
        result = sweep([DOCS / "originals"], store, SweepOptions(as_of=AS_OF, workers=1))
    by_name = {Path(e.path).name[:3]: e for e in result.entries}
    assert len(result.entries) == 16                      # INDEX.csv is not a document
    assert result.summary["skipped_other_files"] == 1
    errors = {k: e.error for k, e in by_name.items() if e.error}
    # (file, what the reason says): saved web pages named .pdf/.doc, a scanned PDF (the Word 97 .doc files read)
    for key, words in [("O15", "HTML"), ("O16", "HTML"), ("O12", "OCR")]:
        assert words in errors[key], (key, errors.get(key))
        assert by_name[key].disposition is None
    reviewed = [e for e in result.entries if not e.error]
    assert len(reviewed) >= 13 and all(e.disposition for e in reviewed)
    assert not by_name["O03"].error and not by_name["O05"].error


def test_duplicates_hidden_and_other_files(db, tmp_path):
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / ".git").mkdir()
    text = "××县公共租赁住房管理办法\n第一条 违反计划生育政策的，不得申请公共租赁住房。\n第二条 本办法自2015年1月1日起施行。\n"
    (docs / "a.txt").write_text(text, encoding="utf-8")
    (docs / "sub" / "b.txt").write_text(text, encoding="utf-8")              # same content
    (docs / ".hidden.txt").write_text(text, encoding="utf-8")
    (docs / ".git" / "x.txt").write_text(text, encoding="utf-8")
    (docs / "~$a.docx").write_bytes(b"lock")
    (docs / "list.csv").write_text("a,b\n", encoding="utf-8")
    (docs / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    files, skipped = collect_files([docs])
    assert [f.relative_to(docs).as_posix() for f in files] == ["a.txt", "broken.docx", "sub/b.txt"]
    assert skipped == 1
    with Store(db) as store:
        result = sweep([docs], store, SweepOptions(as_of=AS_OF))
    a, broken, b = result.entries
    assert a.duplicate_of is None and b.duplicate_of == str(docs / "a.txt")
    assert b.sha256 == a.sha256 and b.disposition == a.disposition == "修改"
    assert broken.error and broken.disposition is None
    assert result.summary["duplicates"] == 1 and result.summary["reviewed"] == 2


# -- the command line ---------------------------------------------------------------------------------
runner = CliRunner()


@pytest.mark.parametrize("args, message", [
    (["/nonexistent/folder"], "不存在"),
    (["{docs}", "--topic", "tax"], "只能是 family-planning"),                # the choices, in Chinese
    (["{docs}", "--format", "pdf"], "--format"),
    (["{docs}", "--out", "{tmp}/list.txt"], "扩展名"),
    (["{docs}", "--format", "xlsx"], "--out"),
    (["{docs}", "--format", "html"], "--out"),                          # html needs a folder
    (["{docs}", "--executor", "spark"], "--executor"),                  # process or dask only
])
def test_bad_arguments_exit_2(db, tmp_path, args, message):
    args = [a.format(docs=tmp_path, tmp=tmp_path) for a in args]
    res = runner.invoke(app, ["sweep", *args, "--db", str(db)], standalone_mode=False)
    assert getattr(res.exception, "exit_code", None) == 2
    assert message in str(res.exception.format_message())


@needs_docs
def test_cli_outputs_and_topic(db, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in ("D001", "D119", "D130"):
        src = next((DOCS / "txt").glob(f"{name}_*"))
        shutil.copy(src, docs / src.name)
    res = runner.invoke(app, ["sweep", str(docs), "--db", str(db), "--as-of", AS_OF, "--json", "-j", "1"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert set(data["summary"]) >= {"files", "by_disposition", "errors", "seconds"}
    assert data["summary"]["files"] == 3
    for d in data["documents"]:
        assert set(d) >= {"path", "sha256", "title", "doc_number", "issuer", "date", "disposition", "reasons",
                          "findings", "duplicate_of", "error"}
    for ext in ("xlsx", "csv", "docx", "json"):
        out = tmp_path / f"清理目录.{ext}"
        res = runner.invoke(app, ["sweep", str(docs), "--db", str(db), "--as-of", AS_OF, "--out", str(out)])
        assert res.exit_code == 0 and out.stat().st_size > 0
    res = runner.invoke(app, ["sweep", str(docs), "--db", str(db), "--as-of", AS_OF, "--format", "html",
                              "--out", str(tmp_path / "report"), "--authority", "××市司法局"])
    assert res.exit_code == 0, res.output
    assert "××市司法局" in (tmp_path / "report" / "index.html").read_text(encoding="utf-8")
    assert len(list((tmp_path / "report" / "opinions").glob("*.html"))) == 3
    assert "修改" in (tmp_path / "清理目录.csv").read_text(encoding="utf-8-sig")
    res = runner.invoke(app, ["sweep", str(docs), "--db", str(db), "--as-of", AS_OF, "--topic", "repealed-law",
                              "--json"])
    cats = {f["category"] for d in json.loads(res.stdout)["documents"] for f in d["findings"]}
    assert cats == {"repealed-law"}


# -- interrupted sweeps -------------------------------------------------------------------------------
def _sweep_cmd(docs: Path, db: Path, workers: int) -> list[str]:
    return [sys.executable, "-m", "cli", "sweep", str(docs), "--db", str(db), "--as-of", AS_OF, "--json",
            "--workers", str(workers)]


def _stored(db: Path) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as conn:
        try:
            return conn.execute("SELECT count(*) FROM sweep_results").fetchone()[0]
        except sqlite3.OperationalError:   # not migrated yet
            return 0


def _run(docs: Path, db: Path, workers: int = 1) -> dict:
    """An uninterrupted sweep, in this process (only the interrupted one needs a process of its own)."""
    from clirun import fashen

    res = fashen("sweep", docs, "--db", db, "--as-of", AS_OF, "--json", "--workers", workers)
    assert res.returncode == 0, res.stderr
    return json.loads(res.stdout)


@pytest.fixture(scope="module")
def forty(corpus_path, tmp_path_factory):
    """40 documents plus a duplicate, and the list an uninterrupted sweep gives. The number is the point:
    results are stored in batches (half a second's worth) and Ctrl-C lets the documents in flight (four per
    worker) finish, so with fewer documents the sweep can be all done and stored by the time the interrupt lands.
    Their size is not: the largest (D124, 1 MB, half the time of the whole set) is left to the full sweep."""
    root = tmp_path_factory.mktemp("forty")
    docs = root / "docs"
    docs.mkdir()
    for src in sorted((DOCS / "txt").glob("*.txt"))[::4][:40]:
        shutil.copy(src, docs / src.name)
    shutil.copy(docs / sorted(os.listdir(docs))[0], docs / "zz_copy.txt")   # a duplicate
    baseline = _run(docs, copy_db(corpus_path, root / "fresh.db"), workers=2)
    return docs, baseline


@needs_docs
@pytest.mark.xdist_group("forty")
@pytest.mark.parametrize("sig, workers", [(signal.SIGKILL, 2), (signal.SIGINT, 2), (signal.SIGINT, 1)],
                         ids=["kill-9", "ctrl-c", "ctrl-c-one-process"])
def test_interrupted_sweep_resumes_and_loses_nothing(forty, db, sig, workers, request, monkeypatch):
    docs, baseline = forty
    total = len(baseline["documents"])
    # the sweep's temporary folder, watched for left-over scratch files; short, since the worker pool's forkserver
    # puts a Unix socket there (at most 107 bytes of path: a pytest-xdist tmp_path is longer)
    scratch = Path(tempfile.mkdtemp(prefix="fs-"))
    request.addfinalizer(lambda: shutil.rmtree(scratch, ignore_errors=True))
    proc = subprocess.Popen(_sweep_cmd(docs, db, workers), cwd=REPO, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, start_new_session=True,
                            env={**os.environ, "TMPDIR": str(scratch)},
                            # Ctrl-C as a user's: a test run started in the background (`pytest &`) has SIGINT
                            # ignored from its shell, and a child would inherit that
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 120
    while _stored(db) < 5 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    os.killpg(proc.pid, sig)           # the sweep and its worker processes
    _, stderr = proc.communicate(timeout=60)
    stored = _stored(db)
    assert 5 <= stored < total - 1, "the sweep was interrupted half-way"
    if sig == signal.SIGINT:
        assert proc.returncode == 130, stderr.decode()
        assert "已中断" in stderr.decode() and "重新运行" in stderr.decode()
        assert not list(scratch.glob("fashen-sweep-*")), "Ctrl-C removes the run's scratch file"
    else:
        assert list(scratch.glob("fashen-sweep-*")), "kill -9 leaves it behind"
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    resumed = _run(docs, db, workers)
    assert not list(scratch.glob("fashen-sweep-*")), "the next sweep removes a killed sweep's scratch file"
    assert resumed["summary"]["reused"] == stored
    assert resumed["summary"]["reviewed"] == total - 1 - stored     # the duplicate is not reviewed
    assert resumed["documents"] == baseline["documents"]


def test_only_scratch_files_of_dead_sweeps_are_removed(tmp_path):
    from review.sweep_state import remove_orphans

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    names = {"mine": f"fashen-sweep-{os.getpid()}-abc.db", "dead": f"fashen-sweep-{dead.stdout.strip()}-abc.db",
             "foreign": "fashen-sweep-abc.db", "other": f"other-{dead.stdout.strip()}-abc.db"}
    for name in names.values():
        (tmp_path / name).write_bytes(b"")
    assert [p.name for p in remove_orphans(str(tmp_path))] == [names["dead"]]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(n for k, n in names.items() if k != "dead")


def test_a_sweep_in_this_process_hands_back_the_signal_handlers(db, tmp_path, monkeypatch):
    """``fashen sweep`` run in this process (cli.run, as tests/clirun.py runs every command) leaves SIGINT and
    SIGTERM as it found them: after a sweep with worker processes, and after one in this process stopped by
    Ctrl-C, which still says 已中断 and exits 130 (issue 11)."""
    import review.executors
    from clirun import fashen

    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(3):
        (docs / f"d{i}.txt").write_text(FP_TEXT + str(i), encoding="utf-8")

    def ours(signum, frame):  # pragma: no cover - never called
        pass

    def ctrl_c(reviewer, path, doc=None):
        raise KeyboardInterrupt

    theirs = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        for s in theirs:
            signal.signal(s, ours)
        r = fashen("sweep", docs, "--as-of", AS_OF, "--json", "--workers", 2, db=db)
        assert r.returncode == 0, r.stderr
        assert json.loads(r.stdout)["summary"]["reviewed"] == 3
        assert signal.getsignal(signal.SIGINT) is ours and signal.getsignal(signal.SIGTERM) is ours
        monkeypatch.setattr(review.executors, "review_safely", ctrl_c)
        r = fashen("sweep", docs, "--as-of", "2026-01-02", "--json", "--workers", 1, db=db)
        assert r.returncode == 130 and "已中断" in r.stderr, r.stderr
        assert signal.getsignal(signal.SIGINT) is ours and signal.getsignal(signal.SIGTERM) is ours
    finally:
        for s, handler in theirs.items():
            signal.signal(s, handler)


# -- hostile folders and documents (issue 11) ---------------------------------------------------------
FP_TEXT = "××县公共租赁住房管理办法\n第一条 违反计划生育政策的，不得申请公共租赁住房。\n第二条 本办法自2015年1月1日起施行。\n"


def _hostile_tree(tmp_path: Path) -> tuple[Path, Path]:
    docs, outside = tmp_path / "docs", tmp_path / "outside"
    (docs / "locked").mkdir(parents=True)
    (docs / "open").mkdir()
    outside.mkdir()
    (docs / "a.txt").write_text(FP_TEXT, encoding="utf-8")
    (docs / "locked" / "hidden_from_us.txt").write_text(FP_TEXT + "x", encoding="utf-8")
    (docs / "open" / "b.txt").write_text(FP_TEXT + "\n", encoding="utf-8")
    (outside / "secret.txt").write_text("外部文件", encoding="utf-8")
    os.mkfifo(docs / "pipe.txt")
    os.symlink(outside / "secret.txt", docs / "out_link.txt")
    os.symlink(outside, docs / "out_dir")
    os.symlink(docs / "a.txt", docs / "in_link.txt")                   # inside: a duplicate of a.txt
    os.symlink(docs / "open", docs / "loop")                             # a folder inside: not followed
    (docs / os.fsdecode(b"bad\xffname.txt")).write_text(FP_TEXT + "\n\n", encoding="utf-8")  # not UTF-8
    os.chmod(docs / "locked", 0)
    return docs, outside


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_hostile_tree_is_listed_not_followed(db, tmp_path, monkeypatch):
    docs, _ = _hostile_tree(tmp_path)
    real_scandir = os.scandir

    def scandir(path):                    # root enters a chmod-000 folder; refuse it as for any other user
        if Path(path).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    try:
        with Store(db) as store:
            result = sweep([docs], store, SweepOptions(as_of=AS_OF))       # a FIFO would hang it if opened
            entries = {Path(e.path).relative_to(docs).as_posix(): e for e in result.entries}
    finally:
        os.chmod(docs / "locked", 0o755)
    # (entry, words its reason must contain) — one row per kind of hostile entry
    expected_errors = [
        ("out_link.txt", "清理范围之外"),       # a symlink out of the swept folders: listed, not followed
        ("out_dir", "清理范围之外"),
        ("pipe.txt", "命名管道"),               # never opened
        ("locked", "无法进入文件夹"),           # its documents would otherwise silently vanish
    ]
    for name, words in expected_errors:
        assert name in entries, sorted(entries)
        assert entries[name].disposition is None and words in entries[name].error, (name, entries[name].error)
    assert entries["in_link.txt"].duplicate_of == str(docs / "a.txt")
    assert "loop/b.txt" not in entries and entries["open/b.txt"].disposition == "修改"
    assert entries["bad\\xffname.txt"].disposition == "修改"                 # listed with the odd byte shown
    assert not any("secret" in k for k in entries)
    assert result.summary["errors"] == len(expected_errors)


def test_a_document_that_raises_is_its_own_error(db, tmp_path, monkeypatch):
    """Whatever the review of one document raises becomes that document's entry; the others are stored."""
    from review.sweep import Reviewer

    docs = tmp_path / "docs"
    docs.mkdir()
    for name, extra in [("a.txt", ""), ("boom.txt", "1"), ("c.txt", "22")]:
        (docs / name).write_text(FP_TEXT + extra, encoding="utf-8")
    real = Reviewer.review

    def review(self, path, doc=None):
        if path.name == "boom.txt":
            raise RecursionError("maximum recursion depth exceeded")
        return real(self, path, doc)

    monkeypatch.setattr(Reviewer, "review", review)
    with Store(db) as store:
        result = sweep([docs], store, SweepOptions(as_of=AS_OF))
        a, boom, c = result.entries
        assert "RecursionError" in boom.error and boom.disposition is None
        assert a.disposition == c.disposition == "修改"
        assert result.summary["errors"] == 1
        monkeypatch.setattr(Reviewer, "review", real)
        again = sweep([docs], store, SweepOptions(as_of=AS_OF))
    assert (again.summary["reused"], again.summary["reviewed"]) == (2, 1)      # the failed one is retried
    assert again.entries[1].disposition == "修改"


def test_a_document_that_kills_its_worker_is_found_and_the_rest_reviewed(db, tmp_path):
    """A worker process that dies breaks the pool; the documents in flight are retried alone, so only the
    one that kills its process is listed with an error."""
    from review.executors import ProcessPool
    from tests.sweep_helpers import crash_on_marked

    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(8):
        (docs / f"d{i}.txt").write_text(FP_TEXT + str(i), encoding="utf-8")
    (docs / "d3_crash.txt").write_text(FP_TEXT + "crash", encoding="utf-8")
    opts = SweepOptions(as_of=AS_OF, workers=2)
    with Store(db) as store:
        pool = ProcessPool(str(db), opts, 2, work=crash_on_marked)
        result = sweep([docs], store, opts, executor=pool)
        entries = {Path(e.path).name: e for e in result.entries}
    assert "异常退出" in entries["d3_crash.txt"].error
    assert all(e.disposition == "修改" for n, e in entries.items() if n != "d3_crash.txt")
    assert result.summary["errors"] == 1 and result.summary["reviewed"] == 9


def test_walk_streams(tmp_path):
    """The walk yields before it has seen the whole tree (no list of all paths up front)."""
    from review.sweep import Walk

    for i in range(3):
        (tmp_path / f"f{i}").mkdir()
        (tmp_path / f"f{i}" / "x.txt").write_text("x", encoding="utf-8")
    it = iter(Walk([tmp_path]))
    first = next(it)
    (tmp_path / "f2" / "y.txt").write_text("y", encoding="utf-8")        # added after the walk started
    rest = [f.path.relative_to(tmp_path).as_posix() for f in it]
    assert first.path.relative_to(tmp_path).as_posix() == "f0/x.txt"
    assert rest == ["f1/x.txt", "f2/x.txt", "f2/y.txt"]


CITY_DOC = ("{city}人民政府办公室关于印发{city}公共租赁住房管理办法的通知\n{abbr}府办〔2023〕{n}号\n各区人民政府：\n现印发给你们。\n"
            "{city}人民政府办公室\n2023年3月1日\n第一条　为了规范公共租赁住房管理，制定本办法。\n"
            "第二条　本办法自2023年4月1日起施行，有效期5年。")
PROVINCE_DOC = ("内蒙古自治区人民政府办公厅关于进一步调整户口迁移政策的实施意见\n内政办发〔2016〕36号\n各盟行政公署、市人民政府：\n"
                "现提出如下意见。\n一、放宽落户条件。\n内蒙古自治区人民政府办公厅\n2016年4月19日")


def test_a_sweep_not_told_whose_archive_reads_it_from_the_archive(db, tmp_path):
    """Most documents are cities' own: a city office's archive, and the autonomous region's document in it is
    listed as 非本级文件 without --office (鄂尔多斯市 stands under it); naming the office overrides what the sweep
    infers."""
    from review.office import Office

    docs = tmp_path / "archive"
    docs.mkdir()
    for i, (city, abbr) in enumerate([("深圳市", "深"), ("东莞市", "东"), ("鄂尔多斯市", "鄂尔多斯")]):
        (docs / f"city{i}.txt").write_text(CITY_DOC.format(city=city, abbr=abbr, n=i + 1), encoding="utf-8")
    (docs / "province.txt").write_text(PROVINCE_DOC, encoding="utf-8")
    with Store(db) as store:
        inferred = sweep([docs], store, SweepOptions(as_of=AS_OF))
        told = sweep([docs], store, SweepOptions(as_of=AS_OF, office=Office.parse("内蒙古自治区")))
    by_name = {Path(e.path).name: e for e in inferred.entries}
    assert inferred.summary["office"] == {"region": "", "level": "市", "inferred": True,
                                          "regions": ["东莞市", "深圳市", "鄂尔多斯市"], "named": []}
    assert by_name["province.txt"].disposition == "非本级文件"
    assert "省级机关" in by_name["province.txt"].reasons[0]
    assert {by_name[f"city{i}.txt"].disposition for i in range(3)} == {"继续有效"}
    assert {Path(e.path).name: e for e in told.entries}["province.txt"].disposition != "非本级文件"


@needs_docs
def test_documents_read_by_the_archive_pass_are_reviewed_as_read(corpus_path, tmp_path):
    """A sweep that infers whose archive it is reads each document once: the archive pass keeps what it read (when
    the sweep reads files the same way) and the reviews take it as read. The 清理目录 is the one of a sweep told
    the office, which reads every file for its review, with one worker and with two."""
    from review.readers import ReadOptions, read_document
    from review.sweep import archive_office

    folder = tmp_path / "docs"
    folder.mkdir()
    for p in sorted((DOCS / "txt").glob("*.txt"))[:10]:
        shutil.copy(p, folder / p.name)
    kept: dict = {}
    office = archive_office([folder], keep=kept)
    assert sorted(kept) == sorted(folder.iterdir())
    assert all(doc == read_document(path) for path, doc in kept.items())
    other: dict = {}
    assert archive_office([folder], ReadOptions(ocr=True), keep=other) == office and other == {}   # read otherwise

    def catalogue(name, **kw):
        with Store(copy_db(corpus_path, tmp_path / f"{name}.db")) as store:
            return [e.to_dict() for e in sweep([folder], store, SweepOptions(as_of=AS_OF, **kw)).entries]

    told = catalogue("told", office=office)
    assert catalogue("inferred") == told
    assert catalogue("inferred2", workers=2) == told


@needs_docs
def test_a_pools_workers_read_the_archive_as_the_driver_would(db, tmp_path):
    """A pool sweep not told the office starts its workers at once and has them read and classify the archive
    (``ProcessPool.archive_reader``): the same kinds, in the same order, as the driver's own reading — an unreadable
    file gives None — so the same office."""
    from review.executors import ProcessPool
    from review.readers import ReadOptions
    from review.sweep import archive_office, read_kind

    folder = tmp_path / "docs"
    folder.mkdir()
    for p in sorted((DOCS / "txt").glob("*.txt"))[:12]:
        shutil.copy(p, folder / p.name)
    (folder / "broken.docx").write_bytes(b"not a zip")
    paths = sorted(folder.iterdir())
    pool = ProcessPool(str(db), SweepOptions(as_of=AS_OF, workers=2), 2)
    try:
        kinds = pool.archive_reader(paths, ReadOptions(), AS_OF, chunk=5)
        assert kinds == [read_kind(p, ReadOptions(), AS_OF)[1] for p in paths]
        assert kinds[paths.index(folder / "broken.docx")] is None and sum(k is not None for k in kinds) == 12
        assert archive_office([folder], reader=pool.archive_reader) == archive_office([folder])
    finally:
        pool.close()
