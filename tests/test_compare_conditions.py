"""compare(): conditions a clause adds to the upper article's own — a step joined to them (并办理…), all of the
conditions where the article asks for one, an exception kept elsewhere in the clause — and the lawful look-alikes
(a faithful restatement, a stricter rule the article lets local bodies make, a clause citing its basis).

Upper texts are real articles (居住证暂行条例 第二条、第十六条) as the corpus holds them; clauses are written the way
local drafts restate them."""

from __future__ import annotations

import pytest

from review.compare import compare

# 居住证暂行条例 第二条
ARTICLE_2 = ("公民离开常住户口所在地，到其他城市居住半年以上，符合有合法稳定就业、合法稳定住所、连续就读条件之一的，"
             "可以依照本条例的规定申领居住证。")
# 居住证暂行条例 第十六条第（二）项 (an article that lets the city set its own terms)
ARTICLE_16_2 = ("（二）城区人口50万至100万的中等城市的落户条件为在城市有合法稳定就业并有合法稳定住所，同时按照国家规定"
                "参加城镇社会保险达到一定年限。其中，城市综合承载能力压力小的地方，可以参照建制镇和小城市标准，全面放开落户"
                "限制；城市综合承载能力压力大的地方，可以对合法稳定就业的范围、年限和合法稳定住所的范围、条件等作出规定，"
                "但对合法稳定住所不得设置住房面积、金额等要求，对参加城镇社会保险年限的要求不得超过3年。")


def _warnings(clause: str, upper: str, **kw) -> list:
    return [c for c in compare(clause, upper, **kw).material() if c.kind == "condition_added"]


@pytest.mark.parametrize("clause, added", [
    ("公民离开常住户口所在地，到其他城市居住并办理暂住登记半年以上，符合下列条件之一的，可以申领居住证：", "并办理暂住登记"),
    ("公民离开常住户口所在地，到本市居住并取得本市暂住证明半年以上，符合有合法稳定就业、合法稳定住所、连续就读条件之一的，"
     "可以申领居住证。", "并取得本市暂住证明"),
    ("离开常住户口所在地的公民，到其他城市居住半年以上并提供无犯罪记录证明，符合下列条件之一的，可以申领居住证：",
     "并提供无犯罪记录证明"),
])
def test_a_condition_joined_to_the_articles_own(clause, added):
    found = _warnings(clause, ARTICLE_2)
    assert found and found[0].severity == "warning" and added in found[0].clause_span


@pytest.mark.parametrize("clause", [
    "公民离开常住户口所在地，到其他城市居住半年以上，同时符合有合法稳定就业、合法稳定住所、连续就读条件的，可以申领居住证。",
    "公民离开常住户口所在地，到其他城市居住半年以上，同时具备合法稳定就业、合法稳定住所、连续就读条件的，可以申领居住证。",
    "公民离开常住户口所在地，到本市居住半年以上，并均符合合法稳定就业、合法稳定住所、连续就读条件的，可以申领居住证。",
])
def test_all_of_the_conditions_where_the_article_asks_for_one(clause):
    found = _warnings(clause, ARTICLE_2)
    assert len(found) == 1 and "之一" in found[0].upper_span and "须全部符合" in found[0].message


@pytest.mark.parametrize("clause", [
    # a faithful restatement, the place written as the city's own
    "公民离开常住户口所在地，到本省其他城市居住半年以上，符合有合法稳定就业、合法稳定住所、连续就读条件之一的，可以申领居住证。",
    # one of the conditions, in other order
    "公民离开常住户口所在地，到其他城市居住半年以上，符合下列条件之一的，可以申领居住证：",
    # the residence proven by a registration the clause cites as its basis
    "公民离开常住户口所在地，到其他城市居住半年以上，并依照《福建省流动人口居住登记条例》办理居住登记，"
    "符合下列条件之一的，可以申领居住证：",
])
def test_lawful_restatements_add_no_condition(clause):
    assert _warnings(clause, ARTICLE_2) == []


def test_a_stricter_term_the_article_lets_the_city_set_is_no_alteration():
    clause = ("城市综合承载能力压力大的地方，可以对合法稳定就业的范围、年限和合法稳定住所的范围、条件等作出规定，"
              "同时具备合法稳定就业和合法稳定住所并取得本市居住证满2年的，可以申请落户。")
    assert _warnings(clause, ARTICLE_16_2) == []


# a provincial opinion on 户籍 reform (河南, 2014), item (六): its first sentence restates 居住证暂行条例 第十六条第（三）项,
# whose cap on the years of social insurance (不得超过5年) the item's next sentence keeps, stricter (不得超过2年)
HUKOU_SENTENCE = ("在城区人口100万以上的城市合法稳定就业达到一定年限并有合法稳定住所(含租赁),同时按照国家规定参加城镇社会保险"
                  "达到一定年限的人员,本人及其共同居住生活的配偶、未成年子女、父母等可在当地申请登记常住户口。")
HUKOU_CAP = ("各地可根据城市综合承载能力,对合法稳定就业的范围、年限和合法稳定住所(含租赁)的范围、条件等作出具体规定,"
             "但对合法稳定住所(含租赁)不得设置住房面积、金额等要求,对参加城镇社会保险的年限要求不得超过2年。")


def test_an_exception_written_anywhere_in_the_clause_is_kept(corpus):
    upper = corpus.provision(corpus.find_works("居住证暂行条例")[0].versions[-1].version_id, 16).text
    alone = compare(HUKOU_SENTENCE, upper).material()
    assert [c.kind for c in alone] == ["exception_removed"] and "不得超过5年" in alone[0].upper_span
    assert compare(HUKOU_SENTENCE, upper, context=HUKOU_SENTENCE + HUKOU_CAP).material() == ()


# 城市房地产管理法 第四十八条
MORTGAGE = "依法取得的房屋所有权连同该房屋占用范围内的土地使用权，可以设定抵押权。\n以出让方式取得的土地使用权，可以设定抵押权。"


@pytest.mark.parametrize("clause, altered", [
    # 必须 governs another act (同时抵押, the rule of the law's 第三十二条), not the permission to mortgage
    ("以依法取得的房屋所有权抵押的，该房屋占用范围内的土地使用权必须同时抵押。", False),
    # the same act, the permission made a duty
    ("依法取得的房屋所有权连同该房屋占用范围内的土地使用权，应当设定抵押权。", True),
])
def test_a_modal_is_compared_only_with_the_act_it_governs(clause, altered):
    material = compare(clause, MORTGAGE).material()
    assert bool([c for c in material if c.kind == "modal"]) is altered
    assert not [c for c in material if c.kind == "condition_added"]
