"""Round 37 (lead37): the lead's mends on the round-36 sets (dev) — a measure the clause refers in general words to
the laws that give it (依照有关法律规定可以查封) is restated, not set. The fixture's clauses:
tests/fixtures/rewordings/lead37.toml."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

RULES = load_packs()
CASES = fixture_cases("lead37.toml")


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_lead37_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


# ---- (7) a consent a private third party must give (review/norms/approver.py)
from review.norms.approver import private_consent  # noqa: E402


@pytest.mark.parametrize("sentence, consent", [
    ("驾驶员离职的，须经原企业书面同意并结清安全责任后，其他企业方可聘用。", "经原企业书面同意"),
    ("出租房屋用于经营的，应当事先征得加油站经营单位的书面同意。", "征得加油站经营单位的书面同意"),
    # guards: a public approver, the person concerned, the actor's own head
    ("民办培训机构变更办学地址的，须报县教育局审批同意后方可实施。", ""),
    ("学生携带手机进入校园的，应当经家长同意。", ""),
    ("动火作业须经企业负责人批准后方可进行。", ""),
])
def test_private_consent(sentence, consent):
    assert private_consent(sentence) == consent
