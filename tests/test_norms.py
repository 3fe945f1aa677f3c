"""The norm layer: concept lexicons (every example runs), the analyser (one row per behaviour, real wording), and
the load errors a lexicon or a pack's norm condition gives."""

from __future__ import annotations

import textwrap

import pytest

from review.match import match_text
from review.norms.analyse import analyse, forbidden
from review.norms.relief import relieved
from review.norms.lexicon import LexiconError, build_lexicon, default_lexicon
from review.rules import RulePackError, load_packs

LEX = default_lexicon()

EXAMPLES = [pytest.param(c.name, e, True, id=f"{c.name}+{i}") for c in LEX.concepts.values()
            for i, e in enumerate(c.examples_positive)]
EXAMPLES += [pytest.param(c.name, e, False, id=f"{c.name}-{i}") for c in LEX.concepts.values()
             for i, e in enumerate(c.examples_negative)]


@pytest.mark.parametrize("concept,example,expected", EXAMPLES)
def test_concept_example(concept, example, expected):
    assert LEX.has(concept, example) is expected


def _one(text, header=""):
    norms = analyse(text, LEX, header)
    return norms[0]


# (clause, what the first norm must show) — one row per behaviour
PRECONDITIONS = [
    # an approval word, then 后方可, with a word between
    ("在城区开办婚介服务机构，须经区民政局审核批准，领取登记证后方可营业。", "only_then"),
    # an approval duty that ends the sentence without 方可
    ("城区内设立婚姻介绍服务机构的，应当报区民政局审批。", "duty"),
    # a negation written without 得, before the approval
    ("本区各大卖场搞抽奖让利营销，没有批复的一律不许举行。", "unless"),
    # 实行……审批
    ("县商务局对回收经营实行前置审批。", "system"),
    # 否则
    ("商场举办有奖销售活动，必须事先取得区商务局同意，否则不准举办。", "otherwise"),
    # a registration the activity must come first: 先 after the duty, or ……前，before it
    ("家政公司须先到县商务局报备。", "duty"),
    ("市外施工单位进入本市承接工程前，应当到市住建局办理信息登记。", "duty"),
    # entry in a catalogue first
    ("新型墙材进入本市市场前，厂家应当先被收入市住建局开列的推介目录。", "duty"),
    # a gate's failure answered by the body that keeps it (不受理, 不接受)
    ("未登记的，县城市管理局不受理其设置申请。", "unless"),
    # a permit known by its form (X卡), titled
    ("须参加岗前考核，取得《家政服务从业资格卡》后方可上岗。", "only_then"),
]


@pytest.mark.parametrize("text", [
    "项目竣工后，建设单位应当将竣工验收报告报送住房城乡建设部门备案。",   # a report once done, not a gate
    "未列入医保目录的药品，不予报销。",                                  # a list of what is covered
    "企业可以自愿在平台登记产品信息。",
])
def test_no_precondition(text):
    assert not any(n.preconditions for n in analyse(text, LEX))


# (header, item, what the item's norm takes from the header)
HEADERS = [
    # the header's modal
    ("在本市开展业务的快递公司应当履行下列义务：", "（一）成为市快递行业协会会员，接受协会管理；", "modal", "duty"),
    # the precondition the header sets
    ("下列事项实行县城市管理局审批管理：", "（二）临街商户在门店外墙安装空调外机的；", "precondition", "system"),
    # a concept the header names and does not forbid
    ("商户申请在路边临时摆摊的，应当交纳以下款项：", "（二）占道管理押金贰仟元；", "mention", "fee.pay"),
]


@pytest.mark.parametrize("header,item,part,value", HEADERS)
def test_item_takes_its_headers_force(header, item, part, value):
    n = analyse(item, LEX, header, ("fee.pay", "fee.item"))[0]
    got = {"modal": {n.modal}, "precondition": {p.form for p in n.preconditions},
           "mention": {m.concept for m in n.mentions}}[part]
    assert value in got


@pytest.mark.parametrize("header,item", [
    ("县住房和城乡建设局不得向施工单位收取下列费用：", "（一）施工围挡押金；"),            # the header forbids it
    ("依照《营业性演出管理条例》第十三条规定，下列活动实行审批管理：", "（二）组织商业演出的；"),   # cites its basis
])
def test_item_under_a_forbidding_or_grounded_header(header, item):
    n = analyse(item, LEX, header, ("fee.pay",))[0]
    assert "fee.pay" not in {m.concept for m in n.mentions}
    assert not n.preconditions or n.basis.provided


