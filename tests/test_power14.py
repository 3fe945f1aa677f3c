"""Power and coercion concepts in a drafter's other words (round 14, power14): a notice, hearing or 催告 the law requires
dropped (不经告知和听证程序; 不再组织听证; 不适用听证程序); a person moved by the body to a place of its choosing or held
together (带离至指定场所进行教育劝返; 集中进行学习教育，期间不得离开); a debt taken out of a subsidy or settlement owed to the
party (从补助金中直接扣除); the party's things carried off and kept; the body's own reading closing a dispute; the entrusted
made to answer in a sentence of its own; the body's own time limit lengthened at will. Each beside the lawful look-alike of
the same surface. Sentences from tests/fixtures/rewordings/power14.toml and the round-13 fresh clauses."""

from tests.rule_rows import check_row, rule_rows

CASES = [
    # a hearing, notice or 催告 dropped in a clause about a penalty or a decision
    ("C-POWER-SKIP-PROCEDURE", "对违法建设作出限期拆除决定的，可以不经告知和听证程序，直接作出决定。", True),
    ("C-POWER-SKIP-PROCEDURE", "为提高执法效率，县交通运输局作出较大数额罚款决定时，不再组织听证。", True),
    ("C-POWER-SKIP-PROCEDURE", "对违反本办法的行为，一律由县综合行政执法局当场作出处理决定，不适用听证程序。", True),
    # … not the party's own default, the summary procedure, a step made a condition, a law's exception, a protection
    ("C-POWER-SKIP-PROCEDURE", "当事人在告知后五日内未要求听证的，不再组织听证，依法作出处罚决定。", False),
    ("C-POWER-SKIP-PROCEDURE", "适用简易程序当场作出处罚决定的，可以不举行听证。", False),
    ("C-POWER-SKIP-PROCEDURE", "不经告知程序，执法机关不得作出行政处罚决定。", False),
    ("C-POWER-SKIP-PROCEDURE", "县应急管理局作出责令停产停业决定前，应当告知当事人有要求听证的权利，不得省略告知程序。", False),
    ("C-POWER-SKIP-PROCEDURE", "作出行政处罚决定前，应当听取当事人的陈述和申辩；法律、法规对听证程序另有规定的，从其规定。", False),
    # a person moved to a place of the body's choosing, or held together
    ("C-COERCE-01", "对拒不执行限期整改通知的占道经营者，可以将其带离现场，送至执法中队接受教育。", True),
    ("C-COERCE-01", "对拒不配合流行病学调查的人员，由乡镇人民政府将其带至指定场所集中观察。", True),
    ("C-COERCE-01", "对在机关门前滞留的信访人，由信访部门工作人员带离至指定场所进行教育劝返，时间一般不超过二十四小时。", True),
    ("C-COERCE-01", "对多次到省市非正常上访的人员，由乡镇人民政府派员接回，并集中进行学习教育，期间不得离开。", True),
    # … not taken to care, nor things carried to a collection point
    ("C-COERCE-01", "发现走失老人的，应当将其送至派出所或者救助站。", False),
    ("C-COERCE-01", "学校应当将突发疾病的学生送至医院救治。", False),
    ("C-COERCE-01", "居民应当将废旧物品送至指定地点集中处理。", False),
    ("C-COERCE-01", "对流浪乞讨人员，救助站应当告知其可以自愿接受救助，不得强制其入站。", False),
    # a debt taken out of what the body owes the party; things carried off and kept
    ("C-COERCE-01", "退役军人在领取一次性经济补助时尚欠村集体款项的，由乡镇人民政府从补助金中直接扣除。", True),
    ("C-COERCE-01", "对拒不配合人居环境整治、在房前屋后乱堆乱放的农户，由村清理小组将堆放物品集中搬离，清理期间物品暂由村委会保管。", True),
    ("C-COERCE-01", "耕地地力保护补贴资金直接发放至农户一卡通账户，任何单位和个人不得截留、挪用或者抵扣。", False),
    ("C-COERCE-01", "实施查封、扣押应当由两名以上具有执法资格的人员进行，并当场交付现场笔录和清单。", False),
    # a thing held, named by it; a fine already paid — neither lays a penalty
    ("C-PENALTY-01", "对暂扣的车辆，执法部门应当妥善保管，不得使用，不得收取保管费用；法律法规另有规定的，从其规定。", False),
    ("C-PENALTY-01", "当事人缴清罚款后，县交通运输局应当在三日内解除扣押并退还扣押的车辆。", False),
    ("C-PENALTY-01", "暂扣的车辆逾期不来接受处理的，由执法部门予以变卖，变卖所得上缴财政。", True),
    ("C-PENALTY-01", "对在城区主干道违规摆摊设点的，由城管部门处200元以上1000元以下罚款。", True),
    # the body's own reading closes a dispute; review barred after a petition's review
    ("C-POWER-REMEDY", "本细则由县文化广电和旅游局负责解释，凡与本细则有关的争议，均以该局的解释为准。", True),
    ("C-POWER-REMEDY", "经复核终结的信访事项，当事人不得再就同一事项申请行政复议或者提起行政诉讼。", True),
    # a decision declared final where the conduct it answers is named unlawful (违法占地行为): the conduct, not the measure, is unlawful
    ("C-POWER-REMEDY", "各乡镇对辖区内的违法占地行为作出的处理决定为最终决定。", True),
    ("C-POWER-REMEDY", "本办法由县住房和城乡建设局负责解释。", False),
    ("C-POWER-REMEDY", "申请人对复核结果仍有异议的，可以自收到复核结果之日起六十日内申请行政复议。", False),
    # the entrusted made to answer, in a sentence of its own; not the entrusting body answering
    ("C-POWER-LIABILITY", "县交通运输局委托乡镇交通管理站实施路政巡查。委托事项产生的法律后果由乡镇交通管理站自行承担，与县交通运输局无关。", True),
    ("C-POWER-LIABILITY", "受委托组织在委托范围内以县交通运输局名义实施行政处罚，县交通运输局对该行为的后果承担法律责任。", False),
    ("C-POWER-LIABILITY", "县教育局委托第三方机构开展校外培训机构检查，检查结果由第三方机构负责，县教育局不承担相应责任。", True),
    ("C-POWER-LIABILITY", "因当事人自身原因造成损失的，行政机关不承担相应责任。", False),
    # a compensation owed to the party used to pay what it owes after a default; not a settlement of the same account
    ("C-COERCE-01", "对于未按要求完成整改的养殖户，镇人民政府要从其生态补偿款中扣回应缴的整治费用。", True),
    ("C-COERCE-01", "被征收人选择货币补偿的，补偿款从其应得的补偿金额中扣除已预付的部分。", False),
    # the body's own time limit lengthened at will; not a person's freedom from a deadline
    ("C-POWER-02", "县民政局对社会救助申请的审核期限，可以根据工作量自行延长，不受规定时限的限制。", True),
    ("C-POWER-02", "老年人申请办理优待证，不受时间限制。", False),
    # no answer to an application; not a protective prohibition, nor a withdrawn or repeated application
    ("C-POWER-02", "县退役军人事务局收到安置待遇申请后，认为申请材料不全的，可以不予答复。", True),
    ("C-POWER-02", "申请人提交的申请材料齐全的，县民政局应当在十日内作出答复，不得不予答复。", False),
    ("C-POWER-02", "申请人撤回申请的，不再答复。", False),
    # owners' choice of their property company made by the body
    ("C-POWER-OWNERS", "县住房和城乡建设局在物业管理监督中，可以直接决定更换小区的物业服务企业。", True),
    ("C-POWER-OWNERS", "街道办事处指导业主大会依法选聘物业服务企业。", False),
]


@rule_rows(CASES)
def test_power14_rows(rule_id, text, expected):
    check_row(rule_id, text, expected)
