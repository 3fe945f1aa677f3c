"""Upper-law round 16, upper16: an article's prohibition reversed (不得 → 可以/应当), a voting threshold lowered, a bare
negation dropped (不计入 → 计入), a cost moved onto a private party (由行政机关承担 → 由当事人承担) — and the look-alikes
that must stay quiet: the prohibition kept, a qualifier of the prohibition (the place, the object) the clause does not
say, a catch-all, the government's enforcement of the prohibited act, an exception the clause's own condition meets, a
stricter threshold. Clauses in other words and sectors than tests/fixtures/rewordings/upper16.toml where possible;
article texts as read in the corpus."""

from __future__ import annotations

import pytest

from review.compare import compare
from review.compare.reversal import act_queries, reversal_query, reversed_acts
from review.compare.votes import shares

PART_TIME_70 = "非全日制用工双方当事人不得约定试用期。"
PENALTY_CLAUSE_25 = "除本法第二十二条和第二十三条规定的情形外，用人单位不得与劳动者约定由劳动者承担违约金。"
SCHOOL_22 = ("县级以上人民政府及其教育行政部门应当促进学校均衡发展，缩小学校之间办学条件的差距，不得将学校分为重点学校和非重点学校。"
             "学校不得分设重点班和非重点班。")
BLOOD_11 = "无偿献血的血液必须用于临床，不得买卖。血站、医疗机构不得将无偿献血的血液出售给单采血浆站或者血液制品生产单位。"
TOUR_41 = ("导游和领队应当严格执行旅游行程安排，不得擅自变更旅游行程或者中止服务活动，不得向旅游者索取小费，"
           "不得诱导、欺骗、强迫或者变相强迫旅游者购物或者参加另行付费旅游项目。")
MIGRANT_FP_13 = "流动人口现居住地的计划生育技术服务机构应当为流动人口提供服务，不得要求已婚育龄妇女返回户籍所在地进行避孕节育情况检查。"
TOWING_93 = "因采取不正确的方法拖车造成机动车损坏的，应当依法承担补偿责任。拖车不得向当事人收取费用。"
SURVEY_15 = "接受调查的单位和个人应当如实提供有关资料，不得伪造、篡改调查资料。"
LAND_38 = "下列房地产，不得转让：（一）以出让方式取得土地使用权的，不符合本法第三十九条规定的条件的；（七）法律、行政法规规定禁止转让的其他情形。"
RIVER = "禁止在河道管理范围内采砂。确需采砂的，应当经河道主管机关批准。"
VILLAGE_18 = ("选举村民委员会，有登记参加选举的村民过半数投票，选举有效；候选人获得参加投票的村民过半数的选票，始得当选。")
LEAVE_3 = "职工累计工作已满1年不满10年的，年休假5天；已满10年不满20年的，年休假10天；已满20年的，年休假15天。\n国家法定休假日、休息日不计入年休假的假期。"
SEIZURE_26 = ("对查封、扣押的场所、设施或者财物，行政机关应当妥善保管，不得使用或者损毁；造成损失的，应当承担赔偿责任。\n"
              "因查封、扣押发生的保管费用由行政机关承担。")


def _reversed(clause: str, upper: str) -> list[str]:
    return [r.forbid + r.forbidden for r in reversed_acts(clause, upper)]


@pytest.mark.parametrize("clause, upper, forbidden", [
    ("物业服务企业聘用保洁员从事非全日制工作的，双方可以约定十五日的试用期。", PART_TIME_70, "不得约定试用期"),
    ("用人单位可以在劳动合同中与劳动者约定，劳动者提前解除合同的，按两个月工资支付违约金。", PENALTY_CLAUSE_25,
     "不得与劳动者约定由劳动者承担违约金"),
    ("县城各小学、初中学校可以根据学生期中考试成绩分设重点班和非重点班。", SCHOOL_22, None),
    ("采血点采集的无偿献血血液，经县卫生健康局同意，可以出售给单采血浆站。", BLOOD_11, None),
    ("景区导游可以向旅游者收取讲解小费，每团不超过五十元。", TOUR_41, "不得向旅游者索取小费"),
])
def test_a_prohibition_reversed_is_read(clause, upper, forbidden):
    found = _reversed(clause, upper)
    assert found, clause
    if forbidden:
        assert found[0] == forbidden


