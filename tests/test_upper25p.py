"""Upper-law round 25, upper25p (bench/README.md, "Round 25 — upper25p"): precision of the comparison of a clause with
the article it restates. Each reading asks whose act a modal verb is on, what part of the article the clause restates,
who bears a duty and who approves it, and what the upper name itself says:

* a 可以 added where the article names the act as a case (……申请行政复议或者提起行政诉讼的，) makes no duty discretionary
  (review.compare.modals.names_a_case);
* an article's other predicate (its own modal verb and object) left out of a clause restating one part is no dropped
  duty (review.compare.regions.another_part), nor a right of a body the clause names only as its bearer's object
  (regions.named_as_object); a duty joined to the restated act (并应当将……理由告知申请人) still is;
* the law's township body in its own words (乡、民族乡、镇的人民政府, 乡（镇）人民政府: subjects.names_township), the body
  a duty goes to for approval (经……主管部门批准: subjects.approving) is not the duty's bearer;
* a prohibition on a third party interfering with a body's act (不得干预保险机构……) refuses no right of that body;
* a rule maker restated from another sentence of the article, or applying the province's catalogue
  (procedure.restates_elsewhere, _UNDER_NATIONAL); a party's window to seek a remedy (time_limits.party_window); an
  exception whose cases other law names (engine._LAW_SOURCED).

Article texts as read in the corpus (/tmp/c3.db, 2026-12-05)."""

from __future__ import annotations

import pytest

from review.compare import compare
from review.rules import load_packs
from tests.new_clauses import assert_judged, check_clause, clause_param, fixture_cases, findings_on_article

PENALTY_73 = ("当事人对行政处罚决定不服，申请行政复议或者提起行政诉讼的，行政处罚不停止执行，法律另有规定的除外。")
RELIEF_5 = ("公安机关和其他有关行政机关的工作人员在执行职务时发现流浪乞讨人员的，应当告知其向救助站求助；对其中的残疾人、未成年人、"
            "老年人和行动不便的其他人员，还应当引导、护送到救助站。")
DISABLED_13 = ("用人单位应当为残疾人职工提供适合其身体状况的劳动条件和劳动保护，不得在晋职、晋级、评定职称、报酬、社会保险、生活福利等"
               "方面歧视残疾人职工。")
GUARANTEE_16 = ("融资担保公司对同一被担保人的担保责任余额与融资担保公司净资产的比例不得超过10%，对同一被担保人及其关联方的担保责任余额与"
                "融资担保公司净资产的比例不得超过15%。")
VILLAGE_6 = ("乡、民族乡、镇的人民政府对村民委员会的工作给予指导、支持和帮助，但是不得干预依法属于村民自治范围内的事项。\n"
             "村民委员会协助乡、民族乡、镇的人民政府开展工作。")
VILLAGE_3 = ("村民委员会根据村民居住状况、人口多少，按照便于村民自治，有利于经济发展和基层治理的原则设立。\n"
             "村民委员会的设立、撤销、范围调整，由乡、民族乡、镇的人民政府提出，经村民会议讨论同意，报县级人民政府批准。")
WATER_22 = ("城市自来水供水企业和自建设施对外供水的企业因工程施工、设备维修等原因需要停止供水的，应当经城市供水行政主管部门批准并提前"
            "24小时通知用水单位和个人；因发生灾害或者紧急事故，不能提前通知的，应当在抢修的同时通知用水单位和个人，尽快恢复正常供水，"
            "并报告城市供水行政主管部门。")
INSURANCE_12 = ("保险机构接到发生保险事故的通知后，应当及时进行现场查勘，会同被保险人核定保险标的的受损情况。由农业生产经营组织、村民委员会"
                "等单位组织农民投保的，保险机构应当将查勘定损结果予以公示。\n保险机构按照农业保险合同约定，可以采取抽样方式或者其他方式"
                "核定保险标的的损失程度。采用抽样方式核定损失程度的，应当符合有关部门规定的抽样技术规范。")
SEWAGE_16 = ("城镇排水与污水处理设施竣工验收合格后，由城镇排水主管部门通过招标投标、委托等方式确定符合条件的设施维护运营单位负责管理。"
             "特许经营合同、委托运营合同涉及污染物削减和污水处理运营服务费的，城镇排水主管部门应当征求环境保护主管部门、价格主管部门的"
             "意见。国家鼓励实施城镇污水处理特许经营制度。具体办法由国务院住房城乡建设主管部门会同国务院有关部门制定。")
PERMIT_42 = ("除可以当场作出行政许可决定的外，行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定。二十日内不能作出决定的，"
             "经本机关负责人批准，可以延长十日，并应当将延长期限的理由告知申请人。但是，法律、法规另有规定的，依照其规定。")
REVIEW_32 = ("对当场作出或者依据电子技术监控设备记录的违法事实作出的行政处罚决定不服申请行政复议的，可以通过作出行政处罚决定的行政机关"
             "提交行政复议申请。\n行政机关收到行政复议申请后，应当及时处理；认为需要维持行政处罚决定的，应当自收到行政复议申请之日起五日内"
             "转送行政复议机关。")


def _kinds(clause: str, upper: str) -> list[tuple[str, str]]:
    return [(c.kind, c.severity) for c in compare(clause, upper).material()]


