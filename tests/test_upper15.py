"""Upper-law round 15 (issue 8 item 4): a norm's consequence, promptness and alternatives compared with the article's
(不予处罚 made 从轻减轻, 立即 made N小时内, 可以选择A也可以B made 一律A), the article found by the clause's norm core, and
an alteration of an article that provides the measure reported once. Clauses are other wordings (other sectors, other
forms) of the concepts in tests/fixtures/rewordings/upper15.toml; the engine rows run on the shipped default snapshot."""

from __future__ import annotations

import pytest

from review.compare import compare
from review.compare.consequences import leniency_level
from review.engine import norm_core_probes, with_folded_settings, without_restated_settings
from review.model import Clause, Finding
from statutes.model import Provision
from tests.upper_helpers import upper_findings as _findings

PENALTY_33 = ("违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。初次违法且危害后果轻微并及时改正的，可以不予行政处罚。\n"
              "当事人有证据足以证明没有主观过错的，不予行政处罚。法律、行政法规另有规定的，从其规定。")
PENALTY_32 = ("当事人有下列情形之一，应当从轻或者减轻行政处罚：\n（一）主动消除或者减轻违法行为危害后果的；\n"
              "（二）受他人胁迫或者诱骗实施违法行为的；\n（三）主动供述行政机关尚未掌握的违法行为的；")
SAFETY_83 = "生产经营单位发生生产安全事故后，事故现场有关人员应当立即报告本单位负责人。"
SAFETY_84 = "负有安全生产监督管理职责的部门接到事故报告后，应当立即按照国家有关规定上报事故情况。"
ACCIDENT_9 = ("事故发生后，事故现场有关人员应当立即向本单位负责人报告；单位负责人接到报告后，应当于1小时内向事故发生地县级以上"
              "人民政府安全生产监督管理部门和负有安全生产监督管理职责的有关部门报告。")
EXPROPRIATION_21 = "被征收人可以选择货币补偿，也可以选择房屋产权调换。"
SUBSISTENCE_8 = "城市居民最低生活保障待遇由管理审批机关以货币形式按月发放；必要时，也可以给付实物。"


def _kinds(clause: str, upper: str) -> list[tuple[str, str]]:
    return [(c.kind, c.severity) for c in compare(clause, upper).material()]


# ---------------------------------------------------------------- the scale of consequences
@pytest.mark.parametrize("modal, what, level", [
    (None, "不予行政处罚", 0), ("可以", "不予行政处罚", 1), ("应当", "从轻或者减轻行政处罚", 2),
    (None, "减轻处罚", 2), ("可以", "从轻处罚", 3), (None, "从重处罚", 5),
])
def test_the_scale_of_consequences(modal, what, level):
    assert leniency_level(modal, what) == level


@pytest.mark.parametrize("clause, upper", [
    ("对违法行为轻微并及时改正、没有造成危害后果的经营户，依法从轻处罚。", PENALTY_33),
    ("当事人能够证明自己没有主观过错的，市场监管部门可以减轻处罚。", PENALTY_33),
    ("初次违法、危害后果轻微并及时改正的，一般应当减轻处罚。", PENALTY_33),
    ("受他人胁迫实施违法行为的，执法机关可以酌情减轻处罚。", PENALTY_32),
])
def test_a_heavier_consequence_for_the_same_condition(clause, upper):
    assert ("consequence_changed", "error") in _kinds(clause, upper)


@pytest.mark.parametrize("clause, upper", [
    ("违法行为轻微并及时改正，没有造成危害后果的，不予处罚。", PENALTY_33),                      # the same, abbreviated
    ("初次违法且危害后果轻微并及时改正的，可以不予行政处罚。", PENALTY_33),
    ("主动供述行政机关尚未掌握的违法行为的，应当减轻行政处罚。", PENALTY_32),                  # one of the two
    ("拒不改正、造成严重后果的，依法从重处罚。", PENALTY_33),                                 # another condition
    ("对当事人依法不予行政处罚的，应当对其进行批评教育。", PENALTY_33),                      # a condition, not a consequence
])
def test_the_same_consequence_or_another_condition_is_no_change(clause, upper):
    assert not any(k == "consequence_changed" for k, _ in _kinds(clause, upper))


# ---------------------------------------------------------------- an act required at once
@pytest.mark.parametrize("clause, upper", [
    ("事故现场有关人员应当于事故发生后一小时内报告本单位负责人。", SAFETY_83),
    ("区应急管理局接到事故报告后，须在当日内按照规定上报事故情况。", SAFETY_84),
    ("事故发生后，现场人员应当在30分钟内向本单位负责人报告。", ACCIDENT_9),
])
def test_an_act_required_at_once_allowed_hours(clause, upper):
    assert ("time_limit", "error") in _kinds(clause, upper)


@pytest.mark.parametrize("clause, upper", [
    ("事故现场有关人员应当立即报告本单位负责人，并于二十四小时内补报书面材料。", SAFETY_83),   # 立即 kept
    ("应急救援队伍接到指令后，应当在两小时内到达事故现场。", SAFETY_83),                       # another act
    # the law gives the act a number of its own: 1小时 is compared as a figure, not as 立即
    ("单位负责人接到报告后，应当于1小时内向县应急管理局报告。", ACCIDENT_9),
])
def test_promptness_kept_or_another_act(clause, upper):
    assert not any("立即" in c.upper_span for c in compare(clause, upper).material())


