"""Round 27 (power27, issue 8): public power where it cannot stand, read with open slots — a public body's act against
a party with its reasons shed (无需说明理由), property requisitioned by a nonholder or with its compensation left open,
another organ's audit of a class of others' accounts (review/norms/shed.py); a township deciding after its own check
(审核决定/审核指定) or issuing a conclusion (出具……结论) the law gives a county department; a nonholder entrusted with or
taking on a case's investigation (调查取证, 责令) (review/norms/power.py); the organs 予以配合执行 a nonholder's decision
no longer excusing it (C-POWER-NONHOLDER's unless).

Every clause of tests/fixtures/rewordings/power27.toml (written before the readings) stands as 第二条 of a county draft;
then the readings' table: the dev sets' misses (U, S, T; dev), each beside a lawful look-alike."""

import tomllib
from pathlib import Path

import pytest

from review.norms.power import readings as power_readings
from review.norms.shed import readings as shed_readings
from review.rules import load_packs
from tests.new_clauses import assert_judged, clause_param, findings_on_article as shared_findings_on_article

FIXTURE = Path(__file__).parent / "fixtures" / "rewordings" / "power27.toml"
CASES = tomllib.loads(FIXTURE.read_text(encoding="utf-8"))["case"]
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param("power27", i, c) for i, c in enumerate(CASES)])
def test_power27_clause(corpus, stem, index, case):
    found = shared_findings_on_article(corpus, RULES, case["text"], case.get("header", ""), name="power27.txt")
    assert_judged(found, case)


def _laid(spans) -> set[str]:
    return {kind for kind, _, _, guard in spans if not guard}


@pytest.mark.parametrize("sentence, kind", [
    # (sentence, the kind laid by shed.py, or None)
    # reasons shed on a subsidy cut and taken back (U, dev)
    ("县人社局可以根据资金使用情况，单方调减或者收回已拨付给见习单位的见习补贴，无需说明理由。", "drop"),
    # … reasons given
    ("县民政局对不符合条件的临时救助申请作出不予救助决定的，应当书面说明理由。", None),
    # … the applicant's own withdrawal: no body acts against a party
    ("申请人可以在作出决定前撤回申请，无需说明理由。", None),
    # … the no-answer that is itself the failure named beside the act: a ground of review described (D124, a 深圳
    # list of legal channels), or a period let pass
    ("申请建设项目环境影响审批等行政许可，环保主管部门拒绝或者在法定期限内不予答复的，可以申请行政复议。", None),
    ("县市场监管局对投诉不予受理或者逾期不予答复的，投诉人可以向上一级机关反映。", None),
    # … but an answer dispensed after the act stays read
    ("县住建局作出不予受理决定的，可以不予答复申请人的询问。", "drop"),
    # … a secret kept
    ("涉及国家秘密的，县公安局作出不予公开决定时可以不说明理由。", None),
    # a 指挥部 requisitioning anyone's property, compensation left open (U, dev)
    ("县疫情防控指挥部根据工作需要，可以征用辖区内任何单位和个人的房屋、车辆及物资，征用补偿事宜另行研究。", "usurp"),
    # … the government requisitioning with compensation
    ("县人民政府在紧急情况下可以征用单位和个人的房屋、场地，使用完毕后及时返还并给予补偿。", None),
    # … a bureau requisitioning with compensation left open
    ("县交通运输局可以临时征用沿线企业的运输车辆，征用费用视情况另行研究。", "drop"),
    # a 财政局 auditing every 社会组织's accounts (U, dev)
    ("县财政局可以对本县各类社会组织的财务收支情况开展专项审计，并依据审计结论作出处理决定。", "expand"),
    # … the audit organ
    ("县审计局依法对使用财政资金的社会组织的财务收支情况进行审计监督。", None),
    # … the shareholder auditing the firms it funds
    ("县国资委可以对所出资企业的财务收支情况开展专项审计。", None),
])
def test_shed_readings(sentence, kind):
    # (round 46: the rights reading of reasons shed, ``unreasoned``, is tested in tests/test_realrp46.py)
    laid = _laid(shed_readings(sentence)) - {"unreasoned"}
    assert laid == ({kind} if kind else set()), (sentence, shed_readings(sentence))


@pytest.mark.parametrize("sentence, laid", [
    # (sentence, whether a power reading is laid unguarded)
    # a township deciding a 乡村医生's registration (U, dev)
    ("乡村医生的执业注册、再注册由所在镇人民政府审核决定，报县卫生健康局备案。", True),
    # a township's 审核指定 of a temporary site (S, dev)
    ("信教公民需要指定临时活动地点的，由所在地乡镇人民政府审核指定，报县宗教事务部门备案。", True),
    # a township issuing the inspection's conclusion the bureau decides on (U, dev)
    ("民办学校年度检查由学校所在地乡镇人民政府组织实施并出具检查结论，县教育局依据该结论作出处理决定。", True),
    # … the statute's township matter (最低生活保障)
    ("最低生活保障对象由乡镇人民政府审核确定，报县民政局备案。", False),
    # … the township collects, the county decides
    ("镇人民政府负责受理辖区个体工商户的登记申请材料，报县市场监督管理局依法审核决定。", False),
    # a 物业 entrusted with investigation and orders (T, dev)
    ("区城管执法局可以委托辖区物业服务企业，对小区内违法搭建行为实施调查取证和责令改正。", True),
    # … entrusted with patrols and reporting
    ("县城市管理局可以委托物业服务企业开展违法建设巡查，发现问题及时报告。", False),
    # an association investigating and proposing the penalty (T, dev)
    ("县机动车维修行业协会负责对维修企业违规经营行为进行调查取证并提出处罚意见，县交通运输局依据协会意见作出处罚决定。", True),
    # … helping the bureau investigate
    ("县餐饮行业协会负责协助县市场监管局对违规经营行为开展调查取证。", False),
])
def test_power_readings(sentence, laid):
    assert bool(_laid(power_readings(sentence))) == laid, (sentence, power_readings(sentence))
