"""Upper-law round 30, upperK30 (bench/README.md, "Round 30 — upperK30"): kinds of change read from the norm, each
with its direction — a vote share told by its matter (review/compare/votes.py), a frequency (frequencies.py), whose
period it is (a bearer named as the one a body acts on: time_limits.acted_on), a fiction attached to a party's silence
(procedure.read_deemed_added), a period completed to qualify (time_limits.completed). Articles as read in the corpus
(/tmp/c3.db, 2026-12-05)."""

from __future__ import annotations

import pytest

from review.compare import compare
from review.compare.frequencies import frequencies
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

RULES = load_packs()
OWNERS = ("下列事项由业主共同决定：\n（一）制定和修改业主大会议事规则；\n（二）制定和修改管理规约；\n（三）选举业主委员会或者更换业主委员会"
          "成员；\n（四）选聘和解聘物业服务企业或者其他管理人；\n（五）使用建筑物及其附属设施的维修资金；\n（六）筹集建筑物及其附属设施的"
          "维修资金；\n（七）改建、重建建筑物及其附属设施；\n（八）改变共有部分的用途或者利用共有部分从事经营活动；\n（九）有关共有和共同管理"
          "权利的其他重大事项。\n业主共同决定事项，应当由专有部分面积占比三分之二以上的业主且人数占比三分之二以上的业主参与表决。决定前款"
          "第六项至第八项规定的事项，应当经参与表决专有部分面积四分之三以上的业主且参与表决人数四分之三以上的业主同意。决定前款其他事项，"
          "应当经参与表决专有部分面积过半数的业主且参与表决人数过半数的业主同意。")
OWNERS_VOTE = OWNERS.split("\n")[-1]
COOP = ("农民专业合作社召开成员大会，出席人数应当达到成员总数三分之二以上。\n成员大会选举或者作出决议，应当由本社成员表决权总数过半数通过；"
        "作出修改章程或者合并、分立、解散，以及设立、加入联合社的决议应当由本社成员表决权总数的三分之二以上通过。章程对表决权数有较高规定的，"
        "从其规定。")
COOP_MEETING = "农民专业合作社成员大会每年至少召开一次，会议的召集由章程规定。"
LOTTERY = "国务院财政部门和省、自治区、直辖市人民政府财政部门应当每年向本级人民政府报告上年度彩票公益金的筹集、分配和使用情况，并向社会公告。"
AUDIT = ("审计组实施审计后，应当向审计机关提出审计组的审计报告。审计组的审计报告报送审计机关前，应当征求被审计对象的意见。被审计对象应当"
         "自接到审计组的审计报告之日起十日内，将其书面意见送交审计组。审计组应当将被审计对象的书面意见一并报送审计机关。")
COMPENSATION = "赔偿义务机关应当自收到申请之日起两个月内，作出是否赔偿的决定。"
CHARITY = "依法登记满一年的慈善组织，可以向办理其登记的民政部门申请公开募捐资格。"
SURVEY = "测绘项目出资人或者承担国家投资的测绘项目的单位应当自测绘项目验收完成之日起3个月内，向测绘行政主管部门汇交测绘成果副本或者目录。"
TENDER = ("排名第一的中标候选人放弃中标、因不可抗力不能履行合同、不按照招标文件要求提交履约保证金，或者被查实存在影响中标结果的违法行为等"
          "情形，不符合中标条件的，招标人可以按照评标委员会提出的中标候选人名单排序依次确定其他中标候选人为中标人，也可以重新招标。")
CYBER = ("违反本法第二十九条规定，受到治安管理处罚的人员，五年内不得从事网络安全管理和网络运营关键岗位的工作；受到刑事处罚的人员，终身不得"
         "从事网络安全管理和网络运营关键岗位的工作。")
