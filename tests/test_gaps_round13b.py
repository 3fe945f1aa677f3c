"""Penalty, coercion, proof and family-planning concepts in other words (round 13b, gaps13b): a birth in breach of the
policy or rules written without 计划生育 (违反政策生育子女); a household's supply cut named by its use (暂停其生活用水);
money owed taken from the person's benefits (从其惠农补贴资金中直接扣减抵顶); a would-be issuer's signed and sealed opinion
on the applicant (签注意见并加盖公章); a reprimand the administration lays (予以训诫). Each beside the lawful look-alike of the same surface. Sentences from
tests/fixtures/rewordings/gaps_round13b.toml and the fresh clauses of heldout_round13."""

from tests.rule_rows import check_row, rule_rows

CASES = [
    # a birth in breach of the policy or rules, 计划生育 unwritten
    ("FP-LINK", "申请低保的家庭，存在违反政策生育子女情形且尚未处理完毕的，暂不纳入保障范围。", True),
    ("FP-LINK", "申请公共租赁住房的家庭，有违反政策生育子女且未处理完毕情形的，不予受理。", True),
    ("FP-DISCIPLINE", "企业职工违反规定生育子女的，用人单位可以解除劳动合同。", True),
    ("FP-DISCIPLINE", "职工违反有关规定生育子女的，单位可以与其解除聘用合同。", True),
    # … not a breach of rules in another act towards a birth, nor the protection of a birth
    ("FP-LINK", "违反规定向生育妇女收取费用的，由卫生健康部门责令退还。", False),
    ("FP-DISCIPLINE", "用人单位不得以女职工生育子女为由解除劳动合同或者降低其工资。", False),
    ("FP-LINK", "违反规定发放生育津贴的，由社会保险行政部门责令追回。", False),
    # a supply cut named by the household's use of it, to force compliance
    ("C-COERCE-02", "对拒不拆除违规户外广告牌的沿街住户，可以由社区协调供水单位暂停其生活用水。", True),
    ("C-COERCE-02", "对拒不拆除违法搭建的住户，村委会可以通知供电单位对其停止供电，直至拆除为止。", True),
    ("C-COERCE-02", "供水单位不得以催缴其他费用为由对用户停止供水。", False),
    # money owed taken from the person's benefits
    ("C-COERCE-01", "对拒不退回多领低保金的家庭，由乡镇人民政府从其应享受的其他惠农补贴资金中直接扣减抵顶。", True),
    ("C-COERCE-01", "对逾期不退回多领救助金的家庭，乡镇人民政府可以从其其他补贴资金中直接扣抵。", True),
    ("C-COERCE-01", "属于个人账户支付范围的，在个人账户余额中扣减。", False),
    ("C-COERCE-01", "补贴资金由乡镇人民政府直接发放至农户的社会保障卡账户。", False),
    # a third party's signed and sealed opinion on the applicant is a proof
    ("C-PROOF-01", "申请临时救助的，须由村（居）民委员会对其家庭困难情况签注意见并加盖公章。", True),
    ("C-PROOF-01", "申请困难补助的，须由所在社区居民委员会在申请表上签署意见并加盖公章。", True),
    ("C-PROOF-01", "申请人申请临时救助的，乡镇人民政府应当自受理之日起五个工作日内提出审核意见。", False),
    ("C-PROOF-01", "乡镇人民政府对申请材料审核后签署意见并加盖公章，报县民政局审批。", False),
    # a reprimand laid by the administration on a person is a warning by another name
    ("C-PENALTY-01", "信访人越级走访的，由其户籍所在地乡镇人民政府予以训诫，并在辖区范围内通报批评。", True),
    ("C-PENALTY-01", "信访人越级上访的，由乡镇人民政府予以训诫，并在本村范围内通报。", True),
    ("C-PENALTY-01", "律师违反执业纪律的，由市律师协会给予训诫、通报批评、公开谴责等行业纪律处分。", False),
]


@rule_rows(CASES)
def test_gaps_round13b(rule_id, text, expected):
    check_row(rule_id, text, expected)
