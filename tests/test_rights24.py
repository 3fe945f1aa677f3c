"""Round 24 (rights24, issue 8): wholesale restrictions read as norms with open slots (review/norms/freeze.py;
C-RIGHTS-FREEZE; bench/README.md, "Round 24 — rights24"):

* **freeze** — a handling (an object ending in 登记, 手续, 审批, 申请, 备案, 许可, 执照 …) suspended or refused for a whole
  area, period or class; not the freeze the 征收 rules provide (新建、扩建、改建、改变用途), a case, a dispute, a court's
  measure, a fraud, an unlawful transfer, an office's closure or a system's upkeep, a quota used up, the body's own
  duty not to suspend;
* **own_use** — owners barred outright from a use or a disposition of their own property (自有, 自家, 私人, 其承包的 …
  + a thing noun, whatever the verb); not a limit (不得超过), an act gated by a permit (擅自, 未经), a hazardous or
  unlawful use, subsidised housing's terms, encouraged conduct;
* **self_duty** — a household's standing self-check, fitting, purchase of insurance or in-home inspection; not a
  business's statutory duty, a census, the government's own service, what is voluntary;
* **local_tie** — a job, a school place, a dwelling or a service gated on a local tie the person must meet (须持有
  本县居住证方可入场求职; 面向本乡镇户籍人员招聘; 须先将户口迁入本县; 须在本县连续纳税满三年); not an election's or a
  collective's membership, the place where assistance is asked, equal treatment, the residence permit's own terms;
* **withdrawn** — a statutory social benefit withdrawn for conduct that is not the scheme's own test; not the means
  test, a death, a work refused (社会救助暂行办法 第四十五条), an agricultural subsidy's own conditions, a protective
  negation.
"""

import pytest

from review.norms.burden import burdens
from review.norms.freeze import wholesale
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("rights24.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_rights24_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("sentence, name", [
    # freeze: an area and a period, a handling by its noun's ending
    ("老旧小区改造实施期间，改造范围内的房屋一律暂停办理不动产转移登记、抵押登记和房屋租赁登记备案。", "freeze"),
    ("自本方案印发之日起，本镇范围内一律停止审批农村村民新增宅基地；确需建房的，只能购买镇统一建设的集中安置房。", "freeze"),
    ("开发区规划调整期间，区内土地经营权流转合同一律不予备案，已签订的暂缓履行。", "freeze"),
    ("河道综合治理工程范围内的农户，在工程完工前一律不予办理农房翻建审批和不动产首次登记。", "freeze"),
    # own_use: an owner's marker and a thing, whatever the act
    ("为统一规划管理，全镇范围内暂停新增民宿，村民自有住房一律不得出租用于民宿经营。", "own_use"),
    ("全县范围内禁止个人在自有住宅内开展直播带货等网络经营活动。", "own_use"),
    ("全县范围内禁止在居民住宅内停放遗体、办理丧事，逝者遗体应当于死亡后24小时内运往殡仪馆。", "own_use"),
    ("景区核心区内的农户，其承包的林地一律不得对外流转，已签订的流转合同由村委会收回。", "own_use"),
    # self_duty: a household's standing check, fitting, insurance, inspection
    ("小区业主每季度应当对自家燃气管道进行一次自检，并将自检记录交物业服务企业存档。", "self_duty"),
    ("各家庭户每年须为本户六十周岁以上老人购买一份意外伤害保险。", "self_duty"),
    ("辖区居民要每月配合社区网格员入户检查室内卫生和蚊蝇孳生情况，并在《家庭卫生检查登记表》上签字确认。", "self_duty"),
    # withdrawn: a social benefit for unrelated conduct
    ("人居环境整治'门前三包'年度考核不达标的农户，取消其当年享受农村低保、临时救助的资格。", "withdrawn"),
    ("拒不配合城乡环境整治入户检查的住户，其最低生活保障金减发百分之二十。", "withdrawn"),
    # local_tie: a job, a school place, a dwelling gated on a local tie the person must meet
    ("农村公路养护公益性岗位面向本乡镇户籍人员招聘，非本乡镇户籍人员不予报名。", "local_tie"),
    ("新就业大学生申请保障性租赁住房的，须先将户口迁入本县。", "local_tie"),
    ("外来经商人员子女申请入读县城公办义务教育学校的，其父母须在本县连续纳税满三年。", "local_tie"),
    ("非本县户籍人员须持有本县居住证方可入场求职。", "local_tie"),
])
def test_wholesale_read(sentence, name):
    assert name in [b.name for b in wholesale(sentence)]
    assert burdens(sentence)                  # read through the burden readings (last, or by another reading)


