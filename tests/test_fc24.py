"""Round 24 (fc24): fair competition with open slots (review/norms/entry.py) — who is favoured or kept out, by what
means, in what market — each reading on its problems and on the look-alikes of the same grammar.

* RESERVE — a pick confined to a set the government keeps (目录/名录/库/中介超市/平台); a named body taking the market
  with the others shut out or made to join it; a long grant shutting the others out (FC-RESERVE-EFFECT);
* ENTRY — entrants capped (总量控制, 每两万人一家, 不得超过三家, 饱和……暂停受理), spaced from the incumbents, or gated
  by a size, an ownership, a title the government awards or a record in the locality (FC-ENTRY-EFFECT);
* DIFFER — a fee, a price or a subsidy by origin (FC-ORIGIN-EFFECT);
* FAVOUR — the government's own or a named company spared a charge or a procedure; a fund routed to one body
  (FC-FAVOUR-EFFECT).

Clauses of tests/fixtures/rewordings/fc24.toml (written before the readings) and fc24b.toml (written after the
readings were built, before looking at how they read them), and rows from the dev sets' misses (K, L, P).
"""

import pytest

from review.norms.entry import closed_sets, entry_bars, favours, origin_rates, takings
from review.norms.lookalike import lookalike_reason
from review.rules import load_packs
from tests.new_clauses import FIXTURES, check_clause, fixture_cases
from bench.rewording_eval import FLAGGING, Text, review_text
from tests.rule_rows import check_row, rule_rows

RULES = load_packs()

ROWS = [
    # RESERVE: a list, catalogue, pool or platform the government keeps; the outside of the list refused
    ("FC-RESERVE-EFFECT", "企业委托开展安全评价、环境监测、地质灾害危险性评估的，须在县'中介超市'入库机构中选取。", True),
    ("FC-RESERVE-EFFECT", "新建、改建母婴室应当选用县妇女联合会推荐目录内的母婴设施产品，目录外产品不予验收。", True),
    ("FC-RESERVE-EFFECT", "外卖配送企业在本县开展业务，须接入县商务局确定的智慧配送平台，并通过该平台统一派单。", True),
    # … a set fixed without 的 (推荐服务商), a set fixed doing what is asked (确定的两家……出具)
    ("FC-RESERVE-EFFECT", "纳入联网直报的企业统一使用县统计局推荐服务商提供的报送客户端，不得自行选用其他软件。", True),
    ("FC-RESERVE-EFFECT", "企业申请信用修复所需的信用报告，须由县信用办确定的两家信用服务机构出具。", True),
    # … a body taking the market; the others made to join it; a long grant shutting the others out
    ("FC-RESERVE-EFFECT", "城区再生资源回收网点由县供销合作社统一规划布点，其他市场主体新设回收网点的，应当并入供销社回收体系统一经营。", True),
    ("FC-RESERVE-EFFECT", "网约车平台企业在本县开展经营的，须与县公共交通集团合资组建运营公司，由合资公司申请网约车经营许可。", True),
    ("FC-RESERVE-EFFECT", "市公共数据授权运营工作由市大数据集团有限公司承担，授权期限十年，期内不再授权其他主体开展同类业务。", True),
    # … look-alikes: an open platform and the party's own choice; a platform of supervision; a concession let by tender
    ("FC-RESERVE-EFFECT", "县中介服务网上交易平台对符合条件的中介机构开放入驻，不设数量限制，项目业主通过公开竞价方式自主选取中介机构。", False),
    ("FC-RESERVE-EFFECT", "网约车平台企业应当接入县交通运输局建设的网约车监管平台，实时传输运营数据。", False),
    ("FC-RESERVE-EFFECT", "县城市公共交通集团依照特许经营协议经营城区公交线路，协议期满后通过公开招标重新确定经营者。", False),
    ("FC-RESERVE-EFFECT", "县级机关办公用品通过省政府采购网上商城采购，采购人在电子卖场内自主选择供应商。", False),
    # ENTRY: caps and spacing on entrants
    ("FC-ENTRY-EFFECT", "机动车维修经营者数量按照城区每两万常住人口一家的标准实行总量控制，达到总量的暂停受理新的备案。", True),
    ("FC-ENTRY-EFFECT", "同一条街道上经营同类餐饮的店铺不得超过三家。", True),
    ("FC-ENTRY-EFFECT", "寿衣、骨灰盒等殡葬用品由县殡仪馆统一销售，其他经营者不得在殡仪馆周边一公里范围内经营。", True),
    ("FC-ENTRY-EFFECT", "新开设的超市与已有超市之间的直线距离不得少于一千米。", True),
    # … thresholds unrelated to the service: a size, an ownership, a title the buyer awards, a local record
    ("FC-ENTRY-EFFECT", "农村义务教育学生营养餐配送企业应当为注册资本不低于1000万元的国有控股企业。", True),
    ("FC-ENTRY-EFFECT", "参与政府购买居家养老服务的供应商，应当具有县民政局评定的“星级服务机构”称号。", True),
    ("FC-ENTRY-EFFECT", "申请新增城区公交线路经营的企业，应当具有在本县连续五年以上从事道路客运经营的经历。", True),
    # … look-alikes: a cap a local regulation provides, let by tender; a safety distance; a qualification of the
    # service; a protective clause; the hukou's total control (no market: the real documents' 积分入户 sentences)
    ("FC-ENTRY-EFFECT", "客运出租汽车行业坚持统筹规划、公平竞争、总量控制的原则，新增运力通过服务质量招投标方式配置。", False),
    ("FC-ENTRY-EFFECT", "加油站的选址与周边学校、医院的安全距离应当符合国家标准。", False),
    ("FC-ENTRY-EFFECT", "参与农村饮水工程维护服务采购的供应商，应当具备相应的施工资质和不少于三名持证的水质检验人员。", False),
    ("FC-ENTRY-EFFECT", "城区洗车场的设置应当符合城市排水和环境保护的要求，不得以数量已满为由拒绝办理相关手续。", False),
    ("FC-ENTRY-EFFECT", "我市对年度积分入户人数实行总量控制。", False),
    ("FC-ENTRY-EFFECT", "申请人获得广州市及越秀区政府授予优秀称号的证明材料。", False),
    # DIFFER: a rate or a subsidy by origin; look-alikes: the same standard; a person's hukou (D030)
    ("FC-ORIGIN-EFFECT", "外地蔬菜批发商进入本市批发市场经营的，摊位费按本地经营户标准的1.5倍收取。", True),
    ("FC-ORIGIN-EFFECT", "外省籍运输车辆进入县砂石集散中心装货的，过磅服务费按每车五十元收取，本省车辆每车二十元。", True),
    ("FC-ORIGIN-EFFECT", "外省籍运输车辆进入县砂石集散中心装货的，与本省车辆执行相同的过磅服务费标准。", False),
    ("FC-ORIGIN-EFFECT", "用人单位应当为其本市户籍职工参加基本医疗保险一档，为其非本市户籍职工在基本医疗保险一档、二档、三档中选择一种形式参加。", False),
    # FAVOUR: a charge or a procedure spared the own company; a fund routed to one body
    ("FC-FAVOUR-EFFECT", "对县城投集团及其子公司承建的保障性住房和市政项目，免收城市基础设施配套费和防空地下室易地建设费。", True),
    ("FC-FAVOUR-EFFECT", "就业技能培训补贴资金定向拨付县职业技术学校，其他培训机构组织的培训不纳入补贴范围。", True),
    ("FC-FAVOUR-EFFECT", "市政道路维修工程，各类所有制企业均通过公开招标确定承接单位。", False),
]