ACCREDIT = "被撤职或者解聘的认可机构主要负责人和负有责任的人员，自被撤职或者解聘之日起5年内不得从事认可活动。"
BANKRUPTCY = "债权人自最后分配公告之日起满二个月仍不领取的，视为放弃受领分配的权利，管理人或者人民法院应当将提存的分配额分配给其他债权人。"


def _changes(clause: str, upper: str, kind: str, article: str = "") -> list[tuple[str, str]]:
    return [(c.kind, c.severity) for c in compare(clause, upper, article=article).material() if c.kind == kind]


@pytest.mark.parametrize("clause, upper, article, kind, want", [
    # a share lowered for the matter the article gives a higher one (筹集 = 第六项: 四分之三; W novel_bj)
    ("业主大会决定筹集专项维修资金或者改建、重建建筑物及其附属设施的，应当经参与表决专有部分面积过半数且参与表决人数过半数的业主同意。",
     OWNERS_VOTE, OWNERS, "vote", [("vote", "error")]),
    # a share raised for a matter the article gives 过半数 (使用维修资金 = 第五项, 其他事项; F novel_bw)
    ("使用住宅专项维修资金的，应当经参与表决专有部分面积四分之三以上的业主且参与表决人数四分之三以上的业主同意。",
     OWNERS_VOTE, OWNERS, "vote", [("vote", "warning")]),
    # the share told by the words of its own sentence (修改章程: 三分之二)
    ("农民专业合作社作出修改章程或者合并、分立、解散的决议，应当由本社成员表决权总数过半数通过。", COOP, "", "vote",
     [("vote", "error")]),
    # a frequency the law sets as its least (每年至少一次) thinned
    ("农民专业合作社成员大会每两年至少召开一次，会议的召集由章程规定。", COOP_MEETING, "", "frequency",
     [("frequency", "warning")]),
    # the party's period to answer the body's report shortened: its time to object (F novel_bz)
    ("被审计单位应当自接到审计组的审计报告之日起五日内提出书面意见。", AUDIT, "", "time_limit", [("time_limit", "warning")]),
    # a fiction on the party's silence the article does not attach
    ("被审计单位应当自接到审计组的审计报告之日起十日内提出书面意见，逾期未提出的，视为无异议。", AUDIT, "", "consequence_changed",
     [("consequence_changed", "warning")]),
    ("测绘项目出资人应当自测绘项目验收完成之日起3个月内汇交测绘成果副本或者目录；逾期未汇交的，视为自动放弃该测绘项目的成果使用权。",
     SURVEY, "", "consequence_changed", [("consequence_changed", "warning")]),
    # one of the alternatives the article allows made a duty (F novel_bw)
    ("国有资金占控股或者主导地位的依法必须招标项目，排名第一的中标候选人放弃中标或者不按照招标文件要求提交履约保证金的，招标人应当重新招标。",
     TENDER, "", "modal", [("modal", "error")]),
    # a bar for a period made lifelong, for the case the article bars for five years
    ("受到治安管理处罚的人员，终身不得从事网络安全管理和网络运营关键岗位的工作。", CYBER, "", "time_limit", [("time_limit", "error")]),
    ("被撤职或者解聘的认可机构主要负责人和负有责任的人员，终身不得从事认可活动。", ACCREDIT, "", "time_limit",
     [("time_limit", "error")]),
    # a period completed to qualify, lengthened: a condition raised (F novel_by)
    ("依法登记满二年且上一年度社会组织评估等级在3A以上的慈善组织，方可向县民政局申请公开募捐资格。", CHARITY, "", "time_limit",
     [("time_limit", "warning")]),
])
def test_kind_read(clause, upper, article, kind, want):
    assert _changes(clause, upper, kind, article) == want


