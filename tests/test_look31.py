"""Round 31 (look31, issue 8): the look-alike classes still flagged on the dev sets, each read as a class with problem
clauses of the same surface (bench/README.md, "Round 31 — look31"): a restriction negated (不限于本县企业), a list
header forbidding the burden its items name, a measure's basis demanded of the upper level (应当以法律、行政法规为
依据), a modal verb the compared article itself lays on the clause's act, a prohibition naming a place (在禁止停车的地点)."""

import pytest

from review.compare.regions import attributive_prohibition
from review.norms.lookalike import lookalike_reason
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("look31.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_look31_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("category, text, quote, header, reason", [
    # a negated restriction opens the market
    ("fair-competition", "竞买人不限于本县企业。", "竞买人不限于本县企业", "", "restriction_negated"),
    ("fair-competition", "参加遴选的企业不仅限于本县注册的经营者。", "参加遴选的企业不仅限于本县注册的经营者", "", "restriction_negated"),
    # guard: the restriction itself
    ("fair-competition", "竞买人限于本县注册的企业。", "竞买人限于本县注册的企业", "", None),
    # guard: a restriction left elsewhere in the sentence keeps the finding
    ("fair-competition", "承接单位不限于本县企业，但仅限本县注册的企业参加报名。", "承接单位不限于本县企业", "", None),
    # a forbidding header over an item that is a burden done to another
    ("family-planning", "（二）要求丧属提供计划生育情况证明；", "计划生育情况证明", "殡葬服务单位在提供服务时不得有下列行为：",
     "forbidden_item"),
    # guard: a header laying a duty, or refusing on conditions
    ("family-planning", "（三）要求应聘人员提供婚育情况证明；", "婚育情况证明", "家政服务机构应当遵守下列规定：", None),
    ("family-planning", "（一）未提供婚育情况证明的；", "婚育情况证明", "有下列情形之一的，不予办理户口迁入：", None),
    # guard: the fair-competition rules are no burden class (a forbidding header over a privilege is read by them)
    ("fair-competition", "（一）限定本县企业参加；", "限定本县企业", "不得有下列行为：", None),
    # the measure's basis demanded of the upper level, nothing added
    ("penalty", "将档案中介服务机构列入失信名单的，应当以法律、行政法规为依据。", "将档案中介服务机构列入失信名单", "", "deferred"),
    # guard: a local body's finding as the basis; a measure added after the basis
    ("penalty", "将测绘单位列入失信名单的，应当以县自然资源局的认定为依据。", "将测绘单位列入失信名单", "", None),
    ("penalty", "将会展企业列入失信名单的，应当以法律、法规为依据，并限制其三年内参加政府采购活动。", "将会展企业列入失信名单", "",
     None),
])
def test_round31_lookalike_rows(category, text, quote, header, reason):
    assert lookalike_reason(category, text, quote, header) == reason


@pytest.mark.parametrize("text, word, expected", [
    ("或者确需在禁止停车的地点停车的", "禁止", True),      # a place named by what is forbidden there
    ("驶入禁止通行的路段的", "禁止", True),
    ("在噪声敏感建筑物集中区域禁止夜间进行产生噪声的施工作业", "禁止", False),   # guard: the prohibition itself
    ("任何单位不得在禁止区域外设置", "不得", False),                           # guard: 不得 laid on a body
])
def test_attributive_prohibition(text, word, expected):
    at = text.index(word)
    assert attributive_prohibition(text, at, len(word)) is expected
