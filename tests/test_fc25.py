"""Round 25 (fc25): fair competition — a benefit or an access conditioned on a mark the party bears, read by structure
(review/norms/entry.py ``_marked``, inside ``favours``; FC-FAVOUR-EFFECT), and the designation and price readings
widened (review/norms/competition.py).

The mark is an open slot read by its grammar: a place + a registering verb (在本县办理注册登记, 转籍至本县, 纳税关系在
本市), a founder's 户籍/籍, 总部 + a place, goods made in a county's park, ownership (县属国有), a set a body fixed
(推荐的/备案的/列入……名录的), an honour a body grants (授予的……称号, 县商务局“老字号”). The means is any benefit or
gate: a score, a raised or paid subsidy, a priority, a benefit only for the marked, a gate to taking part, a steering
with an incentive, the others' worse term over a ；.

Clauses of tests/fixtures/rewordings/fc25.toml (written before the build), fc25b.toml (written after it, before
looking at how it read them), and rows of the dev sets' misses (M, N).
"""

import pytest

from review.norms.competition import designations, price_floors
from review.norms.entry import favours
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases
from tests.rule_rows import check_row, rule_rows

RULES = load_packs()

ROWS = [
    # MARK x MEANS: the place of registration and of social insurance as a supplier's gate
    ("FC-FAVOUR-EFFECT", "城区园林绿化养护服务项目的供应商，应当为在本县办理注册登记且在本县连续缴纳社会保险满一年的企业。", True),
    # … goods made in the county's park, a bid score
    ("FC-FAVOUR-EFFECT", "城区路灯和景观亮化工程招标时，投标人采用县工业园区企业生产的灯具的，技术标评审给予五分加分。", True),
    # … state ownership, a reward, the others left out
    ("FC-FAVOUR-EFFECT", "对县属国有环卫企业，按照其年度环卫服务合同额的百分之五给予运营奖励，其他所有制企业不适用本条。", True),
    # … registration and the vehicles moved to the county as the gate of a fund
    ("FC-FAVOUR-EFFECT", "为培育壮大本县现代物流产业，申请入园扶持资金的物流企业，应当在本县办理市场主体登记，并将其自有运输车辆全部在本县登记落户。", True),
    # … the founder's 户籍, a subsidy raised
    ("FC-FAVOUR-EFFECT", "由本县户籍人员投资举办的民办养老机构，一次性床位建设补贴在统一标准基础上上浮30%。", True),
    # … a headquarters in the principal's place, a priority
    ("FC-FAVOUR-EFFECT", "市、县民政部门作为委托人设立慈善信托的，应当优先选择总部注册地与委托人所在地一致的信托公司担任受托人。", True),
    # … an honour a city bureau grants, a bid score
    ("FC-FAVOUR-EFFECT", "社工服务项目评审中，投标机构近三年获得过市民政局授予的“优秀社会工作服务机构”称号的，加10分。", True),
    # … a set a station keeps, a subsidy only for what it sells
    ("FC-FAVOUR-EFFECT", "农机购置县级累加补贴仅对县农机推广站备案的经销商销售的机具予以兑付。", True),
    # … a set a bureau recommends, a steering with a subsidy and an assessment
    ("FC-FAVOUR-EFFECT", "各乡镇要引导种粮大户选择县农业农村局推荐的承保机构投保，对此类投保县级财政再给予百分之十的保费补贴，推荐机构承保面积占比纳入乡镇年度目标考核。", True),
    # … a list of one, only-for; a body's quoted title, a priority
    ("FC-FAVOUR-EFFECT", "体育场馆运营补助只向列入县体育局名录的场馆发放。", True),
    ("FC-FAVOUR-EFFECT", "获得县商务局“老字号”挂牌的餐饮企业，在城区美食街招租时享有优先承租权。", True),
    # look-alikes: a person's 户籍 in social assistance; equal treatment; an award for an open competition; SME deduction;
    # a place of service delivery; 本县 as where the work is done; an open list for the parties' choice
    ("FC-FAVOUR-EFFECT", "本县户籍的最低生活保障对象参加职业技能培训的，按照规定给予培训补贴。", False),
    ("FC-FAVOUR-EFFECT", "对在本县投资新建冷藏库的各类经营主体，不论注册地和所有制，按照库容给予同一标准的建设补助。", False),
    ("FC-FAVOUR-EFFECT", "对获得县人民政府质量奖的企业，给予一次性奖励二十万元，质量奖评选向各类所有制企业开放。", False),
    ("FC-FAVOUR-EFFECT", "县级机关办公家具采购，依照《政府采购促进中小企业发展管理办法》对小微企业报价给予百分之十的价格扣除。", False),
    ("FC-FAVOUR-EFFECT", "承接城区公厕保洁服务的供应商，应当在本县城区提供驻场服务，接到报修后三十分钟内到达现场。", False),
    ("FC-FAVOUR-EFFECT", "县农业农村局公布辖区内依法开展农业保险业务的保险机构名单，供农户自主选择投保。", False),
    ("FC-FAVOUR-EFFECT", "县属国有企业应当按照规定向县财政局上缴国有资本收益。", False),
    # RESERVE: a named firm's exclusive supply, the party's own purchase outside the subsidy; a set a centre
    # designates (its name's 就业服务 is no service of the government's); insurance placed with a set the government fixed
    ("FC-RESERVE-EFFECT", "良种补贴项目所需稻种由县种子公司统一供种，农户自行购买的种子不纳入补贴范围。", True),
    ("FC-RESERVE-EFFECT", "用人单位为残疾职工开展岗前培训、适配辅助器具的，统一由县残疾人就业服务中心指定的机构提供。", True),
    ("FC-RESERVE-EFFECT", "全县高危行业生产经营单位投保安全生产责任保险，统一向县政府确定的共保体牵头保险机构投保。", True),
    ("FC-RESERVE-EFFECT", "生产经营单位可以自主选择依法设立的保险机构投保安全生产责任保险，任何部门和单位不得指定或者变相指定。", False),
    # PRICE: a price a body sets that market parties settle at; look-alikes: the catalogue, a price the price law lets
    # the government guide
    ("FC-PRICE", "城区通信铁塔站址的租赁价格，由县发展和改革局统一核定，基础电信企业和铁塔公司按核定价格结算。", True),
    ("FC-PRICE", "城区居民生活用水价格依照《中华人民共和国价格法》和省定价目录，由县发展和改革局制定，报县人民政府批准后公布。", False),
    ("FC-PRICE", "A级旅游景区门票价格依照《中华人民共和国价格法》实行政府指导价，由县发展和改革局核定后公布。", False),
]


