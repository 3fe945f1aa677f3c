"""Round 24 (issue 8): the fee category as one norm reading (review/norms/charge.py) — money flows from a private
party to a public or designated body, under whatever name (…费, …金, …款, …资金, …开支, …支出, …成本, …存款, or a
base and a rate), on an administrative act or a condition, and no law provides it.

Rows are real inputs: clauses of tests/fixtures/rewordings/fee24.toml (written before the reading, in sectors no set
used), a few dev-set shapes the round-23 readings missed, and lawful look-alikes of the same surface.
"""

from __future__ import annotations

import pytest

from review.match import match_text
from review.norms.burden import burdens
from review.norms.charge import charges
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CHARGED = [
    # (sentence, the words the burden stands on)
    # shifted: a body's own cost borne by the applicant or the inspected
    ("行政执法机关实施现场检查的，检查人员的食宿、交通开支由被检查单位负担。", "开支由被检查单位负担"),
    ("建设项目环境影响报告书报送审批后，技术评估机构开展技术评估的开支由建设单位据实承担。", "开支由建设单位据实承担"),
    ("经批准临时占用城市道路施工的，施工单位应当承担交警部门现场疏导交通的人员加班开支。", "承担交警部门现场疏导交通的人员加班开支"),
    # … the payer after a time phrase (由承办者在活动前预付)
    ("举办大型群众性活动的，公安机关现场安全保卫警力开支按出勤人数计算，由承办者在活动前预付。", "由承办者在活动前预付"),
    # paid: a base and a rate, to a body by the ending of its name
    ("在本镇从事建材经营的商户，须按月营业额的千分之五向镇财政所交纳市场管理资金。", "向镇财政所交纳市场管理资金"),
    ("办理户外广告设置许可时，设置人须按广告牌面积每平方米五十元向县城市管理局交纳城市形象维护资金。", "交纳城市形象维护资金"),
    # … into an account, a levy fee.lawful's words of direction do not excuse (补偿款, 财政专户)
    ("采砂企业在取得采砂许可后，应当一次性向县财政专户缴纳河道修复补偿款，标准为每立方米砂石8元。", "缴纳河道修复补偿款"),
    # … a 存款 at a bank the bureau names; a deposit with no payee named
    ("机动车驾驶员培训机构办理备案的，须在县交通运输局指定银行存入教学质量风险存款二十万元。", "存入教学质量风险存款"),
    ("危险化学品、烟花爆竹等高危行业生产经营单位，应当按上年度营业收入的千分之二存储安全生产风险抵押金。", "存储安全生产风险抵押金"),
    # … to a village cooperative (社 before 交纳 is no 社交)
    ("村民申请宅基地建房审批的，应当先向村股份经济合作社交纳村庄规划建设配套款每平方米三十元。", "交纳村庄规划建设配套款"),
    # collected: a body collects at a trigger, the money after the verb or as the sentence's topic
    ("个体工商户报送年度报告时，由市场监督管理所一并代收个体劳动者协会会员会费每户一百元。", "代收个体劳动者协会会员会费"),
    ("申请查阅不动产登记资料的，由查询窗口按每次二十元收取资料调取成本。", "收取资料调取成本"),
    ("辖区旅行社的行业协会会费，由县文化和旅游局在年度检查时统一代收。", "代收"),
    # … not excused by the social insurance the trigger names (the money is a 工本开支, not a contribution)
    ("参保人员办理城乡居民养老保险关系转移接续的，由经办机构代收档案整理工本开支二十元。", "代收档案整理工本开支"),
    # deducted from a benefit
    ("领取最低生活保障金的家庭，由社区先行扣除其应分担的环境卫生整治款后，余额再予发放。", "扣除其应分担的环境卫生整治款"),
    ("被征收人领取过渡安置费时，由街道办事处先行扣留百分之十作为按期搬迁担保款，搬迁完毕后返还。", "扣留百分之十作为按期搬迁担保款"),
    # cash only
    ("参加政府投资项目投标的企业，应当以现金方式缴纳诚信保证金五万元，不接受银行保函。", "诚信保证金"),
    # priced: a service made a gate, its charge named with its sum
    ("报名参加职业技能等级认定的人员，须先参加县就业培训中心组织的考前辅导，辅导费每人800元，未参加辅导的不予报名。", "辅导费每人800元"),
]