@pytest.mark.parametrize("sentence", [
    # the freeze the law provides; a case; a court; an unlawful transfer; an office's closure; a quota; a protection
    "房屋征收范围确定后，房屋征收部门应当书面通知有关部门暂停办理房屋征收范围内新建、扩建、改建房屋和改变房屋用途的相关手续，暂停期限最长不得超过1年。",
    "对已列入征收范围的房屋，自征收决定公告之日起，不予办理新建、扩建、改建和改变房屋用途的审批手续。",
    "对涉嫌违法占用耕地的单位和个人，自然资源部门在调查期间可以暂停办理与该违法案件相关的土地审批、登记手续。",
    "人民法院查封的房屋，在查封期间不予办理转移登记。",
    "本村以外的单位或个人非法受让农村宅基地，其所签订合同一律无效，不予登记发证。",     # D153, a real document
    "春节假期期间，政务服务大厅暂停办理线下业务，网上办理不受影响。",
    "因不动产登记系统升级，二〇二五年三月一日至三日暂停办理各类登记业务。",
    "年度农村建房用地指标用完后，当年暂停受理农村村民建房申请，次年优先办理。",
    "政务服务中心各窗口不得以系统故障为由暂停受理群众申请。",
    "县不动产登记中心应当自受理登记申请之日起五个工作日内办结转移登记，不得擅自暂停办理。",
    # own_use look-alikes: hazard, a permit's gate, subsidised housing, encouraged, a limit
    "住户不得在自有住宅内生产、储存易燃易爆危险品。",
    "业主不得擅自改变自有住房的承重结构。",
    "经济适用住房购房人在取得完全产权前，不得出租、出售所购住房。",
    "鼓励农户将闲置住房出租用于民宿经营，村集体可以提供统一推介服务。",
    "业主可以将自有车位优先出租给本小区业主使用，出租期限不得超过合同剩余期限。",
    # self_duty look-alikes: the government's own check and service, a business's duty, a census, voluntary
    "县住房和城乡建设局应当每季度对城区燃气管道进行一次安全检查，并建立检查档案。",
    "县人民政府统一为独居老人家庭安装燃气报警器，所需费用由县财政承担。",
    "燃气经营者应当定期对其供气范围内用户的燃气设施进行安全检查，并告知用户安全用气常识。",
    "居民应当配合人口普查员入户登记普查项目。",
    "城区居民可以自愿在自家安装烟感报警器，社区提供免费安装服务。",
    # withdrawn look-alikes: the means test, a work refused, a death, an agricultural subsidy's condition, a protection
    "最低生活保障家庭的人均收入超过当地最低生活保障标准的，县民政局停发其最低生活保障金。",
    "有劳动能力的低保对象无正当理由连续三次拒绝接受介绍的与其健康状况相适应的工作的，县民政局减发其本人的最低生活保障金。",
    "特困供养人员死亡的，自次月起停发其供养金。",
    "对撂荒耕地一年以上的，不予发放耕地地力保护补贴。",
    "不得以申请人未参加村集体义务劳动为由取消其临时救助资格。",
    # local_tie look-alikes: the law's own residence gates, the place of application, equal treatment, the permit's
    # own terms (real documents D063, D066)
    "申请参加村民委员会选举的，应当为户籍在本村或者在本村居住一年以上的村民，并经村民会议或者村民代表会议同意参加选举。",
    "申请最低生活保障的，由共同生活的家庭成员向户籍所在地的乡镇人民政府提出书面申请。",
    "非本县户籍的随迁子女持父母一方的本县居住证，与本县户籍学生同等享有入学待遇。",
    "申请对象户口所在地住房已出售或已征收（拆迁），如果拥有本市他处住房的，应当将户口迁入本市他处住房，然后向户口迁入地街道（乡、镇）社区事务受理服务中心提出申请。",
    "居住证持有人应当在居住每满1年之日前1个月内提交签注申请。",
])
def test_wholesale_lookalike(sentence):
    assert wholesale(sentence) == []
