"""The small shared ideas, one definition each: severity, Chinese numerals, sentence bounds, dates."""

from __future__ import annotations

import pytest

from review.sentences import phrase_bounds, sentence_bounds, sentence_of, sentence_spans
from review.severity import SEVERITIES, WORST_FIRST, Severity, at_least, milder, rank, worst
from statutes.numerals import cn_to_int, int_to_cn


# -- severity -------------------------------------------------------------------------------------------
def test_severity_order_and_words():
    assert SEVERITIES == ("info", "warning", "error") and WORST_FIRST == ("error", "warning", "info")
    assert [rank(s) for s in SEVERITIES] == [0, 1, 2]
    assert Severity("error") == "error"                       # a finding's plain value is the enum's
    assert [Severity(s).label for s in WORST_FIRST] == ["违法（必须修改）", "可能存在问题（请审查人判断）", "提示"]
    assert [Severity(s).short for s in WORST_FIRST] == ["违法", "可能存在问题", "提示"]
    assert [Severity(s).prefix for s in WORST_FIRST] == ["【违法】", "【建议】", "【提示】"]


@pytest.mark.parametrize("a, b, mildest", [
    ("error", "warning", "warning"),     # a downgrade lowers
    ("warning", "error", "warning"),     # and never raises
    ("info", "info", "info"),
])
def test_milder(a, b, mildest):
    assert milder(a, b) == mildest


def test_worst_and_threshold():
    assert worst(["info", "error", "warning"]) == "error" and worst([]) is None
    assert at_least("error", "warning") and at_least("warning", "warning") and not at_least("info", "warning")
    with pytest.raises(ValueError):
        rank("fatal")


def test_no_module_keeps_its_own_severity_order():
    """The order lives in review.severity: the comparison, the opinion and the CLI use it."""
    import review.compare.model as cmp
    import review.model as model

    assert model.SEVERITIES is SEVERITIES and cmp.SEVERITIES is SEVERITIES
    import cli

    assert not hasattr(cli, "SEVERITY_RANK")


# -- numerals -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("n, cn", [
    (0, "零"),
    (10, "十"),                     # not 一十
    (11, "十一"),
    (20, "二十"),
    (100, "一百"),                  # a long memo's hundredth heading: not 十十
    (101, "一百零一"),
    (110, "一百一十"),              # 一十 inside a number keeps its 一
    (1010, "一千零一十"),
    (1260, "一千二百六十"),
    (10001, "一万零一"),
    (100000, "十万"),
    (150027, "十五万零二十七"),      # the default corpus's article count
    (100001000, "一亿零一千"),
    (123456789, "一亿二千三百四十五万六千七百八十九"),
])
def test_int_to_cn(n, cn):
    assert int_to_cn(n) == cn
    assert cn_to_int(cn) == n


def test_headings_and_contract_items_use_the_one_formatter():
    from review.render import cn_ordinal

    assert [cn_ordinal(n) for n in (1, 10, 100, 103)] == ["一", "十", "一百", "一百零三"]


# -- sentences ------------------------------------------------------------------------------------------
TEXT = "第一条　为了规范管理，制定本办法。本办法自公布之日起施行；有效期五年\n附件：清单"


@pytest.mark.parametrize("start, end, sentence", [
    (10, 12, "第一条　为了规范管理，制定本办法。"),        # the closing mark belongs to the sentence
    (18, 20, "本办法自公布之日起施行；"),                  # ；ends one
    (30, 32, "有效期五年"),                               # a line break ends one and is not part of it
    (36, 38, "附件：清单"),                               # a colon does not
    (16, 17, "第一条　为了规范管理，制定本办法。"),         # a span that ends with the mark ends there
])
def test_sentence_bounds(start, end, sentence):
    s, e = sentence_bounds(TEXT, start, end)
    assert TEXT[s:e] == sentence


def test_sentence_spans_and_words():
    assert [TEXT[a:b] for a, b in sentence_spans(TEXT)] == [
        "第一条　为了规范管理，制定本办法。", "本办法自公布之日起施行；", "有效期五年", "附件：清单"]
    assert sentence_spans("甲。\n\n  \n乙") == [(0, 2), (7, 8)]          # blank lines are no sentences
    assert sentence_of(TEXT, 20) == "本办法自公布之日起施行"             # without its closing mark
    a, b = phrase_bounds(TEXT, 6, 7)
    assert TEXT[a:b] == "第一条　为了规范管理"


WRAPPED = ("还需提供申请人与房产所有人的关系证明（包括结婚证、出\n生医学证明、户口簿、收养证、户籍所在地公安机关出具的关系\n"
           "证明等）；（3）迁入工作单位集体户的，提供单位集体户口簿\n市农委\n市发展改革委、市工商局")


@pytest.mark.parametrize("at, sentence", [
    # a sentence a fixed-width layout wrapped (D037) is read whole, without its line breaks
    (40, "还需提供申请人与房产所有人的关系证明（包括结婚证、出生医学证明、户口簿、收养证、户籍所在地公安机关出具的关系证明等）；"),
    # short lines are lines of their own (a task table's cells)
    (len(WRAPPED) - 3, "市发展改革委、市工商局"),
])
def test_unwrapped_sentence(at, sentence):
    from review.sentences import unwrapped_sentence

    assert unwrapped_sentence(WRAPPED, at, at + 1) == sentence


# -- --as-of (the date grammar itself: tests/test_date_grammar.py) ----------------------------------------
@pytest.mark.parametrize("value", ["2023-02-30", "2023-2-29", "明天", "2023-13-01"])
def test_as_of_refuses_a_day_that_does_not_exist(value, tmp_path):
    from clirun import fashen

    r = fashen("statutes", "show", "行政许可法", "17", "--as-of", value, db=tmp_path / "none.db")
    assert r.returncode == 2
    assert f"日期“{value}”不是有效的日期" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "none.db").exists()          # refused before anything was opened


def test_a_line_that_starts_with_a_comma_goes_on_the_line_before():
    # D032: the layout broke the line before the comma; no sentence starts with one
    from review.sentences import unwrapped_sentence, wrapped_at

    text = "购房人弄虚作假骗购经济适用住房的，依法收回所购买的住房；取消申请人及共同申请家庭成员的保障资格\n，5年内不得再受理其申请。"
    i = text.index("\n")
    assert wrapped_at(text, i)
    assert unwrapped_sentence(text, i - 3, i - 2) == "取消申请人及共同申请家庭成员的保障资格，5年内不得再受理其申请。"
    assert not wrapped_at("本办法由市住建局负责解释。\n，", len("本办法由市住建局负责解释。"))   # a sentence ended there
