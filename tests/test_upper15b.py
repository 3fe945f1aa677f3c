"""Upper-law round 15, upper15b: a faithful restatement that abbreviates an article is not an alteration — a duty the
clause states in its own shorter words, a duty of another body the clause does not speak of, a prohibition said as the
body's own negation (不收取) — while the same duty really left out still is. Clauses in other words and other laws than
tests/fixtures/rewordings/upper15b.toml's where possible; compare runs on the texts of the articles (read in the
corpus)."""

from __future__ import annotations

import pytest

from review.compare import compare
from review.compare.regions import another_body, said_otherwise

LICENCE_42 = ("除可以当场作出行政许可决定的外，行政机关应当自受理行政许可申请之日起二十日内作出行政许可决定。二十日内不能作出决定的，"
              "经本行政机关负责人批准，可以延长十日，并应当将延长期限的理由告知申请人。")
LICENCE_58 = "行政机关实施行政许可和对行政许可事项进行监督检查，不得收取任何费用。但是，法律、行政法规另有规定的，依照其规定。"
WAGES_40 = ("人力资源社会保障行政部门在查处拖欠农民工工资案件时，需要依法查询相关单位金融账户和相关当事人拥有房产、车辆等情况的，"
            "应当经设区的市级以上地方人民政府人力资源社会保障行政部门负责人批准，有关金融机构和登记部门应当予以配合。")


def _duties(clause: str, upper: str) -> list[str]:
    return [c.kind for c in compare(clause, upper).material() if c.kind in ("duty_removed", "modal")]


@pytest.mark.parametrize("clause, upper", [
    ("二十日内不能作出决定的，经本机关负责人批准，可以延长十日，并向申请人告知延长理由。", LICENCE_42),
    ("县自然资源局实施行政许可和对许可事项进行监督检查，一律不收取任何费用。", LICENCE_58),
    ("县人力资源社会保障局查处拖欠农民工工资案件需要查询相关单位金融账户的，应当经市人力资源社会保障局负责人批准。", WAGES_40),
])
def test_an_abbreviated_restatement_drops_no_duty(clause, upper):
    assert _duties(clause, upper) == []


@pytest.mark.parametrize("clause, upper", [
    ("二十日内不能作出决定的，经本机关负责人批准，可以延长十日。", LICENCE_42),
    ("县自然资源局实施行政许可和对许可事项进行监督检查，可以收取工本费。", LICENCE_58),
])
def test_a_duty_or_prohibition_really_left_out_is_still_read(clause, upper):
    assert _duties(clause, upper) != []


def test_said_otherwise_counts_the_acts_content_words():
    assert said_otherwise("将延长期限的理由告知申请人", "可以延长十日，并告知申请人理由。")
    assert not said_otherwise("将延长期限的理由告知申请人", "可以延长十日。")


def test_another_body_is_one_the_clause_does_not_name():
    assert another_body("有关金融机构和登记部门", "人社部门查询金融账户的，应当经负责人批准。")
    assert not another_body("有关金融机构和登记部门", "登记部门应当予以配合。")
    assert not another_body("行政机关", "县市场监管局应当告知当事人。")   # the clause's own body, named generally


def test_a_prohibited_act_stated_positively_is_no_abbreviation():
    upper = "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外。"
    clause = "除合同另有约定外，机关、事业单位应当以审计机关的审计结果作为与中小企业的结算依据。"
    assert _duties(clause, upper) != []
