"""Round 28 (issue 8: fee, fair competition, penalty) — classes several independent writers of sets V, W, X, Y hit
(fcfee28):

* fee: a sum the document itself counts per unit laid on a private party, under any verb of money flowing (分摊,
  分担, 认缴, 结算, 收缴) and to any body or none — review/norms/charge.py ``_rated``;
* fair competition: an element's price or a fee eased for a class of businesses the document selects (by origin,
  size, newness, rank, a list), with no figure — review/norms/competition.py ``element_favours``;
* penalty: a bar on the party's business until a result (直至……为止), the party named by 其 after the barred act's
  verb, and a bar added beside a law cited only for the exception (除依照《……》处理外，另……) — review/norms/measure.py,
  review/norms/effect.py.

Rows are real inputs: clauses of tests/fixtures/rewordings/fcfee28.toml (written first, other sectors), shapes of sets
V, W, X, Y the base missed, and lawful look-alikes of the same surfaces.
"""

from __future__ import annotations

import pytest

from review.norms.charge import charges
from review.norms.competition import element_favours
from review.norms.effect import effects
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

RATED = [
    # (sentence, the words the charge stands on)
    # 按台（件）: a unit without a figure; the inspected bears the check's cost (set V)
    ("市场监督管理部门在计量监督检查中对经营者计量器具进行的检定、试验，由被检查的经营者按台（件）承担检定费用。", "承担检定费用"),
    # the money the topic, collected by a township from households; not the benefit named in the next phrase (set V)
    ("为落实河道长效保洁，各行政村保洁经费由乡镇按每人每年三十元的标准向农户统一收缴，未缴纳的从其惠农补贴资金中扣缴。", "收缴"),
    # 分摊 by a measured base (管线的长度) (set V)
    ("各管线权属单位应当按照上一年度在本区敷设管线的长度，分摊区地下综合管廊规划编制等前期工作经费。", "分摊"),
    # a body ending in 处 collecting per couple (set W)
    ("婚姻登记处为当事人举办颁证仪式的，按每对二百元收取场地及服务费用，由婚姻登记处统一收取。", "收取"),
    # 分担, 认缴, 结算 in other sectors (fcfee28.toml)
    ("防雷装置定期检测由县气象局统一组织，受检单位按每个检测点一百二十元的标准分担检测经费。", "分担检测经费"),
    ("设有消防控制室的单位，按每个控制室每年六百元的标准认缴值守人员培训经费，认缴情况纳入年度消防检查内容。", "认缴"),
    ("林木经营者办理采伐手续时，按每立方米十五元与林业工作站结算森林管护服务费用。", "结算"),
    # an exception sets the lawful rent aside; the management money beside it is a charge (set Y)
    ("入住人才公寓的，除按合同交纳租金外，还应当向区人才服务中心一次性交纳三千元入住管理款，退租时不予退还。", "入住管理款"),
]

NOT_RATED = [
    # (sentence) — why it is lawful or no charge
    "县财政按每人每年三十元的标准向承担网格服务的社区拨付工作经费。",                               # the government pays
    "对参加防灾减灾技能培训的农村气象信息员，按每人每天五十元的标准发放误工补贴。",                  # paid out
    "城乡居民基本医疗保险个人缴费标准按照省医疗保障局公布的每人每年三百八十元执行。",                # the law's contribution
    "粮食代储企业与县粮食和物资储备局签订代储合同的，代储保管费用按合同约定每吨每年六十元结算。",    # a contract price
    "物业服务区域内共用部位的维修费用，由业主按照专有部分面积比例分摊。",                          # co-owners' own costs
    "项目建设资金由省、市、县三级按比例分担。",                                                  # public payers
    "承租人除按合同交纳租金外，还应当按月交纳物业费。",                                            # rent and a service price
]

