"""Round 21, the lead's changes, through the whole review on the shipped corpus.

* A condition added to those an upper law sets for a licence, a qualification or an establishment (除符合国家规定的
  条件外，还应当具有……; 在满足法律法规规定条件的基础上，还需……; a list header that adds them, its items the added
  conditions) is a licence condition the document sets (行政许可法 第十六条第四款), whatever the cited law excuses of
  the rest: the concept ``license.conditions_added`` (review/lexicons/approval.toml), read by C-LICENSE-COND, and
  ``review.provided.adds_to_upper`` keeping the finding when the rest of the sentence restates the article. Not for a
  benefit the county gives, whose conditions are its own (tests/fixtures/rewordings/lead21_added_conditions.toml,
  written before the change).
"""

import pytest

from bench.rewording_eval import Text, review_text
from review.model import Clause, Finding
from review.norms.lexicon import default_lexicon
from review.provided import adds_to_upper
from review.rules import load_packs

from tests.new_clauses import check_clause, clause_param, fixture_cases

RULES = load_packs()
CASES = fixture_cases("lead21_*.toml")


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_lead21_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("text, added", [
    ("举办者除符合国家规定的设立条件外，还应当具有五年以上职业培训办学经历", True),
    ("在满足法律法规规定条件的基础上，还需拥有自有车辆二十辆以上", True),
    ("除具备《气象灾害防御条例》第二十四条规定的条件外，申请人还应当具有三年以上检测业绩", True),
    ("应当具备国家规定的条件，同时还应当具有三年以上经营业绩", True),
    # another upper law's conditions, a duty of conduct, a voluntary paper: nothing added
    ("除符合《民办教育促进法》第十条规定的条件外，还应当符合《中华人民共和国教育法》第二十七条规定的基本条件", False),
    ("除遵守《旅行社条例》规定的经营规则外，还应当在经营场所公示投诉电话", False),
    ("除提交《行政许可法》规定的申请书外，还可以自愿提供其他材料", False),
    ("除符合本办法第八条规定的条件外，还应当具有三年以上经营业绩", False),   # the document's own conditions
])
def test_conditions_added_to_the_upper_law(text, added):
    assert bool(default_lexicon().find("license.conditions_added", text)) is added


def _finding(text, header="", category="license"):
    clause = Clause(index=0, label="第五条", text=text, start=0, end=len(text), paragraph=0, header=header)
    return Finding(rule="C-LICENSE-COND", category=category, severity="error", title="", clause=clause, quote=text[:12],
                   problem="")


def test_an_added_condition_is_not_excused_as_a_restatement():
    assert adds_to_upper(_finding("申请人除具备国家规定的条件外，还应当具有三年以上经营业绩。"))
    assert adds_to_upper(_finding("（二）近三年年均培训规模不少于一千人次；",
                                  header="申请设立职业培训学校的，除应当符合国家规定的设立条件外，还应当具备下列条件："))
    assert not adds_to_upper(_finding("申请人应当具备国家规定的条件。"))
    assert not adds_to_upper(_finding("申请人除具备国家规定的条件外，还应当具有三年以上经营业绩。", category="penalty"))


def test_a_county_benefit_may_set_its_own_conditions(corpus):
    case = Text(rule="NEW-license", category="license", polarity="negative", variant=1,
                text="申请本县农机购置累加补贴的，除符合国家农机购置补贴规定的条件外，还应当在本县从事农业生产满一年。",
                header="", doc_kinds=())
    assert not [f for f in review_text(case, "normative", corpus, RULES) if f.rule == "C-LICENSE-COND"]


# -- moved functions (review/agencies.py, review/packs/agencies.toml) ------------------------------------------------
from review.agencies import SUPPORTING, leading_successor  # noqa: E402


