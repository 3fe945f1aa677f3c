"""Round 38 (up38, issue 8): a provision of a law or 行政法规 restated in other words and changed in one slot of its norm,
and lawful restatements or mere mentions (bench/README.md, "Round 38 — up38")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("up38.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_up38_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


# ---- a service the law makes free, charged to the party (review/compare/free_service.py)
from review.compare import compare  # noqa: E402

BLOOD_CHECK = ("血站对献血者必须免费进行必要的健康检查；身体状况不符合献血条件的，血站应当向其说明情况，不得采集血液。"
               "献血者的身体健康条件由国务院卫生行政部门规定。")   # 献血法 第九条
MEDIATION = "人民调解委员会调解民间纠纷，不收取任何费用。"   # 人民调解法 第四条
LIBRARY = ("公共图书馆应当按照平等、开放、共享的要求向社会公众提供服务。\n公共图书馆应当免费向社会公众提供下列服务：\n"
           "（一）文献信息查询、借阅；\n（二）阅览室、自习室等公共空间设施场地开放；\n（三）公益性讲座、阅读推广、培训、展览；\n"
           "（四）国家规定的其他免费服务项目。")   # 公共图书馆法 第三十三条
BLOOD_USE = ("公民临床用血时只交付用于血液的采集、储存、分离、检验等费用；具体收费标准由国务院卫生行政部门会同国务院价格主管部门制定。\n"
             "无偿献血者临床需要用血时，免交前款规定的费用；无偿献血者的配偶和直系亲属临床需要用血时，可以按照省、自治区、"
             "直辖市人民政府的规定免交或者减交前款规定的费用。")   # 献血法 第十四条


COMPULSORY = ("国家实行九年义务教育制度。\n义务教育是国家统一实施的所有适龄儿童、少年必须接受的教育，是国家必须予以保障的公益性事业。\n"
              "实施义务教育，不收学费、杂费。\n国家建立义务教育经费保障机制，保证义务教育制度实施。")   # 义务教育法 第二条
INFORMATION = ("行政机关依申请提供政府信息，不收取费用。但是，申请人申请公开政府信息的数量、频次明显超过合理范围的，行政机关可以"
               "收取信息处理费。\n行政机关收取信息处理费的具体办法由国务院价格主管部门会同国务院财政部门、全国政府信息公开工作主管部门"
               "制定。")   # 政府信息公开条例 第四十二条


def _charged(clause: str, upper: str) -> bool:
    return any(c.kind == "scope_changed" and c.sure and "改为由当事人负担费用" in c.message
               for c in compare(clause, upper).changes)


@pytest.mark.parametrize("clause, upper, charged", [
    ("血站对献血者进行必要的健康检查，检查费用由献血者本人承担。", BLOOD_CHECK, True),
    ("村（居）人民调解委员会调解邻里纠纷，可以向双方当事人各收取五十元调解服务费。", MEDIATION, True),
    ("县图书馆向读者提供文献借阅服务，每册每次收取借阅费一元。", LIBRARY, True),
    # guards: the charge refused; borne by the public purse or paid by a body to the provider; another act than the
    # free one (the provider's name shared only); the article charges for the act itself
    ("人民调解委员会调解民间纠纷，不得收取任何费用。", MEDIATION, False),
    ("血站应当免费为献血者进行必要的健康检查，检查费用由县财政承担。", BLOOD_CHECK, False),
    ("县卫生健康局应当向血站支付健康检查费。", BLOOD_CHECK, False),
    ("县图书馆提供复印服务的，可以收取工本费。", LIBRARY, False),
    ("公民临床用血时，应当交付血液采集、储存、分离、检验等费用。", BLOOD_USE, False),
    # a marker naming its fees (义务教育法 第二条: 不收学费、杂费): a fee it names charged; one refused; another fee
    ("本县义务教育阶段学校按每生每学期五十元收取杂费。", COMPULSORY, True),
    ("义务教育阶段学校不得向学生收取学费、杂费。", COMPULSORY, False),
    ("义务教育阶段学校组织学生课后服务的，可以按照省定标准收取课后服务费。", COMPULSORY, False),
    # the article charging in its own exception (政府信息公开条例 第四十二条: 可以收取信息处理费)
    ("行政机关依申请提供政府信息的，按每页一元收取复印费。", INFORMATION, False),
])
def test_free_service_charged(clause, upper, charged):
    assert _charged(clause, upper) is charged


# ---- 一律 before a prohibition the article already lays for every case (review/compare/regions.py)
@pytest.mark.parametrize("clause, changed", [
    ("各村（居）人民调解委员会调解民间纠纷，一律不收取任何费用。", False),
    ("人民调解委员会调解民间纠纷，一律收取调解费。", True),
])
def test_always_before_a_universal_ban(clause, changed):
    assert bool(compare(clause, MEDIATION).changes) is changed


# ---- the agent a subjectless limit names after it (review/compare/roles.agent_after)
from review.compare.roles import ORGAN, PARTY, agent_after  # noqa: E402

BIRTH = "婴儿出生后一个月以内，由户主、亲属、抚养人或者邻居向婴儿常住地户口登记机关申报出生登记。"   # 户口登记条例 第七条


@pytest.mark.parametrize("text, role", [
    (BIRTH, PARTY),
    ("自收到申请之日起二十日内，由县人民政府作出决定。", ORGAN),
    ("自收到申请之日起二十日内，由县人民政府或者申请人所在单位作出答复。", ORGAN),
    ("自收到申请之日起二十日内作出决定。", ""),
])
def test_agent_after(text, role):
    assert agent_after(text, text.index("内") + 1) == role


@pytest.mark.parametrize("clause, message", [
    ("婴儿出生后十五日以内，由户主或者亲属向婴儿常住地公安派出所申报出生登记。", "当事人的期限由“一个月以内”缩短为“十五日以内”"),
    ("婴儿出生后一个月以内，由户主、亲属、抚养人或者邻居向婴儿常住地公安派出所申报出生登记。", None),
])
def test_party_limit_named_by_agent(clause, message):
    found = [c.message for c in compare(clause, BIRTH).changes if c.kind == "time_limit"]
    assert (message in found[0]) if message else not found


# ---- an act the law requires on the day of a request, given days (review/compare/consequences.read_same_day)
TAX_REGISTRATION = ("企业，企业在外地设立的分支机构和从事生产、经营的场所，个体工商户和从事生产、经营的事业单位（以下统称从事生产、"
                    "经营的纳税人）自领取营业执照之日起三十日内，持有关证件，向税务机关申报办理税务登记。税务机关应当于收到申报的"
                    "当日办理登记并发给税务登记证件。")   # 税收征收管理法 第十五条第一款


@pytest.mark.parametrize("clause, delayed", [
    ("县税务局收到纳税人税务登记申报后，应当在十五个工作日内办理登记并发给税务登记证件。", True),
    # guards: the day kept; another act given days; hours
    ("县税务局应当于收到申报的当日办理登记，并在三个工作日内将登记信息推送有关部门。", False),
    ("县税务局应当在十个工作日内完成对税务登记信息的核查。", False),
    ("县税务局收到申报后，应当在2小时内办理登记并发给税务登记证件。", False),
])
def test_same_day_given_days(clause, delayed):
    changes = compare(clause, TAX_REGISTRATION).changes
    assert any(c.kind == "time_limit" and "放宽了上位法规定的时限" in c.message for c in changes) is delayed


MARRIAGE = ("婚姻登记机关应当核对结婚登记当事人出具的证件、书面材料，询问相关情况，并对当事人的身份以及婚姻状况信息进行联网核对，"
            "依法维护当事人的权益。对当事人符合结婚条件的，应当当场予以登记，发给结婚证；对当事人不符合结婚条件不予登记的，"
            "应当向当事人说明理由。")   # 婚姻登记条例 第十条
ON_THE_SPOT_FINE = "违法事实确凿并有法定依据，对公民处以二百元以下罚款的，可以当场作出行政处罚决定。"


@pytest.mark.parametrize("clause, upper, delayed", [
    ("婚姻登记机关自受理结婚登记申请之日起五个工作日内完成审查，符合条件的，予以登记并发给结婚证。", MARRIAGE, True),
    ("对当事人符合结婚条件的，婚姻登记机关应当当场予以登记，发给结婚证。", MARRIAGE, False),
    # guard: 当场 of a summary penalty is a procedure, not a promptness (no 登记/办理/发给 after it)
    ("执法人员对公民处以二百元以下罚款的，应当在五日内作出行政处罚决定。", ON_THE_SPOT_FINE, False),
])
def test_on_the_spot_given_days(clause, upper, delayed):
    changes = compare(clause, upper).changes
    assert any(c.kind == "time_limit" and "放宽了上位法规定的时限" in c.message for c in changes) is delayed


# ---- a qualifying period of practice (compare.qualifying_period: 实习/执业/从业/任职满)
LAWYER = ("申请律师执业，应当具备下列条件：\n（一）拥护中华人民共和国宪法；\n（二）通过国家统一法律职业资格考试取得法律职业资格；\n"
          "（三）在律师事务所实习满一年；\n（四）品行良好。")   # 律师法 第五条第一款


def test_practice_period_raised():
    changes = compare("申请律师执业的人员，还应当在律师事务所实习满二年。", LAWYER).changes
    assert any(c.kind == "time_limit" and "提高了上位法规定的条件" in c.message for c in changes)
