"""Round 12 (issue 8, clauses12): what a list header lends its items, one row per behaviour.

(a) a header that names the application and the duty to hand papers in (申请……许可应当提交下列材料：) lends both to
an item naming an association's opinion or a village or residents' committee's consent: the paper is then a condition
of the licence (C-LICENSE-COND, C-LICENSE-CONSENT); the same header over a paper the law asks for lends nothing wrong.
(b) a grounds header's consequence lent to its items was tried and withdrawn again (see bench/README.md, round 12):
on the real documents it flagged the benefit's own terms. Rows here are for what stays.
"""

from tests.rule_rows import check_row, rule_rows

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
    # the header names a 服务机构 (the receiving office), the item a proof: the item holds no association of its own (D114)
    ("C-LICENSE-COND", {"header": "申领居住证时，申领人应当向居住地公安派出所或者受公安机关委托的社区服务机构（以下简称“受理机构”）提交以下材料：",
                        "text": "（三）在居住地居住半年以上的证明："}, False),
    # a committee attesting a fact is a proof, not a consent
    ("C-LICENSE-CONSENT", "申请低保的，应当提交村委会出具的家庭困难证明。", False),
]


@rule_rows(PAPER_ROWS)
def test_header_lends_the_application_to_a_paper_item(rule_id, text, expected):
    check_row(rule_id, text, expected)


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
