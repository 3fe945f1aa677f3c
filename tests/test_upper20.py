"""Upper-law round 20, upper20: a figure paired with the article's figure for the same object, read with the bound its
words state. What was built (bench/README.md, "Round 20 — upper20"):

* distances (200米, 不少于10米, 五公里) and counts of times (延期以两次为限, 3次以上) are quantities (review.quantities),
  compared like amounts: a cap raised, a floor lowered; 超过3次 is a threshold passed (a least), 不超过3次 a cap;
* the unit of an article a clause restates is chosen by its words, not by its figure's value (review.compare.units:
  商业、旅游、娱乐用地……五十年 restates the item of 商业用地, not an item that says 五十年); a lone figure of the chosen item
  is the clause's figure, whatever words stand around each (review.compare.figures.lone_item_figure);
* a figure reads as the cap or floor the words before it state, in its phrase or in its item's lead-in
  (review.compare.bounds: 最低保修期限为：……为5年 is a floor, 出让最高年限……：四十年 a ceiling);
* a figure that closes its phrase is known by what it measures, the words before it (review.compare.objects:
  保修期限为三年 / 最低保修期限为：……为5年), and a clause in its own words shows its change where both measure one thing;
* a lead time for a notice (提前24小时通知用水单位) protects the notified: shortened, a warning; a period that must pass
  before the party may act (公示30日后，可以申请注销) lengthened, a warning;
* an actor's name used for a place (在……村、村民小组范围内公告) is not who acts (review.compare.roles).

Article texts as read in the corpus; the clauses are in other words than tests/fixtures/rewordings/upper20.toml."""

from __future__ import annotations

import pytest

from review.compare import compare
from review.compare.bounds import CAP, FLOOR, bound_words, ceiling, with_bound
from review.compare.objects import same_object
from review.compare.units import best_unit
from review.quantities import COUNT, DISTANCE, find_quantities

NET_CAFE_9 = "中学、小学校园周围200米范围内和居民住宅楼（院）内不得设立互联网上网服务营业场所。"
ROAD_ZONE_11 = ("县级以上地方人民政府应当根据保障公路运行安全和节约用地的原则以及公路发展的需要，组织交通运输、国土资源等部门"
                "划定公路建筑控制区的范围。\n公路建筑控制区的范围，从公路用地外缘起向外的距离标准为：\n(一)国道不少于20米；\n"
                "(二)省道不少于15米；\n(三)县道不少于10米；\n(四)乡道不少于5米。\n属于高速公路的，公路建筑控制区的范围从公路用地外缘"
                "起向外的距离标准不少于30米。")
LAND_TERM_12 = ("土地使用权出让最高年限按下列用途确定：\n(一)居住用地七十年；\n(二)工业用地五十年；\n"
                "(三)教育、科技、文化、卫生、体育用地五十年；\n(四)商业、旅游、娱乐用地四十年；\n(五)综合或者其他用地五十年。")
WARRANTY_40 = ("在正常使用条件下，建设工程的最低保修期限为：\n(一)基础设施工程、房屋建筑的地基基础工程和主体结构工程，为设计文件"
               "规定的该工程的合理使用年限；\n(二)屋面防水工程、有防水要求的卫生间、房间和外墙面的防渗漏，为5年；\n"
               "(三)供热与供冷系统，为2个采暖期、供冷期；\n(四)电气管线、给排水管道、设备安装和装修工程，为2年。")
BUILD_9 = ("建设单位应当自领取施工许可证之日起三个月内开工。因故不能按期开工的，应当向发证机关申请延期；延期以两次为限，每次"
           "不超过三个月。既不开工又不申请延期或者超过延期时限的，施工许可证自行废止。")
WATER_22 = ("城市自来水供水企业和自建设施对外供水的企业应当保持不间断供水。由于工程施工、设备维修等原因确需停止供水的，应当经"
            "城市供水行政主管部门批准并提前24小时通知用水单位和个人；因发生灾害或者紧急事故，不能提前通知的，应当在抢修的同时通知"
            "用水单位和个人，尽快恢复正常供水，并报告城市供水行政主管部门。")
WAGES_27 = "工程完工且未拖欠农民工工资的，施工总承包单位公示30日后，可以申请注销农民工工资专用账户，账户内余额归施工总承包单位所有。"
LAND_47 = ("县级以上地方人民政府拟申请征收土地的，应当开展拟征收土地现状调查和社会稳定风险评估，并将征收范围、土地现状、征收目的、"
           "补偿标准、安置方式和社会保障等在拟征收土地所在的乡（镇）和村、村民小组范围内公告至少三十日，听取被征地的农村集体经济"
           "组织及其成员、村民委员会和其他利害关系人的意见。")
