"""Fuzzy clause search on the real default corpus: restatements are found, non-restatements are not."""

from __future__ import annotations

import pytest

from statutes.search import SearchCache, clause_kind, fts_query, is_match, runs_covered, search


@pytest.mark.parametrize("query, law, article", [
    # verbatim
    ("除本法第十四条、第十五条规定的外，其他规范性文件一律不得设定行政许可。", "中华人民共和国行政许可法", 17),
    # localised subject: 本法 -> 本办法
    ("除本办法第十四条、第十五条规定的外，其他规范性文件一律不得设定行政许可", "中华人民共和国行政许可法", 17),
    # time limit altered (二十日 -> 三十日) and a sentence dropped
    ("行政机关应当自受理行政许可申请之日起三十日内作出行政许可决定。", "中华人民共和国行政许可法", 42),
    # modal swap 应当 -> 须, truncation to one sentence
    ("行政机关实施行政处罚时，须责令当事人改正或者限期改正违法行为。", "中华人民共和国行政处罚法", 28),
    # inserted local phrase
    ("在本市行政区域内，行政机关及其工作人员办理行政许可，不得索取或者收受申请人的财物，不得谋取其他利益。",
     "中华人民共和国行政许可法", 27),
    # typo and punctuation change
    ("除法律,法规、规张外.其它规范性文件不得设定行政处罚", "中华人民共和国行政处罚法", 16),
    # the middle of the article left out (两句之间的 应当制作撤销决定书…撤销决定应当在报纸上公告): no window aligns,
    # the runs before and after the gap do (a 行政法规)
    ("中国人民银行决定撤销金融机构，并在被撤销的金融机构的营业场所张贴。", "金融机构撤销条例", 6),
    # the same in a 司法解释: its first words and its last, 公诉人…不得超过两次 left out
    ("法庭宣布延期审理后，每次不得超过一个月。", "人民检察院刑事诉讼规则", 421),
])
def test_restatements_are_found(corpus, query, law, article):
    top = search(corpus, query, k=3)
    assert (top[0].law, top[0].article) == (law, article)
    assert is_match(top[0], query)


@pytest.mark.parametrize("query", [
    "办公室每周一上午召开工作例会，各科室负责人参加，会议由局长主持。",       # internal procedure
    "对新引进的规模以上工业企业，给予一次性奖励50万元。",                   # subsidy amount
    "乙方应于本合同签订之日起10个工作日内向甲方支付首期款项人民币200万元。",  # contract term
    "本办法自2025年3月1日起施行，有效期五年。",                             # boilerplate
    "本办法由市住房和城乡建设局负责解释。",                                  # boilerplate
    # shares runs with articles (自收到…之日起, 个工作日内) but restates none of them
    "申请人应当自收到补正通知之日起五个工作日内到街道办事处窗口提交全部材料。",
])
def test_non_restatements_do_not_match(corpus, query):
    top = search(corpus, query, k=1)
    assert not is_match(top[0] if top else None, query)


@pytest.mark.parametrize("text, kind", [
    ("本办法自2024年1月1日起施行。", "boilerplate"),
    ("第三十条 本规定自发布之日起实施，有效期5年。", "boilerplate"),
    ("本实施细则由县教育局负责解释。", "boilerplate"),
    ("此前本市有关规定与本办法不一致的，以本办法为准。", "boilerplate"),
    ("（四）法律、法规规定禁止出租的其他情形。", "boilerplate"),           # a catch-all item restates nothing
    ("（五）法律、法规、规章规定的其他禁止行为。", "boilerplate"),
    ("行政机关应当自受理申请之日起二十日内作出决定。", "substantive"),
    ("本办法所称公共租赁住房，是指限定建设标准和租金水平的保障性住房。", "substantive"),
])
def test_clause_kind(text, kind):
    assert clause_kind(text) == kind


@pytest.mark.parametrize("query", ['"社会-抚养费" NOT', "AND OR NOT NEAR(", '""""', "*^-", "'; DROP TABLE works; --",
                                   "生育", "许可", "a", ""])
def test_hostile_and_short_queries_do_not_crash(corpus, query):
    hits = search(corpus, query, k=3)
    assert all(h.score is not None for h in hits)