# (header, item, the sanction or precondition form the item's first norm takes from its header) — round 11, shapes
HEADER_SHAPES = [
    # a duty in the header, the licence paper in the item: read as 应当取得……准营证
    ("在本县从事民宿经营的，应当具备下列条件：", "（四）取得县文化和旅游局核发的民宿经营资格证；", "precondition", "duty"),
    ("开办校外托管机构，须符合以下要求：", "（二）持有街道办事处颁发的托管服务许可证。", "precondition", "duty"),
]


@pytest.mark.parametrize("header,item,part,value", HEADER_SHAPES)
def test_item_takes_its_headers_duty_or_consequence(header, item, part, value):
    n = analyse(item, LEX, header)[0]
    got = {"precondition": {p.form for p in n.preconditions}, "sanction": {s.concept for s in n.sanctions}}[part]
    assert value in got


@pytest.mark.parametrize("header,item", [
    ("居住证持有人在居住地享受下列基本公共服务：", "（一）义务教育；"),                   # a header that grants
    ("符合下列条件之一的，可以申请公共租赁住房：", "（二）在本县稳定就业满一年的外来务工人员；"),  # ways in, no consequence
    ("有下列情形之一的，不得取消其低保资格：", "（一）家庭成员患重大疾病的；"),            # a consequence it forbids
    ("申请人应当提交下列材料：", "（三）营业执照复印件；"),                              # the business licence
])
def test_item_under_a_header_that_lends_no_consequence_or_gate(header, item):
    n = analyse(item, LEX, header)[0]
    assert not n.sanctions and not n.preconditions


# (sentence, the sanction concept read from a measure written in another shape, its bearer) — round 11
SHAPED = [
    # the object first, the verb after it (……资格一并终止 reads as 取消其……资格), after a violation or an offence
    ("享受临时救助的家庭成员有赌博、吸毒行为的，其全家救助资格一并终止。", "sanction.disqualification", "relative"),
    ("经营户违反市场管理规定的，该经营户的摊位使用证由市场服务中心收回。", "sanction.withdrawal", "offender"),
    ("拒不配合人口普查登记的住户，其子女的入学学位暂缓安排。", "sanction.refusal", "relative"),
    # the instrument as the subject: the supplier stops "the supply"
    ("对逾期不腾退的被征收人，供水、供电企业应当配合县征收办暂停对其房屋的供应。", "sanction.utility_cut", "offender"),
    # a long object phrase: the verb bears on the phrase's head
    ("对无理缠访的人员，取消其本人及其共同生活的家庭成员在本年度申请享受的各类社会救助和临时生活补助资格。",
     "sanction.disqualification", "relative"),
    # one verb over coordinated objects
    ("对拖欠物业费的业主，社区暂停为其出具居住证明、办理各类服务事项。", "sanction.refusal", "offender"),
]


@pytest.mark.parametrize("text,concept,bearer", SHAPED)
def test_measure_in_another_shape(text, concept, bearer):
    found = [(s.concept, s.bearer) for n in analyse(text, LEX) for s in n.sanctions]
    assert (concept, bearer) in found


@pytest.mark.parametrize("text", [
    "居住证持有人户籍迁入本市的，其居住证自动失效。",               # an entitlement's end as a fact: no violation before it
    "持证人死亡或者丧失行为能力的，其从业资格证由发证机关注销。",   # (行政许可法 第七十条)
    "其资格被取消的，应当在三十日内交回原证件。",                    # a measure undergone, named as the condition
    "供电企业不得以催缴物业费为由暂停对居民的供应。",                # forbidden (the sanction is read, the rules see it forbidden)
])
def test_no_shaped_sanction_laid(text):
    norms = analyse(text, LEX)
    shaped = [s for n in norms for s in n.sanctions if s.concept in ("sanction.withdrawal", "sanction.disqualification",
                                                                     "sanction.utility_cut")]
    assert not shaped or all(forbidden(LEX, n.text, s.start - n.start, s.end - n.start) for n in norms for s in shaped)


# (clause, the agent of its last norm) — the approval's giver opening a clause of time is not who waits for it
GIVERS = [
    ("在城区设置户外广告，应当向区城市管理局提出申请。区城市管理局同意后，方可设置。", "role.public"),  # 承前
    ("区民政局审核同意后，养老机构方可承接居家养老服务项目。", "role.business"),
    ("县教育局制定年度招生计划。市教育局批准后，方可实施。", "role.government"),     # a body's own plan
    ("县人民政府批准后，方可实施。", "role.government"),                            # no other: the giver stays
]


@pytest.mark.parametrize("text,role", GIVERS)
def test_the_giver_of_an_approval_is_not_who_waits(text, role):
    assert analyse(text, LEX)[-1].agent.role == role


