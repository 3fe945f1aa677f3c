"""Round 13, power: the issuing body sheds a statutory duty or liability, excludes or shortens remedies, or widens its
own power (review/lexicons/power.toml duty.handed, remedy.time_short, remedy.final_own, interpret.*,
procedure.skipped, competence.self_extend). The clauses written before the change are
tests/fixtures/rewordings/power_round13.toml (a dev set: its figures are tuned); each row is one sentence against the
rule that must (or must not) read it."""

from tests.rule_rows import check_row, rule_rows

CASES = [
    # a supervision or review duty handed to a committee, a property company, an association or the applicant
    ("C-POWER-02", "辖区内农村饮用水水源的日常监管，由所在地村民委员会负责，乡镇人民政府和县水利局予以指导。", True),
    ("C-POWER-02", "住宅小区内电梯的安全监督检查，由物业服务企业承担，特种设备安全监督管理部门不再另行开展。", True),
    ("C-POWER-02", "生态环境问题投诉由被投诉企业自行核查并反馈投诉人，县生态环境分局不再单独受理。", True),
    ("C-POWER-02", "农村集中供水工程移交村民委员会管理后，供水水质安全由村民委员会自行负责，县水利局不再对其开展监督检查。", True),
    ("C-POWER-02", "县信访局受理信访事项后，转交责任单位办理，信访局不再负责跟踪督办。", True),
    ("C-POWER-02", "食品生产经营者对其生产经营食品的安全负责，市场监督管理部门依法实施监督管理。", False),
    ("C-POWER-02", "县住房和城乡建设局负责全县房屋安全的监督管理，乡镇人民政府负责本辖区农村自建房的日常巡查，村民委员会予以协助。", False),
    ("C-POWER-02", "行业协会的自律监管由协会依照章程负责。", False),
    ("C-POWER-02", "根据机构改革方案，原由区商务局承担的监管职责划转至区市场监督管理局。", False),
    # liability shed, or put on the body's helpers' employer
    ("C-POWER-LIABILITY", "执法辅助人员在协助巡查中造成他人财产损失的，由其所在的劳务派遣公司承担赔偿责任。", True),
    ("C-POWER-LIABILITY", "行政机关工作人员依照本办法履行职责过程中，对行政相对人造成的财产损失不承担赔偿责任。", True),
    ("C-POWER-LIABILITY", "政府购买服务项目执行中发生的安全事故，一律由承接主体承担，购买主体不承担监管责任。", True),
    ("C-POWER-LIABILITY", "自建房屋加层改造的结构安全风险由房屋所有人自行承担，住房和城乡建设部门对此不承担任何责任。", True),
    ("C-POWER-LIABILITY", "因申请人隐瞒真实情况、提供虚假材料造成的损失，由申请人自行承担。", False),
    ("C-POWER-LIABILITY", "因不可抗力导致项目无法按期实施的，双方均不承担违约责任。", False),
    # remedies: shortened periods, final decisions, waivers, another's consent first
    ("C-POWER-REMEDY", "当事人不服罚款决定的，可以在收到处罚决定书之日起十五日内向县人民政府申请行政复议。", True),
    ("C-POWER-REMEDY", "被征收人对补偿决定不服的，应当在收到决定之日起三十日内提起行政诉讼，逾期法院不予受理。", True),
    ("C-POWER-REMEDY", "当事人要求听证的，应当在行政机关告知后三日内提出。", True),
    ("C-POWER-REMEDY", "县城市管理局依照本办法作出的处理决定为最终决定。", True),
    ("C-POWER-REMEDY", "景区内经营户之间的经营纠纷、价格争议，一律由区文化和旅游局裁决，裁决结果为终局结果。", True),
    ("C-POWER-REMEDY", "签订安置协议即表示被征收人放弃对补偿事项申请复议和提起诉讼的权利。", True),
    ("C-POWER-REMEDY", "因本办法实施产生的争议，不属于行政复议和行政诉讼的受理范围。", True),
    ("C-POWER-REMEDY", "业主对物业服务企业的投诉，应当事先经业主委员会签字同意，未经同意的，县住房和城乡建设局不予受理。", True),
    ("C-POWER-REMEDY", "申请人在提起行政复议之前，必须先向原审批窗口提出书面复核，复核程序未完成的，复议机关不予受理。", True),
    ("C-POWER-REMEDY", "对本办法施行前已作出的补偿决定，当事人不得再以任何理由提出异议或者申请重新处理。", True),
    ("C-POWER-REMEDY", "被征收人对补偿决定不服的，可以自收到决定之日起六十日内申请行政复议，也可以在六个月内依法提起行政诉讼。", False),
    ("C-POWER-REMEDY", "对行政复议决定不服的，可以在收到复议决定书之日起十五日内向人民法院提起诉讼。", False),
    ("C-POWER-REMEDY", "当事人要求听证的，应当在行政机关告知后五日内提出。", False),
    # periods another law sets for its own matters (国家赔偿法 第十四条、第二十四条; the police's hearing rules), restated in a
    # catalogue of legal channels (real document D124)
    ("C-POWER-REMEDY", "赔偿请求人可以自期限届满之日起三十日内向赔偿义务机关的上一级机关申请复议。", False),
    ("C-POWER-REMEDY", "赔偿请求人对赔偿的方式、项目、数额有异议的，可以自赔偿义务机关作出不予赔偿决定之日起三个月内，向人民法院提起诉讼。", False),
    ("C-POWER-REMEDY", "违反治安管理行为人要求听证的，应当在公安机关告知后三日内提出申请。", False),
    # a table cell's fragment of 行政诉讼法 第四十五条 (D124: "……收到复议" | "决定书之日起十五日内……")
    ("C-POWER-REMEDY", "决定书之日起十五日内向人民法院提起诉讼。复议机关逾期不作决定的，申请人可以在复议期满之日起十五日内向人民法院提起诉讼。", False),
    ("C-POWER-REMEDY", "对食品抽样检验结论有异议的，可以自收到检验结论之日起七个工作日内申请复检。", False),
    ("C-POWER-REMEDY", "申请人对不予受理有异议的，可以向受理窗口申请复核，复核不影响其依法申请行政复议或者提起行政诉讼的权利。", False),
    # an interpretation clause that adds powers or changes the document
    ("C-POWER-INTERPRET", "本办法由县城市管理局负责解释。县城市管理局可以通过解释增设本办法未规定的检查项目，有关单位应当遵守。", True),
    ("C-POWER-INTERPRET", "本办法实施中的具体问题由县发展和改革局负责解释，其解释与本办法具有同等效力，并可以根据工作需要对申请条件和补助标准作出补充规定。", True),
    ("C-POWER-INTERPRET", "本办法执行中的具体应用问题，由县住房和城乡建设局负责解释；本办法未尽事宜，按照国家和省有关规定执行。", False),
    ("C-POWER-INTERPRET", "本办法由县人民政府办公室负责解释。", False),
    # decisions and measures without the procedure the law sets
    ("C-POWER-SKIP-PROCEDURE", "对在道路两侧违规堆放的建筑材料，城管执法人员可以先行处置，事后再告知物主。", True),
    ("C-POWER-SKIP-PROCEDURE", "对巡查中发现的疑似违法建设，县综合行政执法局可以直接认定为违法建设，无需另行调查取证。", True),
    ("C-POWER-SKIP-PROCEDURE", "在证据可能灭失或者以后难以取得的情况下，经行政机关负责人批准，可以先行登记保存。", False),
    ("C-POWER-SKIP-PROCEDURE", "情况紧急需要当场实施行政强制措施的，执法人员应当在二十四小时内向行政机关负责人报告，并补办批准手续。", False),
    # powers of the body's own choosing
    ("C-POWER-BEYOND", "县交通运输局可以根据治理超限超载工作需要，自行确定本办法规定以外的其他检查事项和处理措施。", True),
    ("C-POWER-BEYOND", "本办法未列明的其他违法行为，市场监管部门可以参照本办法采取相应管理措施。", True),
    ("C-POWER-BEYOND", "县直各部门可以根据工作需要对辖区企业开展检查，检查频次和事项不受“双随机、一公开”抽查计划限制。", True),
    ("C-POWER-BEYOND", "各乡镇可以结合实际采取有效措施推进垃圾分类工作。", False),
    # a firm's internal affairs under the body's orders; decisions by bodies without the power
    ("C-POWER-AUTONOMY", "乡镇人民政府可以根据工作需要，对辖区内民营企业的人事任免、利润分配等事项提出审核意见，企业应当遵照执行。", True),
    ("C-POWER-AUTONOMY", "县卫生健康局可以根据工作需要，对辖区内私人诊所的人事安排、药品采购渠道作出指令性安排。", True),
    ("C-POWER-AUTONOMY", "国有企业的利润分配方案，由县国资委审核后实施。", False),
    ("C-POWER-AUTONOMY", "企业可以根据经营需要自主决定人事任免和利润分配。", False),
    ("C-POWER-NONHOLDER", "片区改造范围内国有土地上房屋的征收决定，由县城市更新工作指挥部作出，并以指挥部名义与被征收人签订补偿协议。", True),
    ("C-POWER-NONHOLDER", "房屋征收决定由县人民政府作出，指挥部负责协调推进。", False),
    ("C-POWER-PRIVATE-ACT", "县应急管理局可以委托安全生产技术服务机构以本局名义对生产经营单位开展执法检查，并由该机构直接作出责令停产整改决定。", True),
    ("C-POWER-PRIVATE-ACT", "县市场监督管理局可以委托具有法定资质的检验机构对抽取的样品进行检验，检验结论由该局依法作出处理。", False),
]


@rule_rows(CASES)
def test_power_round13(rule_id, text, expected):
    check_row(rule_id, text, expected)
