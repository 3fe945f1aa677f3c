"""Round 12 (issue 8, clauses12): what a list header lends its items, one row per behaviour.

(a) a header that names the application and the duty to hand papers in (申请……许可应当提交下列材料：) lends both to
an item naming an association's opinion or a village or residents' committee's consent: the paper is then a condition
of the licence (C-LICENSE-COND, C-LICENSE-CONSENT); the same header over a paper the law asks for lends nothing wrong.
(b) a grounds header (有下列情形之一的，取消其……资格：) and its item are read as one sentence (review/norms/grounds.py):
the consequence falls on the item's ground, and every exemption of the rule is read over ground and consequence
together (fraud in the same application, the benefit's own terms), so a lawful item stays silent.
"""

import pytest

from review.match import apply_rules
from review.model import Clause
from review.norms.grounds import grounds_sentence
from review.rules import load_packs
from tests.rule_rows import check_row, rule_rows

RULES = load_packs()

# (a) the application in the header, the paper in the item
PAPER_ROWS = [
    ("C-LICENSE-COND", {"header": "申请道路运输许可的，须附下列材料：", "text": "（三）县道路运输行业协会推荐意见；"}, True),
    ("C-LICENSE-COND", {"header": "办理建筑垃圾处置核准，应当提交下列资料：", "text": "3. 县建筑业协会出具的资信评价意见；"}, True),
    ("C-LICENSE-CONSENT", {"header": "申请施工许可应当提交下列材料：", "text": "（四）所在村民委员会同意意见；"}, True),
    ("C-LICENSE-CONSENT", {"header": "申领小餐饮经营许可证的，应当提供下列材料：",
                           "text": "（二）所在村（居）民委员会签署的同意意见；"}, True),
    # the same headers over papers the law itself asks for
    ("C-LICENSE-COND", {"header": "申请道路运输许可的，须附下列材料：", "text": "（四）安全生产管理制度文本。"}, False),
    ("C-LICENSE-CONSENT", {"header": "申请宅基地的，应当提交下列材料：", "text": "（三）经村民会议讨论通过的书面意见；"}, False),
    # no application: an association's own service to its members
    ("C-LICENSE-COND", {"header": "行业协会应当向会员提供下列服务：", "text": "（二）出具行业自律推荐意见；"}, False),
    # a committee attesting a fact is a proof, not a consent
    ("C-LICENSE-CONSENT", "申请低保的，应当提交村委会出具的家庭困难证明。", False),
]


@rule_rows(PAPER_ROWS)
def test_header_lends_the_application_to_a_paper_item(rule_id, text, expected):
    check_row(rule_id, text, expected)


def test_grounds_sentence_joins_ground_and_consequence():
    joined = grounds_sentence("（三）未落实计划生育政策的；", "有下列情形之一的，取消其补贴资格：")
    assert joined.text == "未落实计划生育政策的，取消其补贴资格。"
    assert joined.text[joined.consequence_at:] == "取消其补贴资格。"
    # an item that is a whole rule of its own, a header with no consequence, an unnumbered line: nothing joined
    assert grounds_sentence("（一）申请人提交虚假材料，不予受理。", "有下列情形之一的，取消其补贴资格：") is None
    assert grounds_sentence("（一）拖欠物业费的；", "申请人应当提交下列材料：") is None
    assert grounds_sentence("拖欠物业费的；", "有下列情形之一的，取消其补贴资格：") is None


def _item_rules(header: str, item: str) -> set[str]:
    clause = Clause(index=1, label="第二条（一）", text=item, start=0, end=len(item), paragraph=1, header=header)
    found = apply_rules(RULES, [clause], as_of="2026-12-01", doc_kinds=["规范性文件"])
    return {f.rule for f in found if f.severity in ("error", "warning")}


# (b) header, item, a rule that must (True) or must not (False) fire on the item read with its header
GROUND_ROWS = [
    ("有下列情形之一的，暂停为其办理不动产转移登记：", "（二）拖欠物业服务费的；", "C-RIGHTS-02", True),
    ("有下列情形之一的，不予办理居住登记：", "（二）拒不缴纳村集体卫生费的；", "C-RIGHTS-02", True),
    # the fraud is in the very application the header refuses: read together, the exemption holds
    ("有下列情形之一的，不予办理居住登记：", "（一）提交虚假材料的；", "C-RIGHTS-02", False),
    ("有下列情形之一的，取消其补贴资格：", "（一）以欺骗、贿赂等不正当手段取得补贴的；", "C-RIGHTS-02", False),
    # the benefit's own term (公共租赁住房管理办法 第二十七条)
    ("承租人有下列情形之一的，取消其公共租赁住房保障资格：", "（一）转借、转租或者擅自调换所承租公共租赁住房的；",
     "C-RIGHTS-02", False),
    # no violation in the ground: the consequence is the benefit's end, not a sanction
    ("有以下情形之一的，停止发放其高龄津贴：", "（一）享受人死亡的；", "C-RIGHTS-02", False),
]


@pytest.mark.parametrize("header,item,rule_id,expected", GROUND_ROWS)
def test_grounds_header_lends_its_consequence(header, item, rule_id, expected):
    assert (rule_id in _item_rules(header, item)) is expected


def test_header_meeting_the_rule_alone_is_not_repeated_on_its_items():
    # the header lays a penalty by itself (its own clause is the finding); its items add no second one
    header = "网约车驾驶员有下列行为之一的，由县交通运输局处二千元罚款："
    assert "C-PENALTY-01" not in _item_rules(header, "（二）私自揽客、议价的；")


# (c) causes of combination misses on the dev sets, one row each
CAUSE_ROWS = [
    # the law named in a 除……外，还 phrase is the basis of what is excepted, not of the paper added beyond it
    ("C-LICENSE-CONSENT", "申请建设工程规划许可证的，除提交法律、法规规定的材料外，还应当提交所在街道办事处出具的相邻权利人无异议意见。",
     True),
    # … while a reservation of the law (除……另有规定外，不得……) still bases the sentence
    ("C-FEE-01", "除法律、行政法规另有规定外，不得收取任何费用。", False),
    # the 不 of 不扰民证明 is what the paper says, not a negated demand
    ("C-PROOF-01", "申请设置便民临时摊点的，经营者应当提交所在小区物业服务企业出具的不扰民证明。", True),
    # … and a prohibition before it still forbids the demand
    ("C-PROOF-01", "任何单位不得要求经营者提供物业服务企业出具的不扰民证明。", False),
    # a notarised paper in a list of materials is read as the list's, not lent the header's 提交 (D076, lawful)
    ("C-PROOF-01", {"header": "公民实施变性手术，申请变更性别登记的，应当提交以下材料：",
                    "text": "(二)国内三级医院出具的性别鉴定证明和公证部门出具的公证书，或者司法鉴定部门出具的证明。"}, False),
]


@rule_rows(CAUSE_ROWS)
def test_combination_causes(rule_id, text, expected):
    check_row(rule_id, text, expected)
