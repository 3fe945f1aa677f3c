"""Round 31 (power31, issue 8): gates written without 批准/许可 words — a paper a body issues and the next step taken
on it (凭……办理), an act barred until the paper is obtained (在取得……之前，不得), a card without which the act is barred
or punished (无证……不得, 未持证……按……处理), a check without which the act is barred (未经……审查/初审/评定为……的，不得)
— read in review/norms/paper.py ``gates`` (bench/README.md, "Round 31 — power31")."""

import pytest

from review.norms import paper
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("power31.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_power31_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("sentence, gated", [
    # the paper obtained first, the next step taken on it by name (凭确认书办理)
    ("主办单位应当先取得县会展办公室出具的《展会举办确认书》，凭确认书办理场馆租赁手续。", True),
    # the act barred until the paper is obtained (在取得……之前，不得)
    ("家政服务机构在取得县商务局出具的《家政服务备案回执》之前，不得承接入户服务业务。", True),
    # the card held, the act barred without it (无证……一律不得)
    ("外地运营车辆进入本县作业，须持有县气象局核发的《作业通行证》，无证车辆一律不得进场。", True),
    # the card applied for, the act punished without it (未持证……按……处理)
    ("放飞人应当申领县气象局统一印制的放飞证，未持证放飞的按违法施放气球处理。", True),
    # a check without which the act is barred (未经……审查的，……不得)
    ("主办方应当将展品清单报县侨办审查；未经审查的，展馆不得布展。", True),
    # a rating as the gate of the work (未经……评定为……的，不得从事)
    ("未经县妇联评定为合格家政员的，不得从事入户家政服务。", True),
    # guard: a paper obtained, nothing barred or taken on it
    ("主办单位可以取得县会展办公室出具的《展会服务指南》。", False),
    # guard: the government's own money
    ("各乡镇在取得县财政局出具的资金拨付通知书之前，不得支付款项。", False),
    # guard: a test the law sets (检验)
    ("特种设备在取得检验机构出具的定期检验合格报告之前，不得继续使用。", False),
    # guard: a check by an expert body the law sets (检测)
    ("未经检测机构检测合格的，不得投入使用。", False),
    # guard: a protective negation
    ("行政机关不得要求主办单位在取得行业协会出具的意见之前办理手续。", False),
])
def test_gates_without_approval_words(sentence, gated):
    assert bool(paper.gates(sentence)) is gated, paper.gates(sentence)
