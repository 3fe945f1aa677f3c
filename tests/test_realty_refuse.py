"""Grounds for refusing or deferring a real-estate registration beyond 不动产登记暂行条例 第二十二条 (issue 9/8, round 9
wave 2: C-UPPER-REALTY-REFUSE). Rows are sentences of dev documents (file prefix noted) next to their lawful
look-alikes; the clauses written for the same concept in other words are tests/fixtures/rewordings/upperdocs9.toml."""

import pytest

from review.engine import ReviewOptions, review_document
from review.match import run_example
from review.metadata import apply_metadata
from review.readers import build_document
from review.rules import load_packs
from review.sweep import SWEEP_TOPICS

RULES = load_packs()
RULE = {r.id: r for r in RULES}["C-UPPER-REALTY-REFUSE"]

CASES = [
    # a pending violation as a ground (D132 第十八条, D128 二), a deferral for a reason of the document's own (D145, D146)
    ({"header": "有下列情形之一的，不予登记：", "text": "（二）土地违法违规行为尚未处理或者正在处理的；"}, True),
    ("涉及下列情形之一的，不予登记发证：土地权属争议未解决的；土地违法违规行为尚未处理或正在处理的；未按合同约定付清全部土地价款的。", True),
    ("未提供市住房保障部门出具的凭证的，市房地产登记机关予以暂缓登记。", True),
    ("领军人才在本市工作未满10年申请办理房地产转移登记、抵押登记（因按揭而进行的抵押登记除外）的，市房地产登记机关应当暂缓登记。", True),
    # 第二十二条 itself (D133), the other grounds of D132 第十八条, an 异议 deferral, another register (D076), a ban on deferring
    ({"header": "登记申请有下列情形之一的，不动产登记机构应当不予登记，并书面告知申请人：", "text": "（二）存在尚未解决的权属争议的；"}, False),
    ({"header": "有下列情形之一的，不予登记：", "text": "（一）土地权属有争议的；"}, False),
    ("异议登记期间，房屋登记簿记载的权利人处分房屋申请登记的，房屋登记机构应当暂缓办理。", False),
    ("非住宅用房、违法建造的房屋，不予登记常住户口。", False),
    ("违法违规用地已依法处理完毕的，不动产登记机构应当及时办理登记，不得以其他理由暂缓登记。", False),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[str(i) for i in range(len(CASES))])
def test_real_sentence(text, expected):
    assert run_example(RULE, text) is expected, f"{'应当' if expected else '不应'}命中：{text!r}"


LAND = ["梧桐县土地登记办法", "", "第一条　为规范土地登记，制定本办法。",
        "第二条　有下列情形之一的，不予登记：", "（一）土地权属有争议的；", "（二）土地违法违规行为尚未处理或者正在处理的。",
        "第三条　本办法自2008年2月1日起施行。", "", "梧桐县人民政府", "2008年1月20日"]


@pytest.mark.parametrize("topics", [None, SWEEP_TOPICS], ids=["review", "sweep"])
def test_kept_by_a_sweep(corpus, topics):
    """A 2008 document judged by today's 条例 (2015), in a review and in a cleanup sweep alike: one warning, on the
    added ground, not on the 条例's own; the finding says the 条例 came after the document."""
    doc = apply_metadata(build_document("梧桐县土地登记办法.txt", LAND, "txt"))
    opinion = review_document(doc, corpus, RULES, ReviewOptions(as_of="2026-12-01", topics=topics, upper_law=False))
    found = [f for f in opinion.findings if f.rule == "C-UPPER-REALTY-REFUSE"]
    assert len(found) == 1 and found[0].severity == "warning" and found[0].category == "upper-law"
    assert "违法违规行为" in found[0].quote and "尚无此问题" in found[0].problem
