"""Round 20, the lead's changes, through the whole review on the shipped corpus.

* A sanction told by its concept (tests/fixtures/rewordings/lead20_sanction.toml, written before the change): a
  measure added beyond the statutory penalty (除依法处罚外, 在依法查处的同时: the conduct is a violation, and the law it
  names excuses nothing added after it); a production limit laid on one offender (对其实施限产) is a penalty, not a
  cartel; an emergency plan's 限产 is neither; output quotas shared out among producers are a market division.
* A finding with several hits in one sentence quotes the levy the sentence adds, not the lawful one it names first
  (``Rule.quote_avoid``, ``match.quoted_first``): 除缴纳工本费外，另收取……审核服务费 is about the 审核服务费.
"""

import pytest

from bench.rewording_eval import Text, review_text
from review.norms.analyse import excepted_spans
from review.match import Hit, quoted_first
from review.rules import load_packs

from tests.new_clauses import check_clause, clause_param, fixture_cases

RULES = load_packs()
BY_ID = {r.id: r for r in RULES}
CASES = fixture_cases("lead20_*.toml")


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_lead20_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("text, excepted", [
    ("除依法处罚外，三年内不得参加评选。", "依法处罚"),
    ("在依法查处的同时，取消其下一年度申报资格。", "依法查处"),
    ("除提交《条例》第十条规定的材料外，还应当提交……", "提交《条例》第十条规定的材料"),
    ("在依法查处违法占地行为的同时，应当加强宣传。", "依法查处违法占地行为"),
])
def test_the_penalty_a_measure_goes_beyond_is_excepted(text, excepted):
    assert [text[a:b] for a, b in excepted_spans(text)] == [excepted]


def _fee_quotes(corpus, text):
    case = Text(rule="NEW-fee", category="fee", polarity="positive", variant=1, text=text, header="", doc_kinds=())
    return [f.quote for f in review_text(case, "normative", corpus, RULES) if f.rule == "C-FEE-01"]


@pytest.mark.parametrize("text, added, lawful", [
    ("办理登记时，申请人除缴纳工本费外，另收取每件五十元的审核服务费。", "审核服务费", "工本费"),
    ("参保人员缴纳社会保险费后，还须向经办窗口缴纳每人二十元的手续费。", "手续费", "社会保险费"),
    ("经营户除按规定交纳水电费外，还应当向市场服务中心交纳每月三百元的摊位管理费。", "摊位管理费", "水电费"),
])
def test_the_added_levy_is_quoted_not_the_lawful_one_beside_it(corpus, text, added, lawful):
    [quote] = _fee_quotes(corpus, text)
    assert added in quote and lawful not in quote


def test_a_single_levy_is_quoted_as_before(corpus):
    [quote] = _fee_quotes(corpus, "申请人应当向受理窗口缴纳审查费二百元。")
    assert "缴纳审查费" in quote


def test_quoted_first_keeps_the_order_of_hits_none_of_which_is_avoided():
    rule = BY_ID["C-FEE-01"]
    text = "缴纳审查费，缴纳评估费。"
    hits = [Hit("C-FEE-01", 0, 5, "缴纳审查费", "error", ()), Hit("C-FEE-01", 6, 11, "缴纳评估费", "error", ())]
    assert quoted_first(rule, text, hits) == hits
    lawful = "缴纳物业费，缴纳评估费。"
    hits = [Hit("C-FEE-01", 0, 5, "缴纳物业费", "error", ()), Hit("C-FEE-01", 6, 11, "缴纳评估费", "error", ())]
    assert [h.quote for h in quoted_first(rule, lawful, hits)] == ["缴纳评估费", "缴纳物业费"]


def _upper_rules(corpus, text):
    from review.engine import ReviewOptions, upper_law_findings
    from review.model import Clause

    clause = Clause(index=0, label="第五条", text=text, start=0, end=len(text), paragraph=0)
    findings, _ = upper_law_findings([clause], corpus, ReviewOptions(as_of="2026-12-01"))
    return [(f.rule, f.severity) for f in findings]


def test_a_catalogue_entry_naming_a_matter_drops_no_modal(corpus):
    # D124's list of complaints and their bases: 商标法 第六十二条第一款第（四）项 (可以查封或者扣押) named as a kind of dispute
    assert _upper_rules(corpus, "（23）对有证据证明是侵犯他人注册商标专用权的物品的查封或者扣押争议。") == [("UPPER-RESTATES", "info")]
    # … a rule laying the act without the law's 可以 still drops it
    assert _upper_rules(corpus, "对有证据证明是侵犯他人注册商标专用权的物品，查封或者扣押。") == [("UPPER-ALTERED", "warning")]
