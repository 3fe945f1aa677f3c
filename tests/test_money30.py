"""Round 30 (money30, issue 8): fee and fair-competition classes set F's writers (heldout_round29b, unread all of round
29) wrote, read with open slots —

fee (review/norms/charge.py):
* a body's act's cost computed as a share of a base and put on the party (审计服务费按审减金额的百分之五计取，由施工单位
  承担): ``_computed``;
* a share the document allows a collector to add (可以按照代收金额的3%向业主加收代收服务费): ``_SHARE_ALLOWED``;
* a township or street by its bare name, or a county's fund, as the payee (向所在乡镇（街道）上交; 向县……基金缴款):
  ``_PAYEE``;
* money withheld from what the party is owed and turned into a deposit or a fund (从其首月工资中预留1000元作为……押金):
  ``_withheld``;
fair competition:
* a tie to place demanded of a market's bidders — local works, staff registered here, tax or insurance paid here, a
  subsidiary on the spot (review/norms/allotment.py ``_TIED``);
* a rate or a standard a body fixes for a market (贷款年利率统一执行……公布的指导利率; competition.py ``_FIXING``);
* a default grade, score or cut for a firm outside a local registry (未在县……平台建立信用档案的企业，信用等级一律按C级
  认定; competition.py ``_defaulted``).

Clauses of tests/fixtures/rewordings/money30.toml (written before the build; base30 14/30 problems, 0/20 look-alikes)
and set F's misses.
"""

import pytest

from review.norms.allotment import local_demands
from review.norms.charge import charges
from review.norms.competition import designations, local_barriers, price_floors
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

RULES = load_packs()


@pytest.mark.parametrize("text, header, found", [
    # a body's act's cost by a share, borne by the builder (F novel_bz)
    ("政府投资项目结算审计委托社会中介机构实施的，审计服务费按审减金额的百分之五计取，由施工单位承担。", "", True),
    # a share the document lets the collector add (F novel_bw)
    ("物业服务企业接受供水、供电、供气单位委托代收相关费用的，可以按照代收金额的3%向业主加收代收服务费，具体比例在物业服务合同中载明。", "", True),
    # a township by its bare name as payee (F novel_by)
    ("承接政府购买居家养老服务项目的社会组织，应当按项目资金总额的百分之五向所在乡镇（街道）上交统筹资金。", "", True),
    # a county's fund as payee (E novel_bt)
    ("县内各健身场所应当按照上年度营业收入的1%向县全民健身发展基金缴款，用于支持全县群众性体育赛事。", "", True),
    # a fund for another object's upkeep is not the owners' 专项维修资金 (H novel_bs)
    ("文物保护单位周边的经营户，应当按照经营面积每平方米每年二十元的标准，向所在镇人民政府缴纳古建筑保护维修资金。", "", True),
    # money withheld from wages as a deposit (F novel_bw)
    ("（三）农民工进场时，分包单位可以从其首月工资中预留1000元作为考勤卡、安全帽等劳动防护用品押金，离场时无息退还；",
     "分包单位对农民工实行实名制管理，应当遵守下列规定：", True),
    # a supervision fee is the builder's own contract, no body's act
    ("工程监理费按工程概算的百分之二计取，由建设单位承担。", "", False),
    # the statutory retention from a contract's price (建设工程质量保证金管理办法)
    ("发包人应当从工程款中预留不超过工程价款结算总额百分之三的质量保证金。", "", False),
    # withholding barred
    ("会展企业向参展商收取的展位押金，应当在展会结束后七日内全额退还，不得扣留。", "", False),
    # the owners' own maintenance fund
    ("业主应当按照建筑面积每平方米三十元的标准交存住宅专项维修资金。", "", False),
])
def test_charge(text, header, found):
    assert bool(charges(text, header)) is found, (text, charges(text, header))


@pytest.mark.parametrize("text, guard", [
    # local works and locally registered staff demanded of bidders (F novel_bw)
    ("参加本市依法必须招标的房屋建筑工程投标的施工企业，近三年在本市应当有不少于两项同类工程业绩，项目负责人应当为本市注册建造师。", ""),
    # a subsidiary on the spot, tax and insurance paid here (F novel_bz)
    ("县外保安服务公司来县承接门卫、巡逻、守护等保安服务业务的，应当就地设立具有独立法人资格的子公司，税收和社会保险费在县内缴纳。", ""),
    # local works in a procurement
    ("参与全市邮政快递网点建设项目竞争性磋商的供应商，应当具有在本市完成的同类项目业绩，主要技术人员社会保险在本市缴纳。", ""),
    # the tie forbidden: protective (none read or guarded)
    ("招标人不得将投标人在本县有业绩、在本县注册或者设立分支机构作为投标条件或者加分条件。", "open"),
    # equal treatment
    ("县内外企业参与本县储备粮仓储设施建设项目投标的，享受同等待遇，不得因其注册地、业绩所在地不同而区别对待。", "open"),
])
def test_tied_to_place(text, guard):
    spans = local_demands(text)
    if guard:
        assert not spans or spans[0][2], (text, spans)      # none read, or read with its guard
    else:
        assert spans and not spans[0][2], (text, spans)


@pytest.mark.parametrize("text, found", [
    # a loan rate executed at a body's guidance for all (F novel_by)
    ("本县小额贷款公司的贷款年利率统一执行县地方金融管理部门公布的指导利率，上浮幅度不得超过百分之二十。", True),
    # the lenders named between the rate and the body's figure
    ("农村小额信用贷款的年利率，各银行业金融机构统一按照县金融工作领导小组确定的利率执行。", True),
    # a share of wages as the base of a fixed fee is no wage setting
    ("全县家政服务企业的中介服务费统一按服务员首月工资的百分之二十收取，不得自行提高。", True),
    # the government's own interest subsidy
    ("对符合条件的小微企业创业担保贷款，财政按贷款市场报价利率的百分之五十给予贴息。", False),
])
def test_rate_fixed(text, found):
    spans = price_floors(text)
    assert bool(spans and not spans[0][2]) is found, (text, spans)


@pytest.mark.parametrize("text, found", [
    # a default grade for a firm outside the county's platform (F novel_bz)
    ("参与县政府投资项目投标的企业，公共信用综合评价须达到A级以上；未在县公共信用信息平台建立信用档案的企业，信用等级一律按C级认定。", True),
    # a default score
    ("参与全县邮政快递末端网点招募的企业，未纳入县快递企业名录库的，综合评分一律按零分计算。", True),
    # a default cut of a subsidy
    ("侨资企业申请本县产业扶持资金的，未在县商务局建立企业档案的，扶持资金一律减半拨付。", True),
    # the default forbidden
    ("对首次在本县经营、尚无信用记录的企业，不得因其无本地信用记录而降低信用等级或者限制其参与招标投标。", False),
])
def test_default_grade(text, found):
    spans = local_barriers(text)
    assert bool(spans and not spans[0][2]) is found, (text, spans)


@pytest.mark.parametrize("text, found", [
    # a filing's service sent to one centre, others' results refused (H novel_br)
    ("房地产开发企业办理首次登记所需的房屋面积测绘，统一委托县不动产测绘中心实施，其他单位出具的测绘成果不予采用。", True),
    # the party's own choice
    ("申请人可以自主选择具有相应资质的检测机构进行防护设备检测，任何单位不得指定。", False),
])
def test_designated(text, found):
    spans = designations(text)
    assert bool(spans and not spans[0][2]) is found, (text, spans)


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in fixture_cases("money30.toml")])
def test_money30_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