def test_the_keeper_of_a_gate_does_not_bear_it():
    # the body that acts on a failed annual check keeps the gate; the check burdens the businesses
    n = _one("学生托管场所实行年度检查制度，检查未通过的，市教育局责令停止招生。")
    assert n.agent.role == "role.government" and n.keeper and not n.bears({"role.government"})
    # …but a body's own plan approved by another is administration, however the next sentence goes on
    norms = analyse("各乡镇人民政府的年度债务计划须经县人民政府批准；未经批准的，县财政局不予拨付资金。", LEX)
    assert all(n.bears({"role.government"}) for n in norms)


@pytest.mark.parametrize("text,form", PRECONDITIONS)
def test_precondition_forms(text, form):
    assert form in {p.form for n in analyse(text, LEX) for p in n.preconditions}


def test_private_consent_is_no_approval():
    # the giver of the 同意 is a private party: consent, not a licence
    assert not _one("社区工作人员可以入户走访，但应当事先征得住户同意。").preconditions


def test_internal_approval_is_internal():
    assert "internal" in _one("公务用车须经分管领导批准后方可派车。").context


@pytest.mark.parametrize("text", [
    "对电信网络诈骗涉案人员，其子女不得在城区学校就读。",              # the relative before the sanction
    "传销组织者受到法律追究的，暂不安排其配偶到政府开发的公益岗位就业。",   # the relative as its object
    # someone who did not comply (不服从、拒不签署) is read like an offender: his family bears the measure
    "对不服从村庄规划调整的村民，村民委员会可以暂缓办理其家庭成员的城乡居民医疗保险参保登记。",
    "家长拒不签署的，学校可以暂缓为其子女办理学籍注册手续。",
    "家中有人参与非法集资且未退赔的，全户暂停享受种粮补贴。",          # the whole household
])
def test_sanction_falls_on_relatives(text):
    assert any(s.bearer == "relative" for s in _one(text).sanctions)


def test_sanction_falls_on_the_other_members_of_a_joint_guarantee():
    norm = _one("沿街商户实行五户联保，一户发生违规经营的，联保各户均不得参加年度文明商户评选。")
    assert [s.bearer for s in norm.sanctions] == ["others"]
    # the violator's own disqualification, no joint guarantee
    assert [s.bearer for s in _one("商户违规经营的，不得参加年度文明商户评选。").sanctions] == ["offender"]


def test_not_complying_is_no_appeal():
    # 不服从 is no 不服 (a decision appealed): the sentence lays a measure, it describes no review
    assert "description" not in _one("对不服从村庄整治安排的农户，暂停其享受补贴。").context
    assert "description" in _one("当事人对处罚决定不服的，可以申请行政复议。").context


@pytest.mark.parametrize("text, sanctions", [
    # a sanction the person has undergone is a fact of their record the document reads (D014, D015)
    ("镇区公安分局负责对流动人员近3年有否被行政拘留情况进行核查。", set()),
    ("近3年内曾受过行政拘留处罚的，每次扣10分。", set()),
    # … not where the document imposes it
    ("违反本办法规定的，由公安机关处五日以下拘留。", {"sanction.detention"}),
    # 被 of another word before the sanction (被征收房屋) reads no record
    ("甲方有权在乙方逾期未搬迁时，要求供水、供电单位对被征收房屋停水停电。", {"sanction.utility_cut"}),
    # a place is no detention (D125: 看守所、治安拘留所等用地)
    ("特殊用地，包括监狱、看守所、治安拘留所等用地。", set()),
])
def test_sanctions_set_not_read(text, sanctions):
    assert {s.concept for n in analyse(text, LEX) for s in n.sanctions} == sanctions


@pytest.mark.parametrize("text, bearer", [
    # a subordinate government body named at the end of the condition bears it: administration, not a sanction on
    # the public (a condition reads it only where it names this bearer)
    ("年度考核不合格的乡镇，暂停其下一年度省级资金项目申报资格一年。", "government"),
    ("对工作不力的部门，由县人民政府取消其当年评先资格。", "government"),
    # … not an enterprise, nor a body that only acts
    ("对违规的企业，由县城管部门取消其当年评先资格。", "offender"),
])
def test_sanction_on_a_subordinate_body(text, bearer):
    assert {s.bearer for s in _one(text).sanctions} == {bearer}


