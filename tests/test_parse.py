"""statutes.parse and statutes.history on real snippets: one commented row per behaviour."""

from __future__ import annotations


import pytest

from statutes.history import doc_number_in, parse_history
from statutes.parse import parse_statute_text


def arts(parsed):
    return [u for u in parsed.units if u.kind == "article"]


def shape(parsed):
    """Compact view of the units: (kind, article, sub, paragraph, item, subitem)."""
    return [(u.kind, u.article, u.article_sub, u.paragraph, u.item, u.subitem) for u in parsed.units]


# --- article headers ------------------------------------------------------------------------------

HEADER_CASES = [
    # LawRefBook: 第X条 + one ASCII space
    ("第一条 为了规范婚姻登记工作，制定本条例。", [(1, 0, "为了规范婚姻登记工作，制定本条例。")]),
    # U+3000 separator (7 DLC lines, and every flk plain text)
    ("第一百条\u3000违反本条例第六十三条第二款规定的，由住房城乡建设部门责令改正。",
     [(100, 0, "违反本条例第六十三条第二款规定的，由住房城乡建设部门责令改正。")]),
    # 之一 suffix (刑法 style)
    ("第一百三十三条 驾驶机动车。\n\n第一百三十三条之一 在道路上驾驶机动车，有下列情形之一的，处拘役。",
     [(133, 0, "驾驶机动车。"), (133, 1, "在道路上驾驶机动车，有下列情形之一的，处拘役。")]),
    # Arabic and full-width numerals
    ("第1条 总则。\n第２条 细则。", [(1, 0, "总则。"), (2, 0, "细则。")]),
    # bracketed text right after the label stays in the text (浙江省土地利用总体规划条例 第二十二条)
    ("第二十一条 前条。\n第二十二条 （镇）土地利用总体规划可以结合新农村建设。",
     [(21, 0, "前条。"), (22, 0, "（镇）土地利用总体规划可以结合新农村建设。")]),
    # bracketed article title without separator: kept in the text too
    ("第一条（目的）为了保护环境，制定本条例。", [(1, 0, "（目的）为了保护环境，制定本条例。")]),
    # label alone on its line: the text follows on the next line
    ("第一条\n为了规范管理，制定本办法。", [(1, 0, "为了规范管理，制定本办法。")]),
    # space inside the label "第十五 条工商…" (重庆市合同格式条款监督条例)
    ("第十四条 甲。\n\n第十五 条工商行政管理部门发现提供方使用的合同格式条款违反本条例的，应当提出修改意见。",
     [(14, 0, "甲。"), (15, 0, "工商行政管理部门发现提供方使用的合同格式条款违反本条例的，应当提出修改意见。")]),
    # "第三十－条": a dash typed for 一 (彭水苗族土家族自治县城乡建设管理条例)
    ("第三十条 甲。\n\n第三十－条 在城乡规划区内新建建筑物，应当统一规划。",
     [(30, 0, "甲。"), (31, 0, "在城乡规划区内新建建筑物，应当统一规划。")]),
    # glued label continuing the numbering is an article ("第二条本办法…")
    ("第一条 目的。\n第二条本办法适用于本市。", [(1, 0, "目的。"), (2, 0, "本办法适用于本市。")]),
    # glued label NOT continuing the numbering is a paragraph of the article above
    ("第一条 目的。\n第十条规定的情形除外。", [(1, 0, "目的。\n第十条规定的情形除外。")]),
    # a 款 that starts with 第一款/第三人 is not an article
    ("第五条 甲。\n\n第三人明知前款所列违法行为的，视为侵权。\n\n第一款所称善意，是指不知道。",
     [(5, 0, "甲。\n第三人明知前款所列违法行为的，视为侵权。\n第一款所称善意，是指不知道。")]),
]


@pytest.mark.parametrize("text,expected", HEADER_CASES)
def test_article_headers(text, expected):
    got = [(u.article, u.article_sub, u.text) for u in arts(parse_statute_text(text, title="t"))]
    assert got == expected


# --- 款 / 项 / 目 -----------------------------------------------------------------------------------

