"""New clauses of a fixture file (tests/fixtures/rewordings/NAME.toml), reviewed as bench/rewording_eval.py frames a
new clause (第二条 of a three-article county draft, or of an agreement of the case's kind): a problem clause must be
flagged in its category, a look-alike not at all. Shared by the per-round clause tests (test_lead17, test_lead18).

``findings_on_article`` frames a clause the older way the round-16 to round-18 tests read it: 第二条 of a county draft
whose title the test chooses, reviewed as a 规范性文件; its findings of error or warning on that article."""

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
                text=case["text"], header=case.get("header", ""), doc_kinds=tuple(case.get("doc_kinds", ())),
                title=case.get("title", ""))
    kind = "contract" if case["category"] == "contract" else "normative"
    assert_judged([f for f in review_text(text, kind, corpus, rules) if f.severity in FLAGGING], case)


def assert_judged(found: list, case: dict, category: str = "") -> None:
    """A problem among ``found`` in its category (``category``, else the case's own, counting every category a merged
    finding stands for); a look-alike with nothing found."""
    if case["polarity"] == "positive":
        categories = {c for f in found for c in (f.detail.get("categories") or [f.category])}
        assert (category or case["category"]) in categories, (case["text"], [(f.rule, f.category) for f in found])
    else:
        assert not found, (case["text"], [(f.rule, f.category) for f in found])


COUNTY_DRAFT = "梧桐县城乡管理若干规定（送审稿）"


COUNTY_PURPOSE = "为了加强本县城乡管理，结合本县实际，制定本规定。"


def findings_on_article(corpus, rules, text: str, header: str = "", title: str = COUNTY_DRAFT,
                        purpose: str = COUNTY_PURPOSE, name: str = "clause.txt") -> list:
    """The error and warning findings on 第二条 of a three-article county draft (``title``, its 第一条 ``purpose``)
    whose 第二条 is ``text`` (under its list ``header`` when it has one)."""
    from review.engine import ReviewOptions, review_document
    from review.metadata import apply_metadata
    from review.readers import build_document

    body = [f"第二条　{header}", text] if header else [f"第二条　{text}"]
    lines = [title, "", f"第一条　{purpose}", *body,
             "第三条　本规定自2027年1月1日起施行，有效期五年。"]
    doc = apply_metadata(build_document(name, lines, "txt"))
    opinion = review_document(doc, corpus, rules, ReviewOptions(as_of="2026-12-01", kind="normative"))
    return [f for f in opinion.findings if f.clause is not None and f.clause.label.startswith("第二条")
            and f.severity in ("error", "warning")]
