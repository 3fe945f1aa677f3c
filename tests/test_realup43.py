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
_NO_LAW = "the clause's best search hit is below UPPER_MIN_SCORE or the sentence names no subject of its law"
SWEEP_MISSES: dict[int, str] = {
    0: _NO_LAW + " (行政处罚法 第六十四条 at 52)",
    1: "the best hit is 出境入境边防检查条例 第四十二条 (chance), not 行政复议法 第二十条; C-POWER-REMEDY only",
    2: _NO_LAW + " (政府信息公开条例 第三十三条 not among the hits)",
    3: _NO_LAW + " (劳动法 第二十一条 at 38)",
    4: "劳动法 第四十四条 found (61) but the sentence names no 劳动 (names_own_law)",
    5: "社会保险法 第五十八条 found (79) but no change read (招用农民工之日 / 用工之日)",
    6: "税收征收管理法 第十五条 found but the sentence names no pair of 税收征收 (names_own_law)",
    7: "行政处罚法 第七十二条 found; the change is not kept (no figure change read as sure for the same act)",
    10: _NO_LAW + " (行政处罚法 第六十八条 at 54); C-PENALTY-01 only",
    14: "the best hit is 反间谍法 第六十八条 (chance), not 行政复议法 第二十条; C-POWER-REMEDY only",
    15: _NO_LAW + " (行政处罚法 第六十四条 at 55 with 国际海运条例 beside it); C-POWER-REMEDY only",
    16: "劳动合同法 第十九条 found (64) but 二个月 against 一个月 is not read as the same figure's use (same_figure_for)",
}
# look-alikes the sweep flags on base already (not the upper-law topic)
SWEEP_FLAGGED: dict[int, str] = {
    27: "C-PENALTY-01 reads 执法人员当场收缴罚款的 as laying a penalty (base43 behaviour of the sweep; the review path "
        "does not flag it)",
}


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
    known = SWEEP_MISSES if case["polarity"] == "positive" else SWEEP_FLAGGED
    marks = [pytest.mark.xfail(strict=True, reason=known[index])] if index in known else []
    return pytest.param(index, case, marks=marks, id=f"sweep-{stem}-{index}")


@pytest.mark.parametrize("index, case", [_sweep_param(*c) for c in CASES])
def test_realup43_sweep(corpus, tmp_path, index, case):
    found = sweep_findings(corpus, case, tmp_path)
    if case["polarity"] == "positive":
        categories = {c for f in found for c in ((f.get("detail") or {}).get("categories") or [f["category"]])}
        assert "upper-law" in categories, (case["text"], [(f["rule"], f["category"]) for f in found])
    else:
        assert not found, (case["text"], [(f["rule"], f["category"], f["problem"][:80]) for f in found])


# ---- review.clause_laws' guards on their own (real sentences of the labelled documents and of the fixture)
from review.clause_laws import lays_own_rule, whole_sentence  # noqa: E402


@pytest.mark.parametrize("sentence, read", [
    ("养老机构招用护理员的，应当自用工之日起三个月内与其订立书面劳动合同。", True),
    # a term's bound defined (D124, 公安机关办理行政案件程序规定 quoted), across a scanned page's stray character
    ("前款第三项所称“较\n圳\n大数额罚款”，是指对个人处以二千元以上罚款，对单位处以一万元以上罚款。", False),
    # a norm binding the courts (D124, 监狱法 quoted); a clause sending a party to court binds no court
    ("人民检察院或者人民法院应\n深\n当自收到监狱提请处理意见书之日起六个月内将处理结果通知监狱。", False),
    ("当事人对处罚决定不服的，可以依法向人民法院提起行政诉讼。", True),
])
def test_lays_own_rule(sentence, read):
    assert lays_own_rule(sentence) is read


def test_whole_sentence_across_line_breaks():
    text = "监狱认为判决可能有\n错误的，应当提请处理，人民法院应\n深\n当自收到意见书之日起六个月内将处理结果通知监狱。下一句。"
    assert whole_sentence(text, "当自收到意见书之日起六个月内将处理结果通知监狱。").startswith("监狱认为判决")
