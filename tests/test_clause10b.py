"""Two engine causes of the fresh round-10 clause misses (issue 8, clause10b; bench/README.md "Round 10: why clause
gains did not transfer"): an adverse measure on what the actor holds or does named by members the sanction concepts did
not list (停产整顿, a suspended 业务/交易/结算/网签 with a long object between, 下架), and a licence gate written as an
assessment passed (经……验收合格/评审通过/会审通过/考核合格并取得资格后方可). Each problem sentence stands next to a lawful
one of the same surface. The clauses written before the change are tests/fixtures/rewordings/clause10b_round10.toml
(a dev set: its figures are tuned)."""

from tests.rule_rows import RULES, check_row, rule_rows

CASES = [
    # 责令停产停业 in the words the 法律责任 chapters use — not one the cited law itself lays
    ("C-PENALTY-01", "生产经营单位拒不配合安全生产网格员入户检查的，由镇应急管理办公室责令其停产整顿，直至配合检查为止。", True),
    ("C-PENALTY-01", "餐饮单位油烟净化设施未正常运行的，由街道办事处责令其停业整改，停业期间不得对外营业。", True),
    ("C-PENALTY-01", "生产经营单位存在重大事故隐患的，依照《中华人民共和国安全生产法》第一百零二条的规定责令停产停业整顿。", False),
    # the actor's dealings suspended for a period, however long the object — not a service paused for upkeep or at request
    ("C-PENALTY-03", "房地产开发企业未按合同约定期限交付房屋的，由区住房和城乡建设局暂停其全部在售项目的商品房网签备案，直至整改到位。", True),
    ("C-PENALTY-03", "定点药店违规串换药品的，暂停该药店医保刷卡服务六个月。", True),
    ("C-PENALTY-03", "因系统升级，医保结算服务将于本月十日至十二日暂停三天，请参保人员合理安排就医。", False),
    ("C-PENALTY-03", "商户申请暂停营业的，应当提前十五日告知市场开办方，暂停期限不超过六个月。", False),
    # a listing taken down for a period — not unsafe goods taken off the shelf
    ("C-PENALTY-03", "外卖平台入驻商户拒不落实明厨亮灶要求的，由所在区商务局通知平台企业对其作下架处理，下架期限不少于三个月。", True),
    ("C-PENALTY-03", "对经检测不合格的蔬菜，市场开办方应当督促经营户立即下架并销毁，同时向镇人民政府报告。", False),
    # an assessment a body holds, passed before the activity — not the works' acceptance or inspection the law sets
    ("C-LICENSE-01", "校外托管机构开办前，举办者应当向所在镇（街道）报送场地、人员等材料，经区教育局组织现场验收合格后方可招收学生。", True),
    ("C-LICENSE-01", "从事退役军人就业创业培训的社会培训机构，须经市退役军人事务局组织评审并授予承训资格后，方可招收退役军人学员。", True),
    ("C-LICENSE-01", "新建农贸市场投入使用前，须报县商务局组织相关部门会审，会审通过后方可开业。", True),
    ("C-LICENSE-01", "建设工程竣工后，建设单位应当组织竣工验收，验收合格后方可交付使用。", False),
    ("C-LICENSE-01", "建设工程完工后，必须验收合格后才能交付使用。", False),
    ("C-LICENSE-01", "特种设备经检验合格后方可投入使用，具体依照《中华人民共和国特种设备安全法》执行。", False),
    ("C-LICENSE-01", "本局工作人员经年度考核合格的，方可晋升薪级工资。", False),
]


@rule_rows(CASES)
def test_frame(rule_id, text, expected):
    check_row(rule_id, text, expected)
