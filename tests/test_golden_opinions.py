"""Whole opinions on the labelled fixture drafts and agreements, compared with golden files a person has read.

Regenerate after a deliberate change with FASHEN_UPDATE_GOLDEN=1 pytest tests/test_golden_opinions.py,
then read the diff as a legal officer would before committing it.
"""

from __future__ import annotations

import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from review.engine import ReviewOptions, review_document
from review.readers import read_document
from review.render import render_markdown
from review.rules import load_packs

HERE = Path(__file__).resolve().parent
FIXTURES = sorted((HERE / "fixtures" / "drafts").glob("*.txt")) + sorted((HERE / "fixtures" / "contracts").glob("*.txt"))
GOLDEN = HERE / "golden" / "opinions"


@pytest.fixture(scope="module")
def rules():
    return load_packs()


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem[:8])
def test_golden_opinion(path, corpus, rules):
    labels = json.loads(path.with_suffix(".labels.json").read_text(encoding="utf-8"))
    op = review_document(read_document(path), corpus, rules, ReviewOptions(as_of=labels["date"]))
    op = replace(op, snapshot=replace(op.snapshot, built_at=""))   # the build time is not part of the opinion
    text = render_markdown(op)
    golden = GOLDEN / f"{path.stem}.md"
    if os.environ.get("FASHEN_UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")