def test_violation_before_a_semicolon_governs_the_next_part():
    text = "违反本办法第二十五条的，由主管部门责令限期改正；对房地产经纪机构，取消网上签约资格，处以3万元罚款。"
    part = analyse(text, LEX)[-1]
    assert part.sanctions and all(s.on_violation for s in part.sanctions)
    # … not to a part with a condition of its own
    text = "伪造申请资料的，不予纳入积分制管理；已取得入户资格的，取消其资格，所得积分清零。"
    assert not any(s.on_violation for s in analyse(text, LEX)[-1].sanctions)
    # … not across a full stop
    text = "违反本办法第二十五条的，由主管部门责令限期改正。对房地产经纪机构，取消网上签约资格。"
    assert not any(s.on_violation for s in analyse(text, LEX)[-1].sanctions)


def test_description_context_is_not_the_trigger():
    # complaints made against the actor, and a refusal to obey, are what a sanction follows, not a description of
    # a complaint channel or an appeal (对……不服的)
    assert "description" not in _one("出租汽车驾驶员一年内被有效投诉三次以上的，暂停其营运资格三个月。").context
    assert "description" not in _one("对拒不服从现场管理的人员，由联防队员带离。").context
    assert "description" in _one("对违法建设行为，任何单位和个人都有权投诉、举报。").context
    assert "description" in _one("当事人对罚款决定不服的，可以申请行政复议。").context


def test_agent_is_the_you_phrase_and_the_subject_after_a_condition():
    assert _one("乙方不能按期偿还该贷款的，由甲方承担连带清偿责任。").agent.role == "role.party_a"
    assert _one("项目公司未能按时归还上述借款的，县人民政府负责连带偿付。").agent.role == "role.government"


@pytest.mark.parametrize("text", [
    "乡镇计生办负责出具婚育情况证明。",          # an abbreviation ending in 办 (not caught by the 局/委员会 pattern)
    "市城乡建委会同市财政局制定实施办法。",      # … in 委
    "由县工商所负责个体工商户的日常监管。",      # a 所 of a 局
])
def test_old_bodies_are_government_actors(text):
    assert _one(text).agent.role == "role.government"


def test_basis_in_the_sentence():
    assert _one("依照《中华人民共和国食品安全法》第三十五条规定，应当依法取得食品经营许可。").basis.kind == "cited"
    assert _one("区城管局对乱设摊点的经营者处二百元罚款。").basis.kind == "none"
    # 未按规定 names the violation, not a basis
    assert _one("小作坊未按规定公示信息的，责令其立即停止生产销售。").basis.kind == "none"


@pytest.mark.parametrize("text,word,expected", [
    ("任何单位不准对居民生活采取停止供水、供电等方式迫使当事人履行决定。", "停止供水", True),   # prohibition before
    ("施工单位垫资建设的方式，在本项目中不得采用。", "垫资", True),                        # prohibition closing
    ("违规向法人摊派或者收取财物。", "摊派", True),                                     # named unlawful
    ("逾期不搬迁的，由征收部门停止供水。", "停止供水", False),                            # a condition, then the measure
    # a negation inside a title negates nothing outside it
    ("由各村组织农户逐户签订《不种植毒品原植物保证书》。", "保证书", False),
    # 无/非 naming a state inside the measure's noun phrase, not a negated act
    ("提交户籍所在地村民委员会出具的无房情况确认单。", "确认单", False),
    ("非本县户籍人员申领居住证，应当在本县连续缴纳社会保险满两年。", "居住证", False),
    ("对无证办学机构进行清查、取缔。", "取缔", True),          # … but with an act between, 无 still reads as negating
    # the negated act is the condition of a sanction: what it negates is required (未取得……证明的，不予兑现)
    ("对未取得县生态环境局出具的无环境违法行为证明的企业，不予兑现技改奖励。", "证明", False),
    ("甲方不回购乙方股权。", "回购", True),
    ("各企业年度捐赠额不得低于上年度纳税额的千分之二。", "纳税额的千分之二", False),        # a floor demanded
    ("可以不经事先通知进入住户的居室进行检查。", "进入住户的居室", False),                  # without notice
])
def test_forbidden(text, word, expected):
    a = text.index(word)
    assert forbidden(LEX, text, a, a + len(word)) is expected


def test_list_of_kinds_is_a_description():
    assert "description" in _one("（三）没收违法所得、没收非法财物；").context
    # a bare enumeration of kinds (a line of a catalogue), no verb
    assert "description" in _one("非法财物、吊销许可证、查封、扣押、冻结财物、劳动教养、收容教育").context
    assert "description" not in _one("对违法建筑予以查封、扣押、拆除、没收。").context


