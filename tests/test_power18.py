"""Round 18 (power18, issue 8): the power and proof categories read by the shape of the norm, in sectors the dev sets
do not use (水利, 档案, 气象, 人防, 统计, 广电, 港口). Proof: an organisation made to vouch on the applicant's own form
(签注……并加盖公章), a no-objection paper or a letter vouching for a person (无异议意见书, 担保书, 推荐函), a negative fact
or a record's truth a public body holds (未发生生产安全事故的证明, 许可证真实性证明, 到原备案机关开具), neighbours named by
where they stand (相邻四邻, 上下游相邻岸线使用人), the body's own consultation of other bodies handed to the applicant
(由申请人自行征求……部门的书面意见). Power: complaints refused wholesale, arbitration or suit made to wait for mediation
(仲裁 is no lawful finality unless its award or an agreement is), a thing taken in use not returned or paid for, seized
goods or goods in custody lost at the owner's cost, the body's inspection done or paid by the one inspected, an
unlisted act handled by analogy, relatives' accounts and dwellings reached, a technical or service centre confiscating.

Every clause of tests/fixtures/rewordings/power18.toml (written before any reading changed) stands as 第二条 of a
three-article county draft: a problem clause must get an error or warning of its own category on that article, a
look-alike none (an ``arguable`` case is an expected failure). Then rows of dev-set clauses the earlier rounds missed,
each beside a lawful look-alike of the same surface, and the guards the real documents asked for."""

import tomllib
from pathlib import Path

import pytest

from review.rules import load_packs
from tests.new_clauses import findings_on_article as shared_findings_on_article

FIXTURE = Path(__file__).parent / "fixtures" / "rewordings" / "power18.toml"
CASES = tomllib.loads(FIXTURE.read_text(encoding="utf-8"))["case"]
RULES = load_packs()


def findings_on_article(corpus, text: str, header: str = "") -> list:
    return shared_findings_on_article(corpus, RULES, text, header, title="青石县水利和港航管理若干规定（送审稿）",
                                      purpose="为了规范本县有关管理工作，结合本县实际，制定本规定。", name="power18.txt")


def categories(found) -> set[str]:
    return {c for f in found for c in (f.detail.get("categories") or [f.category])}


def test_fixture_has_problems_and_look_alikes():
    for category in ("power", "proof"):
        positives = [c for c in CASES if c["category"] == category and c["polarity"] == "positive"]
        negatives = [c for c in CASES if c["category"] == category and c["polarity"] == "negative"]
        assert len(positives) >= 15 and len(negatives) >= 12, category
    assert sum(c["polarity"] == "positive" for c in CASES) >= 30
    assert sum(c["polarity"] == "negative" for c in CASES) >= 25
    assert any(c.get("header") for c in CASES if c["polarity"] == "positive")
    assert any(c.get("header") for c in CASES if c["polarity"] == "negative")


def _param(index, case):
    marks = [pytest.mark.xfail(strict=True, reason=case["arguable"])] if case.get("arguable") else []
    return pytest.param(index, case, marks=marks, id=f"power18-{index}")


@pytest.mark.parametrize("index, case", [_param(i, c) for i, c in enumerate(CASES)])
def test_power18_clause(corpus, index, case):
    found = findings_on_article(corpus, case["text"], case.get("header", ""))
    if case["polarity"] == "positive":
        assert case["category"] in categories(found), (case["text"], [(f.rule, f.category) for f in found])
    else:
        assert not found, (case["text"], [(f.rule, f.category) for f in found])


