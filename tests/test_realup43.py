"""Round 43 (realup43, issue 9): clauses whose governing law is not the one their document names (a sector measure's
clause on 听证, 行政复议, 试用期, 社会保险登记 …), and lawful look-alikes in the same settings
(tests/fixtures/rewordings/realup43.toml; bench/README.md, "Round 43 — realup43").

The fixture runs twice: through the review path (``check_clause``, the corpus-wide comparison) and through the sweep
path (``sweep_findings``: the case as 第二条 of a three-article county measure under its title, reviewed by
``review.sweep.Reviewer`` with the sweep's topics), where review.clause_laws chooses the law by the clause's own
search."""

from pathlib import Path

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("realup43.toml")
RULES = load_packs()
AS_OF = "2026-12-01"
# the sweep's known misses (positives the clause's own search or the governing comparison does not reach), by index
SWEEP_MISSES: dict[int, str] = {}


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_realup43_review(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


def sweep_findings(corpus, case: dict, folder: Path) -> list[dict]:
    """The error and warning findings the sweep lays on the case's clause, framed as 第二条 of a county measure."""
    from review.sweep import Reviewer, SweepOptions

    lines = [case.get("title") or "梧桐县管理办法", "", "第一条　为了规范本县有关管理工作，结合本县实际，制定本办法。",
             f"第二条　{case['text']}", "第三条　本办法自2027年1月1日起施行，有效期五年。"]
    path = folder / "draft.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = Reviewer(corpus, RULES, SweepOptions(as_of=AS_OF)).review(path)
    return [f for f in result.get("findings") or [] if f.get("severity") in ("error", "warning")
            and (f.get("clause") or {}).get("label", "").startswith("第二条")]


def _sweep_param(stem, index, case):
    marks = [pytest.mark.xfail(strict=True, reason=SWEEP_MISSES[index])] \
        if case["polarity"] == "positive" and index in SWEEP_MISSES else []
    return pytest.param(index, case, marks=marks, id=f"sweep-{stem}-{index}")


@pytest.mark.parametrize("index, case", [_sweep_param(*c) for c in CASES])
def test_realup43_sweep(corpus, tmp_path, index, case):
    found = sweep_findings(corpus, case, tmp_path)
    if case["polarity"] == "positive":
        categories = {c for f in found for c in ((f.get("detail") or {}).get("categories") or [f["category"]])}
        assert "upper-law" in categories, (case["text"], [(f["rule"], f["category"]) for f in found])
    else:
        assert not found, (case["text"], [(f["rule"], f["category"], f["problem"][:80]) for f in found])