@rule_rows(ROWS)
def test_rule_rows(rule_id, text, expected):
    check_row(rule_id, text, expected)


@pytest.mark.parametrize("sentence, before", [
    # the others' worse term in the half after ；: a payment term, a payment schedule
    ("其他企业承建的，按已完工程量的百分之七十支付。", "县属国有企业承建的农村公路项目，工程进度款按月全额支付；"),
    ("社会资本投资的项目，按发电量分年兑付。", "县管国有企业投资的光伏发电项目，县级配套奖补资金提前一次性拨付；"),
])
def test_an_ownership_contrast_over_a_semicolon(sentence, before):
    assert any(not g for _, _, g in favours(sentence, "", before))
    assert not favours(sentence, "", "")


@pytest.mark.parametrize("reading, sentence, guarded", [
    # a scheme named in the provider stays the government's own service (惠州 医保办法, a real document's line)
    (designations, "保所打印的缴费凭证，到社保经办机构指定的收费单位缴纳居民", True),
    (designations, "用人单位为残疾职工开展岗前培训、适配辅助器具的，统一由县残疾人就业服务中心指定的机构提供。", False),
    # a set price settled at by the parties: the price-setting body's name guards nothing, the catalogue does
    (price_floors, "城区月嫂、育婴员服务价格由县人力资源和社会保障局统一确定，家政服务机构按确定的价格与客户结算。", False),
    (price_floors, "城区公共汽车票价由县发展和改革局依照定价目录统一制定，公交企业按制定的价格收取。", True),
])
def test_guards(reading, sentence, guarded):
    found = reading(sentence)
    assert found and bool(found[0][2]) is guarded, found


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in fixture_cases("fc25*.toml")])
def test_fc25_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
