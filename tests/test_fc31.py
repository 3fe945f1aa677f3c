"""Round 31 (fc31, issue 8): a benefit tied to the government's own or fixed provider with the others' users denied
(review/norms/entry.py ``_tied``), a catalogue's 《title》 closing a picked set and no cited law (entry ``closed_sets``,
effect ``_CITED``), and the fee shapes of a deduction after the rated money, a township as 上缴's object and a compelled
service of a named body priced by the document (review/norms/charge.py) — bench/README.md, "Round 31 — fc31"."""

import pytest

from review.norms.charge import _priced_service, charges
from review.norms.entry import closed_sets, favours
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("fc31/fc31.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_fc31_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("before, sentence, read, guard", [
    # a benefit for the owned provider's users, the others' users denied after ；: read on the denying half
    ("对使用县国有林场出产种苗的农户，给予补助；", "使用其他来源种苗的，不予补助。", True, ""),
    # … a provider a body recommended, in one sentence
    ("", "商户接入区商务局推荐的支付平台的，给予补贴，接入其他平台的不予补贴。", True, ""),
    # guard: a condition of quality, no provider — nothing read
    ("养殖户引进经检疫合格的种猪的，每头补助一百元；", "未经检疫的，不予补助。", False, ""),
    # guard: the others not denied — no tie
    ("", "商户接入区商务局推荐的支付平台的，给予补贴。", False, ""),
    # guard: equal treatment stated — read as lawful
    ("", "商户接入区商务局推荐的支付平台的，给予补贴，不论平台来源同等对待，接入其他平台的不予补贴。", True, "open"),
])
def test_tied_benefit(before, sentence, read, guard):
    found = favours(sentence, "", before)
    assert bool(found) == read
    if read:
        assert found[0][2] == guard


@pytest.mark.parametrize("sentence, read, guard", [
    # a set named by its 《title》 before 中
    ("施工单位应当从县住建局发布的《绿色建材推荐目录》中选用建材。", True, ""),
    # guard: a list the State keeps (read as lawful, or not read at all)
    ("农户应当从县农业农村局公布的《国家农机购置补贴机具目录》中选购机具。", False, "statute"),
    ("农户应当从县农业农村局公布的国家农机补贴目录中选购机具。", False, "statute"),
])
def test_catalogue_title(sentence, read, guard):
    found = closed_sets(sentence)
    if read:
        assert found and found[0][2] == guard
    else:
        assert not found or found[0][2] == guard


@pytest.mark.parametrize("sentence, charged", [
    # the rated money named first, the deduction after it
    ("农户领取的耕地地力保护补贴，按补贴金额的百分之二计提工作经费，由乡镇财政所在发放时直接扣除。", True),
    # guard: the deduction barred
    ("耕地地力保护补贴应当足额发放，不得按比例计提工作经费或者直接扣除。", False),
    # a township as the object of 上缴
    ("民宿经营者应当按照营业收入的百分之一上缴所在乡镇，用于村庄保洁。", True),
    # guard: the state owner's profit
    ("国有企业应当按照年度净利润的百分之十上缴所在乡镇，作为国有资本收益。", False),
    # a compelled service of a named body, priced by the document
    ("快递网点每年应当参加县快递行业协会组织的服务质量评议，评议费用每家二千元。", True),
    # guard: chosen of one's will
    ("快递网点可以自愿参加县快递行业协会组织的服务质量评议，评议费用每家二千元。", False),
])
def test_fee_shapes(sentence, charged):
    assert bool(charges(sentence)) == charged


@pytest.mark.parametrize("sentence, charged", [
    # the compelled service priced per unit settled
    ("侨资企业办理外事接待备案，统一通过县外事服务中心代办，代办服务每件按一百元标准结算。", True),
    # guard: public money bears it (the reading of its own; base31's per-unit reading reads this sentence apart)
    ("快递网点应当参加县快递行业协会组织的服务质量评议，评议费用每家二千元，由县财政承担。", False),
    # guard: the price authority's standard
    ("作业人员应当参加县培训中心组织的考核，考核费按照省价格主管部门核定的标准每人一百元收取。", False),
])
def test_priced_service(sentence, charged):
    assert bool(_priced_service(sentence, "")) == charged
