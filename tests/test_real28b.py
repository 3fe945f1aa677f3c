"""Round 28 wave 2 (real28b, issue 9: the 'near' misses of the labelled real documents).

依法追究（相关人员、法律、刑事）责任 added after a measure the sentence sets is the law's own accountability and no basis of
that measure: D004 第四十二条 (取消公共租赁住房保障资格……自……取消之日起5年内不再受理……申请，并依法追究相关人员责任) was
refused by the basis guard while 第四十一条, the same bar with the accountability after a semicolon, was found.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from review.match import norm_confirms
from review.office import Office
from review.rules import load_packs
from review.sweep import Reviewer, SweepOptions
from tests.new_clauses import assert_judged, findings_on_article
from tests.real_lines import AS_OF, DOCS

needs_docs = pytest.mark.skipif(not DOCS.is_dir(), reason="../shared/data/documents 不存在")
PACKS = load_packs()
RULES = {r.id: r for r in PACKS}
CASES = tomllib.loads((Path(__file__).parent / "fixtures" / "rewordings" / "real28b.toml").read_text("utf-8"))["case"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["text"][:16])
def test_accountability_clauses(case, corpus):
    # review: the bar found as penalty, the look-alikes not flagged
    assert_judged(findings_on_article(corpus, PACKS, case["text"], case.get("header", "")), case)


@pytest.mark.parametrize("rule,text,confirmed", [
    # the bar, then the accountability in the same sentence (D004 第四十二条)
    ("C-PENALTY-03", "有下列情形之一的，取消公共租赁住房保障资格，自公共租赁住房保障资格取消之日起5年内不再受理申请人及共同申请的"
     "家庭成员住房保障申请，并依法追究相关人员责任", True),
    # 构成犯罪的，依法追究刑事责任 after the bar
    ("C-PENALTY-03", "承储企业虚报储备粮数量的，五年内不得参加地方储备粮承储企业遴选，构成犯罪的，依法追究刑事责任", True),
    # the bar itself laid 依法 keeps its basis
    ("C-PENALTY-03", "承储企业虚报储备粮数量的，依法取消其承储资格，五年内不得参加承储企业遴选", False),
])
def test_norm_confirms(rule, text, confirmed):
    assert norm_confirms(RULES[rule], text + "。", text, "") is confirmed


@needs_docs
def test_d004_both_bars(corpus):
    path = next(DOCS.glob("D004_*"))
    row = Reviewer(corpus, PACKS, SweepOptions(as_of=AS_OF, office=Office.parse("广州市"))).review(path)
    quotes = sorted(f["quote"] for f in row["findings"]
                    if f["rule"] == "C-PENALTY-03" and f["severity"] in ("error", "warning"))
    assert quotes == ["自公共租赁住房保障申请或资格取消之日起5年内不再受理该申请人及共同申请的家庭成员住房保障申请",   # 第四十一条
                      "自公共租赁住房保障资格取消之日起5年内不再受理申请人及共同申请的家庭成员住房保障申请"]   # 第四十二条
