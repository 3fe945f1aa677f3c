"""The effect of a clause on a private party (review/norms/effect.py) and the rules that read it (C-COERCE-EFFECT,
C-RIGHTS-EFFECT, C-PENALTY-EFFECT, C-POWER-EFFECT): rows from tests/fixtures/rewordings/effect15.toml and the
round-14 clauses, each rule on its problems and on the look-alikes of the same grammar."""

import pytest

from review.norms.effect import effects, laid, related
from tests.rule_rows import check_row, rule_rows

ROWS = [
    # coercion: a supply withheld as leverage, arranged by a body that is not a department
    ("C-COERCE-EFFECT", "对拒不配合老旧小区改造施工的住户，社区居民委员会可以协调供电、供水单位暂停对其住宅的供电、供水，直至其配合施工。", True),
    ("C-COERCE-EFFECT", "养殖场拒不关闭的，乡镇人民政府应当协调供电部门切断其生产用电，直至其完成关停。", True),
    ("C-COERCE-EFFECT", "学生家长拒不履行送子女入学义务的，由村委会通知电力公司对其家庭暂停供电。", True),
    # coercion: removal without the statute's procedure
    ("C-COERCE-EFFECT", "养殖户未在规定期限内自行清理禁养区内养殖设施的，由乡镇人民政府组织力量统一拆除，拆除费用由养殖户承担。", True),
    ("C-COERCE-EFFECT", "违法建设当事人在公告期限内未自行拆除的，县城市管理局即可组织实施拆除；当事人申请行政复议或者提起行政诉讼的，不停止拆除。", True),
    ("C-COERCE-EFFECT", "河道管理范围内的违章构筑物，所有人逾期不自行清除的，由县水利局组织人员强行清除，所需费用由所有人负担。", True),
    # coercion: liberty restricted
    ("C-COERCE-EFFECT", "对在县委、县政府周边聚集滞留的信访人员，由县信访局组织工作人员带离至信访接待中心，集中进行不少于48小时的教育疏导。", True),
    ("C-COERCE-EFFECT", "对在景区内强行拉客的人员，县文化和旅游局可以将其带到景区管理处，进行不少于二十四小时的警示教育。", True),
    # look-alikes of the same grammar
    ("C-COERCE-EFFECT", "供水企业不得以用户未缴纳物业费、违章建筑未拆除等为由停止供水。", False),
    ("C-COERCE-EFFECT", "任何单位和个人不得以停止供电、供水、供热、供燃气等方式迫使被征收人搬迁。", False),
    ("C-COERCE-EFFECT", "用户逾期不交付电费，经催告在合理期限内仍不交付的，供电企业可以依照《中华人民共和国民法典》第六百五十四条的规定中止供电。", False),
    ("C-COERCE-EFFECT", "当事人在法定期限内不申请行政复议或者提起行政诉讼，又不拆除违法建筑的，县城市管理局应当依法申请人民法院强制执行。", False),
    ("C-COERCE-EFFECT", "依照《中华人民共和国城乡规划法》第六十八条，县人民政府责成县城市管理局对逾期不拆除的违法建设采取查封施工现场、强制拆除等措施。", False),
    ("C-COERCE-EFFECT", "人民法院裁定准予执行的，由县人民政府组织有关部门实施拆除。", False),
    ("C-COERCE-EFFECT", "县人民政府应当组织力量拆除本级政府投资建设的临时安置房，并做好场地复垦。", False),
    ("C-COERCE-EFFECT", "县自然资源局应当在三日内将拆除公告张贴于违法建筑所在地，并告知当事人陈述、申辩的权利。", False),
    ("C-COERCE-EFFECT", "市场主体办理登记后，县市场监督管理局应当将登记信息推送至相关部门，不得要求其重复提交材料。", False),
    ("C-COERCE-EFFECT", "执法人员实施查封、扣押，不得查封、扣押与违法行为无关的财物，不得查封、扣押公民个人及其所扶养家属的生活必需品。", False),
    # rights: a benefit withheld for refusing an unrelated demand
    ("C-RIGHTS-EFFECT", "拒不参加垃圾分类的住户，社区暂停为其出具各类证明材料，直至其改正。", True),
    ("C-RIGHTS-EFFECT", "未缴清城乡居民医疗保险费的村民，村股份经济合作社不予发放其年终股金分红。", True),
    ("C-RIGHTS-EFFECT", "学校不得以学生家长未参加家长会、未缴纳捐款等为由拒绝为学生办理学籍手续。", False),
    ("C-RIGHTS-EFFECT", "已承租直管公房的家庭，在领取住房租赁补贴后应当在3个月内退回原租住的公房，逾期不退回的，停发住房租赁补贴。", False),
    ("C-RIGHTS-EFFECT", "最低生活保障家庭的人口、收入、财产状况发生变化，不再符合条件的，县民政局应当依照《社会救助暂行办法》第十三条停止发放最低生活保障金。", False),
    ("C-RIGHTS-EFFECT", "县财政局应当在每年六月底前将惠农补贴资金足额拨付到乡镇，不得截留、挪用或者暂停拨付。", False),
    # penalty: a qualification withheld for a period after a violation, the trigger in the sentence before
    ("C-PENALTY-EFFECT", "商贸企业被检查发现重大安全隐患的，由县商务局在全县商贸系统内通报批评。同时暂停其参加县级促消费活动的资格一年。", True),
    ("C-PENALTY-EFFECT", "药店违反处方药销售管理规定的，县市场监督管理局可以暂停其医保定点结算资格三个月。", True),
    ("C-PENALTY-EFFECT", "投标人以他人名义投标的，依照《中华人民共和国招标投标法》第五十四条的规定，取消其一年至三年内参加依法必须进行招标的项目的投标资格。", False),
    # power: final, open-ended, the parties' agreement overridden
    ("C-POWER-EFFECT", "县住房和城乡建设局可以随时对辖区内在建工程进行检查，被检查单位不得以任何理由拒绝，检查结论为最终结论。", True),
    ("C-POWER-EFFECT", "城区范围内凡县城市管理局认为影响市容秩序的行为，均可由其依照本办法采取相应处理措施。", True),
    ("C-POWER-EFFECT", "农村土地经营权流转价格，由乡镇人民政府按照县农业农村局公布的指导价统一确定，流转双方不得另行约定。", True),
    ("C-POWER-EFFECT", "本办法未作规定的其他环境管理事项，由县生态环境分局根据工作需要自行决定处理方式。", True),
    ("C-POWER-EFFECT", "业主大会选聘物业服务企业的结果，须经社区居民委员会和街道办事处确认后方为有效。", True),
    ("C-POWER-EFFECT", "业主大会选聘物业服务企业的结果，由业主委员会报社区居民委员会和街道办事处备案。", False),
    ("C-POWER-EFFECT", "县住房和城乡建设局应当根据工作需要，合理安排执法人员，加强对在建工程的日常巡查。", False),
    ("C-POWER-EFFECT", "劳动人事争议仲裁委员会作出的下列仲裁裁决为终局裁决：追索劳动报酬不超过当地月最低工资标准十二个月金额的争议。", False),
    ("C-POWER-EFFECT", "本办法未作规定的事项，按照国家和省有关规定执行；法律、法规另有规定的，从其规定。", False),
    # written after the reading was first built, in other words (a check of the grammar, tuned)
    ("C-COERCE-EFFECT", "对不按要求搬离危房的住户，镇政府可以商请供热公司停止对其住房的冬季供暖。", True),
    ("C-COERCE-EFFECT", "违规占用消防通道的车辆，物业服务企业应当在社区的统一安排下予以拖移，拖移费用由车主承担。", True),
    ("C-COERCE-EFFECT", "供热单位不得因用户欠缴物业费而停止供暖。", False),
    ("C-COERCE-EFFECT", "违法建筑的所有人应当在收到限期拆除决定书之日起十日内自行拆除。", False),
    ("C-RIGHTS-EFFECT", "子女辍学未返校的家庭，停发当年的困难群众生活补助，待子女返校后补发。", True),
    ("C-RIGHTS-EFFECT", "困难群众家庭收入超过保障标准的，停发生活补助。", False),
    ("C-PENALTY-EFFECT", "物业企业被业主投诉经核实的，区住建局将其列入重点监管名单，十二个月内停止其参与老旧小区改造项目。", True),
    ("C-POWER-EFFECT", "其他未尽事宜，由县商务局酌情处理。", True),
    ("C-POWER-EFFECT", "评定结果应当公示七日，对结果有异议的，可以向县民政局申请复核。", False),
    ("C-COERCE-EFFECT", "对拒不签订拆迁补偿协议的经营户，市场服务中心可以停止向其出租摊位，并断开其摊位电源。", True),
    ("C-COERCE-EFFECT", "任何单位不得以断开电源、停止出租摊位等方式迫使经营户签订协议。", False),
    ("C-POWER-EFFECT", "业主与开发商就车位租售价格达成的协议，须经街道办事处核准方可生效。", True),
    ("C-RIGHTS-EFFECT", "村集体土地租金分配方案应当经村民会议讨论决定，不得以村民未参加集体劳动为由减少其分配份额。", False),
    ("C-RIGHTS-EFFECT", "乙方未按约定时间开工建设超过一年的，甲方有权解除本协议，并收回已兑现的扶持资金。", False),
    # real documents that must stay quiet (a scheme's own sanction, a consent lacking, a disposition, a state)
    ("C-RIGHTS-EFFECT", "参保人有违反医疗保险规定下列情形之一的，市社会保险机构可暂停其社会保障卡记账功能3个月。", False),
    ("C-RIGHTS-EFFECT", "预告登记后，未经预告登记的权利人书面同意，处分该房屋申请登记的，房屋登记机构应当不予办理。", False),
    ("C-COERCE-EFFECT", "对产权不明的废弃地下管线，由城市道路主管部门组织拆除。", False),
    ("C-COERCE-EFFECT", "违反规划建设的，由派出机构责令限期无偿拆除。", False),
]


