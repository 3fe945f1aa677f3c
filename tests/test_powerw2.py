"""Round 31 wave 2 (powerw2, issue 8): power shapes written before any reading (tests/fixtures/rewordings/powerw2.toml)
— a body deciding as a firm or a third body settles (C-POWER-DIRECTED), a final ruling the body makes itself
(remedy.final), a granted right or licence taken back at will (benefit.revoke_at_will), fine proceeds made the body's
funds (C-POWER-FINE-RETURN), and a private party's own things that shed no public duty (C-POWER-02's guard)
(bench/README.md, "Round 31 — powerw2")."""

import pytest

from review.match import run_example
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("powerw2.toml")
RULES = load_packs()
BY_ID = {rule.id: rule for rule in RULES}


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_powerw2_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("rule_id, sentence, fires", [
    # a body decides as a firm proposes
    ("C-POWER-DIRECTED", "违章搭建的处理，由县住房和城乡建设局按照县燃气公司的处理意见作出决定。", True),
    # a body decides as an association settles
    ("C-POWER-DIRECTED", "县交通运输局根据县物流行业协会的审核意见办理许可。", True),
    # a body registers on another body's 审定 (the third body settles the matter)
    ("C-POWER-DIRECTED", "县民政局根据县侨务办公室的审定意见办理登记。", True),
    # guard: an expert or test body's opinion the law sets
    ("C-POWER-DIRECTED", "县市场监督管理局根据检测机构出具的检测意见依法作出处理决定。", False),
    # guard: a firm's opinion asked for, the body decides
    ("C-POWER-DIRECTED", "县自然资源局可以征求县供电公司的意见后依法作出处理决定。", False),
    # guard: a protective negation
    ("C-POWER-DIRECTED", "行政机关不得按照企业的意见作出处罚决定。", False),
    # guard: a firm deciding by another private party's opinion (no public body)
    ("C-POWER-DIRECTED", "物业服务企业按照业主委员会的书面意见办理。", False),
    # the body makes the final ruling itself, in a dispute
    ("C-POWER-REMEDY", "港口经营人之间的收费纠纷，由县交通运输局作出最终裁决。", True),
    # guard: a review offered after the ruling
    ("C-POWER-REMEDY", "当事人对调处结果有异议的，可以依法向人民法院提起诉讼。", False),
    # a licence the body granted, taken back at will
    ("C-POWER-REVOKE", "县邮政管理局可以根据工作需要随时收回快递末端网点的经营许可证。", True),
    # guard: a right ended on the statutory ground
    ("C-POWER-REVOKE", "海域使用权期满，未申请续期的，海域使用权终止。", False),
    # fines made the body's funds
    ("C-POWER-FINE-RETURN", "盐业执法罚没收入作为县盐务管理机构的办案经费。", True),
    # guard: fines paid into the treasury
    ("C-POWER-FINE-RETURN", "罚没收入纳入一般公共预算，全额缴入国库。", False),
    # guard: a private party keeps its own things, no public matter named
    ("C-POWER-02", "旅客随身携带的行李物品，由旅客自行负责。", False),
    # still a duty shed: the supervision handed to the operator
    ("C-POWER-02", "取消日常巡查后，港区的安全管理责任由港口经营人自行负责。", True),
])
def test_powerw2_rule_rows(rule_id, sentence, fires):
    assert run_example(BY_ID[rule_id], sentence) is fires, (rule_id, sentence)
