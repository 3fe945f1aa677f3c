"""Round 32 (moved32, issue 9): functions that moved in the 2018 reform and bodies the agency tables did not hold —
the outpatient benefits of 基本医疗保险 (门诊特定病种, 门诊慢特病), 外国专家 work under 人社, Shenzhen's 人居环境委员会,
the separate 房屋、土地登记部门 (bench/README.md, "Round 32 — moved32")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("moved32.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_moved32_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


# -- table rows: which rule a sentence is amended by, at which review date (the pack's rows, read as the sweep reads them)
from tests.test_agencies import agency_findings  # noqa: E402


@pytest.mark.parametrize("text, as_of, rules", [
    # an outpatient benefit of 基本医疗保险 named alone, given to 人社: moved (MV-MEDICAL-INSURANCE)
    ("门诊慢特病的认定标准由县人社局制定。", "2026-12-01", {"MV-MEDICAL-INSURANCE"}),
    # … to the 社会保险经办机构: moved with its 经办 (MV-MEDICAL-INSURANCE-AGENCY)
    ("门诊统筹费用由县社会保险经办机构与定点医疗机构结算。", "2026-12-01", {"MV-MEDICAL-INSURANCE-AGENCY"}),
    # guard: the successor named as the doer, the old body for what it keeps
    ("门诊慢特病的认定标准由县医疗保障局制定，县人社局负责工伤认定。", "2026-12-01", set()),
    # guard: judged as of a review date before the reform
    ("门诊慢特病的认定标准由县人社局制定。", "2017-12-31", set()),
    # 外国专家 work under 人社: moved to 科学技术 (MV-FOREIGN-EXPERTS)
    ("引智项目由市人力资源社会保障局组织申报。", "2026-12-01", {"MV-FOREIGN-EXPERTS"}),
    # guard: the 社会保险 of foreign experts stays with 人社
    ("外国专家参加社会保险的，由市人力资源社会保障局办理参保登记。", "2026-12-01", set()),
    # guard: 人社 without the moved function
    ("市人力资源社会保障局负责人才引进工作。", "2026-12-01", set()),
    # 人居环境委员会 as a body (AG-HABITAT)
    ("环境影响报告书报市人居环境委员会审批。", "2026-12-01", {"AG-HABITAT"}),
    # guard: 人居环境 as the name of a work
    ("农村人居环境整治由县农业农村局负责。", "2026-12-01", set()),
    # the separate registries of houses and land (AG-HOUSING-REGISTRY)
    ("土地登记机关应当在登记簿上注明划拨性质。", "2026-12-01", {"AG-HOUSING-REGISTRY"}),
    # guard: the unified registry
    ("不动产登记机构应当在登记簿上注明划拨性质。", "2026-12-01", set()),
    # guard: before 不动产统一登记 (2015-03-01)
    ("土地登记机关应当在登记簿上注明划拨性质。", "2014-06-01", set()),
])
def test_moved32_table_rows(text, as_of, rules):
    assert {f.rule for f in agency_findings(text, as_of)} == rules