@rule_rows(ROWS)
def test_effect_rules(rule_id, text, expected):
    check_row(rule_id, text, expected)


def test_reading_names_the_arranged_actor_the_trigger_and_the_until_clause():
    (e,) = effects("对拒不腾退征收范围内房屋的住户，街道办事处可以通知供气单位停止对其供气，直到其腾空房屋为止。")
    assert (e.name, e.actor, e.trigger, e.basis, e.guard) == ("supply", "arranged", "noncompliance", "none", "")
    assert e.until.startswith("直到其腾空房屋")


def test_reading_takes_the_trigger_of_the_sentence_before_a_continuation():
    before = "驾校发生考试舞弊的，县交通运输局予以通报。"
    (e,) = effects("同时取消其参加年度驾培机构评优的资格两年。", "", before)
    assert (e.name, e.trigger, e.period) == ("disqualify", "noncompliance", "两年")
    assert effects("同时取消其参加年度驾培机构评优的资格两年。")[0].trigger == "none"


@pytest.mark.parametrize("sentence, guard", [
    ("供水企业不得以用户未缴纳物业费为由停止供水。", "protective"),
    ("因供水设施检修需要停止供水的，供水企业应当提前二十四小时通知用户。", "in_condition"),
    ("人民法院裁定准予执行的，由县人民政府组织有关部门实施拆除。", "court"),
    ("非法扣押他人居住证的，由公安机关给予警告。", "in_condition"),
])
def test_lawful_grammar_is_named(sentence, guard):
    assert [e.guard for e in effects(sentence)][:1] == [guard]
    assert laid(sentence) == ()


def test_a_benefit_withheld_on_its_own_terms_is_related():
    assert related("转借、转租所承租公共租赁住房", "取消其公共租赁住房保障")
    assert not related("拒绝拆除自家旱厕", "暂停其享受村集体经济组织年度收益分配")
