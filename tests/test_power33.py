"""Round 33 (power33, issue 8): two power readings of the general shape that recur over the dev sets' missed power
positives — a body that holds no public power whose finding the clause makes an organ's basis, equal in force to the
document, or the last word on a dispute (行政处罚法 第四十条、第五十四条, 行政许可法 第三十四条第三款, 行政诉讼法 第十三条
第（四）项), and a private party's own price, rent or pay fixed by a body with the party held to the figure (价格法 第六条)
(bench/README.md, "Round 33 — power33")."""

import pytest

from review.norms.power import readings
from review.norms.takeover import takeovers
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("power33.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_power33_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


def _usurped(sentence: str) -> bool:
    return any(kind == "usurp" and not guard for kind, _, _, guard in readings(sentence))


@pytest.mark.parametrize("sentence, read", [
    # an association's finding made the basis of an organ's sanction or licence
    ("协会出具的检测结论直接作为县气象局实施行政处罚的依据。", True),
    ("协会核查结论作为有关行政管理的依据。", True),
    ("核查由铁塔公司县分公司负责，核查意见直接作为县无线电管理机构作出许可决定的依据。", True),
    # a coordinating office's decision equal in force to the document
    ("由县会展经济发展领导小组办公室研究作出决定，该决定与本办法具有同等效力。", True),
    # an association's word the last on a dispute
    ("有争议的，以县地震学会出具的评审意见为准，不再受理申诉。", True),
    # guard rows: said not to be a basis
    ("协会开展的会员诚信评价结果，仅作为协会内部自律管理的参考，不作为行政处罚的依据。", False),
    # guard rows: a testing centre's report (a qualified body's evidence: 行政处罚法 第四十六条)
    ("县农产品质量检测中心出具的检测结论作为县农业农村局实施行政处罚的依据。", False),
    # guard rows: a finding the organ checks before it acts
    ("协会的核查意见经县烟草专卖局核实后，作为核发零售许可证的依据。", False),
    # guard rows: 以……为准 with no dispute is a record relied on, not the last word
    ("电费补贴以供电公司出具的用电量结果为准。", False),
    # guard rows: the village's own word in its own affairs is not read by the 以……为准 form
    ("以村民委员会作出的决定为准。", False),
    # guard rows: a body's appraisal of its own units is not an act of power over others
    ("考核工作领导小组作出的考核结果作为年度评先评优的依据。", False),
    # guard rows: an annex, no body's finding
    ("本办法所附的检查表与本办法具有同等效力。", False),
])
def test_nonholder_finding_made_binding(sentence, read):
    assert _usurped(sentence) is read


def _taken(sentence: str) -> bool:
    return any(not guard for _, _, guard in takeovers(sentence))


@pytest.mark.parametrize("sentence, taken", [
    # the owner held to the body's figure: not above it, by it
    ("县气象局每年核定全县民营气象服务机构的服务收费上限，各机构的实际收费不得超过核定上限。", True),
    ("县会展办根据展会规模核定各会展服务企业的展位租赁价格，会展服务企业应当按照核定价格对外出租展位。", True),
    # … or barred from agreeing its own with the counterparty
    ("社会投资建设的人防工程平时使用的租金标准由县人民防空办公室统一核定，产权人不得与使用人另行约定。", True),
    # a firm of professionals and a travel agency are owners
    ("县地震局可以对辖区内地震安全性评价事务所的项目分配和收费方式作出统一调整，各事务所应当遵照执行。", True),
    # the body going by the owner's state is not the owner deciding (根据企业经营效益核定)
    ("县人社局根据企业经营效益核定辖区内非公有制企业年度工资增长幅度，企业应当按照核定幅度调整职工工资。", True),
    # guard rows: a price under the 定价目录
    ("公用人防工程平时使用的租金标准，由县人民防空办公室会同县发展和改革局依照定价目录确定，使用单位应当按照确定的租金缴纳。", False),
    # guard rows: the owner bound by its own contract, no body fixing anything
    ("测绘公司应当按照合同约定的价格收取测绘费用，不得在合同约定之外另行收费。", False),
    # guard rows: the owner's own price
    ("档案整理服务企业应当自主确定服务价格，并在经营场所醒目位置明码标价。", False),
])
def test_owner_held_to_the_bodys_figure(sentence, taken):
    assert _taken(sentence) is taken
