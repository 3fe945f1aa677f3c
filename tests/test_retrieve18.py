"""Upper-law round 18, retrieve18: the governing article found for a clause a county drafter wrote around the norm,
and the look-alikes that must stay quiet. What was built (bench/README.md, "Round 18 — retrieve18"):

* the norm searched as well as the clause (review.engine.norm_text, in search_read_as_roles): without the purpose
  phrase it opens with (为切实保障……，) — not a circumstance of the norm ending in 的 — and the county's own place words
  (在本县行政区域内, 我县);
* the best hit of a law whose subject the clause itself names (names_law_subject) is read from UPPER_VOTED_SCORE on
  the weak path, as a hit of a law the search agrees on is;
* against a law the clause names by its subject (the paraphrase path, review.subject_laws), a figure changed for
  what the article's figure is for is shown (same_figure_for: the same act or conduct fined, same_figure_use; a fine
  only against a fine, same_sanction: 考核费每人三百元 is no fine; a time limit only against a time limit, deadline:
  工作满5年 is no 10年 limit), unless another article the search found, of a law the clause names, says the clause's
  figure (figure_said_by: 减按百分之十五 is 企业所得税法 第二十八条's 15%); a hit read only through the named-subject
  floor shows a figure on the same terms.

Clauses in other words than tests/fixtures/rewordings/retrieve18.toml where possible; article texts as read in the
corpus."""

from __future__ import annotations

import pytest

from review.compare.model import Change
from review.engine import norm_text
from review.upper_changes import deadline, same_sanction


# ---------------------------------------------------------------- the norm a search should find the article by


@pytest.mark.parametrize("text, norm", [
    # a purpose phrase the clause opens with goes
    ("为切实保障人民群众生命财产安全，在地质灾害危险区内爆破、削坡的，由县自然资源局责令停止违法行为。",
     "在地质灾害危险区内爆破、削坡的，由县自然资源局责令停止违法行为。"),
    ("为进一步优化营商环境，实施房屋征收的，被征收人可以先行搬迁，补偿款于搬迁后三个月内支付。",
     "实施房屋征收的，被征收人可以先行搬迁，补偿款于搬迁后三个月内支付。"),
    # the county's own place words go
    ("在本县行政区域内从事燃气经营活动的单位，应当依法取得燃气经营许可证。",
     "从事燃气经营活动的单位，应当依法取得燃气经营许可证。"),
    ("我县中小学校周围二百米范围内不得设立互联网上网服务营业场所。",
     "中小学校周围二百米范围内不得设立互联网上网服务营业场所。"),
    # a circumstance of the norm ending in 的/后/时 is the article's own words: kept
    ("为保障矿井施工安全必须进行临时应急取（排）水的，取（排）水单位应当于结束后十五个工作日内备案。",
     "为保障矿井施工安全必须进行临时应急取（排）水的，取（排）水单位应当于结束后十五个工作日内备案。"),
    # a body of the county (本县人民政府, 本市政府) is no place word
    ("本县人民政府应当将地质灾害防治经费列入本级财政预算。", "本县人民政府应当将地质灾害防治经费列入本级财政预算。"),
    # too little left: the clause itself
    ("为加强管理，本县实行登记制度。", "为加强管理，本县实行登记制度。"),
])
def test_the_norm_is_the_clause_without_purpose_and_place_words(text, norm):
    assert norm_text(text) == norm


# ---------------------------------------------------------------- a fine only against a fine


def _amount(clause: str, c_span: str, upper: str, u_span: str) -> Change:
    return Change(kind="amount", severity="error", message="", clause_span=c_span, upper_span=u_span,
                  clause_start=clause.find(c_span), upper_start=upper.find(u_span))


SAFETY_94 = ("生产经营单位的主要负责人未履行本法规定的安全生产管理职责的，责令限期改正，处二万元以上五万元以下的罚款；"
             "逾期未改正的，处五万元以上十万元以下的罚款，责令生产经营单位停产停业整顿。")


