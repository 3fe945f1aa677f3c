"""Round 25 (power25, issue 8): the power readings read with open slots — who acts (a body by the ending of its name,
and whether it is an organ with statutory power), what it does (a decision word in any sector), on what (any matter),
and a duty moved from an organ to a non-organ:

* ``usurp`` — a coordinating organ (指挥部, 领导小组 or its office, 专班, 工作组, 联席会议) making any decision (作出……决定,
  认定, 审定, 裁决), the decision named before it or after; any nonholder acting in its own name (以指挥部名义送达, 以协会
  名义发出); a duty or power handed over whole to a nonholder to exercise (职责整体委托……协会行使); a firm by the ending
  of its name (供电企业) — C-POWER-NONHOLDER;
* ``expand`` — a township or street office deciding in its own words what a statute gives another (作出封锁决定, 作出撤销
  监护人资格的决定, 审定查勘定损结果, 自行确定零售网点布设); a person's bank records or calls taken by a bureau
  (调取……个人的银行账户流水和通话记录) — C-POWER-BEYOND;
* ``drop`` — a duty handed to neighbours, a community or an association by a verb of handing (移交……承担, 交由……负责)
  and shed (不再承担……职责); a whole class of applications frozen (全县暂停受理各类……申请) — C-POWER-02;
* ``takeover`` (review/norms/takeover.py) — a private body's officer appointed by a bureau (直接向学校委派校长; the owner
  named in the clause before), a household's own matter by the ending of its name (种粮大户) — C-POWER-TAKEOVER.

Every clause of tests/fixtures/rewordings/power25.toml (written before the readings) stands as 第二条 of a county
draft; then the dev sets' misses the readings now read, each beside a lawful look-alike; then the guards."""

import tomllib
from pathlib import Path

import pytest

from review.norms.power import readings
from review.norms.takeover import takeovers
from review.rules import load_packs
from tests.new_clauses import assert_judged, findings_on_article as shared_findings_on_article
from tests.rule_rows import check_row, rule_rows

FIXTURE = Path(__file__).parent / "fixtures" / "rewordings" / "power25.toml"
CASES = tomllib.loads(FIXTURE.read_text(encoding="utf-8"))["case"]
RULES = load_packs()


def findings_on_article(corpus, text: str, header: str = "") -> list:
    return shared_findings_on_article(corpus, RULES, text, header, name="power25.txt")


@pytest.mark.parametrize("index, case", list(enumerate(CASES)), ids=[f"power25-{i}" for i in range(len(CASES))])
def test_power25_clause(corpus, index, case):
    found = findings_on_article(corpus, case["text"], case.get("header", ""))
    assert_judged(found, case, "power")


ROWS = [
    # the dev sets' power misses now read (M, N; dev), each beside a lawful look-alike
    ("C-POWER-NONHOLDER", "城区违法建设的认定和限期拆除决定，由县违法建设治理工作指挥部统一作出，以指挥部名义送达当事人并组织实施。", True),
    ("C-POWER-NONHOLDER", "县违法建设治理工作指挥部负责统筹协调全县违法建设治理工作，违法建设的认定和限期拆除决定由县城市管理局依法作出。", False),
    # (并抄送……备案 follows the organ's own decision: it excuses nothing)
    ("C-POWER-NONHOLDER", "对货运源头单位违法装载行为，由县治理车辆超限超载工作领导小组办公室直接作出处罚决定，并抄送相关职能部门备案。", True),
    ("C-POWER-NONHOLDER", "县治理车辆超限超载工作领导小组办公室负责督办各成员单位的查处进度，处罚决定由县交通运输局依法作出。", False),
    ("C-POWER-NONHOLDER", "县人民政府教育督导委员会办公室将对民办中小学、幼儿园的经常性督导职责整体委托县民办教育协会行使，督导意见书以协会名义发出。", True),
    ("C-POWER-NONHOLDER", "县农业农村局依照《中华人民共和国行政处罚法》第二十条的规定，委托符合第二十一条规定条件的县农业综合执法服务中心，以县农业农村局的名义实施行政处罚。", False),
    ("C-POWER-02", "城区道路照明设施的日常维护和故障抢修，自本办法施行之日起移交沿街单位和属地社区承担，县城市照明管理所不再承担维护职责。", True),
    ("C-POWER-02", "城区道路照明设施的维护由县城市照明管理所负责，沿街单位应当予以配合，不得损坏照明设施。", False),
    ("C-POWER-02", "为全面摸清社会组织底数、集中整治“僵尸型”社会组织，自本通知印发之日起至另行通知前，全县暂停受理各类社会组织成立登记申请，已受理的一律暂缓作出决定。", True),
    ("C-POWER-02", "县民政局对社会组织成立登记申请，应当自受理之日起六十日内作出准予或者不准予登记的决定。", False),
    ("C-POWER-BEYOND", "辖区内发生疑似重大动物疫情的，由乡镇人民政府作出封锁决定，并划定疫点、疫区范围。", True),
    ("C-POWER-BEYOND", "发生重大动物疫情的，乡镇人民政府应当立即报告县人民政府，由县人民政府依法作出封锁决定。", False),
    ("C-POWER-BEYOND", "政策性农业保险的查勘定损结果由乡镇人民政府审定，保险机构应当按照乡镇审定的金额支付赔款。", True),
    ("C-POWER-BEYOND", "烟花爆竹零售网点的布设数量和具体位置，由各乡镇人民政府根据辖区实际自行确定，报县应急管理局备案。", True),
    ("C-POWER-BEYOND", "农村村民住宅用地，由乡镇人民政府依照《中华人民共和国土地管理法》第六十二条审核批准。", False),
    ("C-POWER-TAKEOVER", "民办学校聘任或者解聘校长，应当事先报县教育局审核同意；县教育局认为确有必要的，可以直接向学校委派校长。", True),
    ("C-POWER-TAKEOVER", "民办学校校长由学校理事会依法聘任，报县教育局备案。", False),
]


