"""Round 25 (lead25, issues 8 and 9): the lawful shapes a look-alike stands in, read once in the norm layer
(review/norms/lookalike.py ``_round25``, review/norms/approver.py, review/norms/charge.py ``_COUNTERPARTY``;
bench/README.md, "Round 25 — lead25"), and the problems of the same surface that stay caught:

* a prohibition laid on the administration itself that protects the person (不得扣压, 不得收取, 不另行增设, 不因……免除,
  不作统一规定) — the subject carried from the sentence's first phrase, the act up to 24 characters after the negation;
* the administration's own spending (……部分由县级财政全额补助; a subsidy raised for holders of a card);
* an approval inside the one who acts (企业负责人, 校务会议), the person concerned (家长), or a public body over a public
  institution (公办 school, 行政事业单位) — not a 社区, a 村委会 or a bureau over a private party;
* a negation that removes a requirement (承诺制 + 不再要求提交; a header 不得要求申请人提交下列材料);
* a transitional or reserving sentence (……的，按照国家有关规定……，本县不另行增设; ……的，从其规定);
* a contract's deposit paid to the counter-party by its role (向采购人缴纳履约保证金), not to a body by its name's ending.
"""

import pytest

from bench.rewording_eval import FLAGGING, Text, review_text
from review.norms.approver import internal_approval
from review.norms.lookalike import lookalike_reason
from review.rules import load_packs
from tests.new_clauses import assert_judged, check_clause, clause_param, fixture_cases

