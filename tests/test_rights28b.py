"""Round 28 wave 2 (issue 8: rights) — set Z's misses read by engine cause (rights28b):

* a pledge demanded of a person: the words promised written as negations (签订不出村、不串门承诺书) were read as negating the
  signing — review/norms/analyse.py ``forbidden``; the signer named by a job noun ending in 员 (出租汽车驾驶员) —
  ``person.worker`` (review/lexicons/people.toml), an actor for C-RIGHTS-PLEDGE only;
* a third person's data handed over: a person's itemised transactions (该居民的收寄件明细) and a person's health status
  sent to his own unit or village (阳性人员名单抄送其所在单位) — review/norms/burden.py ``_data``.

Rows are real inputs: set Z's shapes, clauses of tests/fixtures/rewordings/rights28b.toml (written first, other sectors)
and lawful look-alikes of the same surfaces.
"""

from __future__ import annotations

import pytest

from review.norms.analyse import forbidden
from review.norms.burden import burdens
from review.norms.lexicon import default_lexicon
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

LEX = default_lexicon()

PLEDGE_WORDS = [
    # (sentence, the pledge's noun) — the negations are the words promised, the signing is required
    ("出现发热、咳嗽等症状的村民，应当在二小时内向村卫生室报告，并签订不出村、不串门承诺书。", "承诺书"),        # set Z
    ("出租汽车驾驶员办理从业资格注册时，应当签订不参与聚集上访承诺书。", "承诺书"),                              # set Z
    ("售粮农户应当签订不跨区域售粮、不向上级反映收购价格问题的承诺书。", "承诺书"),                              # 的 before the noun
    ("家政服务员须签署不在雇主家中留宿亲友、不参与集体维权的保证书。", "保证书"),
]

PLEDGE_FORBIDDEN = [
    # (sentence, the pledge's noun) — the signing itself forbidden
    ("不得要求其签订放弃缴纳社会保险承诺书。", "承诺书"),
    ("任何单位不得强制村民签订承诺书。", "承诺书"),
]

WORKERS = [
    # (text, the worker noun read)
    ("出租汽车驾驶员办理从业资格注册时", "出租汽车驾驶员"),
    ("乡村邮递员应当签订", "乡村邮递员"),
    ("家政服务员在社区登记", "家政服务员"),
]

NOT_WORKERS = ["县邮政管理局公务员", "社区网格员", "城管执法队员", "村民委员会委员", "广泛动员群众"]

DATA = [
    # (sentence) — a private party hands a person's data to a body
    "快递从业人员发现辖区居民收寄可疑物品的，应当在二十四小时内将该居民的收寄件明细报送所在社区和派出所。",     # set Z
    "邮政营业员发现用户频繁汇款的，应当将该用户的汇款明细和联系方式报送所在社区和派出所。",
    "医疗机构检出的艾滋病病毒抗体阳性人员名单，应当同时抄送其所在单位和户籍地村（居）民委员会，以便落实管控。",  # set Z
    "体检机构查出的乙肝表面抗原阳性人员名单，应当抄送其所在单位和居住地社区。",
]

NOT_DATA = [
    "用人单位应当将职工的工资明细报送县人力资源和社会保障局。",                  # wages a business accounts for
    "职业健康检查机构应当将检查结果书面告知其所在单位。",                        # the occupational check the law sets
    "医疗机构发现严重精神障碍患者的，应当将其病情告知本人或者其监护人。",          # the person and his guardian
    "县卫生健康局应当将患者名单抄送其所在单位。",                                # the body's own act (not this reading)
    "出院患者的诊疗信息，医疗机构应当推送至其所在社区卫生服务中心。",            # a health body where he lives
    "县教育局对校外培训机构报送的学员信息应当予以保密，不得向第三方提供。",        # the body's secrecy
]


@pytest.mark.parametrize("sentence, noun", PLEDGE_WORDS)
def test_pledge_words_not_negation(sentence, noun):
    a = sentence.rindex(noun)
    assert not forbidden(LEX, sentence, a, a + len(noun)), sentence


@pytest.mark.parametrize("sentence, noun", PLEDGE_FORBIDDEN)
def test_pledge_forbidden(sentence, noun):
    a = sentence.rindex("签订")
    assert forbidden(LEX, sentence, a, a + 2), sentence


@pytest.mark.parametrize("text, words", WORKERS)
def test_worker(text, words):
    assert any(text[a:b] == words for a, b in LEX.find("person.worker", text)), text


@pytest.mark.parametrize("text", NOT_WORKERS)
def test_not_worker(text):
    assert not LEX.find("person.worker", text), text


@pytest.mark.parametrize("sentence", DATA)
def test_data(sentence):
    assert any(b.name == "data" for b in burdens(sentence)), sentence


@pytest.mark.parametrize("sentence", NOT_DATA)
def test_no_data(sentence):
    assert not [b for b in burdens(sentence) if b.name == "data"], sentence


RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in fixture_cases("rights28b.toml")])
def test_rights28b_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
