"""Citation verification against the real corpus (the session ``corpus`` fixture from conftest.py:
a Store built from the shipped default corpus snapshot, repeal facts included).

One row per behaviour: (citation text, as_of, expected verdict, expected full title, expected successor).
"""

from __future__ import annotations

import json

import pytest

from statutes.citations import VERDICTS, extract_citations, verify
from statutes.citations.verify import normalise, quote_diff
from statutes.model import LawRecord, VersionInfo

XK = "中华人民共和国行政许可法"
CF = "中华人民共和国行政处罚法"
MFD = "中华人民共和国民法典"


@pytest.fixture(scope="module")
def resolver(corpus):
    """The session corpus (a missing fixture is an error here, never a silent skip of every row)."""
    return corpus


ROWS = [
    # an article that exists in the version in force
    ("《中华人民共和国行政许可法》第十七条", "2024-01-01", "verified", XK, None),
    # short title without 中华人民共和国 resolves to the same work
    ("《行政许可法》第十七条", "2024-01-01", "verified", XK, None),
    # unbracketed known name
    ("依据行政许可法第十七条", "2024-01-01", "verified", XK, None),
    # colloquial short name from short_names.csv
    ("个保法第十三条", "2024-01-01", "verified", "中华人民共和国个人信息保护法", None),
    # article + paragraph + item that exist
    ("《行政许可法》第十二条第（一）项", "2024-01-01", "verified", XK, None),
    # 之一 article that exists
    ("《中华人民共和国刑法》第一百三十三条之一", "2024-01-01", "verified", "中华人民共和国刑法", None),
    # a range whose both ends exist
    ("《反垄断法》第三十九条至第四十五条", "2024-01-01", "verified", "中华人民共和国反垄断法", None),
    # a bare law citation: the law is in force
    ("《中华人民共和国宪法》", "2024-01-01", "verified", "中华人民共和国宪法", None),
    # an article beyond the end of the law
    ("《中华人民共和国行政许可法》第九百条", "2024-01-01", "not_found", XK, None),
    # a paragraph the article does not have
    ("《行政许可法》第十七条第三款", "2024-01-01", "not_found", XK, None),
    # a 之N article that does not exist
    ("《刑法》第一百三十三条之九", "2024-01-01", "not_found", "中华人民共和国刑法", None),
    # a range whose end does not exist
    ("《反垄断法》第三十九条至第九十五条", "2024-01-01", "not_found", "中华人民共和国反垄断法", None),
    # repealed law known only by repeal facts, cited after the repeal
    ("《合同法》第五十二条", "2022-01-01", "repealed", "中华人民共和国合同法", MFD),
    # ... the same citation before the repeal is not flagged
    ("《合同法》第五十二条", "2019-06-01", "verified", "中华人民共和国合同法", None),
    # bare 《婚姻法》 after 2021-01-01
    ("原《婚姻法》规定", "2023-05-01", "repealed", "中华人民共和国婚姻法", MFD),
    # law with text, repealed by 生态环境法典 on 2026-08-15, cited after that
    ("《大气污染防治法》第八十二条第二款", "2026-09-01", "repealed", "中华人民共和国大气污染防治法",
     "中华人民共和国生态环境法典"),
    # ... and before that date it is still good law
    ("《大气污染防治法》第八十二条第二款", "2025-09-01", "verified", "中华人民共和国大气污染防治法", None),
    # adopted but not yet effective on as_of (个人信息保护法 effective 2021-11-01)
    ("《个人信息保护法》第十条", "2021-06-01", "not_in_force", "中华人民共和国个人信息保护法", None),
    # ... effective afterwards
    ("《个人信息保护法》第十条", "2021-12-01", "verified", "中华人民共和国个人信息保护法", None),
    # a 行政法规 of the default corpus
    ("《优化营商环境条例》第三十九条", "2024-01-01", "verified", "优化营商环境条例", None),
    # a 行政法规 repealed by a later regulation in the corpus (法规规章备案审查条例 第二十六条)
    ("《法规规章备案条例》第五条", "2025-01-01", "repealed", "法规规章备案条例", "法规规章备案审查条例"),
    ("《法规规章备案条例》第五条", "2023-01-01", "verified", "法规规章备案条例", None),
    # 行政监察法: repealed 2018-03-20 by 监察法, not on the date of 监察法's amended text (2024-12-25)
    ("《中华人民共和国行政监察法》", "2019-01-01", "repealed", "中华人民共和国行政监察法", "中华人民共和国监察法"),
    ("《中华人民共和国行政监察法》", "2017-06-01", "verified", "中华人民共和国行政监察法", None),
    # a name the corpus does not know: unknown, not nonexistent
    ("《某某市不存在条例》第三条", "2024-01-01", "outside_corpus", None, None),
    # a bare unknown regulation
    ("《广东省流动人口服务管理条例》", "2024-01-01", "outside_corpus", None, None),
    # a 文号 is not looked up in the statute corpus
    ("国办发〔2018〕37号", "2024-01-01", "outside_corpus", None, None),
    # internal references are not resolved without a context law
    ("本法第十四条", "2024-01-01", "verified", None, None),
    ("前款规定的期限内", "2024-01-01", "verified", None, None),
    # exact verbatim quote
    ("《中华人民共和国行政许可法》第十七条规定：“除本法第十四条、第十五条规定的外，其他规范性文件一律不得设定行政许可。”",
     "2024-01-01", "verified", XK, None),
    # verbatim quote with an ellipsis for the omitted part
    ("《行政许可法》第十七条规定：“……其他规范性文件一律不得设定行政许可。”", "2024-01-01", "verified", XK, None),
    # misquote: 一律不得 -> 可以
    ("《中华人民共和国行政许可法》第十七条规定：“除本法第十四条、第十五条规定的外，其他规范性文件可以设定行政许可。”",
     "2024-01-01", "quote_differs", XK, None),
    # restatement consistent with the article
    ("《中华人民共和国行政处罚法》第十六条规定，其他规范性文件不得设定行政处罚。", "2024-01-01", "verified", CF, None),
    # the old (2017) article number with the new text: quote does not fit 第十四条
    ("《行政处罚法》第十四条规定：“除法律、法规、规章外，其他规范性文件不得设定行政处罚。”",
     "2024-01-01", "quote_differs", CF, None),
]


