"""Every positive example of every rule in every packaged pack must trigger its rule; every
negative example must not. One row per (rule, example): a failing row names the rule and sentence."""

import pytest

from review.match import run_example
from review.rules import load_packs

RULES = load_packs()


# ids: "C-LICENSE-01+0" = first positive example of C-LICENSE-01, "C-LICENSE-01-1" = second negative
CASES = [pytest.param(rule, ex, True, id=f"{rule.id}+{i}")
         for rule in RULES for i, ex in enumerate(rule.examples_positive)]
CASES += [pytest.param(rule, ex, False, id=f"{rule.id}-{i}")
          for rule in RULES for i, ex in enumerate(rule.examples_negative)]


@pytest.mark.parametrize("rule,example,expected", CASES)
def test_rule_example(rule, example, expected):
    assert run_example(rule, example) is expected, (
        f"{rule.id}（{rule.source}）{'应当' if expected else '不应'}命中：{example!r}")
