"""Round 24 (lead24, issue 8 look-alike precision): a measure's words standing inside a duty or a prohibition laid on
the administration itself are not a measure laid —

* the aim of a forbidden means (不得以停水停电等方式，迫使当事人缴纳费用): the purpose phrase is forbidden with it;
* a record or list a person may not be put on (不得将申请行为记入不良信用记录): a burden act a prohibition lifts;
* a measure kept to the person it falls on (仅适用于本人，不得及于其配偶、子女): a negated restriction;
* a seized thing named by its measure, whatever the thing (对查封、扣押的医疗器械，应当妥善保管): read by the noun's ending;
* the measure as the topic of the duties that bind whoever takes it (实施查封、扣押等措施，应当在赋权清单范围内进行),
  not where a case it answers or a leave stands before it (对拒不整改的，……实施查封; 可以实施扣押);
* the receipt of a fine (罚款缴纳凭证) demanded as proof of payment;
* the data subject's consent before the holder discloses his information (未经本人同意不得向第三方提供): no licence;
* a filing used as a pretext forbidden (不得以备案、登记等名义设置准入条件): no filing waived;
* the 2021 law's support to families with more children (生育二孩、三孩的，可以申请调换较大户型, 人口与计划生育法 第二十七条).
Each shape is tested on clauses written in other words (tests/fixtures/rewordings/lead24.toml), with problem twins of
the same surface that stay flagged.
"""

import pytest

from review.norms.analyse import named_measure
from review.norms.lexicon import default_lexicon
from review.norms.relief import reliefs
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("lead24.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_lead24_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("sentence, word, named", [
    # a thing that has undergone the measure, by its noun's ending
    ("对查封、扣押的医疗器械和场所，执法部门应当妥善保管。", "扣押", True),
    ("扣押的原材料应当登记造册。", "扣押", True),
    # the amount of a measure is not a thing (罚款的金额为五百元 fixes the measure's amount)
    ("罚款的金额为五百元。", "罚款", False),
    # the measure as the topic of its taker's duties
    ("镇综合行政执法办公室实施查封、扣押等行政强制措施，应当在赋权清单范围内进行。", "查封", True),
    ("镇综合行政执法办公室实施查封、扣押等行政强制措施，应当在赋权清单范围内进行。", "扣押", True),
    # … not a leave to take it, nor the answer to a case
    ("执法人员可以实施查封、扣押，应当出具清单。", "查封", False),
    ("对拒不整改的，城管执法人员实施查封、扣押，应当当场交付清单。", "查封", False),
    # the receipt of a fine
    ("申请信用修复的，应当提交罚款缴纳凭证。", "罚款", True),
])
def test_measure_named_not_laid(sentence, word, named):
    a = sentence.index(word)
    assert named_measure(sentence, a, a + len(word)) is named


@pytest.mark.parametrize("sentence, form", [
    ("行政机关不得对居民生活采取停止供水、供电等方式，迫使当事人缴纳生活垃圾处理费。", "protective"),
    ("不得将申请行为记入个人不良信用记录。", "protective"),
    ("惩戒措施仅适用于违法行为人本人，不得及于其配偶、子女等家庭成员。", "negated"),
])
def test_relief_read(sentence, form):
    found = reliefs(default_lexicon(), sentence)
    assert any(r.form == form for r in found), found
    if form == "protective" and "迫使" in sentence:     # the purpose phrase is inside the relief
        assert any(r.end >= sentence.index("处理费") for r in found)


@pytest.mark.parametrize("sentence", [
    # a prohibition of the addressee's own act is a restriction, no relief
    "被列入失信名单的个人不得参加评先评优。",
    "经营户不得拒绝执法人员检查。",
])
def test_no_relief(sentence):
    assert not [r for r in reliefs(default_lexicon(), sentence) if r.form == "protective"]


@pytest.mark.parametrize("case", [
    # read after round 24's final measurement (set M, tuned): the procurement policy for small firms is no price set and
    # no ownership bar (政府采购法 第九条) ...
    {"category": "fair-competition", "polarity": "negative",
     "text": "学生餐配送服务采购应当落实政府采购支持中小企业发展的政策，对符合条件的小微企业报价给予价格扣除优惠。"},
    {"category": "fair-competition", "polarity": "negative",
     "text": "政府采购寄递服务的，依照国家规定对中小企业给予价格评审优惠，不得对外地供应商设置差别性条件。"},
    # ... while an ownership bar and a government-owned firm's reservation stay flagged
    {"category": "fair-competition", "polarity": "positive",
     "text": "农村义务教育学生营养餐配送企业应当为注册资本不低于1000万元的国有控股企业。"},
    {"category": "fair-competition", "polarity": "positive", "text": "学生餐配送企业应当为政府投资控股的企业。"},
], ids=lambda c: c["text"][:12])
def test_small_firm_procurement_policy(corpus, case):
    check_clause(corpus, RULES, case)
