"""Round 44 (up44, issue 8: upper-law): a benefit the law owes in the indicative, left to discretion by the clause
(review/compare/unmarked_duty.py), and a time limit restated from the same event in other words
(review/upper_changes.same_start_event) — bench/README.md, "Round 44 — up44"."""

import pytest

from review.compare import compare
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("up44.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_up44_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("clause, upper, upper_span", [
    # 由政府给予补贴 (社会保险法 第二十五条第二款): no 应当, still the government's duty
    ("对享受最低生活保障的人参加城乡居民基本医疗保险的个人缴费部分，县财政可视年度预算安排情况酌情给予补贴。",
     "享受最低生活保障的人、丧失劳动能力的残疾人、低收入家庭六十周岁以上的老年人和未成年人等所需个人缴费部分，由政府给予补贴。",
     "给予补贴"),
    # a fee waived, carried from the 应当 of the phrase before by 并 (残疾人就业条例 第十九条)
    ("残疾人从事个体经营的，有关部门对管理类、登记类和证照类行政事业性收费酌情予以减收或者免收。",
     "对残疾人从事个体经营的，应当依法给予税收优惠，有关部门应当在经营场地等方面给予照顾，并按照规定免收管理类、登记类和证照类的行政事业性收费。",
     "免收管理类、登记类和证照类的行政事业性收费"),
    # 国家对……免除行政事业性收费 (残疾人保障法 第三十六条): the clause names the beneficiary, the body is unwritten
    ("对从事个体经营的残疾人，其行政事业性收费原则上予以免除。",
     "国家对从事个体经营的残疾人，免除行政事业性收费。", "免除行政事业性收费"),
])
def test_an_owed_benefit_left_to_discretion_is_a_duty_weakened(clause, upper, upper_span):
    found = [c for c in compare(clause, upper).changes if c.kind == "modal"]
    assert found and found[0].severity == "error" and found[0].upper_span == upper_span and found[0].sure


@pytest.mark.parametrize("clause, upper", [
    # the duty restated, more generously
    ("享受最低生活保障的人参加城乡居民基本医疗保险所需个人缴费部分，由县财政给予全额补贴。",
     "享受最低生活保障的人、丧失劳动能力的残疾人、低收入家庭六十周岁以上的老年人和未成年人等所需个人缴费部分，由政府给予补贴。"),
    # the clause's discretion on another benefit than the law's (一次性创业补贴 beside the fee waived)
    ("对从事个体经营的残疾人，免除行政事业性收费；县人民政府可以视财力情况给予一次性创业补贴。",
     "国家对从事个体经营的残疾人，免除行政事业性收费。"),
    # the law's own 可以 before the benefit: its permission, not a duty
    ("对自行复垦的土地权利人，县人民政府可以视情况给予补贴。",
     "对自行将损毁土地复垦为耕地的土地权利人，县级以上地方人民政府可以给予补贴。"),
    # a party asking as it needs: its freedom, not the body's duty left open
    ("符合条件的老年人可以根据需要申请个人缴费补贴。",
     "享受最低生活保障的老年人参加城镇居民基本医疗保险所需个人缴费部分，由政府给予补贴。"),
])
def test_no_duty_weakened_where_the_benefit_is_kept_or_another(clause, upper):
    assert not [c for c in compare(clause, upper).changes if c.kind == "modal" and c.severity == "error"]


class _Change:
    def __init__(self, clause: str, upper: str, mine: str, theirs: str):
        self.clause_start, self.clause_span = clause.find(mine), mine
        self.upper_start, self.upper_span = upper.find(theirs), theirs


@pytest.mark.parametrize("clause, upper, mine, theirs, same", [
    # 在收到投诉之日起 for 自收到投诉之日起 (城镇燃气管理条例 第二十九条)
    ("县燃气管理部门须在收到投诉之日起30个工作日内处理完毕。", "有关部门应当自收到投诉之日起15个工作日内予以处理。",
     "30个工作日内", "15个工作日内", True),
    # the event in its own phrase before the duty, the act the verb the phrase ends on (生产安全事故报告和调查处理条例 第九条)
    ("事故单位负责人接到报告后，应当在2小时内向县应急管理局和有关行业主管部门报告。",
     "单位负责人接到报告后，应当于1小时内向事故发生地县级以上人民政府安全生产监督管理部门和负有安全生产监督管理职责的有关部门报告。",
     "2小时内", "1小时内", True),
    # 从事 opens no event: the law's 自收到……从事职业中介活动的申请之日起 is out of the window, no event read (a county
    # bureau's bare 在收到申请之日起……作出决定 is not 人力资源市场暂行条例 第十九条's licence; powercoerce_round9)
    ("县人力资源和社会保障局应当在收到申请之日起十五个工作日内作出决定。",
     "人力资源社会保障行政部门应当自收到经营性人力资源服务机构从事职业中介活动的申请之日起20日内依法作出行政许可决定。",
     "十五个工作日内", "20日内", False),
    # another event (受理 against 收到投诉) — no one limit
    ("县燃气管理部门须在受理之日起30个工作日内处理完毕。", "有关部门应当自收到投诉之日起15个工作日内予以处理。",
     "30个工作日内", "15个工作日内", False),
    # the same event, another act after it (录入平台 against 报告)
    ("事故单位负责人接到报告后，应当在2小时内将事故信息录入县安全生产信息平台。",
     "单位负责人接到报告后，应当于1小时内向事故发生地县级以上人民政府安全生产监督管理部门和负有安全生产监督管理职责的有关部门报告。",
     "2小时内", "1小时内", False),
])
def test_a_time_limit_from_the_same_event(clause, upper, mine, theirs, same):
    from review.upper_changes import same_start_event

    assert same_start_event(clause, upper, _Change(clause, upper, mine, theirs)) is same
