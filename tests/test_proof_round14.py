"""Proofs demanded without basis (issues 8 and 9, round 14, proof14): records the police, the tax office and the
insurance agencies keep, fetched by the applicant as a proof (无违法犯罪记录证明, 治安状况说明, 税务部门开具的纳税证明,
无欠缴证明, 未重复参保证明; 优化营商环境条例 第四十四条第二款), a party branch's signed opinion on a person's conduct,
neighbours' and traders' signatures (开具单位无法调查核实), catch-all items (其他佐证材料, 其他证件证明) — each beside the
lawful look-alike of the same surface: the trades a law vets, data sharing, 告知承诺, the issuer's own duty, a
statutory certificate offered in the alternative, a seller's papers. Sentences from tests/fixtures/rewordings/proof14.toml
and the dev documents of tests/fixtures/real_labels/heldout_round12 (D001, D053, D086)."""

from tests.rule_rows import check_row, rule_rows

AID = "申请临时救助，应当提交下列材料："

CASES = [
    # records the public security organ keeps
    ("C-PROOF-03", {"header": AID, "text": "（三）户籍所在地公安派出所出具的无违法犯罪记录证明；"}, True),
    ("C-PROOF-03", "随迁子女申请就读公办学校的，其父母须提供居住地派出所开具的治安状况说明。", True),
    ("C-PROOF-03", {"header": AID, "text": "（三）市公安局物证鉴定中心出具的《有无刑事犯罪记录证明》。"}, True),
    ("C-PROOF-03", "申请保安员证的，应当提交户籍所在地公安机关出具的无犯罪记录证明。", False),
    ("C-PROOF-03", "申请人近三年有无违法犯罪记录，由受理部门通过公安机关数据共享核查，不再要求申请人提供证明。", False),
    ("C-PROOF-03", "申请人可以书面承诺本人无违法犯罪记录，以承诺代替派出所出具的证明。", False),
    ("C-PROOF-03", "学校不得要求家长提供派出所出具的无犯罪记录证明、社区出具的表现证明等材料。", False),
    # the tax office's and the insurance agencies' records
    ("C-PROOF-03", "申请创业担保贷款贴息的小微企业，应附主管税务机关开具的纳税证明。", True),
    ("C-PROOF-03", "该证明由申请人到县税务局开具。", True),
    ("C-PROOF-03", "申请公共租赁住房续租的，承租人应当提供住房公积金管理中心和税务部门分别出具的无欠缴证明。", True),
    ("C-PROOF-03", "退役士兵申请自主就业补助的，须由社保经办机构出具其未在其他地区重复参保的证明。", True),
    ("C-PROOF-03", "企业申请项目资金，应当提交营业执照、近一年的纳税证明和项目可行性报告。", False),
    ("C-PROOF-03", "税务机关应当根据纳税人的申请，及时为其开具完税证明。", False),
    ("C-PROOF-03", "社会保险经办机构应当免费为参保人员出具参保缴费证明。", False),
    ("C-PROOF-03", "参保人是否重复参保，由医保经办机构通过全国医保信息平台比对确认。", False),
    ("C-PROOF-03", "实行证明事项告知承诺制，企业签署无欠税承诺书的，不再提交税务部门出具的无欠税证明。", False),
    # a party branch's opinion; issuers named by level; a statutory certificate in the alternative; a seller's papers
    ("C-PROOF-01", "申请优抚对象定期生活补助的，由所在村党支部对其现实表现出具证明。", True),
    ("C-PROOF-01", "个体工商户申请经营场所登记的，须取得所在社区党支部对经营场所使用情况的书面确认意见。", True),
    ("C-PROOF-01", "入农户的须提供村、乡两级住房证明。", True),
    ("C-PROOF-01", "村党支部应当加强对退役军人的联系服务，及时反映其困难诉求。", False),
    ("C-PROOF-01", "乡镇人民政府对申请人的家庭经济状况调查核实后，签署审核意见并加盖公章，报县民政局审批。", False),
    ("C-PROOF-01", "3.《结婚证》或单位出具的夫妻关系证明。", False),
    ("C-PROOF-01", "提供分期付款购房合同原件、复印件及售房单位出具的分期付款购房证明。", False),
    # third parties' signatures
    ("C-PROOF-WITNESS", "申请人无法提供房屋租赁合同的，须由两名以上邻居签字证明其实际居住情况。", True),
    ("C-PROOF-WITNESS", "申请灵活就业补贴的，其从业情况须经所在市场三户以上经营户签字证实。", True),
    ("C-PROOF-WITNESS", {"header": "退役军人申请临时生活困难补助，应当提交下列材料：", "text": "（三）两名以上证明人签名的家庭困难情况证明；"}, True),
    ("C-PROOF-WITNESS", "入户调查时，调查人员可以走访邻居、物业服务企业等知情人，并将了解的情况记录在案。", False),
    ("C-PROOF-WITNESS", "执法人员不得少于两人，并应当在笔录上签名。", False),
    # catch-all items
    ("C-PROOF-02", {"header": "申请一次性创业补贴，须提供下列资料：", "text": "5. 人社部门认为需要提供的其他佐证材料。"}, True),
    ("C-PROOF-02", {"header": "申请人应当提交下列证件、证明：", "text": "10．其他必要的证件证明"}, True),
    ("C-PROOF-02", {"header": "申请公共租赁住房，应当提交下列材料：", "text": "（五）法律、法规规定的其他材料。"}, False),
    ("C-PROOF-02", "申请人可以自愿提交能够说明其家庭困难状况的其他材料，供评议时参考。", False),
]


@rule_rows(CASES)
def test_proof_round14(rule_id, text, expected):
    check_row(rule_id, text, expected)