# -- relief: a sentence that lifts a burden instead of laying one (review/norms/relief.py) --------------------
RELIEF = [
    # protective: a prohibition of a burden laid on someone else
    ("用人单位不得扣押劳动者的居民身份证。", "protective"),
    ("任何单位不得以申请人拖欠物业费为由，拒绝为其办理居住登记。", "protective"),     # the pretext, a comma, then the burden
    ("有关部门不得因其信访行为影响其享受社会保障待遇。", "protective"),
    # … not a prohibition of the addressee's own activity, nor one that makes the public submit
    ("涉毒人员的子女不得报考公务员。", None),
    ("村民不得拒绝网格员入户检查。", None),
    # negated: the restriction said not to apply
    ("孩子上学不因父母涉案而受限制。", "negated"),
    ("被执行人近亲属的低保资格不受影响。", "negated"),
    ("入户、入学与生育情况一律不挂钩。", "negated"),
    ("其子女可以不受学区限制，自主选择学校。", None),                               # a leave granted: a privilege
    ("对重复投诉不受理。", None),                                                   # 不受理 is a refusal
    # exempt: a demand lifted
    ("申请人无须再由村委会开具待业证明。", "exempt"),
    ("办理登记不再要求提供婚育证明。", "exempt"),
    ("对其不再办理户口迁移。", None),                                                 # 不再办理 withholds a service
    ("当事人不配合检查的，执法人员可以扣留其身份证件。", None),                       # 不 in a condition
]


@pytest.mark.parametrize("text,form", RELIEF)
def test_relief_forms(text, form):
    assert [r.form for r in _one(text).relief][:1] == ([form] if form else [])


@pytest.mark.parametrize("text,trigger,expected", [
    ("孩子上学不因父母涉案而受限制。", "父母涉案而受限制", True),
    ("备案信息仅用于统计，不作为经营的前置条件。", "备案", True),          # the subject of a phrase that has none of its own
    ("其子女不得入学，配偶的资格不受影响。", "子女不得入学", False),       # the restriction stands in another phrase
    ("村（居）民委员会不得出具超出其职责范围的证明。", "出具", False),     # 出具 is no burden on another by itself
])
def test_relieved_trigger(text, trigger, expected):
    a = text.index(trigger)
    assert (relieved(LEX, text, a, a + len(trigger)) is not None) is expected


# a measure undergone or named as a thing is no sanction the sentence lays
@pytest.mark.parametrize("text,sanctions", [
    ("对拒不改正的，由公安机关处五日以下拘留。", 1),
    ("镇区公安分局负责审核流动人员近3年有否被行政拘留的情况。", 0),    # whether someone has been detained
    ("近3年内曾受过行政拘留处罚的，扣减10分。", 0),
    ("行政处罚决定书应当载明罚款的数额。", 0),                        # the amount of a fine laid elsewhere, named
    ("县交通运输局在法定幅度内确定罚款数额时，应当考虑违法情节。", 0),
    ("催告书应当载明加处罚款的起算日期和标准。", 0),
    ("违反本规定的，罚款的数额为五百元。", 1),                          # … but an amount fixed is a fine laid
    ("经责令后立即改正的，不予罚款。", 0),                              # a fine waived
    ("登记簿记载查封机关、查封文件及文号、查封时间。", 0),
    ("用人单位因被吊销营业执照、责令关闭等原因未垫付津贴的，职工可以直接申领。", 0),   # 因被 over a list
    ("监督执行行政拘留、罚款、查封等行政处罚和行政强制措施是否合法。", 0),             # kinds closed by their class
    ("对违反本规定的，由城管部门处以罚款、没收违法所得等处罚。", 2),                 # … but laid by 处以
    ("执法人员对查封的场所、设施或者财物应当妥善保管。", 0),         # what has undergone it, named by the measure
    ("执法人员可以查封的场所限于与违法行为有关的场所。", 1),         # … but 可以 lays it
    ("停业整顿期间，经营者应当按照整改通知书的要求完成整改。", 0),   # the time during it
])
def test_named_or_undergone_measure(text, sanctions):
    n = analyse(text, LEX, wanted=("coercion",))[0]
    assert len(n.sanctions) + len(n.found("coercion")) == sanctions


RULES = {r.id: r for r in load_packs()}


