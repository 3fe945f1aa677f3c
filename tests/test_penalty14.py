"""Sanctions and rights restrictions a 规范性文件 sets in disguise (issue 8, round 14, penalty14): 通报批评、警告 in other
words (训诫, 通报批评 in a district without 给予, 通报其所在村民小组, a self-criticism at a meeting) laid by a township or a
department on a party; 没收违法所得 as 收缴 of income or stakes (no longer read as a seizure); bars on renting a stall or
joining fairs for a period; a benefit stopped for joining an unlawful gathering; years of residence or of local
contribution added to social insurance; 息诉罢访 pledges; petitioning under a header that withholds a benefit. Each beside
its look-alike: a court's own measure, the body's own staff or a subordinate government reprimanded, a report of
penalties decided, the law's own contribution years, the 居住证 condition, a protective negation. Sentences from
tests/fixtures/rewordings/penalty14.toml (dev, tuned)."""

from tests.rule_rows import check_row, rule_rows

CASES = [
    # 通报批评、警告 in other words, by the body that sets it on a party
    ("C-PENALTY-01", "村民在河道内私自采砂的，由镇人民政府对其进行训诫教育；情节较重的，在全镇范围内通报批评。", True),
    ("C-PENALTY-01", "养殖户未按规定处理病死畜禽的，由街道办事处在辖区内通报批评。", True),
    ("C-PENALTY-01", "违规饲养大型犬的养犬人，由社区民警当面给予训诫。", True),
    ("C-PENALTY-01", "娱乐场所超时营业的，由乡镇人民政府责令其在全镇经营户大会上作出检讨，并通报批评。", True),
    # … not a court's measure described, the body's own staff or sections, a subordinate government, a report
    ("C-PENALTY-01", "人民法院对违反法庭规则的诉讼参与人，可以予以训诫，责令退出法庭。", False),
    ("C-PENALTY-01", "机关工作人员违反本办法规定的，由其所在单位予以通报批评；构成违纪的，依规依纪给予处分。", False),
    ("C-PENALTY-01", "对考核排名末位的科室，由局党组在全局范围内通报批评，并责令科室负责人作出书面检查。", False),
    ("C-PENALTY-01", "对年度目标考核不合格的乡镇，由县人民政府予以通报批评。", False),
    ("C-PENALTY-01", "各乡镇未按期完成秸秆禁烧任务的，县人民政府对其主要负责人进行约谈，并在全县范围内通报批评。", False),
    ("C-PENALTY-01", "2025年，县市场监督管理局共对27家违规经营户作出警告、罚款等行政处罚，收缴违法所得12万元。", False),
    ("C-PENALTY-01", "接纳未成年人进入营业场所的网吧经营单位，由文化行政部门依照《互联网上网服务营业场所管理条例》第三十一条的规定给予警告，可以并处罚款。", False),
    # 没收违法所得 as 收缴 of income or stakes: a penalty, not a seizure
    ("C-PENALTY-01", "摊贩超出划定区域经营的，其当日经营所得由市场管理办公室予以收缴。", True),
    ("C-PENALTY-01", "对无证从事客运经营的车主，县交通运输局收缴其营运收入，上缴县财政。", True),
    ("C-COERCE-01", "对无证从事客运经营的车主，县交通运输局收缴其营运收入，上缴县财政。", False),
    ("C-PENALTY-01", "对参与赌博的村民，由镇人民政府收缴赌资，并通报其所在村民小组。", True),
    # a bar for a period, the measure in a list header over the conduct
    ("C-PENALTY-01", "商户占道经营被查处两次以上的，五年内不得在本区农贸市场承租摊位。", True),
    ("C-PENALTY-03", "经营户销售过期食品被查实的，除责令改正外，一年内暂停其参加县级以上各类展销活动。", True),
    ("C-PENALTY-03", "房地产经纪机构哄抬房价的，一律列入行业重点监管对象，本年度内暂停办理其备案登记事项。", True),
    ("C-PENALTY-03", "出租汽车驾驶员有下列行为之一的，由县交通运输局暂停其营运六个月：", True),
    # … not a list kept under the law, or the way off it
    ("C-PENALTY-03", "依照《中华人民共和国食品安全法》第一百三十五条，被吊销许可证的食品生产经营者及其法定代表人五年内不得申请食品生产经营许可。", False),
    ("C-PENALTY-03", "信用修复完成后，企业不再作为重点监管对象，可以正常申报各类扶持资金。", False),
    # a benefit stopped for conduct unrelated to it
    ("C-RIGHTS-02", "退役军人参与非法聚集被公安机关处理的，由乡镇人民政府停发其当年度优待金。", True),
    ("C-RIGHTS-02", "优抚对象死亡的，自其死亡次月起停发定期抚恤金。", False),
    ("C-RIGHTS-PETITION", {"header": "有下列情形之一的，取消其当年度种粮补贴：", "text": "（二）多次越级上访、扰乱机关办公秩序的；"}, True),
    ("C-RIGHTS-PETITION", "申请信访事项复查的，信访人须先行签署息诉罢访承诺书。", True),
    ("C-RIGHTS-PETITION", "信访事项已经办结的，不得因信访人再次信访而停发其依法享有的各项补贴。", False),
    # years of residence or of local contribution added to social insurance
    ("C-RIGHTS-ACCESS", "在本县务工的外来人员须连续居住满三年，方可参加职工基本养老保险。", True),
    ("C-RIGHTS-ACCESS", "外省户籍人员在本县参加失业保险，要在本县缴费满三年后方能领取失业保险金。", True),
    ("C-RIGHTS-ACCESS", "连续居住不满两年的新生儿父母，不予办理新生儿城乡居民医疗保险参保登记。", True),
    # … not the law's own years, nor the 居住证 condition of 居住证暂行条例 第二条
    ("C-RIGHTS-ACCESS", "参加基本养老保险的个人，达到法定退休年龄时累计缴费满十五年的，按月领取基本养老金。", False),
    ("C-RIGHTS-ACCESS", "申领居住证的，应当在本县居住半年以上，并有合法稳定就业、合法稳定住所、连续就读条件之一。", False),
]


@rule_rows(CASES)
def test_penalty14(rule_id, text, expected):
    check_row(rule_id, text, expected)


@rule_rows([
    # years of local contribution as a condition of subsidised housing: the housing authority may set them
    # (公共租赁住房管理办法 第七条), the insurance named is the record counted, not a benefit withheld
    ("C-RIGHTS-ACCESS", "申请公共租赁住房的外来务工人员，应当在本县连续缴纳社会保险满一年。", False),
    ("C-RIGHTS-ACCESS", "外来务工人员须在本市连续居住满三年，方可参加职工基本养老保险。", True),
])
def test_residence_years_for_housing(rule_id, text, expected):
    check_row(rule_id, text, expected)
