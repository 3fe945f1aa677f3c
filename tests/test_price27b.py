"""Round 27 wave 2 (price27b, issue 8): a body fixing, approving or capping the price of a service the market prices
(价格法 第三条、第六条; 公平竞争审查条例 第十一条第（二）项、第（三）项), read with open slots — a price noun by its ending
(……价格/……费/……收费标准/……佣金/……租金/……票价) of businesses, fixed by any body (由……统一核定为, 一律执行……核定的
标准, 统一按……收取) with the businesses' own price shut (不得自行调整/擅自提高或者降低/另行约定), or its change submitted
to a body (调整……价格的，应当报……核定后执行) — review/norms/competition.py ``_fixed``; the price authority's name no longer
excuses a price pinned that way, the catalogue's goods and a cited basis do. Also: a must-buy from the venue's own
shop (馆内……服务部, 院内……超市: a provider named by the venue it sits in) and local social insurance paid as a bidder's
condition (FC-LOCAL-ONLY no longer excused by 社会保险 there).

Clauses of tests/fixtures/rewordings/price27b.toml (the problems and first six look-alikes written before the build) and
the dev sets' misses (V, W, X, U).
"""

import pytest

from review.norms.competition import price_floors
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases
from tests.rule_rows import check_row, rule_rows

RULES = load_packs()

ROWS = [
    # a change of a hotel's room price submitted to a body (V)
    ("FC-PRICE", "旅馆调整客房价格的，应当提前15日报市场监督管理部门核定后执行。", True),
    # a charging fee fixed in figures by the price authority, the operators' own price shut (V)
    ("FC-PRICE", "电动汽车充电服务费由区发展和改革局统一核定为每千瓦时零点四元，各运营企业不得自行调整。", True),
    # a commission laid as a rate for all (X)
    ("FC-PRICE", "二手车经纪服务佣金统一按成交价的1.5%收取，各经纪机构不得自行上浮或者下调。", True),
    # a body's standard executed by all, the parties' agreement shut (W): reported beside C-POWER-EFFECT
    ("FC-PRICE", "本区住宅小区物业服务收费一律执行区住房和城乡建设局核定的统一标准，业主大会与物业服务企业不得另行约定。", True),
    # a cap in figures under the price authority's name (U)
    ("FC-PRICE", "非学科类培训机构的课时收费标准由县发展改革局、县教育局统一核定，每课时收费不得高于40元。", True),
    # look-alikes: a catalogue price set 依法; the school's catalogue fee; the government as buyer; a filing
    ("FC-PRICE", "居民生活用水价格按照政府定价执行，由县发展和改革局依法制定并公布。", False),
    ("FC-PRICE", "公办幼儿园保育教育费标准由县发展和改革局会同县教育局按照管理权限核定，幼儿园不得自行调整。", False),
    ("FC-PRICE", "县民政局购买居家养老服务的，服务价格由购买主体根据服务成本核定，并在合同中约定。", False),
    ("FC-PRICE", "旅行社调整服务价格的，应当报县文化和旅游局备案。", False),
    # a must-buy from the venue's own shop (W), the shop named by the venue it sits in — competition.py ``_INSIDE``
    ("FC-RESERVE-EFFECT", "在县殡仪馆办理丧事的，骨灰盒、寿衣等殡葬用品应当在馆内殡葬用品服务部购买，丧属自带的用品不予使用。", True),
    ("FC-RESERVE-EFFECT", "在县人民医院住院的患者，护理用品应当在院内便民超市购买，自行购买的不得带入病房使用。", True),
    ("FC-RESERVE-EFFECT", "患者可以自行选择在院内或者院外购买护理用品。", False),
    # local social insurance paid as a bidder's condition is a local tie, not a resident's benefit (V)
    ("FC-LOCAL-ONLY", "为保证工程质量，小型农田水利工程施工招标时，投标人应当具有在本县完成同类工程的业绩，且近三年在本县缴纳社会保险的技术人员不少于五人。", True),
    ("FC-LOCAL-ONLY", "中标人应当为在本县施工的从业人员依法缴纳工伤保险。", False),
]


@rule_rows(ROWS)
def test_rule_rows(rule_id, text, expected):
    check_row(rule_id, text, expected)


@pytest.mark.parametrize("text, guard", [
    # one row per shape of the reading: fixed by a body with the own price shut; a rate for all; the body's standard
    # executed; a change submitted to a body
    ("全市汽车租赁日租金由市交通运输局统一核定为每日二百元，各租赁公司不得自行调整", ""),
    ("婚庆服务费统一按合同金额的8%收取，各婚庆公司不得擅自提高或者降低", ""),
    ("本镇农家乐餐饮住宿价格一律执行镇人民政府核定的统一标准，经营户不得另行定价", ""),
    ("社会资本投资建设的经营性停车场变更收费标准前，须报县住房和城乡建设局核准后执行", ""),
    # guards: the catalogue's goods, a basis named, the government buying
    ("殡葬基本服务收费标准由价格主管部门依照《中华人民共和国价格法》核定，殡仪馆不得自行提高", "lawful_price"),
    ("县城公交车票价由县人民政府依法核定为每人次一元，公交公司不得自行调整", "lawful_price"),
])
def test_price_fixed(text, guard):
    spans = price_floors(text)
    assert spans and spans[0][2] == guard, (text, spans)


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in fixture_cases("price27b.toml")])
def test_price27b_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
