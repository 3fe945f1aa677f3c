"""Lawful look-alikes of round 10 (issue 8), read through the shared mechanisms — a measure named by its amount or
waived (review/norms/analyse.named_measure, read for rule patterns too: named_at), a proof its issuer may decline
(relief.exempt), a trigger inside a citing phrase (basis.citing), the head of a discretion benchmark
(context.description), a protective prohibition in the upper-law comparison (review.engine.protective_modal) — each
next to a problem sentence of the same surface that must stay flagged. The clauses written for them are
tests/fixtures/rewordings/lookalike_round10.toml; the round-8/9 dev look-alikes they were found on are named."""

from review.match import match_text, run_example

from tests.rule_rows import RULES, check_row, rule_rows

CASES = [
    # the amount of a fine fixed within the law's range, the date and standard of 加处罚款 (heldout_round9)
    ("C-PENALTY-01", "县交通运输局在法定幅度内确定罚款数额时，应当综合考虑违法行为的事实、性质、情节和社会危害程度。", False),
    ("C-PENALTY-01", "县各执法部门在催告书中应当载明加处罚款的起算日期和标准。", False),
    ("C-PENALTY-01", "对违者处罚款，罚款数额为二百元。", True),            # an amount fixed is a fine laid
    ("C-PENALTY-01", "逾期不缴纳的，每日按罚款数额的百分之三加处罚款，加处罚款的数额可以超出罚款的数额。", True),
    # 不予处罚 is a penalty waived, not a gate's consequence
    ("C-LICENSE-01", "未在经营场所醒目位置公示营业执照，经责令后立即改正的，不予罚款。", False),
    ("C-LICENSE-01", "未取得县商务局核发的经营资格证的，不得从事家政服务经营。", True),
    # the issuer of a proof allowed to decline it (heldout_round9)
    ("C-PROOF-01", "村（居）民委员会对其无法核实的事项可以不予出具证明，各窗口单位应当通过部门间信息共享自行核验。", False),
    ("C-PROOF-01", "申请居住登记的，应当提交村（居）民委员会出具的无违法犯罪记录证明。", True),
    # 规定 of a citing phrase is the instrument cited (heldout_round9)
    ("FC-PRICE", "小微企业参加政府采购的，依照国家政府采购促进中小企业发展的有关规定给予价格扣除优惠。", False),
    ("FC-PRICE", "本县家政服务收费由县商务局统一规定价格，经营者不得自行定价。", True),
    # a non-cash deposit is the lawful form (heldout_round9; a rule error)
    ("K-SME-CASH-DEPOSIT", "乙方可以银行保函或者保险机构出具的保证保险等非现金形式提交履约保证金，甲方应当予以接受。", False),
    ("K-SME-CASH-DEPOSIT", "乙方应当以现金形式缴纳履约保证金，不接受保函。", True),
]


@rule_rows(CASES)
def test_lookalike(rule_id, text, expected):
    check_row(rule_id, text, expected)


def test_discretion_head():
    # the items of a discretion benchmark grade a penalty the law sets (heldout_round8); a plain list of fines does not
    item = "（二）倾倒量在一立方米以上，或者经责令改正拒不改正的，处一百元以上二百元以下罚款；"
    rule = RULES["C-PENALTY-01"]
    assert not match_text(rule, item, "对乱倒垃圾行为的罚款裁量，按照下列情形确定：")
    assert match_text(rule, item, "乱倒垃圾的，罚款按下列情形确定：")


def test_protective_modal():
    from review.compare.model import Change
    from review.engine import protective_modal

    def change(kind, clause_span, upper_span="应当提交"):
        return Change(kind=kind, severity="warning", clause_span=clause_span, upper_span=upper_span, message="")

    assert protective_modal(change("modal", "不得在法律、法规规定的条件之外要求申请人提交其他材料"))
    assert not protective_modal(change("modal", "申请人不得在夜间施工"))
    assert not protective_modal(change("amount", "不得要求申请人提交其他材料"))
    # round 39: the public's exemption (无需……) made a duty is no protection
    assert not protective_modal(change("modal", "不得在法律、法规规定的条件之外要求申请人提交其他材料", "无需说明理由"))