@pytest.mark.parametrize("sentence, leads", [
    ("人力资源和社会保障部门负责养老保险，医疗保障部门负责基本医疗保险。", True),
    ("由县农业农村局会同县商务局负责生猪屠宰监督管理。", True),
    ("（牵头单位：县农业农村局；配合单位：县商务局）", True),
    ("生猪屠宰活动的日常监督管理由县商务局负责，县农业农村局配合做好屠宰检疫工作。", False),
    ("（牵头单位：县商务局；配合单位：县农业农村局）", False),
    ("由县商务局牵头，县农业农村局、县市场监督管理局协助。", False),
])
def test_the_present_holder_excuses_only_when_it_does_the_work(sentence, leads):
    import re

    assert bool(re.search(leading_successor("农业农村|医疗保障"), sentence)) is leads
    assert "配合" in SUPPORTING


def _agency_rules(corpus, text):
    case = Text(rule="NEW-agency", category="agency", polarity="positive", variant=1, text=text, header="", doc_kinds=())
    return {f.rule for f in review_text(case, "normative", corpus, RULES) if f.category == "agency"}


def test_a_task_and_its_note_are_read_together(corpus):
    # the task's function before its full stop, the body in the note after it
    assert "MV-MEDICAL-AID" in _agency_rules(corpus, "（三）完善医疗救助“一站式”结算机制。（牵头单位：县民政局；配合单位：县财政局）")
    # … but not a body in the next task, past another full stop and no note
    assert not _agency_rules(corpus, "（三）完善医疗救助“一站式”结算机制。县民政局做好低保对象动态管理。")


# -- market conditions tied to the place or to ownership (review/packs/fair_competition.toml) -------------------------
@pytest.mark.parametrize("text, protective", [
    ("采购人不得以供应商所在地等不合理条件限制或者排斥外地供应商", True),
    ("各部门不得以备案、登记、年检等形式变相设定行政许可", True),
    # a business barred from trading in a form is the restriction, not a protection of it
    ("外地企业应当在本市设立子公司，不得以分公司名义承接", False),
    ("不得以分支机构名义经营", False),
])
def test_a_bar_on_trading_in_a_form_protects_nobody(text, protective):
    assert bool(default_lexicon().find("forbids.demand", text)) is protective


def _fc_rules(corpus, text):
    case = Text(rule="NEW-fair-competition", category="fair-competition", polarity="positive", variant=1, text=text,
                header="", doc_kinds=())
    return {f.rule for f in review_text(case, "normative", corpus, RULES) if f.category == "fair-competition"}


def test_social_insurance_subsidy_is_a_subsidy_not_a_persons_insurance(corpus):
    assert _fc_rules(corpus, "外省企业在本县设立的分公司招用本县劳动力的，不享受社会保险补贴。")
    assert not _fc_rules(corpus, "在本县连续缴纳社会保险满一年的外地企业职工，可以申请公共租赁住房。")


# -- one definition of "the burden itself barred just before" (review/norms/guards.py; round-20 twin) ----------------
from review.norms.guards import barred_just_before  # noqa: E402


@pytest.mark.parametrize("before, reach, barred", [
    ("征收部门不得", 4, True),                 # 不得约定被征收人放弃……: the pledge itself barred (burden.py)
    ("任何单位不得要求当事人", 10, True),       # 不得要求当事人签署免责承诺书 (exacted.py, the waiver)
    ("用人单位不得以考核为名", 12, True),       # 不得以考核为名扣减工资 (exacted.py, docked pay)
    ("任何单位不得要求当事人", 4, False),       # the reach each reading allows
    ("当事人应当", 12, False),
    ("不得拒绝，并应当", 12, False),           # a clause boundary between the bar and the burden
    ("严禁", 0, True), ("不许", 0, True),
])
def test_a_barring_word_just_before_the_burden(before, reach, barred):
    assert barred_just_before(before, reach) is barred


# -- one definition of relatives and the statuses that mark them (review/norms/kin.py; round-20 twin) ----------------
from review.norms.kin import STATUS_KIN  # noqa: E402


@pytest.mark.parametrize("text, marked", [
    ("外逃人员子女", True), ("服刑人员的配偶", True), ("失信被执行人的子女", True),
    ("拒服兵役人员的兄弟姐妹", True), ("犯罪人员的父亲", True),    # once in one list only (exacted.py / burden.py)
    ("退役军人的子女", False), ("服刑期满后", False),
])
def test_a_relative_named_by_anothers_status(text, marked):
    assert bool(STATUS_KIN.search(text)) is marked
