"""Wrong findings on real documents (issue 9, round 10, wave 2): sentences of the round-10 labelled documents (now dev,
tests/fixtures/real_labels/heldout_round10) that a rule flagged and a legal officer would not, each next to a problem
sentence of the same surface that must stay flagged. One row per cause (bench/README.md, "docprec10b")."""

from tests.rule_rows import check_row, rule_rows

CASES = [
    # the registered tenancy as proof of residence for a 居住证 (居住证暂行条例 第九条: 居住地住址证明包括房屋租赁合同……;
    # D089 第十二条（三）, D098 第十四条（三）): the regulation's own proof of a fixed home, not a status proof set at will
    ("C-PROOF-03", "(三)已购买房屋或者已租赁房屋并持有房屋租赁登记备案证明的；", False),
    ("C-PROOF-03", "（三）固定住所的房屋租赁登记备案证明或者相关证明材料；", False),
    ("C-PROOF-03", "申请人才住房补贴的，应当提交房管部门出具的房屋租赁登记备案证明。", True),
    # a farmer signs to confirm his own plot's area (D135 一、（四）): the household confirms a survey of its own right,
    # no body's leave to act
    ("C-LICENSE-01", "承包地块面积、四至等表格材料要经过农户签字认可。", False),
    ("C-LICENSE-01", "农户在承包地上建设设施农用地的，要经过乡镇人民政府审核认可后方可开工。", True),
    # the collective's members' consent to let the surplus area out otherwise (农村土地承包法 第五十二条: 本集体经济组织
    # 成员的村民会议三分之二以上成员……同意; D135 三、（三）): the collective's own decision, not a licence
    ("C-LICENSE-01", "未经本集体成员协商同意，不得将承包方多出的承包面积转为其他方式承包并收取承包费。", False),
    ("C-LICENSE-01", "未经乡镇农经站批准，不得将承包方多出的承包面积转为其他方式承包。", True),
    # the environmental-impact approval 环境影响评价法 第二十五条 sets, restated (D121 第四条)
    ("C-LICENSE-01", "第四条　建设项目的环境影响评价文件未经有审批权的环保部门审查或者审查后未予批准的，建设单位不得开工建设。", False),
    ("C-LICENSE-01", "建设项目的施工方案未经县环保局审查同意的，建设单位不得开工建设。", True),
    # a land-use plan approved level by level (土地管理法 第二十条 分级审批; D160 一): the approval binds a public plan
    ("C-LICENSE-01", "土地利用总体规划（以下简称“规划”）实行自上而下逐级审查审批。", False),
    ("C-LICENSE-01", "对本市范围内的校外托管机构实行准入审批制度。", True),
    # papers a parent supplies for a pupil's trip abroad, then the school's own approval (D083 第十条): the guardian
    # consents to nothing, the school is no private party
    ("C-LICENSE-CONSENT", "学生出国、归国由父母或其他监护人提出书面申请，提交《出国、归国申请表》和有关证明材料（学生本人护照复印件，"
                          "户口簿复印件；随父母或其他监护人出国交流学习的，还需提供父母或其他监护人的出国公函及护照复印件），"
                          "学校审核同意后，通过电子学籍系统报学籍主管部门登记。", False),
    ("C-LICENSE-CONSENT", "申请设置临时摊点的，应当提交所在小区物业服务企业出具的同意意见。", True),
    # an investor's share of an enterprise's subscribed capital, as scored in a points rule (D035 附件): no levy
    ("C-FEE-02", "3、投资份额占该企业认缴资本比例以工商登记为准。", False),
    ("C-FEE-02", "辖区企业应当按职工人数每人200元筹集公共租赁住房建设资金。", True),
    # a building named after an old body (建委宿舍, D017 二、): an address in a school's catchment list, no body acts
    ("AG-CONSTRUCTION", "第三小学：濠头村、濠四村、何志强商住楼、濠苑别墅、濠景小区、银苑小区、光裕大厦、荣华居、悦华居、"
                        "新俊大厦和建委宿舍、贝迪豪庭。电话：85593022", False),
    ("AG-CONSTRUCTION", "市建委：负责协助开展建筑施工企业社会保险参保工作的监督检查。", True),
]


@rule_rows(CASES)
def test_real_sentence(rule_id, text, expected):
    check_row(rule_id, text, expected)
