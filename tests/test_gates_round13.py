"""Licence gates, fees and proofs in other words (issue 8, round 13, license13): an assessment (审核, 评定, 论证, 遴选,
确认) that holds back an activity, a paper a body issues as the activity's token (凭……准入通知单通行, 须持……设置意见方可),
a body's own rating or opinion added to a licence the law sets; a sum owed to a body under another name (管理金, 预留金,
代收资料费, 核查费 under a paying header); a proof that names the state it attests (无……的鉴定意见). Each beside the lawful
look-alike of the same surface: an internal review, a benefit held back by its own review, an application merely
received, a staff appraisal, a fee the law or a national standard sets, a proof lifted. Sentences from
tests/fixtures/rewordings/gates_round13.toml and the round-10/12 dev sets."""

from tests.rule_rows import check_row, rule_rows

CASES = [
    # an assessment that holds back an activity, in each gate form
    ("C-LICENSE-01", "本区范围内的托育机构需经区卫生健康委员会综合评定为合格等级，方能收托三岁以下婴幼儿。", True),
    ("C-LICENSE-01", "从事农村集体经济组织财务代理记账的服务机构，应当通过县农业农村局的资格审核，审核未通过的，不得承接代理业务。", True),
    ("C-LICENSE-01", "小区电动自行车充电设施的建设运营单位，由街道办事处统一遴选确定；未经遴选确定的单位，不得在小区内建设充电设施。", True),
    ("C-LICENSE-01", "为规范养老服务市场秩序，本市对民办养老机构实行准入评估制度，评估不合格的，民政部门不予办理机构备案。", True),
    ("C-LICENSE-01", "承接县内农村饮水工程维修业务的，仅限于经县水利局考评入围的施工队伍。", True),
    ("C-LICENSE-01", {"header": "下列活动，举办单位须事先报县公安局、县商务局联合会审：", "text": "（二）在商业街区开展的商品促销、产品展示活动；"}, True),
    ("C-LICENSE-01", {"header": "下列活动由县应急管理局实行事前核准：", "text": "（四）生产经营单位在厂区内组织二十人以上的消防、应急疏散演练的。"}, True),
    # … but not a benefit held back by its review, an application merely received, the administration's own plans or staff
    # one gate over two sentences is one finding, the registration rule's (heldout_round7)
    ("C-LICENSE-01", "本办法施行后，举办各类商品展销会、促销会的，主办单位应当提前十五日报县市场监督管理局审定活动方案。活动方案未经审定的，不得举办。", False),
    ("C-LICENSE-02", "本办法施行后，举办各类商品展销会、促销会的，主办单位应当提前十五日报县市场监督管理局审定活动方案。活动方案未经审定的，不得举办。", True),
    ("C-LICENSE-01", "经审核符合条件的，方可发放创业补贴。", False),
    ("C-LICENSE-01", "申请材料经审核未通过的，不予受理。", False),
    ("C-LICENSE-01", "项目验收不合格的，不予拨付补助资金。", False),
    ("C-LICENSE-01", "对网格员实行考核制度，考核不合格的，不得上岗。", False),
    ("C-LICENSE-01", "各乡镇拟订的年度农村公路养护计划，应当报县交通运输局审核后组织实施。", False),
    ("C-LICENSE-01", "县住房和城乡建设局在核发施工许可证前，应当组织内部会审，会审意见记入审批档案。", False),
    # a paper a body issues as the activity's token
    ("C-LICENSE-01", "外来车辆进入工业园区运输危险废物，一律凭园区管委会核发的准入通知单通行。", True),
    ("C-LICENSE-01", "快递企业在本县设立末端网点，须持市邮政管理局出具的网点设置意见，方可开展揽投业务。", True),
    ("C-LICENSE-01", "房地产经纪机构及其分支机构在本区开展经纪业务前，应当取得区住房和城乡建设局核发的《经营资格确认书》。", True),
    # … not an approval or certificate of something else the step relies on (D076 第二百十八条、第二百二十七条)
    ("C-LICENSE-01", "凭学校批准文件或者相关证明办理户口迁移手续。", False),
    ("C-LICENSE-01", "凭市教委《毕业生推荐就业登记表》、《户口迁移证》办理户口迁移手续。", False),
    ("C-LICENSE-01", "民宿经营者应当在开业后三十日内将经营者名称、地址和联系方式报乡镇人民政府备案，备案不作为开业的前置条件。", False),
    ("C-LICENSE-01", "有关部门不得将行业协会的推荐意见作为办理营业执照的前置条件。", False),
    # a body's own rating or opinion added to a licence the law sets
    ("C-LICENSE-COND", "参与本市老旧小区改造的设计单位，除具备法定资质外，还应当取得市住房和城乡建设局组织评定的能力等级。", True),
    ("C-LICENSE-COND", "申请燃气经营许可的，申请人还须附具县应急管理局对经营场所安全条件的预审意见。", True),
    ("C-LICENSE-COND", "申请人除提交申请书外，还需提供户口簿复印件。", False),
    # a sum owed to a body under another name
    ("C-FEE-01", "进入农贸市场设摊的农户，每天向镇市场管理办公室交纳卫生管理金五元。", True),
    ("C-FEE-01", "为确保征收工作顺利推进，被征收人申请产权调换的，应当先行交纳安置房预留金，金额为安置面积的百分之二十房款。", True),
    ("C-FEE-01", "全县中小学生参加县教育局组织的学业水平监测，由学校按每生每学期八十元统一代收资料费。", True),
    ("C-FEE-01", {"header": "参加县级示范家庭农场评定的，应当缴付下列费用：", "text": "（一）现场核查费一千元；"}, True),
    ("C-FEE-01", "家政服务人员须参加县人力资源和社会保障局指定机构组织的上岗培训，培训费每人八百元，由参训人员自行负担。", True),
    ("C-FEE-01", "首次申领居住证的，免收证件工本费；换领、补领的，按照国家规定的标准缴纳工本费。", False),
    ("C-FEE-01", "示范家庭农场评定由经营者自愿申报，评定活动不得收取任何费用。", False),
    ("C-FEE-01", {"header": "申请低保的家庭应当提交下列材料：", "text": "（一）家庭收入情况；"}, False),
    ("C-FEE-01", "政府购买的居家养老服务费用由县财政承担，服务机构不得向服务对象另行收取费用。", False),
    # a proof that names the state it attests is demanded, not negated
    ("C-PROOF-01", "申请人提出廉租住房申请时，应当一并提交居住地社区居委会出具的无违法违规行为的鉴定意见。", True),
    ("C-PROOF-01", "退役军人申请优待证的，除提交服役经历材料外，还应当由户籍地退役军人服务站出具本人无违法犯罪记录的鉴定意见。", True),
    ("C-PROOF-01", "不再要求申请人提交居委会出具的无犯罪记录的证明。", False),
    ("C-PROOF-01", "申请人无需提交居委会出具的证明。", False),
]


@rule_rows(CASES)
def test_gates_round13(rule_id, text, expected):
    check_row(rule_id, text, expected)
