"""Round 34 (upper34, issue 8): a clause naming the licensing procedure by its acts (受理……许可申请, 作出准予许可或者不予
许可的决定), not by 行政许可, names 行政许可法's procedure, whose time limit (第四十二条: 二十日, 延长十日) is found for
it with the clause's acts written out in the law's words (bench/README.md, "Round 34 — upper34")."""

import pytest

from review.compare.vocabulary import procedure_written_out
from review.engine import names_procedure
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("upper34.toml")
RULES = load_packs()
LICENSING = "中华人民共和国行政许可法"


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_upper34_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("text, named", [
    # the procedure by the law's own word
    ("应当自受理行政许可申请之日起二十日内作出决定", True),
    # by an application for a licence of the sector
    ("县人防办应当自受理人民防空工程拆除许可申请之日起30个工作日内作出决定", True),
    # by a licence decision
    ("应当自受理之日起20个工作日内作出准予许可或者不予许可的决定", True),
    ("应当在四十五日内作出是否准予许可的决定", True),
    # not by the applicant, a licence held or revoked, or another decision
    ("许可申请人应当如实提交有关材料", False),
    ("持有烟草专卖零售许可证的，可以经营卷烟零售业务", False),
    ("对违法经营的，吊销其许可证", False),
    ("应当自受理之日起十日内作出准予登记的决定", False),
])
def test_licensing_procedure_named_by_its_acts(text, named):
    assert names_procedure(LICENSING, text) is named


@pytest.mark.parametrize("text, written", [
    # an application and a decision in the law's words
    ("自受理排水许可申请之日起30个工作日内作出准予或者不予许可的决定",
     "自受理排水行政许可申请之日起30个工作日内作出行政许可决定"),
    ("受理零售许可证申请后", "受理零售行政许可申请后"),
    # the law's words already: unchanged
    ("自受理行政许可申请之日起二十日内作出行政许可决定", "自受理行政许可申请之日起二十日内作出行政许可决定"),
    # no licensing act: unchanged
    ("应当自收到备案材料之日起五日内办结", "应当自收到备案材料之日起五日内办结"),
])
def test_procedure_written_out(text, written):
    out, at = procedure_written_out(text)
    assert out == written
    assert len(at) == len(text) + 1


def test_written_out_offsets_follow_the_figure():
    # the time limit after a rewritten application stays at its words (by_figure_act pairs it by these offsets)
    text = "应当自受理排水许可申请之日起30个工作日内作出决定"
    out, at = procedure_written_out(text)
    start, end = text.index("30个工作日"), text.index("30个工作日") + len("30个工作日")
    assert out[at[start]:at[end]] == "30个工作日"
