"""Round 45 (real45, issue 9): county-level divisions abolished since a document was written, read from the data of
review/tables/divisions.toml (each change with its approval and source) by review/divisions.py
(tests/fixtures/rewordings/real45.toml; bench/README.md, "Round 45 — real45")."""

import re
from datetime import date

import pytest

from review.divisions import abolished_divisions, changes, named_places
from review.model import Clause
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("real45.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_real45_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


def test_every_change_names_its_approval_and_source():
    for change in changes():
        assert date.fromisoformat(change.date)
        assert change.approval and change.source, change
        assert {name for name, _ in change.successors} == set(change.abolished), change
        assert all(n[-1] in "区县市" for n in change.abolished), change
        assert set(change.renamed) <= set(change.abolished), change
        # a bare name is read only beside another name of its city: the siblings are that city's other units
        assert not {n[:-1] for n in change.abolished} & set(change.siblings), change


def _names(text: str) -> list[str]:
    return [text[s:e] for change in changes() for s, e in named_places(text, change)]


@pytest.mark.parametrize("text, names", [
    # written out with its level
    ("本细则适用于本市上城区、下城区、江干区、拱墅区范围内的廉租住房保障工作。", ["下城区", "江干区"]),
    # bare in the city's enumeration, no level written: a name not re-created counts
    ("申请在东城、西城、崇文、宣武、朝阳登记常住户口的", ["崇文", "宣武"]),
    # bare, the level shared with the list's last item
    ("户籍地为白云、黄埔、萝岗、南沙、番禺、花都区的保障对象", ["萝岗"]),
    ("从化、增城市可参照本办法，制定相应政策。", ["从化", "增城市"]),
    # a name re-created at another level: only its old level counts
    ("从化、增城区可参照执行。", []),
    ("申请入户本市（含从化、增城）须同时符合以下条件", []),
    ("溧水区、高淳区的农村公路养护，由区交通运输部门负责。", []),
    # history, an address, a title, a thing named after the old district
    ("黄埔区（原萝岗区）联和街道流动人员和出租屋管理服务中心", []),
    ("萝岗区神舟路867号黄陂员工楼", []),
    ("2009年，闸北区完成了旧区改造的年度任务。", []),
    ("2016年，闸北区的旧区改造任务由静安区继续实施。", ["闸北区"]),
    ("依照《上海市卢湾区房屋征收实施细则》办理。", []),
    ("撤销下城区、拱墅区，设立新的拱墅区。", []),
    ("首都医科大学宣武医院", []),
    ("增城市场监督管理局负责辖区内的食品安全监督管理。", []),
    ("增城市民可以在区政务服务中心办理。", []),
    ("由增城市民政局审核后发放。", ["增城市"]),
    ("2015年度深圳市人才引进政策及业务指南汇编", []),
])
def test_named_places(text, names):
    assert _names(text) == names


def _clause(i: int, text: str) -> Clause:
    return Clause(index=i, label=f"第{i + 1}条", text=text, start=i * 100, end=i * 100 + len(text), paragraph=i)


class _Doc:
    date = "2013-04-01"
    effective_date = ""


def test_one_finding_per_change_listing_its_other_places():
    clauses = [_clause(0, "第一条 从化、增城市可参照本办法，制定相应政策。"),
               _clause(1, "第二条 已办理居住证（增城、从化市户籍人员除外）。"),
               _clause(2, "第三条 户籍地为白云、黄埔、萝岗、南沙、番禺、花都区的保障对象，补贴系数为0.9。")]
    found = abolished_divisions(_Doc(), clauses, "2026-12-01")
    assert [(f.rule, f.category, f.clause.index) for f in found] == [("P-DIVISION-ABOLISHED", "validity", 0)]
    assert [p["clause"] for p in found[0].detail["folded"]] == ["第2条", "第3条"]
    assert "问题系其后产生" in found[0].problem
    assert re.search("2014", found[0].problem)
    # the review date before the change: nothing to say yet
    assert abolished_divisions(_Doc(), clauses, "2013-12-31") == []
