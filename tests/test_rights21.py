"""Round 21 (rights21, issue 8): the rights misses of every dev set pooled and grouped by concept (bench/README.md,
"Round 21 — rights21"); the concepts seen in two or more writers' sets built as readings, after
tests/fixtures/rewordings/rights21.toml was written (other sectors, condition first or last, list items):

* **debt** (review/norms/effect.py ``owed``, ``related``; review/norms/exacted.py ``settled``): a certificate, a relief,
  a vote or a school transfer withheld — or gated — for a charge owed to someone else (物业服务费, 供热费, a relative's
  医保费): 不当联结. A charge relates only to what it pays for (the supplier's own supply, the scheme's own benefit);
  a list header of cases lends its measure to the items (review/norms/conditions.py ``header_lays``);
* **exit** (review/norms/burden.py ``_OWN_ACT``, ``left_item``): a person's leaving his job or the county barred, put
  under a former employer's or a body's consent, or his file kept back; 原则上不得辞职；确需离岗的，应当经……同意 is no
  self-restraint of a body (review/norms/lookalike.py);
* **hukou** (burden.py ``_origin``): a registration or a public service any resident may ask for gated on 本地户籍;
* **record** (burden.py ``_record``, ``record_item``): a sentence served or a punishment undergone barring a trade, a
  stall or a job no law bars;
* **member** (burden.py ``_member_origin``): a collective member's land, share or compensation ended or refused for
  where his household is registered (户籍迁出; 迁入不满五年);
* **carry** (review/match.py ``without_yielded``): a rights finding yielding to another category's rule on the same
  sentence is carried by that finding (both categories), not dropped.
"""

import pytest

from review.norms.burden import burdens, left_item, record_item
from review.norms.effect import effects, owed, related
from review.norms.exacted import _settled
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("rights21.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_rights21_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("trigger, charge", [
    ("对拖欠供热费的居民用户", "供热费"),
    ("（一）拖欠物业服务费一年以上的；", "物业服务费"),
    ("农户家庭成员未按期足额缴纳城乡居民基本医疗保险费的", "城乡居民基本医疗保险费"),
    ("（二）未按照物业服务合同约定按时足额交纳物业服务费用或者专项维修资金的；", "物业服务费用"),
    # wages and contract sums a firm owes are other debts
    ("拖欠农民工工资的企业", ""),
    ("拖欠工程款的建设单位", ""),
    ("未按规定提交材料的", ""),
])
def test_owed(trigger, charge):
    assert owed(trigger) == charge


@pytest.mark.parametrize("trigger, withheld, expected", [
    ("拖欠物业服务费累计超过六个月", "暂停为其办理居住登记、出具各类证明等服务事项", False),   # only 服务 shared
    ("欠缴供水费", "暂停供水", True),
    ("未按规定缴纳城乡居民基本医疗保险费", "不享受当年基本医疗保险待遇", True),
    ("拖欠物业服务费一年以上", "不得参加业主大会投票表决", False),
])
def test_a_charge_relates_only_to_what_it_pays_for(trigger, withheld, expected):
    assert related(trigger, withheld) is expected


@pytest.mark.parametrize("sentence, header, guard", [
    # a certificate withheld for a heating bill: the bill guards only the supply itself
    ("对拖欠供热费的居民用户，由社区暂停为其出具各类证明和办理民政补助申领手续，直至缴清欠费。", "", ""),
    # the items' charge against the header's vote or certificate
    ("（三）拖欠物业服务费累计超过六个月，经催告仍不缴纳的。",
     "业主有下列情形之一的，社区居民委员会暂停为其办理居住登记、出具各类证明等服务事项：", ""),
])
def test_a_debt_link_is_laid(sentence, header, guard):
    assert [e.guard for e in effects(sentence, header) if e.kind == "withhold"] == [guard]


@pytest.mark.parametrize("sentence, hit", [
    ("职工申请提取住房公积金的，应当先行结清其在本市拖欠的物业服务费和供暖费。", True),
    ("子女就读县城学校需办理转学手续的，家长应当先缴清所欠的燃气费和物业服务费，学校方可办理。", True),
    ("申请领取城乡居民养老保险待遇的，应当先行结清本人拖欠的村集体土地承包费和水费。", True),
    # the charge's own service; a tax the law puts first; the maintenance fund
    ("办理燃气用户变更的，应当先结清所欠燃气费。", False),
    ("申请供热开栓的，应当先缴清往年拖欠的供热费。", False),
    ("办理不动产转移登记的，应当先行缴清契税。", False),
    ("办理房屋交付手续的，购房人应当先交存住宅专项维修资金。", False),
])
def test_settled(sentence, hit):
    assert bool(_settled(sentence, "", "")) is hit


