"""Upper-law round 23, upper23 (bench/README.md, "Round 23 — upper23"): a precondition a clause puts before an act the
upper law lets the party do freely (可以, 有权自主决定, 不需要/无需取得……, 可以先行……) or with a notice only (备案, 报告,
告知, 补办手续) — 经……同意/批准后方可, 须事先报经……批准, 未经……不得, 应当先……方可, 取得……证后方可, 不得自行……
(review.compare.gates, graded condition_added case "gate"); and the engine's search for such a clause by its act alone
(review.engine._UpperReader.by_gate), with another article of the law laying a gate on the act as a guard
(review.engine.without_gates_laid_elsewhere).

Article texts as read in the corpus (/tmp/c3.db, 2026-12-05)."""

from __future__ import annotations

import pytest

from review.compare import compare
from review.compare.gates import bearer, clause_gates, is_gate, without_gates

LAND_CONTRACT_36 = "承包方可以自主决定依法采取出租（转包）、入股或者其他方式向他人流转土地经营权，并向发包方备案。"
ROADS_34 = "埋设在城市道路下的管线发生故障需要紧急抢修的，可以先行破路抢修，并同时通知市政工程行政主管部门和公安交通管理部门，在24小时内按照规定补办批准手续。"
ANIMAL_52_3 = ("从事动物运输的单位、个人以及车辆，应当向所在地县级人民政府农业农村主管部门备案，妥善保存行程路线和托运人提供的"
               "动物名称、检疫证明编号、数量等信息。具体办法由国务院农业农村主管部门制定。")
CIVIL_713 = ("承租人在租赁物需要维修时可以请求出租人在合理期限内维修。出租人未履行维修义务的，承租人可以自行维修，维修费用由出租人"
             "负担。因维修租赁物影响承租人使用的，应当相应减少租金或者延长租期。")
PIPELINE_38 = ("管道企业在紧急情况下进行管道抢修作业，可以先行使用他人土地或者设施，但应当及时告知土地或者设施的所有权人或者使用权"
               "人。给土地或者设施的所有权人或者使用权人造成损失的，管道企业应当依法给予赔偿。")
LIVESTOCK_28 = "农户饲养的种畜禽用于自繁自养和有少量剩余仔畜、雏禽出售的，农户饲养种公畜进行互助配种的，不需要办理种畜禽生产经营许可证。"
REGISTRATION_30 = "因自然灾害、事故灾难、公共卫生事件、社会安全事件等原因造成经营困难的，市场主体可以自主决定在一定时期内歇业。法律、行政法规另有规定的除外。"
FOOD_35 = ("国家对食品生产经营实行许可制度。从事食品生产、食品销售、餐饮服务，应当依法取得许可。但是，销售食用农产品和仅销售"
           "预包装食品的，不需要取得许可。仅销售预包装食品的，应当报所在地县级以上地方人民政府食品安全监督管理部门备案。")
LABOUR_DISPUTE_5 = ("发生劳动争议，当事人不愿协商、协商不成或者达成和解协议后不履行的，可以向调解组织申请调解；不愿调解、调解不成或者"
                    "达成调解协议后不履行的，可以向劳动争议仲裁委员会申请仲裁；对仲裁裁决不服的，除本法另有规定的外，可以向人民法院"
                    "提起诉讼。")
FISHING_PORT_25 = ("因渔港水域内发生的交通事故或者其他沿海水域发生的渔业船舶之间的交通事故引起的民事纠纷，可以由渔政渔港监督管理机关"
                   "调解处理；调解不成或者不愿意调解的，当事人可以向人民法院起诉。")
CIVIL_791 = ("发包人可以与总承包人订立建设工程合同，也可以分别与勘察人、设计人、施工人订立勘察、设计、施工承包合同。发包人不得将"
             "应当由一个承包人完成的建设工程支解成若干部分发包给数个承包人。\n总承包人或者勘察、设计、施工承包人经发包人同意，可以"
             "将自己承包的部分工作交由第三人完成。")
CIVIL_922 = ("受托人应当按照委托人的指示处理委托事务。需要变更委托人指示的，应当经委托人同意；因情况紧急，难以和委托人取得联系的，"
             "受托人应当妥善处理委托事务，但是事后应当将该情况及时报告委托人。")
