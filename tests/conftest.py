"""Shared fixtures. ``corpus`` is a real store built from the shipped default corpus snapshot (built once per
snapshot and builder, kept in pytest's cache folder, copied fresh for each session)."""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

from statutes.importers.default import DefaultCorpus, build_default_corpus
from statutes.snapshot import DATA_DIR
from statutes.store import Store

# Property tests (tests/test_properties.py): a quick deterministic default; FASHEN_HYPOTHESIS_PROFILE=ci runs
# 2,000 examples per target (bench/README.md has the time). No example database is written into the checkout.
settings.register_profile("default", max_examples=int(os.environ.get("FASHEN_HYPOTHESIS_DEFAULT", "150")),
                          deadline=None, derandomize=True, database=None, print_blob=True)
settings.register_profile("ci", max_examples=2000, deadline=None, database=None, print_blob=True)
settings.load_profile(os.environ.get("FASHEN_HYPOTHESIS_PROFILE", "default"))

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def _build_key() -> str:
    """The snapshot and the code that builds a store from it: a built corpus is the same while these are."""
    h = hashlib.sha256()
    for p in sorted([*(REPO / "statutes").rglob("*.py"), DATA_DIR / "manifest.json"]):
        h.update(p.relative_to(REPO).as_posix().encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:16]


def pytest_addoption(parser, pluginmanager):
    """pyproject.toml's addopts run the suite on pytest-xdist workers; without the plugin (``-p no:xdist``, or
    pytest-xdist not installed) its options are accepted and the suite runs in this one process."""
    if not pluginmanager.hasplugin("xdist"):
        for name in ("--numprocesses", "--maxprocesses", "--dist"):
            parser.addoption(name, help="pytest-xdist（未加载：测试在本进程中运行）")


@contextlib.contextmanager
def _exclusive(lock: Path):
    """Hold an exclusive lock on ``lock`` (released by the system if this process dies)."""
    with lock.open("a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _kept_folder(config, tmp_path_factory) -> Path | None:
    """Where the built corpus is kept for reuse: pytest's cache folder (across runs), else, on xdist workers,
    the run's temporary folder that the workers share (``popen-gwN``'s parent); else nowhere."""
    cache = getattr(config, "cache", None)
    if cache is not None and os.environ.get("FASHEN_TEST_CORPUS_CACHE") != "0":
        return cache.mkdir("fashen-corpus")
    if os.environ.get("PYTEST_XDIST_WORKER"):
        folder = tmp_path_factory.getbasetemp().parent / "fashen-corpus"
        folder.mkdir(exist_ok=True)
        return folder
    return None


@pytest.fixture(scope="session")
def corpus_build(tmp_path_factory, request):
    """The default corpus, once per session (on xdist, per worker): (its path, what the build reported).

    Built once per snapshot and builder: the built file is kept in pytest's cache folder (.pytest_cache) under
    ``_build_key()`` and each session works on a fresh copy of it (tests write sweep results into their corpus).
    A fresh checkout (CI) builds it; ``-p no:cacheprovider`` or FASHEN_TEST_CORPUS_CACHE=0 builds it for this
    run only (once for all xdist workers). A lock beside the kept file makes the xdist workers (and concurrent
    runs in one checkout) build it once: one builds, the others wait and copy it; a kept file is only ever
    whole (renamed into place)."""
    path = tmp_path_factory.mktemp("corpus") / "corpus.db"
    folder = _kept_folder(request.config, tmp_path_factory)
    if folder is None:
        return path, build_default_corpus(path)
    key = _build_key()
    kept, report = folder / f"{key}.db", folder / f"{key}.json"
    with _exclusive(folder / ".lock"):
        if kept.is_file() and report.is_file():
            shutil.copyfile(kept, path)
            return path, DefaultCorpus(**json.loads(report.read_text(encoding="utf-8")))
        built = build_default_corpus(path)
        for old in folder.iterdir():             # one kept corpus: the one of this snapshot and builder
            if not old.name.startswith("."):     # (not the lock, nor another session's copy in progress)
                old.unlink(missing_ok=True)
        tmp = folder / f".{key}.{os.getpid()}.writing"          # whole or not at all, even if killed
        shutil.copyfile(path, tmp)
        os.replace(tmp, kept)
        tmp.write_text(json.dumps(built.to_dict()), encoding="utf-8")
        os.replace(tmp, report)
    return path, built


@pytest.fixture(scope="session")
def corpus_path(corpus_build) -> Path:
    return corpus_build[0]


def _fingerprint(path: Path) -> tuple:
    """What a write to a SQLite file changes: the main file's size and time, and its WAL's size."""
    main = path.stat()
    wal = Path(f"{path}-wal")
    return main.st_size, main.st_mtime_ns, wal.stat().st_size if wal.exists() else 0


@pytest.fixture(autouse=True)
def _shared_corpus_kept_whole(request):
    """``corpus_path`` is read by every test of a worker after it: a test that writes to it (a sweep storing its
    results, a killed process) fails here, by name, instead of a later test finding the file damaged (CI, round 13:
    four tests of one worker got "database disk image is malformed" from it). Tests that write take a copy
    (tests/sweep_helpers.copy_db)."""
    if "corpus_path" not in request.fixturenames:
        yield
        return
    path = request.getfixturevalue("corpus_path")
    before = _fingerprint(path)
    yield
    if _fingerprint(path) != before:
        pytest.fail(f"{request.node.nodeid} wrote to the shared corpus {path}: take a copy (copy_db)")


@pytest.fixture(scope="session")
def corpus(corpus_build, tmp_path_factory) -> Store:
    """The session's open store, on a copy of its own: tests that hand ``corpus_path`` to a command in another
    process (sweeps writing their state, a review killed by a signal) cannot disturb the connection every other
    test reads through (a worker's store went "disk I/O error" mid-run in round 12 while sharing the file)."""
    own = tmp_path_factory.mktemp("store") / "corpus.db"
    shutil.copyfile(corpus_build[0], own)
    store = Store(own)
    yield store
    store.close()


@pytest.fixture
def shared() -> Path:
    """../shared beside the checkout (read-only); tests that need it skip without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared 不存在")
    return SHARED


def pytest_collection_modifyitems(session, config, items):
    """Modules that need no corpus run first, in their own order. On a fresh checkout the corpus is built once
    (about 22 s) by the first worker that needs it while the other waits for it; with the corpus-free modules
    first, the waiting is spent on them instead. Items of a module stay together (module fixtures are set up
    once) and the order is the same in every worker, as pytest-xdist requires."""
    modules: dict[str, list] = {}
    for item in items:
        modules.setdefault(item.nodeid.split("::", 1)[0], []).append(item)
    needs = {m: any("corpus_build" in getattr(i, "fixturenames", ()) for i in group) for m, group in modules.items()}
    items[:] = [i for m, group in sorted(modules.items(), key=lambda kv: needs[kv[0]]) for i in group]
