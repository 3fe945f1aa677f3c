"""Upper-law round 25, upper25r (bench/README.md, "Round 25 — upper25r"): the article a clause alters in its own words,
found by the norm's core rather than the clause's words — an office the law elects filled by a body's appointment
(review.designation, review.engine._UpperReader.by_designation); alternatives the law leaves to the person, one
fixed and the other named (review.compare.consequences.both_options_named, by_option); a figure the law leaves to
the province set by a county (review.compare.reserved).

Article texts as read in the corpus (/tmp/c3.db, 2026-12-05)."""

from __future__ import annotations

import pytest

from review.compare.consequences import both_options_named
from review.compare.model import Change
from review.compare.reserved import left_to_province
from review.designation import designations, elected_sentence

MEDIATION_9 = ("村民委员会、居民委员会的人民调解委员会委员由村民会议或者村民代表会议、居民会议推选产生；企业事业单位设立的"
               "人民调解委员会委员由职工大会、职工代表大会或者工会组织推选产生。\n人民调解委员会委员每届任期三年，可以连选连任。")
TRADE_UNION_10 = ("工会各级组织按照民主集中制原则建立。\n各级工会委员会由会员大会或者会员代表大会民主选举产生。企业主要负责人的近亲属"
                  "不得作为本企业基层工会委员会成员的人选。")
COMPANY_173 = ("国有独资公司的董事会依照本法规定行使职权。\n董事会成员由履行出资人职责的机构委派；但是，董事会成员中的职工代表由"
               "公司职工代表大会选举产生。")
RELIEF_19 = "特困供养人员可以在当地的供养服务机构集中供养，也可以在家分散供养。特困供养人员可以自行选择供养形式。"
DISABLED_EMPLOYMENT_8 = ("用人单位安排残疾人就业的比例不得低于本单位在职职工总数的1.5%。具体比例由省、自治区、直辖市人民政府根据"
                         "本地区的实际情况规定。")


@pytest.mark.parametrize("text, office, verb", [
    # an office of an organisation (…委员会 + 委员), filled from above
    ("村人民调解委员会委员由乡镇司法所从村干部中指定，报县司法局备案。", "村人民调解委员会委员", "指定"),
    # the post alone (其主任), its organisation named earlier in the sentence
    ("新建住宅小区成立社区居民委员会的，其主任、副主任由街道办事处从社区工作者中选派。", "其主任、副主任", "选派"),
    # two posts, each filled by a body
    ("村务监督委员会主任由乡镇人民政府从驻村干部中选派，委员由村党组织提名后报乡镇审核任命。", "村务监督委员会主任", "选派"),
    # the members' assembly fills it: the election kept
    ("农民专业合作社理事长由成员大会从本社成员中选举产生。", None, None),
    # candidates named, then elected
    ("村民委员会成员候选人由村民选举委员会组织村民提名，经村民直接选举产生。", None, None),
    # a post the law lets a body fill (经理 is no elected office: no organisation's post by its ending)
    ("农民专业合作社的经理由理事会聘任，对理事会负责。", None, None),
    # a protective prohibition
    ("任何组织或者个人不得指定、委派村民委员会成员。", None, None),
])
def test_a_clause_fills_an_office_by_appointment(text, office, verb):
    found = designations(text)
    if office is None:
        assert not found, found
    else:
        assert found and found[0].office == office and found[0].verb == verb, found


@pytest.mark.parametrize("article, org, post, elected", [
    (MEDIATION_9, "人民调解委员会", "委员", True),      # the post elected
    (TRADE_UNION_10, "工会委员会", "委员", True),       # the organisation itself elected (各级工会委员会由……选举产生)
    (COMPANY_173, "董事会", "成员", False),             # the law lets a body appoint the members (委派)
])
def test_the_article_elects_the_office(article, org, post, elected):
    assert (elected_sentence(article, org, post) is not None) is elected


@pytest.mark.parametrize("clause, named", [
    ("生活不能自理的特困人员一律实行集中供养，本人不得选择在家分散供养。", True),       # one fixed, the other named
    # 或者 between two places of the one way fixed is no choice kept
    ("生活不能自理的特困人员，一律安排到乡镇敬老院或者县社会福利中心集中供养，本人申请在家分散供养的，不予同意。", True),
    ("特困人员一律实行集中供养。", False),                                          # the other way not named
    ("特困人员可以自行选择集中供养或者在家分散供养，乡镇一律做好服务。", False),        # the choice kept
    ("特困人员一律按照集中供养、分散供养两类标准发放。", False),                         # both named after 一律
])
def test_an_option_fixed_and_the_other_named(clause, named):
    assert both_options_named(clause, RELIEF_19) is named


def _amount_in_range(clause: str, upper_span: str, clause_span: str) -> Change:
    return Change("amount", "info", clause_span, upper_span, "在上位法规定的幅度以内", clause.find(clause_span),
                  DISABLED_EMPLOYMENT_8.find(upper_span))


@pytest.mark.parametrize("clause, flagged", [
    # a county sets what the law leaves to the province
    ("本县机关、团体、企业、事业单位安排残疾人就业的比例，不得低于本单位在职职工总数的2%。", True),
    # the province's figure followed
    ("本县机关、团体、企业、事业单位安排残疾人就业的比例，按照省人民政府规定不得低于在职职工总数的2%。", False),
    # no level below the province named (a province's own rule may set it)
    ("用人单位安排残疾人就业的比例，不得低于本单位在职职工总数的2%。", False),
])
def test_a_figure_left_to_the_province(clause, flagged):
    change = left_to_province(clause, DISABLED_EMPLOYMENT_8, [_amount_in_range(clause, "1.5%", "2%")])
    assert (change is not None) is flagged
    if flagged:
        assert change.severity == "warning" and "省级" in change.message


# -- the engine on whole clauses ---------------------------------------------------------------------------------
from review.rules import load_packs  # noqa: E402

from tests.new_clauses import check_clause, clause_param, fixture_cases, findings_on_article  # noqa: E402

RULES = load_packs()
CASES = fixture_cases("upper25r.toml")


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_upper25r_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


def _upper(corpus, text: str) -> list[str]:
    return [f.problem for f in findings_on_article(corpus, RULES, text)
            if "upper-law" in (f.detail.get("categories") or [f.category])]


@pytest.mark.parametrize("text, article", [
    # the search ranks 村民委员会组织法 nowhere near: the article is found by the office and its election
    ("村务监督委员会主任由乡镇人民政府从驻村干部中选派，委员由村党组织提名后报乡镇审核任命。", "村民委员会组织法》第三十七条"),
    # the best hit scores 45, under every floor: both alternatives named tie the clause to it
    ("生活不能自理的特困人员一律实行集中供养，本人不得选择在家分散供养。", "社会救助暂行办法》第十九条"),
    # a county's own ratio where the 条例 leaves it to the province
    ("本县机关、团体、企业、事业单位安排残疾人就业的比例，不得低于本单位在职职工总数的2%。", "残疾人就业条例》第八条"),
])
def test_an_alteration_found_by_its_norm(corpus, text, article):
    assert any(article in p for p in _upper(corpus, text)), _upper(corpus, text)
