"""Upper-law round 28 wave 2, upper28b (bench/README.md, "Round 28 wave 2 — upper28b"): a grace period before a loss.

The article gives the party a period after a notice, a demand or a first measure; only when it lapses with the party
still not acting does the loss fall (经公告3个月仍不前来接受处理的，……拍卖; 超过约定期限30日仍不交纳的，……暂停服务;
满二个月仍不领取的，视为放弃). Shortened, the loss falls sooner: a warning, whoever announces or demands
(review.compare.cases.grace_case; the body that announces is not the period's bearer). Articles as read in the corpus
(/tmp/c3.db, 2026-12-05): 道路交通安全法实施条例 第一百零七条, 电信条例 第三十四条, 企业破产法 第一百一十八条."""

from __future__ import annotations

import pytest

from review.compare import compare
from review.compare.cases import grace_case
from review.quantities import find_quantities
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

RULES = load_packs()
SEIZED = ("依照道路交通安全法第九十二条、第九十五条、第九十六条、第九十八条的规定被扣留的机动车，驾驶人或者所有人、管理人30日内没有"
          "提供被扣留机动车的合法证明，没有补办相应手续，或者不前来接受处理，经公安机关交通管理部门通知并且经公告3个月仍不前来接受"
          "处理的，由公安机关交通管理部门将该机动车送交有资格的拍卖机构拍卖，所得价款上缴国库；")
TELECOM = ("对超过收费约定期限30日仍不交纳电信费用的电信用户，电信业务经营者可以暂停向其提供电信服务。电信用户在电信业务经营者"
           "暂停服务60日内仍未补交电信费用和违约金的，电信业务经营者可以终止提供服务，并可以依法追缴欠费和违约金。")
BANKRUPT = ("债权人未受领的破产财产分配额，管理人应当提存。债权人自最后分配公告之日起满二个月仍不领取的，视为放弃受领分配的权利，"
            "管理人或者人民法院应当将提存的分配额分配给其他债权人。")


def _time_limits(clause: str, upper: str) -> list[tuple[str, str]]:
    return [(c.severity, c.message) for c in compare(clause, upper).changes if c.kind == "time_limit"]


@pytest.mark.parametrize("clause, upper, severity", [
    # Z novel_bo:136: the period of a public notice before a seized vehicle is sold, shortened (the announcing body is
    # not its bearer)
    ("被依法扣留的机动车，当事人逾期不前来接受处理的，经公告一个月仍不前来接受处理的，由公安交管部门送交拍卖机构拍卖。",
     SEIZED, "warning"),
    # the grace after a suspension (暂停服务60日内仍未补交……的): no sanction period, the service terminated sooner
    ("电信用户在电信业务经营者暂停服务三十日内仍未补交电信费用和违约金的，电信业务经营者可以终止提供服务。", TELECOM, "warning"),
    # a claim forfeited (视为放弃) after a shorter period
    ("债权人自最后分配公告之日起满一个月仍不领取的，视为放弃受领分配的权利。", BANKRUPT, "warning"),
    # a longer grace: lenient, noted only
    ("被依法扣留的机动车，当事人逾期不前来接受处理的，经公告六个月仍不前来接受处理的，由公安交管部门送交拍卖机构拍卖。",
     SEIZED, "info"),
])
def test_grace_period_graded_by_its_loss(clause, upper, severity):
    assert [s for s, m in _time_limits(clause, upper) if "逾期仍未作为" in m] == [severity]


@pytest.mark.parametrize("clause, upper", [
    # the law's own periods: nothing
    ("债权人自最后分配公告之日起满二个月仍不领取的，视为放弃受领分配的权利。", BANKRUPT),
    ("对超过收费约定期限30日仍不交纳电信费用的电信用户，电信业务经营者可以暂停向其提供电信服务。", TELECOM),
])
def test_grace_period_kept(clause, upper):
    assert _time_limits(clause, upper) == []


@pytest.mark.parametrize("text, figure, expected", [
    # the party still not acting, then a loss: a grace
    ("经公告3个月仍不前来接受处理的，由公安机关交通管理部门将该机动车送交有资格的拍卖机构拍卖。", "3个月", True),
    ("在通知所有人或者公告后六个月内无人认领的，按无主财物处理，依法拍卖或者变卖。", "六个月内", True),
    # the party still not acting, then the vehicle the body seized disposed of (依法处理 of 扣留的车辆): a grace (round 32,
    # upperg: 公路安全保护条例 第七十二条's 公告3个月 shortened brings the disposal sooner)
    ("经公告3个月仍不来接受处理的，对扣留的车辆、工具，由公路管理机构依法处理。", "3个月", True),
    # 依法处理 with nothing seized in the sentence (another body does the work): no grace read
    ("经催告3个月仍不来接受处理的，由县市场监督管理局依法处理。", "3个月", False),
    # a decision limit of a body (二十日内未作出决定的): not the party's grace
    ("行政机关应当自受理之日起二十日内作出决定；二十日内不能作出决定的，经批准可以延长十日。", "二十日内", False),
])
def test_grace_case(text, figure, expected):
    q = next(q for q in find_quantities(text) if q.text == figure)
    assert grace_case(text, q) is expected


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in fixture_cases("upper28b.toml")])
def test_upper28b_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