@rule_rows(ROWS)
def test_power25_rows(rule_id, text, expected):
    check_row(rule_id, text, expected)


@pytest.mark.parametrize("sentence, kind, guard", [
    # (sentence, the reading, the guard expected: "" where it is laid)
    # a coordinating organ deciding, the decision named before it; acting in its own name
    ("文物保护单位保护范围内擅自施工的认定和停工决定，由县文物安全工作领导小组统一作出，以领导小组名义送达施工单位。", "usurp", ""),
    # a township deciding what the statute gives the county or a court
    ("父母或者其他监护人严重侵害被监护儿童合法权益的，由乡镇人民政府调查核实后作出撤销其监护人资格的决定。", "expand", ""),
    ("下落不明满二年的，由利害关系人向户籍所在地街道办事处申请，街道办事处调查核实后作出宣告失踪的决定。", "expand", ""),
    # … given by the provincial reform; … reporting to the county, which decides
    ("根据《浙江省人民政府关于全面推进乡镇综合行政执法改革的决定》，乡镇人民政府以自己的名义行使赋权事项的行政处罚权。", "expand", "granted"),
    # a person's records taken; … with the statute's own measure cited (no reading)
    ("县民政局在慈善组织监督检查中，可以调取其负责人及财务人员个人的银行账户流水和通话记录。", "expand", ""),
    # a duty handed to the shops and shed
    ("城区公共厕所的保洁和设施维护，自本办法施行之日起交由所在地沿街商户负责，县环境卫生管理处不再承担管护职责。", "drop", ""),
    # applications of a whole trade frozen
    ("专项整治期间，县市场监督管理局暂停办理辖区内美容美发类个体工商户注册登记。", "drop", ""),
    # a firm's order and decision
    ("在电力设施保护区内违规作业的，由供电企业责令停止作业、恢复原状，并作出赔偿损失的处理决定。", "usurp", ""),
])
def test_reading_guards(sentence, kind, guard):
    found = [r for r in readings(sentence) if r[0] == kind]
    assert found, (sentence, readings(sentence))
    assert found[0][3] == guard, (sentence, found)


@pytest.mark.parametrize("sentence", [
    # no laid reading: the county government decides after the township's report, the statute cited, the law's own
    # pause with its term, a firm's deposit to its customers, the board appointing, a village meeting's own matter
    "发生重大动物疫情的，乡镇人民政府应当立即报告县人民政府，由县人民政府依法作出封锁决定。",
    "县违法建设治理工作指挥部负责统筹协调全县违法建设治理工作，违法建设的认定和限期拆除决定由县城市管理局依法作出。",
    "县民政局依照《中华人民共和国慈善法》第九十三条的规定，经县民政局负责人批准，可以向金融机构查询慈善组织的金融账户。",
    "房屋征收范围确定后，有关部门暂停办理相关手续，暂停期限最长不得超过1年。",
    "互联网租赁自行车运营企业原则上不收取用户押金；确需收取的，应当提供运营企业专用存款账户和用户个人银行结算账户两种存管方式，供用户自主选择。",
    "村民委员会召集村民会议，讨论决定本村公益事业兴办的筹资筹劳方案。",
    "城区公共厕所由县环境卫生管理处负责保洁和维护，可以通过政府购买服务委托保洁企业作业，县环境卫生管理处对作业质量承担监管责任。",
])
def test_nothing_laid(sentence):
    assert not [r for r in readings(sentence) if not r[3]], (sentence, readings(sentence))


@pytest.mark.parametrize("sentence", [
    # set N's look-alikes that were flagged at base25: the duty kept whatever is delegated; the body saying it does not
    # decide the price
    "县人民政府统筹规划设立应急避难场所，县应急管理局负责建设指导和监督检查，不因委托村（社区）日常管护而免除其监管责任。",
    "化肥零售价格实行市场调节，县农业农村局不对化肥经营者的销售价格作统一规定。",
])
def test_nothing_laid_any_effect(sentence):
    from review.norms.effect import laid

    assert not laid(sentence), (sentence, laid(sentence))


@pytest.mark.parametrize("sentence, before, expected", [
    # the owner named in the clause before (民办学校), its officer appointed by the bureau
    ("县教育局认为确有必要的，可以直接向学校委派校长。", "民办学校聘任或者解聘校长，应当事先报县教育局审核同意", True),
    # a household by the ending of its name, bound to the township's arrangement
    ("种粮大户的种植品种、播种时间和粮食销售去向由乡镇人民政府统一安排，种粮大户应当服从。", "", True),
    # a protective negation over the appointment
    ("县卫生健康局不得向民营医院委派院长，不得干预医院董事会依法选聘管理人员。", "", False),
])
def test_takeover_appointments(sentence, before, expected):
    laid = [t for t in takeovers(sentence, "", before) if not t[2]]
    assert bool(laid) == expected, (sentence, takeovers(sentence, "", before))
