"""Round 29 (lead29): the lead's readings of gaps found in its own rewordings of round 28 (bench/README.md, "Round 29 —
lead29"): fine revenue returned to the enforcer is C-POWER-FINE-RETURN's alone, not a penalty set; a fine laid in
the sentence that also sends its revenue to the treasury is still a penalty set; an informant's reward measured by
the fine is neither.
"""

import pytest

from bench.rewording_eval import FLAGGING, Text, review_text
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("lead29.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_lead29_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("text", [
    "罚没款超过年度考核基数的部分，按百分之二十奖励执法科室。",
    "乡镇综合执法队收缴的罚款，由县财政全额返还乡镇，用于执法装备购置。",
    "县财政按照执法机构罚没收入的百分之三十返还，用于执法人员奖励。",
])
def test_fine_revenue_returned_is_no_penalty_set(corpus, text):
    """One finding per problem, of the right kind: the revenue noun (罚款, 罚没款) names no penalty the clause lays."""
    case = Text(rule="NEW-power", category="power", polarity="positive", variant=1, text=text)
    found = [f for f in review_text(case, "normative", corpus, RULES) if f.severity in FLAGGING]
    assert [f.rule for f in found] == ["C-POWER-FINE-RETURN"], [(f.rule, f.category) for f in found]
    assert "penalty" not in (found[0].detail.get("categories") or [found[0].category])


def test_a_house_kept_is_no_fine_kept(corpus):
    """留用 after a fine the clause lays is the building's fate: the penalty finding alone, no fine-return category."""
    case = Text(rule="NEW-penalty", category="penalty", polarity="positive", variant=1,
                text="超出批准面积建房的，超过部分按每平方米处以一百元以下的罚款，所建房屋准予留用。")
    found = [f for f in review_text(case, "normative", corpus, RULES) if f.severity in FLAGGING]
    assert [f.rule for f in found] == ["C-PENALTY-01"], [(f.rule, f.category) for f in found]
    assert (found[0].detail.get("categories") or [found[0].category]) == ["penalty"]
