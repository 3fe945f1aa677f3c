"""Upper-law round 21, upper21: what a figure is, read by its structure (bench/README.md, "Round 21 — upper21").

* an age reached (年满十六周岁) is a least age (review.quantities), so raising it narrows who qualifies;
* the item of an article a clause restates is the one whose object the clause names word for word (驾驶电动自行车 is
  (二)驾驶电动自行车和残疾人机动轮椅车, not (一)驾驶自行车、三轮车: review.compare.units);
* a figure the alignment set against another figure of the 款 is left alone where the 款 says the clause's value for
  what the clause's phrase speaks of (顺产的，98天 is 98天产假, not 产前15天: review.compare.figures.said_elsewhere);
* a 不得 that bounds a figure (不得低于……5%) is no prohibition dropped where the clause states a figure of that
  dimension: the figures are compared on their own (review.compare.modals);
* among hits that tie, one holding no figure of a dimension the clause states does not say what the clause says
  (review.engine.closest_hit);
* a best hit below the accepting score whose figure the clause's figure measures the same object of is compared
  (review.engine._UpperReader.by_figure_pair);
* an exception of the law whose case the clause names and lays the rule on all the same (一律, 也应当) is overridden
  (review.engine.overridden_exception);
* a notice lead time is one where a place phrase stands before the notice (提前三十日在首页显著位置持续公示).

Article texts as read in the corpus (2026-12-04)."""

from __future__ import annotations

import pytest

from review.compare import compare
from review.compare.units import best_unit
from review.engine import overridden_exception, same_magnitude
from review.quantities import AGE, find_quantities

BIKE_72 = ("在道路上驾驶自行车、三轮车、电动自行车、残疾人机动轮椅车应当遵守下列规定：\n(一)驾驶自行车、三轮车必须年满12周岁；\n"
           "(二)驾驶电动自行车和残疾人机动轮椅车必须年满16周岁；\n(三)不得醉酒驾驶；")
LEAVE_7 = ("女职工生育享受98天产假，其中产前可以休假15天；难产的，增加产假15天；生育多胞胎的，每多生育1个婴儿，增加产假15天。\n"
           "女职工怀孕未满4个月流产的，享受15天产假；怀孕满4个月流产的，享受42天产假。")
FUND_18 = ("职工和单位住房公积金的缴存比例均不得低于职工上一年度月平均工资的5%；有条件的城市，可以适当提高缴存比例。具体缴存比例由"
           "住房公积金管理委员会拟订，经本级人民政府审核后，报省、自治区、直辖市人民政府批准。")
ECOMMERCE_10 = ("电子商务经营者应当依法办理市场主体登记。但是，个人销售自产农副产品、家庭手工业产品，个人利用自己的技能从事依法无须"
                "取得许可的便民劳务活动和零星小额交易活动，以及依照法律、行政法规不需要进行登记的除外。")
ECOMMERCE_16 = "电子商务经营者自行终止从事电子商务的，应当提前三十日在首页显著位置持续公示有关信息。"
DETENTION_23 = ("违反治安管理行为人有下列情形之一，依照本法应当给予行政拘留处罚的，不执行行政拘留处罚：\n（一）已满十四周岁不满十六周岁"
                "的；\n（二）已满十六周岁不满十八周岁，初次违反治安管理的；\n（三）七十周岁以上的；\n（四）怀孕或者哺乳自己不满一周岁婴儿的。")

DETENTION_23_FULL = (DETENTION_23 + "\n前款第一项、第二项、第三项规定的行为人违反治安管理情节严重、影响恶劣的，或者第一项、第三项规定"
                     "的行为人在一年以内二次以上违反治安管理的，不受前款规定的限制。")


def _material(clause: str, upper: str) -> list[tuple[str, str, str]]:
    return [(c.kind, c.severity, c.message) for c in compare(clause, upper).material()]


@pytest.mark.parametrize("text, lo", [
    ("驾驶电动自行车必须年满16周岁", 16),
    ("驾驶人应当年满十八周岁", 18),
])
def test_an_age_reached_is_a_least_age(text, lo):
    (q,) = [q for q in find_quantities(text) if q.dim == AGE]
    assert (q.mode, q.lo) == ("min", lo)


