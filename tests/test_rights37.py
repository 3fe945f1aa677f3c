"""Round 37 (rights37, issue 8: rights): a class of people barred by a record, a status or an origin, and a duty laid on
a private party to collect, report or watch others, with their lawful look-alikes (bench/README.md, "Round 37 —
rights37")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("rights37.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_rights37_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


# ---- the statutory bars and duties cite articles in force that say what the table says (the corpus, not memory)
import re  # noqa: E402
import tomllib  # noqa: E402

from review.norms.class_bar import TABLE, barred_class, statutory_bar, statutory_duty, watch_duty  # noqa: E402
from statutes.citations.verify import _lookup  # noqa: E402

AS_OF = "2026-12-01"
_DATA = tomllib.loads(TABLE.read_text(encoding="utf-8"))
ENTRIES = [(kind, e) for kind in ("bar", "duty") for e in _DATA[kind]]


@pytest.mark.parametrize("kind, entry", ENTRIES, ids=[f"{k}-{e['law']}-{e['article']}" for k, e in ENTRIES])
def test_table_article_in_force_says_it(corpus, kind, entry):
    works = _lookup(entry["law"], corpus)
    assert works, f"《{entry['law']}》 is not in the corpus"
    version = works[0].version_as_of(AS_OF)
    assert version is not None and version.status == "现行有效", f"《{entry['law']}》 is not in force on {AS_OF}"
    units = corpus.article_units(version.version_id, entry["article"])
    text = re.sub(r"\s", "", "".join(u.text for u in units))
    assert re.search(entry["law_words"], text), f"《{entry['law']}》第{entry['article']}条 does not say {entry['law_words']}"


# ---- S3: a class barred (review/norms/class_bar.py barred_class)
@pytest.mark.parametrize("sentence, barred", [
    ("出租人不得将房屋出租给有吸毒、盗窃违法犯罪记录的人员；已经出租的，应当在发现后十日内解除租赁合同。", True),
    ("本县各用人单位招聘工作人员时，对曾接受精神障碍住院治疗的人员一律不予录用。", True),
    ("城区旅馆原则上不接待本县户籍居民住宿。", True),
    ("曾被决定强制隔离戒毒的人员，自解除之日起五年内不得在本县申请开办餐饮、美容美发等个体经营。", True),
    # guards: a protective negation; a firm, not a person; a scheme the law ties to 户籍
    ("用人单位不得以劳动者曾接受精神障碍治疗为由拒绝录用。", False),
    ("被列入严重失信主体名单的企业，不得参与本县政府投资项目招标。", False),
    ("非本县户籍人员不得申请本县最低生活保障。", False),
    # real documents (the sweep dump of round 37): a housing scheme's applicant, a household's registration by points,
    # school places run out — a scheme's own terms, not a class barred from the market
    ("（一）申请人年满十八周岁，且具有本市户籍，但投靠子女取得本市户籍的居民不能作为申请人。", False),
    ("有严重刑事犯罪记录，故意犯罪记录和过失犯罪情节严重记录的,不能申请积分入户。", False),
    ("剩余学位安排满额后，九龙坡区不再安排流动人口随迁子女入学。", False),
])
def test_barred_class(sentence, barred):
    assert bool(barred_class(sentence)) is barred


@pytest.mark.parametrize("kind, text, law", [
    ("class.drug", "因吸食毒品曾被强制戒毒的人员，不得在娱乐场所内从业。", "娱乐场所管理条例"),
    ("class.record", "曾因故意犯罪被刑事处罚的人员，不得担任保安员。", "保安服务管理条例"),
    ("class.health", "患有有碍食品安全疾病的人员，不得从事接触直接入口食品的工作。", "中华人民共和国食品安全法"),
])
def test_statutory_bar_for_that_class_and_trade(kind, text, law):
    assert statutory_bar(kind, text)[0] == law


def test_statutory_bar_not_for_another_class():
    # the entertainment bar is a record's; an origin is not barred from it by any law
    assert statutory_bar("class.origin", "外地户籍人员不得开办娱乐场所。") is None


# ---- S4: others watched (watch_duty)
@pytest.mark.parametrize("sentence, watched", [
    ("住房租赁企业应当在每套租赁住房入户门内侧安装联网视频监控设备，监控数据实时接入县住房租赁监管平台。", True),
    ("购买退热、止咳类药品的消费者，应当出示身份证件并配合药店登记姓名、住址和联系电话；拒不登记的，药店不得销售。", True),
    ("物业服务企业应当每日巡查住户家中的人员往来情况，发现陌生人员留宿的，应当报告辖区派出所。", True),
    # guards: the duty a law lays, within its scope; a report of a crime; the government's own duty; a site's camera
    ("旅馆接待旅客住宿，应当查验旅客的身份证件，并登记旅客姓名和身份证件号码。", False),
    ("房屋出租人应当登记承租人的姓名、身份证件种类和号码。", False),
    ("房屋出租人发现承租人利用出租房屋进行违法犯罪活动的，应当及时向公安机关报告。", False),
    ("县公安局应当登记承租人的姓名和联系电话。", False),
    ("建筑施工工地应当安装扬尘在线监测和视频监控设备，并接入县住房和城乡建设局监管平台。", False),
])
def test_watch_duty(sentence, watched):
    assert bool(watch_duty(sentence)) is watched


def test_statutory_duty_only_within_what_the_law_has_handled():
    assert statutory_duty("房屋出租人应当登记承租人的姓名、身份证件种类和号码。")[1] == 68
    # the landlord made to log his tenant's whereabouts: beyond 治安管理处罚法 第六十八条
    assert statutory_duty("房屋出租人应当登记承租人的姓名和每日出入时间。") is None


# ---- a bar or a duty a law lays, read in the corpus (review/laid_by_law.py)
from review.laid_by_law import laid  # noqa: E402

HOTEL = "旅馆接待旅客住宿必须登记。登记时，应当查验旅客的身份证件，按规定的项目如实登记。"   # 旅馆业治安管理办法 第六条
LANDLORD = ("房屋出租人将房屋出租给身份不明、拒绝登记身份信息的人的，或者不按规定登记承租人姓名、有效身份证件种类和号码等信息的，"
            "处五百元以上一千元以下罚款。")   # 治安管理处罚法 第六十八条
ENTERTAINMENT = ("有下列情形之一的人员，不得开办娱乐场所或者在娱乐场所内从业：（三）因吸食、注射毒品曾被强制戒毒的；")   # 娱乐场所管理条例 第五条


@pytest.mark.parametrize("rule, sentence, quote, article, lays", [
    ("C-RIGHTS-WATCH", "旅馆应当查验旅客的身份证件并登记。", "查验旅客的身份证件", HOTEL, True),
    # guards: more than the article has the party handle; another party
    ("C-RIGHTS-WATCH", "旅馆应当采集旅客的人脸信息并登记身份证件。", "采集旅客的人脸", HOTEL, False),
    ("C-RIGHTS-WATCH", "餐饮店应当查验顾客的身份证件并登记。", "查验顾客的身份证件", HOTEL, False),
    ("C-RIGHTS-WATCH", "出租人应当登记承租人姓名和每日出入时间。", "登记承租人姓名", LANDLORD, False),
    ("C-RIGHTS-CLASS", "因吸食毒品曾被强制戒毒的人员不得在娱乐场所内从业。", "不得在娱乐场所内从业", ENTERTAINMENT, True),
    ("C-RIGHTS-CLASS", "曾被强制戒毒的人员不得开办美容美发店。", "不得开办美容美发店", ENTERTAINMENT, False),
])
def test_laid_by_the_article(rule, sentence, quote, article, lays):
    assert laid(rule, sentence, quote, article) is lays