@pytest.mark.parametrize("clause, upper, article, kind", [
    # the share the article gives the matter, restated (改建、重建 = 第七项: 四分之三; 选聘 = 第四项: 过半数)
    ("改建、重建建筑物及其附属设施，应当经参与表决专有部分面积四分之三以上的业主且参与表决人数四分之三以上的业主同意。",
     OWNERS_VOTE, OWNERS, "vote"),
    ("选聘和解聘物业服务企业，应当经参与表决专有部分面积过半数的业主且参与表决人数过半数的业主同意。", OWNERS_VOTE, OWNERS, "vote"),
    # the quorum of every matter restated: its 参与表决 is another act than the consent of 参与表决人数……同意 (W novel_bj:138)
    ("业主共同决定事项，应当由专有部分面积占比三分之二以上的业主且人数占比三分之二以上的业主参与表决。", OWNERS_VOTE, OWNERS, "vote"),
    # a matter no item names (加装电梯): the shares the article gives are not told apart (K novel_ad:138, lawful)
    ("业主共同决定加装电梯的，应当由专有部分面积占比三分之二以上的业主且人数占比三分之二以上的业主参与表决，并经参与表决专有部分面积"
     "四分之三以上且参与表决人数四分之三以上的业主同意。", OWNERS_VOTE, OWNERS, "vote"),
    # a matter not told (the article's shares differ and the clause names neither's matter): no raised share read
    ("成员大会选举理事长，应当由本社成员表决权总数过半数通过。", COOP, "", "vote"),
    # a body's own duty done more often than the law requires: stricter, no problem (info only)
    ("县财政局应当每半年向县人民政府报告彩票公益金的筹集、分配和使用情况，并向社会公告。", LOTTERY, "", "frequency"),
    # a date is no frequency (每年十二月三十一日以前)
    ("每年十二月三十一日以前年满十八周岁的男性公民，都应当按照县人民武装部的安排在当年进行初次兵役登记。",
     "每年十二月三十一日以前年满十八周岁的男性公民，都应当按照兵役机关的安排在当年进行初次兵役登记。", "", "frequency"),
    # the body's own period shortened: stricter (info)
    ("赔偿义务机关应当自收到赔偿申请之日起一个月内，作出是否赔偿的决定。", COMPENSATION, "", "time_limit"),
    # another bearer's period (审计组 / 被审计对象): no change of the article's
    ("审计组应当自收到被审计单位书面意见之日起五日内，将审计报告和被审计单位的书面意见一并报送审计机关。", AUDIT, "", "time_limit"),
    # the article's own fiction restated
    ("债权人自最后分配公告之日起满二个月仍不领取破产财产分配额的，视为放弃受领分配的权利。", BANKRUPTCY, "", "consequence_changed"),
    # a fiction of the body's silence, in the party's favour
    ("被审计单位应当自接到审计组的审计报告之日起十日内提出书面意见；审计组逾期未答复的，视为准予。", AUDIT, "",
     "consequence_changed"),
    # both alternatives kept
    ("排名第一的中标候选人放弃中标的，招标人可以依次确定其他中标候选人为中标人，也可以重新招标。", TENDER, "", "modal"),
    # the article's own lifelong bar, for its own case
    ("受到刑事处罚的人员，终身不得从事网络安全管理和网络运营关键岗位的工作。", CYBER, "", "time_limit"),
    # the period completed to qualify, restated
    ("依法登记满一年的慈善组织，可以向县民政局申请公开募捐资格。", CHARITY, "", "time_limit"),
])
def test_no_change_or_lawful(clause, upper, article, kind):
    assert _changes(clause, upper, kind, article) == []


@pytest.mark.parametrize("text, want", [
    ("成员大会每年至少召开一次", [365]),
    ("每半年向原工作单位提供本人健在的证明", [182.5]),
    ("每六个月进行一次安全技术检验", [182.4]),
    ("按季度足额拨付至农民工工资专用账户", [91.25]),
    ("每年十二月三十一日以前年满十八周岁", []),
    ("每日按罚款数额的百分之三加处罚款", []),
    ("每年3月底前报送", []),
])
def test_frequencies(text, want):
    assert [round(f[0], 2) for f in frequencies(text)] == want


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in fixture_cases("upperK30.toml")])
def test_upperK30_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
