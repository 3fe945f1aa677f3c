"""Round 36 (prec36, issues 8 and 9): lawful look-alikes fashen still flagged — a list of what officials must not do,
compensation paid by law, a statutory fine or fee restated as the law provides, a definition naming the county, a
pre-reform agency name used lawfully, a 民政 inspection a law gives — and the problems of the same surfaces
(bench/README.md, "Round 36 — prec36")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("prec36.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_prec36_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


# ---- N1: an item read under its header (review/norms/barred_conduct.py)
from review.norms.barred_conduct import barred_header, barred_to_public_actor, bound_header, header_subject  # noqa: E402


@pytest.mark.parametrize("header, barred, bound", [
    ("文物行政执法人员在检查中不得有下列行为：", True, False),
    ("县教育局及其工作人员在民办学校年度检查中不得有下列行为：", True, False),   # 民办 is the occasion, not the subject
    ("各乡镇、县直有关部门在体育赛事活动管理中，不得有下列行为：", True, False),
    ("网格员入户开展禁烧宣传应当遵守下列规定：", False, True),
    # guards: a private subject, a procedure, a paper list
    ("文物保护单位周边居民应当遵守下列规定：", False, False),
    ("为做好疫苗接种信息核查，辖区住户应当遵守下列规定：", False, False),
    ("企业工作人员不得有下列行为：", False, False),
    ("民办学校年度检查按照下列规定进行：", False, False),
    ("办理婚姻登记的当事人应当提交下列材料：", False, False),
])
def test_header_reading(header, barred, bound):
    assert barred_header(header) is barred and bound_header(header) is bound


def test_header_subject_skips_the_purpose_and_the_occasion():
    assert header_subject("为做好疫苗接种信息核查，辖区住户应当遵守下列规定：") == "辖区住户"
    assert header_subject("县民政局在办理婚姻登记时，不得有下列行为：") == "县民政局"


@pytest.mark.parametrize("item, quote, barred", [
    # a prohibition of the official's under a binding header
    ("（二）出示工作证件，不得强行进入村民住宅，不得翻查村民个人物品；", "不得强行进入村民住宅", True),
    # guard: the official's own act on others under the same header stays for the content rules
    ("（二）对拒绝网格员入户的村民，一律停止发放当年的秸秆综合利用补贴；", "一律停止发放当年的秸秆综合利用补贴", False),
])
def test_bound_header_bars_only_prohibitions(item, quote, barred):
    assert barred_to_public_actor(item, quote, "网格员入户开展禁烧宣传应当遵守下列规定：") is barred


# ---- N4: a fee a 法律/行政法规 itself lays (review/fee_source.py)
from review.fee_source import charges_in, provided_by  # noqa: E402

MEDICAL_RECORDS = ("患者要求复制病历资料的，医疗机构应当提供复制服务，并在复制的病历资料上加盖证明印记。复制病历资料时，应当有患者或者"
                   "其近亲属在场。医疗机构应患者的要求为其复制病历资料，可以收取工本费，收费标准应当公开。")   # 医疗纠纷预防和处理条例 第十六条
PERFORMANCE_BOND = ("采购文件要求中标或者成交供应商提交履约保证金的，供应商应当以支票、汇票、本票或者金融机构、担保机构出具的保函等非现金"
                    "形式提交。履约保证金的数额不得超过政府采购合同金额的10%。")   # 政府采购法实施条例 第四十八条
INFORMATION = ("行政机关依申请提供政府信息，不收取费用。但是，申请人申请公开政府信息的数量、频次明显超过合理范围的，行政机关可以收取"
               "信息处理费。")   # 政府信息公开条例 第四十二条


@pytest.mark.parametrize("sentence, article, provided", [
    ("医疗机构应患者要求为其复制病历资料的，可以收取工本费，收费标准应当公开。", MEDICAL_RECORDS, True),
    ("中标供应商应当以保函等非现金形式提交履约保证金，数额为合同金额的5%。", PERFORMANCE_BOND, True),
    ("申请公开政府信息的数量明显超过合理范围的，可以收取信息处理费。", INFORMATION, True),
    # guards: a charge the article does not lay, a price of the clause's own, above the cap, in cash
    ("县人民医院另按每页5元收取病历整理费。", MEDICAL_RECORDS, False),
    ("复制病历资料的，按每页2元收取工本费。", MEDICAL_RECORDS, False),
    ("中标供应商应当提交合同金额15%的履约保证金。", PERFORMANCE_BOND, False),
    ("中标供应商应当以现金形式提交合同金额5%的履约保证金。", PERFORMANCE_BOND, False),
    ("申请公开政府信息的，按每件50元缴纳信息检索费。", INFORMATION, False),
])
def test_fee_provided_by(sentence, article, provided):
    assert provided_by(sentence, article) is provided


def test_charges_by_their_noun():
    assert charges_in("可以收取工本费，收费标准应当公开") == {"工本费"}
    assert charges_in("提交履约保证金") == {"履约保证金"}


# ---- N3: figures an upper-law finding reads as changed that the clause keeps (review/figures_kept.py)
from review.figures_kept import Change, limit_respected, range_restated  # noqa: E402

BIRTH_CARE = ("医疗、保健机构或者人员未取得母婴保健技术许可，擅自从事婚前医学检查……的，由卫生行政部门给予警告，责令停止违法行为，没收"
              "违法所得；违法所得5000元以上的，并处违法所得3倍以上5倍以下的罚款；没有违法所得或者违法所得不足5000元的，并处5000元以上"
              "2万元以下的罚款。")   # 母婴保健法实施办法 第四十条


def test_range_restated_only_as_the_laws_range():
    within = "在《母婴保健法实施办法》第四十条规定的5000元以上2万元以下幅度内，按5000元以上8000元以下确定罚款数额。"
    assert range_restated("5000元以上2万元以下", BIRTH_CARE, within)
    # guard: the same range laid by the clause itself (another tier's range)
    assert not range_restated("5000元以上2万元以下", BIRTH_CARE, "违法所得5000元以上的，一律处5000元以上2万元以下罚款。")


@pytest.mark.parametrize("probe, respected", [
    ("乙方按合同金额的5%提交履约保证金，可以以保函等非现金形式提交。", True),
    ("乙方按合同金额的15%提交履约保证金。", False),
    ("乙方应当提交履约保证金。", False),     # no figure: the limit is dropped
])
def test_limit_respected(probe, respected):
    change = Change("duty_removed", "error", "乙方按", "履约保证金的数额不得超过政府采购")
    assert limit_respected(change, probe, PERFORMANCE_BOND) is respected


# ---- N7: an inspection the law grants the county department (review/granted.py)
from review.granted import grants  # noqa: E402

ELDERLY = ("县级以上人民政府民政部门依法履行监督检查职责，可以采取以下措施：\n（一）向养老机构和个人了解情况；\n（二）进入涉嫌违法的"
           "养老机构进行现场检查；\n（三）查阅或者复制有关合同、票据、账簿及其他有关资料；")   # 老年人权益保障法 第四十五条


@pytest.mark.parametrize("quote, granted", [
    ("县民政局可以进入涉嫌违法的养老机构现场检查，查阅或者复制有关合同、票据和账簿", True),
    # guards: another department; a place the article does not name
    ("县卫生健康局可以进入涉嫌违法的养老机构现场检查", False),
    ("县民政局可以随时进入老年人家中检查", False),
])
def test_inspection_granted(quote, granted):
    assert grants(quote, ELDERLY) is granted


# ---- N7: a public institution's recruitment filing (review/norms/approver.py)
from review.norms.approver import internal_approval  # noqa: E402


@pytest.mark.parametrize("sentence, internal", [
    ("县殡仪馆年度公开招聘工作人员的，应当拟定招聘计划，经县民政局审核后报县人力资源和社会保障局备案，未经备案不得发布招聘公告。", True),
    # guard: a private institution's recruitment under the same filing
    ("民办养老机构公开招聘工作人员的，应当报县人力资源和社会保障局备案，未经备案不得发布招聘公告。", False),
])
def test_recruitment_filing(sentence, internal):
    at = sentence.index("未经备案")
    assert internal_approval(sentence, at, len(sentence) - 1) is internal
