"""Round 26 wave 2 (issue 8, proof): the paper asked again — already given, pledged away (告知承诺) or fetched by the
system (授权调用, 电子证照), still demanded (已……的，仍/还/另行……提交) — and a paper collected from a collective's
signatures or seals (全体住户签字的……书, 各……盖章的……表), the paper read by its noun's ending.

Rows are real inputs: the clauses of tests/fixtures/rewordings/proof26b.toml (written first, measured on base26w2:
2/7 problems, 7/8 look-alikes) and the dev-set shapes base26w2 missed (sets S, T, P).
"""

from __future__ import annotations

import pytest

from review.norms.paper import papers
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

AGAIN = [
    # (sentence, whether the paper reading finds a demand)
    ("已选择告知承诺方式办理的事项，申请人仍应当在领取证件前补交原需提交的全部材料原件，未补交的不予发证。", True),  # S novel_ay:58
    ("申请人已在一网通办平台授权调用电子营业执照的，窗口工作人员仍应当要求其提交加盖公章的营业执照复印件三份。", True),  # S novel_ay:59
    ("管线单位申请挖掘城市道路时已提交建设工程规划许可证的，还应当另行提交规划部门出具的规划确认函。", True),  # T novel_az:58
    ("选择告知承诺方式办理的，申请人在签署承诺书的同时，仍须提交相关主管部门出具的核查意见。", True),  # P pool_p1:73
    ("已办理入网许可并上传检测报告的企业，申请补贴时另行提交检测机构盖章的检测报告复印件。", True),  # no modal: 另行提交
    ("已通过共享平台获取电子营业执照的，不得要求申请人再提交营业执照纸质复印件。", False),  # barred
    ("申请延续的，申请人已提交的材料内容未发生变化的，可以不再提交，书面说明情况即可。", False),  # lifted
    ("已提交的申请材料发生变更的，申请人还应当提交变更后的材料。", False),  # a changed fact
]

COLLECTED = [
    ("申请旅馆业特种行业许可证的，应当附经营场所所在楼栋全体住户签字的无异议书。", True),  # S novel_av:54
    ("农村客运经营者申请延续班线经营的，应当提供线路沿线各村民委员会盖章的群众满意度测评表。", True),  # T novel_ba:56
    ("申请人应当在申请表上签字，并对所提交材料的真实性负责。", False),  # the applicant's own signature
]


@pytest.mark.parametrize("sentence,found", AGAIN + COLLECTED)
def test_paper_reading(sentence, found):
    assert bool(papers(sentence)) is found, (sentence, papers(sentence))


RULES = load_packs()
CASES = fixture_cases("proof26b.toml")


@pytest.mark.parametrize("stem,index,case", [clause_param(*c) for c in CASES])
def test_proof26b_clauses(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
