"""What an office presumes of a document that states no 有效期 (review/presumption.py, review/validity.presume):
one row per behaviour of the setting, on documents built here and on the packaged procedure pack."""

from __future__ import annotations

import pytest

from review.model import Document, Finding
from review.presumption import PRESUME_MODES, ValidityDefaults, validity_defaults
from review.rules import load_packs
from review.validity import on_trial, presume

AS_OF = "2026-12-01"
MISSING = Finding("P-VALIDITY-MISSING", "validity", "warning", "未规定有效期", None, "本办法自发布之日起施行",
                  "文件未规定有效期。")


def doc(title="××市随迁子女就学管理办法", text="", date="", effective="", provisional="", draft=""):
    return Document(path="", text=text or title, paragraphs=(), title=title, date=date, effective_date=effective,
                    provisional=provisional, draft=draft)


CASES = [
    # (id, document, mode, lapsed (None: left as it was), text the presumption must hold)
    # D054: 暂行办法 "自发布之日起试行", 2008: a trial without a period, 2 years, taken to have lapsed
    ("trial-by-commencement", doc("××市进城务工人员子女就学管理暂行办法", "十二、本办法自发布之日起试行。", "2008-04-18",
                                  "2008-04-18", "暂行"), "trial", True, "有效期已于2010-04-17届满，按本机关设置推定失效"),
    ("trial-in-title", doc("××市廉租住房保障实施细则（试行）", "本细则自2008年11月12日起施行。", "2008-11-12", "2008-11-12",
                           "试行"), "trial", True, "试行文件未规定有效期"),
    # D019: 暂行 in the title, 施行: counted for the reviewer, not taken to have lapsed by default
    ("provisional-counted", doc("××市住房保障管理暂行办法", "本办法自2016年4月1日起施行。", "2016-03-01", "2016-04-01", "暂行"),
     "trial", False, "名称冠以“暂行”的文件未规定有效期，自2016-04-01起按2年计已于2018-03-31届满，按本机关设置不推定失效"),
    ("provisional-mode", doc("××市住房保障管理暂行办法", "本办法自2016年4月1日起施行。", "2016-03-01", "2016-04-01", "暂行"),
     "provisional", True, "有效期已于2018-03-31届满，按本机关设置推定失效"),
    # D014, D085: no period at all, 5 years counted; 上海's rule ("all") takes it to have lapsed
    ("plain-counted", doc(date="2014-10-23"), "trial", False, "按5年计已于2019-10-22届满"),
    ("plain-all", doc(date="2014-10-23"), "all", True, "有效期为5年"),
    ("trial-none", doc("××细则（试行）", date="2008-11-12", provisional="试行"), "none", False, "不推定"),
    # a vague date counts from its last day: never lapse a document early
    ("year-only", doc("××细则（试行）", date="2015", provisional="试行"), "trial", True, "自2015起按2年计，有效期已于2017-12-30届满"),
    # the term has not run yet: nothing to add
    ("recent-plain", doc(date="2024-06-01"), "all", None, ""),
    ("recent-trial", doc("××细则（试行）", date="2025-06-01", provisional="试行"), "trial", None, ""),
    # no date to count from: the date is to be checked
    ("no-date", doc("××细则（试行）", provisional="试行"), "trial", None, "请核对发布日期"),
    # a draft has no date yet
    ("draft", doc("××办法（试行）（征求意见稿）", date="2010-01-01", provisional="试行", draft="征求意见稿"), "all", None, ""),
]


