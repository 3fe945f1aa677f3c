"""Round 39 (lead39): a fine for a conduct a 法律/行政法规 fines, above every tier of the law's range (an UPPER-ALTERED
error naming the law) or within one (no finding). The clauses: tests/fixtures/rewordings/lead39.toml (informed: written
after reading round 39's fresh upper-law misses)."""

import pytest

from review.cited_fines import ceiling_exceeded, own_fining_paragraphs
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, findings_on_article, fixture_cases

RULES = load_packs()
CASES = fixture_cases("lead39.toml")


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_lead39_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("case", [c for _, _, c in CASES if c.get("basis") and not c.get("known_miss")],
                         ids=lambda c: c["text"][:12])
def test_lead39_names_the_law(corpus, case):
    """The upper-law finding names the law that fines the conduct — a finding naming another law is a wrong one."""
    found = [f for f in findings_on_article(corpus, RULES, case["text"]) if f.category == "upper-law"]
    assert found and all(case["basis"] in (f.upper.law or "") for f in found if f.upper is not None), \
        [(f.rule, f.upper and f.upper.law) for f in found]


FIRE_60 = ("单位违反本法规定，有下列行为之一的，责令改正，处五千元以上五万元以下罚款：\n"
           "（一）消防设施、器材或者消防安全标志的配置、设置不符合国家标准、行业标准，或者未保持完好有效的；\n"
           "（二）损坏、挪用或者擅自拆除、停用消防设施、器材的；\n"
           "（三）占用、堵塞、封闭疏散通道、安全出口或者有其他妨碍安全疏散行为的；\n"
           "个人有前款第二项、第三项、第四项、第五项行为之一的，处警告或者五百元以下罚款。")
DOG_92 = ("违反本法规定，有下列行为之一的，由县级以上地方人民政府农业农村主管部门责令限期改正，可以处一千元以下罚款；"
          "逾期不改正的，处一千元以上五千元以下罚款，由县级以上地方人民政府农业农村主管部门委托动物诊疗机构、"
          "无害化处理场所等代为处理，所需费用由违法行为人承担：\n"
          "（一）对饲养的动物未按照动物疫病强制免疫计划或者免疫技术规范实施免疫接种的；\n"
          "（三）对饲养的犬只未按照规定定期进行狂犬病免疫接种的；")


def test_own_fining_paragraphs():
    # the lead-in fines every item; the second paragraph fines items 2–5 of the first for individuals
    assert own_fining_paragraphs(FIRE_60, 3, "堵塞安全出口") == [FIRE_60.split("\n")[0], FIRE_60.split("\n")[-1]]
    assert own_fining_paragraphs(FIRE_60, 1, "消防安全标志不符合国家标准") == [FIRE_60.split("\n")[0]]
    # a paragraph listing no acts fines the conduct it states, not one sharing only an actor's name
    road_90 = "机动车驾驶人违反道路交通安全法律、法规关于道路通行规定的，处警告或者二十元以上二百元以下罚款。"
    assert own_fining_paragraphs(road_90, None, "机动车驾驶人违反道路通行规定") == [road_90]
    assert own_fining_paragraphs(road_90, None, "机动车驾驶人驾驶时拨打手持电话") == []


@pytest.mark.parametrize("clause, paragraphs, exceeded", [
    # above every tier (可以处一千元以下；逾期不改正的，处一千元以上五千元以下)
    ("对饲养的犬只未按照规定免疫的，处五千元以上一万元以下罚款。", [DOG_92.split("\n")[0]], ("五千元以上一万元以下", "一千元以上五千元以下")),
    # within the higher tier: not above the law
    ("对饲养的犬只未按照规定免疫的，处二千元以上五千元以下罚款。", [DOG_92.split("\n")[0]], None),
    # an individual is held to the individual's range, a unit to the unit's
    ("个人损坏消防设施的，处一千元罚款。", [FIRE_60.split("\n")[0], FIRE_60.split("\n")[-1]], ("一千元", "五百元以下")),
    ("单位损坏消防设施的，处一万元罚款。", [FIRE_60.split("\n")[0], FIRE_60.split("\n")[-1]], None),
    # a sum counted per day has no bound the law's range holds
    ("逾期不改正的，每日处一千元罚款。", ["处五百元以下罚款"], None),
])
def test_ceiling_exceeded(clause, paragraphs, exceeded):
    got = ceiling_exceeded(clause, paragraphs)
    assert (got and (got[0].text, got[1].text)) == (exceeded or None)
