"""Round 27 wave 2 (issue 8: license, fee) — readings with open slots (gate27b):

* license: an admission regime a body runs over a business's act — a regime noun (准入/名录/资格 + 管理/制度/核查/审核)
  *实行* over whoever does an act; named 准入 it is a gate by its name, a 名录/资格 regime only with a bar after it —
  review/norms/paper.py ``_admission``; a body acting only on the paper obtained first (先行取得……意见，……凭该意见办理)
  — ``_ON_IT``; the 依法 of the registration done before a duty the document adds is no basis (企业依法办理登记后，应当……)
  — review/norms/analyse.py ``_EXCEPT_ADDED``, content.toml ``CITES_UPPER``;
* fee: a fee the document itself prices (每……元 / ……元的标准) and obliges a party to pay a firm (向……公司/企业缴纳……费)
  on its act — review/norms/charge.py ``_PRICE_SET``.

Rows are real inputs: set-V/W shapes the base missed, clauses of tests/fixtures/rewordings/gate27b.toml (written first,
other sectors), and lawful look-alikes of the same surfaces.
"""

from __future__ import annotations

import pytest

from review.norms.burden import burdens
from review.norms.charge import charges
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

GATED = [
    # (sentence, the words the gate stands on)
    # a regime named 准入, a list published, no bar written: the name is the gate
    ("电动自行车集中充电设施运营企业进入本区住宅小区开展经营的，实行准入管理，由区消防安全委员会办公室统一公布准入企业名录。", "准入管理"),
    ("通信基站、室内分布系统进入本市机关办公楼、医院、学校等公共建筑的，实行入场准入管理，由市通信设施建设协调办公室统一核发入场通知书。", "准入管理"),
    # … a county-level check regime before the statutory registration
    ("在本县设立典当行、小额贷款公司营业网点的，实行县级准入核查制度，经县地方金融工作领导小组审议通过后，方可向市场监督管理部门申请办理登记。", "准入核查"),
    # a 资格 regime with a bar after it (方可)
    ("本镇对农村集体聚餐承办厨师实行资格审核制度，经镇人民政府审核登记后，方可承办农村集体聚餐。", "资格审核"),
    # a paper obtained first, the registering body acting only on it (凭该意见办理)
    ("县城规划区内新设营业面积三千平方米以上的商场、超市，申请人应当先行取得县商务局出具的商业网点规划符合性意见，市场监督管理部门凭该意见办理登记。", "符合性意见"),
]

NOT_GATED = [
    # (sentence) — why it is lawful or no gate
    "本县对家庭农场实行名录管理，县农业农村局建立家庭农场名录，用于统计监测和政策指导，是否列入名录不影响其生产经营。",  # bars nothing
    "全面实行市场准入负面清单制度，清单之外的行业、领域和业务，各类经营主体皆可依法平等进入。",                      # the state's list
    "县机关事务管理中心对公务用车定点维修实行名录管理，经公开招标确定的维修企业列入定点名录，各单位公务用车应当在名录内企业维修。",  # own purchases
    "各部门不得对外地企业进入本县市场开展经营设置准入审核等限制条件，不得实行地方保护。",                            # protective
    "本县对家庭农场实行名录管理，由县农业农村局建立家庭农场名录。",                                                # a 名录 regime, no bar
]

CHARGED = [
    # (sentence, the words the charge stands on) — a price the document sets, paid to a firm on the party's act
    ("新建住宅小区接入市政供水管网的，建设单位应当按每户一千二百元的标准向县自来水公司一次性缴纳管网增容费。", "管网增容费"),
    ("业主在自有车位安装充电设施的，应当按照每桩每月五十元的标准向物业服务企业缴纳充电设施管理费。", "充电设施管理费"),
    ("基础电信运营企业进入住宅小区建设通信管线和基站的，应当按每站每年五千元向物业服务企业缴纳进场协调费。", "进场协调费"),
    # (a subject defined by a relative clause is the condition: ……的经营户，)
    ("农贸市场内从事活禽交易的经营户，应当按每户每月三百元的标准向市场开办企业缴纳检疫消毒服务费。", "检疫消毒服务费"),
]

NOT_CHARGED = [
    "居民用户应当按照每立方米三元的标准向供水公司缴纳水费。",                                       # the utility's own supply price
    "业主应当按照物业服务合同约定的每平方米每月一元的标准向物业服务企业缴纳物业服务费。",               # agreed
    "用户应当按照县发展和改革局核定的价格，每立方米三元五角向供水公司缴纳水费。",                     # the price authority's
    "新建住宅小区供水设施建设费用纳入房屋开发建设成本，供水企业不得向建设单位另行收取管网增容费等费用。",  # barred
]


@pytest.mark.parametrize("sentence, words", GATED)
def test_gated(sentence, words):
    found = [b for b in burdens(sentence) if b.name == "gated"]
    assert found and words in found[0].text, (sentence, found)


@pytest.mark.parametrize("sentence", NOT_GATED)
def test_not_gated(sentence):
    assert not [b for b in burdens(sentence) if b.name == "gated"], sentence


@pytest.mark.parametrize("sentence, words", CHARGED)
def test_charged(sentence, words):
    found = charges(sentence)
    assert found and words in found[0].text, (sentence, found)


@pytest.mark.parametrize("sentence", NOT_CHARGED)
def test_not_charged(sentence):
    assert not charges(sentence), sentence


RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in fixture_cases("gate27b.toml")])
def test_gate27b_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
