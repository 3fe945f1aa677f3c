"""Round 43 (concept43b, issue 8): a detriment borne by someone other than the one who acted (K) and a bar from
business or a post for a period laid by a document (P) — with lawful look-alikes (bench/README.md, "Round 43 —
concept43b")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("concept43b.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_concept43b_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


# ---- the readings on their own: review/norms/borne.py (K) and the bar's party and breach (P)
from review.norms.borne import borne_by_other  # noqa: E402
from review.norms.effect import noncompliance  # noqa: E402
from review.norms.measure import bars  # noqa: E402


@pytest.mark.parametrize("header, sentence, read", [
    # forward: the wrongdoer's relatives, a co-member, the relative in an item under a header telling the wrong
    ("", "骗取医疗保障基金被查处的参保人，其共同生活的家庭成员三年内不得在本县定点零售药店使用个人账户购药。", True),
    ("", "同一农民专业合作社有社员违规使用禁用农药被查处的，该合作社其他社员当年度不得享受农业保险保费补贴。", True),
    ("下列人员不得被聘为村级水管员：", "（三）因破坏农田水利设施被依法追究责任人员的配偶、子女；", True),
    ("非法捕捞被查处的渔民，按照下列规定处理：", "（二）其子女申请渔业协管员岗位的，一律不予录用；", True),
    # reverse: the relative's wrong laid on the person himself
    ("有下列情形之一的，不推荐为致富带头人：", "（三）其配偶因非法占用耕地被依法处理未满两年的；", True),
    # look-alikes: no wrong (a means test, a relative's post), a care or a priority, the same relative the doer, a duty
    ("", "申请公共租赁住房的，申请人及其配偶、未成年子女在本县名下有住房的，不予保障。", False),
    ("", "评审专家的配偶、子女在参评单位任职的，该专家应当回避，不得参与该项目的评审。", False),
    ("", "因公牺牲的护林员，其配偶、子女申请生态护林员岗位的，同等条件下优先安排。", False),
    ("", "其子女吸毒的，其子女不得申请公益性岗位。", False),
    ("", "低保家庭成员发生变化的，暂停发放低保金。", False),
    ("", "违法建筑当事人及其家庭成员不得阻碍执法。", False),
    ("", "未成年学生违规驾驶电动自行车的，由学校告知其监护人，暂停其校车乘坐资格。", False),
])
def test_borne_by_other(header, sentence, read):
    assert bool(borne_by_other(sentence, header)) is read


@pytest.mark.parametrize("sentence, read", [
    ("养老机构发生虐待老年人事件的，县民政局一年内不再向其推荐政府购买养老服务项目。", True),
    ("校外培训机构发布虚假招生宣传的，两年内不得参与本县中小学课后服务项目的遴选。", True),
    ("种子经营者销售假劣种子的，除依法处罚外，县农业农村局五年内不受理其良种推广补贴供种企业申报。", True),
    # no breach before the bar: a holding period, a scheme's own term
    ("购买保障性住房不满五年的，五年内不得上市交易。", False),
])
def test_bar_after_breach(sentence, read):
    assert bool(bars(sentence)) is read


@pytest.mark.parametrize("condition, read", [
    ("投标人提供虚假业绩骗取中标的，", True),
    ("施工单位偷工减料的，", True),
    ("申请人年满六十周岁的，", False),
])
def test_misdeed_is_noncompliance(condition, read):
    assert noncompliance("", condition) is read


@pytest.mark.parametrize("header, sentence", [
    # the real documents' look-alikes found on the first dump (D007, D042, D071: a fraud withdrawing the application;
    # D012: the applicant's own conduct naming a child or a spouse)
    ("", "外来务工人员为子女申请入读公办学校，必须保证其所提供的证明材料及证件、证书真实有效，一经查实有弄虚作假行为的，立即取消其申请资格。"),
    ("", "（二）非户籍常住人口子女申请入读公办学校提供虚假证件、资料的，一经查实，取消入读公办学校资格。"),
    ("申请人有下列情形之一的，属于违法生育，计划生育审核不予通过：", "(二)没有办理结婚登记生育子女的;"),
    ("申请人有下列情形之一的，属于违法生育，计划生育审核不予通过：", "(三)有配偶与他人生育或者与有配偶者生育的;"),
    ("申请人有下列情形之一的，属于违法生育，计划生育审核不予通过：", "(四)未办理收养登记收养子女的。"),
])
def test_borne_real_lookalikes(header, sentence):
    assert borne_by_other(sentence, header) == []