@rule_rows(ROWS)
def test_rule_rows(rule_id, text, expected):
    check_row(rule_id, text, expected)


@pytest.mark.parametrize("reading, sentence, before", [
    # the contrast in the half after ；: the procedure spared, the others sent to tender
    (favours, "其他所有制企业参与的，须通过公开招标确定。", "国有企业承接的农村供水管网改造项目，可以直接委托实施；"),
    # … two rates by origin, one in each half
    (origin_rates, "县内企业按每个五百元收取。", "县外生产企业参加本县农产品展销会的，展位费按每个三千元收取；"),
])
def test_a_contrast_over_a_semicolon(reading, sentence, before):
    assert any(not g for _, _, g in reading(sentence, "", before))
    assert not reading(sentence, "", "")


@pytest.mark.parametrize("reading, sentence", [
    (closed_sets, "各中小学校的学生校服，应当在县教育局搭建的校服采购平台入驻企业中选购。"),
    (takings, "县城区户外广告位经营权整体授予县文化旅游投资有限公司，期限二十年，期满前不再向其他企业出让。"),
    (entry_bars, "城区共享电单车运营企业应当为市属国有企业或者其控股企业。"),
    (entry_bars, "承接政府购买社区养老服务的机构，须连续三年在本区开展养老服务且年服务人次不少于一万。"),
    (origin_rates, "冷链运输补贴仅限于在本县办理登记的运输企业，县外企业承运的不予补贴。"),
    (favours, "县农业发展投资公司租用的国有农场土地，三年内免收租金；其他经营主体按市场价格租用。"),
])
def test_readings(reading, sentence):
    assert any(not g for _, _, g in reading(sentence))


def test_a_party_entrusting_is_no_body_restraining_itself():
    # 委托 opens the party's act: the 不予补贴 after it is the exclusion, not a body's promise not to subsidise
    s = "委托外地物流企业承运的，不予补贴。"
    assert lookalike_reason("fair-competition", s, "委托外地物流企业承运的，不予补贴", "", "error", "", None) is None


@pytest.mark.parametrize("stem, index, case", fixture_cases("fc24.toml"), ids=lambda v: str(v)[:12])
def test_fc24_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("stem, index, case", fixture_cases("fc24b.toml"), ids=lambda v: str(v)[:12])
def test_fc24b_clause(corpus, stem, index, case):
    # a look-alike here is read for fair competition only: 对……企业承建的项目……收取工程质量监督检测费 is a fee the fee
    # rules question on their own (C-FEE-01), whoever bears it
    text = Text(rule="NEW-fair-competition", category="fair-competition", polarity=case["polarity"], variant=1,
                text=case["text"], header=case.get("header", ""))
    found = [f for f in review_text(text, "normative", corpus, RULES) if f.severity in FLAGGING]
    categories = {c for f in found for c in (f.detail.get("categories") or [f.category])}
    assert ("fair-competition" in categories) is (case["polarity"] == "positive"), (case["text"], found)