GRASS_40 = "临时占用草原的期限不得超过二年，并不得在临时占用的草原上修建永久性建筑物、构筑物；占用期满，用地单位必须恢复草原植被并及时退还。"
HUKOU_15 = "公民在常住地市、县范围以外的城市暂住三日以上的，由暂住地的户主或者本人在三日以内向户口登记机关申报暂住登记，离开前申报注销。"


@pytest.mark.parametrize("text, dim, lo, hi, mode", [
    ("周围三百米范围内", DISTANCE, 300, 300, "fixed"),             # a distance in Chinese numerals
    ("从公路用地外缘起向外不少于10米", DISTANCE, 10, None, "min"),  # a floor
    ("距离居民区五公里以上", DISTANCE, 5000, None, "min"),          # kilometres in metres
    ("延期以两次为限", COUNT, None, 2, "max"),                     # 为限: a cap
    ("拒绝接受检测3次以上的", COUNT, 3, None, "min"),
    ("一年内违法超限运输超过3次的", COUNT, 3, None, "min"),          # 超过: a threshold passed …
    ("延期次数累计不超过三次", COUNT, None, 3, "max"),               # … 不超过: a cap
])
def test_distances_and_counts_are_quantities(text, dim, lo, hi, mode):
    (q,) = [q for q in find_quantities(text) if q.dim == dim]
    assert (q.dim, q.lo, q.hi, q.mode) == (dim, lo, hi, mode)


@pytest.mark.parametrize("text", [
    "建筑面积100平方米以下",      # an area, no distance
    "第一次申请",                # an ordinal
    "给予一次性补助",            # 一次性: a lump sum
])
def test_no_distance_or_count_where_none_is(text):
    assert not [q for q in find_quantities(text) if q.dim in (DISTANCE, COUNT)]


@pytest.mark.parametrize("text, figure, bound, is_ceiling", [
    (WARRANTY_40, "5年", FLOOR, False),            # the lead-in: 最低保修期限为：
    (LAND_TERM_12, "四十年", CAP, True),            # 最高年限……：a ceiling of a grant
    ("履约保证金的数额不得超过政府采购合同金额的10%", "10%", CAP, False),   # the phrase before
    ("缴存比例均不得低于职工上一年度月平均工资的5%", "5%", FLOOR, False),
    (NET_CAFE_9, "200米", None, False),            # a figure with no bound
])
def test_the_bound_the_words_before_a_figure_state(text, figure, bound, is_ceiling):
    (q,) = [q for q in find_quantities(text) if q.text.endswith(figure)]
    assert bound_words(text, q) == bound
    assert with_bound(text, q).mode == {CAP: "max", FLOOR: "min", None: "fixed"}[bound]
    assert ceiling(text, with_bound(text, q)) == is_ceiling


@pytest.mark.parametrize("clause, article, item", [
    # the item of the clause's object, not the item whose figure equals the clause's
    ("县道公路建筑控制区的范围，从公路用地外缘起向外不少于五米。", ROAD_ZONE_11, "(三)县道不少于10米；"),
    ("县道公路建筑控制区的范围，从公路用地外缘起向外十五米。", ROAD_ZONE_11, "(三)县道不少于10米；"),   # no 不少于
    # amounts keep their values: the items of a penalty list are told apart as before (深圳经济特区居住证条例 第四十五条)
    ("违反本条例第二十八条规定，伪造、变造居住证或者使用伪造、变造居住证的，由公安机关处三千元罚款，并依照《中华人民共和国"
     "治安管理处罚法》的规定处十日以上十五日以下拘留；情节较轻的，处一千元罚款，并依照《中华人民共和国治安管理处罚法》的规定处"
     "五日以上十日以下拘留；构成犯罪的，依法追究刑事责任。",
     "有下列行为之一的，由公安机关处200元以上1000元以下罚款，有违法所得的，没收违法所得：\n(一)冒用他人居住证或者使用骗领的"
     "居住证；\n(二)购买、出售、使用伪造、变造的居住证。", "(二)购买、出售、使用伪造、变造的居住证。"),
    ("商业、旅游、娱乐用地的土地使用权出让年限为五十年。", LAND_TERM_12, "(四)商业、旅游、娱乐用地四十年；"),
    ("水电路管线、给排水管道和装修工程的保修期为一年。", WARRANTY_40, "(四)电气管线、给排水管道、设备安装和装修工程，为2年。"),
])
def test_the_unit_is_chosen_by_what_the_figure_is_about(clause, article, item):
    assert best_unit(clause, article).text.endswith(item)


