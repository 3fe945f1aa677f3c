"""Round 16 (concepts16): readings built from concepts of the round-15 misses that had no finding, each on its
problems and on the look-alikes of the same grammar. Rows from tests/fixtures/rewordings/concepts16.toml (written
before the readings; tuned from then on) and a few new ones written for the tests.

* review/norms/allotment.py ``terms_and_awards`` — ``fix`` (a body fixes private parties' prices, wages, rents and
  excludes their own setting: C-POWER-FIX-TERMS) and ``select`` (an award made outside its procedure: C-POWER-SELECT);
  ``local_demands`` — a market actor or product required to be local (FC-LOCAL-EFFECT); a venue reserved to an
  affiliated firm (FC-RESERVE-EFFECT);
* review/norms/effect.py — finality where the sentence names the remedy it closes (C-POWER-EFFECT); premises closed
  by the body (C-COERCE-EFFECT); a provider's duty of care is no restraint; 未按规定 is a breach, not a basis;
* review/norms/burden.py — ``own_act`` (a person's household move, home, job: C-RIGHTS-OWN-ACT) and a condition on
  relatives' records (``others``: C-RIGHTS-BURDEN);
* review/lexicons/proof.toml — a third party's 核实意见, 评议表, 核查表 are proofs (C-PROOF-01).
"""

import pytest

from review.norms.allotment import local_demands, terms_and_awards
from review.norms.burden import burdens
from review.norms.effect import effects, laid
from tests.rule_rows import check_row, rule_rows

