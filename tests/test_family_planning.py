"""Family-planning cleanup (legal-checks.md §4) read over norms: one row per behaviour.

A problem (§4.2) gives exactly one finding, of the rule that owns its shape; a lawful look-alike (§4.3, neutral
lists, equal treatment, agency names, an issuer's duty, sex-selection bans) gives none. The sentences are written
for this table, in the wording of local documents; they are not the packs' examples.
"""

from __future__ import annotations

import pytest

from review.match import apply_rules
from review.model import Clause
from review.rules import load_packs

FP_RULES = [r for r in load_packs() if r.category == "family-planning"]
AS_OF = "2026-06-30"


def fired(text: str, header: str = "") -> list[str]:
    clause = Clause(index=0, label="第一条", text=text, start=0, end=len(text), paragraph=0, header=header)
    return sorted(f.rule for f in apply_rules(FP_RULES, [clause], as_of=AS_OF))


CASES = [
    # -- §4.2: a benefit, service or admission conditioned on a birth outside the policy → FP-LINK
    ("FP-LINK", "", "夫妻一方有政策外生育且未接受处理的，其子女不予办理随迁落户。"),
    ("FP-LINK", "", "超计划生育的家庭，三年内不得申请廉租住房。"),
    ("FP-LINK", "", "申请人本人多生子女的，积分减10分。"),
    ("FP-LINK", "", "新录用人员应当如实填报本人生育情况，经审核无超生情形的方予聘用。"),
    # -- conditioned on complying with family-planning policy → FP-COMPLY (no birth status named)
    ("FP-COMPLY", "", "参加年度优秀教师评选的，应当遵守国家计划生育政策。"),
    ("FP-COMPLY", "", "申请公共租赁住房的家庭应当具备以下条件：在本县连续居住满三年；符合计划生育政策；无自有住房。"),
    # -- a list item that only names the birth status, limited by its header → FP-LINK-ITEM
    ("FP-LINK-ITEM", "有下列情形之一的，不予批准其子女入园：", "（三）父母一方违法生育尚未处理的；"),
    # -- the person must produce a birth-status proof → FP-PROOF (also when it earns points or is a list item)
    ("FP-PROOF", "", "办理居住证积分入学的，申请人须提交户籍地乡镇出具的婚育情况证明。"),
    ("FP-PROOF", "", "已落实节育措施的育龄妇女，凭上环证明可加2分。"),
    ("FP-PROOF", "申请低保应当提交下列材料：", "（五）独生子女证或者计划生育情况说明；"),
    # -- a birth permit → FP-APPROVAL (the sentence's proofs go with it: one finding)
    ("FP-APPROVAL", "", "办理新生儿落户须提供出生医学证明、生育服务证和婚育证明。"),
    # -- discipline, fee, village rules, veto: their own rules, not FP-LINK as well
    ("FP-DISCIPLINE", "", "事业单位工作人员违法生育第三个子女的，予以辞退，并取消其评优资格。"),
    ("FP-FEE", "", "对超生的，按照当地上年人均收入的二倍征收社会抚养费，未缴清前不予办理户口登记。"),
    ("FP-VILLAGE", "", "本村村规民约规定，计划外生育的农户不得享受当年村集体收益分红。"),
    ("FP-VETO", "", "对计划生育工作考核不合格的单位，年度考核实行一票否决。"),
    ("FP-COERCIVE-SERVICE", "", "外来育龄妇女应当每季度接受一次孕检环检。"),
    # -- §4.3 and other lawful look-alikes: nothing
    (None, "", "对农村独生子女家庭和计划生育双女家庭，按规定发放奖励扶助金。"),
    (None, "", "获得独生子女父母光荣证的夫妻，退休时按规定享受一次性奖励。"),
    (None, "", "独生子女发生意外伤残、死亡的家庭，纳入特别扶助范围，给予全方位帮扶。"),
    (None, "", "生育三孩的家庭，其子女入园可以享受托育补贴。"),
    (None, "", "夫妻生育子女的，在户籍地或者居住地办理生育登记，不需提交其他证明。"),
    (None, "", "严禁非医学需要的胎儿性别鉴定；违反规定的，属国家工作人员的，依法给予处分。"),
    (None, "", "基本公共卫生、计划生育、就业服务等基本公共服务覆盖全部常住人口。"),
    (None, "", "居住证持有人在本市享有与户籍人口同等的入学、就业和计划生育服务。"),
    (None, "", "县卫生和计划生育局负责辖区内公共租赁住房申请人的资格初审。"),
    (None, "", "流动人口婚育证明由其户籍所在地乡镇人民政府免费出具。"),
    (None, "", "各地不得将个人生育情况作为入户、入学、入职的条件。"),
    (None, "", "对已征收的社会抚养费，依法依规妥善处理历史遗留问题。"),
    (None, "", "伪造、变造计划生育证明骗取奖励扶助的，追回已发放的资金。"),
    (None, "", "夫妻双方有实行计划生育的义务。"),
]


@pytest.mark.parametrize("expected,header,text", CASES, ids=[f"{c[0] or 'none'}:{c[2][:14]}" for c in CASES])
def test_family_planning_rules(expected, header, text):
    assert fired(text, header) == ([expected] if expected else []), text
