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
