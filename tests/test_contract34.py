"""Round 34 (contract34, issue 8): the government side of an agreement promises that no rival establishment will be
admitted, the rival named by its place of business (其他二手车交易市场, 其他室内滑冰场馆) rather than by its firm, or that
it will grant the resource to (出让, 出租, 发包) or choose (其他……承接主体) no other party; a government platform's
buyback of the investor's stake at a fixed return is reported as the debt promise it is (K-DEBT), not as a market
activity reserved to the platform; a subsidy a published scheme grants by its own standard is not an unbudgeted
promise; a yield below a threshold topped up by the government side is a return guaranteed (K-DEBT), and a guarantee
liability it undertakes for the firm's loan is a guarantee (K-GUARANTEE) even where the loan is capped (不超过……万元)
(bench/README.md, "Round 34 — contract34")."""

import pytest

from bench.rewording_eval import Text, review_text
from review.norms.lexicon import load_lexicon
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("contract34.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_contract34_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("concept, text, found", [
    # a rival named by its place of business
    ("contract.rival_site", "不再批准设立其他二手车交易市场", True),
    ("contract.rival_site", "不在县城规划区内引进或者批准建设其他室内滑冰、滑雪场馆", True),
    ("contract.rival_site", "不在本县批准设立第二家加油站", True),
    # guard: a place that is not a business, and a thing that is not a place
    ("contract.rival_site", "不得在保护范围内批准建设其他建筑物", False),
    ("contract.rival_site", "其他公共场所", False),
    ("contract.rival_site", "其他费用由乙方承担", False),
    # the government side no longer grants the resource to another party
    ("contract.deal_refused", "甲方不再向其他企业出让养殖用海", True),
    ("contract.deal_refused", "甲方不再另行出租该仓库", True),
    # guard: a bar the supplier bears, read by 不得 alone, is not a promise of the government side
    ("contract.deal_refused", "乙方不得将仓库转租给他人", False),
    # another provider chosen: named by 承接主体
    ("contract.other_party", "其他社区矫正心理辅导服务承接主体", True),
    # a rate of return below a threshold is the gap a top-up fills
    ("contract.shortfall", "项目实际运营收益率低于百分之六的", True),
    ("contract.shortfall", "年度投资回报率未达到约定标准的", True),
    # guard: a difference that is no shortfall of the investor's return
    ("contract.shortfall", "差额部分由甲方补偿给乙方", False),
])
def test_contract34_concepts(concept, text, found):
    assert load_lexicon().has(concept, text) is found


def test_platform_buyback_is_reported_as_a_debt_promise(corpus):
    # the finding shown is K-DEBT (预算法 第三十五条), the reservation reading yields to it on the same sentence
    text = "合作期满，由县城投公司回购乙方所持项目公司全部股权，回购价款为乙方投资本金加年化百分之七的收益。"
    t = Text(rule="NEW-contract", category="contract", polarity="positive", variant=1, text=text, header="",
             doc_kinds=())
    found = review_text(t, "contract", corpus, RULES)
    assert [f.rule for f in found] == ["K-DEBT"], [(f.rule, f.category) for f in found]
