"""Round 26 (money26): fee, fair competition and contract — open-slot readings of money and of market actors.

Fee (review/norms/charge.py): money gathered by 筹/募/征/摊 from a private party the sentence names (向承包农户筹集);
a sum collected at a rate for an act the party applies for, with no collector named (办理……备案的，按每份……元收取);
remuneration nouns (酬劳, 报酬); the money before its amount before the collector (成本200元，由……机构统一收取); a
contract as the unit a rate counts (每份租赁合同) is no agreement; a share of one's own goods handed to a body for
nothing (不低于门票总数2%的工作票). Penalty (``sanctioning``, review/categories.py): money counted per day or unit on
the party's own wrong is a fine under another name (超期占用金). Fair competition: goods handed or money deposited to a
named provider (交售至, 存入……银行); a right allotted, or a counterparty picked, within owned firms (review/norms/
entry.py ``takings``); new entrants frozen (``entry_bars``); ownership as a benefit's condition (``_marked``); a
floor at, or a fixed standard executed of, a body's figure (FC-PRICE). Contract: a zone around 乙方's site closed to
new entrants (K-NO-COMPETITOR); overdue interest waived and a term tied to next year's budget (K-SME-INTEREST,
K-SME-PAY). Clauses of tests/fixtures/rewordings/money26.toml (written before the build) and money26b.toml (written
after it, measured before its own fixes), and rows of sets Q and R.
"""

import pytest

from review.norms.charge import charges, sanctioning
from review.norms.competition import designations, price_floors
from review.norms.entry import entry_bars, favours, takings
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

RULES = load_packs()


@pytest.mark.parametrize("sentence, found", [
    # gathered from a named private party, through the villages (Q novel_aq)
    ("各村应当按照每亩五元的标准向承包农户筹集秸秆禁烧管护金，于每年九月底前统一上缴乡镇财政所，专项用于禁烧巡查补助。", True),
    # a rate for an act the party applies for; the contract the rate's unit (Q novel_ap)
    ("出租人办理房屋租赁登记备案的，按每份租赁合同50元收取登记费。", True),
    # a training's cost with its amount before the collector (Q novel_ar)
    ("退役士兵参加县退役军人事务局组织的适应性培训，每人交纳资料、场地及食宿成本200元，由培训承办机构统一收取。", True),
    # remuneration by its noun, from a named private party (Q novel_ar)
    ("村（社区）协办员为城乡居民代办养老保险参保登记、领取资格认证的，可按每人次5元向办事群众收取代办酬劳，用于弥补协办工作经费。", True),
    # in kind: a share of one's tickets to a body (R novel_as)
    ("演出举办单位应当在演出前向县文旅体局提供不低于可售门票总数2%的工作票，用于执法检查和安全保障人员入场。", True),
    # an allowance's name collected from the villagers named (money26b)
    ("各村民小组应当按照每人每年十元的标准向本组村民统筹收取护林员补贴，交村委会统一发放。", True),
    # look-alikes: a body raising its own funds; a benefit taken back; a call for designs; money paid out to farmers; a
    # civil price; a sample for inspection
    ("县财政局应当多渠道筹集资金，保障项目建设。", False),
    ("对骗取补贴的，由县农业农村局向申请人收回已发放的补贴资金。", False),
    ("乡镇人民政府应当向社会公开征集设计方案，择优选用。", False),
    ("村集体经济组织按照每亩五百元的标准向承包农户支付土地流转收益。", False),
    ("物业服务收费按照业主与物业服务企业签订的物业服务合同约定执行。", False),
    ("生产企业应当按照抽样检验的要求向县市场监督管理局提供不少于百分之一的样品。", False),
])
def test_charges(sentence, found):
    assert bool(charges(sentence)) is found, charges(sentence)


@pytest.mark.parametrize("sentence, words", [
    # a sum per day and square metre on land not returned (R novel_at, labelled penalty)
    ("（六）临时用地期满未交还土地的，按每日每平方米二元计收超期占用金，至交还土地之日止。", "计收超期占用金"),
    # a flat 补偿金 per trip on a route not kept (money26b)
    ("建筑垃圾运输车辆未按指定路线行驶的，由县城市管理局按每车次五百元收取道路清扫补偿金。", "收取道路清扫补偿金"),
    # look-alikes: the statutory late charge (行政强制法 第四十五条); a fee with no wrong
    ("逾期未缴纳的，按日加收万分之五的滞纳金。", ""),
    ("出租人办理房屋租赁登记备案的，按每份租赁合同50元收取登记费。", ""),
])
def test_sanctioning(sentence, words):
    assert sanctioning(sentence) == words


@pytest.mark.parametrize("reading, sentence, found", [
    # goods handed to, money deposited with, a named provider (R novel_au)
    (designations, "本县出租汽车、公交车辆达到报废标准的，统一交售至县城投集团下属报废机动车回收公司拆解。", True),
    (designations, "发卡经营者的预收资金应当存入县农村商业银行开立的专用存管账户，不得在其他银行业金融机构存管。", True),
    # … not the government's own account
    (designations, "县级财政资金应当存入县财政局在国库开设的国库单一账户。", False),
    # a right allotted to, a counterparty picked within, owned firms (R novel_at, Q novel_ap)
    (takings, "全县建筑用砂石土采矿权原则上统一出让给县属国有企业，由其统一开采、统一销售。", True),
    (takings, "保障性住房代建单位原则上在县属国有企业中确定，确需选择其他企业的，须报县保障性住房建设领导小组同意。", True),
    (takings, "采矿权应当依法通过招标、拍卖、挂牌方式公开出让。", False),
    # new entrants frozen (R novel_as)
    (entry_bars, "为防止电竞酒店无序扩张，自本通知印发之日起至2026年12月31日，全县暂停新设电竞酒店的相关登记、备案。", True),
    # ownership as a benefit's condition, or as the object a benefit is given to (R novel_as, money26b)
    (favours, "新建电影院加入省属院线并由国有资本控股的，按每块银幕5万元给予一次性建设补助。", True),
    (favours, "对由市属国有资本独资或者控股的物流企业，按新增仓储面积每平方米30元给予补贴。", True),
    (favours, "县人民政府按照每块银幕2万元的标准对新建影院给予补助，不区分投资主体所有制性质。", False),
    # a floor at a body's price; a fixed standard executed (R novel_au, Q novel_ar)
    (price_floors, "县内加油站汽油、柴油零售价格由县发展和改革局按月统一核定，各加油站不得低于核定价格销售。", True),
    (price_floors, "经营性人力资源服务机构的职业介绍、人才推荐服务，统一执行县人社局核定的收费标准，不得自行上浮。", True),
])
def test_fair_competition_readings(reading, sentence, found):
    spans = reading(sentence)
    assert bool(spans and not spans[0][2]) is found, spans


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in fixture_cases("money26*.toml")])
def test_money26_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
