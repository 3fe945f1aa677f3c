"""Round 35 (lead35): the lead's mends.

A short act under a modal verb (不得强行调解) restates the sentence of the law that puts the same verb on a like act in
a like case (人民调解法 第十七条: 当事人一方明确拒绝调解的，不得调解), not a reversal of the 可以 or 应当 the comparison
aligned it with (review.engine.short_act_restated, through modal_elsewhere); a real reversal stays a finding. The
fixture's clauses: tests/fixtures/rewordings/lead35.toml."""

import pytest

from review.upper_changes import _act_after, _phrases_to
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

RULES = load_packs()
CASES = fixture_cases("lead35.toml")


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_lead35_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("text, at, expected", [
    # the act a modal verb governs: up to the phrase's end
    ("当事人一方明确拒绝调解的，不得调解。", 15, "调解"),
    ("调解不成的，应当终止调解，并依据有关法律", 8, "终止调解"),
])
def test_act_after(text, at, expected):
    assert _act_after(text, at) == expected


@pytest.mark.parametrize("text, at, expected", [
    # the modal verb's phrase with the case before it
    ("医疗纠纷人民调解委员会依法设立，一方当事人不同意调解的，不得强行调解。", 28, "一方当事人不同意调解的，不得强行调解"),
    # a phrase opening its sentence has no phrase before it
    ("人民调解委员会也可以主动调解。", 8, "人民调解委员会也可以主动调解"),
])
def test_phrases_to(text, at, expected):
    assert _phrases_to(text, at) == expected


@pytest.mark.parametrize("text, expected", [
    # a conduct the document defines by its own article: no law states it (test_guard27's row, excused by the merge)
    ("经营者违反本办法第七条规定的，由县农业农村局依照本办法第十三条，处以五千元罚款。", ""),
    ("用人单位不按照本细则第九条报送用工信息的，处以一千元罚款。", ""),
    # a conduct in the clause's own words stays the case
    ("擅自在农村供水管网上私接支管的，处以五百元罚款。", "擅自在农村供水管网上私接支管"),
])
def test_case_defined_by_own_article(text, expected):
    from review.law_fines import case_of

    assert case_of(text) == expected