@pytest.mark.parametrize("sentence, header, name", [
    ("民营医疗机构医务人员离职的，须取得原机构出具的同意离职书，卫生健康部门方可为其办理执业注册变更。", "", "own_act"),
    ("旅游旺季期间，本县导游人员一律不得请假或者离开县域，确需离开的须报县文化和旅游局批准。", "", "own_act"),
    ("县属国有林场护林员在合同期内不得辞职；确需辞职的，应当提前六个月报县林业局同意。", "", "own_act"),
    ("未满服务期离开本县的，其人事档案不予转出。", "", "own_act"),
    ("（二）服务未满八年离开本县的；", "引进的医疗卫生人才有下列情形之一的，其人事档案和社会保险关系不予转出：", "own_act"),
    ("申请办理残疾人机动轮椅车登记的，应当具有本市常住户籍；持本市居住证的外地残疾人不予办理。", "", "origin"),
    ("城区居民饲养犬只的，每户限养一只，养犬人须年满二十二周岁并具有本县常住户口。", "", "origin"),
    ("外地户籍学生在本县就读高中的，须由父母一方持有本县户籍满五年方可报名参加中考。", "", "origin"),
    ("（二）本人或者其父母一方具有本县户籍；", "报名参加县体育中心游泳培训班的，应当符合下列条件：", "origin"),
    ("因故意犯罪被判处刑罚的人员，刑满释放后五年内不得在本县申请办理个体工商户登记。", "", "record"),
    ("受过治安管理处罚的人员，五年内不得在本县从事家政服务和月嫂工作。", "", "record"),
    ("（一）曾因故意犯罪受过刑事处罚的；", "有下列情形之一的人员，不予办理农贸市场摊位租赁登记：", "record"),
    # member: land, a share or compensation ended or refused for the household's registration
    ("村民将户籍迁出本村的，其在本村的土地承包经营权和集体收益分配资格一并终止。", "", "origin"),
    ("户籍迁入本村不满五年的村民，不参与本村集体土地征收补偿费的分配。", "", "origin"),
    ("（二）户籍已迁出但承包地仍在本村的外嫁女及其子女；", "有下列情形之一的村民，不得参加当年度村集体经济收益分配：", "origin"),
])
def test_a_rights_burden(sentence, header, name):
    assert name in {b.name for b in burdens(sentence, header)}, burdens(sentence, header)


@pytest.mark.parametrize("sentence, header", [
    # exit: a protective negation, an official's resignation under its statute, a post kept during duty, quarantine
    ("用人单位不得以扣押证件、不出具解除劳动合同证明等方式限制劳动者离职。", ""),
    ("公务员辞去公职，应当依照《中华人民共和国公务员法》第八十五条向任免机关提出书面申请。", ""),
    ("值班人员在值班期间不得离开岗位。", ""),
    ("密切接触者在医学观察期间不得离开居住地。", ""),
    ("劳动者解除劳动合同的，用人单位应当在十五日内为劳动者办理档案和社会保险关系转移手续。", ""),
    # hukou: equal treatment; the place of a 低保 application; the registration of 户籍 itself; a residence permit as
    # the alternative
    ("持有本县居住证的非本县户籍居民，与本县户籍居民同等享受公共文化体育设施免费开放服务。", ""),
    ("申请最低生活保障的，由共同生活的家庭成员向户籍所在地的乡镇人民政府提出书面申请。", ""),
    ("本县户籍居民申请办理居民身份证的，向户籍所在地公安派出所提出申请。", ""),
    ("申请办理公交优待乘车卡的，应当具有本市户籍或者持有本市居住证。", ""),
    ("不得以户籍为由限制老年人办理公交优待乘车卡。", ""),
    # (D009, found in the findings dump: children routed to the districts' enrolment procedure, nothing refused)
    ("不符合政策性照顾借读生条件的非本市户籍适龄儿童，由其父母或其他法定监护人按各区教育行政部门规定进行报名。", ""),
    # record: the statute's own bar, a protective negation, the government's help
    ("曾因故意犯罪被判处刑罚的人员，不得担任保安员，依照《保安服务管理条例》第十七条的规定执行。", ""),
    ("因犯罪被判处刑罚，执行期满未逾五年的，不得担任公司的董事、监事、高级管理人员。", ""),
    ("不得以申请人曾受过行政处罚为由拒绝办理个体工商户登记。", ""),
    ("县人力资源和社会保障局应当为刑满释放人员提供就业指导和职业技能培训。", ""),
    # member: a protective negation, a surrender one chooses
    ("承包期内，不得以农户进城落户、户籍迁出为由收回其承包地。", ""),
    ("农户自愿交回承包地的，可以获得合理补偿。", ""),
])
def test_no_rights_burden(sentence, header):
    assert not {b.name for b in burdens(sentence, header)} & {"own_act", "origin", "record"}, burdens(sentence, header)


def test_items_are_the_problem_not_conduct():
    assert left_item("（二）服务未满八年离开本县的；", "引进的医疗卫生人才有下列情形之一的，其人事档案和社会保险关系不予转出：")
    assert record_item("（一）曾因故意犯罪受过刑事处罚的；", "有下列情形之一的人员，不予办理农贸市场摊位租赁登记：")
    assert not record_item("（一）曾因故意犯罪受过刑事处罚的；", "有下列情形之一的，不得担任保安员：")
