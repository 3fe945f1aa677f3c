"""Round 33 (rights33, issue 8 and 9): three rights readings that lost a slot of the norm — the relatives who bear a
withheld benefit standing as the topic of their own phrase, a petition, complaint, speech or remedy barred, pledged
away or answered with a loss, and pay withheld or docked under its other names (bench/README.md, "Round 33 —
rights33")."""

import pytest

from review.norms.burden import burdens, kin_topic
from review.norms.interest import interest
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("rights33.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_rights33_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


def _names(sentence: str, header: str = "") -> set[str]:
    return {b.name for b in burdens(sentence, header)}


@pytest.mark.parametrize("sentence, phrase, expected", [
    # the relatives as the topic of their own phrase, the withholding phrase after it
    ("因非法设置无线电台被追究刑事责任的人员，其配偶、子女及共同生活的其他家庭成员，三年内不得申请扶持资金。", "三年内", True),
    # … with the relative named through the offender's firm (其法定代表人的配偶)
    ("被列入严重违法失信名单的企业，其法定代表人的配偶、子女投资设立的企业，一并不得参与政府采购活动。", "一并", True),
    # … a wrong named by the penalty it drew (被吊销……执照)
    ("设置人因擅自变更频率被吊销执照的，其配偶、子女申请聘用岗位时，应当从严审核。", "应当从严", True),
    # guard: the relative's own conduct in his phrase — he is the offender, not a bearer for another
    ("因违法被处罚的人员，其子女吸毒的，不得申请扶持资金。", "不得申请", False),
    # guard: nobody's wrong before the relatives (a scheme's household terms)
    ("申请扶持资金的人员，其配偶、子女，不得重复申请。", "不得重复", False),
])
def test_kin_topic_reads_the_relatives_phrase(sentence, phrase, expected):
    assert kin_topic(sentence, sentence.index(phrase)) is expected


@pytest.mark.parametrize("sentence, expected", [
    # the relatives who bear the refusal stand before it as a topic
    ("因恶意欠薪被追究刑事责任的企业负责人，其配偶、子女在本区申请人才补贴的，一律不予受理。", True),
    # guard: a protective negation
    ("因盗掘古墓葬被判处刑罚的人员，其子女报考岗位的，不因其父母的犯罪记录受到限制。", False),
    # guard: the applicant's own household declared for a means test
    ("申请扶持资金的，申请人及其配偶、子女名下的经营性资产应当如实申报。", False),
])
def test_relatives_bearing_a_withheld_benefit(sentence, expected):
    assert ("others" in _names(sentence)) is expected


@pytest.mark.parametrize("sentence, expected", [
    # pay under another name withheld while a complaint against the worker is handled
    ("快递员被用户投诉的，企业应当暂停发放其当月劳动报酬，待调查处理完毕后再行发放。", True),
    # a debt the worker owes docked from his pay
    ("职工欠缴周转房租金的，由单位从其当月工资中直接扣除。", True),
    # guard: a deduction the law allows (社会保险法 第六十条; 工资支付暂行规定 第十五条)
    ("职工欠缴个人应缴的社会保险费的，由单位从其工资中代扣。", False),
    # guard: the protective bar (劳动法 第五十条)
    ("用人单位不得克扣或者无故拖欠职工工资。", False),
])
def test_wages_withheld_or_docked(sentence, expected):
    assert ("wages" in _names(sentence)) is expected


@pytest.mark.parametrize("sentence, expected", [
    # 不得以任何理由 makes the bar on the person's own petition absolute: no pretext barred
    ("承包农户在流转期限内不得以任何理由就流转事宜向有关部门上访反映。", "voice"),
    # a member of an audience barred from speaking about it
    ("观众对演出有异议的，应当向举办单位反映，不得在网络平台发布负面评论。", "voice"),
    # a firm's pledge not to petition, with the matter and the body between
    ("侨资企业应当书面承诺不就项目用地补偿事宜向上级机关信访或者向新闻媒体反映。", "voice"),
    # a qualification suspended because the party sought review
    ("乙方对采购结果提起行政复议的，在案件审结前，甲方暂停乙方参与其他政府采购项目的资格。", "retaliated"),
    # guard: the pretext barred (不得以……为由) protects the person
    ("不得以村民曾经上访为由停发其补贴。", None),
    # guard: the unlawful means the law itself bars (信访工作条例 第二十六条)
    ("信访人不得以信访为名在机关办公场所周围非法聚集。", None),
])
def test_voice_and_remedy(sentence, expected):
    found = {b.name for b in interest(sentence)}
    assert (expected in found) if expected else not found