ENTERTAINMENT_11 = "娱乐场所依法取得营业执照和相关批准文件、许可证后，应当在15日内向所在地县级公安部门备案。"
TRADEMARK_RULES_45 = ("被异议人可以自收到国际局转发的驳回通知书之日起30日内进行答辩，答辩书及相关证据材料应当通过依法设立的商标代理"
                      "机构向商标局提交。")
BUILDING_ENERGY_17 = ("建设单位组织竣工验收，应当对民用建筑是否符合民用建筑节能强制性标准进行查验；对不符合民用建筑节能强制性标准的，"
                      "不得出具竣工验收合格报告。")
ECOMMERCE_11 = ("电子商务经营者应当依法履行纳税义务，并依法享受税收优惠。\n依照前条规定不需要办理市场主体登记的电子商务经营者"
                "在首次纳税义务发生后，应当依照税收征收管理法律、行政法规的规定申请办理税务登记，并如实申报纳税。")
LAND_CONTRACT_51 = "以其他方式承包农村土地，在同等条件下，本集体经济组织成员有权优先承包。"
PATENT_AGENCY_32 = ("本条例自2019年3月1日起施行。\n本条例施行前依法设立的专利代理机构以及依法执业的专利代理人，在本条例施行后可以"
                    "继续以专利代理机构、专利代理师的名义开展专利代理业务。")


def gates_read(clause: str, upper: str) -> list[str]:
    """The gates the comparison reads in ``clause`` against ``upper``: the clause's words of each."""
    return [c.clause_span for c in compare(clause, upper).changes if is_gate(c)]


@pytest.mark.parametrize("clause, upper, gate", [
    # set J (novel_aa): 自主决定……并向发包方备案 → 事先取得发包方书面同意
    ("承包方以出租、入股方式向他人流转土地经营权的，应当事先取得发包方书面同意；未经同意的，流转合同不予备案。",
     LAND_CONTRACT_36, "应当事先取得发包方书面同意"),
    # set J (novel_ab) and round 16 (novel_l), two writers: 可以先行破路抢修 → 先报经……同意/批准，方可
    ("（三）埋设在城市道路下的管线发生故障需要抢修的，应当先行报经市政工程行政主管部门同意，方可破路施工；", ROADS_34,
     "应当先行报经市政工程行政主管部门同意"),
    # written for this round: a notice (备案) made an approval
    ("从事动物运输的单位、个人，应当经县农业农村局审核同意后，方可从事动物运输活动。", ANIMAL_52_3, "应当经县农业农村局审核同意"),
    # 可以自行维修 → 须报经……批准后方可; the same condition last, as a prohibition
    ("公共租赁住房出租人未履行维修义务的，承租人须报经县住房保障中心批准后，方可自行维修。", CIVIL_713, "须报经县住房保障中心批准"),
    ("承租人未经出租人书面同意的，不得自行维修租赁房屋，即使出租人在合理期限内未履行维修义务。", CIVIL_713, "未经出租人书面同意的，不得"),
    # 可以先行使用他人土地，但应当及时告知 → 事先征得……书面同意
    ("管道企业在紧急情况下进行管道抢修作业需要使用他人土地的，应当事先征得土地使用权人书面同意后方可进场。", PIPELINE_38,
     "应当事先征得土地使用权人书面同意"),
    # 不需要办理……许可证 → 先登记，取得……证后方可
    ("农户饲养种公畜进行互助配种的，应当先向乡镇畜牧兽医站登记，取得配种登记证后方可配种。", LIVESTOCK_28, "取得配种登记证后方可"),
    # 可以自主决定……歇业 → 应当报经……批准 (the gate closing the clause, no 方可)
    ("因自然灾害、公共卫生事件等原因造成经营困难需要歇业的，市场主体应当报经县市场监督管理局批准。", REGISTRATION_30,
     "应当报经县市场监督管理局批准"),
    # the act exempted in the article's 但是 (不需要取得许可) made to need a licence
    ("在农贸市场销售食用农产品的，应当向县市场监督管理局申领食品经营许可证，未取得许可证的不得销售。", FOOD_35, "未取得许可证的不得"),
    # a prior step the law leaves optional (不愿调解的，可以……申请仲裁) made the way to arbitration
    ("发生劳动争议的，当事人应当先向乡镇（街道）劳动争议调解组织申请调解；未经调解的，劳动人事争议仲裁委员会不予受理。",
     LABOUR_DISPUTE_5, "未经调解的，劳动人事争议仲裁委员会不予"),
    # round 19 (novel_t): 可以由……调解处理；……不愿意调解的，可以起诉 → 应当先行申请调解，调解不成的，方可起诉
    ("渔业船舶之间因交通事故引起的民事纠纷，当事人应当先行申请渔政渔港监督管理机构调解，调解不成的，方可向人民法院起诉。",
     FISHING_PORT_25, "先行申请渔政渔港监督管理机构调解，调解不成的，方可"),
    # the law's own gate restated (取得营业执照和……许可证后) and another added (须报经县公安局审查批准)
    ("娱乐场所取得营业执照和娱乐经营许可证后，须报经县公安局审查批准，方可开业。", ENTERTAINMENT_11, "须报经县公安局审查批准"),
])
def test_a_gate_before_an_act_the_law_leaves_free_is_read(clause, upper, gate):
    assert gates_read(clause, upper) == [gate]


