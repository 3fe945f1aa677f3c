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


@pytest.mark.parametrize("sentence, expected", [
    # a firm's record borne by its staff, the topic of the withholding phrase
    ("被列入经营异常名录的企业，其员工不得报名参加职业技能竞赛。", "others"),
    # a relative's drugs named by the measure it drew, the person barred from work
    ("从业人员的配偶曾被强制隔离戒毒的，该从业人员不得在本县娱乐场所从业。", "others"),
    # a relative's drugs named by the act, an application by 申领
    ("申请人的子女曾因吸食毒品被行政拘留的，不得申领创业补贴。", "others"),
    # guard: not the staff — the firm's managers, whom some laws bar for the firm's wrong
    ("被吊销营业执照的企业，其法定代表人三年内不得担任其他企业的法定代表人。", None),
    # guard: the relief — the firm's record does not reach its staff
    ("企业被列入经营异常名录的，不影响其职工申领职业技能提升补贴。", None),
    # guard: a protective negation
    ("不得因学生父母吸食毒品而拒绝其入学。", None),
])
def test_another_record_borne(sentence, expected):
    found = [b.name for b in burdens(sentence)]
    assert (expected in found) if expected else "others" not in found


def test_recusal_is_no_trait():
    # the person kept from a task on the very party his relative serves (政府采购法 第十二条): a recusal
    assert not interest("评审专家的配偶、子女在参加投标的企业任职的，该评审专家不得从事该项目的评审工作。")
