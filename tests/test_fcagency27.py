"""Round 27 (fcagency27, issue 8): fair competition, agency and contract readings with open slots.

* FC-RESERVE-EFFECT: a pick laid before a set a body recommended, fixed or published — a list, a brand or a number of
  firms (须选用县公安局推荐品牌目录内的产品; 原则上在县交通运输局推荐的三家维修企业中选择), and an association's membership
  as the door (未加入协会的开锁经营者不得……承接) — review/norms/entry.py ``closed_sets``.
* FC-ORIGIN-EFFECT: a market party marked by its home origin (本县户籍人员, 具有本区户籍的投资者) given a cut price, a
  halved charge or extra points — entry.py ``origin_rates``; FC-LOCAL-EFFECT: a promise to move the seat here on pain of
  being kept out (competition.py ``_LOCAL_GATE``).
* agency: a moved function read by the function whatever body the clause names (MV-MEDICAL-SETTLEMENT: the insurance's
  costs settled by any body but the medical-insurance body; MV-RURAL-REGISTRATION: rural land and houses registered by
  any body but the registry), the renames AG-SURVEY (测绘地理信息局) and AG-AGRI-DEV (农业综合开发办公室).
* K-SME-PAY: a payment put off to the end of a later period (下一学年结束前, 下一季度末).

Clauses of tests/fixtures/rewordings/fcagency27.toml (written before the build) and rows of the dev sets' misses (S, T, U).
"""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases
from tests.rule_rows import check_row, rule_rows

RULES = load_packs()

ROWS = [
    # a pick from a body's recommended brand list (S), from a body's recommended firms (T)
    ("FC-RESERVE-EFFECT", "全县旅馆、网吧新装视频监控设备须选用县公安局推荐品牌目录内的产品，并接入县公安局指定运营商的专线。", True),
    ("FC-RESERVE-EFFECT", "全县党政机关公务用车维修，原则上在县交通运输局推荐的三家维修企业中选择。", True),
    ("FC-RESERVE-EFFECT", "全市餐饮服务单位安装油烟净化设施，应当选用市生态环境局推荐品牌的产品。", True),
    # an association's members only (S)
    ("FC-RESERVE-EFFECT", "开锁服务统一由县开锁行业协会调度派单，未加入协会的开锁经营者不得通过110接处警平台承接开锁业务。", True),
    # look-alikes: procurement by the law's agreement list; the national essential medicines list; a list published
    # for the parties' own choice; the bar on recommending
    ("FC-RESERVE-EFFECT", "政府采购项目属于协议供货范围的，采购人应当按照政府采购法的规定在协议供货目录内采购。", False),
    ("FC-RESERVE-EFFECT", "政府办基层医疗卫生机构应当全部配备和使用国家基本药物目录内的药品。", False),
    ("FC-RESERVE-EFFECT", "县住房和城乡建设局定期公布物业服务企业信用评价名录，供业主委员会自主选择时参考。", False),
    ("FC-RESERVE-EFFECT", "行政机关不得要求经营者在其推荐的企业名单中选择供应商。", False),
    # a land price cut for investors of local household registration (U)
    ("FC-ORIGIN-EFFECT", "本县户籍人员投资举办的民办学校，其办学用地出让时按基准地价的50%确定出让底价。", True),
    ("FC-ORIGIN-EFFECT", "具有本区户籍的投资者竞买工业用地的，竞买保证金减半缴纳。", True),
    # look-alikes: a social benefit by residence; equal treatment of outside firms
    ("FC-ORIGIN-EFFECT", "本县户籍的城乡最低生活保障对象，按规定每月享受生活补助。", False),
    ("FC-ORIGIN-EFFECT", "外地企业在本县投资兴办的物流企业租用标准厂房，与本地企业享受同等租金优惠。", False),
    # a promise to move the seat here, on pain of being kept out (S)
    ("FC-LOCAL-EFFECT", "市属国有企业混合所有制改革引入的战略投资者，应当承诺将注册地迁至本市并在本市纳税，否则不得参与竞价。", True),
    # look-alike: the winner's project company set up after the award
    ("FC-LOCAL-EFFECT", "中标人应当在合同签订后三十日内在本县设立项目公司，负责项目的投资、建设和运营。", False),
    # moved functions read by the function (U, S) and the renamed bodies (S)
    ("MV-MEDICAL-SETTLEMENT", "城乡居民在村卫生室就诊发生的门诊统筹费用，由县人力资源和社会保障局按规定审核结算。", True),
    ("MV-MEDICAL-SETTLEMENT", "工伤职工住院治疗的医疗费用，由县人力资源和社会保障局按规定审核结算。", False),
    ("MV-RURAL-REGISTRATION", "经批准建设的农村村民住宅竣工后，由县农业农村局核发《农村宅基地使用权证》和房屋所有权证。", True),
    ("MV-RURAL-REGISTRATION", "农村村民申请宅基地的，由乡镇人民政府审核批准；县农业农村局负责宅基地改革和管理的有关工作。", False),
    ("AG-SURVEY", "测绘资质的日常监督检查和测绘成果质量抽检，由市测绘地理信息局负责组织实施。", True),
    ("AG-SURVEY", "县级以上人民政府测绘地理信息主管部门负责本行政区域测绘工作的统一监督管理。", False),
    ("AG-AGRI-DEV", "高标准农田建设项目的立项审核、招标组织和竣工验收，由县财政局农业综合开发办公室负责。", True),
    ("AG-AGRI-DEV", "原县农业综合开发办公室承担的农田建设管理职责，已按照机构改革方案划入县农业农村局。", False),
    # U's agency look-alikes: a cited rule's act of the old body now done by another; the scheme's duties said to have
    # moved; the government as the buyer pricing what it pays
    ("AG-AIC", "《中华人民共和国招标投标法》第五十三条中由工商行政管理机关吊销营业执照的规定，现由县市场监督管理局依法执行。", False),
    ("AG-AIC", "企业登记由县工商行政管理局负责办理。", True),
    ("ABOLISHED-SEPARATE-SCHEMES", "原县卫生和计划生育局承担的新型农村合作医疗管理职责，已按照机构改革方案划入县医疗保障局。", False),
    ("FC-PRICE", "社会保险费由税务部门依法统一征收，购买主体核定服务价格时应当将承接主体依法缴纳的社会保险费计入成本。", False),
    ("FC-PRICE", "全县驾驶员培训收费标准由县交通运输局统一核定。", True),
]


@rule_rows(ROWS)
def test_rule_rows(rule_id, text, expected):
    check_row(rule_id, text, expected)


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in fixture_cases("fcagency27.toml")])
def test_fcagency27_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