@pytest.mark.parametrize("clause, upper", [
    # the prohibition kept, in other words
    ("小时工与用工单位之间不得约定试用期，可以随时通知终止用工。", PART_TIME_70),
    # the place is what the article forbids: a check where the woman lives is what it asks for
    ("流动人口已婚育龄妇女应当按规定定期接受现居住地组织的避孕节育情况检查。", MIGRANT_FP_13),
    # 收取费用 of towing is not a fine collected
    ("执法人员作出罚款决定后，可以直接向当事人收取罚款。", TOWING_93),
    # another verb on the same object: using survey data is not forging it
    ("开展土地调查可以依据的基础调查资料等。", SURVEY_15),
    # a catch-all names no act
    ("应当招标拍卖挂牌出让的其他情形。", LAND_38),
    # the government's enforcement of the prohibited act
    ("县水利局可以依法查处在河道管理范围内采砂的行为。", RIVER),
    # the article's permission path, met by the clause's own condition
    ("经河道主管机关批准，可以在河道管理范围内采砂。", RIVER),
    # the law's other rules kept in force
    ("法律、法规另有规定的，可以在河道管理范围内采砂。", RIVER),
])
def test_look_alikes_are_not_reversals(clause, upper):
    assert _reversed(clause, upper) == []


def test_the_reversal_is_searched_as_a_prohibition():
    assert reversal_query("本县家政企业与小时工可以约定一个月试用期。") == "家政企业与小时工不得约定试用期"
    assert "不得向旅游者收取讲解小费" in act_queries("景区导游可以按照每团五十元的标准向旅游者收取讲解小费。")
    assert act_queries("县水利局可以依法查处非法采砂行为。") == []      # enforcement: no prohibition to find
    assert reversal_query("流动人口不得从事非法活动。") is None          # no permission or duty to reverse


# ---------------------------------------------------------------- voting thresholds


def test_shares_read_the_act_of_voting():
    assert [(str(v), act) for v, act, _, _ in shares("经三分之二以上的业主同意")] == [("2/3", "同意")]
    assert shares("有十分之一以上的村民提议") == []       # a proposal, no vote


@pytest.mark.parametrize("clause, lowered", [
    ("村民委员会换届选举，有登记选民五分之二以上参加投票的，选举即为有效。", True),
    ("候选人获得参加投票的村民三分之一以上选票的，即可当选。", True),
    ("选举村民委员会，须有登记参加选举的村民过半数投票方为有效。", False),     # faithful
    ("选举村民委员会，须有登记参加选举的村民三分之二以上投票方为有效。", False),  # stricter: not read
])
def test_a_lowered_voting_threshold_is_read(clause, lowered):
    kinds = [c.kind for c in compare(clause, VILLAGE_18).material()]
    assert ("vote" in kinds) is lowered


# ---------------------------------------------------------------- a bare negation dropped, a cost moved


def test_a_negation_dropped_is_read():
    changes = compare("职工年休假期间遇法定休假日的，计入年休假天数。", LEAVE_3).material()
    assert any(c.kind == "consequence_changed" and "不计入" in c.upper_span for c in changes)
    assert not [c for c in compare("国家法定休假日、休息日不计入职工的年休假假期。", LEAVE_3).material()
                if c.kind == "consequence_changed"]


@pytest.mark.parametrize("clause, moved", [
    ("扣押车辆产生的停车保管费用，由车辆所有人承担。", True),
    ("因查封、扣押发生的保管费用由执法机关承担。", False),      # the same bearer named locally
    ("因查封、扣押发生的保管费用，由县市场监管局承担。", False),  # a public body: no burden on the public
])
def test_a_cost_moved_onto_a_private_party_is_read(clause, moved):
    kinds = [c.kind for c in compare(clause, SEIZURE_26).material() if c.kind == "consequence_changed"]
    assert bool(kinds) is moved


INSURANCE_48 = ("失业人员在领取失业保险金期间，参加职工基本医疗保险，享受基本医疗保险待遇。\n"
                "失业人员应当缴纳的基本医疗保险费从失业保险基金中支付，个人不缴纳基本医疗保险费。")
INSURANCE_29 = "参保人员医疗费用中应当由基本医疗保险基金支付的部分，由社会保险经办机构与医疗机构、药品经营单位直接结算。"


