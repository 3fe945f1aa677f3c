"""Round 34 (real34, issue 9): two causes of missed labelled places on the real documents (bench/README.md, "Round 34 —
real34"): a clause printed in fixed-width lines whose words a hard wrap broke (本市户\\n籍, 独生子\\n女证) is read also
without its wraps by every rule (``review.match.OverWraps``), and a residence permit refused or withdrawn in a list
item whose header carries the consequence, on a ground the 居住证暂行条例 does not know (C-RIGHTS-PERMIT-GROUND)."""

import pytest

from review.match import Hit, apply_rules, flat_clause, printed
from review.model import Clause
from review.norms.lexicon import load_lexicon
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("real34.toml")
RULES = load_packs()

# a line of a fixed-width layout: long enough, ending inside a word (review.sentences.wrapped_at)
WRAPPED = "第六十一条　单位申领生育津贴应当提供下列材料，属独生子女的需提供独生子\n女证（核对原件、留复印件），以及职工身份证复印件。"


def _clause(text: str, header: str = "") -> Clause:
    return Clause(index=0, label="第六十一条", text=text, start=0, end=len(text), paragraph=0, header=header)


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_real34_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("text, flat", [
    # a hard wrap inside a word: read without it
    (WRAPPED, WRAPPED.replace("\n", "")),
    # no line break: nothing to read again
    ("属独生子女的需提供独生子女证。", None),
    # a line break that ends a sentence is no wrap (the line ends with a full stop)
    ("第一条　为了规范居住证管理，根据有关规定，结合本市实际，制定本办法。\n第二条　本办法适用于本市。", None),
    # a short line (a heading, a table cell) is no wrap of a fixed-width layout
    ("三、申请材料\n申请人应当提交身份证明。", None),
])
def test_flat_clause_reads_over_hard_wraps_only(text, flat):
    got = flat_clause(_clause(text))
    assert (got[0].text if got else None) == flat


def test_flat_clause_reads_the_header_over_its_wraps_too():
    header = "有下列情形之一的，由县公安局注销其居住证，并在居住证管理信息系统中注销其居\n住登记信息："
    got = flat_clause(_clause(WRAPPED, header))
    assert got is not None and "\n" not in got[0].header


def test_printed_puts_a_hit_back_over_the_wrap():
    flat, back = flat_clause(_clause(WRAPPED))
    at = flat.text.index("独生子女证")
    hit = printed(Hit("R", at, at + len("独生子女证"), "独生子女证", "error"), back, WRAPPED)
    # the printed words, their line break kept
    assert hit.quote == "独生子\n女证" and WRAPPED[hit.start:hit.end] == hit.quote


def test_a_rule_whose_words_a_wrap_broke_fires_on_the_printed_clause():
    # FP-PROOF reads 独生子女证: printed, the wrap breaks it; read over the wrap, it fires, quoting the printed words
    rules = [r for r in RULES if r.id == "FP-PROOF"]
    found = apply_rules(rules, [_clause(WRAPPED)], as_of="2026-12-01")
    assert [f.rule for f in found] == ["FP-PROOF"] and "\n" in found[0].quote


def test_a_rule_that_fires_on_the_printed_clause_is_not_read_again():
    # the words stand on one line: one finding, as before
    one_line = WRAPPED.replace("\n", "")
    rules = [r for r in RULES if r.id == "FP-PROOF"]
    assert len(apply_rules(rules, [_clause(one_line)], as_of="2026-12-01")) == 1


LEXICON = load_lexicon()


@pytest.mark.parametrize("concept, text, held", [
    # the header carries the refusal or the withdrawal of a permit
    ("permit.withdraw_header", "有下列情形之一的，不予签发居住证：", True),
    ("permit.withdraw_header", "持证人有下列情形之一的，收缴其《暂住证》：", True),
    # … not a list of the papers to hand in, nor another certificate's withdrawal
    ("permit.withdraw_header", "申领居住证应当提交下列材料：", False),
    ("permit.withdraw_header", "有下列情形之一的，注销其渔业捕捞许可证：", False),
    # a ground the permit's conditions do not know: conduct, trade, a violation, unpaid dues
    ("permit.conduct_ground", "（二）在街头从事占卜算命活动的人员；", True),
    ("permit.conduct_ground", "（三）拒不缴纳卫生保洁费的；", True),
    ("permit.conduct_ground", "（四）因违法行为受到治安拘留的；", True),
    # … not a holder who settled or whose use of the card was suspended
    ("permit.conduct_ground", "（一）持证人已迁入本县落户的；", False),
    # the lawful grounds: fraud, conditions no longer met, settled, left, misuse of the card, the law's other cases
    ("permit.lawful_ground", "（一）冒用他人身份证件领取居住证的；", True),
    ("permit.lawful_ground", "（二）出借、转让居住证的；", True),
    ("permit.lawful_ground", "（三）不再符合居住证申领条件的；", True),
    ("permit.lawful_ground", "（二）沿街流浪乞讨人员；", False),
])
def test_permit_ground_concepts(concept, text, held):
    import re

    rx = re.compile("|".join(f"(?:{p})" for p in LEXICON.concepts[concept].patterns))
    assert bool(rx.search(text)) is held


def _findings_in_a_rule(corpus, text: str) -> list[str]:
    """The rules that fire on 第二条 of a city government's 规章 (its 令 and 常务会议 line: review.kinds)."""
    from review.engine import ReviewOptions, review_document
    from review.metadata import apply_metadata
    from review.readers import build_document

    lines = ["梧桐市档案查阅利用办法",
             "（2025年3月1日梧桐市人民政府第12次常务会议通过 2025年3月10日梧桐市人民政府令第8号公布 自2025年5月1日起施行）",
             "", "第一条　为了规范档案查阅利用，根据有关法律、法规，结合本市实际，制定本办法。", f"第二条　{text}",
             "第三条　本办法自2025年5月1日起施行。"]
    doc = apply_metadata(build_document("rule.txt", lines, "txt"))
    opinion = review_document(doc, corpus, RULES, ReviewOptions(as_of="2026-12-01", kind="normative"))
    return [f.rule for f in opinion.findings if f.clause is not None and f.clause.label.startswith("第二条")
            and f.severity in ("error", "warning")]


@pytest.mark.parametrize("text, fires", [
    # a timed bar on applying, laid on a violation: a 惩戒 a 规章 may not lay (行政处罚法 第十四条第二款)
    ("利用者以伪造的介绍信查阅档案的，处五百元罚款；情节严重的，三年内不得申请查阅开放档案。", True),
    ("寄存单位虚报档案数量的，处一万元罚款，在下一年度内不再受理其档案寄存申请。", True),
    ("测绘单位违反本办法规定的，处五千元罚款，两年内不得参与政府购买的档案数字化项目。", True),
    # the bar the sentence cites from a law: the law laid it
    ("申请人隐瞒有关情况的，依照《中华人民共和国行政许可法》第七十八条的规定，一年内不得再次申请。", False),
    # the refusal of the application that does not meet its conditions: the ordinary answer, no sanction
    ("申请人不符合查阅条件的，不予受理并书面告知理由。", False),
    # an agreement ending at its term
    ("寄存协议期满未续签的，档案馆应当将寄存档案退还寄存单位。", False),
])
def test_a_rule_may_not_lay_a_timed_bar(corpus, text, fires):
    assert ("R-RULE-PENALTY-BAN" in _findings_in_a_rule(corpus, text)) is fires
