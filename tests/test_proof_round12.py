"""Proofs demanded in materials lists (issue 9, round 12, proof12): a proof that attests the absence of something the
administration keeps on its own registers (no work: 就业失业登记; no house: 不动产登记), and a health certificate no law
requires (优化营商环境条例 第四十四条), each next to the lawful look-alike of the same surface — the 食品安全法 第四十五条
certificate, a hospital's proof for a deferred school start (义务教育法 第十一条第二款), a proof of the applicant's own
registered status the applicant may print. Sentences from dev documents (D076, D071, D063, D116, D014) and
tests/fixtures/rewordings/proof12_round12.toml."""

from tests.rule_rows import check_row, rule_rows

ITEM = "公民因部队家属随军申请迁移的，应当向迁入地公安机关提交以下材料："

CASES = [
    # the absence of work, of a house (D076 第八十六条（二）, D071 二、2, D063 第六条（六）)
    ("C-PROOF-03", {"header": ITEM, "text": "(二)待业、失业等无工作证明；"}, True),
    ("C-PROOF-03", "入学报名时，还需提交区土地房屋权属登记中心出具的适龄儿童父母双方无房证明。", True),
    ("C-PROOF-03", {"header": "申请人才住房补贴的，应当提交下列材料：", "text": "（三）不动产登记机构出具的本人及配偶在本市无住房证明；"}, True),
    # the certificate of the applicant's own unemployment registration is a 证 the applicant holds, not a proof asked
    ("C-PROOF-03", {"header": ITEM, "text": "（二）就业失业登记证；"}, False),
    ("C-PROOF-03", {"header": ITEM, "text": "（六）结婚证。"}, False),
    # the applicant's household-register history, which the public security organ keeps (D028 第五条5, D068 二、（一）3)
    ("C-PROOF-03", "子女因服兵役或就读全日制学校而将户籍迁出本市的，需提交公安部门及学校出具的相关证明。", True),
    ("C-PROOF-03", "由于户籍迁移而在新落户地落户不足3年的，须提供公安户籍管理部门出具的相关证明。", True),
    ("C-PROOF-03", "户口迁移的，凭公安机关出具的准予迁入证明办理落户手续。", False),
    ("C-PROOF-03", "公民迁出本市的，持派出所出具的户口迁移证办理迁移手续。", False),
    # a health certificate no law asks for (D116 第九条（五）), beside the statutory ones
    ("C-PROOF-HEALTH", {"header": "申请办理《广东省居住证》（引进人才），应当提交下列材料：", "text": "（五）本省二级以上医院出具的健康状况证明。"}, True),
    ("C-PROOF-HEALTH", {"header": "报考社区工作者的，报名时须提交以下材料：", "text": "（五）二级以上医院出具的体检证明；"}, True),
    ("C-PROOF-HEALTH", "从事接触直接入口食品工作的食品生产经营人员应当每年进行健康检查，取得健康证明后方可上岗工作。", False),
    ("C-PROOF-HEALTH", {"header": "积分项目及所需材料：", "text": "4．中山市医疗机构发出的食品生产经营、公共场所服务从业人员《健康证明》"}, False),
    ("C-PROOF-HEALTH", "适龄儿童因身体状况需要延缓入学的，其父母应当提供医疗机构出具的健康状况证明，并提出申请。", False),
    ("C-PROOF-HEALTH", "申请人可以书面承诺代替健康状况证明。", False),
]


@rule_rows(CASES)
def test_proof_round12(rule_id, text, expected):
    check_row(rule_id, text, expected)
