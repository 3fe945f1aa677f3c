"""Upper-law matching ignores repealed and lapsed works (review/engine.py): a clause restating one has lost its
basis — a repealed-law finding, never a "faithful restatement" that would excuse the measure it sets."""

from __future__ import annotations

import pytest

from review.engine import ReviewOptions, upper_law_findings
from review.model import Clause

# 大气污染防治法 第八十二条第二款 — repealed on 2026-08-15 by the 生态环境法典 (in the default corpus, [DB])
RESTATED = "禁止生产、销售和燃放不符合质量标准的烟花爆竹。任何单位和个人不得在城市人民政府禁止的时段和区域内燃放烟花爆竹。"


@pytest.mark.parametrize("as_of, rule", [
    ("2026-12-01", "UPPER-REPEALED"),     # the restated law is gone: a repealed-basis finding
    ("2025-06-30", None),                 # still in force then: an ordinary restatement, no repeal finding
])
def test_restating_a_repealed_law(corpus, as_of, rule):
    clause = Clause(index=0, label="第五条", text=RESTATED, start=0, end=len(RESTATED), paragraph=0)
    findings, matched = upper_law_findings([clause], corpus, ReviewOptions(as_of=as_of))
    got = [f for f in findings if f.rule == "UPPER-REPEALED"]
    if rule is None:
        assert not got
        return
    [f] = got
    assert f.category == "repealed-law" and "大气污染防治法" in f.problem and "2026年8月15日" in f.problem
    assert 0 not in {i for i, (_, faithful) in matched.items() if faithful}   # never a faithful restatement


def test_a_lapsed_instrument_without_a_recorded_date_is_not_the_upper_law(corpus):
    """信访条例 (2005) is 失效 in the corpus with no date of lapse (LawRefBook's expired flag; 信访工作条例 replaced it in
    2022): a clause restating its 第三十四条 with a shorter period is not "altered from 信访条例" — it restates a
    lapsed instrument. With no date of lapse it is left out of the matching, without a repealed-law finding of its own
    (which on real documents fell on benefits and local regulations' own liability items)."""
    text = "信访人对处理意见不服的，应当自收到书面答复之日起十五日内请求原办理机关的上一级机关复查。"
    clause = Clause(index=0, label="第九条", text=text, start=0, end=len(text), paragraph=0)
    findings, _ = upper_law_findings([clause], corpus, ReviewOptions(as_of="2026-12-01"))
    assert not [f for f in findings if f.upper is not None and f.upper.law == "信访条例" and f.rule != "UPPER-REPEALED"]
    assert not [f for f in findings if f.rule == "UPPER-REPEALED"]
