"""Burdens a clause lays on private persons without a basis (review/norms/burden.py) and the rule that reads them
(C-RIGHTS-BURDEN): rows from tests/fixtures/rewordings/rights15b.toml and the round-15 clauses, each reading on its
problems and on the look-alikes of the same grammar (tuned rows)."""

import pytest

from review.norms.burden import burdens
from tests.rule_rows import check_row, rule_rows

ROWS = [
    # others: the consequence falls on someone other than who acted
    ("C-RIGHTS-BURDEN", "父母或者其他监护人因涉赌、涉毒被依法处理的，其子女不得参加县直学校择优录取，不得参评各级三好学生。", True),
    ("C-RIGHTS-BURDEN", "农民工以堵路、围堵机关等方式讨要工资的，取消其本人及共同生活家庭成员在本县享受的就业援助和临时救助待遇。", True),
    ("C-RIGHTS-BURDEN", "秸秆禁烧期间，行政村范围内发现火点的，扣减该村全体农户当年耕地地力保护补贴的百分之二十。", True),
    ("C-RIGHTS-BURDEN", "发现违规燃放烟花爆竹的小区，取消该小区所有住户当年的物业费财政补助。", True),
    ("C-RIGHTS-BURDEN", "不得因学生父母违法犯罪而限制其子女参加评优评先。", False),
    ("C-RIGHTS-BURDEN", "共同生活的家庭成员人均收入低于当地最低生活保障标准的，纳入最低生活保障范围。", False),
    ("C-RIGHTS-BURDEN", "申请人本人有骗取社会救助行为的，取消其本次救助资格。", False),
    # duty: a new duty on a private person
    ("C-RIGHTS-BURDEN", "住户购买或者更换电动自行车、蓄电池的，应当在三日内向所在社区报告车辆品牌、型号和充电地点。", True),
    ("C-RIGHTS-BURDEN", "业主出租房屋的，应当事先征得业主委员会同意，并与承租人共同向物业服务企业签订治安责任承诺书。", True),
    ("C-RIGHTS-BURDEN", "加装电梯方案经本单元三分之二以上业主同意后，其余业主应当无条件配合施工，不得以采光、噪声等理由提出异议或者主张补偿。", True),
    ("C-RIGHTS-BURDEN", "退捕渔民领取安置补助前，应当签订承诺书，保证本人及其子女今后不再从事任何形式的捕捞和水产品经营。", True),
    ("C-RIGHTS-BURDEN", "出租人应当依照《租赁房屋治安管理规定》第七条向公安派出所登记承租人的姓名和身份证号码。", False),
    ("C-RIGHTS-BURDEN", "房屋出租人应当在7个工作日内向居住地公安派出所报告。", False),
    ("C-RIGHTS-BURDEN", "乡镇人民政府应当在三日内向县人民政府报告辖区火情。", False),
    ("C-RIGHTS-BURDEN", "物业服务企业发现业主在楼道内停放电动自行车的，应当予以劝阻，并及时向街道办事处报告。", False),
    ("C-RIGHTS-BURDEN", "居民饲养犬只的，应当向所在地公安派出所办理登记；法律、法规另有规定的，从其规定。", False),
    ("C-RIGHTS-BURDEN", "任何单位不得要求业主放弃依法享有的补偿权利。", False),
    ("C-RIGHTS-BURDEN", "逾期未签订租赁合同的，视为放弃住房保障的权利。", False),
    ("C-RIGHTS-BURDEN", "申请人必须保证其所提供的证明材料及证件真实有效。", False),
    # sensitive personal data
    ("C-RIGHTS-BURDEN", "学校应当采集学生家长的指纹、人脸信息和宗教信仰，统一报送县教育局备案。", True),
    ("C-RIGHTS-BURDEN", "医疗机构应当将就诊人员的病历和检查结果推送至社区网格化管理平台，供网格员使用。", True),
    ("C-RIGHTS-BURDEN", "各村（社区）不得采集居民的宗教信仰、婚姻状况、银行存款等与救助无关的信息。", False),
    ("C-RIGHTS-BURDEN", "经申请人书面同意，民政部门可以查询其银行存款，用于核对家庭经济状况。", False),
    ("C-RIGHTS-BURDEN", "工作人员对在工作中知悉的个人宗教信仰、医疗健康信息应当予以保密。", False),
    # a statutory entitlement gated on 户籍
    ("C-RIGHTS-BURDEN", "失业人员申领失业保险金的，须具有本县户籍；非本县户籍的失业人员，应当回户籍所在地办理失业登记和申领手续。", True),
    ("C-RIGHTS-BURDEN", "非本县户籍的适龄儿童，一律不得在县城公办学校入学，由其回户籍所在地接受义务教育。", True),
    ("C-RIGHTS-BURDEN", "具有本县户籍或者持有本县居住证的失业人员，可以申领本县就业补贴。", False),
    ("C-RIGHTS-BURDEN", "不得以非本县户籍为由拒绝失业人员申领失业保险金。", False),
    ("C-RIGHTS-BURDEN", "有关区县要简化手续、建立通道为转移人口提供户口迁移、社会保险转接便捷服务。", False),
    # wages withheld as leverage
    ("C-RIGHTS-BURDEN", "环卫工人不配合考勤打卡管理的，作业公司应当暂停发放其工资。", True),
    ("C-RIGHTS-BURDEN", "施工企业不得以农民工未完成实名制登记为由暂扣、拖欠其工资。", False),
]


@rule_rows(ROWS)
def test_rule_rows(rule_id, text, expected):
    check_row(rule_id, text, expected)


@pytest.mark.parametrize("sentence, header, name", [
    ("（二）本人或者共同生活的家庭成员有违法犯罪记录的；", "申请人有下列情形之一的，不予分配夜市摊位：", "others"),
    ("（五）有子女在机关、事业单位或者国有企业工作的，不论该子女是否与申请人共同生活；", "有下列情形之一的，不予纳入最低生活保障范围：", "others"),
    ("（四）本人及随迁的配偶、未成年子女均无刑事犯罪记录和违法犯罪前科；", "持本县居住证申请登记常住户口的，应当同时符合下列条件：", "others"),
    ("（三）购买液化石油气的，向所在社区登记购气数量和用途；", "城区居民应当履行下列义务：", "duty"),
    ("（一）具有本县户籍；", "申请就业困难人员认定的，应当同时符合下列条件：", "origin"),
])
def test_list_items_read_with_their_header(sentence, header, name):
    assert name in {b.name for b in burdens(sentence, header)}


@pytest.mark.parametrize("sentence, header", [
    ("（二）申请人及其共同生活的家庭成员在本县无自有住房；", "申请公共租赁住房的，应当符合下列条件："),
    ("（十七）具有本区户籍的适龄儿童", "下列儿童可以申请政策性照顾借读："),
    ("5.考生父母双方或一方是驻沪机构工作人员", "符合下列条件之一的，可以报名："),
])
def test_list_item_lookalikes(sentence, header):
    assert burdens(sentence, header) == ()


def test_reservation_in_the_next_part_of_the_clause():
    assert burdens("居民饲养犬只的，应当向所在社区报告；", "", "", "法律、法规另有规定的，从其规定。") == ()
    assert burdens("居民饲养犬只的，应当向所在社区报告；", "", "", "") != ()
