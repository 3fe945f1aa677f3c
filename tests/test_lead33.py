"""Round 33 (lead33): the lead's rewordings of the round's merged readings (a modal turned in a rule of conduct beside
the law's sanction article, relatives and remedies in rights, kinship proof, a stepped-up fine) and of a regression the
merged code showed on the fresh set B — a sanction's case (……不与……联系的) read as the protective promise 不与……挂钩/联系
by the protective-sentence look-alike (review.norms.lookalike._protective_sentence), so 予以警告 and 停发……补贴 were
cleared (bench/README.md, "Held-out evaluation, round 33")."""

import pytest

from review.norms.lookalike import lookalike_reason
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("lead33.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_lead33_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("sentence, quote, category, reason", [
    # a phrase ending in 的 is the norm's case: its 不与……联系 is the conduct sanctioned, no promise
    ("出租房屋的房东不与社区网格员联系登记租客信息的，由社区予以警告，情节严重的停发其房屋租赁补贴。", "予以警告", "penalty", None),
    ("养殖户长期不与村委会联系的，由镇政府予以通报。", "予以通报", "penalty", None),
    # 予以 / 警告 / 停发 lay a measure: a sentence holding them is not protective only
    ("办理时不需另行提交证明，逾期的予以警告。", "予以警告", "penalty", None),
    # guards: the promise as the sentence's own norm still clears (not a case, every other phrase lays nothing)
    ("困境儿童基本生活补贴的发放，与其父母的生育情况不挂钩，不审查父母婚育状况。", "生育情况", "family-planning",
     "protective_sentence"),
    ("外地企业来县投标，不需另行办理入县备案，不要求设立分支机构。", "入县备案", "license", "protective_sentence"),
])
def test_a_case_phrase_is_no_protection(sentence, quote, category, reason):
    assert lookalike_reason(category, sentence, quote, "", "error") == reason
