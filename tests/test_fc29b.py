"""Round 29 wave 2 (fc29b, issue 8): three classes of fair-competition problems set A's writers wrote and a next drafter
writes again in any sector, read with open slots —

* a moratorium on market entry for a period or an area (不再新增……场所, 暂缓办理, 不再受理新设……申请): the operator by its
  name's end, the stop by its verb, the period (……年内, ……期间, ……前) or the area (城区, ……范围内, 全镇) by its shape —
  review/norms/entry.py ``_MORATORIUM`` (公平竞争审查条例 第八条第（四）项);
* a market price fixed by any body (a 协调小组 or 联席会议 as well as an organ) with the businesses' undercutting shut
  (不得以低于统一价格的方式促销, 不得自行确定或者调整, 不得以优惠、返利等方式变相降价), or put under one guidance for all
  and pinned in figures (实行统一指导，……不得高于600元) — competition.py ``_SHUT_PRICE``, ``_FIXING``; the protective
  "不得以……方式" no longer reads a ban on undercutting as a protection (lexicons/basis.toml forbids.demand);
* a charge differentiated by the firm's ownership (外商投资企业/外资/民营 … 在内资/国有企业标准基础上上浮, 按……的两倍)
  — entry.py ``_AWAY``/``_HOME_RATE`` in ``_RATE``.

Clauses of tests/fixtures/rewordings/fc29b.toml (written before the build; base29w2 7/18) and set A's misses.
"""

import pytest

from review.norms.competition import price_floors
from review.norms.entry import entry_bars, origin_rates
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

RULES = load_packs()


@pytest.mark.parametrize("text, guard", [
    # a period and an area, the operator by its name's end (A novel_bt)
    ("为防止同质化竞争，2026年至2028年期间本县城区不再新增健身房、游泳馆等商业健身场所，已受理的相关申请暂缓办理。", ""),
    # a period, the newcomers' filing by its own words
    ("汽车租赁经营者较为集中的街区，2026年内不再受理新的汽车租赁经营备案申请。", ""),
    # an area and a period in words
    ("为避免恶性竞争，两年内全镇不再新开洗浴场所。", ""),
    # a stop a statute lays and the clause cites
    ("依照《中华人民共和国长江保护法》第二十六条规定，长江干支流岸线一公里范围内不再新建、扩建化工园区和化工项目。", None),
    # no period or area: no moratorium
    ("该公司不再新设门店。", None),
])
def test_moratorium(text, guard):
    spans = entry_bars(text)
    if guard is None:
        assert not spans or spans[0][2], (text, spans)
    else:
        assert spans and spans[0][2] == guard, (text, spans)


@pytest.mark.parametrize("text, found", [
    # a coordination group fixes the price, undercutting shut (A novel_bu)
    ("全市加油站汽油、柴油零售价格由市成品油市场协调小组统一确定，各加油站不得以低于统一价格的方式促销。", True),
    # the price set or changed in a pair shut (A novel_bt)
    ("营利性民办幼儿园的保育教育费由县教育局会同县发展和改革局按照办园等级统一核定，幼儿园不得自行确定或者调整。", True),
    # one guidance for all, pinned in figures (Y novel_bk)
    ("全县民宿客房价格实行统一指导，旺季每间每晚不得高于600元，淡季不得低于200元。", True),
    # the parties' own price: nothing fixed
    ("婚庆服务价格由经营者自主确定，不得以虚假的价格手段诱骗消费者。", False),
])
def test_price_fixed(text, found):
    spans = price_floors(text)
    assert bool(spans and not spans[0][2]) is found, (text, spans)


@pytest.mark.parametrize("text, found", [
    # a rent raised for foreign-invested firms over domestic ones (A novel_bu)
    ("外商投资企业承租园区标准厂房的，租金在内资企业标准基础上上浮20%执行。", True),
    # private firms charged more than state-owned ones
    ("民营企业使用县粮食储备库仓容代储粮食的，仓储租金按国有企业标准加收百分之二十。", True),
    # the same standard for both
    ("外商投资企业与内资企业租用园区标准厂房的，执行相同的租金标准。", False),
])
def test_owner_rate(text, found):
    spans = origin_rates(text)
    assert bool(spans and not spans[0][2]) is found, (text, spans)


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in fixture_cases("fc29b.toml")])
def test_fc29b_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
