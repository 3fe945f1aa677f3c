"""Round 13 (docs13): a medical or maternity insurance payment conditioned on family-planning compliance (round-12
D024 第二十三条、第三十四条、第四十八条) is a family-planning link to remove; the payment alone, the 计划生育手术 the fund
pays, and the 终止妊娠手术 as a licensed medical service are not. Rows run the shipped packs (tests/rule_rows.py)."""

from rule_rows import check_row, rule_rows

ROWS = [
    ("FP-COMPLY", "参保居民符合计划生育政策分娩或终止妊娠，发生的住院政策内费用，医保基金按下列比例支付。", True),
    ("FP-COMPLY", "参保职工按政策生育的，其生育医疗费用由生育保险基金按规定标准支付。", True),
    ("FP-COMPLY", "另按每人每年1元的标准增加门诊包干经费，作为参保人符合计划生育政策生育的产前检查费用。", True),
    ("FP-COMPLY", "参保居民住院分娩或终止妊娠，发生的住院政策内费用，医保基金按下列比例支付。", False),
    ("FP-COMPLY", "职工施行计划生育手术发生的医疗费用，由生育保险基金按规定支付。", False),
    ("FP-COERCIVE-SERVICE", "从事助产技术服务、终止妊娠手术、结扎手术和婚前医学检查的人员，应当取得相应的合格证书。", False),
]


@rule_rows(ROWS)
def test_row(rule_id, text, expected):
    check_row(rule_id, text, expected)