@pytest.mark.parametrize("clause, upper", [
    # the free act and the notice restated
    ("管道企业在紧急情况下进行管道抢修作业，可以先行使用他人土地或者设施，但应当及时告知土地或者设施的所有权人或者使用权人。",
     PIPELINE_38),
    ("从事动物运输的单位、个人以及车辆，应当向县农业农村局备案，妥善保存行程路线和托运人提供的动物名称、检疫证明编号、数量等"
     "信息。", ANIMAL_52_3),
    # the law's own gates: 经发包人同意, 应当经委托人同意, 依法取得许可
    ("总承包人或者施工承包人经发包人同意，可以将自己承包的部分工作交由第三人完成。", CIVIL_791),
    ("受托人应当按照委托人的指示处理委托事务；需要变更委托人指示的，应当经委托人同意。", CIVIL_922),
    ("从事食品生产、食品销售、餐饮服务，应当依法取得许可；销售食用农产品和仅销售预包装食品的，不需要取得许可。", FOOD_35),
    # the law's own order of steps (对仲裁裁决不服的，可以起诉): 仲裁前置 is no added step
    ("当事人对劳动争议仲裁裁决不服的，可以向人民法院提起诉讼；未经仲裁的劳动争议，不得直接向人民法院提起诉讼。", LABOUR_DISPUTE_5),
    # a protective negation and a description of the law
    ("任何组织和个人不得以未经村民委员会同意为由，阻止承包方依法采取出租、入股等方式流转土地经营权。", LAND_CONTRACT_36),
    ("根据《中华人民共和国农村土地承包法》的规定，承包方流转土地经营权只需向发包方备案，无需取得发包方同意。", LAND_CONTRACT_36),
    # the emergency restated with its after-the-fact approval (补办批准手续)
    ("管线发生故障需要紧急抢修的，可以先行破路抢修，同时通知市政工程行政主管部门，并在24小时内补办批准手续。", ROADS_34),
    # a phrase of the act that lays the law's duty (答辩书……应当通过……商标代理机构向商标局提交)
    ("本县企业申请商标注册的，应当委托依法设立的商标代理机构办理，不得自行向商标局提交申请。", TRADEMARK_RULES_45),
    # a document named 报告 is no notice (不得出具竣工验收合格报告); a transitional provision is no freedom of today
    ("建设单位组织竣工验收后，应当将竣工验收报告报县住房和城乡建设局审查同意；未经同意的，不得交付使用。", BUILDING_ENERGY_17),
    ("本市行政区域内的专利代理机构，应当向市市场监督管理局（知识产权局）办理执业核准手续；经核准的，方可承接本市单位和个人"
     "的专利申请代理业务。", PATENT_AGENCY_32),
    # the consent asked is of the party the law makes free (D135, a real document: 本集体成员 against 本集体经济组织成员
    # 有权优先承包): its own choice, protected
    ("未经本集体成员协商同意，不得将承包方多出的承包面积转为其他方式承包并收取承包费。", LAND_CONTRACT_51),
    # a freedom that qualifies a noun (不需要办理市场主体登记的电子商务经营者) lets no one do anything
    ("开办农家乐的，经营者应当先向所在乡镇人民政府提出申请，经乡镇乡村旅游服务中心现场核验合格并出具准营意见后，方可办理"
     "市场主体登记。", ECOMMERCE_11),
])
def test_no_gate_where_the_law_lays_it_or_the_clause_adds_none(clause, upper):
    assert gates_read(clause, upper) == []


