"""Round 23 (lead23, issue 8): rights readings of concepts set J's misses showed to be missing or cut short —

* a relative burdened for another's conduct when the conduct is described as 被依法追究刑事责任 (the 依法 there
  describes the offender's prosecution, not a basis of the measure) or the withholding stands far from the relative
  (其配偶、子女在本县申请低保、公益性岗位和……时一律从严审核，原则上不予纳入);
* a place in public education (入园, 就读, 招收, 送教, 特殊教育) gated on 户籍, not only 义务教育 named as such;
* work elsewhere barred for a period after leaving a job (离职后一年内不得在本区其他机构从业): a non-compete only an
  agreement sets (劳动合同法 第二十三条、第二十四条), not an official's bar (公务员法 第一百零七条).
Each shape is tested on clauses written in other sectors (tests/fixtures/rewordings/lead23.toml) and lawful
look-alikes (a benefit for relatives, a means test, an agreed non-compete, a protective negation).
"""

import pytest

from review.norms.burden import burdens
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("lead23.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_lead23_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("sentence", [
    "房地产经纪从业人员从原机构离职后一年内，不得在本区其他房地产经纪机构从业。",
    "养老护理员辞职后一年内不得在本县其他养老机构就业。",
    "导游与旅行社解除劳动合同后三个月内，不得在本市其他旅行社执业。",
])
def test_left_job_barred_read(sentence):
    assert "own_act" in [b.name for b in burdens(sentence, "")]


@pytest.mark.parametrize("sentence", [
    "用人单位与劳动者约定竞业限制的，劳动者解除劳动合同后，在竞业限制期限内不得到与本单位生产同类产品的其他用人单位任职。",
    "领导干部辞去公职后，三年内不得到原任职务管辖地区内的企业任职。",
    "公务员辞去公职后，不得接受原任职务管辖地区内企业的聘任。",
])
def test_left_job_lawful_not_read(sentence):
    assert "own_act" not in [b.name for b in burdens(sentence, "")]


@pytest.mark.parametrize("sentence, guarded", [
    # D124 (a compilation quoting 律师法-level rules): the association's decision over its own members' disputes
    ("律师应当执行律师协会就律师执业纠纷作出的处理决定。", True),
    # … not an association fining a trade it acts on
    ("县殡葬协会对违规经营的殡葬服务单位作出罚款决定。", False),
])
def test_association_over_its_own_members(sentence, guarded):
    from review.norms.power import readings
    usurp = [r for r in readings(sentence, "", "") if r[0] == "usurp"]
    assert usurp and all((r[3] == "own_people") == guarded for r in usurp)