@pytest.mark.parametrize("text,as_of,verdict,law,successor", ROWS, ids=[f"{i:02d}" for i in range(len(ROWS))])
def test_verdicts(resolver, text, as_of, verdict, law, successor):
    refs = extract_citations(text)
    assert refs, text
    (check,) = verify(refs[:1], resolver, as_of=as_of)
    assert check.verdict == verdict, check.detail
    assert check.law == law
    assert check.successor == successor
    assert check.verdict in VERDICTS
    assert check.detail  # every verdict explains itself in Chinese


def test_to_dict_contract(resolver):
    text = "依据《中华人民共和国行政许可法》第十七条"
    (check,) = verify(extract_citations(text), resolver, as_of="2024-01-01")
    d = check.to_dict()
    for key in ("text", "start", "end", "law", "article", "paragraph", "item", "verdict", "detail", "successor"):
        assert key in d
    assert (d["text"], d["start"], d["end"]) == ("《中华人民共和国行政许可法》第十七条", 2, 20)
    assert d["law"] == XK and d["article"] == 17 and d["verdict"] == "verified"
    assert d["provision"]["article"] == 17
    json.dumps(d, ensure_ascii=False)


def test_verified_carries_the_provision(resolver):
    (check,) = verify(extract_citations("《行政许可法》第十七条"), resolver, as_of="2024-01-01")
    assert check.provision is not None
    assert "其他规范性文件一律不得设定行政许可" in check.provision.text


def test_misquote_detail_shows_the_difference(resolver):
    text = "《中华人民共和国行政许可法》第十七条规定：“除本法第十四条、第十五条规定的外，其他规范性文件可以设定行政许可。”"
    (check,) = verify(extract_citations(text), resolver, as_of="2024-01-01")
    assert "一律不得" in check.detail and "可以" in check.detail


def test_wrong_article_for_a_quote_suggests_the_right_one(resolver):
    text = "《行政处罚法》第十四条规定：“除法律、法规、规章外，其他规范性文件不得设定行政处罚。”"
    (check,) = verify(extract_citations(text), resolver, as_of="2024-01-01")
    assert check.suggestion is not None and check.suggestion.article == 16


