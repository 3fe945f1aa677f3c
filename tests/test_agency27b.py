"""Round 27 wave 2 (agency27b, issues 8/9): functions that moved in the reforms, read by the function.

* MV-LOCAL-FINANCE: 典当行、融资租赁公司、商业保理公司 set up, changed, checked yearly or supervised by any body but the local
  financial regulator (商务局、商务厅、经济和信息化局 …): 商办流通函〔2018〕165号, from 2018-04-20 ([WEB]).
* MV-PRICE-INSPECTION: price inspection worded by its object (……商品价格的监督检查, 价格开展专项检查, 检查……明码标价,
  哄抬……价格 then 查处); the old body only helping the market regulator is kept.
* MV-GRASSLAND: grassland supervised (监督检查, 巡查, 查处, 征用审核, 防火) by any body but 林业和草原 (2018 reform).
  agencies.FORMER no longer reads the 原 of 草原 as "former" (草原执法由县农牧局负责 named no former body).

Clauses of tests/fixtures/rewordings/agency27b.toml (written before the build) and rows of V, W, X's misses.
"""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases
from tests.rule_rows import check_row, rule_rows

RULES = load_packs()

ROWS = [
    # 典当行 supervised by 商务 (V, W, X: three writers)
    ("MV-LOCAL-FINANCE", "典当行的设立审核、年审和日常监督管理由市商务局负责，公安机关负责治安管理。", True),
    ("MV-LOCAL-FINANCE", "典当行在本县设立分支机构、变更股权结构的，由县商务局进行初审，并报市商务局审批。", True),
    ("MV-LOCAL-FINANCE", "典当行申请设立分支机构的，由市商务局初审后报省商务厅审批。", True),
    # look-alikes: the regulator named with 商务 helping (W); the regulator alone (V); 商务 promoting trade, not supervising
    ("MV-LOCAL-FINANCE", "典当行、融资租赁公司、商业保理公司的日常监管，由县地方金融管理部门按照上级要求负责，县商务局配合做好行业发展规划。", False),
    ("MV-LOCAL-FINANCE", "典当行的日常监督管理由市地方金融管理部门负责，公安机关依照有关规定对典当业实施治安管理。", False),
    ("MV-LOCAL-FINANCE", "县商务局负责推动商贸流通企业与融资租赁公司开展合作，拓宽中小商贸企业融资渠道。", False),
    # price inspection worded by its object (W)
    ("MV-PRICE-INSPECTION", "节假日期间商场、超市商品价格的监督检查由县发展和改革局负责，县商务局做好市场供应监测。", True),
    # look-alikes: the old body helping the market regulator; price management kept by 发改
    ("MV-PRICE-INSPECTION", "县发展和改革局配合县市场监督管理局开展供暖价格的监督检查。", False),
    ("MV-PRICE-INSPECTION", "县发展和改革局负责开展农产品成本调查和重要商品价格监测。", False),
    # grassland supervision by the 农牧 body (V)
    ("MV-GRASSLAND", "草原禁牧休牧和草畜平衡的监督检查，由县农牧局草原监理站负责组织实施。", True),
    ("MV-GRASSLAND", "草原执法由县农牧局负责。", True),
    # look-alikes: the 林草 body named; livestock production kept; the reform described; 林草局's own station
    ("MV-GRASSLAND", "草原禁牧休牧的监督检查由县林业和草原局负责，县农业农村局配合做好舍饲圈养技术指导。", False),
    ("MV-GRASSLAND", "县农业农村局负责牛羊良种繁育和饲草料种植技术推广。", False),
    ("MV-GRASSLAND", "原县农牧局承担的草原监督管理职责，已按照机构改革方案划入县林业和草原局。", False),
    ("MV-GRASSLAND", "县林业和草原局草原监理站负责全县草原执法和草原防火工作。", False),
]


@rule_rows(ROWS)
def test_rule_rows(rule_id, text, expected):
    check_row(rule_id, text, expected)


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in fixture_cases("agency27b.toml")])
def test_agency27b_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