@pytest.mark.parametrize("rule,text,fires", [
    # a rule that reports a burden does not fire where the sentence lifts it …
    ("C-RIGHTS-01", "孩子上学不因父母涉案而受限制。", False),
    ("C-RIGHTS-01", "在逃人员的近亲属不得享受最低生活保障。", True),
    ("C-RIGHTS-ID", "单位招工，不准扣留工人的身份证件。", False),
    ("C-RIGHTS-ID", "施工企业应当统一保管务工人员的身份证件。", True),
    ("C-RIGHTS-PETITION", "不得因其信访行为影响其享受各项社会保障待遇。", False),
    ("C-RIGHTS-PETITION", "越级上访的，暂停其享受各项补贴。", True),
    # a condition on a prohibition is not met by a protective one (the prohibition is the relief, not the measure)
    ("C-RIGHTS-MOVE", "用人单位招用外来务工人员，不得收存其居民身份证作为押金。", False),
    ("C-RIGHTS-MOVE", "禁止外地人员在城区主要街道从事打零工等谋生活动。", True),
    ("FP-PROOF", "申请人签一份承诺书即可，不需要另开婚育情况证件。", False),
    ("FP-PROOF", "办理新生儿户口登记，还须另行提交村委会开具的婚育状况证明。", True),
    # … but a rule that reports a privilege fires on the lifted restriction that is the privilege
    ("C-RIGHTS-SCHOOL", "年纳税额超过500万元企业的法定代表人，其子女可以不受学区限制，在城区自主选择公办学校就读。", True),
    # the administration's own duty to issue a proof asks no one for it
    ("C-PROOF-01", "当事人需要的婚育情况说明，由户籍地乡镇人民政府当场免费出具。", False),
    ("C-PROOF-01", "须由村（居）民委员会出具需要长期照护的证明。", True),
    # the procedure of the body that decides a penalty set elsewhere, not a penalty set
    ("C-PENALTY-01", "执法机关作出没收决定的，应当当场制作没收物品清单。", False),
    ("C-PENALTY-01", "对擅自占道经营的，由县城市管理局作出罚款二百元的决定。", True),
    # a penalty someone has undergone is a fact about them
    ("C-PENALTY-01", "用人单位因被吊销营业执照等原因未垫付生育津贴的，职工可以直接申领。", False),
    ("C-PENALTY-01", "对拒不改正的，吊销其营业执照。", True),
])
def test_rules_on_lifted_burdens(rule, text, fires):
    assert bool(match_text(RULES[rule], text)) is fires


# -- load errors ------------------------------------------------------------------------------------------
def test_lexicon_example_that_fails_is_refused(tmp_path):
    f = tmp_path / "bad.toml"
    f.write_text(textwrap.dedent('''
        [lexicon]
        name = "bad"
        [[concept]]
        name = "x.test"
        members = ["批准"]
        examples.positive = ["没有这个词"]
    '''), encoding="utf-8")
    with pytest.raises(LexiconError, match="x.test"):
        build_lexicon([f])


def test_office_extends_a_concept(tmp_path):
    f = tmp_path / "county.toml"
    f.write_text(textwrap.dedent('''
        [lexicon]
        name = "county"
        [[concept]]
        name = "local"
        extends = true
        members = ["梧溪县"]
        examples.positive = ["优先采购梧溪县企业生产的产品"]
    '''), encoding="utf-8")
    rules = load_packs([tmp_path])
    lp = next(r for r in rules if r.id == "FC-LOCAL-PREF")
    from review.match import match_text
    assert match_text(lp, "各单位同等条件下优先采购梧溪县企业生产的产品。")


def test_pack_naming_an_unknown_concept_is_refused(tmp_path):
    f = tmp_path / "p.toml"
    f.write_text(textwrap.dedent('''
        [pack]
        name = "t"
        version = "1"
        [[rule]]
        id = "X-NORM-01"
        category = "license"
        title = "测试"
        severity = "error"
        topics = ["content"]
        norm = {precondition = "no.such.concept"}
        basis = [{law = "中华人民共和国行政许可法", article = 17}]
        opinion = "测试"
        examples.positive = ["甲", "乙"]
        examples.negative = ["丙", "丁"]
    '''), encoding="utf-8")
    with pytest.raises(RulePackError, match="X-NORM-01.*no.such.concept"):
        load_packs([f])


# -- who undertakes: the nearest actor before the trigger that is not an object (any word order) -----------------
from review.norms.conditions import actor_before, parse_condition, where_met  # noqa: E402

