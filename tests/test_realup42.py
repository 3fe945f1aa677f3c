"""Round 42 (realup42, issue 9): the duty to apply for a 居住证 laid by a sanction on an omission a negation heads
in a list (不按规定申报居住登记或申领居住证的，由公安机关给予警告), against 居住证暂行条例 第二条's 可以申领, and its
lawful look-alikes (bench/README.md, "Round 42 — realup42")."""

import pytest

from review.norms.lexicon import default_lexicon
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("realup42.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_realup42_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("text, read", [
    # the two real clauses the odd half of the labelled documents missed (D099 第三十四条, D103 第二十七条)
    ("用人单位、雇主、流动人口不按规定申报居住人口登记或申领居住证的", True),
    ("流动人口不申报居住登记、变更登记和申领、补领、换领居住证的", True),
    ("未按规定申领居住证的", True),
    # the body's refusal, another negation, a certificate proof
    ("公安派出所不予办理居住证", False),
    ("不得拒绝为其申报居住登记或者办理居住证", False),
    ("未出具居住证明的", False),
])
def test_unapplied_reads_a_negated_list(text, read):
    assert bool(default_lexicon().find("permit.unapplied", text)) is read
