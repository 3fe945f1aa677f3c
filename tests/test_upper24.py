"""Upper-law round 24, upper24 (bench/README.md, "Round 24 — upper24"): the article a clause's time limit restates in
the clause's own words, found by the act the limit is for (review.figure_articles, review.engine._UpperReader.
by_figure_act); a lead time before a written notice (以书面形式通知) protects the notified party; a sentence's topic
named as people by how its noun ends bears its time limit as a party (review.compare.roles.person_topic); a length
reached that defines a case (戒断3年未复吸的人员) is a qualifying period (review.compare.time_limits.reached).

Article texts as read in the corpus (/tmp/c3.db, 2026-12-05)."""

from __future__ import annotations

import pytest

from review.compare import compare
from review.compare.roles import person_topic
from review.figure_articles import limit_use, within_limit

MASS_EVENTS_14 = ("公安机关对大型群众性活动的安全许可申请，应当自受理之日起7日内进行审查，对活动场所进行查验，对符合安全条件的，"
                  "做出准予许可的决定；对不符合安全条件的，做出不予许可的决定，并书面说明理由。")
LABOUR_CONTRACT_40 = ("有下列情形之一的，用人单位提前三十日以书面形式通知劳动者本人或者额外支付劳动者一个月工资后，可以解除劳动合同：\n"
                      "（二）劳动者不能胜任工作，经过培训或者调整工作岗位，仍不能胜任工作的；")
DRUGS_7 = "戒毒人员在入学、就业、享受社会保障等方面不受歧视。\n对戒毒人员戒毒的个人信息应当依法予以保密。对戒断3年未复吸的人员，不再实行动态管控。"
VETERANS_51 = ("以逐月领取退役金、安排工作、供养方式安置的退役军士和以安排工作、供养方式安置的退役义务兵，应当按照规定时间到安置地"
               "人民政府退役军人工作主管部门报到；自主就业的退役军士和义务兵，应当自被批准退出现役之日起30日内，到安置地人民政府"
               "退役军人工作主管部门报到。无正当理由不按照规定时间报到超过30日的，视为放弃安置待遇。")


@pytest.mark.parametrize("text, span, expected", [
    ("应当自受理之日起二十日内作出行政许可决定", "二十日内", True),          # a deadline
    ("付款期限自交付之日起最长不超过90日", "不超过90日", True),              # a cap
    ("应当于届满三十日前提出申请", "三十日", True),                         # a lead time (……前)
    ("戒断满5年未复吸的，方可解除动态管控", "5年", False),                   # a length reached
    ("在本县连续居住半年以上的", "半年以上", False),                        # a qualifying period
])
def test_a_limit_bounds_when_something_is_done(text, span, expected):
    assert within_limit(text, text.index(span), span) is expected


def test_measure_words_name_no_act():
    # 歇业期限最长不超过一年 and 延长的期限最长不得超过20个工作日 share only the words of the measure
    a = "歇业期限最长不超过一年。"
    b = "延长的期限最长不得超过20个工作日。"
    assert not limit_use(a, a.index("不超过一年"), a.index("。")) & limit_use(b, b.index("不得超过20"), b.index("。"))


@pytest.mark.parametrize("topic, person", [
    ("自主就业的退役军士和义务兵，", "自主就业的退役军士和义务兵"),     # people named by how the noun ends
    ("自主就业的退役士兵", "自主就业的退役士兵"),
    ("社区戒毒人员", "社区戒毒人员"),
    ("执法人员", ""),                                              # a body's own staff
    ("发生事故的，", ""),                                           # a case, not a topic
    ("县退役军人事务局", ""),                                       # a body
])
def test_a_topic_named_as_people(topic, person):
    assert person_topic(topic) == person


@pytest.mark.parametrize("clause, upper, message", [
    # a lead time before a written notice protects the notified party: shortened, the worker loses notice
    ("劳动者不能胜任工作，经过培训仍不能胜任的，用人单位提前七日书面通知劳动者本人后，可以解除劳动合同。", LABOUR_CONTRACT_40,
     "提前通知的期限由“提前三十日”缩短为“提前七日”"),
    # the veterans' own limit to report (a party's duty), not an organ's: shortened, a warning
    ("自主就业的退役士兵应当自被批准退出现役之日起15日内到县退役军人事务局报到，逾期未报到的，视为放弃安置待遇。", VETERANS_51,
     "当事人的期限由“30日内”缩短为“15日内”"),
    # the organ's limit for the same act in other words (完成审查 / 进行审查): lengthened, an error
    ("公安机关对受理的大型群众性活动安全许可申请，应当自受理之日起20个工作日内完成审查并作出决定。", MASS_EVENTS_14,
     "行政机关的办理期限由“7日内”延长为“20个工作日内”"),
    # a length reached that defines a case (戒断3年未复吸的人员): a longer one asks more of the party before relief …
    ("社区戒毒、社区康复人员期满后戒断满5年未复吸的，方可解除动态管控。", DRUGS_7, "所需的期间由“3年”提高为“5年”"),
    # … a shorter one is lenient (info)
    ("社区戒毒、社区康复人员戒断满2年未复吸的，不再实行动态管控。", DRUGS_7, "所需的期间由“3年”降低为“2年”，宽于上位法规定"),
])
def test_whose_limit_and_which_kind(clause, upper, message):
    found = [c.message for c in compare(clause, upper).changes if c.kind == "time_limit"]
    assert any(message in m for m in found), found


