"""Round 26 (issue 8): penalty and coercion read as (who acts, what is done to whose property or activity, for how
long, under which law) — review/norms/measure.py's two structures and the guards effect.py reads them with:

* a **bar**: the party's (其) standing or activity stopped, suspended, limited or cancelled for a period, whatever is
  barred (限制开展生产经营活动、限制从业、责令停产停业 in other words: 行政处罚法 第九条), or an order to stop for a period;
* a **hold**: a thing taken under a body's control until a release the sentence names (行政强制法 第二条: the temporary
  control of a thing), whatever the verb that takes it;
* a removal of the party's thing (其, or the party bearing its cost) is no body's own affair even with no breach named.

Rows are real inputs: the dev sets' misses (Q, R, M, N, K, L), the clauses of tests/fixtures/rewordings/sanction26.toml
(written first), and lawful look-alikes of the same surface.
"""

from __future__ import annotations

import pytest

from review.norms.effect import effects, laid
from review.norms.measure import bars, holds
from tests.new_clauses import check_clause, clause_param, fixture_cases
from tests.rule_rows import RULES, check_row, rule_rows

BARS = [
    # (sentence, the period read)
    # the period after what is barred: a standing, an activity, a business, however long the phrase between
    ("住房租赁企业克扣、拒不退还承租人押金，经核实的，暂停其在县住房租赁服务平台的房源核验和信息发布权限六个月。", "六个月"),
    ("网络主播在直播中发布歪曲本地红色历史内容的，由县网信、文旅部门通知其签约机构暂停其直播活动三至六个月。", "三至六个月"),
    ("机动车安全技术检验机构存在替检、漏检行为的，由县公安交警大队暂停其检验数据联网上传权限六个月。", "六个月"),
    # the period before: 一年内暂停其……; the party's own name before 三年内不得
    ("施工企业在本县发生一般及以上生产安全事故的，自事故发生之日起一年内暂停其在本县承接新的房屋建筑和市政工程。", "一年"),
    ("美容院超范围开展医疗美容项目被查处的，其经营者五年内不得在本区新设美容类经营主体。", "五年"),
    # 责令停产停业 for a period in other words
    ("储能电站发生一般安全事故的，由县发展改革局责令停止运行整改三个月。", "三个月"),
]

NOT_BARS = [
    "运营单位应当在一个月内停止其房源信息展示并退还押金。",           # a time limit for the body's act
    "违反本办法规定的，由县城市管理局责令停止违法行为并限期十五日内改正。",  # the violation stopped, a time to put it right
    "不再符合条件的，停止发放补贴。",                                     # no party named, no period
]

HOLDS = [
    # (sentence, the release)
    ("加油站抽检油品不合格的，县商务局可以对其全部储油罐实施铅封，暂停其销售全部油品，待复检合格后启封。", "启封"),
    ("社区矫正对象未按规定时间报到的，司法所可以收存其居民身份证，待其补办报到手续后发还。", "发还"),
    ("重型柴油货车未取得排放检验合格报告的，由交通运输部门在货运源头单位对车辆实施锁定，禁止驶离，待车主完成维修复检后解除锁定。", "解除锁定"),
    ("对申报信息与实物不符的跨境电商包裹，由区商务局会同物流园区运营方先行暂扣，待企业说明情况后再予放行。", "放行"),
]

NOT_HOLDS = [
    "因管网抢修需要暂停供水的，供水企业应当提前二十四小时通知用户，待抢修完成后恢复供水。",  # a supply resumed, nothing held
    "当事人在限期内自行拆除违法建筑的，县城市管理局应当在其拆除完毕后十日内退还其缴存的保证金。",  # no 待-release
]


@pytest.mark.parametrize("sentence, period", BARS)
def test_bar(sentence, period):
    assert period in [p for _, _, p in bars(sentence)]


@pytest.mark.parametrize("sentence", NOT_BARS)
def test_not_a_bar(sentence):
    assert bars(sentence) == []


@pytest.mark.parametrize("sentence, release", HOLDS)
def test_hold(sentence, release):
    assert [r for _, _, r in holds(sentence)] == [release]