# ---------------------------------------------------------------- alternatives fixed to one
@pytest.mark.parametrize("clause, upper", [
    ("本区征收项目的补偿统一采用产权调换方式。", EXPROPRIATION_21),
    ("被征收人只能领取货币补偿。", EXPROPRIATION_21),
    ("城市居民最低生活保障待遇一律以实物形式按季度发放。", SUBSISTENCE_8),
])
def test_alternatives_fixed_to_one(clause, upper):
    changes = compare(clause, upper).material()
    assert any(c.kind == "modal" and c.sure and "另一种方式" in c.message for c in changes), [c.message for c in changes]


@pytest.mark.parametrize("clause, upper", [
    ("被征收人可以选择货币补偿，也可以选择房屋产权调换。", EXPROPRIATION_21),
    ("被征收人可以自行选择货币补偿或者产权调换。", EXPROPRIATION_21),
    ("低保金以货币形式按月发放，必要时也可以发放实物。", SUBSISTENCE_8),
])
def test_alternatives_kept(clause, upper):
    assert not any("另一种方式" in c.message for c in compare(clause, upper).material())


# ---------------------------------------------------------------- the norm core searched
def test_the_norm_core_leaves_out_figures_modals_and_the_opening_circumstance():
    cores = norm_core_probes("本县企业发生安全事故后，单位负责人应当在两小时内向县应急管理局报告。")
    assert cores[0] == "企业发生安全事故后，单位负责人向县应急管理局报告"
    assert cores[1] == "单位负责人向县应急管理局报告"


def test_an_opening_conduct_is_kept_in_the_core():
    assert norm_core_probes("单位占用疏散通道的，由消防救援机构责令改正，处五百元罚款。") == ["单位占用疏散通道的，由消防救援机构责令改正，处罚款"]


def test_a_ratio_per_ten_thousand_is_read():
    changes = compare("用人单位未按时足额缴纳社会保险费的，自欠缴之日起按日加收千分之二的滞纳金。",
                      "用人单位未按时足额缴纳社会保险费的，由社会保险费征收机构责令限期缴纳或者补足，并自欠缴之日起，按日加收万分之五的滞纳金。").material()
    assert any(c.kind == "amount" and "万分之五" in c.message for c in changes), [c.message for c in changes]


def test_a_short_clause_has_no_core():
    assert norm_core_probes("应当在三日内办结。") == []


# ---------------------------------------------------------------- engine rows on the shipped corpus
def test_a_heavier_consequence_found_against_the_law(corpus):
    found = _findings(corpus, "个体工商户违法行为轻微并及时改正，没有造成危害后果的，执法队可以从轻或者减轻处罚。")
    assert found and found[0].rule == "UPPER-ALTERED", [f.problem for f in found]
    assert "不予" in found[0].problem


def test_a_report_required_at_once_put_off(corpus):
    found = _findings(corpus, "生产经营单位发生事故后，事故现场有关人员应当在十二小时内报告本单位负责人。")
    assert found and "立即" in found[0].problem, [f.problem for f in found]


def test_a_choice_of_compensation_taken_away(corpus):
    found = _findings(corpus, "本县旧城区改建征收个人住宅的，一律实行货币补偿，不再提供产权调换房屋。")
    assert found and "第二十一条" in found[0].problem, [f.problem for f in found]


@pytest.mark.parametrize("text", [
    "违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。",
    "被征收人可以选择货币补偿，也可以选择房屋产权调换。",
    "县应急管理局接到事故报告后，应当立即按照国家有关规定上报事故情况。",
    "县应急管理局接到事故报告后，应当立即上报县人民政府，并在两小时内报送书面报告。",
])
def test_faithful_restatements_stay_silent(corpus, text):
    assert _findings(corpus, text) == []


# ---------------------------------------------------------------- one finding per problem
def _provision(text: str) -> Provision:
    return Provision(law="中华人民共和国消防法", level="法律", status="现行有效", version_date="2021-04-29", article=60,
                     article_sub=0, paragraph=None, item=None, text=text)


def test_an_altered_article_providing_the_fine_is_reported_once():
    text = "单位占用疏散通道的，由消防救援机构责令改正，处五百元以上二千元以下罚款。"
    clause = Clause(index=3, label="第四条", text=text, start=0, end=len(text), paragraph=0)
    setting = Finding("C-PENALTY-01", "penalty", "error", "设定行政处罚", clause, "处五百元以上二千元以下罚款", "设定了行政处罚。")
    altered = Finding("UPPER-ALTERED", "upper-law", "warning", "改动上位法条文", clause, "五百元", "罚款下限降低。")
    matched = {3: (_provision("单位占用、堵塞、封闭疏散通道、安全出口的，责令改正，处五千元以上五万元以下罚款。"), False)}
    assert without_restated_settings([setting], matched, [clause]) == []
    (folded,) = with_folded_settings([setting], [altered], matched, [clause])
    assert folded.detail["categories"] == ["upper-law", "penalty"]


def test_an_article_without_the_measure_leaves_the_setting_finding():
    text = "单位占用疏散通道的，处五百元罚款。"
    clause = Clause(index=3, label="第四条", text=text, start=0, end=len(text), paragraph=0)
    setting = Finding("C-PENALTY-01", "penalty", "error", "设定行政处罚", clause, "处五百元罚款", "设定了行政处罚。")
    matched = {3: (_provision("任何单位、个人不得占用、堵塞、封闭疏散通道、安全出口。"), False)}
    assert without_restated_settings([setting], matched, [clause]) == [setting]
