"""Round 37 (power37, issue 8): a body that grants itself open-ended power over the public — binding rules of its own
making, an open demand for papers, inspection or records taken at any time — or sheds its duties (a promise, a liability,
a transfer, the costs of work it entrusted), and their lawful look-alikes (bench/README.md, "Round 37 — power37")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("power37.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_power37_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


# ---- the inspected party's protection taken is no protective pretext (review/norms/relief.py, inspect.stripped)
from review.norms.lexicon import default_lexicon  # noqa: E402
from review.norms.relief import reliefs  # noqa: E402


@pytest.mark.parametrize("sentence, protective", [
    ("医疗机构不得以未缴纳费用为由拒绝提供急救服务。", True),
    ("任何部门不得以未备案为由拒绝办理其登记手续。", True),
    # the inspected party barred from the protection the law gives it against the inspection
    ("心理咨询机构不得以保护隐私为由拒绝提供来访者咨询记录。", False),
    ("被检查人不得以检查人员未出示证件为由拒绝检查。", False),
])
def test_stripped_protection_is_no_relief(sentence, protective):
    found = [r for r in reliefs(default_lexicon(), sentence) if r.form == "protective"]
    assert bool(found) is protective


@pytest.mark.parametrize("text, concepts", [
    ("该规定与本办法具有同等效力", {"own.force"}),
    ("由县住建局根据工作需要另行作出规定", {"own.rulemaking", "own.open_trigger"}),
    ("因机构调整、人员变动致使原承诺无法落实的，县政府不再承担兑现责任", {"duty.promise_excuse", "duty.promise_disclaimed"}),
    ("所需经费，由村集体自行筹措解决", {"cost.pushed_to_village"}),
])
def test_own_power_concepts(text, concepts):
    lexicon = default_lexicon()
    assert {c for c in concepts if lexicon.has(c, text)} == concepts
