"""A market activity reserved to one provider (FC-RESERVE-EFFECT) and the power a body gives itself or the duty it
sheds (C-POWER-SELFGRANT), read by review/norms/allotment.py: rows from tests/fixtures/rewordings/market15b.toml,
the round-15 clauses and the real documents' look-alikes, each rule on its problems and on look-alikes of the same
grammar."""

import pytest

from review.norms.effect import effects, laid
from tests.rule_rows import check_row, rule_rows

ROWS = [
    # reservation: an affiliated or single provider with the others or the parties' own choice excluded
    ("FC-RESERVE-EFFECT", "城区沿街商铺门头招牌由县城投公司所属广告公司统一设计制作，商户不得自行委托其他单位。", True),
    ("FC-RESERVE-EFFECT", "预售资金监管银行限定为县农村商业银行，开发企业不得在其他银行开设监管账户。", True),
    ("FC-RESERVE-EFFECT", "通过公开招标确定一家企业作为城区互联网租赁电动自行车的唯一运营主体，运营期限八年，期内不再引入其他运营企业。", True),
    ("FC-RESERVE-EFFECT", "完成改造的老旧小区，原则上由街道所属的国有物业服务企业统一承接物业服务。", True),
    ("FC-RESERVE-EFFECT", "殡仪服务和骨灰盒销售由县殡仪馆下属服务部统一提供，丧户不得从外部购入殡葬用品带入馆内使用。", True),
    ("FC-RESERVE-EFFECT", "全县农村集体经营性建设用地入市的地价评估，由县自然资源投资集团下属评估中心承担，集体经济组织不得另行聘请评估机构。", True),
    # … or a benefit limited by ownership
    ("FC-RESERVE-EFFECT", "普惠托育机构的认定范围限于公办托育机构和国有企业举办的托育机构，民办托育机构不纳入建设补助范围。", True),
    ("FC-RESERVE-EFFECT", "养老服务运营补贴仅面向公办养老机构和国有企业举办的养老机构发放，社会力量举办的养老机构不享受。", True),
    # look-alikes: open tender, own procurement, a franchise under its law, equal treatment, a protective negation
    ("FC-RESERVE-EFFECT", "城区共享单车运营企业通过公开招标确定，符合条件的企业均可参加投标。", False),
    ("FC-RESERVE-EFFECT", "各机关单位的办公设备，属于政府集中采购目录内的，依照《中华人民共和国政府采购法》委托集中采购机构统一采购。", False),
    ("FC-RESERVE-EFFECT", "城市管道燃气特许经营者，依照《市政公用事业特许经营管理办法》规定的程序通过招标方式选择，特许经营期限内在特许区域内独家经营。", False),
    ("FC-RESERVE-EFFECT", "民办托育机构与公办托育机构按照同等标准享受建设补助。", False),
    ("FC-RESERVE-EFFECT", "任何单位不得限定商户只能委托特定广告公司制作门头招牌，商户可以自主选择设计制作单位。", False),
    ("FC-RESERVE-EFFECT", "县城投公司所属广告公司可以参与城区户外广告设计制作的市场竞争，不享有任何特殊待遇。", False),
    # D039: public and private places named alike, none singled out
    ("FC-RESERVE-EFFECT", "申请人总积分为负分的，义务教育阶段公办学校以及政府向民办学校购买的学位不予录取。", False),
    # power over private parties' own affairs
    ("C-POWER-SELFGRANT", "街道办事处可以根据工作需要，直接更换业主委员会成员。", True),
    ("C-POWER-SELFGRANT", "业主委员会成员不称职的，社区居民委员会可以直接予以撤换，并指定新的人选。", True),
    ("C-POWER-SELFGRANT", "县属国有企业的工程分包、物资采购和人员招聘事项，须由县政府分管领导审定后方可实施。", True),
    ("C-POWER-SELFGRANT", "县行政审批服务局可以根据审查需要，要求申请人补充提交法定申请材料目录以外的其他材料。", True),
    ("C-POWER-SELFGRANT", "乡镇和有关部门在日常检查中未发现事故隐患的，不承担监管责任。", True),
    ("C-POWER-SELFGRANT", "乡镇（街道）对临时救助申请不再开展入户调查，救助金额以村（居）民委员会上报的数额为准。", True),
    ("C-POWER-SELFGRANT", "因第三方施工造成的管网事故，县住建局不负任何监管责任。", True),
    # look-alikes: guidance, a protective negation, the owner's major matters under law, duty done, internal work
    ("C-POWER-SELFGRANT", "街道办事处、居民委员会应当对设立业主大会和选举业主委员会给予指导和协助。", False),
    ("C-POWER-SELFGRANT", "行政机关不得要求申请人提交申请材料目录以外的材料。", False),
    ("C-POWER-SELFGRANT", "县人民政府对县属国有企业的合并、分立、改制、增减注册资本等重大事项，依照《中华人民共和国企业国有资产法》履行出资人职责。", False),
    ("C-POWER-SELFGRANT", "监管人员已经依法履职尽责、仍未能发现隐患的，依照有关规定不予追究责任。", False),
    ("C-POWER-SELFGRANT", "企业对其安全生产承担主体责任，负有监管职责的部门未依法履行监管职责的，依法承担相应责任。", False),
    ("C-POWER-SELFGRANT", "县局机关工作人员的外出培训，须报分管局领导审批后方可参加。", False),
    ("C-POWER-SELFGRANT", "业主委员会委员不履行职责的，由业主大会依照《物业管理条例》的规定罢免，街道办事处给予指导和协助。", False),
    # a body's handling made binding on the parties: C-POWER-EFFECT reads it as a final decision
    ("C-POWER-EFFECT", "网约车平台与驾驶员之间发生的劳动报酬争议，由县交通运输局调处，调处意见对双方具有强制约束力。", True),
    ("C-POWER-EFFECT", "村集体经济组织与承包户签订的承包合同，经乡镇农经站确认后方为有效。", True),
    ("C-POWER-EFFECT", "人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。", False),
    # D124: a statutory channel described, nobody bound by a body's own say
    ("C-POWER-EFFECT", "三是经过该途径处理的结果具有法律效力。", False),
]