def test_an_age_under_is_not_read_as_reached():
    (q,) = [q for q in find_quantities("未满十八周岁的人员") if q.dim == AGE]
    assert q.mode != "min"


@pytest.mark.parametrize("clause, label", [
    ("在本县道路上驾驶电动自行车的，驾驶人应当年满十八周岁。", "第（二）项"),
    ("驾驶电动自行车上道路行驶的，驾驶人应当年满16周岁。", "第（二）项"),
    ("在道路上驾驶自行车、三轮车的，应当年满十四周岁。", "第（一）项"),
])
def test_the_item_is_the_one_whose_object_the_clause_names(clause, label):
    assert best_unit(clause, BIKE_72).label.endswith(label)


def test_a_raised_least_age_narrows_who_qualifies():
    changes = _material("在本县道路上驾驶电动自行车的，驾驶人应当年满十八周岁。", best_unit(
        "在本县道路上驾驶电动自行车的，驾驶人应当年满十八周岁。", BIKE_72).text)
    assert [(k, s) for k, s, _ in changes] == [("age", "warning")]
    assert "年满16周岁" in changes[0][2] and "提高" in changes[0][2]


@pytest.mark.parametrize("clause, said", [
    # D049: 顺产的，98天 is the 98天产假; only 难产 增加30天 against 增加产假15天 is a change
    ("（一）女职工生育享受产假：顺产的，98天；难产的，增加30天；生育多胞胎的，每多生育1个婴儿，增加15天；怀孕未满4个月流产的，"
     "15天；怀孕满4个月流产的，42天。", ["“15天”改为“30天”"]),
    ("女职工生育享受98天产假；难产的，增加产假10天。", ["“15天”缩短为“10天”"]),
    ("女职工生育享受90天产假。", ["“98天”缩短为“90天”"]),
    ("女职工生育享受98天产假，其中产前可以休假15天；难产的，增加产假15天。", []),
])
def test_each_period_is_paired_with_the_one_for_its_object(clause, said):
    messages = [m for _, _, m in _material(clause, LEAVE_7)]
    assert len(messages) == len(said)
    for m, s in zip(messages, said):
        assert s in m


@pytest.mark.parametrize("clause, change", [
    ("本市职工和单位住房公积金缴存比例为职工上一年度月平均工资的8%。", []),                     # above the floor: lawful
    ("本市职工和单位住房公积金缴存比例为职工上一年度月平均工资的3%。", [("amount", "warning")]),   # below it
])
def test_a_bound_of_a_figure_is_no_prohibition_dropped(clause, change):
    assert [(k, s) for k, s, _ in _material(clause, FUND_18)] == change


@pytest.mark.parametrize("clause, upper, caught", [
    ("在本县从事网络销售的个人，包括销售自产农副产品、家庭手工业产品的，一律应当办理市场主体登记。", ECOMMERCE_10, True),
    ("违反治安管理行为人七十周岁以上的，依法应当给予行政拘留处罚的，也应当执行行政拘留。", DETENTION_23, True),
    ("已满十四周岁不满十六周岁的违反治安管理行为人，一律执行行政拘留。", DETENTION_23, True),
    # the rule laid on all, the excepted case not named: the comparison's own reading (a dropped exception)
    ("本县电子商务经营者一律应当依法办理市场主体登记。", ECOMMERCE_10, False),
    # the rule said of another case than the excepted one
    ("违反治安管理情节严重的，也应当依法给予行政拘留处罚。", DETENTION_23, False),
    # an age on the other side of the item's (已满十八周岁 is not 已满十六周岁不满十八周岁)
    ("已满十八周岁、初次违反治安管理的行为人，依法应当给予行政拘留处罚的，也应当执行行政拘留。", DETENTION_23, False),
    # the article's own 款 lifting the exception, restated
    ("违反治安管理情节严重、影响恶劣的，七十周岁以上的行为人也应当执行行政拘留。", DETENTION_23_FULL, False),
])
def test_an_excepted_case_named_and_ruled_on_all_the_same(clause, upper, caught):
    assert (overridden_exception(clause, upper) is not None) is caught


