"""Round 27 (issue 8: license, fee, proof) — readings with open slots (gate27):

* license: a gate put before a statutory licence (应当先取得……核发的……证，再依法申请……许可) and a second gate added on top
  of one (除……许可外，还须/另须经……〈any check〉合格) — review/norms/paper.py ``_obtained`` (先……，再), ``_on_top``;
* fee: a share of the party's income (…收益/收入/利润的百分之N) paid or transferred to a body's account, and a contract
  price as the base of a rate (按照合同价款的百分之五缴纳……保证金) — review/norms/charge.py;
* proof: a body's paper that states a negative fact of the person (未受……处罚, 无……用房), and a bare ，由……签署意见 after
  a paper a materials list names — review/norms/paper.py.

Rows are real inputs: clauses of tests/fixtures/rewordings/gate27.toml (written first, other sectors), set-U shapes the
base missed, and lawful look-alikes of the same surfaces.
"""

from __future__ import annotations

import pytest

from review.norms.burden import burdens
from review.norms.charge import charges
from review.norms.paper import gates, papers
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

GATED = [
    # (sentence, the words the gate stands on)
    # a paper obtained first, the statutory step after it (先取得……，再依法……): the 依法 is the next step's
    ("学校食堂对外委托经营的，受托企业应当先取得县教育局核发的校园餐饮经营准入证，再依法申请食品经营许可。", "准入证"),
    ("外地建筑企业进入本县承揽工程的，应当先取得县住房和城乡建设局出具的入县备案函，再参加工程投标。", "入县备案函"),
    # a second gate on top of a statutory licence: any body, any check (评审, 测评), with or without 方可
    ("代理记账机构承接本县预算单位会计代理业务的，除应当依法取得代理记账许可外，还须经县财政局组织的年度业务能力评审合格。", "评审"),
    ("运输企业承接县内中小学生研学旅行运输业务的，除持有道路旅客运输经营许可证外，还须经县交通运输局年度安全评审合格。", "评审"),
    ("民宿经营者除应当依法取得营业执照和特种行业许可证外，另须经县文化和旅游局组织的星级服务能力测评合格后方可接待游客。", "测评"),
]

NOT_GATED = [
    # (sentence) — why it is lawful or no gate
    "从事食品经营的，应当依法取得食品经营许可证后，方可从事经营活动。",                  # the statute's own licence
    "申请人除应当依法取得建设工程规划许可证外，不再要求提供其他审查意见。",              # protective: nothing added
    "县住房和城乡建设局应当在收到申请之日起五个工作日内出具审查意见，并告知申请人。",      # the government's own duty
    "施工单位除应当依法取得施工许可证外，还须经消防救援机构消防验收合格。",              # a test the law sets (消防)
    "申请人除应当依法取得建设工程规划许可证外，还应当提交所在社区出具的无邻里纠纷证明。",  # a paper added: proof, no gate
]


def test_excepted_licence_is_no_precondition():
    # review/norms/analyse.py: the licence a 除……外，还…… phrase excepts is the law's; the quote is what is added
    from review.norms.analyse import preconditions_of
    from review.norms.lexicon import default_lexicon

    s = GATED[2][0]
    assert not [p for p in preconditions_of(default_lexicon(), s, 0) if "代理记账许可" in p.text]

CHARGED = [
    # (sentence, the words the charge stands on)
    # a share of income into a body's account (划入, 转入)
    ("合同能源管理项目节能收益的百分之五，由项目实施单位按季度划入县机关事务管理局指定账户，统筹用于公共机构能耗监测工作。", "节能收益的百分之五"),
    ("光伏发电项目并网后，项目单位应当将年度发电收益的百分之三转入乡镇财政所账户，用于村级公益事业。", "转入"),
    # a contract price as a rate's base is no civil agreement
    ("外地施工企业承接机关办公用房维修工程的，办理进场登记时应当按照合同价款的百分之五缴纳进场保证金。", "进场保证金"),
    ("园林绿化施工单位办理开工登记时，应当按照合同价款的百分之三缴纳养护保证金。", "养护保证金"),
]

NOT_CHARGED = [
    "县属国有企业应当按照年度税后利润的百分之三十上缴国有资本收益，纳入国有资本经营预算管理。",   # the state as owner
    "村集体经营性收益的百分之十转入村公益金，用于村内道路维护，具体比例由村民代表会议决定。",      # no private payer
    "甲方应当按照合同约定的价款支付工程进度款。",                                              # a civil price
    "投标人应当按照招标文件的要求提交投标保证金，投标保证金不得超过招标项目估算价的百分之二。",      # statutory deposit
]

PAPERS = [
    # (sentence, list header, the words the paper stands on)
    # a body's 书面意见 that the person had no penalty: a certificate of a negative fact
    ("社会组织申请承接政府购买服务项目的，应当提交登记管理机关出具的近三年未受行政处罚的书面意见。", "", "未受行政处罚"),
    # a village's sign-off after a list item's paper (，由……签署意见)
    ("（三）本人及配偶在本县无自有经营用房的书面材料，由所在村（居）民委员会签署意见。",
     "个人承租行政事业单位闲置商业用房的，应当提交下列材料：", "签署意见"),
]

NO_PAPER = [
    "申请人无犯罪记录情况由县公安局通过部门间信息共享核查，不得要求申请人自行开具无犯罪记录证明。",   # barred
    "申请人已通过政务服务平台授权核验身份信息的，不再要求提供身份证复印件。",                      # lifted
    # a ，由……签署意见 with no materials list: the body's own procedure
    "乡镇人民政府收到申请后，由所在村民委员会签署意见。",
]


@pytest.mark.parametrize("sentence, words", GATED)
def test_gated(sentence, words):
    found = [b for b in burdens(sentence) if b.name == "gated"]
    assert found and words in found[0].text, (sentence, found)


@pytest.mark.parametrize("sentence", NOT_GATED)
def test_not_gated(sentence):
    assert not [b for b in burdens(sentence) if b.name == "gated"], sentence


@pytest.mark.parametrize("sentence, words", CHARGED)
def test_charged(sentence, words):
    found = charges(sentence)
    assert found and words in found[0].text, (sentence, found)


@pytest.mark.parametrize("sentence", NOT_CHARGED)
def test_not_charged(sentence):
    assert not charges(sentence), sentence


@pytest.mark.parametrize("sentence, header, words", PAPERS)
def test_paper(sentence, header, words):
    found = papers(sentence, header)
    assert found and words in found[0].text, (sentence, found)


@pytest.mark.parametrize("sentence", NO_PAPER)
def test_no_paper(sentence):
    assert not [b for b in burdens(sentence) if b.name in ("paper", "on_file")], sentence


RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in fixture_cases("gate27.toml")])
def test_gate27_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