ROWS = [
    # fix: private parties' terms fixed by a body, their own setting excluded
    ("C-POWER-FIX-TERMS", "全县餐饮企业聘用厨师、服务员的工资标准，由县人力资源和社会保障局统一制定，企业一律执行。", True),
    ("C-POWER-FIX-TERMS", "机动车驾驶员培训机构的培训收费标准，经县交通运输局审定后执行，培训机构不得擅自变动。", True),
    ("C-POWER-FIX-TERMS", "建筑劳务分包的人工单价由县住房和城乡建设局统一规定，总承包单位与劳务企业应当按此单价签订合同。", True),
    ("C-POWER-FIX-TERMS", "网约车平台公司向驾驶员收取的信息服务费费率，由市交通运输局统一确定，平台公司不得自行提高。", True),
    ("C-POWER-FIX-TERMS", "县城区居民生活用水价格，由县发展和改革局依照《中华人民共和国价格法》第十八条和定价目录制定，各供水企业不得自行调整。", False),
    ("C-POWER-FIX-TERMS", "县人力资源和社会保障局应当每年发布企业工资指导线，供企业与职工开展工资集体协商时参考。", False),
    ("C-POWER-FIX-TERMS", "公办幼儿园保育教育费标准由县发展和改革局会同县教育局核定，幼儿园不得自行提高。", False),
    ("C-POWER-FIX-TERMS", "任何单位不得由行业主管部门统一核定民办培训机构的收费标准，培训机构不得自行调整的做法应当纠正。", False),
    # select: an award made outside its procedure
    ("C-POWER-SELECT", "采购人认为评标委员会推荐的中标候选人不合适的，可以另行指定中标人。", True),
    ("C-POWER-SELECT", "县级重点项目的施工单位，由县重点项目建设指挥部直接指定，不再进行招标。", True),
    ("C-POWER-SELECT", "开发区管委会可以不经评审，直接确定园区物业服务项目的承接单位，评审结果仅供参考。", True),
    ("C-POWER-SELECT", "农村饮水安全工程的监理单位由县水利局直接选定，无需进行比选。", True),
    ("C-POWER-SELECT", "排名第一的中标候选人放弃中标的，招标人可以按照评标委员会提出的中标候选人名单排序依次确定其他中标候选人为中标人。", False),
    ("C-POWER-SELECT", "任何单位不得在评标委员会推荐的中标候选人以外确定中标人。", False),
    ("C-POWER-SELECT", "抢险救灾工程可以不进行招标，由建设单位直接确定施工单位。", False),
    ("C-POWER-SELECT", "依照《中华人民共和国政府采购法》第三十一条，只能从唯一供应商处采购的，可以直接确定供应商，不再进行招标。", False),
    # final: the remedy named, then closed
    ("C-POWER-EFFECT", "被征收人对补偿安置方案有异议的，可以向县房屋征收办公室申请复查，复查意见为最终处理意见。", True),
    ("C-POWER-EFFECT", "考生对面试成绩有异议的，可以在三日内申请复核，复核结果即为最终结果，不再受理其他申诉。", True),
    ("C-POWER-EFFECT", "当事人对行政处罚决定不服的，可以依法申请行政复议或者提起行政诉讼。", False),
    ("C-POWER-EFFECT", "依照《中华人民共和国行政复议法》第二十六条，省人民政府对确认自然资源所有权作出的行政复议决定为最终裁决。", False),
    ("C-POWER-EFFECT", "任何单位不得以当事人申请行政复议或者提起行政诉讼为由加重处罚。", False),
    # own act: a person's household move, home, job
    ("C-RIGHTS-OWN-ACT", "通过人才引进迁入本县落户的人员，五年内不得将户口迁出本县。", True),
    ("C-RIGHTS-OWN-ACT", "安置区住户自取得安置房之日起，不得将房屋出售、出租或者赠与他人。", True),
    ("C-RIGHTS-OWN-ACT", "参加县就业技能免费培训的学员，结业后两年内不得到县外务工。", True),
    ("C-RIGHTS-OWN-ACT", "村民登记结婚后，女方须将户口迁入男方所在村，不得保留在原籍。", True),
    ("C-RIGHTS-OWN-ACT", "在本县领取安家补助的教师，未经县教育局同意不得辞职或者调往县外。", True),
    ("C-RIGHTS-OWN-ACT", "任何单位不得限制引进人才将户口迁出本县。", False),
    ("C-RIGHTS-OWN-ACT", "定向培养的乡村医生，应当按照定向培养协议的约定到乡镇卫生院服务满六年。", False),
    ("C-RIGHTS-OWN-ACT", "公民迁移户口的，应当将户口迁至本人合法固定住所或者被投靠人处落户。", False),
    ("C-RIGHTS-OWN-ACT", "个体经营者不得出售假冒伪劣商品。", False),
    ("C-RIGHTS-OWN-ACT", "享受补贴购置的农业机械，两年内不得转让。", False),
    ("C-RIGHTS-OWN-ACT", "房屋出租人不得将房屋出租给无身份证件的人居住。", False),
    # kin: a condition on relatives' records
    ("C-RIGHTS-BURDEN", "报考本县社区专职工作者的，本人及其配偶、直系亲属须无刑事犯罪记录，考察阶段一并审查。", True),
    ("C-RIGHTS-BURDEN", "申请创业担保贷款的，借款人的配偶、父母不得有不良信用记录。", True),
    ("C-RIGHTS-BURDEN", "不得因考生家庭成员有违法犯罪记录而限制其报考。", False),
    ("C-RIGHTS-BURDEN", "报考人员本人有失信被执行记录的，不予录用。", False),
    # local demands
    ("FC-LOCAL-EFFECT", "全县中小学食堂采购的大米、食用油，应当是在本县注册登记的粮油企业加工的产品。", True),
    ("FC-LOCAL-EFFECT", "政府投资项目使用的商品混凝土，须由在本县设有搅拌站的企业供应。", True),
    ("FC-LOCAL-EFFECT", "全民健身器材采购项目的投标人，应当具有在县城区连续经营三年以上的售后服务门店。", True),
    ("FC-LOCAL-EFFECT", "采购人不得要求供应商在本县设立分支机构或者营业网点，作为参加政府采购活动的条件。", False),
    ("FC-LOCAL-EFFECT", "中标供应商应当在合同履行期间提供上门维修服务，维修响应时间不超过24小时。", False),
    ("FC-LOCAL-EFFECT", "鼓励学校食堂采购本县生产的新鲜蔬菜，县内外供应商平等参与。", False),
    ("FC-RESERVE-EFFECT", "各机关单位举办的会议和培训，应当安排在县文旅集团所属宾馆，不得到其他宾馆举办。", True),
    # proof: a third party's finding on the applicant's facts
    ("C-PROOF-01", "申请临时救助的，应当提交村民委员会出具的家庭困难情况核实意见。", True),
    ("C-PROOF-01", "申请残疾人两项补贴的，还应当提交村（居）民委员会加盖公章的生活困难评议表。", True),
    ("C-PROOF-01", "县民政局通过部门信息共享核实申请人的居住情况，不得要求申请人另行提交社区出具的核实意见。", False),
    # premises closed, a person taken away
    ("C-COERCE-EFFECT", "涉嫌组织传销的培训场所，由所在街道办事处直接予以关停。", True),
    ("C-COERCE-EFFECT", "对涉嫌违法经营的药品零售企业，县市场监督管理局在案件调查期间可以先行关闭其经营场所，调查终结后再作处理。", True),
    ("C-COERCE-EFFECT", "对不按规定申报居住登记且无法当场说明身份的外来人员，社区民警可以将其带至派出所进行信息采集。", True),
    ("C-COERCE-EFFECT", "燃气经营者发现燃气泄漏的，应当立即关闭阀门，并通知用户。", False),
    ("C-COERCE-EFFECT", "养老机构应当将突发疾病的老年人及时送至医疗机构救治。", False),
    ("C-COERCE-EFFECT", "对拒不改正的煤矿，由县人民政府依照《中华人民共和国安全生产法》第一百一十三条予以关闭。", False),
]