@pytest.mark.parametrize("clause, upper", [
    # a party's remedy written with 可以 where the article names it as a case (……的，): no duty made discretionary
    ("当事人对行政处罚决定不服的，可以依法申请行政复议或者提起行政诉讼；复议、诉讼期间，不停止决定的执行，法律另有规定的除外。",
     PENALTY_73),
    # the clause restates the article's second part (还应当引导、护送), not its first (应当告知……) left out
    ("公安机关和其他有关行政机关工作人员在执行职务时发现流浪乞讨的未成年人、老年人，应当引导、护送到救助管理站。", RELIEF_5),
    # the clause restates 不得……歧视; 应当提供……劳动保护 is the article's other predicate
    ("用人单位不得在晋职、晋级、评定职称、报酬、社会保险、生活福利等方面歧视残疾人职工。", DISABLED_13),
    # … and the other way round
    ("用人单位应当为残疾人职工提供适合其身体状况的劳动条件和劳动保护。", DISABLED_13),
    # the first ratio restated (its 不得超过10% one placeholder with its figure); the 15% of another object left out
    ("融资担保公司对同一被担保人的担保责任余额与融资担保公司净资产的比例不得超过10%。", GUARANTEE_16),
    # a bound the clause adds on a figure (不得超过其净资产的10倍) is no prohibition of an act
    ("融资担保公司的担保责任余额不得超过其净资产的10倍；对同一被担保人的担保责任余额与融资担保公司净资产的比例不得超过10%。",
     GUARANTEE_16),
    # the law's body says township in its own words (乡、民族乡、镇的人民政府)
    ("乡镇人民政府对村民委员会的工作给予指导、支持和帮助，但不得干预依法属于村民自治范围内的事项。", VILLAGE_6),
    # 供水企业 bears the notice; 城市供水行政主管部门 approves: not one body put for the other
    ("因工程施工、设备维修确需停止供水的，供水企业应当经县供水行政主管部门批准，并提前二十四小时通知用水单位和个人；因发生灾害或者"
     "紧急事故不能提前通知的，应当在抢修的同时通知。", WATER_22),
    # a village committee kept from interfering with the insurer's act refuses the insurer no right, and its 不得 stands
    # where two sentences of the article meet
    ("村民委员会组织农户投保的，应当协助保险机构公示查勘定损结果，不得干预保险机构履行赔偿保险金的义务。", INSURANCE_12),
    # 由县城镇排水主管部门……确定 restates the article's first sentence, not its 具体办法由国务院……制定
    ("城镇污水处理设施维护运营单位由县城镇排水主管部门通过招标投标方式公开确定，不得限定投标人所在地或者所有制形式。", SEWAGE_16),
    # a party's sixty days to seek review is not the body's 五日内转送
    ("乙方对补偿决定不服的，可以在收到决定之日起六十日内申请行政复议，或者在六个月内提起行政诉讼。", REVIEW_32),
])
def test_faithful_restatements_read_no_material_change(clause, upper):
    assert _kinds(clause, upper) == []


@pytest.mark.parametrize("clause, upper, kind", [
    # a duty joined to the act restated (并应当将延长期限的理由告知申请人) and left out: still a dropped duty
    ("行政机关应当自受理行政许可申请之日起二十日内作出决定；二十日内不能作出决定的，经本机关负责人批准，可以延长十日。", PERMIT_42,
     "duty_removed"),
    # 应当告知 made 可以: the modal of the part restated
    ("公安机关和其他有关行政机关的工作人员在执行职务时发现流浪乞讨人员的，可以告知其向救助站求助；对其中的残疾人、未成年人、老年人和"
     "行动不便的其他人员，还应当引导、护送到救助站。", RELIEF_5, "modal"),
    # the county body's approval put where the law has 县级人民政府 approve: the township words are the clause's own
    ("村民委员会的设立、撤销、范围调整，由镇人民政府提出，经村民会议讨论同意，报镇人民政府批准。", VILLAGE_3, "subject_changed"),
    # both ratios raised
    ("融资担保公司对同一被担保人的担保责任余额与融资担保公司净资产的比例不得超过20%，对同一被担保人及其关联方的担保责任余额与融资担保"
     "公司净资产的比例不得超过25%。", GUARANTEE_16, "amount"),
])
def test_real_alterations_stay_read(clause, upper, kind):
    assert kind in [k for k, _ in _kinds(clause, upper)]


# -- the engine on whole clauses ---------------------------------------------------------------------------------
RULES = load_packs()
CASES = fixture_cases("upper25p.toml")


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_upper25p_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("text", [
    # the dev sets' look-alikes this round reads right (sets M, N, L, P, J)
    "当事人对县城管局作出的行政处罚决定不服的，可以依法申请行政复议或者提起行政诉讼；复议、诉讼期间，行政处罚不停止执行，法律另有规定的除外。",
    "乡镇人民政府对村民委员会的工作给予指导、支持和帮助，但不得干预依法属于村民自治范围内的事项。",
    "普惠性民办幼儿园收费实行政府指导价管理，具体标准由县发展改革局会同县教育局依照省定价目录制定并公布。",
    "本县砂石采矿权一律通过招标、拍卖、挂牌等竞争性方式依法出让，不得以协议方式向特定企业配置资源。",
])
def test_no_upper_law_finding_on_look_alikes(corpus, text):
    found = [f for f in findings_on_article(corpus, RULES, text)
             if "upper-law" in (f.detail.get("categories") or [f.category])]
    assert_judged(found, {"polarity": "negative", "text": text})
