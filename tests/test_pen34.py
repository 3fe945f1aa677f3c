"""Round 34 (pen34, issue 8): a trigger and a withheld thing that share only when and where (a period, a count, the
place's scope) are not related, and a qualification or a business barred for a period is no benefit's own terms —
both kept period-bound bars after a violation out of the penalty reading (bench/README.md, "Round 34 — pen34")."""

import pytest

from review.norms.effect import effects, related
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("pen34.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_pen34_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("trigger, withheld, expected", [
    # a period in both (一年内 / 两年内) and nothing else shared: not related
    ("一年内被游客有效投诉累计三次以上", "两年内不得承接本县机关公务接待业务", False),
    # a count and the place's scope alone: not related
    ("在本县范围内被查实三次以上", "暂停其在本县范围内的活动", False),
    # guard: the benefit's own terms still relate (公共租赁住房 in both)
    ("擅自转租公共租赁住房", "取消其公共租赁住房保障资格", True),
    # guard: a period in the trigger does not hide a shared matter (档案)
    ("一年内两次以上逾期未归还所借档案", "暂停为其办理档案外借手续", True),
])
def test_related_ignores_when_and_where(trigger, withheld, expected):
    assert related(trigger, withheld) is expected


def _guards(sentence):
    return [(e.name, e.guard) for e in effects(sentence) if e.kind == "withhold"]


@pytest.mark.parametrize("sentence, name, guard", [
    # a business barred for a period after the conduct: read, unguarded, though the words are close (维修)
    ("一年内被查实两次以上虚开维修票据的维修企业，两年内不得承接本县机关公务用车维修业务。", "disqualify", ""),
    # a period shared alone no longer relates them (年内)
    ("一年内被投诉查实三次以上的定点饭店，两年内不得承接本县机关公务接待业务。", "disqualify", ""),
    # guard: a qualification withdrawn for breaking its own terms, no period: related
    ("违反消防安全规定使用人防工程的使用人，县人防办取消其人防工程承租资格。", "benefit", "related"),
    # … for a period, it is a bar of standing: read
    ("违反消防安全规定使用人防工程的使用人，县人防办取消其三年内人防工程承租资格。", "disqualify", ""),
])
def test_period_bound_bar_is_not_a_benefits_own_terms(sentence, name, guard):
    assert (name, guard) in _guards(sentence)
