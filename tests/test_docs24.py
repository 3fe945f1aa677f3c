"""Round 24 (docs24, issue 9): two classes of the sweep's missed labels read as a reviewer reads them.

* a right or benefit withdrawn as the means to make someone comply (取消其资格, 停止支付待遇, 不予办理学籍, 辞退解雇、
  收回房屋: C-RIGHTS-02) and sensitive data made a benefit's condition (C-RIGHTS-SENSITIVE-INFO) are kept by the
  sweep when the norm reading confirms them; the refusal of the very request a condition is not met for (不予受理,
  不予登记) is not (review.engine.refuses_the_request);
* a catch-all paper as a numbered item closing a list written inline in one paragraph (D001 户口审批规范: （三）须提供
  的证件证明：1.……；10．其他必要的证件证明。) is read with the list's lead-in, however far before it (C-PROOF-02,
  proof.catch_all_item + proof.inline_lead).

My own clauses (tests/fixtures/rewordings/docs24.toml) are judged in review and in the sweep.
"""

from __future__ import annotations

import pytest

from bench import rewording_eval
from review.engine import ReviewOptions, refuses_the_request, review_document
from review.rules import load_packs
from review.sweep import SWEEP_TOPICS
from tests.new_clauses import check_clause, clause_param, fixture_cases
from tests.real_lines import AS_OF, DOCS

needs_docs = pytest.mark.skipif(not DOCS.is_dir(), reason="../shared/data/documents 不存在")
PACKS = load_packs()


@pytest.mark.parametrize("stem,index,case", [clause_param(*c) for c in fixture_cases("docs24.toml")])
def test_own_clauses_review(stem, index, case, corpus):
    check_clause(corpus, PACKS, case)


@pytest.mark.parametrize("stem,index,case", [clause_param(*c) for c in fixture_cases("docs24.toml")])
def test_own_clauses_sweep(stem, index, case, corpus, monkeypatch):
    monkeypatch.setattr(rewording_eval, "SWEEP", True)
    check_clause(corpus, PACKS, case)


# -- the refusal of the request at hand, against a right withdrawn ---------------------------------------------------
@pytest.mark.parametrize("rule,quote,refusal", [
    ("C-RIGHTS-02", "不予受理", True),                                          # the application answered (D037)
    ("C-RIGHTS-02", "不予登记常住户口", True),                                  # the registration asked for (D076)
    ("C-RIGHTS-02", "要求享受医疗保险待遇和服务的，定点医疗机构和市社会保险机构不予受理", True),   # D030
    ("C-RIGHTS-02", "取消其资格", False),                                       # a qualification held, withdrawn (D086)
    ("C-RIGHTS-02", "市社会保险机构自次月起停止支付医疗保险待遇", False),         # a benefit due, stopped (D030)
    ("C-RIGHTS-02", "不予办理学籍", False),                                     # a third party's status (D018)
    ("C-RIGHTS-02", "取消资格，三年内不予受理其申请", False),                   # a bar for a period, not the answer
    ("C-RIGHTS-ACCESS", "不予受理", False),                                     # only C-RIGHTS-02's measure is read
])
def test_refuses_the_request(rule, quote, refusal):
    assert refuses_the_request(rule, quote) is refusal


def _swept_doc(doc_id: str, corpus):
    from review.readers import read_document

    path = next(DOCS.glob(f"{doc_id}_*"))
    return review_document(read_document(path), corpus, PACKS,
                           ReviewOptions(as_of=AS_OF, topics=tuple(SWEEP_TOPICS), upper_law=False))


def _quotes(opinion, rule: str) -> list[str]:
    out = []
    for f in opinion.findings:
        if f.rule == rule and f.severity in ("error", "warning"):
            out.append(f.quote)
            out += [p.get("quote") or "" for p in f.detail.get("folded") or ()]
    return out


@needs_docs
@pytest.mark.parametrize("doc_id,words", [
    ("D086", "取消其资格"),                     # 积分落户 withdrawn after the fact (labelled penalty/rights)
    ("D018", "不予办理学籍"),                   # a school's breach visited on its pupils (labelled rights/penalty)
])
def test_sweep_keeps_a_right_withdrawn(doc_id, words, corpus):
    assert any(words in q for q in _quotes(_swept_doc(doc_id, corpus), "C-RIGHTS-02"))


@needs_docs
@pytest.mark.parametrize("doc_id,words", [
    ("D030", "不予受理"),                       # 不按规定出示社会保障卡……不予受理: the request answered
    ("D076", "不予登记常住户口"),               # 非住宅用房、违法建造的房屋，不予登记常住户口
])
def test_sweep_leaves_the_refusal_of_the_request(doc_id, words, corpus):
    assert not any(words in q for q in _quotes(_swept_doc(doc_id, corpus), "C-RIGHTS-02"))


@needs_docs
def test_inline_catch_all_items_found(corpus):
    """D001: each 须提供的证件证明 list ends with 其他（必要的）证件证明, inline in one paragraph (6 labelled)."""
    opinion = _swept_doc("D001", corpus)
    quotes = _quotes(opinion, "C-PROOF-02")
    assert sum("其他必要的证件证明" in q for q in quotes) >= 3, quotes
    assert sum("其他证件证明" in q for q in quotes) >= 3, quotes
