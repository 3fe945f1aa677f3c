"""Round 31 wave 2 (fcw2, issue 8): a class by place alone favoured where it competes (review/norms/entry.py
``_MARK_HOME``), a local seat as the gate of a list (``_GATE_ACCESS``), a whole area's operation handed to a named firm
(``_runs``), an association's price list all are held to (review/norms/competition.py ``_trade_fixed``) and a local
share of purchases (review/norms/allotment.py ``_QUOTA``) — bench/README.md, "Round 31 — fcw2"."""

import pytest

from review.norms.allotment import local_demands
from review.norms.competition import price_floors
from review.norms.entry import favours, takings
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("fcw2/fcw2.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_fcw2_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


def _read(found):
    """None when nothing is read, else the guard of the first reading ('' = a problem)."""
    return found[0][-1] if found else None


@pytest.mark.parametrize("sentence, guard", [
    # a class by place alone rewarded where it takes on the work
    ("承接本县体育赛事的本地体育企业，每承办一场给予一万元奖励。", ""),
    # … its price cut in a tender
    ("县内测绘项目招标中，本县企业的投标报价按百分之三的扣除后参与评审。", ""),
    # guard: no competition — a class by place, nothing contested
    ("鼓励本地企业加强品牌建设，给予培训指导。", None),
    # guard: small firms' price cut by law (no place)
    ("对小微企业的投标报价给予百分之十的扣除，用扣除后的价格参加评审。", None),
    # guard: equal treatment stated
    ("本县企业和外地企业参加本县采购的，同等给予履约奖励。", "open"),
    # a local seat and tax the gate of a list
    ("粮食企业在本县注册并在本县纳税的，方可纳入县级储备粮承储企业名单。", ""),
    # guard: no gate — a condition the State sets
    ("在本县注册的粮食企业申请纳入县级储备粮承储企业名单的，应当符合国家规定的仓储条件。", None),
])
def test_home_class_and_gate(sentence, guard):
    assert _read(favours(sentence)) == guard


@pytest.mark.parametrize("sentence, guard", [
    # the whole area's operation handed to a named firm, the firm after the act
    ("全县城乡公交站亭的建设和运营，由县城市建设投资有限公司负责。", ""),
    # … the firm first
    ("由县供销集团有限公司负责全县农村电商服务站的运营。", ""),
    # a parcel station is no reserved post business
    ("由县邮政分公司负责全县村级寄递物流综合服务站的建设、运营和管理。", ""),
    # guard: chosen by tender (not read)
    ("全县城乡公交站亭经公开招标确定由县城市建设投资有限公司负责运营。", None),
    # guard: the firm's own facilities, the others run their own (not read)
    ("由县交通投资集团有限公司负责其投资建设的停车场的运营，全县其他停车场由各经营者自主经营。", None),
    # guard: no whole area
    ("城东停车场由县交通投资集团有限公司负责运营。", None),
    # guard: a bureau's duty, no firm
    ("县气象局负责全县人工影响天气作业的组织实施和安全管理。", None),
])
def test_named_operator(sentence, guard):
    assert _read(takings(sentence)) == guard


@pytest.mark.parametrize("sentence, guard", [
    # an association's price list all executed
    ("县搬家服务行业协会应当制定搬家服务收费价目表，全县搬家服务企业统一执行。", ""),
    # … the price fixed by the association, a floor on members
    ("全市婚庆服务价格，由市婚庆行业协会统一核定，会员单位不得低于核定价格承接业务。", ""),
    # guard: a protective ban (not read: no price fixed)
    ("行业协会不得制定或者组织会员执行统一的收费价目表，不得限制会员自主定价。", None),
    # guard: a protective ban before the fixing
    ("任何单位不得要求行业协会统一制定服务价格并要求会员统一执行。", "lawful_price"),
    # guard: no one held to it (information for reference)
    ("县会展行业协会可以发布会展服务价格监测信息，供经营者参考。", None),
])
def test_trade_fixed(sentence, guard):
    assert _read(price_floors(sentence)) == guard


@pytest.mark.parametrize("sentence, guard", [
    # a floor on the local share of purchases, the place of the seller
    ("各学校食堂采购的蔬菜，应当有不少于百分之六十来自本县蔬菜企业。", ""),
    # … the place of the goods, the share named
    ("景区配套工程所用石材，本地产品的采购比例不得低于百分之五十。", ""),
    # guard: the national help-buying scheme, no place of the county's own
    ("机关食堂采购脱贫地区农副产品的比例，不低于省里规定的百分之三十。", None),
    # guard: encouraged
    ("鼓励机关食堂采购的蔬菜中有不少于百分之三十来自本县蔬菜企业。", "open"),
])
def test_local_quota(sentence, guard):
    assert _read(local_demands(sentence)) == guard