GOV_SIDE = frozenset({"role.party_a", "role.government", "contract.gov_platform"})
ACTORS = [
    # the 由-agent after the debt: the government repays the company's loan
    ("项目公司向县农商银行申请的贷款到期未能清偿的，由县人民政府安排财政资金代其归还。", "代其归还", True),
    # a purpose phrase names 乙方 first; the one who issues the letter is 管委会 (贷款银行 is the addressee)
    ("为支持乙方融资，管委会同意向贷款银行出具《还款保障承诺书》。", "还款保障承诺书", True),
    # 乙方 after 和 is a co-object: 甲方 undertakes
    ("借款到期乙方还不上的，甲方和乙方一起负责偿还。", "一起负责偿还", True),
    # the platform company (县城投 | 城投公司 on one span) pledges its land for 乙方 (为乙方: an object)
    ("县城投公司以其名下的国有土地使用权为乙方的银团贷款设定抵押。", "设定抵押", True),
    # 乙方 itself applies for a guarantee from a guarantee institution: not the government side
    ("乙方可以向依法设立的政府性融资担保机构申请贷款担保。", "贷款担保", False),
    # 按社会资本方的出资额: a measure, not the one who buys; the buyer is the platform company
    ("县城投公司按社会资本方的原始出资额受让其所持项目公司全部股权。", "受让", True),
]


@pytest.mark.parametrize("text,trigger,gov", ACTORS)
def test_actor_before_the_trigger(text, trigger, gov):
    norms = analyse(text, LEX, "", ("contract.gov_platform",))
    at = text.index(trigger)
    norm = next(n for n in norms if n.start <= at < n.end)
    assert bool(actor_before(norm, at, LEX, GOV_SIDE) & GOV_SIDE) is gov


def test_actor_condition_reads_who_undertakes():
    cond = parse_condition({"actor": sorted(GOV_SIDE), "all": ["guarantee", "debt"], "window": 60}, LEX)
    met = lambda t: where_met(cond, analyse(t, LEX, "", cond.concepts), LEX, t)  # noqa: E731
    assert met("乙方向金融机构融资时，甲方负责出具还款支持函件。")
    assert not met("乙方应当为甲方的融资提供担保。")            # 乙方 undertakes
    assert not met("甲方不为乙方的贷款提供任何形式的担保。")      # the undertaking is forbidden


def test_header_any_needs_the_concept_in_the_list_header():
    cond = parse_condition({"header_any": ["participation"], "all": ["local", "local.tie"], "window": 16,
                            "contexts": ["description"]}, LEX)
    item = "（一）在本区行政辖区内登记注册；"
    assert where_met(cond, analyse(item, LEX, "报名企业应当具备下列条件：", cond.concepts), LEX, item)
    assert not where_met(cond, analyse(item, LEX, "本办法所称本区企业，是指：", cond.concepts), LEX, item)


def test_all_takes_alternatives_and_header_all_needs_every_group():
    # all = [[a, b], c]: one of the first group and the second; header_all the same over the list header
    cond = parse_condition({"all": [["public_service.school", "public_service.residence"], "condition.status"],
                            "window": 60, "modal": ["duty"]}, LEX)
    assert cond.all == (("public_service.school", "public_service.residence"), ("condition.status",))
    met = lambda t, h="": where_met(cond, analyse(t, LEX, h, cond.concepts), LEX, t)  # noqa: E731
    assert met("申领居住证，应当在本县连续缴纳社会保险满两年。")
    assert met("随迁子女入读公办学校，其父母须在本县连续缴纳社会保险满三年。")
    assert not met("申请落户，应当在本县连续缴纳社会保险满两年。")       # 落户: neither alternative
    gate = parse_condition({"any": ["condition.unrelated"], "forbidden": True,
                            "header_all": [["public_service", "employment"], "header.gate"]}, LEX)
    item = "（四）在本县无固定职业且无本县户籍亲属提供担保的；"
    found = lambda h: where_met(gate, analyse(item, LEX, h, gate.concepts), LEX, item)  # noqa: E731
    assert found("有下列情形之一的，不予办理居住登记：")
    assert not found("有下列情形之一的，应当予以表彰：")            # no service refused
    assert not found("持居住证的流动人口，在居住地可以享受以下便利：")    # a service, but not refused


def test_header_none_leaves_out_items_under_a_header_of_alternatives():
    # 符合下列条件之一的，可以直接申领: each item is another way in (widening the 居住证暂行条例 第二条 route), not one
    # more condition; under a header that sets conditions the same item narrows it
    cond = parse_condition({"any": ["condition.education"], "forbidden": True, "header_all": ["permit.apply", "header.gate"],
                            "header_none": ["header.alternatives"]}, LEX)
    assert cond.header_none == ("header.alternatives",)
    item = "（三）具有全日制硕士研究生学历的人员；"
    found = lambda h: where_met(cond, analyse(item, LEX, h, cond.concepts), LEX, item)  # noqa: E731
    assert found("外来人员同时具备以下条件的，可以向居住地派出所申领居住证：")
    assert not found("已办理居住登记且符合下列条件之一的引进人才，可以直接申领居住证：")
    from review.norms.conditions import ConditionError

    with pytest.raises(ConditionError):
        parse_condition({"any": ["condition.education"], "header_none": ["no.such.concept"]}, LEX)