def test_repealed_with_quote_points_to_a_successor_article(resolver):
    text = "《合同法》第五十二条规定：“违反法律、行政法规的强制性规定的，合同无效。”"
    (check,) = verify(extract_citations(text), resolver, as_of="2022-01-01")
    assert check.verdict == "repealed"
    assert check.successor_provision is not None
    assert check.successor_provision.law == MFD
    assert "successor_article" in check.to_dict()


def test_repealed_with_text_finds_successor_without_quote(resolver):
    (check,) = verify(extract_citations("《大气污染防治法》第八十二条第二款"), resolver, as_of="2026-09-01")
    assert check.successor_provision is not None
    assert check.successor_provision.law == "中华人民共和国生态环境法典"


def test_internal_reference_with_context_law(resolver):
    refs = extract_citations("除本法第十四条、第九百条规定的外")
    checks = verify(refs, resolver, as_of="2024-01-01", context_law=XK)
    assert [c.verdict for c in checks] == ["verified", "not_found"]


def test_as_of_none_means_today(resolver):
    (check,) = verify(extract_citations("《合同法》第五十二条"), resolver, as_of=None)
    assert check.verdict == "repealed"


def test_one_check_per_ref_in_order(resolver):
    text = "《行政许可法》第十七条、第九百条和国办发〔2018〕37号"
    checks = verify(extract_citations(text), resolver, as_of="2024-01-01")
    assert [c.verdict for c in checks] == ["verified", "not_found", "outside_corpus"]


# --- behaviour the real corpus cannot show (it has no two works sharing a name) --------------

class _TwoWorks:
    """Minimal resolver: the name 物业管理条例 matches two regional works."""

    def find_works(self, name):
        v = (VersionInfo(version_id=1, publish_date="2020-01-01", effective_date="2020-01-01", status="现行有效"),)
        if name == "物业管理条例":
            return [LawRecord(1, "广东省物业管理条例", "地方性法规", v), LawRecord(2, "北京市物业管理条例", "地方性法规", v)]
        return []

    def provision(self, *a, **k):
        return None

    def closest_in(self, *a, **k):
        return None


def test_ambiguous_name():
    (check,) = verify(extract_citations("《物业管理条例》第五条"), _TwoWorks(), as_of="2024-01-01")
    assert check.verdict == "ambiguous"
    assert set(check.candidates) == {"广东省物业管理条例", "北京市物业管理条例"}


DIFFS = [
    # replacement
    ("其他规范性文件可以设定", "其他规范性文件一律不得设定", "原文“一律不得”引文作“可以”"),
    # deletion
    ("其他文件不得设定", "其他规范性文件不得设定", "引文缺少“规范性”"),
    # insertion
    ("其他规范性文件均不得设定", "其他规范性文件不得设定", "引文多出“均”"),
]


@pytest.mark.parametrize("quote,original,expected", DIFFS)
def test_quote_diff(quote, original, expected):
    assert expected in quote_diff(quote, original)


def test_normalise_drops_punctuation_and_spaces():
    assert normalise("“除本法 第十四条、第十五条规定的外，”") == "除本法第十四条第十五条规定的外"


@pytest.mark.parametrize("title, cited, internal", [
    # the draft's own title, without its draft mark
    ("梧溪县城区养犬管理办法（送审稿）", "梧溪县城区养犬管理办法", True),
    # X of a 关于印发《X》的通知 is the notice's own content
    ("关于印发《柏江县公共租赁住房管理办法》的通知", "柏江县公共租赁住房管理办法", True),
    # an upper law named in a title is not the document itself
    ("某省实施《中华人民共和国行政许可法》办法", "中华人民共和国行政许可法", False),
    ("", "梧溪县城区养犬管理办法", False),
])
def test_own_title_is_an_internal_reference(resolver, title, cited, internal):
    from statutes.citations import own_titles

    text = f"依照《{cited}》（以下简称《办法》）第三条和《办法》第五条执行。"
    checks = verify(extract_citations(text), resolver, as_of="2024-01-01", own=own_titles(title))
    if internal:
        assert {c.verdict for c in checks} == {"verified"} and all("本文件自身" in c.detail for c in checks)
    else:
        assert all("本文件自身" not in c.detail for c in checks)

