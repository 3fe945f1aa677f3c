"""Rules read concepts, not one wording: clauses in another drafter's words that a rule must (or must not) flag,
one row per concept the packs and lexicons learned in round 4 (issue 8)."""

from __future__ import annotations

import pytest

from review.match import match_text
from review.norms.analyse import analyse
from review.norms.lexicon import default_lexicon
from review.rules import load_packs

RULES = {r.id: r for r in load_packs()}
LEX = default_lexicon()


def fires(rule_id: str, text: str, header: str = "") -> bool:
    return bool(match_text(RULES[rule_id], text, header))


@pytest.mark.parametrize("rule_id,text", [
    # an approval document the next step depends on, without 方可
    ("C-LICENSE-01", "经营户应当先报镇旅游办审核，凭镇旅游办的核准意见到县市场监管局办理营业执照。"),
    # another body's opinion as the precondition of an application
    ("C-LICENSE-01", "企业申请使用临时用地前，须取得村民委员会出具的同意使用证明，未提交该证明的，自然资源部门不予受理。"),
    # eligibility limited to firms already registered
    ("C-LICENSE-02", "政府购买养老服务的承接主体，仅限于已在县民政局登记入库的养老服务机构。"),
    # a disqualification worded 今后不再具备
    ("C-PENALTY-03", "申报主体发现造假的，该主体今后不再具备本专项资金申报资格。"),
    # a deferral that falls on the household of the one convicted
    ("C-RIGHTS-01", "申请廉租房的，家庭中有成员被判处刑罚尚未执行完毕的，全家暂缓配租。"),
    # a public service frozen to force a signature
    ("C-RIGHTS-02", "征收范围内未签约的住户，由不动产登记中心冻结其名下房产的过户登记。"),
    # compelled entry worded 开门配合
    ("C-RIGHTS-HOME", "社区工作人员入户排查时，住户必须开门配合，不得以任何理由拒绝。"),
    # a new standard applied back to benefits already paid
    ("C-RIGHTS-RETRO", "本通知印发前已经享受的生活补助，不符合本通知条件的，一律予以追回。"),
    # an agency giving up its own inspection duty
    ("C-POWER-02", "县卫生健康局不再对民营诊所开展日常监督检查，诊所安全由其自行负责。"),
    ("C-POWER-LIABILITY", "因执行本规定给企业造成损失的，县政府及有关部门不承担任何赔偿责任。"),
    ("C-POWER-REMEDY", "当事人对依照本规定作出的决定不服的，不得申请行政复议。"),
    ("C-RIGHTS-REPORT", "村民外出务工超过一个月的，应当事先向村民小组长报告去向和返回时间。"),
    ("C-RIGHTS-WOMEN", "本村妇女出嫁后户口仍在本村的，不再享受村集体经济收益分配。"),
    # a charge piggy-backed on a lawful fee
    ("C-FEE-01", "学生的作业本、练习册费用由学校在开学时随学费一并收取。"),
])
def test_flags_the_concept_in_other_words(rule_id, text):
    assert fires(rule_id, text)


@pytest.mark.parametrize("rule_id,text,header", [
    # a bare 未经许可 restates a licence named (with its basis) before
    ("C-LICENSE-01", "未取得许可的，不得经营药品。", ""),
    # a clause forbidding a registration to be made a precondition protects
    ("C-LICENSE-02", "任何部门不得将登记情况作为企业经营的前置条件。", ""),
    # a renounced fee
    ("C-FEE-01", "参加本次技能竞赛的选手，不需缴纳任何报名费用。", ""),
    ("C-FEE-01", "价格监督检查由县市场监督管理局负责，价格管理和收费政策由县发展和改革局负责。", ""),
    # a heading naming a kind of penalty lists kinds
    ("C-PENALTY-01", "（二）财产罚：罚款、没收违法所得、没收非法财物；", ""),
    # a list header's measure is judged by its items
    ("C-RIGHTS-02", "（二）提供虚假材料的；", "有下列情形之一的，不予办理随迁入户："),
    # a capped total of penalty interest
    ("C-COERCE-03", "每逾期一日，按合同总价的千分之一支付违约金，违约金累计不超过合同总价的百分之五。", ""),
    # internal leave sign-off
    ("C-LICENSE-01", "局机关工作人员请休年假，须经科室负责人同意后方可离岗。", ""),
    # a promise not to cut utilities, a renounced tax rebate
    ("K-TAX-REBATE", "乙方依法享受国家规定的税收优惠，甲方不以奖励、返还等任何形式另行给予税收返还。", ""),
    ("FC-FRANCHISE", "本协议不授予乙方区域独家经营权，甲方有权依法引入其他运营企业。", ""),
    # SME set-asides and the statutory drug procurement platform
    ("FC-DESIGNATE", "适宜由中小企业提供的，采购人应当专门面向中小企业采购。", ""),
    ("FC-DESIGNATE", "各医疗机构采购药品，应当通过省药品集中采购平台进行。", ""),
    # the items of a list of what a policy may not contain name forbidden content, in any category
    ("FC-DESIGNATE", "（一）限定经营者只能购买县内企业生产的建材；", "制定涉及经营者经济活动的政策措施，不得含有下列内容："),
    ("C-FEE-02", "（三）要求企业按职工人数每人五十元集资修路；", "起草规范性文件，不得设定以下事项："),
])
def test_leaves_the_lawful_look_alike(rule_id, text, header):
    assert not fires(rule_id, text, header)


@pytest.mark.parametrize("rule_id,text,header", [
    # the same items under a header that lays them on someone still fire
    ("FC-DESIGNATE", "（一）施工单位只能购买或者使用指定企业供应的建材、设备；", "本县政府投资项目按照下列规定实施："),
    ("C-FEE-02", "（三）按职工人数每人五十元集资修路；", "为加快道路建设，辖区企业应当做到："),
])
def test_an_item_under_a_header_that_lays_it_still_fires(rule_id, text, header):
    assert fires(rule_id, text, header)


def test_except_as_handled_by_law_is_no_basis_for_what_is_added():
    norms = analyse("向未成年人销售电子烟的经营者，除依法处理外，三年内不予受理其经营许可申请。", LEX)
    assert norms[0].basis.kind == "none"
    assert analyse("对违法经营者依法处理。", LEX)[0].basis.kind == "general"
