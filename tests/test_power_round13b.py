"""Round 13b, power: concepts widened after the first wave's dev gains did not carry to the fresh clauses
(review/lexicons/power.toml remedy.final, remedy.bar, liability.shed, autonomy.taken, competence.self_extend,
autonomy.firm_affairs, autonomy.directive, inspect.unbounded, duty.handed; C-POWER-02 and C-POWER-ENTRY excuses).
The clauses written before the change are tests/fixtures/rewordings/power_round13b.toml (a dev set: its figures are
tuned); each row is one sentence against the rule that must (or must not) read it."""

from tests.rule_rows import check_row, rule_rows

CASES = [
    # a decision declared final in any words; review or complaint barred after 服从
    ("C-POWER-REMEDY", "县人力资源和社会保障局对工伤待遇争议的处理意见为最终答复。", True),
    ("C-POWER-REMEDY", "当事人对县民政局的认定结论应当服从，不得再行申诉。", True),
    ("C-POWER-REMEDY", "对乡镇人民政府作出的宅基地处理意见，村民必须服从，不得另行申请复议。", True),
    ("C-POWER-REMEDY", "对县民政局的认定结论不服的，可以依法申请行政复议或者提起行政诉讼。", False),
    # a duty dropped after a problem is handed on; a transfer of functions in a reform is not
    ("C-POWER-02", "城市管理部门将占道经营问题移交社区处理后，不再承担该问题的监管职责。", True),
    ("C-POWER-02", "各部门发现的环境卫生问题移交乡镇人民政府处置的，移交部门此后不再负相应的监督管理责任。", True),
    ("C-POWER-02", "根据机构改革方案，原由区商务局承担的市场监管职责移交区市场监督管理局，区商务局不再承担该项职责。", False),
    # verification waived, the consequences put on the applicant; the applicant's own false statement is its own
    ("C-POWER-02", "实行告知承诺的事项，审批部门不再对申请人的承诺进行核查，一切后果由申请人自行承担。", True),
    ("C-POWER-02", "申请人提供虚假材料骗取补贴的，由此产生的后果由申请人自行承担。", False),
    # the entrusted made to answer for the entrusting body's acts (行政处罚法 第二十条)
    ("C-POWER-LIABILITY", "县市场监督管理局委托乡镇市场监管所开展的行政检查，由此产生的法律后果由受委托的监管所自行承担。", True),
    ("C-POWER-LIABILITY", "街道办事处受县住房和城乡建设局委托实施的巡查执法，其法律责任由街道办事处自行承担。", True),
    ("C-POWER-LIABILITY", "委托行政机关对受委托组织实施行政处罚的行为应当负责监督，并对该行为的后果承担法律责任。", False),
    # a firm's or a private school's own affairs fixed or vetted by the body
    ("C-POWER-AUTONOMY", "民办幼儿园的保教人员薪酬标准由县教育局统一核定，幼儿园应当按核定的标准执行。", True),
    ("C-POWER-AUTONOMY", "经济开发区管理委员会可以对区内企业的招聘用工、产品定价进行审核。", True),
    ("C-POWER-AUTONOMY", "园区管委会应当为入园企业的用工招聘提供服务。", False),
    # a collective's counterparty chosen by the town
    ("C-POWER-OWNERS", "村集体的鱼塘、林地对外发包，镇人民政府可以直接确定承包方。", True),
    ("C-POWER-OWNERS", "村集体经营性建设用地出租的，承租人由乡镇人民政府直接指定，村民委员会应当执行。", True),
    ("C-POWER-OWNERS", "村集体资产对外出租的，应当经村民会议讨论决定，通过农村产权交易平台公开确定承租人。", False),
    # measures of the body's choosing for wrongs the document does not list
    ("C-POWER-BEYOND", "对本规定没有列明的其他违法行为，各执法部门可以视情况采取相应的处置措施。", True),
    ("C-POWER-BEYOND", "对本办法未规定的违法行为，依照有关法律、法规的规定予以处罚。", False),
    # personal data taken without telling the person
    ("C-POWER-ENTRY", "市大数据中心有权调阅各学校学生的健康档案信息，不必征得学生及其监护人同意。", True),
    ("C-POWER-ENTRY", "县医疗保障局可以直接调取定点药店参保人员的购药记录，无需告知参保人本人。", True),
    ("C-POWER-ENTRY", "县卫生健康委员会依法调取医疗机构的诊疗信息的，应当告知患者本人并做好信息保护。", False),
]


@rule_rows(CASES)
def test_power_round13b(rule_id, text, expected):
    check_row(rule_id, text, expected)
