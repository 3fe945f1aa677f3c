"""Round 42 (rights42, issue 9 recall): the government's administration of people laid on a private party, and a
child's registration fixed by the parent's sex — with lawful look-alikes (bench/README.md, "Round 42 — rights42")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("rights42.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_rights42_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


# ---- the readings of review/norms/assigned.py on their own, on the real documents' sentences (D107, D031, D085)
from review.clauses import intro_sentence  # noqa: E402
from review.norms.assigned import parent_sex, tasked  # noqa: E402


@pytest.mark.parametrize("sentence, quote", [
    ("用人单位招用流动人口超过一百名的，应当设置专职人员负责本单位流动人口服务管理工作。", "设置专职人员负责本单位流动人口服务管理"),
    ("暂住于本市户籍居民家中的暂住人员，由本人携带户主户口本到暂住地社区管理服务中心申领暂住证，其管理责任由户主承担。",
     "管理责任由户主承担"),
    ("在我市购买自有产权房屋的暂住人员，本人携带有效购房证明及身份证到暂住地社区综合管理服务中心申领暂住证，"
     "其管理责任由社区人口管理机构、物业管理单位承担。", "管理责任由社区人口管理机构、物业管理单位承担"),
    ("物业服务企业应当协助社区居民委员会做好小区内流动人口服务管理工作。", None),
    ("社区流动人口服务管理站配备专职协管员，由街道办事处统一招聘和管理。", None),
])
def test_tasked(sentence, quote):
    got = tasked(sentence)
    assert (got[0].text if got else None) == quote


@pytest.mark.parametrize("sentence, read", [
    ("随往子女原则上随女方，除非女方在京读硕士、博士或夫妻离婚子女判给男方，子女可随男方随往。", True),
    ("离婚后子女由女方直接抚养的，可以随女方迁移户口。", False),
    ("新生儿随父落户还是随母落户，由父母自愿选择。", False),
])
def test_parent_sex(sentence, read):
    assert bool(parent_sex(sentence)) is read


@pytest.mark.parametrize("text, header", [
    ("三、所需材料", "所需材料"),
    ("（二）申办户口所需证明材料", "申办户口所需证明材料"),
    ("申办户口所需证明材料：", "申办户口所需证明材料："),
    ("三、办理时限", ""),
    ("二、申请条件", ""),
])
def test_materials_heading(text, header):
    assert intro_sentence(text) == header


@pytest.mark.parametrize("sentence", [
    # round 42, after the first measure on the documents (D001, D031): a case a condition describes, not the rule
    "不满18周岁以下的未成年子女申请随父亲入户的，由派出所审批。",
    "男方为我市户籍人口、女方因婚姻事实在我市居住或所生子女符合随父入户政策的，可以办理。",
])
def test_parent_sex_condition(sentence):
    assert not parent_sex(sentence)


def test_materials_heading_issuers_section():
    # D011: a section on where each paper is issued lists the papers' names as its subheadings, not a demand
    assert intro_sentence("十一、相关证明出具经办机构及所需提供材料") == ""
