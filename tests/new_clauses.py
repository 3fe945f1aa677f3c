"""New clauses of a fixture file (tests/fixtures/rewordings/NAME.toml), reviewed as bench/rewording_eval.py frames a
new clause (第二条 of a three-article county draft, or of an agreement of the case's kind): a problem clause must be
flagged in its category, a look-alike not at all. Shared by the per-round clause tests (test_lead17, test_lead18)."""

import tomllib
from pathlib import Path

import pytest

from bench.rewording_eval import FLAGGING, Text, review_text

FIXTURES = Path(__file__).parent / "fixtures" / "rewordings"


def fixture_cases(pattern: str) -> list[tuple[str, int, dict]]:
    """(file stem, index, case) of every case in the fixture files matching ``pattern`` (lead17_*.toml)."""
    return [(path.stem, i, case) for path in sorted(FIXTURES.glob(pattern))
            for i, case in enumerate(tomllib.loads(path.read_text(encoding="utf-8"))["case"])]


def clause_param(stem: str, index: int, case: dict):
    """A problem clause the engine still misses (``known_miss``: why) is a strict expected failure, so a fix shows."""
    marks = [pytest.mark.xfail(strict=True, reason=case["known_miss"])] if case.get("known_miss") else []
    return pytest.param(stem, index, case, marks=marks, id=f"{stem}-{index}")


def check_clause(corpus, rules, case: dict) -> None:
    """The case's clause flagged in its category (a problem) or not at all (a look-alike)."""
    text = Text(rule="NEW-" + case["category"], category=case["category"], polarity=case["polarity"], variant=1,
                text=case["text"], header=case.get("header", ""), doc_kinds=tuple(case.get("doc_kinds", ())))
    kind = "contract" if case["category"] == "contract" else "normative"
    found = [f for f in review_text(text, kind, corpus, rules) if f.severity in FLAGGING]
    if case["polarity"] == "positive":
        categories = {c for f in found for c in (f.detail.get("categories") or [f.category])}
        assert case["category"] in categories, (case["text"], [(f.rule, f.category) for f in found])
    else:
        assert not found, (case["text"], [(f.rule, f.category) for f in found])
