"""Round 37 (fc37, issue 8): designated providers named without the word 指定 — a business, a citizen or a lower body
bound to buy from, insure with, connect to, use, hire or choose among the providers the government named, listed, made
定点 or runs one platform for, with the others excluded or a benefit kept for the choice; and the lawful look-alikes
(bench/README.md, "Round 37 — fc37")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("fc37.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_fc37_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


# ---- the reading (review/norms/chosen_provider.py): provider, act, tie, guard
from review.norms.chosen_provider import exemptions, provider_ties  # noqa: E402


@pytest.mark.parametrize("sentence, tie", [
    ("见义勇为人员意外伤害保险，由县见义勇为基金会统一向县人保财险支公司投保，各乡镇不得另行选择承保机构。", "excluded"),
    ("出租房屋的智能门禁应当接入县智慧社区平台运营商提供的系统，不得自行选用其他品牌产品。", "excluded"),
    ("畜禽养殖场委托第三方处理粪污的，应当在乡镇推荐的三家处理企业中选择。", "bound"),
    ("列入县电动自行车推荐品牌目录的车辆方可办理登记上牌。", "only_listed"),
    ("人员密集场所应当安装县消防救援大队推荐的独立式感烟火灾探测报警器。", "bound"),
])
def test_provider_tie(sentence, tie):
    (found,) = provider_ties(sentence)
    assert found.tie == tie and not found.guard


def test_a_benefit_graded_by_the_choice_is_read_over_the_semicolon():
    first = "企业选用县数字经济联盟成员单位提供上云服务的，按合同金额的百分之三十给予补助；"
    (found,) = provider_ties("选用其他服务商的，按百分之十给予补助。", before=first)
    assert found.tie == "graded" and "联盟成员单位" in found.provider and not found.guard


@pytest.mark.parametrize("sentence, guard", [
    ("企业和社会组织可以自主选择已备案的刻章企业，任何单位不得指定或者推荐刻章企业。", "protective"),
    ("县市场监管局建设的追溯平台向经营者免费开放，经营者可以自愿接入，也可以使用其他符合国家标准的系统。", "choice_kept"),
    ("县教育局通过公开招标确定的学生饮用奶供应企业负责配送，其他企业不得进入校园推销。", "procured"),
    ("使用实行强制检定的工作计量器具的单位，应当向县市场监管局确定的计量检定机构申请周期检定。", "statute"),
])
def test_provider_tie_guards(sentence, guard):
    assert [t.guard for t in provider_ties(sentence)] in ([guard], [])


def test_no_tie_without_a_chosen_provider():
    assert provider_ties("各乡镇采购办公设备，应当通过政府采购电子卖场按照规定程序自行选择供应商。") == []
    assert provider_ties("居民购买符合一级能效标准的家电的，不论在何处购买，均按售价的百分之十给予补贴。") == []


@pytest.mark.parametrize("sentence, laid", [
    ("县城投集团开发建设的商品房项目，其预售资金可以不纳入重点监管额度。", True),
    ("县城投集团所属物业公司管理的小区，不参加年度物业服务企业信用评价，直接认定为信用A级。", True),
    # guards: every firm alike; no firm of the government's
    ("县国有企业开发的商品房项目与其他开发企业一样，预售资金全部纳入重点监管。", False),
    ("开发企业的商品房项目，其预售资金可以不纳入重点监管额度。", False),
])
def test_state_firm_exempted(sentence, laid):
    assert any(not g for *_, g in exemptions(sentence)) is laid