# -- the engine on whole clauses ---------------------------------------------------------------------------------
from review.rules import load_packs  # noqa: E402

from tests.new_clauses import check_clause, clause_param, fixture_cases, findings_on_article  # noqa: E402

RULES = load_packs()
CASES = fixture_cases("upper24.toml")


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_upper24_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


def _upper(corpus, text: str) -> list[str]:
    return [f.problem for f in findings_on_article(corpus, RULES, text)
            if "upper-law" in (f.detail.get("categories") or [f.category])]


@pytest.mark.parametrize("text, article", [
    # the search finds the 条例's 第十一条 and 第十五条; the article of the limit is found by the act (审查……决定)
    ("公安机关对受理的大型群众性活动安全许可申请，应当自受理之日起20个工作日内完成审查并作出决定。", "大型群众性活动安全管理条例》第十四条"),
    # 建筑法 第八条 ranks 5th under 放射性同位素……条例's 20个工作日内完成审查; 颁发施工许可证 is its act — but a sector law
    # is read only where the search agrees on it or the clause names its subject (precision on the real documents)
    pytest.param("县住房和城乡建设局对申请领取施工许可证的，应当自受理之日起十五个工作日内完成审查，对符合条件的颁发施工许可证。",
                 "建筑法》第八条", marks=pytest.mark.xfail(strict=True, reason="建筑法 neither the best hit's law nor named")),
    # a procedure law's limit for the act named after the clause's (申请行政复议), not 反间谍法's 六十日内……申请复议
    ("申请人对县民政局作出的不予认定特困人员决定不服的，可以自收到决定书之日起三十日内向县人民政府申请行政复议。", "行政复议法》第二十条"),
    # both limits of 行政许可法 第四十二条 in other words (作出决定, 再延长), 法律、法规另有规定 no leave for a county
    ("县级各审批部门应当自受理行政许可申请之日起三十个工作日内作出决定；情况复杂的，经分管县领导批准，可以再延长十五个工作日。",
     "行政许可法》第四十二条"),
    # a cap on a period (最长不超过90日) against the article's 30日内 (the 条例 ranks 3rd, its subject unnamed)
    pytest.param("机关、事业单位采购预拌混凝土的，付款期限自交付之日起最长不超过90日。", "保障中小企业款项支付条例》第九条",
                 marks=pytest.mark.xfail(strict=True, reason="the 条例 neither the best hit's law nor named")),
])
def test_a_limit_is_found_by_its_act(corpus, text, article):
    found = _upper(corpus, text)
    # (the article named either way: 复述《X》第N条 / 所涉事项属《X》调整，对应其第N条 — round 35: the 大型群众性活动 limit is
    # now read by the paraphrase path, which names the law first, before by_figure_act)
    assert any(article in p.replace("》调整，对应其", "》") for p in found), found


@pytest.mark.parametrize("text", [
    # 歇业期限 and 政府信息公开条例's 延长的期限 share only the measure's words (P, pool_p3): no article of a limit
    "市场主体因经营困难需要歇业的，要提前三十日向县市场监督管理局提出申请，经审核同意后方可歇业，歇业期限最长不超过一年。",
    # a shorter limit for the body to act is lawful (政府信息公开条例 第三十三条's 20个工作日)
    "县人民政府各部门收到政府信息公开申请，不能当场答复的，应当自收到申请之日起15个工作日内予以答复。",
    # a county may ask its own departments for a faster decision (行政许可法 第四十二条's 二十日)
    "县行政审批局应当自受理行政许可申请之日起十五日内作出行政许可决定。",
])
def test_no_limit_finding_on_another_act_or_a_shorter_limit(corpus, text):
    assert not [p for p in _upper(corpus, text) if "期限" in p], _upper(corpus, text)


def _by_figure_act(corpus, text: str):
    """What review.engine._UpperReader.by_figure_act alone finds for ``text`` (as 第二条 of a county draft)."""
    from review.clauses import Clause
    from review.engine import UPPER_LEVELS, UPPER_SEARCH_K, ReviewOptions, _UpperReader, search_read_as_roles
    from statutes.search import search

    reader = _UpperReader(corpus, ReviewOptions(as_of="2026-12-01", kind="normative"), text)
    reader.searched[text] = search_read_as_roles(
        lambda t: search(reader.corpus, t, k=UPPER_SEARCH_K, as_of="2026-12-01", levels=UPPER_LEVELS, in_force=False,
                         region=""), text)
    clause = Clause(index=1, label="第二条", text=text, start=0, end=len(text), paragraph=0, header="", heading="")
    return reader.by_figure_act(clause, text)


def test_no_limit_where_the_article_leaves_it_to_local_government(corpus):
    # D110, D111 (real documents): 居住证暂行条例 第九条 lets a 设区的市 lengthen its 15日 (最长不得超过30日), in another
    # 款 than the one the clause restates: 十五个工作日 is no limit changed against it
    assert _by_figure_act(corpus, "符合条件的，公安机关应当自受理之日起十五个工作日内发放居住证。") is None