# (category, problem clause of a dev set the earlier rounds missed, a lawful look-alike of the same surface)
DEV_ROWS = [
    # an organisation's entry on the applicant's own form is the proof (heldout_round16)
    ("proof", "学员申领职业技能培训补贴的，须由户籍所在地村（居）民委员会在申请表上签注失业状况意见并加盖公章。",
     "学员申领职业技能培训补贴的，失业状况由县人力资源和社会保障局通过就业失业登记信息核查，不要求申请人提供证明。"),
    # a negative fact a public body holds (heldout_round16, heldout_round10)
    ("proof", "投标人参加本市工程建设项目投标的，应当在投标文件中附注册地检察机关出具的无行贿犯罪档案查询结果告知函。",
     "投标人的信用状况由招标人通过“信用中国”网站查询，不得要求投标人另行提供证明。"),
    ("proof", "企业申请注销登记前，须取得所在地生态环境分局出具的无环境违法行为证明。",
     "企业申请注销登记前，应当依法清算，并向登记机关提交清算报告。"),
    # a record's truth its own issuer holds (heldout_round12)
    ("proof", "经营者申请食品经营许可变更的，应当提交原发证机关出具的许可证真实性证明。",
     "申请人应当对其提交的申请材料的真实性负责。"),
    # neighbours named by where they stand (heldout_round16)
    ("proof", "申请新建、翻建住房的，还应当提交相邻四邻签字按手印同意建房的书面材料，缺少任一户签字的不予受理。",
     "乡镇人民政府受理建房申请后，应当组织实地踏勘，并将申请情况在村务公开栏公示。"),
    # arbitration made to wait for mediation, suit barred (heldout_round16)
    ("power", "土地经营权流转发生纠纷的，当事人应当向乡农村土地承包经营纠纷调解委员会申请调解，调解不成的方可申请仲裁，不得直接向人民法院起诉。",
     "土地经营权流转发生纠纷的，当事人可以协商、申请调解，也可以向农村土地承包仲裁委员会申请仲裁或者直接向人民法院起诉。"),
    # a thing taken in use not returned or paid for (heldout_round16)
    ("power", "防汛抢险期间镇防汛指挥部作出的调用决定，当事人应当无条件服从，事后不予归还或者补偿。",
     "防汛抢险期间调用的物资、设备和交通运输工具，汛期结束后应当及时归还；造成损坏或者无法归还的，按照有关规定给予适当补偿。"),
    # relatives' accounts reached by an inspection (heldout_round16)
    ("power", "县人力资源和社会保障局在查处欠薪案件中，可以直接查询涉案企业负责人及其近亲属名下的银行账户、房产和车辆信息，有关单位应当予以配合。",
     "县人力资源和社会保障局在查处欠薪案件中，可以依照《劳动保障监察条例》第十五条的规定询问有关人员、查阅用人单位的工资支付记录。"),
]


@pytest.mark.parametrize("category, problem, look_alike", DEV_ROWS, ids=[f"dev-{i}" for i in range(len(DEV_ROWS))])
def test_dev_rows(corpus, category, problem, look_alike):
    found = findings_on_article(corpus, problem)
    assert category in categories(found), (problem, [(f.rule, f.category) for f in found])
    found = findings_on_article(corpus, look_alike)
    assert category not in categories(found), (look_alike, [(f.rule, f.category) for f in found])


# lawful clauses of the same surface, which must stay free of power and proof findings
GUARDS = [
    # the residence permit's own 签注 (居住证暂行条例 第十条; the real documents D057, D065, D086, D104)
    "居住证持有人在居住地连续居住的，应当在居住每满一年之日前一个月内，到居住地公安派出所或者受理机构办理签注手续。",
    "居住证签注是居住证持有人在居住地连续居住年限的证明。",
    # labour disputes go to arbitration before suit by law (劳动争议调解仲裁法 第五条、第五十条)
    "发生劳动争议的，当事人应当先向劳动人事争议仲裁委员会申请仲裁；对仲裁裁决不服的，方可向人民法院提起诉讼。",
    # an arbitration agreement closes the court by law (仲裁法 第五条)
    "当事人订有仲裁协议，一方向人民法院起诉的，人民法院不予受理，但仲裁协议无效的除外。",
    # the same facts again (信访工作条例 第三十六条)
    "信访人对复核意见不服，仍然以同一事实和理由提出投诉请求的，各级机关一律不予受理。",
    # seized goods: the body's own duty to keep them (行政强制法 第二十六条)
    "对查封、扣押的场所、设施或者财物，行政机关应当妥善保管，不得使用或者损毁；造成损失的，应当承担赔偿责任。",
    # a committee's 审核 entry is the body's procedure, not a proof (社会救助暂行办法 第十一条)
    "乡镇人民政府应当自受理申请之日起十日内完成调查核实，并在申请表上签署审核意见。",
    # the inspection at the body's cost
    "县市场监督管理局实施监督抽查，所需检验费用列入本部门预算，不得向被抽查企业收取。",
    # an analogy to the law, not to the document's own penalties
    "本办法未作规定的其他违法行为，由有关部门依照有关法律、法规的规定处理。",
    # a technical centre's service, not a sanction
    "县气象服务中心负责气象灾害预警信息的发布和传播，并为农业生产提供气象服务。",
]


@pytest.mark.parametrize("text", GUARDS, ids=[f"guard-{i}" for i in range(len(GUARDS))])
def test_guards(corpus, text):
    found = findings_on_article(corpus, text)
    assert not ({"power", "proof"} & categories(found)), (text, [(f.rule, f.category) for f in found])
