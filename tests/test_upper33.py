"""Round 33 (upper33, issue 8): an article that only sanctions conduct — its modal verbs inside its sanction
(……处……罚款，并可以责令停业整顿; ……的，由……责令改正，可以处……罚款) — is no source of a rule of conduct, and the law's
rule of conduct the search finds beside it leads (快递暂行条例 第二十条 beside 第五十一条); a clause naming the permitted act
as the case of its duty (……使用……的，应当签订书面协议) drops no 可以; a reversal's verb is read after a phrase of
place, time or object (在招标文件中设定, 在征得……同意后继续组织调解). Clauses: tests/fixtures/rewordings/upper33.toml
(bench/README.md, "Round 33 — upper33")."""

from __future__ import annotations

import pytest

from review.compare import compare
from review.compare.reversal import verb_said
from review.engine import closest_hit, lays_conduct, sanction_only
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("upper33.toml")
RULES = load_packs()

EXPRESS_51 = ("两个以上经营快递业务的企业使用统一的商标、字号或者快递运单经营快递业务，未遵守共同的服务约定的，由邮政管理部门责令"
              "改正，处1万元以上5万元以下的罚款；情节严重的，处5万元以上10万元以下的罚款，并可以责令停业整顿。")
EXPRESS_20 = ("两个以上经营快递业务的企业可以使用统一的商标、字号或者快递运单经营快递业务。\n"
              "前款规定的经营快递业务的企业应当签订书面协议明确各自的权利义务，遵守共同的服务约定。")


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_upper33_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("sentence, expected", [
    # a modal verb after the sentence's first sanction is the sanction's discretion
    ("情节严重的，处5万元以上10万元以下的罚款，并可以责令停业整顿。", False),
    # … and after the sanctioning body the sentence names (……的，由……), before the sanction it imposes
    ("违反本法规定的，由有关气象主管机构责令改正，给予警告，可以并处五万元以下的罚款。", False),
    # a body's own power with no sanctioning body named is a rule laid on the body (guard)
    ("当事人逾期不履行的，行政机关可以依法加处罚款。", True),
    # a prohibition standing before the sanction of its breach is a rule of conduct (guard)
    ("禁止在人民防空工程内储存易燃物品，违者由人民防空主管部门处一万元罚款。", True),
    # a rule of conduct with no sanction at all
    ("两个以上经营快递业务的企业可以使用统一的商标。", True),
    # no modal verb: no rule
    ("由邮政管理部门责令改正，处1万元以上5万元以下的罚款。", False),
    # a sanction only named (行政处罚决定) is none imposed: the body's procedural duty is a rule (guard: 行政处罚法 第六十三条)
    ("行政机关拟作出下列行政处罚决定，应当告知当事人有要求听证的权利，当事人要求听证的，行政机关应当组织听证：", True),
])
def test_a_sentence_lays_a_rule_of_conduct(sentence, expected):
    assert lays_conduct(sentence) is expected


@pytest.mark.parametrize("text, expected", [
    # the sanction's own 可以 (并可以责令停业整顿) lays no rule of conduct
    (EXPRESS_51, True),
    # the article that permits the conduct and lays a duty on it
    (EXPRESS_20, False),
    # a sanction with a rule of conduct before it in its own sentence (guard)
    ("禁止在人民防空工程内储存易燃物品，违者由人民防空主管部门处一万元罚款。", False),
])
def test_an_article_only_sanctioning_conduct(text, expected):
    assert sanction_only(text) is expected


def test_a_permitted_act_named_as_the_case_of_a_duty_drops_no_permission():
    clause = "两个以上经营快递业务的企业使用统一的商标、字号或者快递运单经营快递业务的，应当签订书面协议明确各自的权利义务。"
    assert not [c for c in compare(clause, EXPRESS_20).material() if c.kind == "modal"]


