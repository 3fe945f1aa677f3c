"""Upper-law round 28, upper28 (bench/README.md, "Round 28 — upper28"): a threshold graded by the case it defines.

A period reached before a loss (连续停止取水满2年的，注销取水许可证; 请病假累计3个月以上的，不享受当年的年休假), shortened,
widens the loss (review.compare.cases.adverse_case); a least figure the article demands of a party (注册资本不少于30万元,
应当占……25%以上, an item of 应当具备下列条件) raised adds to the condition (review.compare.amounts.demanded_floor).
Articles as read in the corpus (/tmp/c3.db, 2026-12-05): 取水许可和水资源费征收管理条例 第四十四条, 职工带薪年休假条例
第四条, 旅行社条例 第六条, 残疾人就业条例 第十一条, 社会团体登记管理条例 第十条, 个人独资企业法 第三十六条."""

from __future__ import annotations

import pytest

from review.compare import compare
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

RULES = load_packs()
WATER = ("连续停止取水满2年的，由原审批机关注销取水许可证。由于不可抗力或者进行重大技术改造等原因造成停止取水满2年的，"
         "经原审批机关同意，可以保留取水许可证。")
LEAVE = "职工有下列情形之一的，不享受当年的年休假：\n(四)累计工作满10年不满20年的职工，请病假累计3个月以上的；"
AGENCY = "申请经营国内旅游业务和入境旅游业务的，应当取得企业法人资格，并且注册资本不少于30万元。"
DISABLED = "集中使用残疾人的用人单位中从事全日制工作的残疾人职工，应当占本单位在职职工总数的25%以上。"
SOCIETY = ("成立社会团体，应当具备下列条件：\n(五)有合法的资产和经费来源，全国性的社会团体有10万元以上活动资金，地方性的社会团体"
           "和跨行政区域的社会团体有3万元以上活动资金；")
IDLE = "个人独资企业成立后无正当理由超过六个月未开业的，或者开业后自行停业连续六个月以上的，吊销营业执照。"


def _graded(clause: str, upper: str, kind: str) -> list:
    return [(c.severity, c.message) for c in compare(clause, upper).changes if c.kind == kind]


@pytest.mark.parametrize("clause, upper, kind, severity", [
    # V novel_bf:134: a period reached before a licence is cancelled, shortened: the loss widened
    ("取水单位或者个人连续停止取水满一年的，由原审批机关注销其取水许可证。", WATER, "time_limit", "warning"),
    # an item of a list whose lead-in carries the loss (不享受当年的年休假)
    ("累计工作满10年不满20年的职工，请病假累计2个月以上的；", LEAVE, "time_limit", "warning"),
    # a least figure the applicant must have, raised
    ("申请经营国内旅游业务的，应当取得企业法人资格，并且注册资本不少于50万元。", AGENCY, "amount", "warning"),
    # W novel_bh:132: a share a qualifying employer must reach, raised
    ("福利企业中从事全日制工作的残疾人职工占在职职工总数达到百分之三十以上的，方可认定为集中使用残疾人的用人单位。",
     DISABLED, "amount", "warning"),
    # W novel_bh:136: an item of a list of conditions, its floor raised
    ("（五）有合法的资产和经费来源，活动资金不少于十万元；", SOCIETY, "amount", "warning"),
])
def test_threshold_moved_against_its_case(clause, upper, kind, severity):
    assert [s for s, _ in _graded(clause, upper, kind)] == [severity]


@pytest.mark.parametrize("clause, upper, kind", [
    # the same period: no change
    ("取水单位或者个人连续停止取水满2年的，由原审批机关注销其取水许可证。", WATER, "time_limit"),
    # a loss reached later (满三年): lenient, no warning of a widened loss
    ("取水单位连续停止取水满三年的，由原审批机关注销其取水许可证。", WATER, "time_limit"),
    # the faithful floor
    ("申请经营国内旅游业务的，应当取得企业法人资格，并且注册资本不少于30万元。", AGENCY, "amount"),
    # a lower figure where the law demands more is another change (floor lowered), not a raised condition
    ("申请经营国内旅游业务的，注册资本不少于20万元。", AGENCY, "amount"),
])
def test_threshold_not_moved_against_its_case(clause, upper, kind):
    assert not any("扩大了" in m or "提高了上位法规定的条件或者标准" in m for _, m in _graded(clause, upper, kind))


def test_a_loss_case_floor_raised_is_not_a_condition():
    # 停业连续十二个月以上的 → 吊销: a higher threshold of a loss narrows it; not read as a condition raised
    assert not any("提高了上位法规定的条件" in m
                   for _, m in _graded("个人独资企业开业后自行停业连续十二个月以上的，吊销营业执照。", IDLE, "time_limit"))


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in fixture_cases("upper28.toml")])
def test_upper28_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("text, polarity", [
    # Y novel_bk:133: a length completed before destruction (保存满1年后……销毁) against 应当至少保存2年: the figures measure
    # one thing (review.compare.objects.completed), the least period cut
    ("统计调查中取得的调查对象原始资料，保存满1年后由乡镇统计站统一销毁。", "positive"),
    # the law's own length, and a longer one: nothing
    ("统计调查中取得的调查对象原始资料，保存满2年后由乡镇统计站统一销毁。", "negative"),
    ("统计调查中取得的调查对象原始资料，保存满3年后可以销毁。", "negative"),
    # W novel_bi:137: the bearer is the phrase's own party (拍卖人应当), not the 县属国有企业 the case names
    ("县属国有企业委托拍卖闲置资产的，拍卖人应当于拍卖日三日前在县级以上报刊或者网站发布拍卖公告。", "positive"),
    ("县属国有企业委托拍卖闲置资产的，拍卖人应当于拍卖日七日前发布拍卖公告。", "negative"),
])
def test_upper28_engine(corpus, text, polarity):
    from tests.new_clauses import assert_judged, findings_on_article

    found = [f for f in findings_on_article(corpus, RULES, text) if f.severity in ("error", "warning")]
    assert_judged(found, {"polarity": polarity, "category": "upper-law", "text": text})
