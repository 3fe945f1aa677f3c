"""Round 25 (rights25, issue 8): rights readings with open slots — who bears the loss, what is taken, by what act, on
what condition — and their look-alikes (review/norms/interest.py, freeze.py, burden.py; C-RIGHTS-INTEREST,
C-RIGHTS-FREEZE, C-RIGHTS-NARROW, C-RIGHTS-WOMEN; bench/README.md, "Round 25 — rights25"):

* **disclosed** — persons' data (a noun ending in …信息, …记录, …轨迹, …复印件, …号码, …名单, 姓名, 照片 …, a person's
  by an identity word or a person's noun ending) handed to a body (by its suffix: …局, …中心, …平台 …) or published,
  under a duty, a deemed or exacted consent, or a private body's permission; not the person's own consent, bare
  identity to the police, a registration, a firm's own records, the government's own publication;
* **contract** — a private party told to end a third person's contract, or let to cut his pay one-sidedly; not the
  parties' agreement, the statute's grounds, a protective 不得;
* **attend** — a course, a talk or an event laid on a private person; not a trade's statutory training, a statutory
  measure, the government's own service, what is voluntary;
* **clawed** — a benefit repaid unless the person stays; not a grant agreement he signed, a fraud;
* and, in freeze.py and burden.py: a sanctioned body's members as a frozen class, a household moved before a
  benefit, aid withheld for unrelated conduct, the same liability as another's, a status registration's extra step
  on the parties.
"""

import pytest

from review.norms.burden import burdens
from review.norms.interest import interest
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("rights25.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_rights25_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("sentence, name", [
    # disclosed: identity copies to a body; a consent deemed; a consent exacted and publication; a private body's
    # permission to publish; users' data to a community body (sets M, N and the pool P)
    ("渣土运输车辆驾驶人应当签订文明驾驶承诺书并将身份证复印件交县城管局备存。", "disclosed"),
    ("承租人注册使用互联网租赁自行车的，即视为同意运营企业将其实名信息和骑行轨迹实时推送至市公安局和市城市管理局。", "disclosed"),
    ("接受慈善救助的困难群众，应当同意慈善组织对外公开其姓名、照片和家庭困难情况。", "disclosed"),
    ("民办学校对欠缴学费的学生，可以在校内公示栏和家长群公布其姓名、班级及欠费金额，督促家长按时缴纳。", "disclosed"),
    ("辖区邮政、快递网点应当于每月5日前将上月用户寄递信息汇总报送乡镇综治中心备查。", "disclosed"),
    # contract: ended on the document's order; cut one-sidedly
    ("一年内违规两次以上的，运输企业应当与其解除劳动合同。", "contract"),
    ("用人单位招用残疾人的，可以根据其残疾程度在试用期内单方下调工资标准，下调幅度不超过百分之二十。", "contract"),
    # attend: hours of a course, an event
    ("学生家长每学期应当完成不少于16学时的家庭教育课程学习，学习时长和考核结果记入学生综合素质评价档案。", "attend"),
    ("接受慈善救助的困难群众，应当参加受助人公开答谢活动。", "attend"),
    # clawed: repaid unless one stays
    ("享受本县就业见习补贴的高校毕业生，见习期满后未在本县就业满三年的，应当退还已享受的见习补贴和生活补助。", "clawed"),
    ("入住人才公寓的人员应当书面承诺五年内不离开本县就业，提前离开的，按已入住月数补缴市场租金差额的三倍。", "clawed"),
])
def test_interest_read(sentence, name):
    assert name in [b.name for b in interest(sentence)]
    assert burdens(sentence)


