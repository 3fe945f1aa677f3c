"""Round 32 (power32, issue 8): power readings of the general shape that recur over the dev sets' missed power
positives — a look into a private party's bank accounts or a private firm's books (商业银行法 第二十九条、第三十条,
会计法 第三十三条), a firm's internal decisions made to wait for a body's prior consent (优化营商环境条例 第十一条), a
public service institution or a self-governing body issuing a sanction (行政处罚法 第十七条), and a township deciding
what a statute gives the county government (bench/README.md, "Round 32 — power32")."""

import pytest

from review.norms.competent import readings as competent_readings
from review.norms.lexicon import load_lexicon
from review.norms.power import nonholders
from review.norms.takeover import takeovers
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("power32.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_power32_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("text, found", [
    # a bank account, a deposit, a flow of funds
    ("可以查询施工企业的银行账户和资金往来情况", True),
    ("查询渔船船东的个人储蓄存款情况", True),
    # a private firm's books
    ("调阅民营广播电台的会计账簿", True),
    ("对民营粮食加工企业进行财务检查", True),
    # guard rows: a subsidy given to it is not its books; a safety inspection is not a look into money
    ("对民营企业发放财务补助", False),
    ("对企业开展安全检查", False),
])
def test_private_finance_concept(text, found):
    assert bool(load_lexicon().find("inspect.private_finance", text)) is found


@pytest.mark.parametrize("text, found", [
    ("县税务局", True), ("县审计局", True), ("县公安局", True),
    # guard row: a body no finance law names
    ("县人民防空办公室", False),
])
def test_finance_holder_concept(text, found):
    assert bool(load_lexicon().find("inspect.finance_holder", text)) is found


@pytest.mark.parametrize("text, negated", [
    # 无 inside a noun negates nothing
    ("无线电管理机构", False), ("无人机", False), ("无害化处理", False),
    # guard rows: a negation stays one
    ("无权查询", True), ("无正当理由", True),
])
def test_wu_inside_a_noun_is_no_negation(text, negated):
    assert bool(load_lexicon().find("negation", text[:1] + text[1:])) is negated


@pytest.mark.parametrize("sentence, taken", [
    # the owner's price and officers wait for the body's prior consent
    ("企业调整主要产品销售价格、聘任高级管理人员，应当事先征得县招商服务中心同意。", True),
    ("快递企业调整网点负责人和快递服务收费标准的，应当事先征得县邮政业发展中心同意。", True),
    # guard: the owners' own organ consents (民法典 第二百七十八条)
    ("物业服务企业调整物业服务收费标准，应当事先征得业主大会同意。", False),
    # guard: a transfer the law makes wait for consent is not an internal affair
    ("企业转让探矿权的，应当事先征得县自然资源局同意。", False),
])
def test_prior_consent_takeover(sentence, taken):
    spans = [s for s in takeovers(sentence) if not s[2]]
    assert bool(spans) is taken


@pytest.mark.parametrize("text, named", [
    ("县融媒体中心有权责令其关闭账号", "县融媒体中心"),
    ("县粮食质量检测中心签发责令整改决定书", "县粮食质量检测中心"),
    # guard rows: an enforcement centre and an administrative service centre hold or host power
    ("县综合行政执法中心责令其停止", None),
])
def test_service_institution_nonholder(text, named):
    found = [text[a:b] for a, b in nonholders(text)]
    assert (named in found) if named else not found


@pytest.mark.parametrize("sentence, kind", [
    # a township makes the accident inquiry and the lockdown the statute gives the county government
    ("本乡发生一般生产安全事故的，由乡人民政府组织事故调查组进行调查。", "misplaced_accident_inquiry"),
    ("需要封锁疫区的，由街道办事处决定并发布封锁令。", "misplaced_outbreak_lockdown"),
    # guard rows: the county government, or a department it authorises; a township that assists
    ("一般生产安全事故由县人民政府负责调查。", None),
    ("乡镇人民政府应当配合县人民政府组织的事故调查。", None),
    ("县农业农村局应当及时报请县人民政府对疫区实行封锁。", None),
])
def test_township_competence(sentence, kind):
    found = [r for r in competent_readings(sentence) if not r[3]]
    assert (found and found[0][0] == kind) if kind else not found


@pytest.mark.parametrize("sentence, role", [
    # a body the statutes name by its function and 机构, with a level
    ("县无线电管理机构可以调阅有关资料。", "role.government"),
    ("县国有资产监督管理机构可以进行财务检查。", "role.government"),
    # guard row: a business's 机构
    ("培训机构可以调整课程安排。", "role.business"),
])
def test_statutory_function_body_is_government(sentence, role):
    from review.norms.analyse import analyse
    (norm,) = analyse(sentence, load_lexicon())
    assert norm.agent is not None and norm.agent.role == role
