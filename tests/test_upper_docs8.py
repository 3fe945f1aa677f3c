"""Round 8, upper-law on real documents: one bearer and one conduct per compared figure, one certificate per
compared article, a local body setting what the State Council's departments set (tests/fixtures/rewordings/upperdocs8.toml
has the same concepts as whole-review cases)."""

import pytest

from review.compare import compare
from review.compare.matter import names_other_certificate

# 城市房地产开发经营管理条例 第三十二条 / 第三十四条, 居住证暂行条例 第二十一条 第二款 (the texts of the shipped corpus)
REG_32 = ("预售商品房的购买人应当自商品房交付使用之日起90日内，办理土地使用权变更和房屋所有权登记手续；现售商品房的购买人应当"
          "自销售合同签订之日起90日内，办理土地使用权变更和房屋所有权登记手续。房地产开发企业应当协助商品房购买人办理土地使用权"
          "变更和房屋所有权登记手续，并提供必要的证明文件。")
REG_34 = ("违反本条例规定，未取得资质等级证书或者超越资质等级从事房地产开发经营的，由县级以上人民政府房地产开发主管部门责令限期"
          "改正，处5万元以上10万元以下的罚款；逾期不改正的，由工商行政管理部门吊销营业执照。")
PERMIT_21 = ("首次申领居住证，免收证件工本费。换领、补领居住证，应当缴纳证件工本费。办理签注手续不得收取费用。\n"
             "具体收费办法由国务院财政部门、价格主管部门制定。")


@pytest.mark.parametrize("clause, upper, kind, expected", [
    # the developer's 60 days to hand in papers are not the buyer's 90 days to register (D139 第三十四条)
    ("房地产开发企业应当在商品房交付使用之日起６０日内，将需要由其提供的办理房屋权属登记的资料报送房屋所在地房地产行政主管部门。",
     REG_32, "time_limit", False),
    # the buyer's own limit shortened
    ("现售商品房的购买人应当自销售合同签订之日起30日内，办理土地使用权变更和房屋所有权登记手续。", REG_32, "time_limit", True),
    # a fine for another violation of the regulation (D139 第四十一条): the developer, the department and 责令限期改正
    # are shared, the conduct is not
    ("房地产开发企业未按规定将测绘成果或者需要由其提供的办理房屋权属登记的资料报送房地产行政主管部门的，处以警告，责令限期改正，"
     "并可处以２万元以上３万元以下罚款。", REG_34, "amount", False),
    ("第四十三条　房地产中介服务机构代理销售不符合销售条件的商品房的，处以警告，责令停止销售，并可处以２万元以上３万元以下罚款。",
     REG_34, "amount", False),
    # the same violation, the floor lowered
    ("未取得资质等级证书从事房地产开发经营的，由县住房和城乡建设局责令限期改正，处2万元以上5万元以下的罚款。", REG_34, "amount", True),
    # a province's or city's departments setting the 工本费 the State Council's set (D060, D091, D102)
    ("居住证补领、换领收取的工本费，其收费标准由省价格主管部门和省财政部门制定。", PERMIT_21, "body_changed", True),
    ("《居住证》工本费的标准，由市财政部门、市价格行政主管部门核定。", PERMIT_21, "body_changed", True),
    # following the national rule is no change
    ("换领、补领居住证的工本费，按照国务院财政部门、价格主管部门制定的收费办法执行。", PERMIT_21, "body_changed", False),
])
def test_compared_figures_and_bodies(clause, upper, kind, expected):
    kinds = {c.kind for c in compare(clause, upper).changes}
    assert (kind in kinds) is expected, compare(clause, upper).changes


@pytest.mark.parametrize("clause, upper, other", [
    # D090: the 工本费 of 居住证 set against 居民身份证法 第二十一条
    ("损坏换领、丢失补领居住证工本费标准，由省人民政府价格主管部门会同财政部门按照国家有关规定核定。",
     "公民申请领取、换领、补领居民身份证，应当缴纳证件工本费。居民身份证工本费标准，由国务院价格主管部门会同国务院财政部门核定。",
     True),
    # the same certificate, however named (身份证 / 居民身份证)
    ("补领身份证的，按照规定缴纳工本费。", "公民申请领取、换领、补领居民身份证，应当缴纳证件工本费。", False),
    # 申领居住证 with 居民身份证 as its material: 居住证暂行条例 第九条 names both
    ("申领居住证，应当提交居民身份证和相片。", "申领居住证，应当向居住地公安派出所或者受公安机关委托的社区服务机构提交本人居民"
     "身份证、本人相片以及居住地住址、就业、就读等证明材料。", False),
    # no certificate named on one side: nothing to tell
    ("申请人应当提交相关证明材料。", "申领居住证，应当提交本人居民身份证。", False),
    # 居住证明 (a proof of residence) is no certificate
    ("提交居住证明。", "换领、补领居民身份证，应当缴纳证件工本费。", False),
])
def test_names_other_certificate(clause, upper, other):
    assert names_other_certificate(clause, upper) is other


@pytest.mark.parametrize("clause, upper", [
    # D069: the city's departments apply the national rule (按照国家有关规定制定)
    ("具体收费标准由市财政部门、市价格主管部门按照国家有关规定制定。", PERMIT_21),
    # D040: a figure published is not a rule made (医疗机构管理条例 第八条第二款)
    ("市内同级定点医疗机构上年度结算标准由市社会保险行政部门定期向社会公布。",
     "医疗机构基本标准由国务院卫生行政部门制定。"),
])
def test_lower_body_not_taking_the_power(clause, upper):
    assert "body_changed" not in {c.kind for c in compare(clause, upper).changes}


@pytest.mark.parametrize("clause, upper", [
    # D153: the 地价标准 of 协议出让 is not the 使用管理办法 of the land-use fee 土地管理法 第五十五条 reserves
    ("以协议方式出让土地使用权的地价标准由市规划国土管理部门制定。",
     "以出让等有偿使用方式取得国有土地使用权的建设单位，按照国务院规定的标准和办法，缴纳土地使用权出让金等土地有偿使用费和"
     "其他费用后，方可使用土地。\n自本法施行之日起，新增建设用地的土地有偿使用费，百分之三十上缴中央财政，百分之七十留给有关"
     "地方人民政府。具体使用管理办法由国务院财政部门会同有关部门制定，并报国务院批准。"),
])
def test_rules_of_another_object(clause, upper):
    assert "body_changed" not in {c.kind for c in compare(clause, upper).changes}


def test_fine_for_the_listed_conduct():
    """居住证暂行条例 第十八条: the conduct of a fine whose sentence is a list header (有下列行为之一的) is in its items:
    非法收缴或者扣押居住证 for 500 to 1000 yuan is (三) 非法扣押他人居住证's 200 raised."""
    upper = ("有下列行为之一的，由公安机关给予警告、责令改正，处200元以下罚款，有违法所得的，没收违法所得：\n"
             "(一)使用虚假证明材料骗领居住证；\n(二)出租、出借、转让居住证；\n(三)非法扣押他人居住证。")
    same = "违反本办法，非法收缴或者扣押居住证的，由公安机关处500元以上1000元以下罚款。"
    assert "amount" in {c.kind for c in compare(same, upper).changes}