@pytest.mark.parametrize("sentence", NOT_HOLDS)
def test_not_a_hold(sentence):
    assert holds(sentence) == []


@pytest.mark.parametrize("sentence, guard", [
    ("年度考核不合格的乡镇，暂停其下一年度县级奖补资金申报资格一年。", "government_bearer"),   # administration
    ("商户因装修等原因申请暂停营业的，县商务局可以根据其申请暂停其消费券商户资格三个月。", "own_request"),
    ("依照《中华人民共和国安全生产法》第一百零二条，责令停产停业整顿三个月。", "no_trigger"),     # (and cited)
])
def test_lawful_bar_is_named(sentence, guard):
    assert guard in [e.guard for e in effects(sentence) if e.bar]
    assert not any(e.bar for e in laid(sentence))


def test_whose_thing_is_removed():
    # the party bears the cost: its thing, no breach named needed; the treasury bears it: the body's own
    assert any(e.kind == "remove" for e in laid("对在永久基本农田上新建的建筑物、构筑物，镇综合行政执法队发现后可以当即组织拆除，拆除费用由违法建设者承担。"))
    assert not laid("县人民政府组织拆除本级政府投资建设的过渡安置房，拆除费用由县财政承担。")
    # an order named before the body's own removal is no order to the party (在下达限期拆除通知的次日组织人员清除)
    assert any(e.kind == "remove" for e in laid("对拒不自行拆除违法搭建彩钢棚的，镇人民政府可以在下达限期拆除通知的次日组织人员清除，不必另行公告。"))
    assert not laid("违反规划建设的，由派出机构责令限期无偿拆除。")