# 婚姻登记条例(2003) 第五条 (LawRefBook, half-width brackets), abridged
MARRIAGE_ART5 = """第五条 办理结婚登记的内地居民应当出具下列证件和证明材料：

(一)本人的户口簿、身份证；

(二)本人无配偶的签字声明。

办理结婚登记的华侨应当出具下列证件和证明材料：

(一)本人的有效护照；

(二)居住国公证机构出具的本人无配偶的证明。
"""

# 重庆市村镇规划建设管理条例: 目 under a 项 (full-width 1．)
SUBITEMS = """第十条 下列建设项目应当审批：
（一）公共建筑，包括：
1．幼儿园、学校、卫生院；
2．集贸市场。
（二)其他建筑。"""

UNIT_CASES = [
    # two 款, each with two 项: items belong to the 款 that introduces them
    (MARRIAGE_ART5, [("article", 5, 0, None, None, None), ("paragraph", 5, 0, 1, None, None),
                     ("item", 5, 0, 1, 1, None), ("item", 5, 0, 1, 2, None),
                     ("paragraph", 5, 0, 2, None, None), ("item", 5, 0, 2, 1, None),
                     ("item", 5, 0, 2, 2, None)]),
    # 目 1．/2． under 项 （一）; mixed bracket "（二)" still an item
    (SUBITEMS, [("article", 10, 0, None, None, None), ("paragraph", 10, 0, 1, None, None),
                ("item", 10, 0, 1, 1, None), ("subitem", 10, 0, 1, 1, 1), ("subitem", 10, 0, 1, 1, 2),
                ("item", 10, 0, 1, 2, None)]),
]


@pytest.mark.parametrize("text,expected", UNIT_CASES)
def test_units(text, expected):
    assert shape(parse_statute_text(text, title="t")) == expected


def test_article_text_joins_paragraphs_with_newlines():
    art = arts(parse_statute_text(MARRIAGE_ART5, title="t"))[0]
    assert art.text.split("\n")[0] == "办理结婚登记的内地居民应当出具下列证件和证明材料："
    assert art.text.count("\n") == 5
    assert "第五条" not in art.text  # the label is not part of the text


# --- headings and path --------------------------------------------------------------------------

MD_HEADINGS = """# 某条例

<!-- INFO END -->

## 第一章\u3000总\u3000则

第一条 目的。

## 第二章 行政许可

### 第一节 一般规定

第二条 许可。

### 第二节 程序

第三条 程序。

## 第三章 附则

第四条 施行。
"""

# 民法典 style: 分编 "##", 章 "###", 节 "####", en spaces
CIVIL_HEADINGS = """## 第一分编\u2002\u2002通则

### 第一章\u2002\u2002一般规定

第二百零五条 本编调整。

#### 第一节 \u2002一般规定

第二百零六条 国家坚持。
"""

PLAIN_HEADINGS = """第一章　总则
第一条　为了规范。
第二章　行政许可的设定
第二条　许可。
第五章法律责任
第三条　责任。"""

PATH_CASES = [
    # Markdown ## 章 / ### 节; a new 章 drops the 节; whitespace inside headings squashed
    (MD_HEADINGS, ["第一章 总则", "第二章 行政许可 / 第一节 一般规定", "第二章 行政许可 / 第二节 程序", "第三章 附则"]),
    # 分编 / 章 / 节 at ##/###/#### (民法典)
    (CIVIL_HEADINGS, ["第一分编 通则 / 第一章 一般规定", "第一分编 通则 / 第一章 一般规定 / 第一节 一般规定"]),
    # plain lines "第二章　总则", also glued "第五章法律责任"
    (PLAIN_HEADINGS, ["第一章 总则", "第二章 行政许可的设定", "第五章 法律责任"]),
]


@pytest.mark.parametrize("text,paths", PATH_CASES)
def test_paths(text, paths):
    assert [u.path for u in arts(parse_statute_text(text, title="t"))] == paths


