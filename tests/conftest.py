"""Shared fixtures. ``corpus`` is a real store built from the shipped default corpus snapshot, once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from statutes.importers.default import build_default_corpus
from statutes.store import Store

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def corpus_build(tmp_path_factory):
    """The default corpus built once per session: (its path, what the build reported)."""
    path = tmp_path_factory.mktemp("corpus") / "corpus.db"
    return path, build_default_corpus(path)


@pytest.fixture(scope="session")
def corpus_path(corpus_build) -> Path:
    return corpus_build[0]


@pytest.fixture(scope="session")
def corpus(corpus_path) -> Store:
    store = Store(corpus_path)
    yield store
    store.close()


@pytest.fixture
def shared() -> Path:
    """../shared beside the checkout (read-only); tests that need it skip without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared 不存在")
    return SHARED