@pytest.mark.parametrize("clause, severity", [
    ("电子商务经营者自行终止经营的，应当提前十日在首页显著位置公示有关信息。", "warning"),   # the notified lose time
    ("电子商务经营者自行终止从事电子商务的，应当提前三十日在首页显著位置持续公示有关信息。", None),
])
def test_a_notice_lead_time_with_a_place_before_the_notice(clause, severity):
    changes = [s for k, s, _ in _material(clause, ECOMMERCE_16) if k == "time_limit"]
    assert changes == ([severity] if severity else [])


# ---------------------------------------------------------------- the whole upper-law search (the shipped corpus)
@pytest.mark.parametrize("text, law, article", [
    ("在本县道路上驾驶电动自行车的，驾驶人应当年满十八周岁。", "道路交通安全法实施条例", 72),
    ("在本县从事网络销售的个人，包括销售自产农副产品、家庭手工业产品的，一律应当办理市场主体登记。", "电子商务法", 10),
    ("违反治安管理行为人七十周岁以上的，依法应当给予行政拘留处罚的，也应当执行行政拘留。", "治安管理处罚法", 23),
    ("本市职工和单位住房公积金缴存比例为职工上一年度月平均工资的3%。", "住房公积金管理条例", 18),
])
def test_an_alteration_is_found(corpus, text, law, article):
    from tests.upper_helpers import upper_findings

    found = [f for f in upper_findings(corpus, text) if f.rule == "UPPER-ALTERED"]
    assert found, text
    assert law in found[0].upper.law and found[0].upper.article == article


@pytest.mark.parametrize("text", [
    "驾驶电动自行车上道路行驶的，驾驶人应当年满16周岁。",
    "本市职工和单位住房公积金缴存比例为职工上一年度月平均工资的8%，由住房公积金管理委员会拟订，报省人民政府批准。",
    "电子商务经营者应当依法办理市场主体登记，但个人销售自产农副产品、家庭手工业产品的除外。",
    "对七十周岁以上依法应当给予行政拘留处罚的违反治安管理行为人，公安派出所应当告知其依法不执行行政拘留处罚。",
    # D030: a contribution rate of a wage is no altered nursing allowance rate of a wage (工伤保险条例 第三十四条)
    "职工参加基本医疗保险三档的，以本市上年度在岗职工月平均工资的0.5%按月缴费，其中用人单位缴交0.4%，个人缴交0.1%。",
])
def test_look_alikes_get_no_upper_law_finding(corpus, text):
    from tests.upper_helpers import upper_findings

    assert [f for f in upper_findings(corpus, text) if f.category == "upper-law"] == []


@pytest.mark.parametrize("clause_span, upper_span, same", [
    ("年满十八周岁", "年满16周岁", True),
    ("百分之十五", "10%", True),
    ("0.1%", "30%", False),
])
def test_figures_paired_below_the_accepting_score_are_of_one_magnitude(clause_span, upper_span, same):
    from review.compare.model import Change

    assert same_magnitude(Change("amount", "warning", clause_span, upper_span, "")) is same


@pytest.mark.parametrize("probe, upper, same", [
    # golden opinion 澄湖市共享电单车特许经营协议: a fee per vehicle is no rate of 采矿权使用费 per square kilometre
    ("标准为每辆运营车辆每年人民币100元", "标准为每平方公里每年1000元", False),
    ("驾驶人应当年满十八周岁", "必须年满16周岁", True),
])
def test_rates_of_another_base_are_not_paired(probe, upper, same):
    from review.compare.model import Change
    from review.engine import same_rate_base
    from review.quantities import find_quantities

    (c,), (u,) = find_quantities(probe)[-1:], find_quantities(upper)[-1:]
    change = Change("amount", "warning", c.text, u.text, "", c.start, u.start)
    assert same_rate_base(probe, upper, change) is same
