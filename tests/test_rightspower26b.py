"""Round 26 wave 2 (rightspower26b, issue 8): persons' data opened to a body (向……局实时开放……定位信息) or taken by a
body on an authorisation the person must give (应当授权平台调取其本人及家庭成员的……信息) — the hand-over of
review/norms/interest.py's ``disclosed`` reading with two more verbs, the slots unchanged: whose data (a person's, by
an identity word or a person's noun ending), what (…信息, …记录, …档案), to whom (a body by its suffix), in a duty's
voice, no consent freely given, no protection.

Every clause of tests/fixtures/rewordings/rightspower26b.toml (written before the reading) stands as 第二条 of a county
draft; then the dev sets' misses the reading now reads (S and T; dev), each beside a lawful look-alike."""

import tomllib
from pathlib import Path

import pytest

from review.norms.burden import burdens
from review.rules import load_packs
from tests.new_clauses import assert_judged, clause_param, findings_on_article as shared_findings_on_article

FIXTURE = Path(__file__).parent / "fixtures" / "rewordings" / "rightspower26b.toml"
CASES = tomllib.loads(FIXTURE.read_text(encoding="utf-8"))["case"]
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param("rightspower26b", i, c) for i, c in enumerate(CASES)])
def test_rightspower26b_clause(corpus, stem, index, case):
    found = shared_findings_on_article(corpus, RULES, case["text"], case.get("header", ""), name="rightspower26b.txt")
    assert_judged(found, case)


@pytest.mark.parametrize("sentence, disclosed", [
    # (sentence, whether the disclosed reading is laid)
    # data opened to a bureau in a duty's voice (S, dev)
    ("申请农机作业补贴的服务组织，应当在作业机具上安装定位监测终端，并向县农业农村局实时开放驾驶室视频和机手本人手机定位信息。", True),
    # … a firm's own monitoring data opened: no person's data
    ("企业应当向县应急管理局开放安全生产风险监测预警系统的数据接口。", False),
    # … a public facility opened to the public
    ("公共图书馆应当向公众免费开放阅览室、电子阅览室和少年儿童阅览区。", False),
    # an authorisation exacted for a platform to take a person's and his family's data (T, dev)
    ("申请人在一网通办平台注册账户时，应当授权平台调取其本人及家庭成员的社保、纳税、不动产和银行账户信息。", True),
    # … an authorisation left to the person's choice
    ("用户可以自主选择是否授权平台调取其本人的社保缴费信息，不授权的不影响办理其他业务。", False),
    # … the person's own written consent, the data kept secret
    ("经申请人本人书面授权，县住房保障中心可以查询其家庭收入和财产信息，相关信息应当严格保密。", False),
    # … a protective negation
    ("任何单位不得强制用户授权平台调取其本人及家庭成员的银行账户信息。", False),
])
def test_disclosed_reading(sentence, disclosed):
    names = [b.name for b in burdens(sentence, "")]
    assert ("disclosed" in names) == disclosed, (sentence, names)
