"""Rights on unseen clauses (round 13): one row per concept built, each next to a lawful look-alike of the same
surface that must stay quiet. The clauses written for them before the change are
tests/fixtures/rewordings/rights13_round13.toml; the rows here are other wordings of the same concepts."""

from review.norms.lexicon import default_lexicon

from tests.rule_rows import check_row, rule_rows

CASES = [
    # a service withheld for a ground unrelated to it (ground.unrelated), however the ground is worded
    ("C-RIGHTS-02", "借了别人的钱至今没有还清、存在民间借贷纠纷的，民政部门暂不批准其临时救助申请。", True),
    ("C-RIGHTS-02", "村民未缴清村集体筹资款的，村委会暂不为其出具宅基地申请意见。", True),
    ("C-RIGHTS-02", "没有完成社区志愿服务时长的家庭，暂停发放其高龄津贴。", True),
    ("C-RIGHTS-02", "任何单位不得以当事人欠缴物业服务费为由，拒绝为其办理户籍业务。", False),   # protective
    ("C-RIGHTS-02", "承租人拖欠公共租赁住房租金累计六个月以上的，收回其承租的公共租赁住房。", False),  # the benefit's own rent
    # communications handed over by the person (comm.handover); a contact number is not a communication
    ("C-RIGHTS-03", "网约车驾驶员应当每月向县交通运输局报送本人手机通话清单。", True),
    ("C-RIGHTS-03", "重点行业从业人员应当每季度到派出所登记个人社交账号及聊天记录情况。", True),
    ("C-RIGHTS-03", "申请人应当提供本人联系电话、通讯地址等信息。", False),
    # biometrics and religion demanded of a person; the identity card's fingerprints and a consent are lawful
    ("C-RIGHTS-SENSITIVE-INFO", "在本县从事快递配送的人员，应当到辖区派出所采集指纹和人像信息。", True),
    ("C-RIGHTS-SENSITIVE-INFO", "入住公寓的务工人员须向管理处登记本人及家属的宗教信仰情况。", True),
    ("C-RIGHTS-SENSITIVE-INFO", "公民申请领取居民身份证，应当登记指纹信息。", False),
    ("C-RIGHTS-SENSITIVE-INFO", "处理个人生物识别信息应当取得个人的单独同意。", False),
    # a home visit the resident must accept; a visit the body may make is a service
    ("C-RIGHTS-HOME", "列入重点关注的人员应当接受社区民警每周一次的上门走访，不得拒绝。", True),
    ("C-RIGHTS-HOME", "社区干部可以定期上门走访独居老人，了解其生活需求。", False),
    # waivers of remedies and claims demanded; the law's own waivers and a ban on demanding one are lawful
    ("C-RIGHTS-WAIVER", "被征收人签订补偿协议时，应当一并签署放弃申请行政复议和提起行政诉讼的声明。", True),
    ("C-RIGHTS-WAIVER", "参加县里统一组织外出务工的人员，务工期间发生伤亡事故的，不得向组织单位主张赔偿。", True),
    ("C-RIGHTS-WAIVER", "征收补偿协议不得约定被征收人放弃申请行政复议、提起行政诉讼的权利。", False),
    ("C-RIGHTS-WAIVER", "当事人放弃听证权利的，行政机关依法作出处罚决定。", False),
    ("C-RIGHTS-WAIVER", "被征收人对补偿决定不服的，可以依法申请行政复议，也可以依法提起行政诉讼。", False),
    # land rights surrendered as the price of settling in town (农村土地承包法 第二十七条第二款)
    ("C-RIGHTS-SETTLE-LAND", "农村村民申请在县城落户的，应当同时签订自愿退出宅基地承诺书。", True),
    ("C-RIGHTS-SETTLE-LAND", "未交回承包地的，公安机关不予办理城镇落户手续。", True),
    ("C-RIGHTS-SETTLE-LAND", "禁止以退出宅基地作为农村村民进城落户的条件。", False),
    ("C-RIGHTS-SETTLE-LAND", "承包农户进城落户的，可以按照自愿有偿原则依法转让土地承包经营权。", False),
    # transfers of the land's use to outsiders barred (第三十六条); the members' priority is lawful
    ("C-RIGHTS-LAND-TRANSFER", "村民不得将承包地出租给外村人员耕种。", True),
    ("C-RIGHTS-LAND-TRANSFER", "土地经营权流转时，在同等条件下本集体经济组织成员享有优先权。", False),
    # petitioners' persons controlled and pledges not to petition
    ("C-RIGHTS-PETITION", "信访人在重大活动期间越级上访的，所在乡镇可以对其实施劝返，并在活动结束前安排专人陪护。", True),
    ("C-RIGHTS-PETITION", "各村应当组织村民签订不越级上访保证书。", True),
    ("C-RIGHTS-PETITION", "信访人依法逐级反映诉求的权利受法律保护，任何单位不得以劝返、陪护等名义限制其人身自由。", False),
    ("C-RIGHTS-PETITION", "县信访局应当安排专人负责来访接待。", False),
    # relatives refused a job; a non-signer's children refused a school place
    ("C-RIGHTS-01", "涉访重点人员的配偶、子女报考事业单位的，原则上不予录用。", True),
    ("C-RIGHTS-01", "未在规定期限内签约的住户，其子女申请入读片区内公办学校的，暂缓安排学位。", True),
    ("C-RIGHTS-01", "有关部门不得因当事人的亲属违法犯罪而限制其报考公务员、参军或者享受社会救助。", False),
    # property lawfully acquired before the text, scrapped without compensation; an unlawful building is not
    ("C-RIGHTS-RETRO", "本办法实施前已经购置的燃油助力车，车主应当在六个月内自行报废，不予补偿。", True),
    ("C-RIGHTS-RETRO", "认定为违法建筑的，不予补偿。", False),
]


@rule_rows(CASES)
def test_rights_round13(rule_id, text, expected):
    check_row(rule_id, text, expected)


def test_unrelated_grounds_are_a_group():
    """The grounds C-RIGHTS-02 reads (a private debt, unpaid civic labour) are one group, and a benefit's own rent
    is none of them."""
    lexicon = default_lexicon()
    assert lexicon.has("ground.unrelated", "对个人存在未清偿民间借贷的申请人")
    assert lexicon.has("ground.unrelated", "不参加村里组织的环境卫生义务劳动的农户")
    assert not lexicon.has("ground.unrelated", "拖欠公共租赁住房租金的")