LEVIED = [
    ("县域内规模以上工业企业每年应当按上年度利润总额的百分之一向县教育发展基金会捐资助学。", "捐资"),
    ("全县机关事业单位干部职工每人每年向县慈善总会捐赠不少于一日工资，由各单位财务部门统一从工资中代扣。", "捐赠"),
    ("入驻县电商产业园的企业，每年须在县融媒体中心投放不少于二万元的宣传推广服务。", "投放"),
]

LAWFUL = [
    # (sentence) — why it is lawful
    "排水户应当按照《城镇排水与污水处理条例》第三十二条的规定缴纳污水处理费。",                     # basis cited
    "不动产登记费按照国家价格主管部门和财政部门核定的标准收取。",                                 # the price authority's
    "施工总承包单位可以以银行保函方式存储农民工工资保证金，保函额度按照工程合同额的一定比例确定。",   # the allowed form
    "施工总承包单位按照有关规定存储农民工工资保证金，工资保证金可以用金融机构保函替代。",
    "现场核查和专家评审所需经费由县财政保障，不得向申请人收取任何费用。",                         # the budget pays
    "行政机关实施监督检查，不得要求被检查单位承担检查人员的食宿和交通开支。",                     # the shift barred
    "县审计局开展审计所需经费列入本级财政预算，被审计单位不承担审计开支。",                       # … negated
    "检验检测机构接受企业委托开展检验的，检验费用由双方按照委托合同约定支付。",                   # a civil price
    "经营者按照成交价格的百分之二向交易平台支付服务佣金，具体比例由双方在服务协议中约定。",
    "企业自愿向县慈善总会捐赠的，由县慈善总会开具公益事业捐赠票据。",                             # voluntary
    "县财政局对保障性住房建设专项资金，按照项目进度的百分之三十向项目单位预拨。",                 # paid out
    "代履行的费用按照成本合理确定，由当事人承担，依照《中华人民共和国行政强制法》第五十一条执行。",  # the law's own
    "因查封、扣押发生的保管费用由本局承担，不得向当事人收取。",
    "施工单位应当承担施工期间的安全防护费用。",                                                   # its own activity
    "对企业已缴纳的保证金，按照原缴纳标准及时予以退还。",                                         # a refund
]


@pytest.mark.parametrize("sentence, words", CHARGED)
def test_charged(sentence, words):
    found = charges(sentence)
    assert found and found[0].name == "charged", sentence
    assert words in found[0].text or found[0].text in words, (sentence, found[0].text)


@pytest.mark.parametrize("sentence, words", LEVIED)
def test_levied(sentence, words):
    found = charges(sentence)
    assert found and found[0].name == "levied" and words in found[0].text, sentence


@pytest.mark.parametrize("sentence", LAWFUL)
def test_lawful_lookalike(sentence):
    # burdens: a basis cited or reserved is checked there, before every reading
    assert not [b for b in burdens(sentence) if b.name in ("charged", "levied")], sentence


@pytest.fixture(scope="module")
def rules():
    return {r.id: r for r in load_packs()}


def test_c_fee_effect_reads_the_norm(rules):
    assert match_text(rules["C-FEE-EFFECT"], CHARGED[0][0])
    assert not match_text(rules["C-FEE-EFFECT"], LAWFUL[5])
    # a donation made a duty is C-FEE-02's (摊派), read by the same module
    assert match_text(rules["C-FEE-02"], LEVIED[0][0])


def test_one_rule_per_charge(rules):
    ids = sorted(r.id for r in rules.values() if any({"charged", "levied"} & set(c.effect) for c in r.norm))
    assert ids == ["C-FEE-02", "C-FEE-EFFECT"]


def test_categories_read_the_same_norm():
    # review/categories.py asks the same reading first: a finding of another category on such a sentence carries fee
    from review.categories import WANTED, _fee
    from review.norms.analyse import analyse
    from review.norms.lexicon import default_lexicon

    lex = default_lexicon()
    s = "种粮大户申领耕地地力保护补贴时，由村集体按每亩10元统一扣留村级管理服务资金，剩余部分发放到户。"
    assert any(_fee(n, n.text, lex) for n in analyse(s, lex, "", WANTED))
    assert not any(_fee(n, n.text, lex) for n in analyse(LAWFUL[4], lex, "", WANTED))


RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in fixture_cases("fee24.toml")])
def test_fee24_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
