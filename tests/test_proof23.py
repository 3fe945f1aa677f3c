"""Round 23 (issue 8): the proof category as one norm reading (review/norms/paper.py) — a person must hand in a paper
a third body issues, certifies or signs, or one the government already holds, and no statute names that paper.

Rows are real inputs: the problem clauses of set J (heldout_round22) the round-22 readings missed, clauses of
tests/fixtures/rewordings/proof23.toml (sectors no set used), and lawful look-alikes of the same surface.
"""

from __future__ import annotations

import pytest

from review.match import match_text
from review.norms.burden import burdens
from review.norms.paper import papers
from review.rules import load_packs

PAPER = [
    # (sentence, header, the words the burden stands on)
    # set J misses: a third body's paper by any name
    ("承包农户流转土地经营权的，应当提交村集体经济组织出具的无债务纠纷书面意见，以及全体家庭成员同意流转的公证文书。", "",
     "村集体经济组织出具的无债务纠纷书面意见"),
    ("留学回国人员申领创业启动补贴，除提交国（境）外学历学位认证书外，还应当提供其父母所在单位出具的家庭成员情况材料。", "",
     "父母所在单位出具的家庭成员情况材料"),
    ("申报科技型中小企业研发费用补助的企业，应当提交所在园区管理机构出具的正常经营确认书。", "", "所在园区管理机构出具的正常经营确认书"),
    # a committee's 户籍证明 is no record of the register (户口登记条例: the police's)
    ("村民申请宅基地或者参与集体收益分配的，应当提交村民委员会出具的本村户籍证明，并由辖区派出所对该证明核实盖章。", "",
     "村民委员会出具的本村户籍证明"),
    ("残疾儿童申请到普通学校随班就读的，家长须提交二级以上医院出具的'能够适应普通学校学习生活'的证明。", "",
     "二级以上医院出具的'能够适应普通学校学习生活'的证明"),
    # a body's opinion on the person, no issuing verb
    ("承租国有经营性用房的个体工商户申请续租的，须提供所在社区对其经营期间邻里关系及有无投诉情况的书面意见。", "",
     "所在社区对其经营期间邻里关系及有无投诉情况的书面意见"),
    # papers a third party makes by their nature; the family as further bearers
    ("申请最低生活保障的，申请人应当提交其全部近亲属（含已分户居住的子女、兄弟姐妹）的收入证明和近一年银行流水。", "", "收入证明"),
    ("申请渔民转产转业补助的，申请人及其已成年子女均须提交近六个月的个人银行账户流水和收入证明。", "", "个人银行账户流水"),
    # an office-holder's sign-off on the person's paper, a list item under a materials header
    ("4. 户主及家庭成员无违法建设情况的书面说明（须经村民小组长签字背书）。", "附件3：农村改厕补助申请材料清单", "书面说明"),
    ("体育彩票销售员申请岗位补贴的，须由其居住地网格员在申请表上签字核实其在岗情况。", "", "须由其居住地网格员在申请表上签字"),
    ("（三）房屋所在地村民委员会出具的房屋无权属争议确认书；", "低压居民用户申请新装用电，应当提交下列材料：",
     "房屋所在地村民委员会出具的房屋无权属争议确认书"),
    # issuers by the ends of their names: an association, an owners' committee, a station, a cooperative
    ("外地渔船申请进入本县渔港停泊避风的，须出示船籍港所在地渔业协会出具的船舶安全状况担保函。", "", "船籍港所在地渔业协会出具的船舶安全状况担保函"),
    ("居民申请分布式光伏发电并网的，应当提交所在小区业主委员会盖章的同意安装证明材料。", "", "所在小区业主委员会盖章的同意安装证明材料"),
    ("个人申请文物建筑修缮补助的，须报送街道文化站签章的房屋使用情况核查单。", "", "街道文化站签章的房屋使用情况核查单"),
    ("利用者查阅已开放档案的，应当持所在单位人事部门开具的查档介绍信。", "", "所在单位人事部门开具的查档介绍信"),
    # the paper named first, the demand after
    ("村（居）民委员会出具的丧葬费用支出情况证明，由申请人在申领殡葬救助时一并报送。", "", "村（居）民委员会出具的丧葬费用支出情况证明"),
]

ON_FILE = [
    ("群众办理涉农补贴事项时，仍应当提交已汇聚至县政务数据共享平台的户口簿、婚姻登记和不动产登记纸质复印件，并逐页签字捺印。", ""),
    ("渔船燃油补贴申领时，渔业船舶所有权证书、捕捞许可证等已归集至省电子证照库的证照，申请人仍应当逐项提供纸质复印件。", ""),
    ("可以通过不动产登记信息平台查询的房屋权属情况，申请人还须到不动产登记中心打印加盖印章的查询记录后一并提交。", ""),
]

