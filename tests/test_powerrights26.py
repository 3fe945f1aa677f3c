"""Round 26 (powerrights26, issue 8): power and rights read with open slots, and C-RIGHTS-INTEREST's opinion naming
only the readings that fired.

* ``usurp`` — a party an organ hired or entrusted (……局委托的……机构, ……聘请的……管家, 受委托承办……的……机构: the ending
  of a non-organ's name) doing an enforcement act, any decision binding a third party, or acting in the organ's name
  (review/norms/hired.py); a coordinating organ settling a public matter in a meeting's words (研究决定, 审议确定,
  确定) — C-POWER-NONHOLDER;
* ``expand`` — a township's own station or office (乡镇……所/站) or the township doing what a statute gives a named
  county department (作出……认定/结论, 负责审批, 颁发……证书) — C-POWER-BEYOND;
* ``drop`` — a decision's public step dropped in the same sentence (不再进行……公示, 无需听证); any negation of the body's
  liability for the damage its own measure caused (不承担赔偿责任, 概不补偿), the measure's own 依法 no basis for it —
  C-POWER-02;
* rights — a header's refusal (不得聘用为……, 政审不合格) or a header's measure borne by the relatives of the one the
  item names (对其配偶、子女……暂缓办理); a freeze bounded by a survey (……调查前), or of a benefit's applications; a service
  given only to the local tie (仅接待持本县户籍的居民).

Every clause of tests/fixtures/rewordings/powerrights26.toml (written before the readings) stands as 第二条 of a county
draft; then the dev sets' misses the readings now read (Q, R; dev), each beside a lawful look-alike; then the guards."""

import tomllib
from pathlib import Path

import pytest

from review.match import finding_from_hit, match_text
from review.norms.burden import burdens
from review.norms.power import readings
from review.rules import load_packs
from tests.new_clauses import assert_judged, clause_param, findings_on_article as shared_findings_on_article
from tests.rule_rows import check_row, rule_rows

FIXTURE = Path(__file__).parent / "fixtures" / "rewordings" / "powerrights26.toml"
CASES = tomllib.loads(FIXTURE.read_text(encoding="utf-8"))["case"]
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param("powerrights26", i, c) for i, c in enumerate(CASES)])
def test_powerrights26_clause(corpus, stem, index, case):
    found = shared_findings_on_article(corpus, RULES, case["text"], case.get("header", ""), name="powerrights26.txt")
    assert_judged(found, case)


ROWS = [
    # the dev sets' misses now read (Q, R; dev), each beside a lawful look-alike
    ("C-POWER-NONHOLDER", "县生态环境分局聘请的环保管家服务机构，可以以分局名义开展现场执法检查，对发现的环境违法问题直接下达责令改正通知书。", True),
    ("C-POWER-NONHOLDER", "县生态环境分局可以聘请环保管家服务机构提供环境监测和技术咨询服务，执法检查和处理决定由县生态环境分局依法作出。", False),
    ("C-POWER-NONHOLDER", "受委托承办长期护理保险经办业务的商业保险机构，对违规护理机构可以直接作出罚款决定，罚款收入冲抵其经办服务费。", True),
    ("C-POWER-NONHOLDER", "集中供热价格的制定和调整，由县供热工作领导小组研究确定后公布执行。", True),
    ("C-POWER-NONHOLDER", "集中供热价格调整方案由县发展和改革局依法组织成本监审和听证后，报县人民政府批准后公布执行。", False),
    ("C-POWER-NONHOLDER", "闲置土地的认定和无偿收回，由县闲置土地清理处置工作领导小组研究决定，县自然资源局按照领导小组决定执行。", True),
    ("C-POWER-NONHOLDER", "县闲置土地清理处置工作领导小组研究确定年度工作要点和成员单位任务分工。", False),
    ("C-POWER-BEYOND", "为方便职工就近办理，辖区内职工工伤认定申请，由乡镇（街道）劳动保障所受理并作出是否认定为工伤的结论，报县人社局备案。", True),
    ("C-POWER-BEYOND", "在乡镇、村举办的营业性演出，由演出所在地乡镇人民政府负责审批，并报县文旅体局备案。", True),
    ("C-POWER-BEYOND", "农村村民建住宅，由乡镇人民政府依法审核批准。", False),
    ("C-POWER-02", "乡镇人民政府在秸秆禁烧工作中依法采取处置措施给当事人造成财产损失的，一律不予赔偿或者补偿。", True),
    ("C-POWER-02", "因当事人自身原因造成财产损失的，由当事人自行承担。", False),
    ("C-POWER-02", "安排工作退役士兵的岗位分配方案由县退役军人安置工作领导小组研究确定，不再进行量化赋分排序和结果公示。", True),
    ("C-POWER-02", "安置岗位分配结果应当在县退役军人事务局网站公示，涉及个人隐私的信息不予公开。", False),
    ("C-RIGHTS-FREEZE", "疑似污染地块所在片区完成土壤污染状况调查前，县不动产登记中心暂停办理该片区范围内所有房屋的转移登记和抵押登记。", True),
    ("C-RIGHTS-FREEZE", "医保基金专项整治期间，全县暂停受理门诊慢性病、特殊病待遇认定申请，整治结束后另行通知恢复受理。", True),
    ("C-RIGHTS-FREEZE", "县体育中心全民健身免费开放时段仅接待持本县户籍的居民，非本县户籍人员按照市场价格购票入场。", True),
    ("C-RIGHTS-FREEZE", "县体育中心全民健身免费开放时段向所有公众开放，不得以户籍限制入场。", False),
]