FAVOURED = [
    # (sentence) — a selected class; an element or a fee; a favour; no basis
    "对新引进的规模以上工业企业，供电企业在核定电价基础上给予优惠价，差额部分由县财政补贴。",      # the lead's reading
    "对本县户籍人员创办的企业，用水价格在核定价格基础上给予优惠。",                              # the lead's reading
    "对市外迁入本县的总部企业，供热单位在核定供热价格基础上给予优惠。",
    "对本地农业产业化龙头企业，污水处理费在核定标准基础上予以减免。",
    "对亩均税收排名前二十位的企业，在用电、用气、用地等要素上给予优先保障和价格优惠。",
    "新落户县物流园区的仓储企业，前三年仓储用地租金按市场评估价的七折收取。",
]

NOT_FAVOURED = [
    "对居民生活用水实行阶梯水价，具体标准由县发展和改革局按照规定制定。",                          # residents' tiers
    "对城乡低保家庭和特困供养人员，每户每月减免一定数量的生活用水水费。",                          # households in need
    "全县所有电力用户在低谷时段用电均执行峰谷分时电价优惠。",                                      # every user
    "对符合条件的小微企业，依法减免相关行政事业性收费。",                                          # an open class, the law's
    "对新引进的工业企业，按照固定资产投资额给予一次性奖励。",                                      # no element or fee
]

BARRED = [
    # (sentence, the period or the until the bar stands on)
    ("广告主发布违法广告拒不改正的，市场监督管理部门可以责令其暂停在本市范围内发布任何广告，直至整改到位为止。", "直至整改到位为止"),
    ("防雷检测机构出具虚假检测报告的，由县气象局责令其暂停在本县开展防雷检测业务，直至整改验收合格为止。", "直至整改验收合格为止"),
    # 其 after the barred act's verb; the conduct named by the list of acts (set X)
    ("再生资源回收站点有本办法第十二条所列行为的，由区商务主管部门注销其回收站点编号并予以公告，一年内不再受理其设点申请。", "一年"),
    # beside a law cited only for what the exception sets aside (set Y)
    ("施工单位在民用建筑中使用列入禁止使用目录的保温材料的，县住房和城乡建设局除依照《民用建筑节能条例》第四十一条处理外，"
     "另将该企业信用等级降为D级，十二个月内暂停其在本县承接新建工程。", "十二个月"),
]

NOT_BARRED = [
    "施工现场发现重大火灾隐患的，依照《中华人民共和国消防法》第五十四条，责令其暂停施工，直至隐患消除。",  # cited
    "县档案馆因库房改造暂停对外开放的，应当提前十日公告，直至改造完成后恢复开放。",                   # the body's own
    "市场主体因自然灾害等原因申请歇业的，登记机关依其申请暂停其经营活动，直至其申请恢复营业。",       # own request
]


@pytest.mark.parametrize("sentence, words", RATED)
def test_rated_charge(sentence, words):
    found = charges(sentence)
    assert found and words in sentence[found[0].start:found[0].end + 4], (sentence, found)


@pytest.mark.parametrize("sentence", NOT_RATED)
def test_no_rated_charge(sentence):
    assert not charges(sentence), sentence


@pytest.mark.parametrize("sentence", FAVOURED)
def test_element_favour(sentence):
    found = element_favours(sentence)
    assert found and not found[0][2], (sentence, found)


@pytest.mark.parametrize("sentence", NOT_FAVOURED)
def test_no_element_favour(sentence):
    assert not [f for f in element_favours(sentence) if not f[2]], sentence


@pytest.mark.parametrize("sentence, words", BARRED)
def test_bar(sentence, words):
    found = [e for e in effects(sentence) if e.name == "disqualify" and e.laid and e.basis == "none" and not e.guard]
    assert found and any(words in e.period for e in found), (sentence, found)


@pytest.mark.parametrize("sentence", NOT_BARRED)
def test_no_bar(sentence):
    assert not [e for e in effects(sentence) if e.name == "disqualify" and e.laid], sentence


RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in fixture_cases("fcfee28.toml")])
def test_fcfee28_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
