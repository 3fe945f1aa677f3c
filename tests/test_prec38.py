"""Round 38 (prec38, issues 8 and 9): lawful look-alikes fashen still flagged — a sanction on officials (处分), the
body's own equipment sealed, the body's own organ approving its own spending, a business's own price list, a civil
liability described, a central purchase under protective duties, a private contract's 违约金, a qualification national
rules require, a subsidy paid on its own result — and the problems of the same surfaces (bench/README.md, "Round 38 —
prec38")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("prec38.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_prec38_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


# ---- the readings of review/norms/own_affairs.py, on their own
from review.norms.own_affairs import (civil_late_fee, civil_liability, national_paper_restated,  # noqa: E402
                                      officials_disciplined, own_price, own_result_subsidy, protected_purchase)


def _at(sentence: str, quote: str) -> tuple[int, int]:
    i = sentence.index(quote)
    return i, i + len(quote)


@pytest.mark.parametrize("sentence, quote, read", [
    ("县交通运输局执法人员违法扣留运输车辆、乱罚款的，依照有关规定给予处分；", "违法扣留运输车辆", True),
    ("公安派出所民警违法查封、扣押公民财物的，对直接负责的主管人员依法给予处分。", "违法查封、扣押公民财物", True),
    # guards: a fine beside the discipline; the official who acts on the public; a private firm's staff
    ("学校教职工违规组织有偿补课的，由县教育局给予处分，并处以二千元罚款。", "并处以二千元罚款", False),
    ("城市管理执法人员发现占道经营的，可以当场扣押其经营工具。", "可以当场扣押其经营工具", False),
    ("定点医药机构工作人员违规扣押患者证件的，依法给予处分。", "违规扣押患者证件", False),
])
def test_officials_disciplined(sentence, quote, read):
    assert officials_disciplined(sentence, *_at(sentence, quote)) is read


@pytest.mark.parametrize("sentence, read", [
    ("机动车维修经营者应当在经营场所公布维修工时定额和收费标准，合理收取费用。", True),
    ("县城市管理局应当公示收费标准，合理收取费用。", False),                        # a body's own charge
    ("家政服务机构应当公示收费标准，并向县家政服务中心缴纳信用保证金。", False),     # paid to a public body
    ("停车场经营者应当公示收费标准，按每车每日十元收取费用。", False),              # a sum the document fixes
])
def test_own_price(sentence, read):
    assert own_price(sentence) is read


@pytest.mark.parametrize("sentence, quote, read", [
    ("集中采购种苗的，应当征求退耕还林者意见并采用公开竞价方式。", "集中采购种苗的", True),
    ("实行集中采购的，超过补助标准的部分，不得向农户强行收取。", "实行集中采购的", True),
    ("村级组织集中采购办公用品的，统一由县供销社下属公司配送。", "村级组织集中采购办公用品的", False),
    ("集中采购的，应当采用公开招标方式，由县农资公司统一配送。", "集中采购的", False),
])
def test_protected_purchase(sentence, quote, read):
    assert protected_purchase(sentence, *_at(sentence, quote)) is read


def test_civil_terms():
    assert civil_late_fee("房屋租赁合同可以约定，承租人逾期支付租金的，按日向出租人支付未付租金万分之三的违约金。")
    assert not civil_late_fee("公租房租赁合同约定，承租人逾期缴纳租金的，按日向县住房保障中心支付千分之五的违约金。")
    assert civil_liability("出租者未查验执业许可证，致使就诊者预付款受损的，应当根据其过错承担民事责任。")
    assert not civil_liability("出租者未查验执业许可证的，应当向县卫生健康局缴纳风险保证金，并承担民事责任。")


def test_national_paper_and_result_subsidy():
    lead = "以婴幼儿照护为职业的人员，应当依照国家有关规定取得职业资格证书；"
    assert national_paper_restated("未取得证书的，托育机构不得安排其从事照护。", 0, lead)
    assert not national_paper_restated("未取得从业证的，不得上岗。", 0,
                                       "营业员应当依照国家有关规定取得健康证明，并取得县药品监督管理局颁发的从业证；")
    assert own_result_subsidy("参训学员未按规定取得职业资格证书的，不予发放该期职业培训补贴。")
    assert not own_result_subsidy("参训学员拖欠物业服务费的，不予发放职业培训补贴。")


# ---- a timed bar an in-force law lays for the same years (review/laid_by_law.py)
from review.laid_by_law import laid  # noqa: E402

TRAVEL_64 = ("因妨害国(边)境管理受到刑事处罚的，在刑罚执行完毕之日起五年内不得从事旅行社业务经营活动；旅行社被吊销旅行社业务经营"
             "许可的，其主要负责人在旅行社业务经营许可被吊销之日起五年内不得担任任何旅行社的主要负责人。")   # 旅行社条例 第六十四条


@pytest.mark.parametrize("quote, read", [
    ("其主要负责人自许可被吊销之日起五年内不得担任任何旅行社的主要负责人", True),
    ("其主要负责人自许可被吊销之日起十年内不得担任任何旅行社的主要负责人", False),   # a longer bar
    ("其主要负责人自许可被吊销之日起五年内不得担任任何网吧的法定代表人", False),     # another bar
])
def test_timed_bar_laid(quote, read):
    assert laid("C-PENALTY-01", quote, quote, TRAVEL_64) is read


# ---- a party named in what a body receives is the applicant (review/norms/hired.py)
from review.norms.hired import hired  # noqa: E402


def test_applicant_not_hired():
    assert not hired("县人力资源和社会保障局收到职业中介活动许可申请后，应当在二十日内作出决定。")
    assert hired("房地产中介服务机构收到购房人投诉后，可以对违规的经纪人员处以五百元罚款。")
