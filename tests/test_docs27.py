"""Round 27 (docs27, issue 9): a local government 规章 that sets a bad-credit record as a sanction (R-RULE-CREDIT).

A 规章 may set 警告、通报批评、一定数额罚款 only (行政处罚法 第十四条第二款); a record of bad credit and its
consequences need a law, a 法规 or a 党中央、国务院 policy (国办发〔2020〕49号). The labelled documents mark it
penalty in the 规章 of D106 (a province's draft), D030, D145, D146; a 部门规章's trade credit file (D142) is labelled
a lawful record, and a 规范性文件's record stays C-PENALTY-02's.
"""

from __future__ import annotations

import pytest

from review.rules import load_packs
from review.sweep import Reviewer, SweepOptions
from review.office import Office
from tests.real_lines import AS_OF, DOCS

needs_docs = pytest.mark.skipif(not DOCS.is_dir(), reason="../shared/data/documents 不存在")
PACKS = load_packs()


def _credit(doc_id: str, office: str, corpus) -> list[dict]:
    path = next(DOCS.glob(f"{doc_id}_*"))
    row = Reviewer(corpus, PACKS, SweepOptions(as_of=AS_OF, office=Office.parse(office))).review(path)
    return [f for f in row["findings"] if f["rule"] == "R-RULE-CREDIT" and f["severity"] in ("error", "warning")]


@needs_docs
@pytest.mark.parametrize("doc_id,office,quotes", [
    # 辽宁省实有人口服务管理办法（修正草案）: 第二十条、第二十一条, labelled penalty
    ("D106", "沈阳市", ["作为个人不良信用行为，记入个人信用档案", "并作为企业或者个人不良信用行为，记入企业或者个人信用档案"]),
    # 房地产经纪管理办法 (a 部门规章): its trade credit file is labelled a lawful record (look-alike) — no finding
    ("D142", "深圳市", []),
    # 惠州 公租房 (a 规范性文件): 其行为记入信用档案 is C-PENALTY-02's, not this rule's
    ("D023", "惠州市", []),
])
def test_a_rule_sets_a_bad_credit_record(doc_id, office, quotes, corpus):
    found = _credit(doc_id, office, corpus)
    assert sorted(f["quote"] for f in found) == sorted(quotes), [f["quote"] for f in found]
    for f in found:
        assert f["category"] == "penalty" and "第十四条第二款" in f["problem"], f


# -- new clauses framed as 第二条 of a city's 规章 (市人民政府令): other wordings than the labelled documents' ----------
RULE_TITLE = ["梧桐市养犬管理办法", "梧桐市人民政府令", "第15号", "",
              "第一条　为了加强本市管理，根据有关法律、法规，结合本市实际，制定本办法。"]


def _on_article(corpus, text: str) -> list:
    from review.engine import ReviewOptions, review_document
    from review.metadata import apply_metadata
    from review.readers import build_document

    lines = [*RULE_TITLE, f"第二条　{text}", "第三条　本办法自2027年1月1日起施行。"]
    doc = apply_metadata(build_document("rule.txt", lines, "txt"))
    opinion = review_document(doc, corpus, PACKS, ReviewOptions(as_of=AS_OF))
    return [f for f in opinion.findings if f.clause is not None and f.clause.label.startswith("第二条")
            and f.severity in ("error", "warning")]


@pytest.mark.parametrize("text,flagged", [
    # a record entered by a body after a refusal to correct
    ("出租人未按照规定报送承租人信息，经责令改正拒不改正的，由公安机关将其违规情况记入个人信用档案。", True),
    # a trade's bad-credit list beside an order to correct
    ("物业服务企业擅自改变共用部位用途的，除责令限期改正外，由区住房和城乡建设局将其列入物业服务企业不良信用记录。", True),
    # a record after repeated penalties, published
    ("养犬人违反本办法规定，一年内被处罚两次以上的，纳入养犬人不良行为记录，并在市公安局网站上公布。", True),
    # 违反有关法律法规 names what was broken, not the record's basis (D146 第二十七条's words; basis.general)
    ("用人单位违反有关法律法规及本办法规定的，除依法进行处罚外，市住房保障部门应当将其纳入不良行为记录。", True),
    # look-alike: the record made under the laws (按照有关法律法规的规定)
    ("用人单位违反本办法规定的，按照有关法律法规的规定将其纳入不良行为记录。", False),
    # look-alike: the list a 行政法规 provides, its article cited
    ("市场监督管理部门依照《企业信息公示暂行条例》第十七条的规定，将其列入严重违法失信企业名单。", False),
    # look-alike: an incentive, not a sanction
    ("对连续三年无违法记录的物业服务企业，纳入守信激励对象，在评优评先中优先考虑。", False),
    # look-alike: the record a 地方性法规 provides, named
    ("违反本办法规定的，依照《某省社会信用条例》的规定将其违法信息记入信用档案。", False),
])
def test_a_rule_clause_read(text, flagged, corpus):
    rules = [f.rule for f in _on_article(corpus, text)]
    assert ("R-RULE-CREDIT" in rules) == flagged, rules