def test_a_fee_is_no_fine():
    clause = "主要负责人安全生产知识和管理能力考核，由县应急管理局组织，考核费每人三百元。"
    assert not same_sanction(clause, SAFETY_94, _amount(clause, "三百元", SAFETY_94, "二万元"))


def test_a_fine_is_set_against_a_fine():
    clause = "主要负责人未履行安全生产管理职责的，由县应急管理局责令限期改正，处十万元罚款。"
    assert same_sanction(clause, SAFETY_94, _amount(clause, "十万元", SAFETY_94, "二万元"))


@pytest.mark.parametrize("text, span, is_deadline", [
    ("县住房和城乡建设局应当自收到材料之日起二十日内提出意见。", "二十日", True),     # 二十日内
    ("应当在陈列展览开始之日十个工作日前备案。", "十个工作日", True),               # 十个工作日前
    ("申请人在本市工作满5年，申请时在同一用人单位工作满1年。", "5年", False),       # a length reached
    ("暂住三日以上的，应当申报暂住登记。", "三日以上", False),
])
def test_a_time_limit_is_a_time_within_which(text, span, is_deadline):
    assert deadline(text, text.find(span), span) is is_deadline


# ---------------------------------------------------------------- the whole upper-law search (the shipped corpus)


@pytest.mark.parametrize("text, law, article, said", [
    # the purpose phrase hid the article from the search (found by the norm)
    ("为进一步优化营商环境，实施房屋征收的，被征收人可以先行搬迁，补偿款于搬迁后三个月内支付。",
     "国有土地上房屋征收与补偿条例", "第二十七条", "先行搬迁"),
    # a fine of a law the clause names by its subject (民用建筑节能), for the conduct the article fines
    ("工程监理单位未按照民用建筑节能强制性标准实施监理的，由县住房和城乡建设局责令限期改正；逾期未改正的，"
     "处五十万元罚款。", "民用建筑节能条例", "第四十二条", "五十万元"),
    # a time limit of a law the clause names (大型群众性活动), for the article's act
    ("对在县体育馆举办的大型群众性活动，县公安局应当自受理安全许可申请之日起二十日内进行审查并作出许可决定。",
     "大型群众性活动安全管理条例", "第十四条", "二十日"),
])
def test_an_alteration_is_found_and_reported(corpus, text, law, article, said):
    from tests.upper_helpers import upper_findings

    found = [f for f in upper_findings(corpus, text) if f.rule == "UPPER-ALTERED"]
    assert found and law in found[0].upper.law and found[0].upper.article_label == article
    assert said in found[0].problem


@pytest.mark.parametrize("text", [
    # faithful restatements with a purpose phrase and the county's bodies
    "为保护我县历史文化风貌，在历史建筑上刻划、涂污的，由县自然资源局责令恢复原状或者采取其他补救措施，处五十元的罚款。",
    "为防范地质灾害风险，在县人民政府划定的地质灾害危险区内，禁止爆破、削坡、进行工程建设以及从事其他可能引发地质灾害的活动。",
    # a range within the article's
    "为推进建筑节能，工程监理单位未按照民用建筑节能强制性标准实施监理的，由县住房和城乡建设局责令限期改正；"
    "逾期未改正的，处十万元以上二十万元以下罚款。",
    # a shorter time limit the organ commits to
    "县公安局对大型群众性活动安全许可申请，承诺自受理之日起五日内作出准予或者不予许可的决定。",
    # the figure of another article of a law the clause names (企业所得税法 第二十八条's 15%, not 实施条例 第九十一条's 10%)
    "对本县经认定的高新技术企业，按照国家规定减按百分之十五的税率征收企业所得税。",
])
def test_look_alikes_get_no_upper_law_finding(corpus, text):
    from tests.upper_helpers import upper_findings

    assert upper_findings(corpus, text) == []


def test_a_fee_gets_no_fine_finding(corpus):
    from tests.upper_helpers import upper_findings

    text = "危险化学品生产单位主要负责人的安全生产知识和管理能力考核，由县应急管理局组织，考核费每人二百元。"
    assert not [f for f in upper_findings(corpus, text) if "罚款" in f.problem]
