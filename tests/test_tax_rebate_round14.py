"""Round 14, second wave (seen on the round-14 fresh clauses, so tuned): FC-SUBSIDY let any sentence naming 民营企业
off, so a rebate of the VAT a private firm pays (按其缴纳增值税地方留成部分的50%给予奖励) went unflagged. A tax-based
reward is a selective tax preference whoever receives it (公平竞争审查条例 第十条第（一）项、第（二）项); naming private
firms excuses a sentence only where it puts them on an equal footing with others."""

from tests.rule_rows import check_row, rule_rows

ROWS = [
    ("FC-SUBSIDY", "对年纳税额超过五百万元的民营企业，按其缴纳增值税地方留成部分的百分之五十给予产业发展奖励，连续奖励三年。", True),
    ("FC-SUBSIDY", "民营企业上年度实缴企业所得税地方留成部分的30%，由县财政以产业扶持资金形式予以返还。", True),
    ("FC-SUBSIDY", "支持民营企业发展，国有企业和民营企业在资金扶持方面同等对待。", False),
    ("FC-SUBSIDY", "民营企业与国有企业平等享受本县各项扶持政策，不得设置歧视性条件。", False),
]


@rule_rows(ROWS)
def test_tax_based_rewards(rule_id, text, expected):
    check_row(rule_id, text, expected)
