"""A document whose subject is a system that has since been merged into another or abolished (生育保险 merged
with 职工医保, 新农合 and 城镇居民医保 into 城乡居民医保, 廉租住房 into 公共租赁住房, 暂住证 replaced by 居住证,
城市房屋拆迁 by 房屋征收, 房屋登记 by 不动产统一登记, 劳动教养 abolished …): its object is gone, the cleanup
repeals it and names what replaced it (legal-checks.md §11.4, 废止: "a newer document on the same matter replaced
it"; 宣布失效: "its object is gone" — one outcome for the labels).

These cases were written before ``review.replaced`` existed (dispo7), from the systems the State Council and the
NPC merged or abolished, not from the documents in view: titles and opening articles in several registers, and
look-alikes that name a replaced system without being about it (the merger itself, the successor, a basis).
"""

import pytest

from review.replaced import replaced_system

CASES = [
    # (title, text, date, expected system name or None)
    # -- 生育保险 run on its own, before the 2019 merger with 职工基本医疗保险
    ("××市职工生育保险实施办法", "", "2012-05-01", "生育保险"),
    ("关于贯彻落实《××省职工生育保险规定》有关事项的通知", "", "2015-08-12", "生育保险"),
    # the title could not be read (a web page's menu): the first article says what it implements
    ("热点关注：关于开展咨询日活动的通知", "第一条 为实施《××省职工生育保险规定》，结合本市实际，制定本实施办法。", "2015-07-09",
     "生育保险"),
    ("××县关于调整生育保险待遇标准的通知", "", "2017", "生育保险"),
    # -- the schemes merged into 城乡居民 insurance
    ("××县新型农村合作医疗管理办法", "", "2010-03-01", "新型农村合作医疗"),
    ("××市城镇居民基本医疗保险试行办法", "", "2008-09-01", "城镇居民基本医疗保险"),
    ("××市新型农村社会养老保险试点实施办法", "", "2010-01-01", "新型农村社会养老保险"),
    # -- 廉租住房 run together with 公共租赁住房 from 2014
    ("××市廉租住房保障办法", "", "2009-06-01", "廉租住房"),
    ("关于做好廉租住房租赁补贴发放工作的通知", "", "2011", "廉租住房"),
    # -- 暂住证 replaced by 居住证
    ("××市暂住人口管理规定", "", "2005-01-01", "暂住证"),
    ("××区外来人员暂住证办理须知", "", "", "暂住证"),
    # -- 城市房屋拆迁 replaced by 国有土地上房屋征收与补偿
    ("××市城市房屋拆迁管理实施细则", "", "2003-06-01", "城市房屋拆迁"),
    # -- 房屋登记 folded into 不动产统一登记
    ("××市房地产登记若干规定（试行）", "", "2008-03-01", "房屋、土地、构筑物等分散登记"),
    # … so are the other rights 不动产登记暂行条例 第五条 lists (D144, round-8 label 废止)
    ("深圳市海上构筑物登记暂行办法", "", "2010-03-01", "房屋、土地、构筑物等分散登记"),
    ("××县林权登记管理办法", "", "2009-05-01", "房屋、土地、构筑物等分散登记"),
    ("××市不动产登记暂行办法", "", "2016-05-01", None),
    # -- local 居住证 rules made before 《居住证暂行条例》 (D060 上海市居住证管理办法 2013: round-7 label 废止)
    ("上海市居住证管理办法", "", "2013-05-28", "地方自行规定的居住证"),
    ("××市居住证暂行管理办法", "", "2013-10-25", "地方自行规定的居住证"),
    ("××市居住登记和居住证办理规定", "", "2015-06-01", "地方自行规定的居住证"),
    # … not one made under the 条例, nor an undated one (居住证 still exists: it may be a current guide, D079),
    # nor another matter that asks for a 居住证
    ("××市居住证管理办法", "", "2016-03-01", None),
    ("××市居住证办理须知", "", "", None),
    ("××市实施《居住证暂行条例》办法", "", "2015-12-01", None),
    ("关于做好居住证持有人随迁子女入学工作的通知", "", "2014-08-01", None),
    ("××市居住证积分管理办法", "", "2014-08-01", None),
    # -- the 2011 户籍 reform, deployed anew in 2014 (D056 福州, round-8 label 废止: it implements the province's
    #    implementation of 国办发〔2011〕9号)
    ("××市人民政府办公厅关于积极稳妥推进户籍管理制度改革有关工作的通知", "", "2012-09-12", "国办发〔2011〕9号部署的户籍管理"),
    ("关于落实户籍工作的通知", "为贯彻《××省人民政府办公厅贯彻国务院办公厅关于积极稳妥推进户籍管理制度改革有关工作的通知》，现通知如下",
     "2012-09-12", "国办发〔2011〕9号部署的户籍管理"),
    ("××市人民政府关于进一步推进户籍制度改革的实施意见", "", "2015-03-01", None),
    # -- abolished outright
    ("××市劳动教养管理委员会工作规则", "", "2006-01-01", "劳动教养"),
    ("××市营业税发票管理办法", "", "2012-01-01", "营业税"),

    # look-alikes: the merger itself, the successor scheme, a document made after the change, a mere basis
    ("关于做好生育保险和职工基本医疗保险合并实施工作的通知", "", "2019-10-01", None),
    ("××市职工基本医疗保险办法", "", "2020-01-01", None),
    ("××市生育保险实施办法", "", "2021-03-01", None),                 # made after the merger
    ("关于整合城镇居民基本医疗保险和新型农村合作医疗制度的实施意见", "", "2016-06-01", None),
    ("××市城乡居民基本医疗保险办法", "", "2017-01-01", None),
    ("××市公共租赁住房和廉租住房并轨运行实施办法", "", "2014-05-01", None),
    ("××市居住证管理办法", "", "2016-03-01", None),
    ("关于停止办理暂住证的通知", "", "2015-12-20", None),
    ("××市国有土地上房屋征收与补偿办法", "", "2012-01-01", None),
    ("××市不动产登记办法", "", "2016-01-01", None),
    ("××市计划生育家庭奖励扶助办法", "", "2012-01-01", None),
    # a basis is not a subject: the document is about 定点医疗机构, made under the 生育保险 rule among others
    ("××市社会医疗保险定点医疗机构管理办法", "第一条 根据《中华人民共和国社会保险法》《××省职工生育保险规定》，制定本办法。",
     "2013-01-01", None),
    # the first article of another matter
    ("××市住房保障办法", "第一条 为实施《××省城镇住房保障条例》，制定本办法。", "2015-01-01", None),
    # a list of services that names the old scheme in passing
    ("××市流动人口服务管理办法", "第十条 流动人口可以参加新型农村合作医疗或者城镇职工基本医疗保险。", "2012-01-01", None),
    # -- the 农业/非农业 household types (国发〔2014〕25号 三（九）), named clause after clause of a 户口 rule whose
    # title does not name them (round 9, dispo9b: written before the fix, in the registers such rules use)
    ("××市引进人才落户实施细则",
     "第三条 引进的人才可以在单位集体户申办本市非农业户口。第四条 其配偶、子女可以随迁，登记为非农业户口。"
     "第五条 原为农业户口的，办理“农转非”手续。", "2009-03-01", "农业、非农业户口性质区分"),
    ("关于大中专毕业生户口迁移有关问题的通知",
     "一、已就业的，迁入单位集体户。二、未就业的，迁回原籍登记为城镇居民户口。三、也可投靠具有城镇居民户口的亲属处入户。"
     "四、超过两年的，迁回原籍登记为城镇居民户口。", "", "农业、非农业户口性质区分"),
    # look-alikes: named once or twice; a reform that does away with the types; made after 2014; not a 户口 rule
    ("××市户口迁移管理规定", "第九条 夫妻一方为本市非农业户口的，另一方可以迁入。第十条 子女随父母落户。", "2010-01-01", None),
    ("××市户籍制度改革实施意见",
     "一、取消农业户口与非农业户口性质区分，统一登记为居民户口。二、原农业户口人员享有的土地权益不变。"
     "三、原非农业户口人员的待遇按居住地执行。四、农业户口转为居民户口的，不收取费用。", "2012-06-01", None),
    ("××市户口迁移管理规定",
     "原农业户口居民迁入的，登记为居民户口。原非农业户口居民同。原农转非人员的档案移交。", "2016-03-01", None),
    ("××市农村劳动力转移就业工作方案",
     "一、农业户口劳动者进城就业的，享受就业服务。二、农业户口人员可以参加培训。三、农业户籍人员创业的给予补贴。",
     "2010-05-01", None),
    # -- the 暂住证 as what a 户籍/人口 rule is about though its title does not name it (round 11, dispo11b; the
    # sentences are D073's, 北京市外地来京人员户籍管理规定 1995, shortened): 暂住登记, the 暂住证 and what it conditions
    ("××市外地来京人员户籍管理规定",
     "第一条 为加强外地来京人员户籍管理，制定本规定。第五条 外地来京人员应当申报暂住登记。"
     "第六条 暂住时间拟超过三个月的，应当申领《暂住证》。第七条 申领暂住证，应当交验居民身份证。"
     "第八条 外地来京人员领取暂住证后，方可办理就业手续。第九条 出租房屋的，应当查验承租人的暂住证。"
     "第十条 暂住证有效期满需继续暂住的，应当办理延期手续。第十一条 户口所在地的派出所负责核查。",
     "1995-06-13", "暂住证"),
    # undated, the 暂住证 beside the 居住证 ("暂住证或居住证", D031 2005): still built on the 暂住证
    ("关于加强和完善人口管理工作的若干意见",
     "一、暂住人口应当办理暂住证或居住证。二、用人单位招用暂住人员，应当查验暂住证。三、出租人应当登记暂住人口。"
     "四、暂住人口子女入学，凭暂住证办理。五、未办理暂住证的，不得办理就业登记。六、加强人口管理。", "", "暂住证"),
    # look-alikes: a 户口 rule that lists the 暂住证 once among the papers for 投靠 (D109 厦门市户籍管理规定 2010);
    # a 流动人口 rule that names it in a few of many sentences (under an eighth); one that replaces it
    ("××市户籍管理规定",
     "第十条 投靠亲属落户的，应当提交户口簿、居民身份证、暂住证和亲属关系证明。第十一条 迁入的，办理迁移证。"
     "第十二条 出生的，办理出生登记。第十三条 死亡的，注销户口。第十四条 户口簿遗失的，补领。", "2010-01-01", None),
    ("××省流动人口服务和管理规定",
     "第五条 流动人口应当申报暂住登记。第六条 领取暂住证。第七条 暂住证可以作为就业证明。第八条 办理暂住证不收费。"
     "第九条 暂住证每年验证一次。" + "第十条 流动人口享有劳动就业、子女教育、医疗卫生等服务。" * 40,
     "2009-01-01", None),
    ("××市流动人口居住登记办法",
     "一、本办法施行后停止办理暂住证，已领取暂住证的换领居住证。二、暂住证在有效期内继续有效。三、暂住登记改为居住登记。"
     "四、凭暂住证可以换领居住证。五、申领居住证不收费。六、暂住人口数据转入居住登记系统。", "2014-01-01", None),
]


@pytest.mark.parametrize("title, text, day, expected", CASES, ids=[f"{i}-{c[0][:12]}" for i, c in enumerate(CASES)])
def test_replaced_system(title, text, day, expected):
    got = replaced_system(title, text, day)
    assert (got.name if got else None) == expected


def test_the_reason_names_the_successor_and_its_basis():
    got = replaced_system("××市职工生育保险实施办法", "", "2012-05-01")
    assert "职工基本医疗保险" in got.successor and got.basis and got.since
