"""Round 35 (prec35, issues 8 and 9): lawful look-alikes of the power, penalty and licence rules — a township's, a
street office's or a 指挥部's power a law grants that very body (review/granted.py), a fine the law lays for the
clause's case kept within its range (review/law_fines.py, review.engine.fine_restated), 非强制检定, a public body
filing with a 档案馆 — and the problems beside them (bench/README.md, "Round 35 — prec35")."""

import pytest

from review.granted import acts_in, bodies_in, grants, same_case
from review.law_fines import case_of, laid_by, own_sanctions, same_bodies
from review.norms.approver import internal_approval
from review.norms.lexicon import default_lexicon
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("prec35.toml")
RULES = load_packs()

# 城乡规划法 第六十五条, 土地管理法 第六十二条第四款, 河道管理条例 第三十六条 (texts as in the corpus)
RURAL_PLANNING = ("在乡、村庄规划区内未依法取得乡村建设规划许可证或者未按照乡村建设规划许可证的规定进行建设的，由乡、镇人民政府"
                  "责令停止建设、限期改正；逾期不改正的，可以拆除。")
HOMESTEAD = "农村村民住宅用地，由乡（镇）人民政府审核批准；其中，涉及占用农用地的，依照本法第四十四条的规定办理审批手续。"
RIVER = ("对河道管理范围内的阻水障碍物，按照“谁设障，谁清除”的原则，由河道主管机关提出清障计划和实施方案，由防汛指挥部责令设障者"
         "在规定的期限内清除。逾期不清除的，由防汛指挥部组织强行清除，并由设障者负担全部清障费用。")
# 人民防空法 第四十九条 (the lead-in and its 第七项)
AIR_DEFENCE = ("有下列行为之一的，由县级以上人民政府人民防空主管部门对当事人给予警告，并责令限期改正违法行为，可以对个人并处五千元以下的"
               "罚款、对单位并处一万元至五万元的罚款；造成损失的，应当依法赔偿损失：\n（七）向人民防空工程内排入废水、废气或者倾倒废弃物的。")


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_prec35_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("quote, article, granted", [
    # the township's approval of a homestead, as the law grants it
    ("由乡（镇）人民政府行使审批权", HOMESTEAD, True),
    # the township's order and removal of a building without the rural planning permit
    ("镇人民政府可以作出限期拆除的决定", RURAL_PLANNING, True),
    # 查处 is enforcement: granted where the law gives the body an order or a removal
    ("各乡镇对本辖区内未取得乡村建设规划许可证的建设行为进行查处", RURAL_PLANNING, True),
    # a 指挥部 ordering an obstacle cleared and clearing it
    ("由县防汛指挥部责令设障者限期清除；逾期不清除的，由防汛指挥部组织强行清除", RIVER, True),
    # guard: a fine the law does not give the township
    ("镇人民政府可以作出限期拆除的决定，并处五千元罚款", RURAL_PLANNING, False),
    # guard: another kind of body than the law names
    ("由村民委员会行使审批权", HOMESTEAD, False),
    # guard: no body of the table's kinds (a bureau holds its own powers; the power rules read it otherwise)
    ("由县自然资源局审核批准", HOMESTEAD, False),
    # guard: no act of power named
    ("乡镇人民政府负责宣传", HOMESTEAD, False),
])
def test_grants(quote, article, granted):
    assert grants(quote, article) is granted


def test_bodies_and_acts_are_read_by_kind():
    assert bodies_in("乡（镇）人民政府") == {"township"} and bodies_in("村（居）委会") == {"villagers", "residents"}
    assert acts_in("可以作出限期拆除的决定，并处五千元罚款") == {"removal", "fine"}


@pytest.mark.parametrize("sentence, article, same", [
    # the case the law states, nearly all of it
    ("在集镇规划区内的街道、广场、市场修建临时建筑物的，须经镇人民政府批准",
     "未经乡级人民政府批准，任何单位和个人不得擅自在村庄、集镇规划区内的街道、广场、市场和车站等场所修建临时建筑物、构筑物和其他设施。", True),
    # guard: the same place, another act (摆摊设点 is no 修建临时建筑物)
    ("在集镇规划区内的街道、广场、市场摆摊设点的，须经镇人民政府批准",
     "未经乡级人民政府批准，任何单位和个人不得擅自在村庄、集镇规划区内的街道、广场、市场和车站等场所修建临时建筑物、构筑物和其他设施。", False),
    # a sentence opening with no case: the search alone decides
    ("农村村民住宅用地，由乡（镇）人民政府行使审批权", HOMESTEAD, True),
])
def test_same_case(sentence, article, same):
    assert same_case(sentence, article) is same


@pytest.mark.parametrize("text, case", [
    # a tier's conditions left out of the case
    ("森林防火期内未经批准擅自在森林防火区野外用火，个人初次违法且未造成损失的，并处200元以上500元以下罚款",
     "森林防火期内未经批准擅自在森林防火区野外用火"),
    # a list header's case, its 经责令……逾期不改正 kept (the law's own condition)
    ("擅自改装户内燃气设施，经责令限期改正逾期不改正的，按照下列基准处罚：", "擅自改装户内燃气设施，经责令限期改正逾期不改正"),
    # no case: nothing to look up
    ("处300元以下罚款。", ""),
    # a tier's count opening the conduct goes, the conduct stays; a condition after 且 goes
    ("首次使用超过检定周期的计量器具且立即停止使用的，可以不予罚款", "使用超过检定周期的计量器具"),
    ("违法野外用火系初次发生且未造成林木损毁的，对个人处以罚款", "违法野外用火"),
])
def test_case_of(text, case):
    assert case_of(text) == case