@pytest.mark.parametrize("document, mode, lapsed, words", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_presume(document, mode, lapsed, words):
    f = presume(MISSING, document, AS_OF, ValidityDefaults(presume=mode))
    assert f.rule == "P-VALIDITY-MISSING" and f.severity == "warning"     # a warning, never an error
    assert f.detail.get("presumed_lapsed") is lapsed
    note = f.detail.get("presumption", "")
    assert words in note
    if note and not f.detail.get("date_unknown"):
        assert "有效期推定规则（默认设置）" in note     # the setting the reviewer relies on is in the reason
        assert note in f.problem


def test_a_review_of_an_undated_document_asks_for_no_date():
    """fashen review of a document without a date (most likely a draft without 送审稿 in its title): no note."""
    undated = doc("××细则（试行）", provisional="试行")
    assert presume(MISSING, undated, AS_OF, ValidityDefaults(), cleanup=False) is MISSING
    assert "请核对发布日期" in presume(MISSING, undated, AS_OF, ValidityDefaults()).detail["presumption"]


def test_other_findings_are_left_alone():
    other = Finding("P-VALIDITY-LONG", "validity", "warning", "有效期超过规定上限", None, "有效期10年", "…")
    assert presume(other, doc(date="2008-01-01"), AS_OF, ValidityDefaults(presume="all")) is other


@pytest.mark.parametrize("title, text, expected", [
    ("××暂行办法", "十二、本办法自发布之日起试行。", True),                       # D054
    ("××实施细则（试行）", "本细则自2008年12月1日起施行。", True),
    ("××暂行办法", "本办法自2016年4月1日起施行。", False),                        # D019
    # another document's 试行 (a cited title) is not this one's
    ("××就学管理办法", "按照《浙江省义务教育阶段学生学籍管理办法(试行)》规定办理。本办法自2009年1月1日起施行。", False),
    ("关于印发《××办法（试行）》的通知的补充通知", "本通知自印发之日起施行。", False),
])
def test_on_trial(title, text, expected):
    assert on_trial(title, text) is expected


def test_the_setting_comes_from_the_province_and_the_run():
    rules = load_packs()
    assert validity_defaults(rules) == ValidityDefaults(5.0, 2.0, "trial", "默认设置")
    # 上海市行政规范性文件制定和备案规定（2010）第二十六条："未明确有效期的，其有效期为5年"
    assert validity_defaults(rules, "上海") == ValidityDefaults(5.0, 2.0, "all", "上海规定")
    assert validity_defaults(rules, "广东") == ValidityDefaults(5.0, 2.0, "trial", "默认设置")
    assert validity_defaults(rules, "上海", "none").presume == "none"
    assert validity_defaults(rules, None, "all").source == "本次设置"
    assert validity_defaults([]) == ValidityDefaults()


@pytest.mark.parametrize("region, expected", [
    # without --province a document is judged by the rule where it was made: its city's, else its province's
    ("上海市浦东新区", ValidityDefaults(5.0, 2.0, "all", "上海规定")),        # D062: 上海 2010 第二十六条
    ("厦门市", ValidityDefaults(5.0, 2.0, "all", "厦门规定")),                # D058: the city's own rule
    ("郑州市", ValidityDefaults(5.0, 2.0, "provisional", "郑州规定")),        # D084: 暂行 ≤ 2 years
    # D077 (暂行, 2 years), D076 (no 有效期, 5 years): 南京 2012 第二十八条 covers every document without one [DB]
    ("南京市", ValidityDefaults(5.0, 2.0, "all", "南京规定")),
    ("鄂尔多斯市", ValidityDefaults(5.0, 2.0, "all", "内蒙古规定")),          # D096: the province's rule
    ("深圳市", ValidityDefaults(5.0, 2.0, "trial", "默认设置")),              # no rule of its own: the default
    ("", ValidityDefaults(5.0, 2.0, "trial", "默认设置")),
])
def test_the_setting_of_the_place_that_made_the_document(region, expected):
    from review.presumption import document_places

    rules = load_packs()
    assert validity_defaults(rules, None, None, document_places(region)) == expected
    # an office that names its province keeps its own setting
    assert validity_defaults(rules, "广东", None, document_places(region)).source == "默认设置"


def test_every_mode_has_words_and_a_bad_one_is_refused():
    assert all("有效期推定规则" in ValidityDefaults(presume=m).words() for m in PRESUME_MODES)
    with pytest.raises(ValueError, match="有效期推定规则只能是"):
        ValidityDefaults(presume="sometimes")
