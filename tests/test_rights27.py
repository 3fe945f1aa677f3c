"""Round 27 (rights27, issue 8): readings with open slots around a person's rights of complaint, remedy, claim and
leaving, and persons' data passed between private parties (review/norms/interest.py, burden.py, relief.py;
C-RIGHTS-INTEREST, C-RIGHTS-OWN-ACT; bench/README.md, "Round 27 — rights27"):

* **retaliated** — a loss laid on a person because he exercised a right: the condition (……的，) names an act of the
  class 上访/信访/投诉/举报/反映/申诉/控告/起诉/仲裁/复议/speaking to the press, the consequence an adverse verb on what
  he holds; not the unlawful means (缠访闹访, 诬告), the party complained against, a complaint withdrawn, a channel
  declining a matter another channel holds, a protective 不得因;
* **claim** — a claim to what one is owed (…补偿, …赔偿, …报酬, …奖励, …款, …金) barred; not a double recovery, a
  business's or an official's demand on others;
* **voice** — a pledge not to complain or speak (承诺……不越级反映);
* **disclosed** (_told) — persons' data told by a private party to another private party (a school, an employer,
  other parents); health data by its noun's ending; not the person himself, his family, a government body;
* **own_act** — a worker's leaving asked for (不得申请调动、辞职), the civil service applied for (报考公务员).
"""

import pytest

from review.norms.burden import burdens
from review.norms.interest import interest
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("rights27.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_rights27_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("sentence, name", [
    # retaliated: a bonus cut and a post changed for a petition (set T); land taken back for suing; a rating lost
    # for a complaint to the press
    ("农村客运驾驶员参与集体停运或者越级上访的，客运企业应当扣发其当年安全行车奖励，并调离客运岗位。", "retaliated"),
    ("果园承包人就承包合同纠纷向人民法院起诉村集体的，村集体可以收回其承包的果园。", "retaliated"),
    ("景区经营户越级投诉或者向新闻媒体反映问题的，取消其当年文明诚信经营户评选资格。", "retaliated"),
    # claim: an inventor's reward (set T); compensation for land (set U, after the relief fix)
    ("企业获得专利资助后，其员工完成的职务发明创造一律归属企业，发明人不得另行主张奖励和报酬。", "claim"),
    ("政府投资项目施工需临时占用村集体土地或者村民承包地的，所在村民应当无偿提供，不得索要补偿。", "claim"),
    # voice as a pledge (sets U, T)
    ("享受政府购买居家养老服务的老年人及其子女应当签订承诺书，承诺对服务质量有异议的不越级向上级部门反映。", "voice"),
    ("入选的科技特派员应当签订承诺书，承诺派驻期间不对外发表与派驻工作有关的言论、不接受新闻媒体采访。", "voice"),
    # disclosed, told to a private party: to a school (set U); health data to teachers and other parents (set U)
    ("学校周边经营户应当自费安装视频监控设备并接入属地派出所平台，每日向学校报告进店消费的学生姓名和时间。", "disclosed"),
    ("学生接受心理咨询或者精神科门诊服务的，学校应当将其就诊情况通报班主任和全体任课教师，并告知同班学生家长。", "disclosed"),
    ("养老机构应当将入住老人的病情和用药情况告知其子女所在单位。", "disclosed"),
])
def test_interest_read(sentence, name):
    assert name in [b.name for b in interest(sentence)]
    assert burdens(sentence)


@pytest.mark.parametrize("sentence", [
    # own_act: the leaving asked for, the civil service applied for (set U)
    "交流轮岗教师在交流期间不得申请调动、辞职，不得报考公务员或者其他事业单位岗位。",
])
def test_own_act_read(sentence):
    assert "own_act" in [b.name for b in burdens(sentence)]


@pytest.mark.parametrize("sentence", [
    # retaliated look-alikes: unlawful means, the party complained against, a complaint withdrawn, a channel declining,
    # a protective 不得因
    "以缠访闹访、堵塞交通等方式扰乱信访秩序的，取消其当年评优资格。",
    "经营者被投诉三次以上的，取消其当年诚信经营户评选资格。",
    "投诉人撤回投诉的，县市场监督管理局终止调解。",
    "当事人已经申请仲裁或者提起诉讼的，人民调解委员会不予受理其调解申请。",
    "作业公司不得因环卫作业人员投诉、举报而扣减其工资或者解除劳动合同。",
    # … complaints made about the one who bears the loss, not by him (by the public he serves, counted, 被投诉)
    "对群众投诉较多的经营户，取消其当年评优资格。",
    "乘客投诉的，客运企业应当扣发驾驶员当月奖金。",
    # claim look-alikes: a double recovery, a demand on others, an official's demand
    "已经依法获得补偿的被征收人，不得就同一损失重复主张补偿。",
    "经营者不得向消费者索要额外费用。",
    "工作人员不得索要财物。",
    # told look-alikes: the person himself, his own parents, the statutory report, a product's test, consent
    "用人单位应当将职业健康检查结果书面告知劳动者。",
    "学校应当将学生的体检结果告知其家长。",
    "学校应当每月向县教育局报告辍学学生名单。",
    "经营者应当将商品的检测结果告知消费者。",
    "经本人书面同意，学校可以将学生的获奖情况告知其家长所在单位。",
])
def test_interest_lookalike(sentence):
    assert [b for b in interest(sentence) if b.name in ("retaliated", "claim", "disclosed", "voice")] == []
