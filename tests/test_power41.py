"""Round 41 (power41, issue 8): the power clauses of tests/fixtures/rewordings/power41.toml — control over an
autonomous or private party's own affairs, liability shifted off the body, information withheld wholesale — and their
lawful look-alikes (bench/README.md, "Round 41 — power41")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("power41.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_power41_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


# ---- the readings on their own: review/norms/withheld.py, review/norms/fault_shifted.py, takeover's review grammar
from review.norms.fault_shifted import readings as shifted  # noqa: E402
from review.norms.takeover import takeovers  # noqa: E402
from review.norms.withheld import readings as withheld  # noqa: E402


@pytest.mark.parametrize("sentence, guard", [
    ("县自然资源局作出的征收土地补偿安置方案，一律不向被征收人和社会公开。", ""),
    ("县文化和旅游局作出的不予许可决定书仅在机关内部存档，不向申请人送达。", ""),
    ("县卫生健康局对公共场所卫生监督抽检的结果不予公开。", ""),
    ("涉及国家秘密、商业秘密、个人隐私的政府信息，县交通运输局不予公开，但权利人同意公开的除外。", "lawful_refusal"),
    ("县自然资源局在履行职责过程中形成的讨论记录、过程稿等过程性信息，可以不予公开。", "lawful_refusal"),
    ("县生态环境局不得以涉及内部事务为由对环境监测数据不予公开。", "protective"),
])
def test_withheld_read(sentence, guard):
    found = withheld(sentence)
    assert found and found[0][0] == "conceal" and found[0][3] == guard


@pytest.mark.parametrize("sentence", [
    "事故调查报告批复后，由负责事故调查的县人民政府依法向社会公布。",
    "申请人逾期未补正的，县交通运输局不予受理。",                    # no record withheld
    "经审查不符合条件的，县教育局不予公开招聘。",                      # a condition limits it, no record
    "行政机关作出的行政检查结果，应当及时告知被检查企业。",
])
def test_withheld_not_read(sentence):
    assert not [r for r in withheld(sentence) if not r[3]]


@pytest.mark.parametrize("sentence, read", [
    ("因审批机关超过法定期限未作出决定造成的一切后果，由申请人自行承担。", True),
    ("社会保险登记信息因经办机构录入错误造成参保人损失的，由参保单位自行负责更正并承担损失。", True),
    ("因申请人提供虚假材料导致审核错误的，由申请人承担相应法律责任。", False),
    ("因持证人未按规定办理挂失手续而造成的个人损失，由持证人自行承担。", False),
    ("因经办机构工作失误造成参保人损失的，由经办机构依法承担赔偿责任。", False),
])
def test_fault_shifted(sentence, read):
    assert bool([r for r in shifted(sentence) if not r[3]]) is read


@pytest.mark.parametrize("sentence, read", [
    ("县科技局对科技型企业股东会作出的决议进行合法性审查，审查未通过的，该决议不得执行。", True),
    ("县体育局有权否决体育类社会团体会员大会作出的章程修改决议。", True),
    ("科技型企业股东会的决议由企业依照公司法和章程自主作出，县科技局不予干预。", False),
])
def test_takeover_review_and_veto(sentence, read):
    assert bool([t for t in takeovers(sentence) if not t[2]]) is read


def test_withheld_unrelated_or_others_records_guarded():
    # a real document (D076, 南京市公安局户口登记细则 第一百三十四条): what the request did not ask for is not given
    sentence = "公安机关对与申请查询事项无关的信息，不予提供查询，并告知查询人在规定的范围内使用查询获取的公民户口登记信息。"
    assert [r[3] for r in withheld(sentence)] == ["lawful_refusal"]


def test_withheld_attributive_not_read():
    # a refusal named as the decision complained of (tune heldout_round32b): it describes, it lays nothing
    assert not withheld("对县档案馆作出的档案不予开放或者不予提供利用的答复，申请人不得向档案主管部门投诉。")
