"""Round 26 (issue 8): family-planning, license — the detriment a birth status brings read as an open class (a benefit
given in part, later, to some only, or not conferred; a post's conditions), the protective and reward look-alikes, and
the licence a law provides (cited by its article, or named as a statutory regime) against a licence a town makes itself.

Rows are real inputs: the clauses of tests/fixtures/rewordings/paper26.toml (written first, measured on base26), the
dev-set shapes the base missed (sets Q, R, M, N, K, L, J) and the look-alikes it flagged.
"""

from __future__ import annotations

import re

import pytest

from review.norms.lexicon import load_lexicon
from review.norms.burden import burdens
from review.norms.lookalike import lookalike_reason
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

LEX = load_lexicon()
RULES = load_packs()


def has(concept: str, text: str) -> bool:
    return re.search(LEX.concepts[concept].regex_source, text) is not None


CONSEQUENCE = [
    # (words, whether they are a detriment the status brings)
    ("按人均份额的百分之五十分配", True),             # a share given in part (R novel_at:107)
    ("按70%计发", True),                              # … by a percentage
    ("排序顺延至同批次末位", True),                   # a place put later (Q novel_ap:107)
    ("须待其年满十八周岁后方可确认为本集体经济组织成员", True),   # membership deferred (R novel_at:106)
    ("仅限符合计划生育政策的家庭享受", True),         # given to some only (L novel_ah:105)
    ("政策外生育的子女不配置成员股份", True),         # a grant's verb negated (L novel_ag:105)
    ("记入个人不良信用记录", True),                   # a mark against the person (K novel_af:109)
    ("按百分之百计发", False),                        # the whole share
    ("一成不变", False),                              # no fraction
    ("享有全额份额", False),
]

CLEARED = [
    # (sentence, whether it is a protective or clearing statement)
    ("公共租赁住房的配租，不得与申请人的生育情况挂钩。", True),
    ("申请住房保障的，不以提供计划生育证明、婚育情况证明为受理条件。", True),   # Q novel_ap:113
    ("承包治理荒山、荒沟的村民，尚未缴清社会抚养费的，村民委员会不得与其签订治理承包合同。", False),   # M novel_aj:111
]

REWARD = [
    ("持有《独生子女父母光荣证》的60周岁以上老年人，凭证免费游览县内政府投资建设的A级景区。", True),   # R novel_as:112
    ("持《独生子女父母光荣证》的老年人，凭证乘坐县内公交车享受半价优惠。", True),
    ("见义勇为奖励对象有政策外生育行为未处理的，暂停发放奖励金。", False),   # a reward for another act
]

LICENCE_PROVIDED = [
    # (clause, quoted words, whether the licence is one a law provides)
    ("依照《融资担保公司监督管理条例》第六条，设立融资担保公司应当经监督管理部门批准；未经批准，任何单位不得在名称中使用融资担保字样。",
     "未经批准，任何单位不得在名称中使用融资担保字样", True),                            # R novel_au:10
    ("商品房预售实行许可制度。房地产开发企业应当具备《城市房地产开发经营管理条例》第二十二条规定的条件，未取得商品房预售许可证明的，不得预售商品房。",
     "商品房预售实行许可制度", True),                                                      # Q novel_ap:11
    ("除依照《危险化学品安全管理条例》第三十三条取得许可外，还应当经县应急管理局批准后方可经营。",
     "还应当经县应急管理局批准后方可经营", False),                                       # beyond the cited list
    ("在本镇范围内承揽农村住房建设的个体建筑工匠，实行镇级从业许可管理，由镇人民政府核发《农村建筑工匠从业许可证》，无证不得承揽。",
     "实行镇级从业许可管理", False),                                                      # the town's own (R novel_at:5)
]


PAPERS = [
    # (sentence, whether a third body's paper is demanded)
    ("居民申请管道燃气开户的，应当提供物业服务企业出具的物业服务费结清凭据。", True),   # …凭据 (Q novel_ap:56)
    ("因特殊情况申请手工报销的，参保人员应当提供医疗机构的收费票据、费用清单、诊断证明和病历资料。", False),   # Q novel_ar:64
]


@pytest.mark.parametrize("sentence,demanded", PAPERS)
def test_paper(sentence, demanded):
    assert any(b.name == "paper" for b in burdens(sentence)) is demanded


@pytest.mark.parametrize("words,detriment", CONSEQUENCE)
def test_consequence(words, detriment):
    assert has("fp.consequence", words) is detriment


@pytest.mark.parametrize("sentence,cleared", CLEARED)
def test_cleared(sentence, cleared):
    assert has("fp.cleared", sentence) is cleared


@pytest.mark.parametrize("sentence,reward", REWARD)
def test_reward(sentence, reward):
    assert has("fp.reward", sentence) is reward


@pytest.mark.parametrize("clause,quote,provided", LICENCE_PROVIDED)
def test_licence_provided(clause, quote, provided):
    assert (lookalike_reason("license", clause, quote) == "cited_article") is provided


@pytest.mark.parametrize("stem,index,case", [clause_param(*c) for c in fixture_cases("paper26.toml")])
def test_own_clauses(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
