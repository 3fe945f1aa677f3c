"""Round 34 (lead34): the lead's mends of defects read in real documents and fresh sets.

An item of a list of cases (one phrase ending in 的 under a header ending in ：) names the conduct the header sanctions:
its 扣押 or 拆除 lays no coercion (review.norms.lookalike._case_item; the effect reading's in_condition).

A list's lead-in compared with the law is compared with what its items name: 有下列行为之一的，由公安机关给予警告，
并处二百元以下罚款；情节严重的，并处二百元以上一千元以下罚款： over items on the 居住证 restates 居住证暂行条例
第十八条, not 居民身份证法 第十六条, whose lead-in has the same words over items on the 居民身份证 (real document D108,
round 33's known defect)."""

import pytest

from review.clauses import split_clauses
from review.engine import ReviewOptions, lead_in_items, review_document
from review.metadata import apply_metadata
from review.norms.lookalike import lookalike_reason
from review.readers import build_document
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

RULES = load_packs()
AS_OF = "2026-12-01"
CASES = fixture_cases("lead34.toml")


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_lead34_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)

LEAD_IN = "第十九条  违反本细则规定，有下列行为之一的，由公安机关给予警告，并处二百元以下罚款；情节严重的，并处二百元以上一千元以下罚款："


def _document(items: list[str]):
    lines = ["××县居住证办理工作实施细则", "第一条  为规范本县居住证的申领和管理工作，制定本细则。", LEAD_IN, *items,
             "第二十条  本细则自2026年1月1日起施行。"]
    return apply_metadata(build_document("细则.txt", lines, "text"))


RESIDENCE_ITEMS = ["（一）提供虚假的居住登记材料申领居住证的；", "（二）扣押他人居住证拒不返还的；",
                   "（三）将居住证出租、出借给他人使用的。"]
IDENTITY_ITEMS = ["（一）使用虚假证明材料骗领居民身份证的；", "（二）出租、出借、转让居民身份证的；",
                  "（三）非法扣押他人居民身份证的。"]


def test_lead_in_items_are_the_items_under_it():
    clauses = split_clauses(_document(RESIDENCE_ITEMS))
    lead = next(c for c in clauses if c.text.startswith("第十九条"))
    assert lead_in_items(lead, clauses) == "".join(RESIDENCE_ITEMS)
    # a clause that introduces no list has no items; nor does an item itself or the next article
    assert all(lead_in_items(c, clauses) == "" for c in clauses if c is not lead)


def _upper_altered(corpus, items):
    opinion = review_document(_document(items), corpus, RULES, ReviewOptions(as_of=AS_OF))
    return [f for f in opinion.findings if f.rule == "UPPER-ALTERED" and "一千元" in (f.quote or "")]


def test_a_lead_in_over_residence_permit_items_is_not_the_identity_card_law(corpus):
    found = _upper_altered(corpus, RESIDENCE_ITEMS)
    assert not any("居民身份证法" in f.problem for f in found)


def test_a_lead_in_over_identity_card_items_is_still_the_identity_card_law(corpus):
    found = _upper_altered(corpus, IDENTITY_ITEMS)
    assert found and "居民身份证法" in found[0].problem and "第十六条" in found[0].problem


def test_an_item_of_a_list_of_cases_lays_no_coercion(corpus):
    # the items under a lead-in that sanctions them name the party's conduct (非法扣押他人居住证的): the header's fine is
    # the one finding of the list (C-PENALTY-01 in a 规范性文件), its items' 扣押 none
    for items in (RESIDENCE_ITEMS, IDENTITY_ITEMS):
        opinion = review_document(_document(items), corpus, RULES, ReviewOptions(as_of=AS_OF, upper_law=False))
        assert not [f.rule for f in opinion.findings if f.category == "coercion"]
        assert "C-PENALTY-01" in {f.rule for f in opinion.findings}


@pytest.mark.parametrize("category, sentence, header, reason", [
    # an item of a list of cases: one phrase ending in 的 under a header ending in ：
    ("coercion", "（二）非法扣押他人居住证的；", "情节严重的，并处二百元以上一千元以下罚款：", "case_item"),
    ("coercion", "（三）擅自拆除他人设置的防火隔离带的。", "有下列行为之一的，由县林业局责令改正：", "case_item"),
    ("penalty", "（一）被责令停产停业后擅自恢复生产的", "有下列情形之一的，不予核发许可证：", "case_item"),
    # guards: no list header; an item laying a measure (not one phrase ending in 的); a header not ending in ：
    ("coercion", "（二）非法扣押他人居住证的；", "", None),
    ("coercion", "（二）当场扣押经营户存放的烟花爆竹并予以销毁；", "可以采取以下措施：", None),
    ("coercion", "（一）拒不拆除的，由乡镇组织强制拆除的；", "有下列情形之一的：", None),
    ("coercion", "（二）非法扣押他人居住证的；", "有下列行为之一的，依法处理。", None),
])
def test_case_item(category, sentence, header, reason):
    quote = "扣押" if "扣押" in sentence else ("拆除" if "拆除" in sentence else "责令停产停业")
    assert lookalike_reason(category, sentence, quote, header, "error") == reason


@pytest.mark.parametrize("after, expected", [
    # the issuing body named after the paper, then its term: a standing leave to act (fee34's term form)
    ("由县文化和旅游局统一核发，有效期一年；期满须重新申领。", True),
    ("由县人力资源和社会保障局颁发，有效期二年。", True),
    # guards: an issuer with no term; a term without an issuer is the existing reading's (termed)
    ("由县文化和旅游局统一核发。", False),
    ("由公安机关交通管理部门核发，依照有关规定办理。", False),
])
def test_issuer_after_the_paper_then_term(after, expected):
    from review.norms.analyse import _ISSUED_AFTER, termed

    issued = _ISSUED_AFTER.match(after)
    assert bool(issued and termed(after[issued.end():])) is expected


@pytest.mark.parametrize("text, minutes", [
    # a later closing time with no allowed window of its own: allowed at least in the half hour before it
    ("歌舞娱乐场所营业时间可延长至次日凌晨4时。", {210}),
    ("歌舞娱乐场所营业时间可以延长至次日凌晨1时。", {30}),
    # the whole day
    ("网吧可以实行24小时营业。", set(range(0, 1440, 30))),
    # guards: no hours at all; a window of its own (a later time not said of the 营业时间 adds nothing)
    ("歌舞娱乐场所应当按时营业。", set()),
    ("营业时间为上午10时至晚上22时，节假日可以延长至23时。", set(range(600, 1320, 30))),
])
def test_allowed_hours_without_a_window_to_extend(text, minutes):
    from review.compare.clock import allowed_windows

    assert set().union(*(w.minutes() for w in allowed_windows(text))) == minutes
