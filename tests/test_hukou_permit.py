"""Upper-law findings on 户籍 and 居住证 texts (issues 8 and 9, round 9): the household types 国发〔2014〕25号 三（九）
abolished (农业、非农业、蓝印户口…) still used to register, convert or sort people (C-UPPER-HUKOU-TYPE); a 居住证 given a
term (C-UPPER-PERMIT-TERM) or late 签注 given consequences beyond 居住证暂行条例 第十条 (C-UPPER-PERMIT-RESUME). Rows
are sentences of dev documents (file prefix noted) next to their lawful look-alikes; the clauses written for the same
concepts in other words are tests/fixtures/rewordings/hukou_permit_round9.toml. A sweep keeps these warnings."""

import pytest

from review.engine import ReviewOptions, review_document
from review.kinds import talent_card
from review.match import run_example
from review.metadata import apply_metadata
from review.readers import build_document
from review.rules import load_packs
from review.sweep import SWEEP_TOPICS

RULES = load_packs()
BY_ID = {r.id: r for r in RULES}

CASES = [
    # the abolished types used to register, to sort eligibility, to convert (D062 第八条、第二十条, D068 二、（一）)
    ("C-UPPER-HUKOU-TYPE", "第八条婴儿可以在本市父或母户口所在地公安派出所办理出生登记，并统一登记为非农业户口。", True),
    ("C-UPPER-HUKOU-TYPE", "第二十条本市农业户口居民，经迁（移）入区、县公安机关批准，可以迁（移）入本市非农业户口配偶、父母、子女处。", True),
    ("C-UPPER-HUKOU-TYPE", "具有本市中心城区（外环线以内）非农业户籍3年以上且家庭人口在2人(含)以上。", True),
    ("C-UPPER-HUKOU-TYPE", "被录取的新生原为本市农业户口的，可凭相关证明材料向户口所在地派出所申请办理“农转非”手续。", True),
    # the reform itself (D123 三（九）), a person's former type (D064), settling in a town (D002), land (D129)
    ("C-UPPER-HUKOU-TYPE", "取消农业户口与非农业户口性质区分和由此衍生的蓝印户口等户口类型，统一登记为居民户口，体现户籍制度的人口登记管理功能。", False),
    ("C-UPPER-HUKOU-TYPE", "9.原持有上海市蓝印户口的本市高中阶段学校应届毕业生，由各区招生考试机构统一组织报名。", False),
    ("C-UPPER-HUKOU-TYPE", "城乡一体化示范区、产业集聚区、城中村和城郊村失地农民可就地登记为城镇常住户口。", False),
    ("C-UPPER-HUKOU-TYPE", "严格禁止“以租代征”将农用地转为非农业用途。", False),
    # a 居住证 with a term (D045 第二十三条, D102 第四条) — a transitional clause keeps old permits (D112 第三十条)
    ("C-UPPER-PERMIT-TERM", "第二十三条 流动人口在居住地连续就业、经商6个月以上的，凭就业、经商、房产等证明发给有效期6个月以上，最长为3年的居住证。", True),
    ("C-UPPER-PERMIT-TERM", "《居住证》的有效期分为1年、3年和5年。", True),
    ("C-UPPER-PERMIT-TERM", "第三十条  本办法施行前已发放的居住证，在有效期内继续有效；本办法实施前已进行居住登记的，居住时间连续计算。", False),
    ("C-UPPER-PERMIT-TERM", "符合条件的居住证持有人，可以凭有效居住证为其子女申请入学。", False),
    # late 签注: a window to restore (D060 第十六条), cancellation after a period (D060 第十九条), a restart (D112 第十五条)
    ("C-UPPER-PERMIT-RESUME", "持证人逾期未办理签注手续的，《居住证》使用功能中止；在60日内补办签注手续的，《居住证》使用功能恢复。", True),
    ("C-UPPER-PERMIT-RESUME", {"header": "有下列情形之一的，经有关部门认定后，由公安部门办理《居住证》注销手续：",
                               "text": "（三）持证人超过60日未补办签注手续的；"}, True),
    ("C-UPPER-PERMIT-RESUME", "逾期超过1年补办签注手续的，居住证使用功能恢复，但居住证持有人在居住地的连续居住年限自补办签注手续之日起重新计算。", True),
    ("C-UPPER-PERMIT-RESUME", "逾期未办理签注手续的，居住证使用功能中止；补办签注手续后，居住证使用功能恢复，居住证持有人在居住地的连续居住年限"
                              "自补办签注手续之日起连续计算。", False),
    ("C-UPPER-PERMIT-RESUME", {"header": "有下列情形之一的，经有关部门认定后，由公安部门办理《居住证》注销手续：",
                               "text": "（四）持证人已转办本市常住户口的；"}, False),
]


@pytest.mark.parametrize("rule_id, text, expected", CASES, ids=[f"{r}-{i}" for i, (r, _, _) in enumerate(CASES)])
def test_real_sentence(rule_id, text, expected):
    assert run_example(BY_ID[rule_id], text) is expected, f"{rule_id} {'应当' if expected else '不应'}命中：{text!r}"


@pytest.mark.parametrize("title, talent", [
    ("福建省人才居住证管理暂行规定", True),
    ("印发广东省引进人才实行《广东省居住证》暂行办法的通知", True),
    ("关于实施北京市工作居住证制度的若干意见", True),
    ("河北省居住证实施办法", False),           # the 条例's 居住证
    ("关于做好高层次人才服务工作的通知", False),  # talent, no card
])
def test_talent_card(title, talent):
    assert talent_card(title) is talent


def _document(name: str, lines: list[str]):
    return apply_metadata(build_document(name, lines, "txt"))


PERMIT = ["梧桐县居住证实施细则", "", "第一条　为实施《居住证暂行条例》，制定本细则。",
          "第二条　居住证有效期为三年，期满需要继续居住的，应当重新申领。",
          "第三条　本细则自2015年3月1日起施行。", "", "梧桐县人民政府", "2015年2月20日"]
TALENT = ["梧桐县人才居住证管理办法", "", "第一条　为吸引海内外人才，制定本办法。",
          "第二条　《人才居住证》有效期为三年，期满需要继续居住的，应当重新申领。",
          "第三条　本办法自2015年3月1日起施行。", "", "梧桐县人民政府", "2015年2月20日"]


@pytest.mark.parametrize("topics", [None, SWEEP_TOPICS], ids=["review", "sweep"])
def test_permit_term_kept_by_a_sweep(corpus, topics):
    """A 2015 document judged by today's 条例, in a review and in a cleanup sweep alike (the sweep keeps the pack's
    upper-law warnings the norm analysis confirms); the finding says the 条例 came after the document."""
    opinion = review_document(_document("梧桐县居住证实施细则.txt", PERMIT), corpus, RULES,
                              ReviewOptions(as_of="2026-12-01", topics=topics, upper_law=False))
    found = [f for f in opinion.findings if f.rule == "C-UPPER-PERMIT-TERM"]
    assert len(found) == 1 and found[0].severity == "warning" and found[0].category == "upper-law"
    assert "尚无此问题" in found[0].problem


def test_talent_card_not_the_permit(corpus):
    opinion = review_document(_document("梧桐县人才居住证管理办法.txt", TALENT), corpus, RULES,
                              ReviewOptions(as_of="2026-12-01", topics=SWEEP_TOPICS, upper_law=False))
    assert not [f for f in opinion.findings if f.rule == "C-UPPER-PERMIT-TERM"]