@pytest.mark.parametrize("clause, upper", [
    # a fund's income listed: not the unemployed person's contribution (real document D041)
    ("（一）用人单位、参保人缴纳的基本医疗保险费；", INSURANCE_48),
    # an advance reimbursed later is no cost moved (real document D024)
    ("参保人转诊到其他定点医疗机构门诊发生的医疗费用先由个人垫付后，持有效票据按规定报销。", INSURANCE_29),
])
def test_a_negation_or_cost_spoken_of_elsewhere_is_not_read(clause, upper):
    assert not [c for c in compare(clause, upper).material() if c.kind == "consequence_changed"]


COERCION_29 = ("冻结存款、汇款应当由法律规定的行政机关实施，不得委托给其他行政机关或者组织；其他任何行政机关或者组织不得冻结存款、汇款。\n"
               "冻结存款、汇款的数额应当与违法行为涉及的金额相当；已被其他国家机关依法冻结的，不得重复冻结。")
REGISTRY_10 = "不动产登记机构应当依法将各类登记事项准确、完整、清晰地记载于不动产登记簿。任何人不得损毁不动产登记簿，除依法予以更正外不得修改登记事项。"
PRIVACY_25 = "个人信息处理者不得公开其处理的个人信息，取得个人单独同意的除外。"
LAND_USE_350 = "建设用地使用权人应当合理利用土地，不得改变土地用途；需要改变土地用途的，应当依法经有关行政主管部门批准。"


@pytest.mark.parametrize("clause, upper", [
    # service of documents delegated is not the freezing of deposits delegated (real document D118)
    ("行政复议决定等法律文书可以直接送达，也可以委托下级行政机关或者其他组织代为送达，或者邮寄送达。", COERCION_29),
    # another act on the same object: fees for registrations are not registrations altered (real document D143)
    ("市登记机构应当制订本规定规定的登记事项的收费标准，报价格主管部门核准。", REGISTRY_10),
    # the clause's own exception, no permission (real document D023)
    ("对申请人的个人信息应当保密，依法应当予以公示的个人信息除外。", PRIVACY_25),
    # the article's approval path, met by the clause's own approval (real document D130)
    ("经规划管理部门同意可以改变土地用途的，应当补缴土地出让金。", LAND_USE_350),
])
def test_real_document_look_alikes_are_not_reversals(clause, upper):
    assert _reversed(clause, upper) == []


def test_a_written_decimal_percentage_is_read_whole():
    from review.quantities import find_quantities, parse_number

    assert parse_number("一点五") == 1.5
    assert [(q.dim, q.lo) for q in find_quantities("不低于在职职工总数的百分之一点五")] == [("ratio", 0.015)]
    disabled = "用人单位安排残疾人就业的比例不得低于本单位在职职工总数的1.5%。"
    assert not compare("本县用人单位安排残疾人就业的比例不低于本单位在职职工总数的百分之一点五。", disabled).material()


FINE_67 = ("作出罚款决定的行政机关应当与收缴罚款的机构分离。\n除依照本法第六十八条、第六十九条的规定当场收缴的罚款外，"
           "作出行政处罚决定的行政机关及其执法人员不得自行收缴罚款。")


def test_an_exception_kept_in_shorter_words_is_not_removed():
    kept = compare("除依法当场收缴的罚款外，县城管执法人员不得自己收缴罚款。", FINE_67).material()
    assert not [c for c in kept if c.kind == "exception_removed"]
    dropped = compare("作出行政处罚决定的行政机关及其执法人员不得自行收缴罚款。", FINE_67).material()
    assert [c for c in dropped if c.kind == "exception_removed"]


PROBATION_21 = ("在试用期中，除劳动者有本法第三十九条和第四十条第一项、第二项规定的情形外，用人单位不得解除劳动合同。"
                "用人单位在试用期解除劳动合同的，应当向劳动者说明理由。")


def test_a_prohibition_holding_in_a_period_is_not_reversed_outside_it():
    assert _reversed("企业职工违反规定再生育子女的，用人单位可以解除劳动合同。", PROBATION_21) == []
    assert _reversed("试用期内，职工有迟到早退行为的，用人单位可以解除劳动合同。", PROBATION_21) != []


