"""Round 28 (issue 8: proof, rights) — the two engine causes most writers of sets V, W, X, Y hit, read with open slots
(rp28):

* proof: an added paper — beside what already proves the matter (除提交……外，还应当提交; 在提交……的同时，还须; 应当同时
  提交), a paper a body makes (any body by its place before the making verb, a government office too; any making verb;
  any paper by its noun's ending) — review/norms/paper.py ``_added``; the 按规定 of the base is no basis for the added
  paper — review/norms/burden.py ``_BESIDE_GATE``;
* rights: work or trade gated on the register or on years of residence (须具有本市户籍; 由具有本县户籍的人员担任; 仅限
  本镇户籍居民承租经营; 须持本市居住证满两年) — review/norms/register.py.

Rows are real inputs: set-V/W/X/Y shapes the base missed, clauses of tests/fixtures/rewordings/rp28.toml (written
first, other sectors), and lawful look-alikes of the same surfaces.
"""

from __future__ import annotations

import pytest

from review.norms.burden import burdens
from review.norms.paper import papers
from review.norms.register import gated
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

ADDED = [
    # (sentence, the words the paper stands on)
    # a government office's sealed paper beside the licence (set V, be)
    ("广告主委托发布普通商品广告的，除提交营业执照复印件外，还应当提交所在地市场监督管理所盖章确认的主体资格证明。", "主体资格证明"),
    # a printed and stamped query slip (set X, bx): the making verb 打印, the noun by its ending …单
    ("办理二手车交易登记的，经营主体除出示营业执照外，还须提交市场监督管理部门打印并加盖查询窗口印章的企业登记信息查询单。", "查询单"),
    # a paper made abroad beside the firm's own licence (set W, bi)
    ("外商投资企业申请政策兑现的，除提交营业执照外，还应当提供外国投资者所在国公证机构出具并经我国驻外使领馆认证的主体资格证明。", "主体资格证明"),
    # 同时 (set V, be): the issuer by its place, a name ending in 者
    ("经营者申请电子计价秤强制检定的，应当同时提交市场开办者出具的计价秤归属确认书和购置发票原件。", "确认书"),
    # 同时, a government office's 情况说明 on a licence (set Y, bl)
    ("采矿权人向县应急管理局办理矿山安全设施竣工验收相关手续时，应当同时提交县自然资源局出具的采矿许可证有效情况说明。", "情况说明"),
    # a body's review fetched as a paper (set Y, bk): the 按规定 of the base is no basis for the added paper
    ("申领内部资料性出版物准印证的，除按规定提交申请材料外，还应当提交县档案馆出具的资料来源合法性审查意见。", "审查意见"),
    # … the rewordings: 在提交……的同时，还应当; a record slip; a review form 签注意见
    ("物流企业申报县级示范仓储项目的，在提交土地使用权证书复印件的同时，还应当提交乡镇人民政府出具并加盖公章的用地无纠纷确认函。", "确认函"),
    ("渔船船东申领燃油补贴时，应当同时提交渔港管理站开具的船舶在港停泊记录单。", "记录单"),
    ("个体工商户申请减免摊位租金的，除出示营业执照外，还应当提供市场服务中心签注意见的经营困难情况审查表。", "审查表"),
]

NOT_ADDED = [
    # (sentence) — why it is lawful or no added paper
    "申请建设工程规划许可证的，除提交申请表外，还应当提交使用土地的有关证明文件和建设工程设计方案。",   # no body makes it
    "申请人除提交申请书外，还应当提交身份证件复印件和营业执照复印件。",                                 # one's own papers
    "建设单位申请竣工验收备案的，除提交竣工验收报告外，还应当提交规划、消防等部门出具的认可文件或者准许使用文件。",  # the statute's
    "受理部门除审核申请人提交的营业执照外，还应当通过信息共享平台核验其纳税情况，不得要求申请人另行提交税务部门出具的证明。",  # barred
    "建设单位除提交申请书外，还应当提交有资质的检测机构出具的检测报告。",                               # an expert firm's test
    "外国投资者申请设立外商投资企业的，除提交申请书外，还应当提交经所在国公证机构公证并经我国驻该国使领馆认证的主体资格证明。",  # abroad, no certificate held
]

REGISTER = [
    # (sentence, the words the gate stands on)
    ("在本市指定区域经营的食品摊贩应当具有本市户籍；非本市户籍人员须持本市居住证满三年方可申请摊位。", "户籍"),   # set V, be
    ("外来务工人员在本港区从事装卸作业的，须持有本市居住证满两年，港口企业不得与不符合条件的人员签订劳动合同。", "满两年"),  # set Y, bk
    ("烟花爆竹批发企业的仓库保管员、守护员应当由具有本县户籍的人员担任，并由其户籍所在村（居）民委员会出具担保。", "户籍"),  # set Y, bl
    ("物业服务企业聘用小区保洁员、绿化工的，应当优先并主要招用本区户籍人员，非本区户籍人员不得超过员工总数的百分之二十。", "主要招用"),
    ("申请在夜市设摊经营的，申请人应当在本市连续居住满五年并持有本市居住证，方可参加摊位分配。", "满五年"),
    ("农贸市场的摊位仅限本镇户籍居民承租经营，外来人员承租的，市场开办者应当予以清退。", "仅限"),
]

NOT_REGISTER = [
    "用人单位招用人员，不得以户籍、地域为由拒绝录用或者提高录用标准。",                       # protective
    "村民委员会成员候选人应当具有本村户籍，并在本村居住。",                                    # 村民委员会组织法 第十三条
    "招聘社区公益性岗位人员，本县户籍人员和持有本县居住证的人员均可报名，同等条件下一视同仁。",  # open to all
    "网约车驾驶员应当具有本市户籍或者持有本市居住证。",                                        # the ride-hailing rule's city conditions
    "同等条件下，用人单位可以优先招用本地劳动者。",                                            # a preference, no bar
]


@pytest.mark.parametrize("sentence, words", ADDED)
def test_added(sentence, words):
    found = [b for b in burdens(sentence) if b.name == "paper"]
    assert found and words in found[0].text, (sentence, found)


@pytest.mark.parametrize("sentence", NOT_ADDED)
def test_not_added(sentence):
    assert not papers(sentence), sentence


@pytest.mark.parametrize("sentence, words", REGISTER)
def test_register(sentence, words):
    found = [b for b in burdens(sentence) if b.name == "origin"]
    assert found and words in found[0].text, (sentence, found)


@pytest.mark.parametrize("sentence", NOT_REGISTER)
def test_not_register(sentence):
    assert not gated(sentence), sentence


RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in fixture_cases("rp28.toml")])
def test_rp28_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)