ROWS = [
    # penalty: a bar for a period, whatever is barred (Q ap:19, R as:17, R au:17, M al:20, K af:17, K af:20)
    ("C-PENALTY-EFFECT", "维保单位所维保的电梯一年内发生两次以上困人故障的，由县市场监督管理局暂停其在本县承接新的电梯维保项目六个月。", True),
    ("C-PENALTY-EFFECT", "申请人恶意、频繁申请政府信息公开的，经县政务公开办认定后，暂停其申请资格一年，并将认定情况抄送其所在单位。", True),
    ("C-PENALTY-EFFECT", "储能电站发生一般安全事故的，由县发展改革局责令停止运行整改三个月，并取消其当年度参与电力辅助服务市场交易的资格。", True),
    ("C-PENALTY-EFFECT", "外卖骑手在配送中闯红灯被查处三次的，由县交警大队通知其所属配送平台暂停其配送活动三个月。", True),
    # … its look-alikes: a subordinate government, the party's own request, a time limit, the law cited
    ("C-PENALTY-EFFECT", "年度考核不合格的乡镇，暂停其下一年度县级奖补资金申报资格一年。", False),
    ("C-PENALTY-EFFECT", "商户因装修等原因申请暂停营业的，县商务局可以根据其申请暂停其消费券商户资格三个月，期满自动恢复。", False),
    ("C-PENALTY-EFFECT", "承租人在租赁期内退租的，运营单位应当在一个月内停止其房源信息展示并退还押金。", False),
    ("C-PENALTY-EFFECT", "投标人以他人名义投标的，依照《中华人民共和国招标投标法》第五十四条的规定，取消其一年至三年内参加依法必须进行招标的项目的投标资格。", False),
    # … the graded case of a conduct whose article the sentence before cites (the rule-pack folder's lead25 look-alike)
    ("C-PENALTY-EFFECT", "依照《娱乐场所管理条例》第四十三条，娱乐场所未按照规定建立从业人员名簿的，由县文化广电旅游局责令改正，给予警告；情节严重的，责令停业整顿一个月至三个月。", False),
    ("C-PENALTY-EFFECT", "驾校违反本办法规定的，由县交通运输局依法予以处罚；情节严重的，暂停其招生资格六个月。", True),
    # penalty: a party barred from setting up a business after a violation is no protective 不得新设 (L ah:15)
    ("C-PENALTY-01", "美容院超范围开展注射、文绣等医疗美容项目被查处的，其经营者五年内不得在本区新设美容类经营主体，也不得担任同类机构负责人。", True),
    # coercion: a hold by its release (R au:29, R au:31, Q aq:32) and a removal of the party's thing (R at:28, R au:33, K af:31)
    ("C-COERCE-EFFECT", "加油站抽检油品不合格的，县商务局可以对其全部储油罐实施铅封，暂停其销售全部油品，待复检合格后启封。", True),
    ("C-COERCE-EFFECT", "对涉嫌无证运输渣土的车辆，县城市管理局可以对车辆加装锁具，待车主补办手续后解锁放行。", True),
    ("C-COERCE-EFFECT", "对在永久基本农田上新建的建筑物、构筑物，镇综合行政执法队发现后可以当即组织拆除，拆除费用由违法建设者承担。", True),
    ("C-COERCE-EFFECT", "对依照本办法第十二条认定的僵尸车辆，经社区张贴告知后七日内仍未移走的，由街道办事处组织拖运至报废机动车回收企业拆解。", True),
    ("C-COERCE-EFFECT", "对拒不自行拆除违法搭建彩钢棚的，镇人民政府可以在下达限期拆除通知的次日组织人员清除，不必另行公告。", True),
    ("C-COERCE-EFFECT", "县人民政府组织拆除本级政府投资建设的过渡安置房，拆除费用由县财政承担。", False),
    ("C-COERCE-EFFECT", "对违反道路交通安全法律法规的车辆，公安机关交通管理部门可以依照《中华人民共和国道路交通安全法》第九十五条的规定扣留车辆，待当事人提供相应牌证后及时退还。", False),
    # coercion: the disposition after the measure (待调查终结后依法处理) and the time before the law's decision (在依法作出处理
    # 决定前) are no basis for the measure laid between (R as:28, K af:27)
    ("C-COERCE-01", "县文旅体局在查处未经批准的营业性演出时，可以先行查封演出场地，扣押舞台、音响等演出器材，待调查终结后依法处理。", True),
    ("C-COERCE-01", "对涉嫌违法的食品，县市场监督管理局可以依照《中华人民共和国食品安全法》第一百一十条的规定予以查封、扣押，待调查终结后依法处理。", False),
    ("C-COERCE-02", "对超占宅基地建房、经责令改正拒不改正的农户，在依法作出处理决定前，由镇人民政府通知供电、供水单位暂停该户的生活用电、用水。", True),
    # coercion: a body by its suffix doing a 强制 act of its own (L ah:33); not a statutory kind named by 强制
    ("C-COERCE-01", "儿童监护人经三次通知仍拒不带儿童补种免疫规划疫苗的，村（居）民委员会可以会同接种单位上门实施强制接种。", True),
    ("C-COERCE-01", "县市场监督管理局对用于贸易结算的计量器具实施强制检定。", False),
    # penalty: a sum measured by the party's conduct — per occurrence, a multiple, per day it goes on — after a
    # violation (J aa:18, M aj:17, R at:17); not a price (阶梯水价), not a term of a lease
    ("C-PENALTY-01", "低保对象中有劳动能力的成员无正当理由不参加村组织的公益劳动的，每缺席一次扣减其家庭当月低保金100元。", True),
    ("C-PENALTY-01", "对盗用城市公共供水的单位和个人，供水企业除追补水费外，按照盗用水量计算的水费金额的十倍另行收取违约水费。", True),
    ("C-PENALTY-01", "临时用地期满未交还土地的，按每日每平方米二元计收超期占用金，至交还土地之日止。", True),
    ("C-PENALTY-01", "城市居民用水超出计划用水量的部分，按照基本水价的一点五倍收取水费。", False),
    ("C-PENALTY-01", "承租人逾期不腾退的，按每日每平方米二元计收占用费，依照租赁合同约定执行。", False),
]


@rule_rows(ROWS)
def test_sanction26_rules(rule_id, text, expected):
    check_row(rule_id, text, expected)


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in fixture_cases("sanction26.toml")])
def test_sanction26_clause(corpus, stem, index, case):
    check_clause(corpus, list(RULES.values()), case)
