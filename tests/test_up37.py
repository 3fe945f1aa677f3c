"""Round 37 (up37, issue 8): a restated provision of a law or 行政法规 that gained a condition or changed its force,
and lawful restatements that keep it (bench/README.md, "Round 37 — up37")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("up37.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_up37_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


# ---- S2: the bearer of a subjectless 可以 read from the people the sentence before names (review/compare/roles.py)
from review.compare import compare  # noqa: E402
from review.compare.roles import PARTY, UNKNOWN, case_person, role_at  # noqa: E402

COMMUNITY_REHAB = ("戒毒人员应当在户籍所在地接受社区戒毒；在户籍所在地以外的现居住地有固定住所的，可以在现居住地接受社区戒毒。")
# 禁毒法 第三十三条第二款


def test_right_of_the_people_the_sentence_before_names():
    assert role_at(COMMUNITY_REHAB, COMMUNITY_REHAB.index("可以")) == PARTY
    clause = "吸毒成瘾人员接受社区戒毒的，一律在户籍所在地进行，不得在现居住地接受社区戒毒。"
    assert role_at(clause, clause.index("不得")) == PARTY
    changes = compare(clause, COMMUNITY_REHAB).changes
    assert any(c.kind == "modal" and c.sure and "剥夺了上位法赋予当事人的权利" in c.message for c in changes)


@pytest.mark.parametrize("topic, person", [
    ("吸毒成瘾人员接受社区戒毒的，", "吸毒成瘾人员"),
    ("无偿献血者临床需要用血时，", "无偿献血者"),
    # guards: a body's own staff, an alternative (或者), no case
    ("执法人员发现违法行为的，", ""),
    ("公民或者法人申请的，", ""),
    ("在户籍所在地以外的现居住地有固定住所的，", ""),
])
def test_case_person(topic, person):
    assert case_person(topic) == person


def test_role_of_a_body_unchanged():
    text = "行政机关应当在七日内作出决定；情况复杂的，可以延长十日。"
    assert role_at(text, text.index("可以")) != PARTY
    assert role_at("可以延长。", 0) == UNKNOWN


# ---- S1: an added condition the clause's own words confirm (review/added_gate.py)
from review.added_gate import gate_added  # noqa: E402

SECURITY_GUARD = ("年满18周岁，身体健康，品行良好，具有初中以上学历的中国公民可以申领保安员证，从事保安服务工作。申请人经设区的市级"
                  "人民政府公安机关考试、审查合格并留存指纹等人体生物信息的，发给保安员证。")   # 保安服务管理条例 第十六条第一款
LEGAL_AID = "因经济困难申请法律援助的，申请人应当如实说明经济困难状况。"   # 法律援助法 第四十一条第一款


@pytest.mark.parametrize("clause, upper, added", [
    ("申领保安员证的，除应当年满18周岁、身体健康、品行良好、具有初中以上学历外，还应当具有本县常住户口。", SECURITY_GUARD, True),
    ("因经济困难申请法律援助的，申请人应当提交村（居）民委员会出具的经济困难证明。", LEGAL_AID, True),
    # guard: a condition joined without a marker, a paper or an approval (left to a close restatement)
    ("年满18周岁、身体健康、品行良好、具有初中以上学历且具有本县常住户口的中国公民，可以申领保安员证。", SECURITY_GUARD, False),
])
def test_added_condition_confirmed(clause, upper, added):
    changes = [c for c in compare(clause, upper).changes if c.kind == "condition_added"]
    assert changes and any(gate_added(c, clause, upper) for c in changes) is added


# guard: a paper a registration rule lists for an application the article does not state (民法典 第四百零九条 states no
# 登记; D141 房屋登记办法, D144: real documents the first version of this reading flagged)
from review.added_gate import states_application  # noqa: E402

MORTGAGE = ("抵押权人可以放弃抵押权或者抵押权的顺位。抵押权人与抵押人可以协议变更抵押权顺位以及被担保的债权数额等内容。但是，"
            "抵押权的变更未经其他抵押权人书面同意的，不得对其他抵押权人产生不利影响。")


@pytest.mark.parametrize("sentence, upper, stated", [
    ("申领保安员证的，除应当年满18周岁外，还应当具有本县常住户口。", SECURITY_GUARD, True),
    ("因经济困难申请法律援助的，申请人应当提交村（居）民委员会出具的经济困难证明。", LEGAL_AID, True),
    ("因被担保债权的数额发生变更申请抵押权变更登记的，还应当提交其他抵押权人的书面同意文件。", MORTGAGE, False),
    ("属于劳务派遣的，还需提供劳务派遣协议。", "劳务派遣单位派遣劳动者应当与用工单位订立劳务派遣协议。", False),
])
def test_application_stated(sentence, upper, stated):
    assert states_application(sentence, "", upper) is stated


def test_residence_is_no_household_actor():
    # 住户 (a party) read inside 常住户口 hid the added residence condition
    changes = compare("申领保安员证的，除应当年满18周岁、身体健康、品行良好、具有初中以上学历外，还应当具有本县常住户口。",
                      SECURITY_GUARD).changes
    assert [c.clause_span for c in changes if c.kind == "condition_added"] == ["还应当具有本县常住户口"]


# ---- S2: a step put before an act the law requires 及时/立即 (review/compare/consequences.py read_step_first)
DOMESTIC_VIOLENCE = ("学校、幼儿园、医疗机构、居民委员会、村民委员会、社会工作服务机构、救助管理机构、福利机构及其工作人员在工作中发现"
                     "无民事行为能力人、限制民事行为能力人遭受或者疑似遭受家庭暴力的，应当及时向公安机关报案。公安机关应当对报案人"
                     "的信息予以保密。")   # 反家庭暴力法 第十四条


@pytest.mark.parametrize("clause, delayed", [
    ("医疗机构在工作中发现无民事行为能力人疑似遭受家庭暴力的，应当先行告知其监护人，经核实后再向公安机关报案。", True),
    ("医疗机构在工作中发现无民事行为能力人疑似遭受家庭暴力的，经本单位负责人同意后向公安机关报案。", True),
    # guards: the promptness kept; another act after the step
    ("医疗机构在工作中发现无民事行为能力人疑似遭受家庭暴力的，应当及时向公安机关报案，并先行做好记录。", False),
    ("医疗机构发现疑似遭受家庭暴力的，应当及时报案；经公安机关核实后再出具伤情鉴定意见。", False),
])
def test_step_before_a_prompt_act(clause, delayed):
    changes = compare(clause, DOMESTIC_VIOLENCE).changes
    assert any(c.kind == "time_limit" and "延后了上位法要求即时履行的义务" in c.message for c in changes) is delayed