@rule_rows(ROWS)
def test_powerrights26_rows(rule_id, text, expected):
    check_row(rule_id, text, expected)


@pytest.mark.parametrize("sentence, kind, guard", [
    # (sentence, the reading, the guard expected: "" where it is laid)
    # a hired firm deciding; a consultancy writing penalty decisions; a property firm acting in the bureau's name
    ("县住建局委托的第三方安全巡查机构在巡查中发现严重隐患的，可以直接作出责令停工决定，并以其名义送达施工单位。", "usurp", ""),
    ("县交通运输局聘请的工程监理咨询单位负责对违规运输车辆开具处罚决定书，由交通运输局定期统一加盖印章。", "usurp", ""),
    ("县城市管理局委托的物业服务机构，可以以城市管理局名义对小区内违规搭建行为下达限期拆除通知书。", "usurp", ""),
    # a party whose name says it is hired (第三方……机构, 环保管家), deciding; … it finds, it does not offend
    ("第三方巡查机构发现违法行为的，可以直接作出罚款决定。", "usurp", ""),
    ("环保管家可以对企业下达整改通知书。", "usurp", ""),
    # … the organ decides after the hired party's work
    ("县市场监管局委托的第三方检测公司出具检测报告后，由县市场监管局依法作出处理决定。", "usurp", "holder"),
    # … a protective negation
    ("县城市管理局委托的物业服务机构不得以城市管理局名义下达限期拆除通知书。", "usurp", "protective"),
    # a coordinating organ settling; … the government approving after it
    ("公共租赁住房配租对象由县住房保障工作领导小组确定后直接发放入住通知，不再进行公示。", "usurp", ""),
    ("征收补偿方案由县征收工作领导小组研究确定后，报县人民政府批准。", "usurp", "holder"),
    # a township station's finding
    ("发生在乡村道路上的道路交通事故，由乡镇交通安全管理站进行调查并作出事故责任认定。", "expand", ""),
    # the public step dropped; … a secret kept
    ("城区义务教育学校招生片区划分方案由县教育工作领导小组审议确定，不再组织听证和社会公示。", "drop", ""),
    ("困难群众救助对象经乡镇人民政府审核确定后，涉及个人隐私的，不再进行公示。", "drop", "lawful_refusal"),
    # the liability shed
    ("街道办事处组织拆除违法广告牌过程中造成相邻商户设施损坏的，街道办事处不承担任何赔偿责任。", "drop", ""),
])
def test_reading_guards(sentence, kind, guard):
    found = [r for r in readings(sentence) if r[0] == kind]
    assert found, (sentence, readings(sentence))
    assert found[0][3] == guard, (sentence, found)