@pytest.mark.parametrize("sentence, laid", [
    # graded within the law's range for persons, with the law's own warning and order
    ("向人民防空工程内倾倒废弃物，个人初次违法且及时清理的，给予警告，责令限期改正，并处一千元以下罚款", True),
    # guard: above the range the law gives persons
    ("向人民防空工程内倾倒废弃物，个人初次违法的，处八千元罚款", False),
    # guard: a sanction of the clause's own beside the fine
    ("向人民防空工程内倾倒废弃物，个人初次违法的，处一千元以下罚款，并纳入失信名单，三年内不得申请人防工程使用权", False),
    # guard: a fine on top of the law's treatment
    ("向人民防空工程内倾倒废弃物的，除依法处理外，对个人处一千元罚款", False),
])
def test_laid_by(sentence, laid):
    assert laid_by(sentence, case_of(sentence), AIR_DEFENCE) is laid


@pytest.mark.parametrize("lead_in, article, laid", [
    # a lead-in grading a fine the article lays over its items: its items' sums are read on the items
    ("向人民防空工程内倾倒废弃物的，按照下列标准处以罚款：", AIR_DEFENCE, True),
    # guard: an article stating the case that lays no fine (a prohibition alone)
    ("向人民防空工程内倾倒废弃物的，按照下列标准处以罚款：", "任何组织和个人不得向人民防空工程内排入废水、废气或者倾倒废弃物。", False),
])
def test_laid_by_a_grading_lead_in(lead_in, article, laid):
    assert laid_by(lead_in, case_of(lead_in), article, lead_in=True) is laid


def test_laid_by_leaves_a_party_the_article_excepts():
    article = ("经济普查对象(个体经营户除外)有下列行为之一的，由县级以上人民政府统计机构责令改正，给予警告，可以予以通报；"
               "企业事业单位或者其他组织有下列行为之一的，可以处5万元以下的罚款：\n（一）拒绝或者妨碍接受经济普查机构、经济普查人员依法进行的调查的；")
    sentence = "个体经营户拒绝、妨碍经济普查调查的，由县统计局责令改正，给予警告，可以并处1万元以下罚款"
    assert not laid_by(sentence, case_of(sentence), article)


@pytest.mark.parametrize("text, same", [
    # a county department fining: the table's kinds of body are not concerned
    ("有下列行为之一的，由县水利局处500元以上2000元以下罚款：", True),
    # guard: a township fining what the article lets a department fine
    ("有下列行为之一的，由乡镇人民政府处500元以上2000元以下罚款：", False),
])
def test_same_bodies(text, same):
    assert same_bodies(text, AIR_DEFENCE) is same


def test_own_sanctions_are_those_the_article_does_not_name():
    assert own_sanctions("处一千元以下罚款，并纳入失信名单", AIR_DEFENCE) == ["失信名单"]
    assert own_sanctions("给予警告，并处一千元以下罚款", AIR_DEFENCE) == []


@pytest.mark.parametrize("sentence, internal", [
    # a public body's own archive destroyed with the 档案馆's consent: inside the administration
    ("县直机关档案室保管期满的档案拟予销毁的，应当经县档案馆审核同意后方可销毁。", True),
    # guard: a private firm's archive under the 档案馆's consent stays a licence question
    ("民营企业保管的档案拟予销毁的，应当经县档案馆审核同意后方可销毁。", False),
])
def test_archive_approver(sentence, internal):
    at = sentence.index("经县档案馆")
    assert internal_approval(sentence, at, at + len("经县档案馆审核同意")) is internal


@pytest.mark.parametrize("sentence, internal", [
    # a public institution's filing with its department (a 和 inside the department's name joins it)
    ("事业单位公开招聘工作人员，招聘方案须报县人力资源和社会保障局备案后方可发布招聘公告。", True),
    # a township's public institution named by what it is
    ("各乡镇综合文化站举办大型公益演出的，演出方案应当报县文化和旅游局备案后方可实施。", True),
    # guard: a private employer's filing gated the same way
    ("民办培训机构招聘教师，招聘方案须报县人力资源和社会保障局备案后方可发布招聘公告。", False),
    # guard: a township's private business by its name (加油站)
    ("镇加油站调整营业时间的，应当报县商务局备案后方可实施。", False),
    # guard: a township's public institution as the approver of a private person's act, not its subject
    ("未取得乡镇卫生院同意意见的，县卫生健康局不予受理。", False),
    # guard: 企事业单位 names firms too (the 和 joined inside 区文化和旅游局 must not make their approval internal)
    ("机关、企事业单位在公共场所举办群众性文化活动的，主办单位须报县文化和旅游局审核同意后，方可对外发布活动信息。", False),
])
def test_public_filing(sentence, internal):
    at = sentence.index("报县") if "报县" in sentence else 0
    assert internal_approval(sentence, at, len(sentence)) is internal


@pytest.mark.parametrize("text, extended", [
    ("将国家强制检定目录以外的商用计量器具纳入本县强制检定范围", True),
    # 非强制检定 is the law's default outside the list (计量法 第九条第二款), no control extended
    ("将强制检定目录以外的其他工作计量器具纳入非强制检定管理", False),
])
def test_list_extended_not_for_non_mandatory(text, extended):
    assert default_lexicon().has("competence.list_extended", text) is extended
