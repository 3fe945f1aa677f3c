"""Round 30 (lead30): a norm is read in its sentence without the article's number it opens with, and a person who
heads a long subject (……的住户，应当……) bears the duty the sentence lays; the departments a government scheme enlists
(成员单位, 牵头单位, 兼职单位) are the government's own (bench/README.md, "Round 30 — lead30")."""

import pytest

from review.norms.analyse import analyse
from review.norms.lexicon import load_lexicon
from review.rules import load_packs
from review.sentences import norm_spans, sentence_spans
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("lead30.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_lead30_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("text, first", [
    ("第二条\u3000招商引资项目落地村组的村民，不得提出异议。", "招商引资项目落地村组的村民，不得提出异议。"),
    ("第12条 村民应当遵守本规定。其他人员参照执行。", "村民应当遵守本规定。"),
    # no article number: the sentence as it is
    ("（一）村民应当遵守本规定；", "（一）村民应当遵守本规定；"),
    # a number that is all the sentence holds stays a sentence of its own words
    ("第二条\u3000", "第二条\u3000"),
])
def test_norm_spans_leave_the_article_number_out(text, first):
    spans = norm_spans(text) or sentence_spans(text)
    assert text[spans[0][0]:spans[0][1]] == first


def test_norm_starts_after_the_article_number():
    text = "第二条\u3000招商引资项目落地村组的村民，应当服从项目用地安排，不得以任何理由对征地补偿标准提出异议。"
    (norm,) = analyse(text, load_lexicon())
    assert norm.start == len("第二条\u3000") and norm.text.startswith("招商引资")
