"""Round 33 (upperreal33, issue 9): a fine stepped up for the serious or persisting case past the one ceiling the law
sets for the conduct (……并处二百元以下罚款；情节严重的，并处二百元以上一千元以下罚款 against 居住证暂行条例 第十八条's
200元以下) alters the law: a rule may only specify within the law's range (行政处罚法 第十三条、第十四条). Read by
review.compare.figures.stepped_up_past, and in the sweep's governing-law comparison with the sentence it steps up
(review.governing.stepped_sentences, steps_up_the_unit) — bench/README.md, "Round 33 — upperreal33"."""

import pytest

from review.compare import compare
from review.governing import stepped_sentences, steps_up_the_unit
from review.quantities import find_quantities
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("upperreal33.toml")
RULES = load_packs()

LAW_200 = "有下列行为之一的，由公安机关给予警告、责令改正，处200元以下罚款，有违法所得的，没收违法所得：\n(二)出租、出借、转让居住证；"
LAW_TIERS = ("违反本条例规定，有下列行为之一的，由无线电管理机构责令改正，没收违法所得，可以并处3万元以下的罚款；"
             "造成严重后果的，吊销无线电台执照，并处3万元以上10万元以下的罚款：")
LAW_LOSS = ("违反本条例规定，侵占、损毁、拆除或者擅自移动基础测绘设施的，责令限期改正，给予警告，可以并处5万元以下罚款；"
            "造成损失的，依法承担赔偿责任。")


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_upperreal33_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


def _raised(clause: str, law: str) -> list[str]:
    return [c.clause_span for c in compare(clause, law).material() if c.kind == "amount"]


@pytest.mark.parametrize("clause, law, raised", [
    # the serious case's tier past the law's one ceiling: raised
    ("违反本办法规定，出租、出借、转让居住证的，由公安机关给予警告，并处二百元以下罚款；情节严重的，并处二百元以上一千元以下罚款。",
     LAW_200, ["二百元以上一千元以下"]),
    # a persisting case's tier (逾期不改正的) past it, the law's own follow-on sentence naming no sum (造成损失的，……赔偿)
    ("侵占基础测绘设施的，责令限期改正，给予警告，可以并处5万元以下罚款；逾期不改正的，处5万元以上8万元以下罚款。",
     LAW_LOSS, ["5万元以上8万元以下"]),
    # guard: the tier within the law's range
    ("出租居住证的，由公安机关给予警告，处一百元以下罚款；情节严重的，处一百元以上二百元以下罚款。", LAW_200, []),
    # guard: the law steps its own fine up (造成严重后果的，……并处3万元以上10万元以下): the clause restates both tiers
    ("擅自编制无线电台识别码的，由无线电管理机构责令改正，可以并处3万元以下的罚款；造成严重后果的，并处3万元以上10万元以下的罚款。",
     LAW_TIERS, []),
    # guard: a second fine for another offender in the same sentence (对单位……) is no step-up: not paired by it
    ("出租居住证的，对个人处二百元以下罚款，对单位处一千元以下罚款。", LAW_200, []),
])
def test_stepped_up_fine(clause, law, raised):
    assert _raised(clause, law) == raised


@pytest.mark.parametrize("text, sentences", [
    # a sentence that only steps up the one before is also read with it
    ("由公安机关处二百元以下罚款；情节严重的，处一千元以下罚款。",
     ["由公安机关处二百元以下罚款；", "情节严重的，处一千元以下罚款。", "由公安机关处二百元以下罚款；情节严重的，处一千元以下罚款。"]),
    # two sentences of their own stay apart
    ("由公安机关处二百元以下罚款；对单位处一千元以下罚款。", ["由公安机关处二百元以下罚款；", "对单位处一千元以下罚款。"]),
    # a step-up after a full stop is a sentence of its own (its conduct is not the sentence before's for sure)
    ("由公安机关处二百元以下罚款。情节严重的，处一千元以下罚款。", ["由公安机关处二百元以下罚款。", "情节严重的，处一千元以下罚款。"]),
])
def test_stepped_sentences(text, sentences):
    assert [s for s, _ in stepped_sentences(text)] == sentences


@pytest.mark.parametrize("sentence, unit, stepped", [
    # the stepped-up fine's base is the unit's own fine (二百元以下 = 200元以下): the unit's conduct
    ("并处二百元以下罚款；情节严重的，并处二百元以上一千元以下罚款", LAW_200, True),
    # the base is another sum: the unit's conduct is not sure
    ("并处五百元以下罚款；情节严重的，并处一千元以下罚款", LAW_200, False),
    # no step-up at all
    ("并处二百元以上一千元以下罚款", LAW_200, False),
])
def test_steps_up_the_unit(sentence, unit, stepped):
    mine = [q for q in find_quantities(sentence)][-1]
    assert steps_up_the_unit(sentence, mine, unit) is stepped


class _Change:
    def __init__(self, message):
        self.message = message


@pytest.mark.parametrize("found, kept", [
    # the step-up read with the sentence before shows only what the step-up alone shows: the narrower one stays
    ([("a", (0, 10), ["raised"]), ("ab", (0, 20), ["raised"]), ("b", (10, 20), ["raised"])], ["a", "b"]),
    # the joined reading shows a change neither part shows alone (the step-up's conduct is the sentence before's): kept
    ([("a", (0, 10), []), ("ab", (0, 20), ["raised"])], ["a", "ab"]),
    # the joined reading alone (its parts resemble no article): kept
    ([("ab", (0, 20), ["raised"])], ["ab"]),
])
def test_without_repeated_steps(found, kept):
    from review.governing import without_repeated_steps

    rows = [(s, None, None, None, None, [_Change(m) for m in msgs], span) for s, span, msgs in found]
    assert [r[0] for r in without_repeated_steps(rows)] == kept
