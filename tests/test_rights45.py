"""Round 45 (rights45, issue 8: rights): personal data beyond the law's list, a party's own cameras joined to a
government platform, a worker's pay kept back or his money taken as a pledge, a public service refused for an
unrelated private dispute or debt — with lawful look-alikes (bench/README.md, "Round 45 — rights45")."""

import pytest

from review.norms.burden import burdens
from review.norms.class_bar import watch_duty
from review.norms.lexicon import default_lexicon
from review.norms.pay_held import pledged
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("rights45.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_rights45_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


# ---- review/norms/pay_held.py on its own
@pytest.mark.parametrize("sentence, quote", [
    # part of the pay kept back as a pledge, the pay named before or after the verb
    ("家政服务机构可以扣留家政服务员首月工资作为服务保证金，合同期满后返还。", "扣留家政服务员首月工资作为服务保证金"),
    ("施工企业可以从农民工每月工资中预扣百分之二十作为安全风险抵押金，待工程竣工后一次性结清。", "工资中预扣百分之二十作为安全风险抵押金"),
    # a deposit taken from a worker on his hiring
    ("物业服务企业招用保安员，应当收取一千元服装押金，保安员离职时无息退还。", "收取一千元服装押金"),
    # the taking barred (劳动合同法 第九条 restated)
    ("用人单位不得以任何名义向劳动者收取押金、保证金。", None),
    # the contractor's own wage guarantee (保障农民工工资支付条例 第三十二条)
    ("施工总承包单位应当按照有关规定存储工资保证金，专项用于支付农民工被拖欠的工资。", None),
    # a customer's deposit, no worker hired
    ("共享单车运营企业向用户收取押金的，应当与用户约定押金的退还方式。", None),
    # a lawful deduction with no pledge (工资支付暂行规定 第十六条)
    ("因劳动者本人原因给用人单位造成经济损失的，可以从其工资中扣除赔偿，但每月扣除的部分不得超过当月工资的百分之二十。", None),
])
def test_pledged(sentence, quote):
    got = pledged(sentence)
    assert (got[0].text if got else None) == quote


# ---- a private dispute or a debt owed elsewhere as the ground (review/lexicons/entitlements.toml ground.unrelated)
@pytest.mark.parametrize("text, unrelated", [
    ("农民工与班组长之间存在借款纠纷的", True),
    ("居民与邻居之间的宅基地纠纷尚未化解的", True),
    ("当事人一方家庭尚欠村集体土地承包费的", True),
    # a cause of a hardship the text relieves (D062), a mediation body's name, the title in dispute
    ("或因家庭矛盾、集体户所在单位不同意迁入等原因造成不能办理正常落户手续的", False),
    ("医疗纠纷人民调解委员会", False),
    ("宅基地四至存在争议的", False),
])
def test_unrelated_ground(text, unrelated):
    assert default_lexicon().has("ground.unrelated", text) is unrelated


@pytest.mark.parametrize("sentence, wages", [
    ("农民工与班组长之间存在借款纠纷的，施工单位可以扣留其工资代为清偿。", True),
    ("用人单位不得以劳动者存在民事纠纷为由克扣或者拖延支付其工资。", False),
    ("人民法院判决、裁定要求代扣抚养费、赡养费的，用人单位应当从劳动者工资中代扣。", False),
])
def test_wages_for_an_unrelated_ground(sentence, wages):
    assert any(b.name == "wages" for b in burdens(sentence)) is wages


# ---- a party's own cameras joined or opened to a body (class_bar.watch_duty)
@pytest.mark.parametrize("sentence, read", [
    ("住宅小区物业服务企业自建的视频监控系统，应当全部接入街道社会治安综合治理视频平台，供街道随时调阅。", True),
    ("辖区企业厂区内的视频监控应当向属地派出所开放远程访问权限，派出所可以随时调取。", True),
    ("住宅小区经业主大会决定，可以自愿将公共区域的视频监控接入社区平台。", False),
    ("任何单位不得强制要求居民将自家安装的监控设备接入公共视频平台。", False),
    ("城乡主要路段、桥梁、广场的公共安全视频系统，由县人民政府组织有关部门建设，统一接入县公安局视频平台。", False),
    # a site's own monitoring (扬尘) is the environment rules' (_SITE)
    ("施工工地安装的视频监控设备应当接入县住房和城乡建设局扬尘监管平台。", False),
])
def test_own_cameras_joined(sentence, read):
    assert bool(watch_duty(sentence)) is read
