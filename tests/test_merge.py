"""One finding per problem (review/merge.py) and quotes as a reader expects them (review/quotes.py)."""

from __future__ import annotations

import pytest

from review.merge import merge_findings
from review.model import Clause, Finding
from review.quotes import covering_quote, table_row, tidy_quote

TEXT = "（三）申请人应当提交户籍地出具的无违反计划生育政策证明；（四）居住证明。"
C = Clause(index=3, label="第三条", text=TEXT, start=0, end=len(TEXT), paragraph=3)
OTHER = Clause(index=4, label="第四条", text=TEXT, start=0, end=len(TEXT), paragraph=4)


def f(rule, category, severity, quote, clause=C, basis=()):
    return Finding(rule, category, severity, rule, clause, quote, f"{rule}的问题。", basis=basis)


MERGES = [
    # (id, findings, number of findings after merging, rule of the first, categories it carries)
    ("three family-planning rules on the same words",
     [f("FP-LINK", "family-planning", "error", "无违反计划生育政策证明"),
      f("FP-COMPLY", "family-planning", "warning", "无违反计划生育政策"),
      f("FP-PROOF", "family-planning", "error", "户籍地出具的无违反计划生育政策证明")],
     1, "FP-PROOF", ["family-planning"]),   # errors first; between equals the one quoting most
    ("a family-planning proof that is also a 证明事项",
     [f("C-PROOF-01", "proof", "warning", "户籍地出具的无违反计划生育政策证明"),
      f("FP-PROOF", "family-planning", "error", "无违反计划生育政策证明")],
     1, "FP-PROOF", ["family-planning", "proof"]),
    ("different words of one clause stay apart",
     [f("FP-PROOF", "family-planning", "error", "无违反计划生育政策证明"), f("C-PROOF-01", "proof", "warning", "居住证明")],
     2, "FP-PROOF", ["family-planning"]),
    ("the same words in another clause stay apart",
     [f("FP-LINK", "family-planning", "error", "无违反计划生育政策证明"),
      f("FP-COMPLY", "family-planning", "warning", "无违反计划生育政策", clause=OTHER)],
     2, "FP-LINK", ["family-planning"]),
    ("one rule twice in a clause is one finding",
     [f("C-PROOF-01", "proof", "warning", "无违反计划生育政策证明"), f("C-PROOF-01", "proof", "warning", "居住证明")],
     1, "C-PROOF-01", ["proof"]),
    ("two sentences altering upper provisions are two places",
     [f("UPPER-ALTERED", "upper-law", "error", "无违反计划生育政策证明"), f("UPPER-ALTERED", "upper-law", "error", "居住证明")],
     2, "UPPER-ALTERED", ["upper-law"]),
    ("a note is never merged into a problem",
     [f("FP-LINK", "family-planning", "error", "无违反计划生育政策证明"),
      f("UPPER-RESTATES", "upper-law", "info", "无违反计划生育政策证明")],
     2, "FP-LINK", ["family-planning"]),
]


@pytest.mark.parametrize("findings, n, first, categories", [m[1:] for m in MERGES], ids=[m[0] for m in MERGES])
def test_merge(findings, n, first, categories):
    got = merge_findings(findings)
    assert len(got) == n
    assert got[0].rule == first
    assert list(got[0].detail.get("categories") or [got[0].category]) == categories
    assert got[0].quote in TEXT


def test_merged_finding_keeps_every_basis_and_the_other_category_wording():
    a = f("FP-PROOF", "family-planning", "error", "无违反计划生育政策证明", basis=("依据甲",))
    b = f("C-PROOF-01", "proof", "warning", "户籍地出具的无违反计划生育政策证明", basis=("依据乙",))
    [m] = merge_findings([a, b])
    assert m.basis == ("依据甲", "依据乙")
    assert "C-PROOF-01的问题" in m.problem
    assert [x["rule"] for x in m.detail["merged"]] == ["C-PROOF-01"]


QUOTES = [
    # (id, text, quote, expected)
    ("starts inside a word", "本市籍转移人口，在城市发展新区城区务工经商2年，可以落户。", "工经商2年", "在城市发展新区城区务工经商2年"),
    ("runs across sentences: the part holding most", "县国土资源局负责供地；县卫生和计划生育委员会负责核查申请家庭的计划生育情况。",
     "供地；县卫生和计划生育委员会负责核查申请家庭的计划生育情况。", "县卫生和计划生育委员会负责核查申请家庭的计划生育情况"),
    ("a citation stays as cited", "根据《中华人民共和国合同法》《中华人民共和国物权法》和国家规定",
     "《中华人民共和国合同法》", "《中华人民共和国合同法》"),
    ("sentence end dropped", "其他人员不得落户。", "其他人员不得落户。", "其他人员不得落户"),
    ("not in the text: unchanged", "甲。", "乙", "乙"),
]


@pytest.mark.parametrize("text, quote, expected", [q[1:] for q in QUOTES], ids=[q[0] for q in QUOTES])
def test_tidy_quote(text, quote, expected):
    assert tidy_quote(text, quote) == expected


ROW = "|            |减分指标 |违反计划生育 |不符合政策生育   |违反计划生育政策生育（含收养） |负   |相关证明材料|"


@pytest.mark.parametrize("text, quote, expected", [
    # a table row is one place: its cells, without the edge pipes (D021 分值表)
    ("|指标|分值|\n" + ROW + "\n|加分|…|", "减分指标 |违反计划生育 |不符合",
     "减分指标 |违反计划生育 |不符合政策生育   |违反计划生育政策生育（含收养） |负   |相关证明材料"),
    # not a table
    ("违反计划生育政策的，不得申请积分。", "不得申请积分", ""),
])
def test_table_row(text, quote, expected):
    assert table_row(text, quote) == expected


def test_covering_quote_stays_in_the_main_quotes_sentence():
    text = "第六条　特许经营权使用费\n乙方按年向甲方缴纳特许经营权使用费，标准为每年100元。"
    assert covering_quote(text, ["乙方按年向甲方缴纳特许经营权使用费", "特许经营权使用费"]) == "乙方按年向甲方缴纳特许经营权使用费"


def test_citations_of_two_laws_in_one_clause_stay_two():
    text = "根据《中华人民共和国合同法》《中华人民共和国物权法》制定本办法。"
    c = Clause(index=0, label="第一条", text=text, start=0, end=len(text), paragraph=0)
    a = Finding("CITE-REPEALED", "repealed-law", "error", "引用已废止的法律法规", c, "《中华人民共和国合同法》", "…",
                detail={"law": "中华人民共和国合同法"})
    b = Finding("CITE-REPEALED", "repealed-law", "error", "引用已废止的法律法规", c, "《中华人民共和国物权法》", "…",
                detail={"law": "中华人民共和国物权法"})
    assert len(merge_findings([a, b])) == 2


def test_merged_suggestions_of_another_category_are_kept():
    a = Finding("FP-PROOF", "family-planning", "error", "FP", C, "无违反计划生育政策证明", "甲。", suggestion="删除计生证明。")
    b = Finding("C-PROOF-01", "proof", "warning", "证明", C, "户籍地出具的无违反计划生育政策证明", "乙。", suggestion="改为告知承诺。")
    [m] = merge_findings([a, b])
    assert "删除计生证明" in m.suggestion and "改为告知承诺" in m.suggestion
