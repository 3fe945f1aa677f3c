"""Upper-law round 27, upper27 (bench/README.md, "Round 27 — upper27"): three readings that let a found article's
real alteration through.

* a bar's period (N年内不得担任/申请) is one length, not a ceiling: 三年内 against the law's 5年内 is shortened, not within;
* a least period written ……以上 and followed at once by 的 (怀孕7个月以上的女职工) defines whom the rule covers — a
  threshold, not a floor (不少于6个月的对比观测 stays a floor);
* among equally good hits, another law's article holding two fewer of the clause's matter pairs is on another
  matter (review.engine.off_matter): 客运经营 restates 道路运输条例 第十条, not a 水路 article with the same figure;
* the party a short title regulates (校车 of 校车安全管理条例), named as the bearer of the clause's norm, makes the best
  hit the clause's own law (review.engine.names_regulated_party).

Articles as read in the corpus (/tmp/c3.db, 2026-12-05): 护士条例 第三十二条, 印刷业管理条例 第四十五条, 企业国有资产
监督管理暂行条例 第三十九条, 女职工劳动保护特别规定 第六条, 道路运输条例 第十条, 国内水路运输管理条例 第八条,
校车安全管理条例 第二十三条."""

from __future__ import annotations

import pytest

from review.compare import compare
from review.engine import names_regulated_party
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

RULES = load_packs()
NURSE = "护士被吊销执业证书的，自执业证书被吊销之日起2年内不得申请执业注册。"
PREGNANT = "对怀孕7个月以上的女职工，用人单位不得延长劳动时间或者安排夜班劳动，并应当在劳动时间内安排一定的休息时间。"
WEATHER = "迁移气象台站的，应当按照国家有关技术规定，在新址与旧址之间进行至少1年的对比观测。"


def _time_limits(clause: str, upper: str) -> list[tuple[str, str]]:
    return [(c.severity, c.message) for c in compare(clause, upper).changes if c.kind == "time_limit"]


@pytest.mark.parametrize("clause, upper, severity, words", [
    # a bar shortened (2年内 → 1年内 不得申请): below the law's, not within it
    (NURSE.replace("2年内", "1年内"), NURSE, "warning", "缩短为"),
    # a bar lengthened stays past the law's
    (NURSE.replace("2年内", "3年内"), NURSE, "error", "延长为"),
    # S novel_ax: 5年内 → 三年内 不得担任
    ("对企业国有资产损失负有责任受到撤职以上纪律处分的市属国有企业负责人，三年内不得担任任何国有及国有控股企业的企业负责人。",
     "对企业国有资产损失负有责任受到撤职以上纪律处分的国有及国有控股企业的企业负责人，5年内不得担任任何国有及国有控股企业的企业负责人；",
     "warning", "缩短为"),
    # T novel_ba: 怀孕8个月以上的女职工 — the protected women narrowed
    ("对怀孕8个月以上的女职工，用人单位不得延长劳动时间或者安排夜班劳动。", PREGNANT, "warning", "提高了上位法规定的条件"),
    # S novel_ax: 不少于6个月的对比观测 is a floor lowered, as before
    ("迁移气象台站的，应当按照国家有关技术规定，在新址与旧址之间进行不少于6个月的对比观测。", WEATHER, "warning",
     "低于上位法规定的最低期限"),
])
def test_period_graded(clause, upper, severity, words):
    found = _time_limits(clause, upper)
    assert len(found) == 1 and found[0][0] == severity and words in found[0][1], found


@pytest.mark.parametrize("clause, upper", [
    # the article's bar and threshold kept: no change
    (NURSE, NURSE),
    ("对怀孕7个月以上的女职工，用人单位不得延长劳动时间或者安排夜班劳动。", PREGNANT),
])
def test_period_kept(clause, upper):
    assert _time_limits(clause, upper) == []


@pytest.mark.parametrize("text, law, named", [
    # the bearer of the norm is the thing the short title regulates
    ("校车驾驶人应当年满30周岁、不超过55周岁，具有5年以上相应准驾车型驾驶经历。", "校车安全管理条例", True),
    # a public body's name holding the pair is no regulated party (县城市管理局)
    ("县娱乐场所管理办公室应当每年检查一次。", "娱乐场所管理条例", False),
    ("娱乐场所的经营单位应当在每日凌晨2时前停止营业。", "娱乐场所管理条例", True),
    # the pair only after the modal verb: the object, not the bearer
    ("学校应当配备校车。", "校车安全管理条例", False),
    # a long title core is same_subject's (two pairs), not this reading's
    ("医疗机构应当参加调解。", "医疗纠纷预防和处理条例", False),
    # a law of every field
    ("行政机关应当告知当事人。", "中华人民共和国行政处罚法", False),
])
def test_names_regulated_party(text, law, named):
    assert names_regulated_party(text, law) is named


@pytest.mark.parametrize("case", [
    # T novel_ba: tied at 80 with two 国内水路运输管理条例 articles holding the same 30个工作日; 客运经营 is 第十条's
    {"category": "upper-law", "polarity": "positive",
     "text": "县交通运输局应当自受理客运经营申请之日起30个工作日内作出许可或者不予许可的决定。"},
    # U novel_bb: 校车驾驶人, best hit 42, read as the clause's own law
    {"category": "upper-law", "polarity": "positive",
     "text": "校车驾驶人应当年满30周岁、不超过55周岁，具有5年以上相应准驾车型驾驶经历。"},
    # the article's 20日 kept: nothing
    {"category": "upper-law", "polarity": "negative",
     "text": "县交通运输局应当自受理客运经营申请之日起20日内作出许可或者不予许可的决定。"},
])
def test_restated_article_found(corpus, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in fixture_cases("upper27.toml")])
def test_upper27_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