CASES = fixture_cases("lead25.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_lead25_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


# the dev sets' look-alikes this round fixed (sets M, N, K, J; the rule-pack folder's content.toml), one per shape
DEV_LOOKALIKES = [
    # a protective prohibition: the station's subject carried to the second phrase (N novel_am)
    ("rights", "救助管理站不得限制受助人员离开，不得扣压受助人员的证件、申诉控告材料。", ""),
    # … the negated act 22 characters after 不得 (N novel_am)
    ("fee", "救助管理站不得向受助人员、其亲属或者所在单位收取费用，不得以任何借口组织受助人员从事生产劳动。", ""),
    # the measure only the condition of the body's own restraint (M novel_al)
    ("fee", "公安机关交通管理部门将违法停放的机动车拖移至指定地点的，不得向当事人收取拖车费用，并应当及时告知当事人停放地点。", ""),
    # deferred to national rules, nothing added (N novel_ao)
    ("penalty", "生产经营单位被依法列入安全生产严重失信主体名单的，由有关部门按照国家有关规定实施管理措施，本县不另行增设惩戒措施。", ""),
    # a duty kept (N novel_ao)
    ("power", "县人民政府统筹规划设立应急避难场所，县应急管理局负责建设指导和监督检查，不因委托村（社区）日常管护而免除其监管责任。", ""),
    # a body refraining from fixing a market price (N novel_an)
    ("fair-competition", "化肥零售价格实行市场调节，县农业农村局不对化肥经营者的销售价格作统一规定。", ""),
    # the treasury pays the person's share (N novel_an)
    ("family-planning", "计划生育特殊家庭参加政策性农业保险的，其个人应缴保费部分由县级财政全额补助。", ""),
    # a commitment replacing a proof (M novel_ak)
    ("proof", "各学校要全面推行家庭经济困难学生认定承诺制，由学生及其监护人书面承诺如实提供家庭经济情况，不再要求提交村（居）民委员会或者乡镇出具的证明。", ""),
    # the guardian's consent (M novel_ak)
    ("coercion", "学生确需携带手机进入校园的，应当经家长同意并书面提出申请，进校后由学校统一保管，离校时交还学生本人。", ""),
    # the firm's own work permit (N novel_ao)
    ("license", "工贸企业应当按照有限空间作业安全管理有关规定落实内部作业审批，作业前由本企业安全管理人员审核作业方案，经企业负责人批准后方可作业。", ""),
    # a public school's activity under its own organ and bureau (M novel_ak)
    ("license", "各公办中小学要加强研学活动管理，组织学生赴县外开展研学实践活动的，活动方案须经学校校务会议研究并报县教育局同意后实施。", ""),
    # a public body's own assets (J novel_ac)
    ("license", "行政事业单位利用国有资产对外出租、出借的，应当按规定权限报主管部门审核、县财政局审批，未经批准不得擅自出租出借。", ""),
    # transitional (M novel_aj)
    ("family-planning", "本办法施行前已按原规定作出的社会抚养费征收决定，依照国家和省有关规定依法依规妥善处理；本办法不设定任何与生育情况挂钩的限制措施。", ""),
    # a reservation (M novel_ak)
    ("fee", "民办学校收费项目和标准由学校依照《中华人民共和国民办教育促进法实施条例》第四十二条的规定合理确定并向社会公示；省人民政府对其收费制定最高限价的，从其规定。", ""),
    # a header barring the demand of its items (N novel_ao)
    ("license", "（二）村（居）民委员会或者经营场所周边住户出具的同意经营意见；", "申请烟花爆竹零售经营许可的，受理部门不得要求申请人提交下列材料："),
    # the person's own option (K novel_ad)
    ("proof", "因经济困难申请法律援助的，申请人应当如实说明经济困难状况，也可以作出个人诚信承诺；法律援助机构不得要求其另行提供村（居）民委员会出具的证明。", ""),
    # the body's own deadline (K novel_ad)
    ("upper-law", "县人力资源和社会保障局应当自收到申请之日起10个工作日内作出行政许可决定，并将该承诺时限向社会公布。", ""),
    # a favour for holders of a card (K novel_ae)
    ("family-planning", "对持有《独生子女父母光荣证》的农村家庭，清洁取暖运行补贴在基本标准基础上每户每年增加200元。", ""),
    # a national 规定's article cited (K novel_ae)
    ("upper-law", "依照《卫星电视广播地面接收设施管理规定》第十条第三款，个人擅自安装使用卫星地面接收设施情节轻微的，可以并处1000元以下罚款；情节较重的，可以并处1000元以上5000元以下罚款。", ""),
    # a procurement deposit paid to the purchaser (content.toml, C-FEE-EFFECT since round 24)
    ("fee", "采购文件要求中标供应商提交履约保证金的，中标供应商应当向采购人缴纳。", ""),
    # the rule-pack folder's look-alikes of the same shapes: the owners themselves consent (content.toml)
    ("rights", "在建筑区划内共有部分设置广告的，应当经业主大会同意，并按照约定分配收益。", ""),
    # … the household visited (content.toml)
    ("rights", "为了解困难家庭生活情况，社区工作人员可以入户走访，但应当事先征得住户同意。", ""),
    # … the person whose information is processed (rights13)
    ("rights", "处理个人生物识别信息应当取得个人的单独同意，不得将提供人脸信息作为提供服务的前提条件。", ""),
    # an approval removed (docs18)
    ("rights", "企业招用外地务工人员，不再经县劳动局审批。", ""),
    # a paper barred from standing in for the inquiry (market15b)
    ("proof", "县民政局应当对临时救助申请人的家庭经济状况进行入户调查，不得仅以村（居）民委员会出具的证明代替调查。", ""),
    # the burden after a body's ban on a pretext (docs22)
    ("fee", "任何单位不得以统一组织培训为名，强制要求个体工商户参加并收取培训资料费。", ""),
    # a charge the body orders refunded (gaps_round13b, upper21b), money refunded (effect15)
    ("fee", "违反规定向生育妇女收取费用的，由卫生健康部门责令退还。", ""),
    ("fee", "物流企业以押金名义向快递员收取财物的，由县人力资源和社会保障局责令限期退还。", ""),
    ("fee", "企业自愿申请退出促消费活动的，县商务局应当在五个工作日内办理退出手续，并退还其已缴纳的保证金。", ""),
]


@pytest.mark.parametrize("category, text, header", DEV_LOOKALIKES)
def test_dev_lookalike_not_flagged(corpus, category, text, header):
    t = Text(rule="NEW-" + category, category=category, polarity="negative", variant=1, text=text, header=header)
    found = [f for f in review_text(t, "normative", corpus, RULES) if f.severity in FLAGGING]
    assert_judged([f for f in found if f.category != "upper-law"], {"polarity": "negative", "text": text})


# the same surfaces as problems: they stay caught in their category
SAME_SURFACE_PROBLEMS = [
    # a 招商 deposit paid to a body named by its ending (管委会), not a counter-party by role
    ("fee", "签约入驻产业园的企业须向园区管委会缴纳履约保证金50万元，项目按期投产后退还。", ""),
    # a bureau approves a private firm's work
    ("license", "建筑施工企业进行动火作业前，应当报经县住房城乡建设局审批，未经批准不得作业。", ""),
    # a 社区 told to approve
    ("license", "居民在自家庭院内搭建晾衣棚的，应当经社区居委会审核同意后方可搭建。", ""),
    # the national sanction followed by a local one
    ("penalty", "被列入拖欠农民工工资失信联合惩戒对象名单的用人单位，按照国家有关规定实施联合惩戒，并由本县取消其三年内享受财政奖补资格。", ""),
    # the duty shed, no negation
    ("power", "县市场监管局委托乡镇开展日常巡查后，不再承担巡查范围内的监督管理责任。", ""),
    # a charge to a body beside the treasury's share
    ("fee", "困难残疾人参加城乡居民基本医疗保险的，应当向县残联缴纳信息管理费每人二十元。", ""),
    # the pretext ban laid on the trader, a charge to a body after it
    ("fee", "市场经营户不得以任何借口拒绝缴纳市场管理费，管理费按每户每月二百元向镇市场服务中心缴纳。", ""),
    # a committee's consent demanded, a removal of another approval beside it
    ("license", "居民外出务工须经村委会同意，不再经乡镇审批的，应当报村委会备案。", ""),
    # a committee's consent demanded by the header
    ("license", "（一）居民委员会出具的同意养犬证明；", "办理犬只登记的，申请人应当提交下列材料："),
]


@pytest.mark.parametrize("category, text, header", SAME_SURFACE_PROBLEMS)
def test_same_surface_problem_caught(corpus, category, text, header):
    t = Text(rule="NEW-" + category, category=category, polarity="positive", variant=1, text=text, header=header)
    assert_judged([f for f in review_text(t, "normative", corpus, RULES) if f.severity in FLAGGING],
                  {"polarity": "positive", "text": text, "category": category})


@pytest.mark.parametrize("sentence, quote, internal", [
    # the firm's own staff and head
    ("作业前由本企业安全管理人员审核作业方案，经企业负责人批准后方可作业。", "经企业负责人批准后方可作业", True),
    # the guardian
    ("学生确需携带手机进入校园的，应当经家长同意并书面提出申请。", "应当经家长同意并书面提出申请", True),
    # the owner himself
    ("物业服务企业需要进入业主专有部分维修共用设施的，应当事先征得业主本人同意。", "应当事先征得业主本人同意", True),
    # a public kindergarten's organ and its bureau
    ("公办幼儿园组织幼儿外出参观活动的，活动方案应当经园务会议讨论并报县教育局同意后实施。", "活动方案应当经园务会议讨论并报县教育局同意后实施", True),
    # a bureau over a private firm
    ("建筑施工企业进行动火作业前，应当报经县住房城乡建设局审批，未经批准不得作业。", "应当报经县住房城乡建设局审批", False),
    # a private body's activity under a bureau
    ("民办培训机构组织学员外出研学的，活动方案须报县教育局审批同意后方可实施。", "活动方案须报县教育局审批同意后方可实施", False),
    # a 社区 and a 街道
    ("个体工商户在门店前开展促销活动的，须经所在社区同意并报街道办事处审批。", "须经所在社区同意并报街道办事处审批", False),
    # a school over the family's choice
    ("学生参加校外培训机构课程的，应当经学校同意并报乡镇中心学校审批。", "应当经学校同意并报乡镇中心学校审批", False),
])
def test_internal_approval(sentence, quote, internal):
    at = sentence.find(quote)
    assert internal_approval(sentence, at, at + len(quote)) is internal


@pytest.mark.parametrize("category, text, quote, header, shape", [
    ("power", "县应急管理局负责监督检查，不因委托村（社区）日常管护而免除其监管责任。", "不因委托村（社区）日常管护而免除其监管责任", "", "duty_kept"),
    ("penalty", "生产经营单位被依法列入严重失信主体名单的，由有关部门按照国家有关规定实施管理措施，本县不另行增设惩戒措施。",
     "生产经营单位被依法列入严重失信主体名单的", "", "deferred"),
    ("fair-competition", "省人民政府对其收费制定最高限价的，从其规定。", "省人民政府对其收费制定最高限价的", "", "deferred"),
    ("fee", "其个人应缴保费部分由县级财政全额补助。", "其个人应缴保费部分由县级财政全额补助", "", "own_spending"),
    ("fair-competition", "收费标准由业主与物业服务企业协商确定。", "收费标准由业主与物业服务企业协商确定", "", "privately_set"),
    ("license", "（一）居民委员会出具的同意养犬证明；", "居民委员会出具的同意养犬证明", "登记机关不得要求申请人提交下列材料：",
     "requirement_removed"),
    # the same surfaces without the lawful feature: no shape
    ("penalty", "被列入严重失信主体名单的，按照国家有关规定实施联合惩戒，并由本县取消其享受财政奖补资格。",
     "被列入严重失信主体名单的", "", None),
    ("power", "委托村（社区）日常管护后，县应急管理局不再承担监管责任。", "不再承担监管责任", "", None),
    ("fee", "其个人应缴保费部分由县级财政补助一半，其余部分向县医保中心缴纳。", "其余部分向县医保中心缴纳", "", None),
])
def test_lookalike_shape(category, text, quote, header, shape):
    assert lookalike_reason(category, text, quote, header) == shape