def test_heading_line_is_not_an_article():
    parsed = parse_statute_text("## 第一条 标题\n\n第一条 正文。", title="t")
    assert [(u.article, u.text, u.path) for u in arts(parsed)] == [(1, "正文。", "第一条标题")]


# --- plain text downloads: title, history note, 目录 --------------------------------------------

FLK_PLAIN = """中华人民共和国行政许可法

（2003年8月27日第十届全国人民代表大会常务委员会第四次会议通过　根据2019年4月23日第十三届全国人民代表大会常务委员会第十次会议《关于修改〈中华人民共和国建筑法〉等八部法律的决定》修正）

目　　录

第一章　总　　则
第二章　行政许可的设定
第八章　附　　则

第一章　总　　则

第一条　为了规范行政许可的设定和实施，制定本法。

第二章　行政许可的设定

第十二条　下列事项可以设定行政许可：

（一）直接涉及国家安全的特定活动；

第八章　附　　则

第八十三条　本法自2004年7月1日起施行。
"""


def test_plain_text_download():
    parsed = parse_statute_text(FLK_PLAIN)
    assert parsed.title == "中华人民共和国行政许可法"
    assert [(u.article, u.path) for u in arts(parsed)] == [
        (1, "第一章 总则"), (12, "第二章 行政许可的设定"), (83, "第八章 附则")]
    assert parsed.publish_date == "2019-04-23"  # the amendment, not the 2003 adoption
    assert len(parsed.history) == 1 and parsed.preamble == ""


# A 令 as downloaded (法规规章备案条例.doc): order heading, publication note, signature date
ORDER_TEXT = """中华人民共和国国务院令

第　337　号

　　现公布《法规规章备案条例》，自 2002年1月1日起施行。

总　理　　朱镕基

二○○一年十二月十四日

第一条　为了维护社会主义法制的统一，制定本条例。
"""


def test_order_header():
    parsed = parse_statute_text(ORDER_TEXT)
    assert (parsed.title, parsed.doc_number, parsed.publish_date, parsed.effective_date) == (
        "法规规章备案条例", "国务院令第337号", "2001-12-14", "2002-01-01")
    assert parsed.preamble == "总　理　　朱镕基"


# --- documents without 第X条 -----------------------------------------------------------------------

NO_ARTICLE_CASES = [
    # 决定 with numbered points 一、二、: each point is an article; text before is the preamble
    ("各区人民政府：\n\n一、北京市各区耕地占用税的适用税额。\n\n二、北京市人均耕地低于零点五亩的区，不提高税额。\n\n（一）甲；",
     [(1, "北京市各区耕地占用税的适用税额。"), (2, "北京市人均耕地低于零点五亩的区，不提高税额。\n（一）甲；")],
     "各区人民政府："),
    # points as "## 一、" headings (国务院关于进一步完善文化经济政策的若干规定)
    ("为加强建设：\n\n## 一、开征文化事业建设费\n\n为引导发展。\n\n## 二、鼓励捐赠\n\n为鼓励。",
     [(1, "开征文化事业建设费\n为引导发展。"), (2, "鼓励捐赠\n为鼓励。")], "为加强建设："),
    # a nested "一、" that does not continue the numbering stays inside the point
    ("一、总体要求。\n一、细则甲。\n二、保障措施。", [(1, "总体要求。\n一、细则甲。"), (2, "保障措施。")], ""),
    # 批复: no articles, no points -> whole body is article 1
    ("四川省高级人民法院：\n\n你院请示收悉。经研究，答复如下：同意你院意见。",
     [(1, "四川省高级人民法院：\n你院请示收悉。经研究，答复如下：同意你院意见。")], ""),
]


@pytest.mark.parametrize("text,expected,preamble", NO_ARTICLE_CASES)
def test_no_articles(text, expected, preamble):
    parsed = parse_statute_text(text, title="t")
    assert [(u.article, u.text) for u in arts(parsed)] == expected
    assert parsed.preamble == preamble


