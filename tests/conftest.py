"""Shared fixtures. ``corpus`` is a real store built from the shipped default corpus snapshot, once per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from statutes.importers.default import build_default_corpus
from statutes.store import Store

# Property tests (tests/test_properties.py): a quick deterministic default; FASHEN_HYPOTHESIS_PROFILE=ci runs
# 2,000 examples per target (bench/README.md has the time). No example database is written into the checkout.
settings.register_profile("default", max_examples=int(os.environ.get("FASHEN_HYPOTHESIS_DEFAULT", "150")),
                          deadline=None, derandomize=True, database=None, print_blob=True)
settings.register_profile("ci", max_examples=2000, deadline=None, database=None, print_blob=True)
settings.load_profile(os.environ.get("FASHEN_HYPOTHESIS_PROFILE", "default"))

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
