"""Round 19 (rights19, issue 8): the rights category read by concept — who is burdened (the public, a person, a
business, a third party), with what modal, doing what, on what condition — through the whole review on the shipped
corpus, framed as bench/rewording_eval.py frames a new clause (tests/new_clauses.py). Every clause of
tests/fixtures/rewordings/rights19.toml was written before the readings changed; then rows of the readings in
review/norms/burden.py read directly, problems and lawful look-alikes.

The readings (review/norms/burden.py, rule C-RIGHTS-NARROW in review/packs/content.toml):

* ``join`` — a membership (协会, 商会, 服务队) or a standing service (巡查, 值守) required of the public, not a body that
  organises its own people, not a business's own safety duty, not what is encouraged or voluntary;
* ``tell`` — a person's own movements, stays and gatherings reported to a body (行车路线, 住宿变动, 治丧人数), or customers'
  and sellers' data forwarded to a 社区, 村委会, 网格 or 综治中心 (the statutory registers stay with the business or go to
  the police under their article);
* ``reduce`` — joining a union, complaining, petitioning, going to court, leaving one's county barred; a pledge to stay
  silent (不采取上访等方式反映诉求);
* ``deemed`` — a loss of one's share or job "deemed" from a breach (视为自动放弃收益分配, 视为自动离职), not a claim's own
  deadline missed (逾期未申报的，视为放弃);
* ``taken`` — one's own things removed or taken back with compensation refused, not illegal buildings or idle land;
* ``shared`` — a third party made to share another's liability (出租人与承租人共同承担), not one's own fault nor a statute's
  joint liability (生产者和销售者, 挂靠);
* ``shut_out`` — a group shut out of a benefit by origin or past (非本县户籍的……不享受), not the statutory residence of
  social assistance;
* ``choice`` — the public made to buy at a place a body names.

Also: a withholding whose trigger is obstruction (阻挠……建设的村民) is leverage (review/norms/effect.py); a refusal's own
words decide whether a benefit withheld is related to it (签约居民未参加体检的，不再提供签约服务); a rule that yields to
a rule which itself yields on the sentence no longer disappears with it (review/match.py ``without_yielded``).
"""

import pytest

from review.norms.burden import burdens
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("rights19.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_rights19_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("sentence, header, name", [
    # join: a membership or a patrol required of the public
    ("从事家政服务的个人，应当加入所在街道的家政服务联合会。", "", "join"),
    ("沿河居住的村民，每月须参加不少于两次的河道巡查。", "", "join"),
    # tell: one's own movements and gatherings, others' data forwarded to a community body
    ("在本镇务工的外来人员，应当每周到派出所报告外出路线和住宿地点。", "", "tell"),
    ("眼镜店验配眼镜的，应当登记顾客的姓名和手机号码，并按月报送所在社区。", "", "tell"),
    # reduce: a union, a complaint, a suit, leaving the county; a pledge to stay silent
    ("家政服务员不得加入用工单位的工会。", "", "reduce"),
    ("对检测结果有异议的养殖户，不得向上级部门投诉。", "", "reduce"),
    ("领取创业补贴的人员，三年内不得离开本县。", "", "own_act"),
    ("承包户应当签订承诺书，保证不以信访方式反映土地问题。", "", "reduce"),
    # deemed, taken, shared, shut out, choice
    ("违反村规民约的，视为自动放弃当年的集体分红。", "", "deemed"),
    ("沿街居民自行安装的遮阳棚，由社区统一拆除，不予补偿。", "", "taken"),
    ("顾客在网吧内吸烟的，网吧经营者与顾客共同承担罚款。", "", "shared"),
    ("外来务工人员子女不享受县级教育资助。", "", "shut_out"),
    ("学生须在学校指定的书店购买教辅资料。", "", "choice"),
    # a member's vote taken for an unrelated debt (民法典 第二百七十八条), in the sentence or in the list header
    ("未缴清供暖费的业主，暂停其在业主大会的投票权。", "", "reduce"),
    ("（一）拒不配合小区改造的；", "业主有下列情形之一的，不得参加业主大会会议表决：", "reduce"),
    # land taken back because its holder works in town (土地管理法 第六十二条, 农村土地承包法 第二十七条)
    ("全家进城务工满两年的农户，其承包地由村民小组收回另行发包。", "", "taken"),
])
def test_a_burden_read_by_concept(sentence, header, name):
    assert name in {b.name for b in burdens(sentence, header)}, burdens(sentence, header)


@pytest.mark.parametrize("sentence", [
    # the body organises its own people; a business's statutory safety duty
    "各村（社区）应当组织村民参加夜间巡逻。",
    "危险化学品经营企业应当安排专人24小时值班。",
    # the guests' register (旅馆业治安管理办法), a tenant register
    "旅馆经营者应当向公安机关报送住宿旅客信息。",
    # the law's own terms restated, inciting others barred, quarantine
    "起诉不符合条件的，人民法院不予受理。",
    "其他案件自行政行为作出之日起超过五年提起诉讼的，人民法院不予受理。",
    "征收补偿协议应当载明补偿方式、补偿金额和支付期限，不得约定被征收人放弃申请行政复议、提起行政诉讼的权利。",
    "任何人不得煽动他人上访。",
    "居家隔离人员不得离开居住地。",
    # a body's own target, a claim's own deadline, idle land, statutory joint liability, social assistance by residence
    "各乡镇要与村签订责任书，确保不发生越级上访。",
    "逾期未申报的，视为自动放弃当年补贴。",
    "闲置满两年的，无偿收回土地使用权。",
    "造成消费者损害的，生产者和销售者承担连带赔偿责任。",
    "非本县户籍人员不纳入本县最低生活保障范围。",
    # protective, encouraged, voluntary
    "任何单位不得阻挠和限制职工依法参加和组织工会。",
    "鼓励个体工商户自愿加入个体劳动者协会。",
    "驾驶人应当到指定的医疗机构体检。",
    # an interest withheld from the vote; the law's own reclaiming of a second homestead
    "与表决事项有利害关系的委员不得参加表决。",
    "农村村民一户只能拥有一处宅基地，一户多宅的多余宅基地由村集体经济组织依法收回。",
])
def test_a_lawful_lookalike_lays_no_burden(sentence):
    new = {"join", "tell", "reduce", "deemed", "taken", "shared", "shut_out", "choice", "own_act"}
    assert not new & {b.name for b in burdens(sentence)}, burdens(sentence)