def test_a_header_lends_no_condition_of_its_own():
    # 必须签订《治安责任保证书》，承担以下责任： the pledge is the header's, not a condition of each item's service
    header = "雇用外地来京人员的单位，必须与所在地公安机关签订《治安责任保证书》，承担以下治安责任："
    norm = analyse("（二）督促外地来京人员及时申报暂住登记；", LEX, header, ("condition.pledge", "public_service"))[0]
    assert not norm.found("condition.pledge") and norm.found("public_service")


def test_near_pairs_concepts_close_together():
    cond = parse_condition({"all": ["outside", "extra_burden"], "near": [["outside", "market.side", 8]],
                            "window": 50}, LEX)
    met = lambda t: where_met(cond, analyse(t, LEX, "", cond.concepts), LEX, t)  # noqa: E731
    assert met("外地建材企业向本县工程供货的，还须提交质量检测报告。")     # an outside firm
    assert met("从外县市运入本县销售的建筑砂石，须另行进行质量检测。")      # outside goods brought in to sell
    assert not met("外省市人员办理本市小城镇户口的，还须提供进京批件。")      # an outside person: nothing traded


@pytest.mark.parametrize("raw", [
    {"all": ["outside"], "near": [["outside", "role.nobody", 8]]},      # an unknown concept
    {"all": ["outside"], "near": [["outside", "market.side"]]},          # no distance
    {"all": ["outside"], "near": [["outside", "market.side", -1]]},      # a negative distance
    {"all": ["outside"], "near": ["outside"]},                            # not a list of triples
])
def test_bad_near_is_refused(raw):
    from review.norms.conditions import ConditionError

    with pytest.raises(ConditionError, match="near"):
        parse_condition(raw, LEX)


def test_unknown_actor_concept_is_refused():
    from review.norms.conditions import ConditionError

    with pytest.raises(ConditionError, match="actor"):
        parse_condition({"actor": ["role.nobody"], "all": ["debt"]}, LEX)


# -- the issuing place is local ---------------------------------------------------------------------------------
def test_issuing_place_is_read_as_local():
    text = "县级预算单位采购日常消耗品，应当首先从梧桐县生产企业中选择。"
    wanted = ("local", "preference", "market_object")
    assert not [m for n in analyse(text, LEX, "", wanted) for m in n.found("local")]
    local = [m.text for n in analyse(text, LEX, "", wanted, ("梧桐县", "梧桐")) for m in n.found("local")]
    assert local == ["梧桐县"]            # once, the longest name


@pytest.mark.parametrize("region,names", [
    ("梧桐县", ("梧桐县", "梧桐")),
    ("深圳市福田区", ("深圳市福田区", "深圳市", "福田区", "深圳", "福田")),
    ("", ()),
])
def test_place_names(region, names):
    from review.locality import place_names

    assert place_names(region) == names


@pytest.mark.parametrize("rule,text,title,flagged", [
    # the document's own county: local preference
    ("FC-LOCAL-PREF", "县级预算单位采购办公用纸、桶装水等日常消耗品，应当首先从梧桐县生产企业中选择。", "梧桐县政府采购管理若干规定（送审稿）", True),
    # another county's name is not this document's 本地
    ("FC-LOCAL-PREF", "县级预算单位采购办公用纸、桶装水等日常消耗品，应当首先从梧桐县生产企业中选择。", "青禾县政府采购管理若干规定（送审稿）", False),
    # an award of the document's own county as a bid score
    ("FC-LOCAL-SCORE", "评标时，投标人近五年获得过梧桐县级优质工程奖的，每项加1分。", "梧桐县政府投资项目管理办法（送审稿）", True),
    ("FC-LOCAL-SCORE", "评标时，投标人近五年获得过梧桐县级优质工程奖的，每项加1分。", "青禾县政府投资项目管理办法（送审稿）", False),
])
def test_issuing_place_name_counts_as_local(rule, text, title, flagged):
    from review.clauses import split_clauses
    from review.match import apply_rules
    from review.metadata import apply_metadata
    from review.readers import build_document

    doc = apply_metadata(build_document("d.txt", [title, "", f"第一条　{text}"], "txt"))
    found = apply_rules([r for r in load_packs() if r.id == rule], split_clauses(doc), doc, "2026-12-01")
    assert bool(found) is flagged
