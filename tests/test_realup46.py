"""Round 46 (realup46, issue 9): conditions 居住证暂行条例 第二条 does not lay, added to the application for a 居住证 —
in the application's sentence, in a list whose lead-in names it, or in an office guide's list under its unnumbered
conditions heading (review.clauses.section_lead; C-UPPER-PERMIT-COND). Fixtures: tests/fixtures/rewordings/realup46.toml
(clauses) and tests/fixtures/guides/realup46.toml (whole guides); bench/README.md, "Round 46 — realup46"."""

import tomllib
from pathlib import Path

import pytest

from review.clauses import section_lead, split_clauses
from review.engine import ReviewOptions, review_document
from review.metadata import apply_metadata
from review.readers import build_document
from review.rules import load_packs
from review.sweep import SWEEP_TOPICS
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("realup46.toml")
RULES = load_packs()
GUIDES = tomllib.loads((Path(__file__).parent / "fixtures" / "guides" / "realup46.toml").read_text(encoding="utf-8"))["guide"]
FLAGGING = ("error", "warning")


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_realup46_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("heads, lead", [
    # a conditions heading under the matter it names: read as the lead-in it stands for
    (["以合法稳定就业申领居住证", "申请条件"], "以合法稳定就业申领居住证，应当具备下列申请条件："),
    (["符合合法稳定就业办理成都市居住证", "前置条件"], "符合合法稳定就业办理成都市居住证，应当具备下列前置条件："),
    (["二、报名条件"], "应当具备下列报名条件："),
    # a heading of another section leads nothing: the procedure, the papers (read elsewhere), a title
    (["申领居住证", "办理流程"], ""),
    (["申领居住证", "所需资料"], ""),
    (["梧桐市居住证办理须知"], ""),
    ([], ""),
])
def test_section_lead(heads, lead):
    assert section_lead(heads) == lead


def _guide(g: dict):
    return apply_metadata(build_document(g["name"] + ".txt", g["lines"], "txt"))


def test_guide_items_take_the_conditions_heading_as_their_header():
    doc = _guide(GUIDES[0])
    headers = {c.text[:2]: c.header for c in split_clauses(doc)}
    assert headers["一、"] == headers["二、"] == "以合法稳定就业申领居住证，应当具备下列申请条件："
    procedure = next(g for g in GUIDES if "办理流程" in g["lines"])
    assert all(not c.header for c in split_clauses(_guide(procedure)))


def _flagged(opinion, line: str) -> list:
    return [f for f in opinion.findings if f.clause is not None and f.clause.text.startswith(line[:8])
            and f.severity in FLAGGING]


def _categories(found) -> set:
    return {c for f in found for c in (f.detail.get("categories") or [f.category])}


@pytest.mark.parametrize("guide", GUIDES, ids=[g["name"] for g in GUIDES])
def test_realup46_guide(corpus, guide):
    doc = _guide(guide)
    review = review_document(doc, corpus, RULES, ReviewOptions(as_of="2026-12-01"))
    sweep = review_document(doc, corpus, RULES, ReviewOptions(as_of="2026-12-01", topics=tuple(SWEEP_TOPICS),
                                                              upper_law=False))
    for line in guide["lines"][3:]:
        wanted = any(line.startswith(x) for x in guide["flagged"])
        if wanted:
            assert guide["category"] in _categories(_flagged(review, line)), line
            if guide.get("sweep"):
                assert guide["sweep"] in _categories(_flagged(sweep, line)), line
        else:
            assert not _flagged(review, line), (line, [f.rule for f in _flagged(review, line)])
            assert not _flagged(sweep, line), (line, [f.rule for f in _flagged(sweep, line)])