@pytest.mark.parametrize("sentence, header, name", [
    # a sanctioned body's members as the frozen class
    ("（三）整改到位前，暂停为该校在校学生办理转学、学籍变更和毕业证书验印手续。", "对年度检查不合格的民办学校，县教育局采取以下措施：", "freeze"),
    # an area by its hazard, no emergency
    ("划定为地质灾害隐患点的村民小组，自公告之日起一律暂停办理辖区内居民的户籍迁入、分户和不动产转移登记手续。", "", "freeze"),
    # a benefit gated on moving one's household
    ("事实无人抚养儿童的户口应当迁入县儿童福利院集体户，方可享受基本生活补贴。", "", "local_tie"),
    # aid withheld for unrelated conduct (the property lost is no means test)
    ("（三）汛期经乡镇、村多次动员仍拒不转移，因灾造成房屋和财产损失的；", "有下列情形之一的，不纳入灾后救助和住房恢复重建补助范围：", "withdrawn"),
    # the same liability as another's
    ("村民发现邻户饲养的畜禽异常死亡而未在二小时内向村委会报告的，与饲养户承担同等责任。", "", "shared"),
    # a status registration's step laid on the parties though the registry opens the sentence
    ("婚姻登记机关受理离婚登记申请后，当事人须参加不少于三次婚姻家庭辅导，未完成辅导的不予发给离婚证。", "", "status"),
])
def test_burden_read(sentence, header, name):
    assert name in [b.name for b in burdens(sentence, header)]


@pytest.mark.parametrize("sentence", [
    # disclosed look-alikes: consent, protection, bare identity to the police, a registration, a firm's records,
    # statistics, the government's own publication, one's own application
    "运营企业收集用户骑行轨迹前，应当以显著方式告知处理目的并经用户本人同意。",
    "慈善组织公开受益人信息的，应当征得受益人本人书面同意，不得公开其身份证件号码和家庭住址。",
    "出租人应当将承租人的姓名、身份证件号码报送房屋所在地公安派出所。",
    "用人单位应当每月将新招用职工的信息报送县人力资源和社会保障局办理就业登记。",
    "企业应当每月将安全生产检查记录报送县应急管理局。",
    "医疗机构应当每日将门诊就诊人数和接诊记录报送县卫生健康局。",
    "县民政局应当将最低生活保障审批结果在申请人所在村（居）委会公示。",
    "申请人应当提供本人身份证复印件和户口簿。",
    # contract look-alikes: agreement, a protective 不得, the statute's grounds
    "用人单位与劳动者协商一致，可以变更劳动合同约定的工资标准。",
    "用人单位不得因职工残疾而单方降低其工资标准或者解除劳动合同。",
    "劳动者严重违反用人单位规章制度的，用人单位可以解除劳动合同。",
    # attend look-alikes: voluntary, the government's own duty, a trade's training, a statutory measure
    "鼓励家长自愿参加学校组织的家庭教育讲座。",
    "县教育局应当每学期组织不少于两次家庭教育公益讲座，免费向家长开放。",
    "进入施工现场的作业人员应当参加安全生产教育和培训。",
    "社区矫正对象应当按照社区矫正机构的要求参加公益活动和教育学习。",
    # clawed look-alikes: the grant agreement, a fraud
    "获得购房补贴的人员，五年内转让所购住房的，应当按照补贴协议约定退还补贴。",
    "以虚假材料骗取创业补贴的，由县人力资源和社会保障局追回已发放的补贴资金。",
    "接受定向培养的医学生，毕业后未回本县服务满六年的，按照定向培养协议约定退还培养费用。",
    # a firm's investment incentive repaid when it moves away (the relocation bar is the fair-competition rules' reading;
    # the 青禾县 招商引资 golden opinion)
    "享受本政策措施的企业十年内迁出本县或者变更注册地的，须经县招商引资工作领导小组同意，并全额退还已享受的各项奖励资金。",
    "获得总部经济奖励的公司五年内将注册地迁离本市的，应当退还已拨付的奖励资金。",
])
def test_interest_lookalike(sentence):
    assert [b for b in interest(sentence) if b.name in ("disclosed", "contract", "attend", "clawed")] == []
