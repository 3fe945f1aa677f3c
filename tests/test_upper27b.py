"""Upper-law round 27 wave 2, upper27b (bench/README.md, "Round 27 wave 2 — upper27b"): a rule carried over the case
the upper article rules otherwise (review.compare.extended).

The clause states a rule and names a case with a sameness marker (亦同, 亦不例外, 也不例外, 亦适用, 也应当, 同样需要);
the article names that case in an exemption (但书, 除外, 不属于, 可以免于, 可以提高) or in a sibling stretch with another
bearer or figure. Articles as read in the corpus (/tmp/c3.db, 2026-12-05): 食品安全法实施条例 第四十二条, 融资担保公司
监督管理条例 第十五条, 无证无照经营查处办法 第三条, 不动产登记暂行条例 第十四条, 政府信息公开条例 第四十二条."""

from __future__ import annotations

import pytest

from review.compare import compare
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

RULES = load_packs()
RECHECK = ("依照食品安全法第八十八条的规定申请复检的，申请人应当向复检机构先行支付复检费用。复检结论表明食品不合格的，复检费用"
           "由复检申请人承担；复检结论表明食品合格的，复检费用由实施抽样检验的食品安全监督管理部门承担。\n"
           "复检机构无正当理由不得拒绝承担复检任务。")
GUARANTEE = ("融资担保公司的担保责任余额不得超过其净资产的10倍。\n"
             "对主要为小微企业和农业、农村、农民服务的融资担保公司，前款规定的倍数上限可以提高至15倍。")
UNLICENSED = ("下列经营活动，不属于无证无照经营：\n(一)在县级以上地方人民政府指定的场所和时间，销售农副产品、日常生活用品，或者"
              "个人利用自己的技能从事依法无须取得许可的便民劳务活动；\n(二)依照法律、行政法规、国务院决定的规定，从事无须取得"
              "许可或者办理注册登记的经营活动。")
INFO_FEE = ("行政机关依申请提供政府信息，不收取费用。但是，申请人申请公开政府信息的数量、频次明显超过合理范围的，行政机关可以"
            "收取信息处理费。")


def _extended(clause: str, upper: str) -> list:
    return [c for c in compare(clause, upper).changes if c.kind == "exception_removed" and "另作规定" in c.message]


@pytest.mark.parametrize("clause, upper", [
    # V novel_be:135: 合格的亦同 against the sibling sentence that puts the cost on the sampling department
    ("申请食品复检的，复检费用一律由复检申请人承担，复检结论表明食品合格的亦同。", RECHECK),
    # the same with 也不例外 and no 一律
    ("复检费用由复检申请人承担，复检结论表明食品合格的也不例外。", RECHECK),
    # W novel_bi:131: 亦适用该上限 against the paragraph that lets the cap rise (可以提高)
    ("融资担保公司的担保责任余额不得超过其净资产的十倍，主要为小微企业和农户服务的融资担保公司亦适用该上限。", GUARANTEE),
    # V novel_be:137 shape: the marker opens its phrase; the case is the phrase before, an item under 不属于
    ("个人利用自己的技能从事依法无须取得许可的便民劳务活动的，亦应当办理营业执照。", UNLICENSED),
])
def test_case_carried_over(clause, upper):
    assert len(_extended(clause, upper)) == 1


@pytest.mark.parametrize("clause, upper", [
    # 先行支付 is the article's rule whatever the result: the marker carries a rule the article keeps for the case
    ("申请食品复检的，申请人应当向复检机构先行支付复检费用，复检结论表明食品合格的亦同。", RECHECK),
    # a case the article does not name (县属融资担保公司 is not the 小微 case)
    ("融资担保公司的担保责任余额不得超过其净资产的10倍，县属国有融资担保公司亦同。", GUARANTEE),
    # the organ's own discretion (行政机关可以收取) waived: no burden added on the public
    ("依申请提供政府信息的，不收取费用，申请公开政府信息的数量、频次明显超过合理范围的亦同。", INFO_FEE),
    # the faithful restatement, no marker
    ("融资担保公司的担保责任余额不得超过其净资产的10倍；主要为小微企业和农户服务的融资担保公司，倍数上限可以提高至15倍。",
     GUARANTEE),
])
def test_case_not_carried_over(clause, upper):
    assert _extended(clause, upper) == []


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in fixture_cases("upper27b.toml")])
def test_upper27b_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
