"""Round 28 wave 2 (issue 8, misc28b) — set Z's fair-competition and fee misses read by engine cause:

* fair competition: a benefit, a price or an order graded by the class of firm — where it is seated or registered, or
  who owns it — two grades for two classes or one class put after the other (review/norms/graded.py);
* fair competition: a price between private parties fixed by a body with their own bargaining shut (双方不得另行
  约定) — the shut door is not the parties' own deal (review/norms/competition.py ``_OWN_DEAL``, FC-PRICE's unless);
* fee: a share taken (提取/抽取/提成) at a rate of another's money by a body; rent as the base of a rate, not the rent
  paid; 签订合同前 as a time where the money goes to a public account (review/norms/charge.py, fees.toml).

Rows are real inputs: set Z's clauses the base missed, the rewordings of tests/fixtures/rewordings/misc28b.toml
(written first, other sectors), and lawful look-alikes of the same surfaces.
"""

from __future__ import annotations

import pytest

from review.norms.charge import charges
from review.norms.competition import price_floors
from review.norms.graded import graded_classes
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

GRADED = [
    # (sentence, kind) — two grades by place, the class a relative clause of the seat (set Z novel_bp:94)
    ("对新流转土地五百亩以上的农业企业，总部设在本县的按每亩一百元给予一次性奖励，县外企业按每亩五十元给予奖励。", "differ"),
    # one class put after the other by its owner (set Z novel_bn:98)
    ("社会力量举办的医疗机构申报县级临床重点专科的，在同等条件下排在政府举办的医疗机构之后予以考虑。", "favour"),
    # two grades by owner: 国有 against 民营, 国有 against 其他
    ("承担地方储备粮代储任务的企业，国有粮食企业按每吨每年八十元拨付保管费用，民营粮食企业按每吨每年六十元拨付保管费用。", "favour"),
    ("人民防空工程平时出租的，国有企业承租的按租金标准的百分之五十收取租金，其他企业承租的按租金标准全额收取。", "favour"),
    # 县内 against 县外, a full price against a share
    ("防雷装置检测机构承接本县公共建筑防雷检测的，县内机构按检测收费标准全额结算，县外机构按检测收费标准的百分之八十结算。", "differ"),
    # one class before the other (优先于)
    ("农产品流通企业申报冷链物流补助项目的，供销合作社系统企业优先于其他社会企业予以安排。", "favour"),
]

NOT_GRADED = [
    # (sentence) — why it is lawful or no grade by class
    "会展企业在本市举办展会的，不论注册地在本市或者外地，均按展位面积每平方米三十元给予补贴。",        # one standard
    "家政服务企业吸纳就业的，小型微型企业每吸纳一人奖励二千元，其他企业每吸纳一人奖励一千元。",        # by size
    "快递企业吸纳脱贫人口就业的，每吸纳一名脱贫人口补助三千元，吸纳其他人员的每人补助一千元。",        # by who is hired
    "本县企业和县外企业参加农产品展销会的，均按每个展位二千元给予补贴。",                            # the same figure
]

GUARDED = [
    # (sentence) — read, but lawful: a price regime the law sets; a protective clause
    "公办幼儿园保育教育费实行政府指导价，每生每月不超过三百元；民办幼儿园保育教育费实行市场调节价，每学期调整不超过百分之十。",
    "民办培训机构与公办学校举办的培训机构申请政府购买服务项目的，在同等条件下平等对待，不得排在公办学校举办的培训机构之后。",
]

SHARES = [
    # (sentence, the words the charge stands on) — a share of another's money taken by a body (set Z novel_bp:42)
    ("农户之间流转土地经营权的，由村集体经济组织按流转价款的百分之三提取统筹资金，用于村级公益事业建设。", "提取统筹资金"),
    ("快递企业在乡镇设立末端服务网点的，由乡镇人民政府按其营业收入的百分之二提取网点管理资金。", "提取网点管理资金"),
    # rent as a rate's base: the money paid is the deposit
    ("展会主办单位应当按展位租金总额的百分之三向县会展工作办公室缴纳展会安全保障金。", "展会安全保障金"),
    # 签订合同前 a time; the money into a township's fiscal account (set Z novel_bp:44)
    ("参与高标准农田建设项目的施工企业，签订合同前须另行交纳合同金额百分之五的信誉保证金，并以现金方式存入乡镇财政专户。", "信誉保证金"),
]

NOT_SHARES = [
    "村集体经济组织按当年收益的百分之十提取公积公益金。",                  # the collective's own income
    "由县住房公积金管理中心按规定提取住房公积金。",                        # an account drawn, no rate
    "由县财政按土地出让收入的百分之十提取农田水利建设资金。",              # the budget's own money
    "中标人应当在签订合同前向招标人提交履约保证金。",                      # the counter-party's deposit
]


@pytest.mark.parametrize("sentence, kind", GRADED)
def test_graded(sentence, kind):
    found = graded_classes(sentence)
    assert found and found[0][0] == kind and not found[0][3], (sentence, found)


@pytest.mark.parametrize("sentence", NOT_GRADED)
def test_not_graded(sentence):
    assert not graded_classes(sentence), sentence


@pytest.mark.parametrize("sentence", GUARDED)
def test_graded_guarded(sentence):
    assert all(f[3] for f in graded_classes(sentence)), sentence


@pytest.mark.parametrize("sentence, words", SHARES)
def test_share_charged(sentence, words):
    found = charges(sentence)
    assert found and words in sentence[max(0, found[0].start - 4):found[0].end + 6], (sentence, found)


@pytest.mark.parametrize("sentence", NOT_SHARES)
def test_no_share_charged(sentence):
    assert not charges(sentence), sentence


PRICE_SHUT = [
    # (sentence) — a body fixes the price, the parties' bargaining shut (set Z novel_bp:95; misc28b.toml)
    "全镇土地经营权流转价格由镇人民政府统一核定为每亩每年六百元，流转双方不得另行约定价格。",
    "全县家政服务住家保姆月服务价格由县商务局统一核定为四千五百元，家政企业与雇主双方不得另行约定价格。",
]


@pytest.mark.parametrize("sentence", PRICE_SHUT)
def test_price_shut_not_own_deal(sentence):
    found = price_floors(sentence)
    assert found and not found[0][2], (sentence, found)


def test_price_by_parties_own_deal():
    # the parties' own bargaining stays the guard (土地经营权流转价格由流转双方协商确定)
    assert not [f for f in price_floors("土地经营权流转价格由流转双方协商确定，乡镇人民政府不得统一规定流转价格。") if not f[2]]


RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in fixture_cases("misc28b.toml")])
def test_misc28b_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
