"""Round 22 (cats22, issue 8): which categories a finding carries. About a quarter of the problems the fresh sets'
writers filed under one category and fashen missed there were flagged in another (bench/README.md, "Round 22 — cats22"); most
of those clauses hold both problems. Two structures:

* **carry** (review/match.py ``without_yielded``, ``CARRIED``): a finding of any content category that yields to another
  category's rule on the same sentence is carried by that finding, not dropped (round 21 carried rights only) — the
  effect readings (C-COERCE-EFFECT, C-PENALTY-EFFECT, C-POWER-EFFECT) read what the norm does, whichever rule words it;
* **read** (review/categories.py): the norms of the sentence a finding quotes are read once more for the concepts of
  the categories it does not carry: a paper demanded (proof), a penalty's kind of sanction for a wrong (penalty), a
  livelihood withheld as a sanction or a sanction on relatives (rights), money demanded (fee), a payment that opens an
  approval (license, for a fee finding), an upper article's list extended (upper-law). Nothing is made or dropped.
"""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, findings_on_article, fixture_cases

CASES = fixture_cases("cats22.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_cats22_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


def _categories(found) -> set:
    return {c for f in found for c in (f.detail.get("categories") or [f.category])}


@pytest.mark.parametrize("text, added", [
    # a consent paper demanded of the applicant: the licence rule reports the consent, the paper is a 证明事项 too
    ("申请既有住宅加装电梯财政补助的，须提交经公证机关公证的本单元业主同意加装电梯的书面意见。", "proof"),
    # a standing withdrawn for a refusal the sentence names (拒不退款): a penalty besides the benefit withheld
    ("美容美发经营者诱导消费者办理预付卡后拒不退款的，列入行业失信经营者名单，由相关部门停止其享受各类扶持政策。", "penalty"),
    # a deposit that opens the activity: a disguised licence besides the fee
    ("从事校外托管服务的机构，应当先向县教育局缴存风险保证金二十万元，缴存后方可招收学生。", "license"),
    # an upper article's list of conditions extended
    ("申请雷电防护装置检测资质的，除具备《气象灾害防御条例》第二十四条规定的条件外，申请人还应当具有三年以上防雷检测业绩和本市固定经营场所。",
     "upper-law"),
    # carried: C-COERCE-EFFECT read the removal in the sentence C-POWER-SKIP-PROCEDURE reports
    ("对违规设置的户外广告设施，县综合行政执法局可以不经告知直接组织拆除，拆除费用由设置人承担。", "coercion"),
])
def test_a_second_category_the_sentence_shows(corpus, text, added):
    found = findings_on_article(corpus, RULES, text)
    assert found and added in _categories(found), [(f.rule, f.detail.get("categories")) for f in found]


@pytest.mark.parametrize("text, not_added", [
    # a complaint not accepted without a paper: the gate's consequence, no penalty (不予受理)
    ("农民工投诉欠薪的，应当提供施工企业或者项目部出具的用工关系确认函，否则不予受理。", "penalty"),
    # registration declined without a consent: no penalty either (不予办理……登记手续)
    ("非国有不可移动文物转让、抵押或者改变用途的，所有人应当事先报县文化和旅游局审查同意；未经同意的，不予办理相关登记手续。", "penalty"),
])
def test_no_category_without_its_concept(corpus, text, not_added):
    found = findings_on_article(corpus, RULES, text)
    assert found and not_added not in _categories(found), [(f.rule, f.detail.get("categories")) for f in found]


def test_the_words_that_show_an_added_category_are_recorded(corpus):
    found = findings_on_article(corpus, RULES, "申请开办乡村民宿的，应当提交所在村民小组出具的邻里无纠纷证明，"
                                               "经县文化和旅游局审核同意后方可营业。")
    read = {c: w for f in found for c, w in (f.detail.get("categories_read") or {}).items()}
    assert "证明" in read.get("proof", ""), read


def test_nothing_is_made_or_dropped(corpus, monkeypatch):
    """The reading adds categories to findings that stand: the same findings, rules and quotes as without it."""
    import review.categories as cats

    text = "经营户拒不配合农贸市场环境整治的，取消其年度摊位租金减免资格，三年内不得申请县级商贸流通扶持资金。"
    with_reading = findings_on_article(corpus, RULES, text)
    monkeypatch.setattr(cats, "read_categories", lambda findings, lexicon=None: findings)
    without = findings_on_article(corpus, RULES, text)
    assert [(f.rule, f.quote, f.severity) for f in with_reading] == [(f.rule, f.quote, f.severity) for f in without]
