"""Round 34 (fc34, issue 8): a LOCAL TIE demanded of a market party as the condition of a market opportunity, read as
one fact with open slots (review/norms/allotment.local_demands): staff or work shares drawn from here, the place named
by the tie before it, the activity's own place, an investment landed here, a benefit or an assignment as the stake;
a local record named verb-first (review/norms/entry._RECORD); a pick kept inside a set a body fixed or a membership
pool, a chosen provider's system (entry.closed_sets); built and agency work as market acts (competition.designations)
(bench/README.md, "Round 34 — fc34")."""

import pytest

from review.norms.allotment import local_demands
from review.norms.competition import designations, local_barriers
from review.norms.entry import closed_sets, entry_bars
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("fc34.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_fc34_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


def _laid(spans) -> bool:
    return any(not guard for _, _, guard in spans)


@pytest.mark.parametrize("sentence, hit", [
    # staff drawn from here, demanded of a firm
    ("承担档案整理项目的服务企业，其驻场人员中本县户籍人员不得少于一半。", True),
    # … not of the government's own public jobs
    ("公益性岗位安置人员中，本县户籍的就业困难人员不得少于百分之八十。", False),
    # work handed on to local firms by a floor
    ("由县外企业承接的，应当将不低于百分之三十的工程量分包给县内企业。", True),
    # … the village is a home where the work is the village's own
    ("村外企业承建的，应当将不低于百分之三十的工程量分包给本村施工队。", True),
    # a share encouraged is no demand
    ("鼓励承接企业将部分工程量分包给县内企业，县内外企业平等参与。", False),
    # the place named by the tie before it, the work entrusted
    ("测绘项目原则上委托注册地和社会保险缴纳地均在本县的测绘单位承担。", True),
    # the activity's own place and tax paid there, the stake a benefit a firm applies for
    ("申请会展扶持资金的展览公司，须在展会举办地设立分公司，并将收入在当地纳税。", True),
    # … a county fund for firms registered and taxed here asks no new tie
    ("申请县级科技创新奖励的企业，须在本县注册登记并依法纳税。", False),
    # … a person's social insurance for a resident's subsidy is no market's tie
    ("申请人才公寓补贴的人员，须在本县缴纳社会保险。", False),
    # … the winner's own project company after the award
    ("中标的特许经营者应当在项目所在地设立项目公司。", False),
    # an investment landed here as the price of taking part
    ("风电开发企业须承诺同步落地配套制造项目，方可参加资源竞争性配置。", True),
    # a benefit confined to goods made here
    ("烘干设备购置补贴仅适用于在本县设有生产车间的企业生产的设备。", True),
    # a benefit for events held here, by objective criteria, is no tie of the firm
    ("会展扶持资金面向在本县举办展会的所有展览企业，按展览面积核定。", False),
    # the tax place the law sets
    ("依照《中华人民共和国企业所得税法》，企业应当在实际管理机构所在地缴纳税款。", False),
])
def test_local_ties(sentence, hit):
    assert _laid(local_demands(sentence)) is hit


@pytest.mark.parametrize("sentence, hit", [
    # a local record named verb-first, of whoever takes part in a selection
    ("参与设备运维服务招标的单位，应当具有在本县连续从事该项业务三年以上的业绩。", True),
    # … the number first, as before
    ("投标人应当具有在本县三年以上运营经验。", True),
    # a record anywhere is a qualification
    ("参与设备运维服务招标的单位，应当具有连续从事该项业务三年以上的业绩。", False),
])
def test_local_record(sentence, hit):
    assert _laid(entry_bars(sentence)) is hit


@pytest.mark.parametrize("sentence, hit", [
    # a pick among units a body published
    ("警报器的维护保养，应当在县人防办公布的三家推荐维保单位中选择。", True),
    # a pick on merit inside a membership pool is no open competition
    ("站点运营单位由县邮政管理局在已入库的四家企业中择优确定，未入库企业的申请不予受理。", True),
    # a system the body's chosen provider runs
    ("配送车辆应当接入县供销合作社确定的服务商建设运营的调度系统。", True),
    # a regulatory platform is the body's own
    ("配送车辆应当接入县交通运输局建设的监管平台。", False),
    # an open tender
    ("维护保养单位由县人防办通过公开招标确定，各类企业平等参与。", False),
])
def test_closed_sets(sentence, hit):
    assert _laid(closed_sets(sentence)) is hit


@pytest.mark.parametrize("sentence, hit", [
    # built work sent to a named yard
    ("仓房钢结构件应当在县粮机修造厂加工。", True),
    # agency work given to a named firm
    ("各单位的票务代办服务，统一由县会展服务有限公司承办。", True),
    # a place one may go
    ("钢结构件可以在县粮机修造厂加工。", False),
])
def test_designations(sentence, hit):
    assert _laid(designations(sentence)) is hit


@pytest.mark.parametrize("sentence, hit", [
    # a benefit lost for work done at an outside provider
    ("在县外企业加工的，不享受县级仓储设施补贴。", True),
    # … quarantine is no barrier
    ("在县外企业加工的，应当依法检疫，不享受检疫费减免。", False),
])
def test_outside_work(sentence, hit):
    assert _laid(local_barriers(sentence)) is hit
