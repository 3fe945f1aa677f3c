"""Round 32 (lead32): a body named as the issuer of what the sentence's subject holds is not its subject, also when
the thing issued stands between the verb and 的 (取得省级通信管理机构核发资质的铁塔施工单位，……须……备案) — power32 read
县/市/省级……管理机构 as a government body, and a licence gate on such a holder fell out of C-LICENSE-02 (its norm must
not be the government's own; bench/README.md, "Held-out evaluation, round 32")."""

import pytest

from review.norms.analyse import analyse
from review.norms.lexicon import load_lexicon
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("lead32.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_lead32_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("text, agent", [
    # the issuer with the thing issued before 的: the holder is the subject (a 施工单位 is read as a contractor)
    ("取得省级通信管理机构核发资质的铁塔施工单位，进场施工前须到县工信局办理备案。", "role.party_b"),
    ("持有市级体育主管机构颁发证书的游泳培训机构，应当向县文旅体局登记。", "role.business"),
    # the issuer right before 的 (the older reading)
    ("取得县商务局颁发的资质的检测单位，应当到县气象局登记。", "role.business"),
    # guard: the body that issues is the subject of its own duty (……的，应当公示)
    ("县农业农村局核发渔业捕捞许可证的，应当同时在县政府网站公示。", "role.government"),
])
def test_issuer_of_the_holders_paper_is_not_the_subject(text, agent):
    norms = analyse(text, load_lexicon())
    assert norms and norms[0].agent is not None and norms[0].agent.role == agent
