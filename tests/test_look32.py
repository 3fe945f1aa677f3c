"""Round 32 (look32, issue 8): a clause that fines a conduct as the law does — the law's sanctions, every sum inside the
range the law gives for the clause's bearer — restates the law's penalty and sets none (an info note, not
C-PENALTY-01); a sum outside that range, or a sanction the law does not name, stays (bench/README.md, "Round 32 —
look32")."""

import pytest

from review.compare.model import Comparison
from review.cited_fines import conduct_share, fined_bearer, per_unit, sums_within
from review.engine import fine_provided
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("look32.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_look32_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


RENFANG = ("有下列行为之一的，由县级以上人民政府人民防空主管部门对当事人给予警告，并责令限期改正违法行为，"
           "可以对个人并处五千元以下的罚款、对单位并处一万元至五万元的罚款；造成损失的，应当依法赔偿损失：")


@pytest.mark.parametrize("clause, paragraph, within", [
    # the law's cap restated
    ("侵占人民防空工程的个人，可以并处五千元以下罚款。", RENFANG, True),
    # a grade inside the range for bodies
    ("单位侵占人民防空工程，在限期内改正的，处一万元以上二万元以下罚款。", RENFANG, True),
    # a body fined inside the persons' range only: below the bodies' floor
    ("单位侵占人民防空工程的，处二千元以上五千元以下罚款。", RENFANG, False),
    # a person fined above the persons' cap (inside the bodies' range)
    ("侵占人民防空工程的个人，并处一万元以上二万元以下罚款。", RENFANG, False),
    # a range below the article's only floor
    ("再次发现的，可以并处500元以上1000元以下罚款。", "逾期不改正的，处1万元以上5万元以下的罚款", False),
    # a multiple inside the law's multiples
    ("并处测绘约定报酬一倍以上二倍以下的罚款。", "并处测绘约定报酬一倍以上二倍以下的罚款；情节严重的，没收测绘工具。", True),
    # no sum in the clause: nothing to hold inside a range
    ("由县气象局责令停止违法行为。", "可以并处五万元以下的罚款", False),
    # a sum per day against a range for the whole: its total is unbounded
    ("处以每日5000元罚款。", "可以并处5万元以下的罚款", False),
    # a sum per day restating the law's per-day sum
    ("按日处以每日5000元罚款。", "按日处以每日5000元以上1万元以下的罚款", True),
])
def test_sums_within(clause, paragraph, within):
    assert sums_within(clause, paragraph) is within


@pytest.mark.parametrize("text, at_word, bearer", [
    (RENFANG, "五千元以下", "个人"),
    (RENFANG, "一万元至五万元", "单位"),
    # a sum with no bearer before it
    ("责令改正，可以并处五万元以下的罚款", "五万元以下", None),
])
def test_fined_bearer(text, at_word, bearer):
    assert fined_bearer(text, text.index(at_word)) == bearer


ARTICLE_70 = ("违反本条例规定，未经许可擅自使用无线电频率，或者擅自设置、使用无线电台(站)的，由无线电管理机构责令改正，"
              "没收从事违法活动的设备和违法所得，可以并处5万元以下的罚款。")
NO_CHANGE = Comparison(faithful=True, similarity=1.0, changes=())


@pytest.mark.parametrize("clause, provided", [
    # the law's sanctions, its sum
    ("擅自使用无线电频率的，没收违法所得，可以并处5万元以下罚款。", True),
    # a sanction the article does not name (吊销)
    ("擅自使用无线电频率的，没收违法所得，可以并处5万元以下罚款，并吊销其营业执照。", False),
    # a sum above the law's
    ("擅自使用无线电频率的，可以并处10万元以下罚款。", False),
    # a fine laid besides the law's treatment
    ("擅自使用无线电频率的，除依法处理外，可以并处5万元以下罚款。", False),
])
def test_fine_provided(clause, provided):
    assert fine_provided(clause, ARTICLE_70, ARTICLE_70, NO_CHANGE) is provided


@pytest.mark.parametrize("text, at_word, counted", [
    ("处以每人次500元罚款", "500元", True),
    ("处以每日5000元罚款", "5000元", True),
    # a sum for the whole
    ("处5万元以下罚款", "5万元", False),
    # 每 far before the sum, in another phrase
    ("每年检查一次，处5万元以下罚款", "5万元", False),
])
def test_per_unit(text, at_word, counted):
    assert per_unit(text, text.index(at_word)) is counted


ARTICLE_27_42 = "城市道路范围内禁止下列行为：\n（一）擅自占用或者挖掘城市道路；\n（七）其他损害、侵占城市道路的行为。"


@pytest.mark.parametrize("conduct, item, least", [
    # the law's own conduct, its item with the lead-in
    ("擅自占用城市道路", 1, 0.6),
    # a conduct of the clause's own under the loose item: less than the share a restatement needs
    ("在城市道路上晾晒农作物", 7, None),
])
def test_conduct_share(conduct, item, least):
    share = conduct_share(conduct, ARTICLE_27_42, item)
    assert share >= least if least is not None else share < 0.6