@pytest.mark.parametrize("text, gates", [
    ("未经批准，不得使用土地。", ["未经批准，不得"]),
    ("须先办理临时用地审批手续后方可使用。", ["先办理临时用地审批手续后方可"]),
    ("不得自行向商标局提交申请。", ["不得自行"]),
    # denied, after the fact, a pretext: no gate
    ("销售食用农产品的，不需要取得许可。", []),
    ("在24小时内按照规定补办批准手续。", []),
    ("不得以未经村民委员会同意为由阻止流转。", []),
    # what other law requires, named: no gate of the clause's own
    ("申请人取得营业执照后，可以自主开展经营活动，法律、行政法规规定须经批准的项目除外。", []),
    # a body's own internal approval
    ("县农业农村局制定的年度防疫计划，报县人民政府批准后执行。", []),
    # 经营 is no 经 (经营许可证)
    ("种子生产经营者在有效区域设立分支机构的，可以持种子生产经营许可证复印件办理备案。", []),
])
def test_the_gates_of_a_clause(text, gates):
    assert [text[s:e] for s, e, _ in clause_gates(text)] == gates


def test_who_acts_is_not_the_body_approached():
    text = "用地单位须先报县自然资源局批准；未经批准，不得使用土地。"
    assert bearer(text, text.find("未经")) != "organ"       # not 县自然资源局, the body approached (报)
    assert bearer("渔业企业的税收优惠，由县税务局办理，任何部门不得自行减免。", 22) == "organ"
    assert bearer("县农业农村局制定的计划，报县人民政府批准后执行。", 12) == "organ"
    assert bearer(ANIMAL_52_3, ANIMAL_52_3.find("备案")) == "party"


def test_the_act_without_its_gates():
    assert without_gates("从事动物运输的单位、个人，应当经县农业农村局审核同意后，方可从事动物运输活动。") \
        == "从事动物运输的单位、个人，，后，方可从事动物运输活动"


# -- the engine on whole clauses ---------------------------------------------------------------------------------
from review.rules import load_packs  # noqa: E402

from tests.new_clauses import check_clause, clause_param, fixture_cases, findings_on_article  # noqa: E402

RULES = load_packs()
CASES = fixture_cases("upper23.toml")


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_upper23_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("text, article", [
    # the gate's words weigh down the clause's own search (劳动合同法 第四十一条 at 43, under every floor): found by the act
    ("用人单位需要裁减人员二十人以上的，裁减人员方案须经县人力资源和社会保障局批准后方可实施。", "劳动合同法》第四十一条"),
    ("村民会议制定和修改村规民约，应当报乡镇人民政府审查批准后方可公布施行。", "村民委员会组织法》第三十一条"),
])
def test_a_gated_clause_is_found_by_its_act(corpus, text, article):
    found = [f.problem for f in findings_on_article(corpus, RULES, text)
             if "upper-law" in (f.detail.get("categories") or [f.category])]
    assert any(article in p and "作为前提" in p for p in found), found


@pytest.mark.parametrize("text", [
    # D137 (a real document): the mortgage of a transferred 经营权 needs the 承包农户's consent (农村土地承包法 第四十七条
    # lays it); 民法典 第三百三十九条's free 流转, found by the act's words, speaks of another act (GATE_ACT_MATCH)
    "流转土地的经营权抵押需经承包农户同意，抵押仅限于流转期内的收益。",
])
def test_no_gate_against_an_article_on_another_act(corpus, text):
    found = [f.problem for f in findings_on_article(corpus, RULES, text)
             if "upper-law" in (f.detail.get("categories") or [f.category]) and "作为前提" in f.problem]
    assert found == []
