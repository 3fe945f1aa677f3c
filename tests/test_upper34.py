"""Round 34 (upper34, issue 8): a clause naming the licensing procedure by its acts (受理……许可申请, 作出准予许可或者不予
许可的决定), not by 行政许可, names 行政许可法's procedure, whose time limit (第四十二条: 二十日, 延长十日) is found for
it with the clause's acts written out in the law's words (bench/README.md, "Round 34 — upper34")."""

import pytest

from review.compare.vocabulary import procedure_written_out
from review.engine import names_procedure
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("upper34.toml")
RULES = load_packs()
LICENSING = "中华人民共和国行政许可法"


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_upper34_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("text, named", [
    # the procedure by the law's own word
    ("应当自受理行政许可申请之日起二十日内作出决定", True),
    # by an application for a licence of the sector
    ("县人防办应当自受理人民防空工程拆除许可申请之日起30个工作日内作出决定", True),
    # by a licence decision
    ("应当自受理之日起20个工作日内作出准予许可或者不予许可的决定", True),
    ("应当在四十五日内作出是否准予许可的决定", True),
    # not by the applicant, a licence held or revoked, or another decision
    ("许可申请人应当如实提交有关材料", False),
    ("持有烟草专卖零售许可证的，可以经营卷烟零售业务", False),
    ("对违法经营的，吊销其许可证", False),
    ("应当自受理之日起十日内作出准予登记的决定", False),
])
def test_licensing_procedure_named_by_its_acts(text, named):
    assert names_procedure(LICENSING, text) is named


@pytest.mark.parametrize("text, written", [
    # an application and a decision in the law's words
    ("自受理排水许可申请之日起30个工作日内作出准予或者不予许可的决定",
     "自受理排水行政许可申请之日起30个工作日内作出行政许可决定"),
    ("受理零售许可证申请后", "受理零售行政许可申请后"),
    # the law's words already: unchanged
    ("自受理行政许可申请之日起二十日内作出行政许可决定", "自受理行政许可申请之日起二十日内作出行政许可决定"),
    # no licensing act: unchanged
    ("应当自收到备案材料之日起五日内办结", "应当自收到备案材料之日起五日内办结"),
])
def test_procedure_written_out(text, written):
    out, at = procedure_written_out(text)
    assert out == written
    assert len(at) == len(text) + 1


def test_written_out_offsets_follow_the_figure():
    # the time limit after a rewritten application stays at its words (by_figure_act pairs it by these offsets)
    text = "应当自受理排水许可申请之日起30个工作日内作出决定"
    out, at = procedure_written_out(text)
    start, end = text.index("30个工作日"), text.index("30个工作日") + len("30个工作日")
    assert out[at[start]:at[end]] == "30个工作日"


# -- hours of the day a kind of place may open (review/compare/clock.py) -----------------------------------------
CAFE_LAW = "互联网上网服务营业场所每日营业时间限于8时至24时。"
ENTERTAINMENT_LAW = "每日凌晨2时至上午8时，娱乐场所不得营业。"


@pytest.mark.parametrize("clause, upper, narrowed", [
    # the clause's own hours reach into the hours the law forbids
    ("县城规划区以外的歌舞娱乐场所，每日营业时间为上午10时至次日凌晨3时。", ENTERTAINMENT_LAW, True),
    ("网吧每日营业时间为8时至次日2时。", CAFE_LAW, True),
    # an allowed time put later past the law's hours (the law's own window extended)
    ("法定节假日期间，网吧营业时间可以延长至次日凌晨2时。", CAFE_LAW, True),
    # guard: the hours end where the law's prohibition starts
    ("歌舞厅每日营业时间为上午10时至次日凌晨2时。", ENTERTAINMENT_LAW, False),
    ("节假日期间KTV营业时间可以延长至次日凌晨2时。", ENTERTAINMENT_LAW, False),
    # guard: fewer hours than the law allows
    ("本县网吧每日营业时间为9时至22时。", CAFE_LAW, False),
    # guard: the hours of another kind of place than the law's
    ("歌舞娱乐场所每日营业时间为上午9时至次日凌晨1时。", CAFE_LAW, False),
    # guard: the law's hours restated
    ("网吧每日营业时间限于8时至24时。", CAFE_LAW, False),
])
def test_allowed_hours_against_the_law(clause, upper, narrowed):
    from review.compare import compare

    changes = [c for c in compare(clause, upper).changes if c.kind == "time_of_day"]
    assert bool(changes) is narrowed, changes
    assert all(c.severity == "error" and c.clause_span in clause for c in changes)


@pytest.mark.parametrize("text, minutes", [
    # an allowed window forbids the rest of the day
    (CAFE_LAW, set(range(0, 8 * 60, 30))),
    # a forbidden window as written
    (ENTERTAINMENT_LAW, set(range(2 * 60, 8 * 60, 30))),
    # no hours: nothing forbidden
    ("娱乐场所应当在营业场所的大厅、包厢、包间内的显著位置悬挂含有禁毒内容的标志。", set()),
])
def test_forbidden_minutes(text, minutes):
    from review.compare.clock import forbidden_minutes

    assert forbidden_minutes(text, "营业") == minutes


@pytest.mark.parametrize("a, b, same", [
    # one kind under two names (compare.place_kind)
    ("网咖每日营业时间为9时至23时。", CAFE_LAW, True),
    ("县城区KTV每日营业时间为10时至次日2时。", ENTERTAINMENT_LAW, True),
    # two kinds: only the words every holder of hours has in common
    ("歌舞娱乐场所每日营业时间为9时至23时。", CAFE_LAW, False),
    # no named kind: the holders' own words
    ("城区农贸市场每日营业时间为4时至20时。", "农贸市场每日营业时间为5时至21时。", True),
    ("城区农贸市场每日营业时间为4时至20时。", "公园每日开放时间为6时至22时。", False),
])
def test_same_holder(a, b, same):
    from review.compare.clock import allowed_windows, forbidden_windows, same_holder

    (mine,) = allowed_windows(a)
    (theirs,) = [*allowed_windows(b), *forbidden_windows(b)]
    assert same_holder(mine, theirs) is same
