"""Upper-law round 14 (fuzzy clause search): a local body read as the statute's role (市人社局 as 社会保险行政部门) so the
clause search finds what a clause restates; a clause citing the article the upper article itself refers to is not
citing another basis; a limit the law says must be kept, lengthened, is a change whoever bears it; a law preferred over
a lower instrument saying the same. Clauses are other wordings of the concepts in tests/fixtures/rewordings/upper14.toml;
the engine rows run on the shipped default snapshot."""

from __future__ import annotations

import pytest

from review.agency_roles import role_readings
from review.compare import compare
from review.compare.time_limits import is_duty_limit
from review.engine import conduct_norm, sanction_only
from tests.upper_helpers import upper_findings as _findings


SOCIAL_INSURANCE_58 = ("用人单位应当自用工之日起三十日内为其职工向社会保险经办机构申请办理社会保险登记。"
                       "未办理社会保险登记的，由社会保险经办机构核定其应当缴纳的社会保险费。")
PETITION_35 = "信访人对信访处理意见不服的，可以自收到书面答复之日起30日内请求原办理行政机关的上一级行政机关复查。"


@pytest.mark.parametrize("text, role", [
    ("县市场监管局应当自受理之日起十日内作出决定。", "市场监督管理部门"),
    ("向区住建局申请办理。", "住房和城乡建设主管部门"),
    ("由市人力资源和社会保障局认定。", "社会保险行政部门"),
    ("县公安局交通警察大队可以将车辆拖移。", "公安机关交通管理部门"),
])
def test_a_local_body_is_read_as_the_statutes_role(text, role):
    readings = role_readings(text)
    assert readings and role in readings[0], readings


def test_a_clause_naming_no_local_body_has_no_other_reading():
    assert role_readings("用人单位应当为职工办理社会保险登记。") == []


def test_a_later_place_word_is_not_taken_for_the_bodys_level():
    # 十日内向市人社局: only 市 is read with the body, not 十日内向
    assert role_readings("应当在十日内向市人社局报告。")[0] == "应当在十日内向社会保险行政部门报告。"


@pytest.mark.parametrize("text, word, duty", [
    (SOCIAL_INSURANCE_58, "三十日内", True),
    (PETITION_35, "30日内", False),
    ("当事人要求听证的，应当在行政机关告知后五日内提出。", "五日内", True),
    ("认为行政行为侵犯其合法权益的，可以自知道或者应当知道该行政行为之日起六十日内提出行政复议申请。", "六十日内", False),
])
def test_a_limit_that_must_be_kept(text, word, duty):
    assert is_duty_limit(text, text.index(word)) is duty


def test_a_partys_duty_put_off_is_a_change():
    changes = compare("用人单位应当自用工之日起九十日内为职工向社会保险经办机构申请办理社会保险登记。", SOCIAL_INSURANCE_58).material()
    assert any(c.kind == "time_limit" and c.severity == "warning" and c.sure for c in changes), \
        [c.message for c in changes]


def test_a_partys_period_it_may_use_lengthened_is_in_its_favour():
    changes = compare("信访人对信访处理意见不服的，可以自收到书面答复之日起六十日内请求上一级行政机关复查。", PETITION_35).material()
    assert not [c for c in changes if c.kind == "time_limit" and c.severity in ("error", "warning")], \
        [c.message for c in changes]


LIABILITY_LIST = ("违反本条例规定，有下列情形之一的，由县级人民政府文化主管部门没收违法所得和非法财物，并处违法所得1倍以上3倍以下的罚款：\n"
                  "(一)歌舞娱乐场所的歌曲点播系统与境外的曲库联接的；\n"
                  "(二)游艺娱乐场所电子游戏机内的游戏项目含有本条例第十三条禁止内容的；")


def test_a_liability_list_only_sanctions_conduct():
    assert sanction_only(LIABILITY_LIST)


@pytest.mark.parametrize("text", [
    "游艺娱乐场所设置的电子游戏机不得向未成年人提供。",
    "当事人逾期不履行的，行政机关可以依法加处罚款。",     # a rule laid on the body, a sanction named in it
])
def test_an_article_laying_a_rule_is_not_only_a_sanction(text):
    assert not sanction_only(text)


@pytest.mark.parametrize("text, expected", [
    ("游艺娱乐场所设置的电子游戏设备，在周六、周日可以向未成年人提供。", True),
    ("向未成年人提供电子游戏设备的，可以处五千元罚款。", False),
    ("游艺娱乐场所设置电子游戏设备。", False),
])
def test_a_rule_of_conduct(text, expected):
    assert conduct_norm(text) is expected


def test_a_rule_of_conduct_is_compared_with_the_rule_not_the_sanction(corpus):
    found = _findings(corpus, "游艺娱乐场所设置的电子游戏机，在双休日可以向未成年人提供。")
    assert any(f.rule == "UPPER-ALTERED" and f.upper.article_label != "第四十八条" for f in found), \
        [(f.upper and (f.upper.law, f.upper.article_label), f.problem) for f in found]


def test_an_employer_given_longer_to_apply_to_the_local_bureau(corpus):
    found = _findings(corpus, "职工受到事故伤害的，用人单位须在事故伤害发生之日起九十日内向县人社局提出工伤认定申请。")
    assert any(f.rule == "UPPER-ALTERED" and f.upper.law == "工伤保险条例" and f.upper.article_label == "第十七条"
               and "九十日" in f.problem for f in found), [(f.upper and f.upper.law, f.problem) for f in found]


def test_the_employers_period_restated_with_the_local_bureau(corpus):
    assert not _findings(corpus, "职工发生事故伤害的，所在单位应当自事故伤害发生之日起30日内，向县人社局提出工伤认定申请。")


def test_a_clause_naming_the_article_the_upper_article_refers_to(corpus):
    found = _findings(corpus, "违反《土地管理法》第六十五条的规定，对建筑物、构筑物进行重建、扩建的，由县自然资源局责令限期拆除；"
                              "逾期不拆除的，由县城市管理局实施强制拆除。")
    assert any(f.rule == "UPPER-ALTERED" and "土地管理法实施条例" in f.upper.law and f.upper.article_label == "第五十三条"
               for f in found), [(f.upper and f.upper.law, f.problem) for f in found]


def test_a_clause_citing_another_article_still_names_its_own_basis(corpus):
    # the upper article refers to 第六十五条; a clause citing 第六十四条 names a basis of its own
    found = _findings(corpus, "违反《土地管理法》第六十四条的规定，对建筑物、构筑物进行重建、扩建的，由县自然资源局责令限期拆除；"
                              "逾期不拆除的，由县城市管理局实施强制拆除。")
    assert not [f for f in found if f.upper is not None and f.upper.article_label == "第五十三条"]


def test_the_law_not_the_rule_repeating_it(corpus):
    found = _findings(corpus, "当事人到期不缴纳罚款的，每日按罚款数额的百分之五加处罚款，加处罚款总额可以超过罚款数额。")
    altered = [f for f in found if f.rule == "UPPER-ALTERED"]
    assert altered and all(f.upper.level in ("法律", "行政法规") for f in altered), \
        [(f.upper.law, f.upper.level) for f in altered]