ROAD_17 = "城市道路的设计、施工，应当严格执行国家和地方规定的城市道路设计、施工的技术规范。城市道路施工，实行工程质量监督制度。城市道路工程竣工，经验收合格后，方可交付使用；未经验收或者验收不合格的，不得交付使用。"
MEDIATION_17 = "当事人可以向人民调解委员会申请调解；人民调解委员会也可以主动调解。当事人一方明确拒绝调解的，不得调解。"
BUILDING_59 = "建筑施工企业必须按照工程设计要求、施工技术标准和合同的约定，对建筑材料、建筑构配件和设备进行检验，不合格的不得使用。"
MORTGAGE_421 = "最高额抵押担保的债权确定前，部分债权转让的，最高额抵押权不得转让，但是当事人另有约定的除外。"
SCHOOL_27 = "对违反学校管理制度的学生，学校应当予以批评教育，不得开除。"


@pytest.mark.parametrize("clause, upper", [
    # the condition of the prohibition (未经验收或者验收不合格的) is not what the clause permits (real document D082)
    ("经济适用住房竣工验收合格后，方可交付使用。", ROAD_17),
    # 当事人一方明确拒绝调解的: a request for mediation is no mediation against a refusal (real document D119)
    ("发生医疗纠纷的，患方可以申请医调委调解。", MEDIATION_17),
    # 不合格的不得使用: paper for application forms is no building material (real document D013)
    ("申请材料统一使用A4纸张。", BUILDING_59),
    # a prohibition that holds before the debt is fixed, in a partial transfer (real document D138)
    ("以依法取得的房屋所有权抵押的，抵押权可以随债权转让。", MORTGAGE_421),
])
def test_a_conditional_prohibition_is_not_reversed_without_its_condition(clause, upper):
    assert _reversed(clause, upper) == []


def test_a_short_prohibited_act_with_its_matter_is_reversed():
    assert _reversed("学生屡次严重违反校规校纪、经批评教育仍不改正的，学校可以予以开除。", SCHOOL_27) == ["不得开除"]


LEASE_28 = ("土地使用权出租是指土地使用者作为出租人将土地使用权随同地上建筑物、其他附着物租赁给承租人使用，由承租人向出租人支付租金的行为。\n"
            "未按土地使用权出让合同规定的期限和条件投资开发、利用土地的，土地使用权不得出租。")
VACCINE_13 = ("疫苗生产企业应当按照政府采购合同的约定，向省级疾病预防控制机构或者其指定的其他疾病预防控制机构供应第一类疫苗，"
              "不得向其他单位或者个人供应。")


@pytest.mark.parametrize("clause, upper", [
    # the permission the prohibition leaves: the condition met (real document D153)
    ("土地使用者按出让合同规定的期限完成开发建设的，其土地使用权可以出租。", LEASE_28),
    # a prohibition on anyone else names no recipient (real document D028)
    ("企业利用自有用地开发建设的保障性住房，可以优先面向本单位在册轮候人供应。", VACCINE_13),
])
def test_the_permission_a_prohibition_leaves_is_not_reversed(clause, upper):
    assert _reversed(clause, upper) == []


def test_the_prohibited_side_of_a_condition_is_still_reversed():
    assert _reversed("未按出让合同规定的期限投资开发、利用土地的，土地使用权也可以出租。", LEASE_28) == ["不得出租"]


# ---------------------------------------------------------------- the whole upper-law search (the shipped corpus)


@pytest.mark.parametrize("text, law, article", [
    ("保洁公司招用小时工从事非全日制工作的，双方可以约定半个月的试用期。", "劳动合同法", "第七十条"),
    ("学生多次严重违反校规、经批评教育仍不改正的，学校可以予以开除。", "义务教育法", "第二十七条"),
])
def test_a_reversed_prohibition_is_found_and_reported(corpus, text, law, article):
    from tests.upper_helpers import upper_findings

    found = [f for f in upper_findings(corpus, text) if f.rule == "UPPER-ALTERED"]
    assert found and law in found[0].upper.law and found[0].upper.article_label == article
    assert "不得" in found[0].problem


@pytest.mark.parametrize("text", [
    "小时工与用工单位之间不得约定试用期，任何一方可以随时通知终止用工。",
    "对违反学校管理制度的学生，学校应当予以批评教育，不得开除。",
    "经济适用住房竣工验收合格后，方可交付使用。",
])
def test_look_alikes_get_no_reversal_finding(corpus, text):
    from tests.upper_helpers import upper_findings

    assert not [f for f in upper_findings(corpus, text) if "不得" in f.problem and "改为" in f.problem
                and "禁止的" in f.problem]
