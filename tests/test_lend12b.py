"""Round 12, second wave (issue 8, lend12b): a grounds header's consequence (有下列情形之一的，暂停办理……：) is lent
to an item only where the item's ground is unrelated to what is withheld by concept (a private debt to a third
party, non-cooperation with an unrelated campaign or a petition, a relative's conduct), never to the benefit's own
terms. The negative rows are the shapes of the first wave's wrong findings on real documents (D146, D145, D065)."""

import pytest

from review.match import apply_rules
from review.model import Clause
from review.norms.grounds import grounds_sentence, lends_consequence
from review.norms.lexicon import default_lexicon
from review.rules import load_packs

RULES = load_packs()


def _item_rules(header: str, item: str) -> set[str]:
    clause = Clause(index=1, label="第二条（一）", text=item, start=0, end=len(item), paragraph=1, header=header)
    found = apply_rules(RULES, [clause], as_of="2026-12-01", doc_kinds=["规范性文件"])
    return {f.rule for f in found if f.severity in ("error", "warning")}


def test_grounds_sentence_joins_ground_and_consequence():
    joined = grounds_sentence("（二）拖欠物业服务费的；", "有下列情形之一的，暂停为其办理不动产转移登记：")
    assert joined.text == "拖欠物业服务费的，暂停为其办理不动产转移登记。"
    assert grounds_sentence("（一）拖欠物业费的；", "申请人应当提交下列材料：") is None
    assert grounds_sentence("拖欠物业费的；", "有下列情形之一的，取消其补贴资格：") is None


# ground, whether the header's consequence may be lent to it
GATE_ROWS = [
    ("存在拖欠物业服务费记录的", True),
    ("父母拖欠供暖费的", True),
    ("拒不配合人居环境整治工作的", True),
    ("户主拒绝签订房屋征收补偿协议的", True),
    ("家庭成员多次越级上访的", True),
    ("其配偶因赌博受到治安处罚的", True),
    # the benefit's own terms (D146, D145, D065 shapes) and the benefit's own rent
    ("向本单位不符合条件者或者非本单位员工出租、出借公共租赁住房的", False),
    ("擅自改变房屋用途或者利用所租住房从事违法活动的", False),
    ("户籍迁出本市的", False),
    ("申领居住证或者申办积分入户过程中，提供虚假信息的", False),
    ("持证人情况变化不再符合居住证办理条件的", False),
    ("承租人累计六个月以上拖欠公共租赁住房租金的", False),
    ("申请人被处以刑罚处罚不宜享受住房保障政策的", False),
    ("享受人死亡的", False),
]


@pytest.mark.parametrize("ground,expected", GATE_ROWS)
def test_only_an_unrelated_ground_borrows_the_consequence(ground, expected):
    assert lends_consequence(ground, default_lexicon()) is expected


# header, item, a rule that must (True) or must not (False) fire on the item read with its header
GROUND_ROWS = [
    ("有下列情形之一的，暂停为其办理不动产转移登记：", "（二）拖欠物业服务费的；", "C-RIGHTS-02", True),
    ("有下列情形之一的，不予办理居住登记：", "（二）拒不缴纳村集体卫生费的；", "C-RIGHTS-02", True),
    ("申请人有下列情形之一的，暂缓办理其不动产转移登记：", "（三）存在欠缴小区物业管理费记录的；", "C-RIGHTS-02", True),
    # D146 shapes: a housing benefit's own exclusion, the employer's misuse of it
    ("取得公共租赁住房或者租房补贴后，有下列情形之一的，住房保障部门应当终止发放租房补贴，收回公共租赁住房：",
     "（二）承租人被判处刑罚不宜继续享受住房保障的；", "C-RIGHTS-02", False),
    ("用人单位有下列行为之一的，在下一年度内不再受理该单位为职工提出的人才住房申请：",
     "（三）向非本单位职工出租、出借人才住房的；", "C-RIGHTS-02", False),
    # D145 shape: leaving the area; D065 shape: false information in the points application
    ("购房人取得完全产权前，有下列情形之一的，由政府回购该共有产权住房：", "（三）本人户籍迁出本县的；", "C-RIGHTS-02",
     False),
    ("有下列情形之一的，取消其积分落户资格：", "（二）申办过程中隐瞒真实情况、提供虚假信息的；", "C-RIGHTS-02", False),
    ("有下列情形之一的，停止发放其租房补贴：", "（三）承租人累计六个月以上拖欠公共租赁住房租金的；", "C-RIGHTS-02", False),
]


@pytest.mark.parametrize("header,item,rule_id,expected", GROUND_ROWS)
def test_grounds_header_lends_its_consequence(header, item, rule_id, expected):
    assert (rule_id in _item_rules(header, item)) is expected


def test_no_lexicon_lends_nothing():
    # a rule set with no norm rules has no lexicon to read the ground with (review.match.ClauseHits)
    assert lends_consequence("拖欠物业服务费的", None) is False
