"""Rows of (rule id, sentence, whether the rule must fire) checked against the shipped packs: the shape of every
precision and member test built from real or reworded sentences (test_precision_round*, test_lookalike_round9,
test_power_coercion_round9)."""

import pytest

from review.match import run_example
from review.rules import load_packs

RULES = {r.id: r for r in load_packs()}


def rule_rows(cases):
    """Parametrize a test over (rule_id, text, expected) rows, each row named after its rule and position."""
    return pytest.mark.parametrize("rule_id, text, expected", cases,
                                   ids=[f"{rule_id}-{i}" for i, (rule_id, _, _) in enumerate(cases)])


def check_row(rule_id, text, expected):
    assert run_example(RULES[rule_id], text) is expected, f"{rule_id} {'应当' if expected else '不应'}命中：{text!r}"
