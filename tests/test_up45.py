"""Round 45 (up45, issue 8: upper-law retrieval): a law the search reached only weakly still offers the article the
clause resembles far more (review.domain_laws.held_laws, searched_with_domain); a clause naming a member of the class
a statute lays its norm on is searched, and judged faithful, in the class's words (review.class_readings,
review/tables/statute_classes.toml; review.engine.restated_unaltered) — bench/README.md, "Round 45 — up45"."""

import tomllib
from dataclasses import dataclass

import pytest

from review import domain_laws
from review.class_readings import TABLE, class_readings, statute_classes
from review.compare import compare
from review.engine import restated_unaltered
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("up45.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_up45_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


# ---- class readings -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, readings", [
    # a member named: read as the statute's class (道路交通安全法 第一百一十九条第（四）项)
    ("驾驶电动自行车闯红灯的，处一百元罚款。", ["驾驶非机动车闯红灯的，处一百元罚款。"]),
    # the longest member first: 人力三轮车 is one member, not 人力 + 三轮车
    ("人力三轮车载物的", ["非机动车载物的"]),
    # two members of one class: one reading, both put as the class
    ("农民专业合作社和个体工商户应当……", ["市场主体和市场主体应当……"]),
    # members of two classes: one reading each, in the table's order
    ("在综合文化站门前停放电动自行车的", ["在综合文化站门前停放非机动车的", "在公共文化体育设施门前停放电动自行车的"]),
    # the class named already: the clause speaks the statute's word (非机动车道 holds it)
    ("电动自行车应当在非机动车道内行驶", []),
    # no member
    ("县文化市场综合执法大队负责查处", []),
])
def test_class_readings(text, readings):
    assert class_readings(text) == readings


def test_every_class_rests_on_a_definition_and_its_examples_hold():
    data = tomllib.loads(TABLE.read_text(encoding="utf-8"))
    assert len(statute_classes()) == len(data["class"])
    for row in data["class"]:
        assert "第" in row["basis"] and "条" in row["basis"], row["name"]
        for text in row["examples"]["positive"]:
            assert any(row["name"] in r for r in class_readings(text)), text
        for text in row["examples"]["negative"]:
            assert not any(row["name"] in r and row["name"] not in text for r in class_readings(text)), text


# ---- a faithful restatement read in the class's words ---------------------------------------------------------------

ARTICLE_24 = "市场主体变更登记事项，应当自作出变更决议、决定或者法定变更事项发生之日起30日内向登记机关申请变更登记。"


@pytest.mark.parametrize("clause, faithful", [
    # 农民专业合作社 for 市场主体 (市场主体登记管理条例 第二条): restated unaltered once read as the class
    ("农民专业合作社变更登记事项的，应当自变更事项发生之日起30日内向登记机关申请变更登记。", True),
    # the period changed: a material change in either reading
    ("农民专业合作社变更登记事项的，应当自变更事项发生之日起90日内向登记机关申请变更登记。", False),
])
def test_restated_unaltered_in_class_words(clause, faithful):
    own = compare(clause, ARTICLE_24)
    read = [compare(r, ARTICLE_24) for r in class_readings(clause)]
    assert own.similarity < 0.8          # the member's name aligns with nothing: not faithful in its own words …
    assert restated_unaltered(own, read) is faithful
    assert not restated_unaltered(own)   # … nor without the class reading


# ---- a law the search reached only weakly ---------------------------------------------------------------------------

@dataclass(frozen=True)
class _Hit:
    work_id: int
    article: str
    score: float
    version_id: int = 1
    article_sub: int = 0
    paragraph: int | None = None
    item: int | None = None


def test_held_laws_are_the_best_hits_and_those_at_the_floor():
    hits = [_Hit(1, "第一百五十二条", 39.0), _Hit(2, "第四十二条", 50.0), _Hit(3, "第三十三条", 27.0)]
    assert domain_laws.held_laws(hits, 48.0) == frozenset({1, 2})


@pytest.mark.parametrize("domain_score, enters", [
    (61.0, True),    # 信访工作条例 第三十四条 at 61 over 民事诉讼法 at 39: far above every hit (REACHED_MARGIN)
    (45.0, False),   # about as close as the hits: the search's ranking stands, the hits as they were
])
def test_a_weakly_reached_law_offers_an_article_only_far_above_the_hits(monkeypatch, domain_score, enters):
    hits = [_Hit(1, "第一百五十二条", 39.0), _Hit(2, "第四十二条", 35.0), _Hit(3, "第三十三条", 27.0, version_id=3)]
    found = _Hit(3, "第三十四条", domain_score, version_id=3)
    monkeypatch.setattr(domain_laws, "domain_hits", lambda store, about, as_of, reached: (
        [] if 3 in reached else [found]))
    merged, only_domain = domain_laws.searched_with_domain(None, "clause", "2026-12-01", hits, 5, 48.0)
    assert (found in merged) is enters and (only_domain == [found]) is enters
    if not enters:
        assert merged is hits            # the same list in the same order as before such laws were scored