def test_lawrefbook_markdown_header():
    text = ("# 婚姻登记条例\n\n2003年7月30日 国务院第16次常务会议通过\n\n2003年8月8日 中华人民共和国国务院令第387号公布"
            "\n\n2003年10月1日 施行\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n第一条 为了规范婚姻登记工作。\n")
    p = parse_statute_text(text)
    assert (p.title, p.publish_date, p.effective_date, p.issuer, p.doc_number) == (
        "婚姻登记条例", "2003-08-08", "2003-10-01", "国务院", "国务院令第387号")
    assert p.history[0] == "2003年7月30日 国务院第16次常务会议通过"


# --- history (the date grammar itself: tests/test_date_grammar.py) ------------------------------------

HISTORY_CASES = [
    # 通过 / 公布 / 施行 on separate lines: version = 公布, effective = 施行, issuer and order number
    (["2003年7月30日 国务院第16次常务会议通过", "2003年8月8日 中华人民共和国国务院令第387号公布", "2003年10月1日 施行"],
     ("2003-08-08", "2003-10-01", "国务院", "国务院令第387号")),
    # amendments: the LAST 修订 is the version; the newest order number wins; stray "）"
    (["2003年8月8日 中华人民共和国国务院令第387号公布",
      "2024年12月6日 《国务院关于修改和废止部分行政法规的决定》第一次修订",
      "2025年4月6日 中华人民共和国国务院令第804号第二次修订）"],
     ("2025-04-06", None, "国务院", "国务院令第804号")),
    # two events on one line joined by 根据 (宁波)
    (["2004年3月30日 宁波市第十二届人民代表大会常务委员会第九次会议通过",
      "2010年7月30日 浙江省第十一届人民代表大会常务委员会第十九次会议批准的《宁波市人民代表大会常务委员会关于修改"
      "〈宁波市台湾同胞投资保障条例〉的决定》第一次修正根据2020年3月10日宁波市第十五届人民代表大会常务委员会第二十八次会议通过"],
     ("2020-03-10", None, "宁波市人民代表大会常务委员会", None)),
    # a date broken over two lines (山东)
    (["2014年9月26", "日山东省第十二届人民代表大会常务委员会第十次会议批准"], ("2014-09-26", None, None, None)),
    # "发布之日施行": effective on the publication date
    (["1992年7月25日 交通部发布", "发布之日施行"], ("1992-07-25", "1992-07-25", "交通部", None)),
    # bracketed document number, half-width brackets normalised
    (["劳社部发[2008]3号"], (None, None, None, "劳社部发〔2008〕3号")),
    # judicial interpretation: SPC committee meeting, 法释 number
    (["2021年1月26日 最高人民法院审判委员会第1830次会议通过", "法释〔2021〕1号", "2021年3月1日 施行"],
     ("2021-01-26", "2021-03-01", "最高人民法院", "法释〔2021〕1号")),
    # a parenthesised note as in plain texts, "自…起施行"
    (["（2019年4月23日第十三届全国人民代表大会常务委员会第十次会议通过，自2021年1月1日起施行）"],
     ("2019-04-23", "2021-01-01", "全国人民代表大会常务委员会", None)),
    # nothing usable
    ([], (None, None, None, None)),
]


@pytest.mark.parametrize("lines,expected", HISTORY_CASES)
def test_parse_history(lines, expected):
    h = parse_history(lines)
    assert (h.version_date, h.effective_date, h.issuer, h.doc_number) == expected


def test_date_inside_a_title_is_not_an_event():
    h = parse_history(["2010年1月1日 《关于2009年12月1日事项的决定》修正"])
    assert [e.date for e in h.events] == ["2010-01-01"]


def test_doc_number_ignores_the_date_before_it():
    assert doc_number_in("2000年10月20日深圳市人民政府令第94号公布") == "深圳市人民政府令第94号"


# --- robustness -----------------------------------------------------------------------------------

# Random input: tests/test_properties.py (hypothesis).


@pytest.mark.parametrize("text", ["", "\n\n", "\ufeff", "<!-- INFO END -->", "# 只有标题", "第条", "第〇条 零",
                                  "目录\n第一章", "一、", "##", "\r\n第一条\r\n正文"])
def test_degenerate_inputs(text):
    parse_statute_text(text)