@pytest.mark.parametrize("sentence", [
    # no laid reading: the law's own delegation in the organ's name; support work bought; a coordinating body's own
    # work; the statute's township matter; the organ deciding, the township helping
    "受委托组织应当在委托范围内，以委托行政机关名义实施行政处罚，不得再委托其他组织或者个人实施行政处罚。",
    "县生态环境局可以通过政府购买服务方式聘请第三方机构提供环境监测和技术咨询服务，执法决定由县生态环境局依法作出。",
    "县农业农村局委托的县农业综合执法大队以县农业农村局名义实施行政处罚。",
    "县安全生产委员会研究确定年度安全生产工作要点，由各成员单位分工落实。",
    "项目建设中的重大问题由县重点项目建设指挥部研究决定。",
    "农村村民建住宅，由乡镇人民政府审批。",
    "工伤认定申请由县人力资源和社会保障局受理并作出决定，乡镇（街道）劳动保障所协助做好材料收集和调查核实工作。",
    "违法建筑在依法强制拆除过程中的建筑材料损失，不予补偿。",
    # the hired party hired by the organ here, or named as the offender
    "县生态环境局委托第三方机构开展监测，发现超标排放的，由县生态环境局依法作出处罚决定。",
    "受委托的第三方机构违规作出处罚决定的，由委托机关依法追究责任。",
    # a real document's penalty article: the intermediary is the offender the condition names (D139)
    "房地产中介服务机构代理销售不符合销售条件的商品房的，处以警告，责令停止销售，并可处以二万元以上三万元以下罚款。",
])
def test_nothing_laid(sentence):
    from review.norms.effect import laid

    assert not [r for r in readings(sentence) if not r[3]], (sentence, readings(sentence))
    assert not [e for e in laid(sentence) if e.kind in ("usurp", "expand", "drop")], (sentence, laid(sentence))


@pytest.mark.parametrize("sentence, header, name", [
    # (item, header, the burden read; "" for none)
    # the header's measure borne by the relatives of the one whose conduct the item names
    ("（一）组织、参与非法采砂或者为非法采砂提供船舶、场地的；", "有下列情形之一的，对其配偶、子女申请公益性岗位、最低生活保障和各类惠民补贴一律从严审查、暂缓办理：", "others"),
    # a relative's record under a header's refusal of a post or a clearance
    ("（三）父母、配偶或者子女因涉黑涉恶、电信网络诈骗犯罪被判处刑罚的。", "有下列情形之一的，考察（政审）不合格：", "others"),
    ("（四）本人或者其直系亲属有越级上访、缠访闹访记录的；", "有下列情形之一的，不得聘用为红色旅游景区讲解员：", "others"),
    # … the applicant's own record; the household's own application (the scheme's household terms)
    # (round 37, rights37: a whole class barred from a job by its record with no law that bars it is read as such —
    # review/norms/class_bar.py; the round-26 reading left it)
    ("（二）本人受过刑事处罚或者被开除公职的；", "有下列情形之一的，不得聘用为红色旅游景区讲解员：", "class_bar"),
    ("（二）有骗取保障性住房记录的；", "申请人及其配偶有下列情形之一的，不予受理其公共租赁住房申请：", ""),
    # a service only for the local tie
    ("城区公共自行车服务仅向本县户籍居民开放，外地游客不得办理借车卡。", "", "local_tie"),
])
def test_rights_burdens(sentence, header, name):
    names = [b.name for b in burdens(sentence, header)]
    assert (name in names) if name else not names, (sentence, names)


def _interest_finding(text: str):
    rule = next(r for r in RULES if r.id == "C-RIGHTS-INTEREST")
    hits = match_text(rule, text)
    assert hits, text
    return finding_from_hit(rule, hits[0], None, hits[1:])


def test_interest_opinion_names_the_reading_that_fired():
    # two clauses, each firing another reading of C-RIGHTS-INTEREST: each finding's opinion names its own only
    voice = _interest_finding("对征地补偿标准有异议的农户，只能通过村民小组统一反映，不得个人向县以上机关写信反映。")
    handed = _interest_finding("共享单车运维企业应当每月将运维人员的手机号码和家庭住址报送所在街道办事处。")
    assert "寻求救济的途径" in voice.problem and "宪法》第四十一条" in voice.problem
    assert "个人信息交给机关" not in voice.problem and "就业促进法" not in voice.problem
    assert "个人信息交给机关" in handed.problem and "个人信息保护法》第三十四条" in handed.problem
    assert "寻求救济的途径" not in handed.problem and "{readings}" not in handed.problem
    # both shapes in one clause: both named, once each
    both = _interest_finding("对征地补偿标准有异议的农户，只能通过村民小组统一反映，不得个人向县以上机关写信反映。"
                             "共享单车运维企业应当每月将运维人员的手机号码和家庭住址报送所在街道办事处。")
    assert "寻求救济的途径" in both.problem and "个人信息交给机关" in both.problem
