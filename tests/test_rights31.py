"""Round 31 (rights31, issue 8): a class marked by a disability, a relative's status or a missing residence permit shut
out of a public post, aid or basic health service; a statutory benefit voided or refused for unrelated conduct; a
person's complaints shut out for a period; the circle of two papers read by its two needs (bench/README.md, "Round 31 —
rights31")."""

import pytest

from review.norms.burden import burdens
from review.norms.freeze import READINGS as FREEZE_READINGS
from review.norms.paper import papers
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("rights31.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_rights31_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


def _names(sentence: str) -> set[str]:
    return {b.name for b in burdens(sentence)}


@pytest.mark.parametrize("sentence, name", [
    # a class marked by a disability shut out of a public post
    ("持有听力残疾证件的人员，一律不纳入档案馆公益性岗位安置范围。", "shut_out"),
    # … by what a relative is (the consequence borne by another)
    ("母亲因犯罪正在服刑的学生，不纳入县级助学帮扶范围。", "shut_out"),
    # … by a residence permit it lacks, from a basic public-health service every resident has
    ("未办理居住证的外来测绘作业人员，不纳入社区家庭医生签约服务范围。", "shut_out"),
    # a person's complaints shut out for a period
    ("对投诉经核实不属实的用户，三个月内不再受理其投诉。", "reduce"),
])
def test_new_burdens(sentence, name):
    assert name in _names(sentence)


@pytest.mark.parametrize("sentence", [
    # guard: a priority given, not a bar
    "持有残疾证件的人员申请公益性岗位的，优先安置。",
    # guard: the means test of the scheme itself
    "家庭人均收入高于低保标准两倍的，不纳入困难帮扶范围。",
    # guard: a protective negation
    "不得以未办理居住证为由，将外来人员排除在家庭医生签约服务范围之外。",
    # guard: the scheme's own alternative tie (a residence permit named, no basic public-health service)
    "未办理居住证的外来人员，不纳入本县公共租赁住房保障范围。",
    # guard: the same matter answered for good, no period (信访工作条例 第三十五条)
    "信访人仍以同一事实和理由提出投诉请求的，不再受理。",
    # guard: a body barred from shutting complaints out
    "任何单位不得在一年内拒绝受理其投诉。",
])
def test_guarded_burdens(sentence):
    assert not (_names(sentence) & {"shut_out", "reduce", "withdrawn"})


def _withdrawn(sentence: str) -> bool:
    return any(b.name == "withdrawn" for read in FREEZE_READINGS for b in read(sentence, ""))


@pytest.mark.parametrize("sentence, expected", [
    # a concession card voided for unrelated conduct; a body's leave (可以) is no conduct encouraged
    ("多次逃票的老年人，公交企业可以注销其老年人优待卡。", True),
    # treatment refused for a petition
    ("对无理缠访的患者，医疗机构可以拒绝为其提供诊疗服务。", True),
    # social insurance the employer stops paying for an investigation
    ("被立案调查的职工，所在单位应当暂停为其缴纳社会保险费。", True),
    # guard: fraud on the same benefit is the benefit's own test
    ("骗取老年人优待卡的，注销其优待卡。", False),
    # guard: the conduct on the benefit itself (转借) is its own test
    ("将老年人优待卡转借他人使用的，注销其优待卡。", False),
    # guard: a protective negation
    ("医疗机构不得以患者曾经投诉为由拒绝为其提供诊疗服务。", False),
])
def test_withdrawn_statutory_benefit(sentence, expected):
    assert _withdrawn(sentence) is expected


@pytest.mark.parametrize("sentence, after, expected", [
    # two demands, each paper of the other's procedure
    ("办理甲类经营许可的，应当提交乙局出具的场所登记核验函；", "办理场所登记的，应当提交丙局出具的经营许可受理回执。", True),
    # a check at the issuer's act on the applicant's own licence
    ("申请测绘资质的，应当提交县局出具的场所安全意见；", "县局出具意见时，以申请人已取得的测绘资质证书作为审查材料。", True),
    # a paper made on the demanded paper, the demand naming no issuer
    ("申请报废补贴的，应当提交车辆注销证明；", "公安机关办理注销登记时，应当查验县局出具的补贴确认书。", True),
    # guard: a chain that does not close is the lawful order of two procedures
    ("申请施工许可的，应当提交规划许可证；", "县局核发规划许可证时，应当查验建设用地使用权证。", False),
    # guard: the demand lifted
    ("办理甲类经营许可的，不再要求提交场所登记核验函；", "办理场所登记的，应当提交经营许可受理回执。", False),
])
def test_circle_of_two_needs(sentence, after, expected):
    assert any(b.name == "paper" for b in papers(sentence, "", "", after)) is expected


@pytest.mark.parametrize("sentence, header, name", [
    # a record barring a trade, the place named between the bar and the trade
    ("有盗窃违法记录的人员，不得在本县旧货市场从事收购经营。", "", "record"),
    # a member's leaving of a cooperative barred
    ("社员在项目实施期间不得退社。", "", "own_act"),
    # a marriage registration given a third party's paper
    ("申请复婚登记的，应当同时提交村委会出具的婚姻状况证明。", "", "status"),
    # land taken back for going out to work, the verb before the land
    ("外出务工满三年的农户，由村集体统一收回其宅基地。", "", "taken"),
    # a relative's past fraud, already punished, borne by the applicant
    ("（二）其配偶曾因骗取救助金受到行政处罚的；", "有下列情形之一的，不予纳入临时救助范围：", "others"),
])
def test_wave2_burdens(sentence, header, name):
    assert name in {b.name for b in burdens(sentence, header)}


@pytest.mark.parametrize("sentence, header", [
    # guard: a statute's own bar on a trade (校车安全管理条例 第二十三条)
    ("有吸毒记录的人员，不得在本县从事校车驾驶工作。", ""),
    # guard: leaving on the statute's notice (农民专业合作社法 第二十五条)
    ("成员要求退社的，应当在会计年度终了的三个月前提出书面申请。", ""),
    # guard: the statute's own papers (婚姻登记条例 第八条)
    ("申请结婚登记的当事人，应当出具本人的居民身份证和签字声明。", ""),
    # guard: land given back of one's own will
    ("举家进城落户的农户自愿交回宅基地的，由村集体依法收回。", ""),
    # guard: the household's own means concealed
    ("（二）申请人及其家庭成员隐瞒家庭收入的；", "有下列情形之一的，不予纳入临时救助范围："),
])
def test_wave2_guarded(sentence, header):
    assert not ({b.name for b in burdens(sentence, header)} & {"record", "own_act", "status", "taken", "others"})


@pytest.mark.parametrize("sentence, expected", [
    # a paper already given, asked again with the modal first
    ("申报补贴时已提交的营业执照，在兑付环节应当再次提交。", True),
    # guard: a changed fact
    ("申报补贴时已提交的材料发生变更的，在兑付环节应当再次提交变更后的材料。", False),
])
def test_asked_again_modal_first(sentence, expected):
    assert any(b.name == "on_file" for b in papers(sentence)) is expected
