"""Upper-law round 22, upper22 (bench/README.md, "Round 22 — upper22"):

* a member a clause joins to its restatement of an article's list of what a party must have or hand in (应当具备下列
  条件, 符合……条件之一, 应当出具下列证件, 应当有……) is a condition the law does not lay (review.compare.listed) — not the
  law's own 还应当, a body's duty joined to the list, a prohibition or a service, a list's lead-in;
* 自然日 is a day (review.quantities);
* a time limit for applying to a body (30日前提出安全许可申请, 60个自然日内……兑奖) is the party's, whoever it is called,
  and a licence's validity (有效期为5年) is its holder's period, not the issuing body's (review.compare.time_limits);
* a general administrative law's article among the near-best hits, the document naming no other hit's field, is the
  one a clause on a shared procedure restates (review.engine.general_among_near).

Article texts as read in the corpus (2026-12-05)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from review.compare import compare
from review.engine import general_among_near
from review.quantities import find_quantities

NOTARY_18 = ("担任公证员，应当具备下列条件：\n（一）具有中华人民共和国国籍；\n（二）年龄二十五周岁以上六十五周岁以下；\n"
             "（三）公道正派，遵纪守法，品行良好；\n（四）通过国家统一法律职业资格考试取得法律职业资格；\n"
             "（五）在公证机构实习二年以上或者具有三年以上其他法律职业经历并在公证机构实习一年以上，经考核合格。")
EQUIPMENT_18 = ("国家按照分类监督管理的原则对特种设备生产实行许可制度。特种设备生产单位应当具备下列条件，并经负责特种设备安全"
                "监督管理的部门许可，方可从事生产活动：\n（一）有与生产相适应的专业技术人员；\n（二）有与生产相适应的设备、"
                "设施和工作场所；\n（三）有健全的质量保证、安全管理和岗位责任等制度。")
MARRIAGE_8_1 = ("申请结婚登记的内地居民应当出具下列证件和书面材料：\n（一）本人的居民身份证；\n"
                "（二）本人无配偶以及与对方当事人没有直系血亲和三代以内旁系血亲关系的签字声明。")
RESIDENCE_2 = ("公民离开常住户口所在地，到其他城市居住半年以上，符合有合法稳定就业、合法稳定住所、连续就读条件之一的，"
               "可以依照本条例的规定申领居住证。")
PRESALE_45_3 = "商品房预售，应当符合下列条件：\n（三）按提供预售的商品房计算，投入开发建设的资金达到工程建设总投资的百分之二十五以上，并已经确定施工进度和竣工交付日期；"
TRANSPORT_8 = ("申请从事客运经营的，应当具备下列条件：\n（一）有与其经营业务相适应并经检测合格的车辆；\n（二）有符合本条例第九条"
               "规定条件的驾驶人员；\n（三）有健全的安全生产管理制度。\n申请从事班线客运经营的，还应当有明确的线路和站点方案。")
LOTTERY_25 = ("彩票中奖者应当自开奖之日起60个自然日内，持中奖彩票到指定的地点兑奖，彩票品种的规则规定需要出示身份证件的，"
              "还应当出示本人身份证件。逾期不兑奖的视为弃奖。")
EVENTS_13 = "承办者应当在活动举办日的20日前提出安全许可申请，申请时，应当提交下列材料："
VET_23 = "兽药经营许可证有效期为5年。有效期届满，需要继续经营兽药的，应当在许可证有效期届满前6个月到发证机关申请换发兽药经营许可证。"


# a member joined to the law's list: a condition (listed.py) or, where both lists are of papers handed in, a material
# (materials.py, which reads 出具 as handing in since round 45) — one change either way
ADDED_TO_LIST = ("在上位法所列条件之外", "在上位法规定的材料之外")


def listed(clause: str, upper: str, context: str = "") -> list[str]:
    return [c.clause_span for c in compare(clause, upper, context=context).changes
            if c.kind == "condition_added" and c.message.startswith(ADDED_TO_LIST)]


@pytest.mark.parametrize("clause, upper, added", [
    ("担任公证员，应当具有中华人民共和国国籍，年龄二十五周岁以上六十五周岁以下，公道正派、遵纪守法、品行良好，通过国家统一"
     "法律职业资格考试取得法律职业资格，同时还应当具有全日制本科以上学历。", NOTARY_18, "本科以上学历"),
    ("特种设备生产单位应当有与生产相适应的专业技术人员，有与生产相适应的设备、设施和工作场所，有健全的质量保证、安全管理和"
     "岗位责任等制度，并在本省连续生产经营三年以上，经许可后方可从事生产活动。", EQUIPMENT_18, "连续生产经营三年以上"),
    ("申请结婚登记的内地居民，应当出具本人的居民身份证、户口簿以及本人无配偶且与对方当事人没有直系血亲和三代以内旁系"
     "血亲关系的签字声明。", MARRIAGE_8_1, "户口簿"),
    ("申请结婚登记的内地居民，应当出具本人的居民身份证、本人无配偶以及与对方当事人没有直系血亲和三代以内旁系血亲关系的"
     "签字声明，以及婚前医学检查证明。", MARRIAGE_8_1, "婚前医学检查证明"),
    ("在本县居住半年以上，有合法稳定就业并连续缴纳社会保险满一年的，方可申领居住证。", RESIDENCE_2, "连续缴纳社会保险满一年"),
    ("（三）按提供预售的商品房计算，投入开发建设的资金达到工程建设总投资的百分之五十以上，且主体结构已经封顶；",
     PRESALE_45_3, "主体结构已经封顶"),
])
def test_a_member_joined_to_the_law_s_list_is_an_added_condition(clause, upper, added):
    # an item is read with its list's header (review.engine: the clause's context)
    context = f"商品房预售，应当符合下列条件：\n{clause}" if clause.startswith("（三）") else ""
    found = listed(clause, upper, context)
    assert any(added in span for span in found), found
    change = next(c for c in compare(clause, upper, context=context).changes
                  if c.message.startswith(ADDED_TO_LIST))
    assert change.severity == "warning" and change.strong and change.sure


@pytest.mark.parametrize("clause, upper", [
    # the law's own second 款 adds the member
    ("申请从事班线客运经营的，除具备前款规定的条件外，还应当有明确的线路和站点方案。", TRANSPORT_8),
    # the list restated as it is, the condition last
    ("具有中华人民共和国国籍，年龄二十五周岁以上六十五周岁以下，公道正派、遵纪守法、品行良好，通过国家统一法律职业资格考试"
     "取得法律职业资格，在公证机构实习二年以上或者具有三年以上其他法律职业经历并在公证机构实习一年以上，经考核合格的，"
     "可以担任公证员。", NOTARY_18),
    # the body's own duty beside the party's list
    ("县民政局办理结婚登记，应当查验当事人出具的居民身份证和签字声明，并同时为当事人提供婚姻家庭辅导服务。", MARRIAGE_8_1),
    # the body that licenses named locally (经县市场监督管理局许可 is the law's 经……部门许可)
    ("特种设备生产单位应当有与生产相适应的专业技术人员，有与生产相适应的设备、设施和工作场所，有健全的质量保证、安全管理和"
     "岗位责任等制度，并经县市场监督管理局许可，方可从事生产活动。", EQUIPMENT_18),
    # a prohibition joined to the list is no condition of the party
    ("申请结婚登记的内地居民，应当出具本人的居民身份证以及本人无配偶且与对方当事人没有直系血亲和三代以内旁系血亲关系的签字"
     "声明，并不得要求其提供婚检证明。", MARRIAGE_8_1),
])
def test_no_added_condition_where_the_law_itself_or_a_body_adds(clause, upper):
    assert listed(clause, upper) == []


def test_an_item_without_its_header_restates_too_little_of_the_list():
    item = "（三）按提供预售的商品房计算，投入开发建设的资金达到工程建设总投资的百分之五十以上，且主体结构已经封顶；"
    assert listed(item, PRESALE_45_3) == []


def test_a_lead_in_is_no_member():
    header_item = "申领居住证，应当同时符合下列条件的：在本县连续缴纳城镇职工基本养老保险和医疗保险满六个月的"
    assert not any("下列" in span for span in listed(header_item, RESIDENCE_2))


def test_a_natural_day_is_a_day():
    (q,) = find_quantities("自开奖之日起60个自然日内")
    assert q.hi == 60.0


def test_a_limit_for_applying_is_the_party_s():
    changes = compare("彩票中奖者应当自开奖之日起30个自然日内持中奖彩票到指定地点兑奖，逾期不兑奖的视为弃奖。",
                      LOTTERY_25).changes
    (c,) = [c for c in changes if c.kind == "time_limit"]
    assert c.severity == "warning" and c.sure and "当事人" in c.message
    changes = compare("承办者应当在活动举办日的30日前向县公安局提出安全许可申请，逾期申请的不予受理。", EVENTS_13).changes
    (c,) = [c for c in changes if c.kind == "time_limit"]
    assert c.severity == "warning" and c.sure and "提前" in c.message


def test_a_validity_is_the_holder_s_period():
    changes = compare("县农业农村局核发的兽药经营许可证有效期为3年，有效期届满需要继续经营的，应当在届满前6个月申请换发。",
                      VET_23).changes
    validity = [c for c in changes if c.kind == "time_limit" and "有效期" in c.message]
    assert validity and validity[0].severity == "warning" and validity[0].sure
    same = compare("县农业农村局核发的兽药经营许可证有效期为5年。", VET_23).changes
    assert not [c for c in same if c.kind == "time_limit" and c.severity != "info"]


def _hit(law: str, score: float, level: str = "法律"):
    return SimpleNamespace(law=law, score=score, level=level)


def test_the_general_law_among_near_hits():
    found = [_hit("价格违法行为行政处罚规定", 74.1, "部门规章"), _hit("中华人民共和国道路交通安全法", 69.7),
             _hit("中华人民共和国海警法", 69.7), _hit("中华人民共和国行政处罚法", 69.7)]
    hits = found[:3]
    topic = "当事人逾期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，直至缴清为止。"
    assert [h.law for h in general_among_near(found, hits, topic, lambda h: True)] == ["中华人民共和国行政处罚法"]
    # a document on road traffic restates the traffic law's article
    traffic = "道路交通安全违法行为处理办法\n" + topic
    assert general_among_near(found, hits, traffic, lambda h: True) is hits
    # a general law far under the best is no equal source
    far = found[:3] + [_hit("中华人民共和国行政处罚法", 60)]
    assert general_among_near(far, hits, topic, lambda h: True) is hits
    # a general article that resembles the clause as much, in other words, is no tie
    review = [_hit("中华人民共和国消费者权益保护法", 94.9), _hit("侵害消费者权益行为处罚办法", 93.1, "部门规章"),
              _hit("道路交通安全违法行为处理程序规定", 93.1, "部门规章"), _hit("中华人民共和国行政处罚法", 91.2)]
    assert general_among_near(review, review[:3], "当事人对行政处罚决定不服的，可以依法申请行政复议。",
                              lambda h: True) == review[:3]
    # a general article already compared is left to the comparison
    licence = [_hit("中华人民共和国行政许可法", 73.5), _hit("民用核安全设备监督管理条例", 73.5, "行政法规")]
    assert general_among_near(licence, licence, "行政机关逾期未作出是否准予延续的决定的，视为准予延续。",
                              lambda h: True) is licence


def test_a_body_s_prohibition_in_the_list_is_no_condition():
    clause = ("内地居民申请结婚登记的，出具本人居民身份证和无配偶以及与对方没有直系血亲和三代以内旁系血亲关系的签字声明，"
              "婚姻登记机关不得另行要求户口簿或者其他证明材料。")
    assert listed(clause, MARRIAGE_8_1) == []


def test_a_list_restated_for_another_purpose_is_no_restatement():
    clause = "符合有合法稳定就业、合法稳定住所、连续就读条件之一，并在本县连续居住满一年的居住证持有人，可以申请公共租赁住房。"
    assert listed(clause, RESIDENCE_2) == []


@pytest.mark.parametrize("tail", ["并依法取得营业执照", "并按照国家有关规定办理登记", "并书面承诺符合上述条件"])
def test_a_member_other_law_lays_or_a_commitment_is_no_condition(tail):
    clause = ("特种设备生产单位应当有与生产相适应的专业技术人员，有与生产相适应的设备、设施和工作场所，有健全的质量保证、"
              f"安全管理和岗位责任等制度，{tail}。")
    assert listed(clause, EQUIPMENT_18) == []


def test_an_employer_s_limit_to_apply_for_its_worker_is_left_as_it_was():
    upper = ("职工发生事故伤害或者按照职业病防治法规定被诊断、鉴定为职业病，所在单位应当自事故伤害发生之日或者被诊断、鉴定为"
             "职业病之日起30日内，向统筹地区社会保险行政部门提出工伤认定申请。")
    changes = compare("职工发生事故伤害的，所在单位应当自事故伤害发生之日起20日内向县人力资源和社会保障局提出工伤认定申请。",
                      upper).changes
    assert not [c for c in changes if c.kind == "time_limit" and c.sure]
