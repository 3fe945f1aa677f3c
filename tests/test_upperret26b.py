"""Upper-law round 26 wave 2, upperret26b (bench/README.md, "Round 26 wave 2 — upperret26b"): an item of a list restating
one figure of an article's list of conditions. Its matter is named by the list's lead-in (the header), not by the item
(（二）年龄不超过55周岁 under 在本县从事客运经营的驾驶人员，应当符合下列条件：), and an age needs no act after it to be the
article's age for the same people; a short item holding a figure is searched with its lead-in (alone it is under
UPPER_MIN_CHARS and finds nothing).

Articles as read in the corpus (/tmp/c3.db, 2026-12-05): 道路运输条例 第九条, 专职守护押运人员枪支使用管理条例 第三条,
乡村医生从业管理条例 第十条."""

from __future__ import annotations

import pytest

from review.engine import item_under_lead_in
from review.model import Clause
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

RULES = load_packs()
DRIVERS = "在本县从事客运经营的驾驶人员，应当符合下列条件："


def _clause(text: str, header: str) -> Clause:
    return Clause(index=1, label="第二条", text=text, start=0, end=len(text), paragraph=0, header=header)


@pytest.mark.parametrize("text, header, probes", [
    # a short item with a figure under a list's lead-in: read as one sentence with it
    ("（二）年龄不超过65周岁；", DRIVERS, [DRIVERS + "（二）年龄不超过65周岁；"]),
    # an item without a figure stays unsearched (nothing this reading may show)
    ("（一）取得相应的机动车驾驶证；", DRIVERS, []),
    # no lead-in of a list: nothing to read it with
    ("（二）年龄不超过65周岁；", "驾驶人员的年龄条件", []),
    # not an item
    ("年龄不超过65周岁；", DRIVERS, []),
])
def test_item_under_lead_in(text, header, probes):
    assert item_under_lead_in(_clause(text, header)) == probes


@pytest.mark.parametrize("case", [
    # T novel_ba: the item is long enough to be searched; its matter (客运经营的驾驶人员) is the header's
    {"category": "upper-law", "polarity": "positive", "header": DRIVERS,
     "text": "（二）年龄不超过55周岁，且5年内无重大以上交通责任事故记录；"},
    # the article's figures kept: nothing
    {"category": "upper-law", "polarity": "negative", "header": DRIVERS,
     "text": "（二）年龄不超过60周岁，且3年内无重大以上交通责任事故记录；"},
])
def test_item_figure_with_its_lead_in(corpus, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in fixture_cases("upperret26b.toml")])
def test_upperret26b_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
