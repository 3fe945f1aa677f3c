"""Round 32 (docs32, issue 9): a second problem beside a flagged one kept as the finding's other place (review.merge
``_other_places``), the catch-all item 其他要求提交的材料 (proof.catch_all), and a permit carried on the person for
checks read as a duty on the person (C-RIGHTS-CARRY-PERMIT) — bench/README.md, "Round 32 — docs32"."""

import pytest

from review.merge import list_clause_repeats, merge_findings
from review.model import Clause, Finding
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("docs32.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_docs32_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


def _clause(text):
    return Clause(index=2, label="第二条", text=text, start=0, end=len(text), paragraph=2)


def _f(clause, rule, category, quote, quotes=None):
    detail = {"quotes": quotes} if quotes else {}
    return Finding(rule, category, "warning", rule, clause, quote, f"{rule}的问题。", detail=detail)


PAPERS = "申领测绘作业证，应当提交街道出具的家庭关系证明。申请人为外地户籍的，另须提交社区出具的无违法证明。"
HEADED = "第六条　特许经营权使用费\n乙方按年向甲方缴纳特许经营权使用费，标准为每年100元。"
TWO_PARAS = ("由县气象局驳回申请，并处1千元以下罚款，自驳回之日起10年内不予受理其申请。\n"
             "符合条件的申请人有上述行为的，并处1千元以下罚款，自驳回之日起3年内不予受理其申请。")

PLACES = [
    # (id, clause text, findings (rule, category, quote, quotes), the places the merged finding lists)
    # one rule on two papers in two sentences of a clause: the second paper is named as the finding's other place
    ("second paper in another sentence", PAPERS,
     [("C-PROOF-01", "proof", "街道出具的家庭关系证明", None), ("C-PROOF-01", "proof", "社区出具的无违法证明", None)],
     ["社区出具的无违法证明"]),
    # a heading restating the words of the sentence under it is no second place
    ("heading over its sentence", HEADED,
     [("C-FEE-01", "fee", "乙方按年向甲方缴纳特许经营权使用费", None), ("C-FEE-01", "fee", "特许经营权使用费", None)],
     []),
    # … quoted with its article number (the golden 澄湖市 agreement's 第六条)
    ("heading with its article number", HEADED,
     [("C-FEE-01", "fee", "乙方按年向甲方缴纳特许经营权使用费", None), ("C-FEE-01", "fee", "第六条　特许经营权使用费", None)],
     []),
    # two rules on the same words: one finding, no place
    ("two rules on the same words", PAPERS,
     [("C-PROOF-01", "proof", "街道出具的家庭关系证明", None), ("C-PROOF-03", "proof", "家庭关系证明", None)],
     []),
    # a fine and a bar set in one sentence (one finding) and again in the second paragraph: the repeated fine kept at
    # its next place, beside the bar there (D019 第五十五条's shape)
    ("the same fine again in the second paragraph", TWO_PARAS,
     [("C-PENALTY-01", "penalty", "并处1千元以下罚款", ["并处1千元以下罚款", "并处1千元以下罚款"]),
      ("C-PENALTY-03", "penalty", "自驳回之日起10年内不予受理其申请", None),
      ("C-PENALTY-03", "penalty", "自驳回之日起3年内不予受理其申请", None)],
     ["并处1千元以下罚款", "自驳回之日起3年内不予受理其申请"]),
    # the same words in a sentence of their own but not a heading (……的，并处1千元以下罚款。) are another place
    ("a fine restated in a sentence with phrases", TWO_PARAS,
     [("C-PENALTY-01", "penalty", "自驳回之日起3年内不予受理其申请", None),
      ("C-PENALTY-01", "penalty", "并处1千元以下罚款", None)],
     ["并处1千元以下罚款"]),
]


@pytest.mark.parametrize("text, findings, places", [p[1:] for p in PLACES], ids=[p[0] for p in PLACES])
def test_merged_finding_names_the_other_places(text, findings, places):
    c = _clause(text)
    [m] = list_clause_repeats(merge_findings([_f(c, *x) for x in findings]))
    assert [p["quote"] for p in m.detail.get("folded") or ()] == places
    for p in m.detail.get("folded") or ():
        assert text[p["start"]:p["start"] + len(p["quote"])] == p["quote"]


def test_findings_on_different_words_of_different_rules_stay_two():
    c = _clause(PAPERS)
    got = merge_findings([_f(c, "C-PROOF-01", "proof", "街道出具的家庭关系证明"),
                          _f(c, "C-PROOF-03", "proof", "社区出具的无违法证明")])
    assert len(got) == 2