def test_short_terms_fall_back_to_substring(corpus):
    hits = search(corpus, "生育", k=5)
    assert hits and all("生育" in h.text for h in hits)
    assert not is_match(hits[0], "生育")          # a search term is not a restated clause


def test_fts_query_quotes_every_term():
    assert fts_query(['社会-', '"抚']) == '"社会-" OR """抚"'


def test_as_of_uses_the_version_then_in_force(corpus):
    # 环境保护法 was current until 生态环境法典 took effect on 2026-08-15; both are in the corpus
    q = "企业事业单位和其他生产经营者应当防止、减少环境污染和生态破坏，对所造成的损害依法承担责任。"
    old = search(corpus, q, k=1, as_of="2020-01-01")
    assert old and old[0].law == "中华人民共和国环境保护法"


def test_level_filter(corpus):
    assert search(corpus, "其他规范性文件不得设定行政处罚", k=3, levels=["宪法"]) == [] or \
        all(h.level == "宪法" for h in search(corpus, "其他规范性文件不得设定行政处罚", k=3, levels=["宪法"]))


def test_region_filter_keeps_local_instruments_of_that_region_only(tmp_path):
    from statutes.model import ParsedStatute
    from statutes.store import Store
    from statutes.units import article_units

    store = Store(tmp_path / "c.db")
    text = "电信业务经营者收集、使用电信用户个人信息，应当遵循合法、正当、必要的原则。"
    with store.transaction():
        for region in ("河南", "广东"):
            store.add_statute(ParsedStatute(title=f"{region}省电信条例", units=tuple(article_units(1, 0, [text])),
                                            level="地方性法规", region=region), source="test")
        store._touch("test")
    assert {h.law for h in search(store, text, k=5)} == {"河南省电信条例", "广东省电信条例"}
    assert [h.law for h in search(store, text, k=5, region="广东")] == ["广东省电信条例"]
    assert search(store, text, k=5, region="") == []


REVIEW_QUERIES = [
    "除本办法第十四条、第十五条规定的外，其他规范性文件一律不得设定行政许可",
    "行政机关应当自受理行政许可申请之日起三十日内作出行政许可决定。",
    "第十二条　申请人应当自收到补正通知之日起五个工作日内到街道办事处窗口提交全部材料。",
    "企业事业单位和其他生产经营者应当防止、减少环境污染和生态破坏，对所造成的损害依法承担责任。",
    "电信业务经营者收集、使用电信用户个人信息，应当遵循合法、正当、必要的原则。",
    "行政机关应当自受理行政许可申请之日起三十日内作出行政许可决定。",       # again: from the cache
    "生育", '"社会-抚养费" NOT', "",
]


@pytest.mark.parametrize("kw", [
    {"as_of": "2026-12-02", "in_force": False, "region": "",
     "levels": ("宪法", "法律", "行政法规", "监察法规", "部门规章", "地方性法规", "地方政府规章")},   # as a review asks
    {"as_of": "2020-01-01", "region": "广东"},
    {},
])
def test_a_review_cache_finds_what_the_store_finds(corpus, kw):
    """SearchCache (trigram statistics, articles and the versions in scope read once per review) changes nothing:
    the same provisions, in the same order, with the same scores."""
    cached = SearchCache(corpus)

    def shown(hits):
        return [(h.law, h.article, h.paragraph, h.text, h.score) for h in hits]

    for q in REVIEW_QUERIES:
        assert shown(search(cached, q, k=5, **kw)) == shown(search(corpus, q, k=5, **kw)), q
    assert any(search(cached, q, k=1, **kw) for q in REVIEW_QUERIES)


@pytest.mark.parametrize("query, article, at_least, below", [
    # one gap: two runs (9 + 8 of 17 characters), less one gap
    ("用人单位招聘人员时不得实施就业歧视", "用人单位招聘人员时应当向求职者提供平等的就业机会和公平的就业条件不得实施就业歧视", 96, 98),
    # the same characters scattered (runs under four characters) count for nothing
    ("人员单位时招聘", "用人单位招聘人员时", 0, 0.1),
    # a run of three (之日起) is chance, not a restatement
    ("自收到之日起", "自批准之日起", 0, 0.1),
    ("", "任何条文", 0, 0.1),
])
def test_runs_covered(query, article, at_least, below):
    assert at_least <= runs_covered(query, article) < below
