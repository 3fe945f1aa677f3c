"""Round 39 (force39, issue 8): a restated provision of a law or 行政法规 whose force or reach changed — a modal of the
government or of the public, an exception, a right of the party, a subject or scope — and lawful look-alikes that keep
them (bench/README.md, "Round 39 — force39")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("force39.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_force39_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


# ---- the readings of review/compare/discretion.py and reach.py on their own, against the articles' own words
# (read in /tmp/c3.db: 城乡规划法 第五十条第一款, 档案法 第二十七条, 行政处罚法 第四十五条第一款, 行政强制法 第八条第一款,
# 劳动合同法 第四十二条, 公证法 第三十条, 消防法 第二十一条第一款 and 第十六条第一款)
from review.compare import compare  # noqa: E402

PLANNING_50 = "在选址意见书、建设用地规划许可证、建设工程规划许可证或者乡村建设规划许可证发放后，因依法修改城乡规划给被许可人合法权益造成损失的，应当依法给予补偿。"
ARCHIVES_27 = ("县级以上各级档案馆的档案，应当自形成之日起满二十五年向社会开放。经济、教育、科技、文化等类档案，可以少于二十五年向社会开放；"
               "涉及国家安全或者重大利益以及其他到期不宜开放的档案，可以多于二十五年向社会开放。")
PENALTY_45 = ("当事人有权进行陈述和申辩。行政机关必须充分听取当事人的意见，对当事人提出的事实、理由和证据，应当进行复核；当事人提出的事实、"
              "理由或者证据成立的，行政机关应当采纳。")
COERCION_8 = ("公民、法人或者其他组织对行政机关实施行政强制，享有陈述权、申辩权；有权依法申请行政复议或者提起行政诉讼；因行政机关违法实施行政强制"
              "受到损害的，有权依法要求赔偿。")
LABOUR_42 = "劳动者有下列情形之一的，用人单位不得依照本法第四十条、第四十一条的规定解除劳动合同：\n（四）女职工在孕期、产期、哺乳期的；"
NOTARY_30 = ("公证机构经审查，认为申请提供的证明材料真实、合法、充分，申请公证的事项真实、合法的，应当自受理公证申请之日起十五个工作日内向当事人"
             "出具公证书。但是，因不可抗力、补充证明材料或者需要核实有关情况的，所需时间不计算在期限内。")
FIRE_21 = ("禁止在具有火灾、爆炸危险的场所吸烟、使用明火。因施工等特殊情况需要使用明火作业的，应当按照规定事先办理审批手续，采取相应的消防安全"
           "措施；作业人员应当遵守消防安全规定。")
FIRE_16 = ("机关、团体、企业、事业等单位应当履行下列消防安全职责：\n（二）按照国家标准、行业标准配置消防设施、器材，设置消防安全标志，并定期组织"
           "检验、维修，确保完好有效；\n（三）对建筑消防设施每年至少进行一次全面检测，确保完好有效，检测记录应当完整准确，存档备查；")
COERCION_43 = "行政机关不得在夜间或者法定节假日实施行政强制执行。但是，情况紧急的除外。"
# 国有土地上房屋征收与补偿条例 第十一条第二款 (round 40, lead: 决定是否 as a discretion word)
EXPROPRIATION_11 = ("因旧城区改建需要征收房屋，多数被征收人认为征收补偿方案不符合本条例规定的，市、县级人民政府应当组织由被征收人和公众代表参加的"
                    "听证会，并根据听证会情况修改方案。")


def _kinds(clause: str, upper: str, kind: str) -> list[str]:
    return [c.message for c in compare(clause, upper).changes if c.kind == kind and c.severity in ("error", "warning")]


@pytest.mark.parametrize("clause, upper, kind, read", [
    ("建设工程规划许可证发放后，因依法修改城乡规划给被许可人合法权益造成损失的，县自然资源和规划局可以酌情给予适当补偿。", PLANNING_50, "modal", True),
    ("县档案馆的档案，自形成之日起满二十五年的，原则上可以向社会开放。", ARCHIVES_27, "modal", True),
    ("当事人进行陈述和申辩的，县水务局对当事人提出的事实、理由和证据，认为必要时进行复核。", PENALTY_45, "modal", True),
    ("因执法人员实施行政强制受到损害的，不予赔偿。", COERCION_8, "modal", True),
    ("女职工在孕期、产期、哺乳期内，用人单位确因生产经营发生严重困难需要裁减人员的，可以依照劳动合同法第四十一条的规定解除其劳动合同。",
     LABOUR_42, "modal", True),
    ("本县行政区域内所有场所一律禁止吸烟、使用明火。", FIRE_21, "scope_changed", True),
    ("本县居民家庭和个人应当按照国家标准配置消防设施、器材，并对住宅消防设施每年至少进行一次全面检测，检测记录存档备查。", FIRE_16,
     "subject_changed", True),
    ("旧城区改建项目中，多数被征收人认为补偿方案不符合规定的，由县人民政府决定是否组织听证。", EXPROPRIATION_11, "modal", True),
    # look-alikes: the duty kept; the law's own 可以 restated; a time limit qualified; the qualifier kept; organisations kept
    ("建设工程规划许可证发放后，因依法修改城乡规划给被许可人合法权益造成损失的，县自然资源和规划局应当依法给予补偿。", PLANNING_50, "modal", False),
    ("县档案馆的档案，应当自形成之日起满二十五年向社会开放；涉及国家安全或者重大利益以及其他到期不宜开放的档案，可以延期向社会开放。",
     ARCHIVES_27, "modal", False),
    ("公证机构对证明材料真实、合法、充分的申请，原则上在十个工作日内出具公证书。", NOTARY_30, "modal", False),
    ("因违法实施行政强制受到损害的，有权依法要求赔偿。", COERCION_8, "modal", False),
    ("本县所有具有火灾、爆炸危险的场所禁止吸烟、使用明火。", FIRE_21, "scope_changed", False),
    ("本县机关、团体、企业、事业等单位应当对建筑消防设施每年至少进行一次全面检测。", FIRE_16, "subject_changed", False),
    ("多数被征收人认为征收补偿方案不符合规定的，县人民政府应当组织听证会，并根据听证会情况修改方案。", EXPROPRIATION_11, "modal", False),
])
def test_force_and_reach_read(clause, upper, kind, read):
    assert bool(_kinds(clause, upper, kind)) is read, compare(clause, upper).changes


def test_prohibition_with_its_exception_restated_is_not_read_here():
    """情况紧急的，可以在夜间实施 restates 行政强制法 第四十三条's exception: compare.discretion reads no 不得→可以 there."""
    from review.compare.discretion import read_discretion
    from review.compare.reading import Reading

    reading = Reading.of("情况紧急的，县综合行政执法局可以在夜间实施行政强制执行。", COERCION_43)
    read_discretion(reading)
    assert not reading.changes