def test_a_permission_turned_into_a_prohibition_is_still_read():
    # (guard) the same act said with 不得, not as a case
    clause = "两个以上经营快递业务的企业不得使用统一的商标、字号或者快递运单经营快递业务。"
    assert any(c.kind == "modal" and c.severity == "error" for c in compare(clause, EXPRESS_20).material())


@pytest.mark.parametrize("forbidden, act, expected", [
    # the verb after a phrase of place (在……中)
    ("规定最低投标限价", "在招标文件中设定最低投标限价", True),
    # … after a phrase of time (在……后) and an adverb
    ("调解", "在征得村（居）民委员会同意后继续组织调解", True),
    # … after a frequency and the object it is done on (每五年对……进行)
    ("调整承包地", "根据人口增减情况每五年对承包地进行一次小调整", True),
    # another act on the same thing stays another act (guard)
    ("修改登记事项", "制订登记事项的收费标准", False),
    ("修改登记事项", "在办理登记时制订登记事项的收费标准", False),
])
def test_the_verb_of_a_reversed_act(forbidden, act, expected):
    assert verb_said(forbidden, act) is expected


RULE_TEXT = "两个以上经营快递业务的企业可以使用统一的商标、字号或者快递运单经营快递业务。"
CLAUSE = "县城区内两家以上快递企业不得共同使用同一商标、字号或者快递运单开展快递经营活动。"


class _Hit:
    def __init__(self, score, name, text, work_id=1):
        self.score, self.name, self.text, self.work_id, self.level = score, name, text, work_id, "行政法规"


class _Cmp:
    def __init__(self, changes, similarity):
        self.similarity, self.changes = similarity, changes

    def material(self):
        return self.changes


@pytest.mark.parametrize("hits, matches, expected", [
    # the law's sanction ties with its rule of conduct: the rule is compared (its 可以 turned into 不得)
    ([_Hit(65, "第五十一条", EXPRESS_51), _Hit(63, "第二十条", RULE_TEXT)], set(), "第二十条"),
    # … and leads where it scores more than CLOSE_SCORE below the sanction (物业管理条例 第五十六条 at 75, 第二十四条 at 65)
    ([_Hit(75, "第五十一条", EXPRESS_51), _Hit(65, "第二十条", RULE_TEXT)], set(), "第二十条"),
    # another law's article does not lead in the sanction's place: a resemblance of words (guard)
    ([_Hit(73, "第五十一条", EXPRESS_51), _Hit(67, "其他法 第三十一条", RULE_TEXT, work_id=2)], set(), None),
    # … unless it matches the clause as a hit beside the best one must
    ([_Hit(73, "第五十一条", EXPRESS_51), _Hit(71, "其他法 第三十一条", RULE_TEXT, work_id=2)], {"其他法 第三十一条"},
     "其他法 第三十一条"),
    # a rule of conduct restated unaltered beside another showing a change stays the one restated (guard: closest_hit's
    # 第四十八条 / 第五十四条)
    ([_Hit(66, "第二十条", RULE_TEXT), _Hit(65, "第二十一条", RULE_TEXT)], {"第二十一条"}, "第二十一条"),
])
def test_a_rule_of_conduct_is_set_against_the_rule_not_its_sanction(monkeypatch, hits, matches, expected):
    import review.engine as engine
    import statutes.search as search

    monkeypatch.setattr(search, "is_match", lambda hit, probe: hit.name in matches)
    monkeypatch.setattr(engine, "is_strong", lambda change: True)
    monkeypatch.setattr(engine, "higher_saying_the_same", lambda hit, cmp, near, compared_with: (hit, cmp))
    results = {"第五十一条": _Cmp((), 0.27), "第二十条": _Cmp(("可以→不得",), 0.27), "其他法 第三十一条": _Cmp(("禁止→应当",), 0.5),
               "第二十一条": _Cmp((), 0.8)}
    upper, _ = closest_hit(CLAUSE, hits, lambda h: results[h.name])
    assert (upper.name if upper is not None else None) == expected
