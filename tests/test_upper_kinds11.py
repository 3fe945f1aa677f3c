"""compare(): kinds of alteration read as structure (round 11): a sanction's period, a forbidden window of the day,
an age condition, a qualifying period, a member added to a penal trigger, one act named in other procedural words,
the actor told who is not the actor, an order of two acts reversed. Upper texts are the articles as the shipped corpus holds them."""

from __future__ import annotations

import pytest

from review.compare import compare
from review.compare.clock import forbidden_windows
from review.compare.roles import role_at
from review.quantities import AGE, DURATION, find_quantities

DAOJIAO_91 = "饮酒后驾驶机动车的，处暂扣六个月机动车驾驶证，并处一千元以上二千元以下罚款。"
YULE_28 = "每日凌晨2时至上午8时，娱乐场所不得营业。"
YULE_43 = ("娱乐场所实施本条例第十四条禁止行为的，由县级公安部门没收违法所得和非法财物，责令停业整顿3个月至6个月；"
           "情节严重的，由原发证机关吊销娱乐经营许可证，对直接负责的主管人员和其他直接责任人员处1万元以上2万元以下的罚款。")
YIBAO_41 = ("个人有下列情形之一的，由医疗保障行政部门责令改正；造成医疗保障基金损失的，责令退回；属于参保人员的，"
            "暂停其医疗费用联网结算3个月至12个月：\n（一）将本人的医疗保障凭证交由他人冒名使用；")
XIAOCHE_23 = ("取得校车驾驶资格应当符合下列条件：\n(一)取得相应准驾车型驾驶证并具有3年以上驾驶经历，"
              "年龄在25周岁以上、不超过60周岁；")
DENGJI_19 = ("登记机关应当对申请材料进行形式审查。对申请材料齐全、符合法定形式的予以确认并当场登记。不能当场登记的，"
             "应当在3个工作日内予以登记；情形复杂的，经登记机关负责人批准，可以再延长3个工作日。")
ZHENGSHOU_27 = ("实施房屋征收应当先补偿、后搬迁。\n作出房屋征收决定的市、县级人民政府对被征收人给予补偿后，被征收人应当在"
                "补偿协议约定或者补偿决定确定的搬迁期限内完成搬迁。")
XINXI_33 = ("行政机关不能当场答复的，应当自收到申请之日起20个工作日内予以答复；需要延长答复期限的，应当经政府信息公开工作"
            "机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日。")


def _kinds(clause: str, upper: str) -> set[tuple[str, str]]:
    return {(c.kind, c.severity) for c in compare(clause, upper).material()}


@pytest.mark.parametrize("clause, upper, expected", [
    # a sanction lasting longer than the law's: an error, whatever the range's form
    ("饮酒后驾驶机动车的，处暂扣十二个月机动车驾驶证，并处一千元以上二千元以下罚款。", DAOJIAO_91, ("time_limit", "error")),
    ("娱乐场所实施本条例第十四条禁止行为的，由县级公安部门没收违法所得和非法财物，责令停业整顿6个月至12个月。", YULE_43,
     ("time_limit", "error")),
    # the bearer (参保人员) and the imposing body (医疗保障局) both stand around a sanction's period
    ("参保人员将本人医疗保障凭证交由他人冒名使用的，由市医疗保障局责令改正，并暂停其医疗费用联网结算24个月。", YIBAO_41,
     ("time_limit", "error")),
    # a forbidden window widened (零时 for 凌晨2时) and narrowed (3时)
    ("本市娱乐场所每日零时至上午八时不得营业。", YULE_28, ("time_of_day", "warning")),
    ("本县城区内娱乐场所每日凌晨3时至上午8时不得营业。", YULE_28, ("time_of_day", "error")),
    # an age condition narrowed; a qualifying period raised (具有3年以上驾驶经历)
    ("申请校车驾驶资格的，应当具有五年以上驾驶经历，年龄在三十周岁以上、不超过五十五周岁。", XIAOCHE_23, ("age", "warning")),
    ("申请校车驾驶资格的，应当具有五年以上驾驶经历，年龄在三十周岁以上、不超过五十五周岁。", XIAOCHE_23,
     ("time_limit", "warning")),
    # a member added to the conduct the sanction is for
    ("饮酒后驾驶机动车、电动自行车的，处暂扣六个月机动车驾驶证，并处一千元以上二千元以下罚款。", DAOJIAO_91,
     ("scope_changed", "warning")),
    # one act in other procedural words: 作出登记决定 / 予以登记
    ("市场主体登记申请材料齐全、符合法定形式的，区市场监督管理局应当自受理之日起十个工作日内作出登记决定。", DENGJI_19,
     ("time_limit", "error")),
    # the extension's cap is the organ's, not the 申请人's it tells
    ("不能当场答复的，经办机构应当自收到申请之日起二十个工作日内答复；需要延长的，延长期限最长不超过三十个工作日。", XINXI_33,
     ("time_limit", "error")),
    # the order of two acts the law fixes, reversed: Y first, or X waiting on Y (补偿协议 is a paper, not the act)
    ("被征收人应当在签订补偿协议后先行搬迁腾空房屋，房屋征收部门在房屋拆除验收后支付补偿款。", ZHENGSHOU_27,
     ("condition_removed", "error")),
    ("实施房屋征收，被征收人搬迁完毕后，再由征收部门给予补偿。", ZHENGSHOU_27, ("condition_removed", "error")),
])
def test_alterations_are_read(clause, upper, expected):
    assert expected in _kinds(clause, upper)


