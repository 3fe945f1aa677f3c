"""The shared look-alike guard (review/norms/lookalike.py): lawful shapes from several sectors are guarded, the same
grammar burdening a private party is not. Rows written for this guard, not copied from the fixtures."""

import pytest

from review.norms.lookalike import lookalike_reason

# (category, clause text, quoted words, list header, expected reason or None)
ROWS = [
    ("family-planning", "县人民医院职工绩效考核不以职工的生育子女数量作为评先评优的条件。",
     "不以职工的生育子女数量作为评先评优的条件", "", "self_restraint"),
    ("fair-competition", "受让人应当按期缴清土地价款，县自然资源局不以奖励、补贴等形式返还已缴价款。",
     "县自然资源局不以奖励、补贴等形式返还已缴价款", "", "self_restraint"),
    ("fair-competition", "停车场收费标准由经营单位根据市场供求自行确定，各有关部门不得干预。",
     "停车场收费标准由经营单位根据市场供求自行确定", "", "self_restraint"),
    ("fee", "养老机构原则上不向入住老人收取一次性会员费；确需收取的，应当存入专用账户，接受民政部门监管。",
     "确需收取的，应当存入专用账户", "", "self_restraint"),
    ("license", "（三）农家乐开办前的经营场所布局审查，改由乡镇人民政府实施事后抽查；", "经营场所布局审查",
     "自本通知印发之日起，以下事项不再实行审批：", "abolished_list"),
    ("penalty", "（二）逾期不改正且排放量较大的，处五万元以上十万元以下罚款；", "处五万元以上十万元以下罚款",
     "依照《城镇排水与污水处理条例》第五十条，排水户未取得排水许可排放污水的，按照下列标准处罚：", "cited_article"),
    ("power", "根据省人民政府的批复，县市场监督管理局的部分行政检查权交由开发区管理委员会行使。",
     "部分行政检查权交由开发区管理委员会行使", "", "higher_decision"),
    ("coercion", "县城市管理局对违法占道经营的物品依法予以扣押的，应当开具清单，妥善保管，不得使用或者损毁。",
     "对违法占道经营的物品依法予以扣押", "", "own_duty_after_measure"),
    ("coercion", "采取先行登记保存措施的，执法人员不得少于两人，应当当场开具清单，并在七日内作出处理决定。",
     "采取先行登记保存措施", "", "own_duty_after_measure"),
    ("coercion", "对拒不缴纳占道费的商户，县城管局可以扣押其经营工具，扣押期间不得使用。", "县城管局可以扣押其经营工具", "",
     None),
    ("upper-law", "县人力资源社会保障局办理职业技能等级认定备案，不收取任何费用；法律、行政法规另有规定的，依照其规定。",
     "不收取任何费用", "", "restated_with_reservation"),
    # the same grammar burdening a private party: the finding stands
    ("rights", "租户不得以任何理由拒绝社区网格员入户登记家庭成员信息，拒不配合的，停止办理居住证明。",
     "停止办理居住证明", "", None),
    ("family-planning", "违反计划生育政策生育的职工，当年不得参加单位评先评优，不享受年终奖励性绩效。",
     "不得参加单位评先评优", "", None),
    ("fair-competition", "县自然资源局按照企业缴纳土地出让价款的百分之三十，以产业扶持资金形式返还给竞得企业。",
     "以产业扶持资金形式返还给竞得企业", "", None),
    ("fee", "进入县农产品批发市场销售的外地运菜车辆，每车次缴纳进场管理费五十元。", "每车次缴纳进场管理费五十元", "", None),
    ("penalty", "（二）逾期不改正的，处五万元以上十万元以下罚款；", "处五万元以上十万元以下罚款",
     "排水户未取得排水许可排放污水的，按照下列标准处罚：", None),
    ("license", "（一）农家乐开办前的消防安全审查；", "消防安全审查", "有下列情形之一的，不再受理其申请：", None),
    # a body negating its own duty, or a dealing with outsiders, or a party's receiving: reported, not guarded
    ("power", "校外培训机构与学员之间的退费纠纷，由双方自行协商解决，县教育局不再受理投诉。", "县教育局不再受理投诉", "", None),
    ("power", "经县政府专题会议同意的文旅项目，视同已办结规划许可手续，各有关部门不再另行审批。",
     "各有关部门不再另行审批", "", None),
    ("license", "小型餐饮店按照规定在线办理备案后即可营业，县市场监管局不得对备案增设现场核查环节。",
     "对备案增设现场核查环节", "", "self_restraint"),
    ("power", "县农业农村局在检查中发现养殖场其他问题的，可以一并处理，不受本局职责范围的限制。",
     "不受本局职责范围的限制", "", None),
    ("power", "共享单车停放引发的人身伤害事故，由运营企业负责处理，县城市管理局不承担管理责任。",
     "县城市管理局不承担管理责任", "", None),
    ("fair-competition", "县直医疗机构采购检验试剂，应当从本县登记的经销商中选定，不得向县外经销商采购。",
     "不得向县外经销商采购", "", None),
    ("fair-competition", "在本县注册的物流企业按每车次二十元给予补贴，外地企业设立的分支机构不享受该补贴。",
     "外地企业设立的分支机构不享受该补贴", "", None),
    ("upper-law", "县人力资源社会保障局办理职业技能等级认定备案，收取工本费二十元。", "收取工本费二十元", "", None),
]


@pytest.mark.parametrize("category,text,quote,header,expected", ROWS)
def test_lookalike_reason(category, text, quote, header, expected):
    assert lookalike_reason(category, text, quote, header) == expected


def test_outside_guarded_categories_untouched():
    assert lookalike_reason("validity", "本办法不再执行。", "不再执行") is None