def _changes(clause: str, upper: str) -> list[tuple[str, str]]:
    return [(c.severity, c.message) for c in compare(clause, upper).changes if c.kind in ("amount", "time_limit")]


@pytest.mark.parametrize("clause, upper, severity, words", [
    # a distance widened (the ban reaches businesses the law allows)
    ("本县中学、小学校园周围三百米范围内不得设立互联网上网服务营业场所。", NET_CAFE_9, "warning", "距离由“200米”提高为“三百米”"),
    # a floor of the law lowered, the item found by its object
    ("县道建筑控制区自公路用地外缘起向外不少于五米。", best_unit("县道……不少于五米", ROAD_ZONE_11).text, "warning", "距离下限"),
    # a count capped by the law raised
    ("延期以三次为限，每次不超过三个月。", BUILD_9, "warning", "次数由“两次为限”提高为“三次为限”"),
    # a floor in the lead-in (最低保修期限), lowered
    ("屋面防水工程的保修期限为三年。", best_unit("屋面防水工程保修期三年", WARRANTY_40).text, "warning", "低于上位法规定的最低期限"),
    # a ceiling of a grant (最高年限), raised
    ("商业、旅游、娱乐用地出让年限为五十年。", best_unit("商业、旅游、娱乐用地五十年", LAND_TERM_12).text, "warning",
     "上位法规定的上限“四十年”被放宽为“五十年”"),
    # a notice given later than the law requires
    ("确需停止供水的，供水企业应当提前八小时通知用水单位和个人。", WATER_22, "warning", "提前通知的期限"),
    # a period that must pass before the party may act, lengthened
    ("工程完工且未拖欠农民工工资的，施工总承包单位公示六十日后，可以申请注销农民工工资专用账户。", WAGES_27, "warning",
     "须经过的期间由“30日”延长为“六十日”"),
    # the organ publishes; 村、村民小组 is where, not who: a floor of the organ's notice lowered
    ("县人民政府拟申请征收土地的，应当将征收范围、补偿标准等在拟征收土地所在的乡（镇）和村、村民小组范围内公告十五日。",
     LAND_47, "warning", "最短期限由“至少三十日”缩短为“十五日”"),
])
def test_a_figure_moved_in_the_direction_that_matters(clause, upper, severity, words):
    found = _changes(clause, upper)
    assert any(s == severity and words in m for s, m in found), found


@pytest.mark.parametrize("clause, upper", [
    # within the law's floor: the county draws a wider zone, the government a longer notice, the contract a longer warranty
    ("县道建筑控制区自公路用地外缘起向外十五米。", best_unit("县道……十五米", ROAD_ZONE_11).text),
    ("县人民政府拟申请征收土地的，应当在拟征收土地所在的乡（镇）和村、村民小组范围内公告，公告期为四十五日。", LAND_47),
    ("政府投资的公共建筑，其屋面防水工程的保修期限在合同中约定为八年。", best_unit("屋面防水工程保修期八年", WARRANTY_40).text),
    # within a grant's ceiling
    ("本县工业用地实行弹性年期出让，工业用地出让年限为二十年。", best_unit("工业用地二十年", LAND_TERM_12).text),
    # a shorter wait
    ("工程完工且未拖欠农民工工资的，施工总承包单位公示十五日后，可以申请注销农民工工资专用账户。", WAGES_27),
    # the article restated
    ("延期以两次为限，每次不超过三个月。", BUILD_9),
])
def test_a_figure_within_the_law_is_no_warning(clause, upper):
    assert not [m for s, m in _changes(clause, upper) if s in ("error", "warning")]


@pytest.mark.parametrize("clause, upper, same", [
    # a term and a warranty closing their phrases, measured on the words before them
    ("本县临时占用草原的期限一般不超过三年", GRASS_40, True),
    ("本县保障性住房的屋面防水工程、外墙面防渗漏，保修期限为三年。", WARRANTY_40, True),
    # a deadline for an act and a qualifying stay (暂住三日以上的: a case the figure defines, no measure)
    ("暂住人员应当在到达暂住地3日内申报暂住登记。", HUKOU_15, False),
])
def test_two_figures_measure_one_thing(clause, upper, same):
    c = find_quantities(clause)[0]
    u = find_quantities(upper)[0]
    assert same_object(clause, c.start, c.end, upper, u.start, u.end) == same
