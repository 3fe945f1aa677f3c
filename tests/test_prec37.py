"""Round 37 (prec37, issues 8 and 9): lawful look-alikes fashen still flagged — a negated or protective approval,
registration or exclusivity; a registration or certificate a public body itself provides; the body's own records
sealed; the body's own rules published; an old agency name inside a cited provision; the conduct after
"违反《X》第N条规定" restated from the article — and the problems of the same surfaces (bench/README.md, "Round 37 —
prec37")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("prec37.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_prec37_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


# ---- a gate marker its own clause disclaims; a consequence barring gates (review/norms/analyse.py)
from review.norms.analyse import preconditions_of  # noqa: E402
from review.norms.lexicon import default_lexicon  # noqa: E402


@pytest.mark.parametrize("sentence, gated", [
    ("乡镇卫生院应当为辖区常住孕产妇提供建档登记、产前检查等服务，不以其在户籍地办理相关手续为前提。", False),
    ("法律、法规未设定审批的，不得另行设置审批环节。", False),
    # guards: the gate itself, and a missing approval holding back an activity
    ("常住孕产妇须在社区办理登记后，方可在乡镇卫生院建档。", True),
    ("未经县住建局审批的，任何单位和个人不得设置户外广告设施。", True),
])
def test_gate_read(sentence, gated):
    assert bool(preconditions_of(default_lexicon(), sentence, 0)) is gated


# ---- an old name that is the cited article's words (review/cited_words.py)
from review.cited_words import cited_articles, names_in_article, own_body  # noqa: E402


def test_cited_article_before_the_name():
    text = "依照《医疗废物管理条例》第五条的规定，县级以上各级人民政府环境保护行政主管部门对……实施统一监督管理。"
    refs = cited_articles(text, 0, text.index("县级以上"))
    assert [r.article for r in refs] == [5]
    assert not cited_articles("经营者违反《医疗废物管理条例》第五条规定，" + text[20:], 0, 30)   # 违反 cites no restatement


def test_own_body_and_names():
    assert own_body("县环境保护行政主管部门", 1) and own_body("本县环境保护局", 2)
    assert not own_body("县级以上人民政府环境保护主管部门", 8)
    assert names_in_article(["环境保护主管部门"], "县级以上人民政府环境保护主管部门负责……")
    assert not names_in_article(["环境保护局"], "县级以上人民政府环境保护主管部门负责……")


# ---- the conduct after 违反《X》第N条规定 (review/cited_words.violation_restated)
from review.cited_words import violation_restated  # noqa: E402
from statutes.citations import extract_citations  # noqa: E402

WOMEN_43 = ("用人单位在招录（聘）过程中，除国家另有规定外，不得实施下列行为：\n（一）限定为男性或者规定男性优先；\n（二）除个人基本信息外，"
            "进一步询问或者调查女性求职者的婚育情况；\n（三）将妊娠测试作为入职体检项目；\n（四）将限制结婚、生育或者婚姻、生育状况作为录（聘）"
            "用条件；\n（五）其他以性别为由拒绝录（聘）用妇女或者差别化地提高对妇女录（聘）用标准的行为。")   # 妇女权益保障法 第四十三条


@pytest.mark.parametrize("text, restated", [
    ("用人单位违反《中华人民共和国妇女权益保障法》第四十三条规定，将妊娠测试作为入职体检项目的，由人力资源和社会保障部门责令改正。", True),
    ("用人单位违反《中华人民共和国妇女权益保障法》第四十三条规定，拒绝为女职工缴纳生育保险费的，由县人力资源和社会保障局责令改正。", False),
])
def test_violation_restated(text, restated):
    ref = next(r for r in extract_citations(text) if r.article == 43)
    assert violation_restated(text, ref, WOMEN_43) is restated


# ---- a gate a 法律 or 行政法规 lays (review/gate_in_law.py), read in the real corpus
from review.gate_in_law import law_lays_gate  # noqa: E402


@pytest.mark.parametrize("sentence, laws", [
    ("列入登记范围的电动自行车，经公安机关交通管理部门登记后，方可上道路行驶。", True),      # 道路交通安全法 第十八条
    ("开办药品零售企业须取得县级以上药品监督管理部门核发的药品经营许可证，未取得的，不得从事药品零售。", True),   # 药品管理法 第五十一条
    # guards: another body; a paper beside the law's; an activity no law gates so
    ("电动自行车须经县公安局登记后，方可上道路行驶。", False),
    ("药品零售企业须取得县药品监督管理部门核发的药品经营许可证和县卫生健康局核发的备案证后，方可从事药品零售。", False),
    ("外地建筑企业进入本市承揽工程的，须到市住建局登记备案后方可参加投标。", False),
])
def test_law_lays_gate(corpus, sentence, laws):
    assert law_lays_gate(sentence, corpus, "2026-12-01") is laws
