"""The levy, local-origin and family-planning-status readings (issue 8, round 15, levy15): money a document makes a
party pay at a rate or floor it sets itself, whatever the charge is called (每人次十元, 每亩一百元, 认购……不少于十万元);
access to a bid, a subsidy, a market or a job tied to the place (只邀请在本县设有仓库的企业, 未在本县缴纳增值税的不得参加,
本县户籍劳动者不少于百分之六十, 定点品牌方可申领补贴, 限于国有企业); any detriment tied to a birth outside the policy
however named (政策外出生人员不计入安置人口, 须无政策外生育记录) and a registration paper demanded. Each beside its look-alike
of the same grammar: the government paying, a price the price authority sets, a market price, a charge stopped, a
villagers' 一事一议, equal treatment whatever the place, an incentive, public welfare posts, an abolition, registration as a
service. Sentences from tests/fixtures/rewordings/levy15.toml and the round-14 dev clauses (tuned figures)."""

from tests.rule_rows import check_row, rule_rows

CASES = [
    # levy: a rate or floor the document sets, the payer's act beside it
    ("C-FEE-01", "求职人员进入县人力资源市场参加招聘活动的，需凭缴费凭证入场。入场费按每人次10元收取。", True),
    ("C-FEE-01", "参保人员办理异地就医备案、医保关系转移接续的，须按每件20元缴纳工本费。", True),
    ("C-FEE-01", "退役军人参加县退役军人事务局组织的适应性培训，需按每人600元标准自行承担培训资料费和食宿费。", True),
    ("C-FEE-01", "实施高标准农田建设项目的行政村，应当组织受益农户按每亩一百元筹集项目配套资金，由村民委员会统一收取后上缴乡镇财政所。", True),
    ("C-FEE-01", {"header": "申请入驻县电商产业园的企业，须提交下列材料：", "text": "（四）认购园区运营公司股份不少于10万元的认购凭证。"}, True),
    ("C-FEE-01", "实施农村户厕改造的，受益农户每户自筹八百元，交村委会统一管理。", True),
    ("C-FEE-01", "申请进入县农产品物流园经营的商户，应当认购县供销集团发行的商户服务卡，金额不低于两万元。", True),
    ("C-FEE-01", "县图书馆自习室向社会开放，读者按每人每天五元购买座位券后入内。", True),
    ("C-FEE-01", "渔船进入县渔港停泊避风的，船主按每艘每日五十元交纳靠泊管理款。", True),
    ("C-FEE-01", "将户籍家庭公共租赁住房保障收入线准入标准调整至2013年度城镇居民年人均可支配收入的70%（即29434元/年）。", False),
    ("C-FEE-01", "县财政按每亩十元承担政策性保险保费。", False),
    ("C-FEE-01", "施工企业按每人每天二百元向农民工支付劳务费。", False),
    ("C-FEE-01", "各村按照人均二十元的标准筹集村庄保洁经费，由镇政府统筹使用。", True),
    ("C-FEE-01", "申请进入县级扶持项目库的企业，须购买县融资担保公司担保服务，担保费率不低于百分之二。", True),
    ("C-FEE-01", "县人民政府按照每户五千元的标准对搬迁农户给予补助。", False),
    ("C-FEE-01", "用人单位应当按照本县最低工资标准每月一千九百元支付劳动者工资。", False),
    # … not the government paying, the price authority's price, a market price, a charge stopped, a cited law's fee
    ("C-FEE-01", "对参加适应性培训的退役军人，县财政按照每人六百元的标准给予培训补助。", False),
    ("C-FEE-01", "征收集体土地的，按照每亩三万元的标准向被征地农户支付青苗补偿费。", False),
    ("C-FEE-01", "城区公共停车场收费标准按照县发展和改革局核定的价格执行，每车每小时不超过二元。", False),
    ("C-FEE-01", "驾驶人参加机动车驾驶人考试的考试费，按照省价格主管部门核定的标准收取。", False),
    ("C-FEE-01", "商户在农产品物流园租赁摊位的，租金由商户与物流园经营企业按市场价格协商确定。", False),
    ("C-FEE-01", "自本办法施行之日起，停止向参训人员按每人二百元收取的资料费。", False),
    ("C-FEE-01", "农户自愿参加政策性农业保险的，保费按每亩十二元计算，其中财政补贴百分之八十。", False),
    ("C-FEE-01", "目录清单之外的涉企行政事业性收费、政府性基金和涉企保证金，本县各部门、各单位一律不得执行。", False),
    ("C-FEE-02", "村内兴办公益事业需要村民出资的，应当经村民会议讨论决定，每人每年筹资额不得超过省规定的上限。", False),
    # local origin: a tie to the place as the gate of a bid, a subsidy or a market
    ("FC-LOCAL-ONLY", {"header": "有下列情形之一的投标人，不得参加本县政府投资项目投标：", "text": "（四）近三年在本县行政区域内未承担过同类型政府投资工程施工业绩的；"}, True),
    ("FC-LOCAL-ONLY", {"header": "有下列情形之一的供应商，不得参加县级政府采购活动：", "text": "（二）上一年度未在本县缴纳增值税的；"}, True),
    ("FC-LOCAL-ONLY", "公立医院医用耗材二次议价，只邀请在本县设有配送仓库的配送企业参加。", True),
    ("FC-LOCAL-ONLY", "县职业技能培训补贴项目仅委托本县注册的培训机构承担。", True),
    ("FC-LOCAL-ONLY", "外地养老服务企业在本县新办养老机构的，不享受本县养老机构建设补贴和运营补贴。", True),
    ("FC-LOCAL-ONLY", "县城区供水、燃气管网新建项目的投资建设主体限定为国有独资或者国有控股企业，民营企业不得参与。", True),
    ("FC-LOCAL-ONLY", "县政府性融资担保机构的担保服务对象限于县属国有企业及其控股子公司，其他企业的担保申请不予受理。", True),
    ("FC-DESIGNATE", "农户购买县农业农村局推荐品牌的农作物种子，方可享受良种推广补贴。", True),
    ("FC-DESIGNATE", "养殖户使用县畜牧兽医站指定厂家生产的饲料，方能享受生猪养殖保险保费补助。", True),
    ("FC-LOCAL-PERSON", "园区内新建项目招用工人时，户籍在本县的劳动者不得少于用工总数的百分之六十。", True),
    ("FC-LOCAL-PERSON", "获得县级财政奖补的物流企业，须优先聘用县内户籍人员，县内人员占比低于一半的，不予奖补。", True),
    ("FC-LOCAL-PERSON", "县内企业招聘员工时，须优先招用本县户籍人员。外县户籍人员所占比例不得超过招聘总数的30%。", True),
    ("FC-LOCAL-PERSON", "申请县级民办养老机构运营补贴的，举办者应当具有本县户籍。", True),
    ("FC-LOCAL-PERSON", "项目建设用工中，本地农民工所占比例不得低于百分之五十。", True),
    ("FC-LOCAL-PERSON", "二）基本医疗保险一档参保人按8%缴交基本医疗保险费的及基本医疗保险二档参保人未在本市按月领取职工养老保险待遇的，支付比例为90%。", False),
    ("FC-LOCAL-PERSON", "新招录的环卫工人应当具有本县常住户口。", True),
    ("FC-LOCAL-PERSON", "城区保洁服务项目采购，供应商须具备不少于二十名本地员工。", True),
    ("FC-LOCAL-ONLY", "城区保洁服务项目采购，供应商须在本县有固定办公场所。", True),
    ("FC-LOCAL-PERSON", "企业每吸纳一名本县户籍劳动者就业，给予一次性奖励一千元。", False),
    ("FC-LOCAL-ONLY", "乡镇人民政府应当在本镇设有便民服务中心。", False),
    # … not equal treatment, the tie forbidden, an incentive, public welfare posts, the project's own site
    ("FC-LOCAL-ONLY", "参加县政府投资项目投标的企业，不论注册地是否在本县，均享有同等的投标资格。", False),
    ("FC-LOCAL-ONLY", "消费品以旧换新活动面向在本县依法经营的所有商户，商户无论注册地是否在本县，均可按规定报名参与。", False),
    ("FC-LOCAL-ONLY", "招标人不得以投标人在本县有无业绩、分支机构或者纳税记录作为投标条件。", False),
    ("FC-LOCAL-ONLY", "中标企业应当在本县项目所在地设立项目部，负责工程现场管理。", False),
    ("FC-DESIGNATE", "以旧换新补贴面向所有在本县依法经营的商户所销售的符合能效标准的产品，不限定品牌和生产地。", False),
    ("FC-LOCAL-PERSON", "鼓励园区企业吸纳本县脱贫劳动力就业，每吸纳一人给予一次性吸纳就业补贴一千元。", False),
    ("FC-LOCAL-PERSON", "公益性岗位优先安置本县就业困难人员。", False),
    ("FC-LOCAL-PERSON", "本县户籍的城乡低保对象，按照规定享受城乡居民基本医疗保险个人缴费资助。", False),
    # family-planning status, however named, with any detriment; a registration paper demanded
    ("FP-LINK", "个体工商户申报“诚信经营示范户”的，经营者本人及其配偶须无政策外生育记录。", True),
    ("FP-LINK", "征收集体土地时，政策外出生人员不计入安置人口，不享受住房安置待遇。", True),
    ("FP-LINK", "申报县级诚信经营示范户的个体工商户，须无违反计划生育政策生育子女的记录。", True),
    ("FP-LINK", "村集体经济组织年度分红，对计划外出生的人员按半数分配。", True),
    ("FP-PROOF", "适龄儿童入学登记时，学生家长应当提交生育登记凭证，未提交的暂缓登记。", True),
    ("FP-PROOF", "幼儿园新生报名，家长须同时提交孩子的生育登记服务单，无法提交的暂不安排学位。", True),
    ("FP-LINK", "申请户口迁入我市人员，应符合计划生育政策。申请人有下列情形之一的，属于违法生育，计划生育审核不予通过：(一)超生的;(二)没有办理结婚登记生育子女的。", False),
    # … not registration as a service, an abolition, a forbidden demand
    ("FP-LINK", "对政策外生育子女的家庭不再征收社会抚养费，已经立案尚未征收的不再征收。", False),
    ("FP-PROOF", "县卫生健康局为群众提供生育登记服务，群众可以通过网上平台自愿办理。", False),
    ("FP-PROOF", "不得要求群众在办理入学登记时提交生育登记凭证。", False),
    ("FP-PROOF", "办理入学登记无需提交生育登记凭证。", False),
    # licences and proofs under other names
    ("C-LICENSE-01", {"header": "申请在本县从事农业机械维修经营的，除依法办理市场主体登记外，还应当具备下列条件：", "text": "（三）取得县农业农村局核发的农机维修网点资格认定书。"}, True),
    ("C-PROOF-01", "办理出租汽车车辆过户的，受让人须提交原车主所在单位出具的车辆无债务纠纷书面说明。", True),
]


@rule_rows(CASES)
def test_levy15(rule_id, text, expected):
    check_row(rule_id, text, expected)
