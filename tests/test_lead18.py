"""Round 18, the lead's readings (issue 8), through the whole review on the shipped corpus, framed as the rewording
evaluation frames a new clause (bench/rewording_eval.py): a problem clause must be flagged in its category, a
look-alike not at all.

The readings: a government body named with 由 that carries out the gate itself (由县农业农村局牵头组织……联合会审，会审
通过后方可开工建设) gives the approval, and the party that waits is another (``analyse.conducts_gate``); a service
withheld until the party pays, the sentence ending at the payment (……，直至缴清欠费。: ``coercion.until``)."""


import pytest

from review.match import norms_of
from review.norms.lexicon import default_lexicon
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("lead18_*.toml")
RULES = load_packs()
LEXICON = default_lexicon()
LICENSE = next(rule for rule in RULES if rule.id == "C-LICENSE-01")


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_lead18_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("sentence, keeps_gate", [
    # the body carries out the gate; the party that waits is another
    ("新建、改扩建畜禽养殖场的，实行县级联审准入制度，由县农业农村局牵头组织自然资源、生态环境等部门联合会审，会审通过后方可开工建设。", True),
    ("在城区主干道两侧设置大型户外广告牌，由县城市管理局会同县自然资源局联合审查，审查同意后方可施工。", True),
    ("利用河道滩地从事经营性种植的，由县水利局组织实地核查，核查通过后方能进场作业。", True),
    # another government body waits: administration
    ("县直各部门开展涉企专项检查，须由县人民政府审批后方可进行。", False),
    # a plan of the administration's own
    ("乡镇年度农田水利建设计划由县水利局审核汇总，报县人民政府批准后方可实施。", False),
    # the body bears a duty of its own (由……承担): no gate
    ("评估费用由县财政局承担。", False),
])
def test_a_body_that_carries_out_the_gate_keeps_it(sentence, keeps_gate):
    norms = norms_of(LICENSE, sentence)
    gated = [n for n in norms if n.agent is not None and n.agent.role == "role.government"]
    assert gated, sentence
    assert any(n.keeper for n in gated) is keeps_gate, [(n.agent, n.keeper, n.preconditions) for n in gated]


@pytest.mark.parametrize("text, until", [
    ("暂停为其办理民政补助申领手续，直至缴清欠费。", True),
    ("暂停办理其采砂船只年度核验手续，直到结清所欠款项。", True),
    ("暂停办理其网签备案手续，直至缴清为止", True),
    ("县卫生健康局应当督促其整改并跟踪复查，直至整改合格。", False),
    ("多收取的费用，由收费单位在三十日内退还缴费人。", False),
])
def test_a_service_withheld_until_the_party_pays(text, until):
    assert LEXICON.has("coercion.until", text) is until


PLEDGE = next(rule for rule in RULES if rule.id == "C-RIGHTS-PLEDGE")


@pytest.mark.parametrize("sentence, agent", [
    # the condition stands in a later phrase than the modal: the subject is the sentence's first actor
    ("举报人应当签署承诺书，拒不签署的，不予受理。", "举报人"),
    # the modal stands in the condition (未能……的，): the subject is the main clause's
    ("申请人应当按期缴费而未缴的，县医疗保障局暂停其待遇。", "县医疗保障局"),
])
def test_the_subject_stands_before_a_later_condition(sentence, agent):
    norms = norms_of(PLEDGE, sentence)
    assert norms[0].agent is not None and norms[0].agent.text == agent, norms[0].agent


@pytest.mark.parametrize("text, pledged", [
    # the quoted words of the pledge negate nothing outside them, and 自愿 there is what is promised
    ("举报人应当签署“举报内容不实自愿承担一切法律后果”的承诺书，拒不签署的，不予受理。", True),
    ("当事人申请调解的，应当书面承诺调解期间不到上级机关信访。", True),
    ("鼓励村民自愿签订移风易俗承诺书。", False),
    ("申请人可以签署“本人无犯罪记录”的告知承诺书，代替提交无犯罪记录证明。", False),
])
def test_a_pledge_read_through_its_quoted_words(text, pledged):
    from review.match import match_text

    assert bool(match_text(PLEDGE, text)) is pledged


@pytest.mark.parametrize("upper, clause", [
    ("依法设立的危险化学品生产企业在其厂区范围内销售本企业生产的危险化学品，不需要取得危险化学品经营许可。",
     "危险化学品生产企业在其厂区范围内销售本企业生产的危险化学品的，应当取得危险化学品经营许可证。"),
    ("农户饲养种公畜进行互助配种的，不需要办理种畜禽生产经营许可证。",
     "农户饲养种公畜进行互助配种的，应当办理种畜禽生产经营许可证。"),
])
def test_an_exemption_made_a_duty_is_read(upper, clause):
    from review.compare import compare

    changes = compare(clause, upper).changes
    assert any(c.kind == "modal" and c.upper_span.startswith("不需要") for c in changes), changes
