"""Round 39 (rights39, issue 8: rights): one reading of who bears a detriment and for what (review/norms/detriment.py)
— vicarious and collective detriment, retaliation for a lawful right's exercise, a status that is no wrong, a deposit or
guarantee laid on a whole class in advance — with their lawful look-alikes (bench/README.md, "Round 39 — rights39")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("rights39.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_rights39_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


# ---- the readings of review/norms/detriment.py, each with its look-alike (the last four: round 38's F4, moved here)
from review.norms.detriment import borne  # noqa: E402


@pytest.mark.parametrize("sentence, header, name", [
    ("物业公司拖欠员工工资的，其法定代表人的子女不得报名参加本县公益性岗位招聘。", "", "vicarious"),
    ("其子女吸毒的，其子女不得报名参加本县公益性岗位招聘。", "", None),              # the relative is the actor
    ("本局工作人员的配偶违规经商的，该工作人员当年不得参加评优。", "", "vicarious"),  # the official for his spouse
    ("本局工作人员违规经商的，该工作人员当年不得参加评优。", "", None),                # internal administration
    ("环卫工人向劳动监察部门举报环卫公司克扣工资的，环卫公司可以不再与其续签劳动合同。", "", "reprisal"),
    ("当事人逾期提出异议的，不予受理。", "", None),                                   # the objection's own time limit
    ("任何单位不得因职工申请劳动仲裁而降低其工资。", "", None),                       # protective
    ("离异妇女不得报名参加本街道巾帼家政培训。", "", "no_wrong"),
    ("残疾人报名参加培训的，培训机构应当提供无障碍设施。", "", None),                  # a care, no bar
    ("（三）离婚后户口仍在本社区的妇女；", "有下列情形之一的，不再发放社区节日慰问金：", "no_wrong"),
    ("（三）申请人提交虚假材料的；", "有下列情形之一的，不再发放社区节日慰问金：", None),
    ("到本县景区摆摊的个人，应当向景区管理处缴纳一千元经营保证金。", "", "in_advance"),
    ("旅行社应当依照规定存入质量保证金。", "", None),                                 # a firm, under its law
    ("企业可以统一下调全体员工绩效工资，无需经职工代表大会讨论。", "", "in_advance"),
    ("企业调整工资分配办法的，应当经职工代表大会讨论通过。", "", None),
    ("（二）本组辖区内发生偷盗耕牛案件且作案人员尚未查获的；", "有下列情形之一的，取消该村民小组当年的奖补资金：", "vicarious"),
    ("（二）违法行为人本人拒不整改的；", "有下列情形之一的，取消该村民小组当年的奖补资金：", None),
    ("投诉经查不实的，由投诉人承担调查费用。", "", "reprisal"),
    ("投诉人捏造事实的，由其承担因此产生的费用。", "", None),                         # his own fabrication
])
def test_detriment_readings(sentence, header, name):
    got = borne(sentence, header)
    assert (got[0].name if got else None) == name
