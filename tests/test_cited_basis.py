"""A 设定 error on a sentence that follows a named instrument the corpus does not hold becomes a warning asking to
check that basis (review/cited_basis.py, issue 9)."""

from __future__ import annotations

import pytest

from review.cited_basis import unheld_basis

AS_OF = "2026-12-01"


@pytest.mark.parametrize("sentence, held, expected", [
    ("按照《某省流动人口服务管理规定》，在本县从事房屋租赁中介的，须经县公安局审批同意后方可经营。", (), "某省流动人口服务管理规定"),
    ("依照《某市养犬管理办法》第十二条的规定，由公安机关处200元罚款。", (), "某市养犬管理办法"),
    # a name the corpus holds is read by the upper-law comparison instead
    ("依照《居住证暂行条例》第九条，须经公安机关批准。", ("居住证暂行条例",), ""),
    # a name quoted without following it (a certificate, a form) is no basis
    ("领取《婚介服务登记证》后方可营业。", (), ""),
    ("须经区民政局审核批准。", (), ""),
])
def test_unheld_basis(sentence, held, expected):
    assert unheld_basis(sentence, lambda name: name in held) == expected


def _review(text, corpus):
    from review.engine import ReviewOptions, review_document
    from review.metadata import apply_metadata
    from review.readers import build_document
    from review.rules import load_packs

    doc = apply_metadata(build_document("t.txt", text.split("\n"), "text"))
    return review_document(doc, corpus, load_packs(), ReviewOptions(as_of=AS_OF, upper_law=False))


HEAD = "某县婚介服务管理办法\n第一条　为了规范婚介服务，制定本办法。\n"


def test_setting_error_becomes_a_check_the_basis_warning(corpus):
    plain = _review(HEAD + "第二条　在城区开办婚介服务机构，须经区民政局审核批准，领取《婚介服务登记证》后方可营业。", corpus)
    [err] = [f for f in plain.findings if f.rule == "C-LICENSE-01"]
    assert err.severity == "error"
    cited = _review(HEAD + "第二条　按照《某省婚姻介绍机构管理规定》，在城区开办婚介服务机构，须经区民政局审核批准，"
                           "领取《婚介服务登记证》后方可营业。", corpus)
    [warn] = [f for f in cited.findings if f.rule == "C-LICENSE-01"]
    assert warn.severity == "warning" and "请核对上位法依据" in warn.problem
    assert warn.detail["basis_unverified"] == "某省婚姻介绍机构管理规定"


# D023: a 公租房 办法 made under a ministry's and a province's 规章 that the corpus does not hold
MADE_UNDER = ("某市公共租赁住房建设和管理办法\n第一条　为完善住房保障体系，根据《国务院办公厅关于保障性安居工程建设和管理的指导意见》"
              "（国办发[2011]45号）、《公共租赁住房管理办法》（住建部令第11号）和《某省城镇住房保障办法》（某省人民政府令第181号）"
              "等规定，结合我市实际，制定本办法。\n")


@pytest.mark.parametrize("clause, rule, severity", [
    # a fine may restate either 规章: a warning to check the basis
    ("第四十三条　擅自改建公租房的，由住房保障主管部门责令限期改正，予以警告，并处500元以上1000元以下罚款。", "C-PENALTY-01", "warning"),
    # a 规章 sets no fee: the error stands
    ("第二十条　申请人应当向住房保障主管部门缴纳审核费200元。", "C-FEE-01", "error"),
])
def test_a_document_made_under_an_unheld_rule(corpus, clause, rule, severity):
    op = _review(MADE_UNDER + clause, corpus)
    [f] = [f for f in op.findings if f.rule == rule]
    assert f.severity == severity, f.problem
    if severity == "warning":
        assert f.detail["bases_unverified"] == ["公共租赁住房管理办法", "某省城镇住房保障办法"]
        assert "请核对上位法依据" in f.problem


def test_a_policy_document_named_as_basis_sets_nothing(corpus):
    """国办发 and 通知 are no 规章 or 法规: a fine in a document made under them alone stays an error."""
    head = ("某市公共租赁住房建设和管理办法\n第一条　根据《国务院办公厅关于保障性安居工程建设和管理的指导意见》（国办发[2011]45号），"
            "结合我市实际，制定本办法。\n")
    op = _review(head + "第四十三条　擅自改建公租房的，由住房保障主管部门处500元以上1000元以下罚款。", corpus)
    [f] = [f for f in op.findings if f.rule == "C-PENALTY-01"]
    assert f.severity == "error"


@pytest.mark.parametrize("text, bases", [
    (MADE_UNDER, [("国务院办公厅关于保障性安居工程建设和管理的指导意见", ""), ("公共租赁住房管理办法", "规章"),
                  ("某省城镇住房保障办法", "规章")]),
    ("某县养犬管理办法\n第一条　为了规范养犬行为，依据《某省养犬管理条例》，结合本县实际，制定本办法。\n", [("某省养犬管理条例", "条例")]),
    # a law quoted elsewhere is not the document's basis
    ("某县养犬管理办法\n第一条　为了规范养犬行为，制定本办法。\n第九条　违反《某省养犬管理条例》的，依照其规定处理。", []),
    # D009: a bare 《实施条例》 after a named law is that law's implementing regulation
    ("关于义务教育阶段学校招生工作的指导意见\n根据《中华人民共和国教育法》《中华人民共和国民办教育促进法》及其《实施条例》"
     "等法律法规，并结合我市实际，现就招生工作提出如下意见。\n",
     [("中华人民共和国教育法", ""), ("中华人民共和国民办教育促进法", ""), ("民办教育促进法实施条例", "条例")]),
])
def test_document_bases(text, bases):
    from review.cited_basis import document_bases

    assert [(b.name, b.form) for b in document_bases(text)] == bases


# D146's form: a city's 暂行办法 whose copy kept only its articles, read as a 规章 from its form (review.kinds needs a
# region that makes 规章, eight articles, a law or 法规 named first and a stated start date)
RULE_HEAD = "珠海市人才安居暂行办法\n第一章　总　则\n"
RULE_BODY = "".join(f"\n第{n}条　市住房保障部门负责人才安居申请的受理、审核和分配。" for n in "二三四五六七八九")
BAR = "\n第二十五条　用人单位违反本办法规定的，处3万元罚款，在下一年度内不再受理该单位提出的租房补贴申请。"
RULE_TAIL = "\n第三十条　本办法自2011年6月1日起施行。"


@pytest.mark.parametrize("first_article, asks_to_check", [
    # made under a 地方性法规 the corpus lacks: the 条例 may lay the bar, so the warning asks to check it (D146)
    ("第一条　为优化创新创业环境，根据《珠海市保障性住房条例》及相关规定，制定本办法。", True),
    # made under a 行政法规 the corpus holds: nothing to ask, the warning stands as it was
    ("第一条　为优化创新创业环境，根据《居住证暂行条例》及相关规定，制定本办法。", False),
])
def test_a_rules_timed_bar_under_an_unheld_regulation(corpus, first_article, asks_to_check):
    op = _review(RULE_HEAD + first_article + RULE_BODY + BAR + RULE_TAIL, corpus)
    [f] = [f for f in op.findings if f.rule == "R-RULE-PENALTY-BAN"]
    assert f.severity == "warning"
    assert ("请核对上位法依据" in f.problem) is asks_to_check
    assert (f.detail.get("bases_unverified") == ["珠海市保障性住房条例"]) is asks_to_check