@rule_rows(ROWS)
def test_rule_rows(rule_id, text, expected):
    check_row(rule_id, text, expected)


@pytest.mark.parametrize("sentence, kind, guarded", [
    ("县城区出租汽车企业聘用驾驶员的薪酬标准和承包金数额，由县交通运输局统一核定，企业不得自行调整。", "fix", False),
    ("县城区管道天然气销售价格由县发展和改革局依照定价目录核定，燃气企业不得自行调整。", "fix", True),
    ("县财政局可以根据工作需要，直接确定政府采购项目的中标供应商，不受评审结果限制。", "select", False),
    ("采购金额在分散采购限额标准以下的，采购人可以直接确定供应商，不再进行比选。", "select", True),
])
def test_terms_and_awards(sentence, kind, guarded):
    found = [(k, g) for k, _, _, g in terms_and_awards(sentence)]
    assert found and found[0][0] == kind and bool(found[0][1]) is guarded


def test_no_fix_without_the_parties_setting_excluded():
    # the body names a price but excludes nothing: the price rules (FC-PRICE) read that, not this reading
    assert terms_and_awards("民办养老机构的收费标准由县民政局统一核定。") == []


@pytest.mark.parametrize("sentence, hit", [
    ("全县新增和更新的巡游出租汽车，应当选用在本县投资设厂企业生产的新能源车型。", True),
    ("参与本县农村公路养护项目竞标的企业，须在县城区设有固定办公场所和机械停放场地。", True),
    ("县商务局组织本地农产品产销对接活动，为县内外采购商提供信息服务。", False),
    ("本县注册的企业可以申请技术改造补助。", False),
])
def test_local_demands(sentence, hit):
    assert any(not g for _, _, g in local_demands(sentence)) is hit


def test_final_effect_where_the_remedy_is_named():
    names = {e.name for e in laid("用人单位对工伤认定结论有异议的，应当向县人力资源和社会保障局申请复核，复核结论为最终决定。")}
    assert "final" in names
    assert {e.name for e in laid("当事人对县市场监督管理局作出的处理决定不服的，只能向本局申请复查，不得申请行政复议或者提起行政诉讼。")} >= {"final"}


def test_breach_is_no_basis_for_a_measure_on_the_person():
    (e, *_) = [e for e in effects("对不按规定申报居住登记的外来人员，社区民警可以将其带至派出所进行信息采集。") if e.kind == "liberty"]
    assert e.basis == "none" and e.laid
    # … while a withheld benefit keeps the looser reading (契税法 第十三条's own words)
    assert not any(e.laid for e in effects("未按照规定缴纳契税的，不动产登记机构不予办理土地、房屋权属登记。"))


def test_duty_of_care_is_no_restraint():
    assert not laid("养老机构应当将突发疾病的老年人及时送至医疗机构救治。")
    assert laid("对在机关门前滞留的人员，由乡镇工作人员强制送至医院进行检查。")


@pytest.mark.parametrize("sentence, header, name", [
    ("通过人才引进迁入本县落户的人员，五年内不得将户口迁出本县。", "", "own_act"),
    ("（四）本人及其直系亲属未受过刑事处罚；", "报名参加乡村振兴专干招聘的，应当符合下列条件：", "others"),
    ("辅警招录人员的兄弟姐妹有吸毒记录的，政审不予通过。", "", "others"),
])
def test_burdens(sentence, header, name):
    assert name in {b.name for b in burdens(sentence, header)}


@pytest.mark.parametrize("sentence", [
    "依照《经济适用住房管理办法》第三十条，购买经济适用住房不满5年的，不得直接上市交易。",
    "申请最低生活保障的，应当如实申报共同生活的家庭成员的收入和财产状况。",
    "承租人不得将承租的公共租赁住房转租、转借。",
])
def test_burden_lookalikes(sentence):
    assert not {b.name for b in burdens(sentence)} & {"own_act", "others"}