@rule_rows(ROWS)
def test_market15b_rules(rule_id, text, expected):
    check_row(rule_id, text, expected)


@pytest.mark.parametrize("sentence, kind", [
    ("秸秆离田收储由县供销社所属秸秆综合利用公司统一实施，其他经营者不得在本县范围内收购秸秆。", "reserve"),
    ("街道办事处可以根据工作需要，直接更换业主委员会成员。", "intrude"),
    ("县属国有企业的工程分包、物资采购和人员招聘事项，须由县政府分管领导审定后方可实施。", "intrude"),
    ("审核部门认为有必要的，可以要求申请人补充提交清单所列材料以外的资料。", "beyond"),
    ("乡镇和有关部门在日常检查中未发现事故隐患的，不承担监管责任。", "shed"),
])
def test_reading_names_the_effect(sentence, kind):
    assert kind in [e.name for e in laid(sentence)]


@pytest.mark.parametrize("sentence, guard", [
    ("城区门头招牌不得限定由县城投公司所属广告公司统一制作，其他单位均可参与。", "protective_or_open"),
    ("县人民政府对县属国有企业的对外投资、发行债券等重大事项，须经县政府主要负责人审定。", "owner_major"),
    ("监管人员已经依法履职尽责、仍未能发现隐患的，县应急管理局不承担责任。", "duty_done"),
])
def test_lawful_grammar_is_named(sentence, guard):
    assert guard in [e.guard for e in effects(sentence)]
    assert not [e for e in laid(sentence) if e.kind in ("reserve", "intrude", "beyond", "shed")]


# members of the same concepts in other words (round-13 and round-14 clauses, now dev)
MORE = [
    ("C-POWER-SELFGRANT", "县文化和旅游局有权对本县旅游企业的经营收入进行审计，并决定企业年度利润分配比例。", True),
    ("C-POWER-SELFGRANT", "区教育局对民办学校的招生计划、教师薪酬标准实行统一核定，学校按核定标准执行。", True),
    ("C-POWER-SELFGRANT", "企业可以自主决定内部薪酬分配办法。", False),
    ("FC-RESERVE-EFFECT", "辖区医疗机构所需药品由市医保局遴选确定的配送企业负责配送，未列入名单的企业不得向辖区医疗机构供货。", True),
    ("FC-RESERVE-EFFECT", "政府投资的文旅项目设计、施工，同等条件下优先选择县属国有企业。", True),
    ("C-POWER-EFFECT", "农村承包地流转价格由镇农村经济服务中心统一核定，流转双方不得自行协商确定。", True),
]


@rule_rows(MORE)
def test_market15b_other_members(rule_id, text, expected):
    check_row(rule_id, text, expected)
