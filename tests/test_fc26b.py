"""Round 26 wave 2 (fc26b, issue 8): fair competition in agreements and bid conditions, read with open slots.

* K-NO-COMPETITOR: the government side (the actor of the act, 甲方 or an organ) promises no longer to deal with — buy
  from, rent from, entrust, cooperate with, admit, hand over to — any other actor, the actor read by its name's
  ending (其他……公司/企业/机构/单位/供应商/项目) or 第三方 (review/lexicons/contracts.toml ``contract.deal_refused``,
  ``contract.other_party``). The supplier's own promises and bars (乙方不得委托第三方实施) are not read.
* FC-LOCAL-ONLY: a participant's duty tied to local presence, registration, taxes or work done here, laid in the
  sentence itself rather than under a list header.

Clauses of tests/fixtures/rewordings/fc26b.toml (written before the build) and rows of the dev sets' misses (S, T, N).
"""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases
from tests.rule_rows import check_row, rule_rows

RULES = load_packs()

ROWS = [
    # EXCLUSIVITY: no other supplier's devices bought or rented (S)
    ("K-NO-COMPETITOR", "协议有效期内，甲方在全县范围内不再采购或者租赁其他供应商的交通违法抓拍设备，新增点位全部由乙方建设运营。", True),
    # … no other car park approved, the project read by its ending (S)
    ("K-NO-COMPETITOR", "乙方平时使用本人防工程期间，甲方（区人防主管部门）保证在工程周边500米范围内不再批准其他经营性地下停车场项目。", True),
    # … no other shoreline handed to a third party (T)
    ("K-NO-COMPETITOR", "本协议有效期内，甲方不再将本县境内其他港口岸线以任何形式交由第三方开发经营。", True),
    # … no cooperation with another trust company; no other body entrusted (N)
    ("K-NO-COMPETITOR", "甲方承诺，协议期内本县各级民政部门作为委托人设立的慈善信托均由乙方担任受托人，甲方不再与其他信托公司开展同类合作。", True),
    ("K-NO-COMPETITOR", "甲方承诺在协议期内不再委托其他机构在本园区开展安全托管服务，园区企业的安全技术服务均由乙方承担。", True),
    # look-alikes: the supplier's bar on subcontracting; its own capacity promise; confidentiality; the government's
    # right to turn to another on breach; no further payment
    ("K-NO-COMPETITOR", "乙方不得将本合同项下的服务委托第三方实施，不得转包或者违法分包。", False),
    ("K-NO-COMPETITOR", "乙方承诺在本合同履行期间不再承接其他单位的同类检测业务。", False),
    ("K-NO-COMPETITOR", "乙方不再委托其他单位检测。", False),
    ("K-NO-COMPETITOR", "甲方不得向第三方泄露乙方在履行本合同过程中提供的技术资料和商业秘密。", False),
    ("K-NO-COMPETITOR", "本合同终止后，甲方有权委托其他单位继续履行本合同项下的服务，由此增加的费用由乙方承担。", False),
    ("K-NO-COMPETITOR", "甲方不再另行向其他单位支付与本项目有关的任何费用。", False),
    # LOCAL TIE laid as a bidder's duty in the sentence: work done here and a site office here (S)
    ("FC-LOCAL-ONLY", "高标准农田建设项目投标人应当具有近三年在本市完成同类项目的业绩，并在本市设立常驻项目部。", True),
    ("FC-LOCAL-ONLY", "参与县级农村公路养护项目比选的企业，应当具有近两年在本县承接公路养护的业绩。", True),
    # look-alikes: performance without a place; the winner's site office for the works; equal treatment
    ("FC-LOCAL-ONLY", "投标人应当具有相应的施工资质和近三年完成同类项目的业绩。", False),
    ("FC-LOCAL-ONLY", "中标人应当在合同签订后十日内在项目所在地设立现场管理机构，负责工程的组织实施。", False),
    ("FC-LOCAL-ONLY", "参与投标的企业，不论注册地是否在本市，均适用相同的资格条件。", False),
    # … persons, not a market: enlisting, a pupil's enrolment (real documents D062, D078)
    ("FC-LOCAL-ONLY", "（二）具有本市常住户口的人员应征入伍，其所生婴儿可以在本市的祖父母或外祖父母户口所在地公安派出所办理出生登记。", False),
    ("FC-LOCAL-ONLY", "（五）各学校在新生报名登记时，应认真填写《南京市高淳区2016年新生入学报名花名册》，并及时进行新生入学资格审核。", False),
    # … the holder of the work owes its own duties on the spot (fc25b's look-alikes)
    ("FC-LOCAL-ONLY", "承接城区公厕保洁服务的供应商，应当在本县城区提供驻场服务，接到报修后三十分钟内到达现场。", False),
    ("FC-LOCAL-ONLY", "承接县内道路养护服务的企业，应当在县城区设置应急抢修队伍，确保在一小时内到达现场。", False),
]


@rule_rows(ROWS)
def test_rule_rows(rule_id, text, expected):
    check_row(rule_id, text, expected)


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in fixture_cases("fc26b.toml")])
def test_fc26b_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