LAWFUL = [
    # (sentence, header) — why it is lawful
    ("死者家属办理遗体火化手续，应当持医疗机构出具的死亡医学证明或者公安机关出具的死亡证明。", ""),        # statutory record
    ("县气象局应当根据受灾农户的申请，免费为其出具气象灾害证明。", ""),                                   # the issuer's duty
    ("申请人的婚姻状况和户籍信息，由县民政局通过政务数据共享核验，不再要求申请人提交证明。", ""),           # lifted
    ("申请体育彩票代销的，对无违法犯罪记录情况实行告知承诺制，申请人作出书面承诺后不再提交相关证明。", ""),  # 告知承诺
    ("已在政务服务平台归集的营业执照、居民身份证等证照，申请人免于提交纸质复印件。", ""),                 # 免于提交
    ("申请电力接入的居民用户，应当提交本人居民身份证和房屋不动产权证书。", ""),                           # own papers
    ("村（居）民委员会对殡葬救助申请人的收入状况无法调查核实的，不得出具证明。", ""),                     # issuer barred
    ("供电企业不得要求居民用户提供社区、物业服务企业出具的房屋使用证明。", ""),                           # demand forbidden
    ("乡镇人民政府应当对殡葬救助申请材料进行审核，签署审核意见并加盖公章后报县民政局审批。", ""),         # own review
    ("当事人自愿申请办理继承公证的，公证机构应当依法出具公证书。", ""),                                   # voluntary
    ("申请人提供虚假证明材料骗取殡葬补贴的，由县民政局追回已发放的补贴资金。", ""),                       # a fraud
    ("不得以申请人未能提供村民委员会出具的证明为由，拒绝受理其生态安葬奖补申请。", ""),                   # protective
    ("能够通过全国一体化政务服务平台获取的电子证照，受理机关应当自行核验，不得要求申请人提交纸质材料或者复印件。", ""),
    ("申请人应当在申请表上签字，确认所填家庭人口和收入信息属实。", ""),                                   # own signature
    ("企业应当提交法定代表人签字并加盖本企业公章的申请书。", ""),                                         # the firm's own paper
    # set J's look-alike: the statute's list of what suffices (政府采购法实施条例 第三十三条)
    ("采购文件要求提交投标保证金的，数额不得超过采购项目预算金额的2%，供应商可以以支票、汇票、本票或者金融机构、担保机构出具的保函等非现金形式提交。", ""),
    # a basis cited (burden.burdens checks it before every reading)
    ("依照《中华人民共和国劳动合同法》第五十条的规定，用人单位应当出具解除劳动合同的证明。", ""),
    # family-planning papers stay family-planning (FP-PROOF)
    ("申请人应当提交户籍所在地村民委员会出具的计划生育情况证明。", ""),
    # a foreign document legalised, a notary chosen freely
    ("委托书须经我国驻外使领馆认证。", ""),
]


@pytest.mark.parametrize("sentence, header, words", PAPER)
def test_paper_demanded(sentence, header, words):
    found = papers(sentence, header)
    assert found and found[0].name == "paper", sentence
    assert words in sentence[found[0].start:found[0].end] or sentence[found[0].start:found[0].end] in words


@pytest.mark.parametrize("sentence, header", ON_FILE)
def test_paper_on_file_demanded(sentence, header):
    assert [b.name for b in papers(sentence, header)] == ["on_file"], sentence


@pytest.mark.parametrize("sentence, header", LAWFUL)
def test_lawful_lookalike(sentence, header):
    assert not [b for b in burdens(sentence, header) if b.name in ("paper", "on_file")], sentence


@pytest.fixture(scope="module")
def rules():
    return {r.id: r for r in load_packs()}


@pytest.mark.parametrize("sentence, header", [
    ("申报科技型中小企业研发费用补助的企业，应当提交所在园区管理机构出具的正常经营确认书。", ""),
    ("4. 户主及家庭成员无违法建设情况的书面说明（须经村民小组长签字背书）。", "附件3：农村改厕补助申请材料清单"),
    ("申请迁移祖坟补偿款的，须提交经公证的全体继承人一致同意由申请人领取补偿款的声明。", ""),
])
def test_c_proof_01_reads_the_norm(rules, sentence, header):
    assert match_text(rules["C-PROOF-01"], sentence, header)


def test_c_proof_shared_reads_the_held_shape(rules):
    s = ON_FILE[0][0]
    assert match_text(rules["C-PROOF-SHARED"], s)
    assert not match_text(rules["C-PROOF-SHARED"], LAWFUL[12][0])


def test_one_rule_per_paper(rules):
    # the norm reading is C-PROOF-01's own condition: one finding, not a parallel rule beside it
    ids = [r.id for r in rules.values() if any("paper" in c.effect for c in r.norm)]
    assert ids == ["C-PROOF-01"]


def test_categories_read_the_same_norm():
    # review/categories.py asks the same reading first: a finding of another category on such a sentence carries proof
    from review.categories import WANTED, _proof
    from review.norms.analyse import analyse
    from review.norms.lexicon import default_lexicon

    lex = default_lexicon()
    s = "承租国有经营性用房的个体工商户申请续租的，须提供所在社区对其经营期间邻里关系及有无投诉情况的书面意见。"
    assert any("书面意见" in _proof(n, n.text, lex) for n in analyse(s, lex, "", WANTED))
    lawful = "县气象局应当根据受灾农户的申请，免费为其出具气象灾害证明。"
    assert not any(_proof(n, n.text, lex) for n in analyse(lawful, lex, "", WANTED))
