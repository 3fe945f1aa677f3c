"""The one date rule (review/dates.py): the law in force on as_of governs, in review and in sweep alike; the
document's own date only says whether the problem existed when the document was made."""

from __future__ import annotations

import pytest

from review.dates import AFTER_ISSUE, AT_ISSUE, UNKNOWN, arose
from review.engine import ReviewOptions, review_document
from review.metadata import apply_metadata
from review.model import Document
from review.readers import build_document
from review.rules import load_packs
from review.sweep import Reviewer, SweepOptions

RULES = load_packs()


@pytest.mark.parametrize("document_date, since, expected", [
    ("2015-08-25", "2018-03-17", AFTER_ISSUE),   # made before the reform: the name was right then
    ("2019-05-01", "2018-03-17", AT_ISSUE),      # made after it: wrong from the start
    ("2018", "2018-03-17", UNKNOWN),             # a year only, the reform's own year: cannot tell
    ("2017", "2018-03-17", AFTER_ISSUE),
    ("", "2018-03-17", UNKNOWN),
    ("2015-08-25", "", UNKNOWN),
])
def test_arose(document_date, since, expected):
    assert arose(document_date, since) == expected


def doc(text: str, path: str = "旧文件.txt") -> Document:
    return apply_metadata(build_document(path, text.split("\n"), "text"))


OLD = ("××市人民政府办公厅关于印发××市公共租赁住房管理办法的通知\n××府办〔2015〕12号\n各区人民政府：\n现印发给你们。\n"
       "××市人民政府办公厅\n2015年8月25日\n"
       "第一条 根据《中华人民共和国物权法》，制定本办法。\n"
       "第二条 申请人的计划生育情况由市卫生计生委负责核查。\n"
       "第三条 本办法自2015年9月1日起施行，有效期十年。")


@pytest.fixture(scope="module")
def findings_by_mode(corpus, tmp_path_factory):
    path = tmp_path_factory.mktemp("old") / "旧文件.txt"
    path.write_text(OLD, encoding="utf-8")
    review = review_document(doc(OLD), corpus, RULES, ReviewOptions(as_of="2026-12-01", upper_law=False)).findings
    swept = Reviewer(corpus, RULES, SweepOptions(as_of="2026-12-01")).review(path)
    return review, swept


@pytest.mark.parametrize("rule, since_word", [
    ("CITE-REPEALED", "2021年1月1日废止后产生"),       # a law repealed after the document was made
    ("AG-HEALTH-FP", "2018年国务院机构改革后产生"),    # a body renamed after it was made
])
def test_review_and_sweep_judge_by_as_of(findings_by_mode, rule, since_word):
    review, swept = findings_by_mode
    got = [f for f in review if f.rule == rule or rule in (f.detail.get("rules") or ())
           or any(m["rule"] == rule for m in f.detail.get("merged") or ())]
    assert got, f"{rule} not found in review"
    assert any(since_word in f.problem for f in got), [f.problem for f in got]
    assert any(f["rule"] == rule or any(m["rule"] == rule for m in f["detail"].get("merged") or ())
               for f in swept["findings"]), f"{rule} not found in sweep"


def test_review_as_of_a_day_before_the_change_finds_nothing_of_it(corpus):
    op = review_document(doc(OLD), corpus, RULES, ReviewOptions(as_of="2016-01-01", upper_law=False))
    assert not [f for f in op.findings if f.category in ("agency", "repealed-law", "family-planning")]


def test_a_draft_is_not_annotated(corpus):
    draft = OLD.replace("××市公共租赁住房管理办法的通知", "××市公共租赁住房管理办法（送审稿）的通知")
    op = review_document(doc(draft), corpus, RULES, ReviewOptions(as_of="2026-12-01", upper_law=False))
    assert op.document.draft == "送审稿"
    assert not [f for f in op.findings if "文件制定时" in f.problem]


def test_the_date_sentence_follows_a_closed_parenthesis_without_a_second_full_stop(findings_by_mode):
    # the repeal finding's problem ends with a parenthesised sentence (……应改引《中华人民共和国民法典》的相应条文。）): the
    # sentence on when the problem arose follows it directly, not after a doubled 。）。
    review, swept = findings_by_mode
    repealed = [f for f in review if f.rule == "CITE-REPEALED"]
    assert repealed and all("。）文件制定时" in f.problem for f in repealed), [f.problem for f in repealed]
    problems = [f.problem for f in review] + [f["problem"] for f in swept["findings"]]
    assert not [p for p in problems if "。）。" in p or "。。" in p]


@pytest.mark.parametrize("text, expected", [
    ("该规定没有依据", "该规定没有依据。"),
    ("该规定没有依据。", "该规定没有依据。"),
    ("应改引《中华人民共和国民法典》的相应条文。）", "应改引《中华人民共和国民法典》的相应条文。）"),
    ("（《优化营商环境条例》第四十四条）", "（《优化营商环境条例》第四十四条）。"),    # a bracket inside the sentence
    ("文件写的是“不得收取”。", "文件写的是“不得收取”。"),
])
def test_closed(text, expected):
    from review.sentences import closed

    assert closed(text) == expected
