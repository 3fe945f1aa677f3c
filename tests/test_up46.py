"""Round 46 (up46, issue 8): upper-law comparison — a level lowered below 县级以上 (a township, 街道 or village body
deciding what the law gives the county-level-and-above bodies), a stopped act carried on after another verb (安排其继续,
允许其继续), a decision the law gives the township taken up by a county body (报县人民政府批准 for 由乡（镇）人民政府审核
批准) — and the lawful look-alikes. Clauses: tests/fixtures/rewordings/up46.toml (real corpus, all packs); the concepts
on the articles' own text below (bench/README.md, "Round 46 — up46")."""

import pytest

from review.compare.levels import AUTONOMY, COUNTY_UP, lowered
from review.compare.pipeline import compare
from review.compare.reversal import act_queries, reversed_acts
from review.compare.slots import read_slots
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("up46.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_up46_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


# ---- the articles (read with `fashen statutes show`)
ANIMAL_25_2 = ("开办动物饲养场和隔离场所、动物屠宰加工场所以及动物和动物产品无害化处理场所，应当向县级以上地方人民政府农业农村主管"
               "部门提出申请，并附具相关材料。受理申请的农业农村主管部门应当依照本法和《中华人民共和国行政许可法》的规定进行审查。经审查"
               "合格的，发给动物防疫条件合格证；不合格的，应当通知申请人并说明理由。")
FIRE_15 = ("公众聚集场所投入使用、营业前消防安全检查实行告知承诺管理。公众聚集场所在投入使用、营业前，建设单位或者使用单位应当向场所"
           "所在地的县级以上地方人民政府消防救援机构申请消防安全检查，作出场所符合消防技术标准和管理规定的承诺，提交规定的材料，并对其"
           "承诺和材料的真实性负责。")
LAND_62_4 = "农村村民住宅用地，由乡（镇）人民政府审核批准；其中，涉及占用农用地的，依照本法第四十四条的规定办理审批手续。"
CONTRACT_52_1 = ("发包方将农村土地发包给本集体经济组织以外的单位或者个人承包，应当事先经本集体经济组织成员的村民会议三分之二以上成员或者"
                 "三分之二以上村民代表的同意，并报乡（镇）人民政府批准。")
PROCUREMENT_62_2 = ("集中采购机构对其工作人员应当加强教育和培训；对采购人员的专业水平、工作实绩和职业道德状况定期进行考核。采购人员经考核"
                    "不合格的，不得继续任职。")
VACCINE_73 = ("疫苗存在或者疑似存在质量问题的，疫苗上市许可持有人、疾病预防控制机构、接种单位应当立即停止销售、配送、使用，必要时"
              "立即停止生产，按照规定向县级以上人民政府药品监督管理部门、卫生健康主管部门报告。")


@pytest.mark.parametrize("level, mine, expected", [
    (COUNTY_UP, 0, True),           # 县级以上 → a township's or a 街道's body: below every body the law names
    (COUNTY_UP, 1, False),          # 县级以上 → a county's body: one of them
    (COUNTY_UP, AUTONOMY, True),    # … → a village committee
    (1, 0, True),                   # a named county's → a township's (as before)
    (2, 1, True),                   # a 设区的市's → a county's (as before)
    (0, 0, False),                  # the township the law names
    (-1, 0, False),                 # no level named
])
def test_lowered(level, mine, expected):
    assert lowered(level, mine) is expected


def _kinds(clause, upper):
    return [(c.kind, c.severity) for c in compare(clause, upper).changes if c.severity in ("error", "warning")]


@pytest.mark.parametrize("clause, upper, changed", [
    # (A) a township given what the law gives 县级以上 bodies
    ("开办动物饲养场和隔离场所的，应当向所在地乡镇人民政府提出申请，经乡镇人民政府审查合格的，发给动物防疫条件合格证。",
     ANIMAL_25_2, True),
    ("公众聚集场所在投入使用、营业前，使用单位应当向场所所在地的乡（镇）人民政府申请消防安全检查，并提交规定的材料。", FIRE_15,
     True),
    # … a county body is a 县级以上 body; a township that only informs
    ("开办动物饲养场和隔离场所的，应当向县农业农村局提出申请，经审查合格的，由县农业农村局发给动物防疫条件合格证。", ANIMAL_25_2,
     False),
    ("公众聚集场所在投入使用、营业前，使用单位应当向县消防救援大队申请消防安全检查，乡（镇）人民政府做好宣传引导。", FIRE_15,
     False),
    # (D) the township's decision taken up by the county (the township left a step before it, or not named)
    ("农村村民住宅用地，经乡镇人民政府审核后，报县人民政府批准。", LAND_62_4, True),
    ("发包方将农村土地发包给本集体经济组织以外的单位承包的，经村民会议三分之二以上成员同意后，报县农业农村局批准。",
     CONTRACT_52_1, True),
    # … the township decides, the county's bureau is sent a copy; the law's township restated
    ("发包方将农村土地发包给本集体经济组织以外的单位承包的，经村民会议三分之二以上成员同意后，报乡（镇）人民政府批准，并抄送县"
     "农业农村局备案。", CONTRACT_52_1, False),
    ("农村村民住宅用地，由乡（镇）人民政府审核批准。", LAND_62_4, False),
])
def test_body_level(clause, upper, changed):
    assert (("body_changed", "warning") in _kinds(clause, upper)) is changed, compare(clause, upper).changes


@pytest.mark.parametrize("text, actor, role", [
    # a body a matter is sent up to that decides it acts (报……批准, 报……审批), as 由……审核批准 says
    ("农村村民住宅用地，经乡镇人民政府审核后，报县人民政府批准。", "县人民政府", "who"),
    # … the last body of a chain (由村民委员会报县……局审批): the committee forwards
    ("农村村民申请宅基地的，由村民委员会直接报县农业农村局审批。", "县农业农村局", "who"),
    # a filing: the body is only told
    ("采购合同应当报县财政局备案。", "县财政局", "to"),
])
def test_read_slots_decider(text, actor, role):
    assert (actor, role) in {(s.actor, s.role) for s in read_slots(text)}


@pytest.mark.parametrize("clause, upper, reversed_", [
    # (B) a stopped act carried on after the verb of arranging or letting it
    ("集中采购机构的采购人员经考核不合格的，可以安排其继续任职，并限期参加业务培训。", PROCUREMENT_62_2, True),
    ("疫苗疑似存在质量问题的，接种单位在报告县卫生健康局后，可以安排继续使用。", VACCINE_73, True),
    # … the clause keeps the stop; a new post after a new assessment
    ("疫苗疑似存在质量问题的，接种单位应当立即停止使用，并报告县卫生健康局；不得安排其继续接种。", VACCINE_73, False),
    ("采购人员经考核不合格的，不得继续任职；经重新培训考核合格的，可以安排其从事采购工作。", PROCUREMENT_62_2, False),
])
def test_carried_on(clause, upper, reversed_):
    assert bool(reversed_acts(clause, upper)) is reversed_


def test_carried_on_query():
    # the act carried on after 安排其 is searched as the stop it reverses, as 可以继续渡运 was
    assert any(q.startswith("应当停止") for q in act_queries("考核不合格的，可以安排其继续执行押运任务。"))
