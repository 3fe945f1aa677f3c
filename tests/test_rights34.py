"""Round 34 (rights34, issue 8): a person's communications or the inside of his home opened to a body; a benefit or a
public scheme withheld for a religious belief or office; a pledge handed in by any verb of handing, by a person named by
his statutory role (bench/README.md, "Round 34 — rights34")."""

import pytest

from review.norms.burden import burdens
from review.norms.interest import interest
from review.norms.lexicon import load_lexicon
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("rights34.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_rights34_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("sentence, expected", [
    # a belief by its verb, a benefit by its name (奖补)
    ("信仰宗教的农户不得申报种粮大户奖补。", "unrelated"),
    # a religious office, a social insurance scheme by its kind
    ("宗教教职人员一律不纳入城乡居民基本医疗保险参保范围。", "unrelated"),
    # an honour by its name (示范户)
    ("信教群众不得参评诚信经营示范户。", "unrelated"),
    # guard: the protective negation (不得以……为由)
    ("不得以信仰宗教为由拒绝符合条件的农户申报种粮大户奖补。", None),
    # guard: conduct through religion, not the belief (利用宗教干预)
    ("宗教人士利用宗教干预村务的，不得参评先进个人。", None),
    # guard: the body's own duty to enrol the clergy
    ("宗教活动场所应当为宗教教职人员办理养老保险参保登记。", None),
])
def test_trait_of_religion(sentence, expected):
    found = [b.name for b in interest(sentence)]
    assert (expected in found) if expected else not found


@pytest.mark.parametrize("sentence, expected", [
    # the pledge handed in by 递交
    ("出租人应当向社区递交保证书，承诺对承租人的日常行为承担监管责任。", "duty"),
    # the person named by his statutory role (驾驶人)
    ("货车驾驶人应当签订不超限超载承诺书。", "duty"),
    # guard: a pledge of truth
    ("申请人应当对所提交材料的真实性作出书面承诺。", None),
    # guard: the government's own paper
    ("县人民政府应当向市人民政府递交目标责任书。", None),
])
def test_pledge_by_any_verb(sentence, expected):
    found = [b.name for b in burdens(sentence)]
    assert (expected in found) if expected else expected not in found and "duty" not in found


@pytest.mark.parametrize("text, concept, expected", [
    # a check by sample reads another's communications
    ("对其手机通讯录、聊天记录进行抽查", "comm.access", True),
    # communications opened to a body
    ("向司法所开放其微信聊天记录", "comm.handover", True),
    # a camera inside the home
    ("应当同意在居所内安装视频监控设备", "home.watch", True),
    ("开放其家中监控摄像头的远程查看权限", "home.watch", True),
    # guard: an estate's gate, a building's fire alarm, a public area
    ("在住宅小区出入口安装视频监控设备", "home.watch", False),
    ("在住宅内安装烟雾报警器并接入监控平台", "home.watch", False),
    ("在查档大厅等公共区域安装视频监控设备", "home.watch", False),
])
def test_private_sphere_concepts(text, concept, expected):
    assert load_lexicon().has(concept, text) is expected
