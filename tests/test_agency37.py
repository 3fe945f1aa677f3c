"""Round 37 wave 2, agency37: forest-rights registration (林权登记) by the body that held it before 不动产统一登记 —
森林法 第十五条第一款, 不动产登记暂行条例 第五条、第六条第二款 — and its lawful look-alikes (bench/README.md,
"Round 37 — agency37")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("agency37.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_agency37_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


# ---- why the other candidates of the brief got no rule (the corpus, 2026-12-05)
from statutes.citations.verify import _lookup  # noqa: E402

AS_OF = "2026-12-05"


def _article(corpus, law: str, article: int) -> str:
    [work] = _lookup(law, corpus)
    version = work.version_as_of(AS_OF)
    return "".join(p.text for p in [corpus.provision(version.version_id, article, 0, None, None)] if p)


def test_the_civil_servant_law_names_no_body(corpus):
    """公务员 录用/考核: 公务员法 (2018修订) names the 公务员主管部门, never the body (人社局 or 组织部)."""
    text = _article(corpus, "中华人民共和国公务员法", 12) + _article(corpus, "中华人民共和国公务员法", 24)
    assert "公务员主管部门" in text and "人力资源" not in text and "组织部" not in text


def test_the_forest_fire_regulation_still_names_the_armed_police_forest_force(corpus):
    """武警森林部队: the corpus's 森林防火条例 第三十六条 in force still names it — no basis for its 改制."""
    assert "武装警察森林部队负责执行国家赋予的森林防火任务" in _article(corpus, "森林防火条例", 36)


def test_the_farmland_law_naming_the_agriculture_body_is_not_yet_in_force(corpus):
    """高标准农田: 耕地保护和质量提升法 第三十八条 names the 农业农村主管部门 from 2027-01-01 only, and 农田水利条例 第四条
    in force keeps 农田水利 with the 水行政主管部门."""
    [work] = _lookup("中华人民共和国耕地保护和质量提升法", corpus)
    version = work.version_as_of(AS_OF)
    assert version is None or version.effective_date > AS_OF
    assert "县级以上地方人民政府水行政主管部门负责本行政区域农田水利的管理和监督工作" in _article(corpus, "农田水利条例", 4)