@pytest.mark.parametrize("clause, upper, kind", [
    # the law's own period, window, age and member list, restated
    ("饮酒后驾驶机动车的，由公安机关交通管理部门处暂扣六个月机动车驾驶证，并处一千元以上二千元以下罚款。", DAOJIAO_91,
     "time_limit"),
    ("娱乐场所每日凌晨2时至上午8时不得营业，公安机关应当加强夜间巡查。", YULE_28, "time_of_day"),
    ("娱乐场所实施本条例第十四条禁止行为的，由县级公安部门责令停业整顿4个月。", YULE_43, "time_limit"),
    ("取得校车驾驶资格，应当具有3年以上驾驶经历，年龄在25周岁以上、不超过60周岁。", XIAOCHE_23, "age"),
    ("饮酒后驾驶机动车的，处暂扣六个月机动车驾驶证，并处一千元以上二千元以下罚款。", DAOJIAO_91, "scope_changed"),
    ("房屋征收部门应当先行支付补偿款，被征收人在补偿协议约定的搬迁期限内完成搬迁。", ZHENGSHOU_27, "condition_removed"),
    ("市、县级人民政府对被征收人给予补偿后，被征收人应当在补偿协议约定的搬迁期限内完成搬迁。", ZHENGSHOU_27,
     "condition_removed"),
    # the organ's own limit shortened: stricter than the law
    ("不能当场登记的，区市场监督管理局应当在2个工作日内予以登记。", DENGJI_19, "time_limit"),
])
def test_lawful_restatements_are_left_alone(clause, upper, kind):
    assert not any(k == kind for k, _ in _kinds(clause, upper))


@pytest.mark.parametrize("text, expected", [
    ("每日凌晨2时至上午8时，娱乐场所不得营业。", [(120, 480, "营业")]),
    ("每日二十三时至次日上午八时停止营业；", [(1380, 1920, "营业")]),
    ("夜间22:00至次日6:00禁止施工作业", [(1320, 1800, "施工")]),
    ("营业时间为上午8时至次日凌晨2时。", []),          # hours of business, no forbidden window
    ("下午三时至五时召开听证会。", []),                  # a time, nothing forbidden
])
def test_forbidden_windows(text, expected):
    assert [(w.start, w.end, w.act) for w in forbidden_windows(text)] == expected


def test_an_age_is_no_period():
    (q,) = find_quantities("年满十六周岁")
    assert q.dim == AGE and q.value == 16
    (d,) = find_quantities("十六周内")
    assert d.dim == DURATION


def test_the_actor_told_is_no_topic():
    at = XINXI_33.index("不得超过20个工作日")
    assert role_at(XINXI_33, at) == "organ"
