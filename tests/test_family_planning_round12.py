"""Round 12 (issue 9, fpdocs12): the old family-planning and 暂住证 regime in long old documents — measures imposed on
people (contraception and pregnancy checks, approval of a further child, remedies for a pregnancy outside policy, FP
management pledges laid on landlords and employers, FP papers as the condition of a tenancy, 一票否决 accountability,
the punishment of births) and restrictions tied to the 暂住证 (no hiring, renting or premises without it, ordered to
leave). Sentences from the real documents (D031, D073) and in other drafters' words; look-alikes that must stay quiet.
The whole-engine check of a real document is in test_d031_family_planning_measures."""

import pytest

from tests.rule_rows import check_row, rule_rows

CASES = [
    # contraception and pregnancy checks laid on women
    ("FP-COERCIVE-SERVICE", "流动人口已婚育龄妇女应当按规定定期接受当地组织的避孕节育情况检查。", True),
    ("FP-COERCIVE-SERVICE", "流入人员中的育龄妇女每半年接受一次环孕情检查，不参加检查的，由社区督促其补检。", True),
    ("FP-COERCIVE-SERVICE", "育龄夫妻自主选择避孕节育措施，可以在居住地免费获得避孕药具和孕前优生健康检查服务。", False),
    ("FP-COERCIVE-SERVICE", "社区卫生服务中心为辖区孕产妇免费提供产前检查和产后访视服务。", False),
    # approval of a further child
    ("FP-APPROVAL", "流动人口申请再生育的，回女方户籍地按有关规定申请办理。", True),
    ("FP-APPROVAL", "外来务工夫妻要求生育第二个孩子的，须回男方或者女方户籍所在地申请审批。", True),
    ("FP-APPROVAL", "夫妻生育第二个或者第三个子女的，可以在现居住地办理生育登记，无需审批。", False),
    # remedies for and reports of a pregnancy outside policy
    ("FP-REMEDY", "如发现流动人口育龄妇女计划外怀孕和生育，应当及时向社区居委会报告，并积极协助落实补救措施。", True),
    ("FP-REMEDY", "村（居）民委员会发现辖区内有计划外怀孕对象的，应当在三日内上报镇计生办，并跟踪落实补救措施。", True),
    ("FP-REMEDY", "禁止非医学需要的胎儿性别鉴定和选择性别的人工终止妊娠，发现的应当及时向卫生健康部门报告。", False),
    ("FP-REMEDY", "医疗机构发现孕妇有妊娠合并症的，应当及时转诊并报告卫生健康部门。", False),
    # FP management pledges laid on private parties (not the government's own target pledges: FP-VETO)
    ("FP-PLEDGE", "向流动人口出租或者出借房屋的业主应当与社区居委会签订计划生育管理责任书。", True),
    ("FP-PLEDGE", "出租房屋给外来人员居住的房东，须与村（居）委会签订流动人口计划生育管理协议。", True),
    ("FP-PLEDGE", "各级兼职单位每年初应与市、区政府签订《计划生育兼职单位综合治理工作目标管理责任书》。", False),
    ("FP-PLEDGE", "用人单位应当依法与招用的劳动者签订书面劳动合同，并为其缴纳社会保险费。", False),
    # the punishment of births
    ("FP-PUNISH", "协助社区居委会查处违反计划生育政策的流动人员。", True),
    ("FP-PUNISH", "依法查处非医学需要的胎儿性别鉴定行为。", False),
    # FP papers as the condition of a tenancy (the paper left unnamed), and the paper itself lent out
    ("FP-PROOF", "对未持证或持无效证件的已婚育龄流动人口，不得出租或出借房屋。", True),
    ("FP-PROOF", "已婚育龄流动人员未持有效婚育证件的，房屋出租人不得将房屋租给其居住。", True),
    ("FP-PROOF", "出借、出租计划生育证明的，依照有关规定处理。", False),
    # children sent back home for their parents' births (应当回原籍入学 is no equal treatment)
    ("FP-LINK", "对计划外生育尚未处理的外来人员，其子女不得在本市公办学校就读，应当回原籍入学。", True),
    ("FP-LINK", "教育、妇联部门在办理流动人口子女入托、入学手续时，应当核查其经现居住地街道计划生育工作机构出具的计划生育证明，"
                "对未按规定落实节育措施和计划外生育未处理的流动人口，要求其子女回户籍所在地入托入学。", True),
    ("FP-LINK", "政策外生育的子女，依法办理户口登记，享受与其他儿童同等的入学待遇。", False),
    # the veto applied after commas in a sentence about family-planning duties
    ("FP-VETO", "对擅自改变《责任书》内容、不履行计划生育综合治理职责分工的，由市、区政府责令改正、给予通报批评，并追究其负责人责任，"
                "情节严重的依法给予行政处分，按“一票否决权”制度追究责任。", True),
    ("FP-VETO", "对安全生产工作考核不合格的乡镇，实行安全生产一票否决。", False),
    # restrictions tied to the 暂住证
    ("C-RIGHTS-TEMP-PERMIT", "（四）不得雇用无《暂住证》的人员；", True),
    ("C-RIGHTS-TEMP-PERMIT", "未办理暂住登记的外地人员，任何单位和个人不得为其提供经营摊位或者生产经营场所。", True),
    ("C-RIGHTS-TEMP-PERMIT", "个人将房屋租给未领取暂住证的外地人员居住的，由公安机关责令改正，每租给一人罚款一百元。", True),
    ("C-RIGHTS-TEMP-PERMIT", "对无暂住证且无正当职业的外来人员，由公安机关责令其限期离开本市。", True),
    ("C-RIGHTS-TEMP-PERMIT", "已办理暂住证的，可以凭暂住证换领居住证，居住年限连续计算。", False),
    ("C-RIGHTS-TEMP-PERMIT", "用人单位招用劳动者，应当查验其居民身份证，不得招用未满十六周岁的未成年人。", False),
    ("C-RIGHTS-TEMP-PERMIT", "对违反出境入境管理规定的外国人，公安机关可以责令其限期出境。", False),
    ("C-RIGHTS-TEMP-PERMIT", "申请人应当持有本市居住证（暂住证）满三年。", False),
]


@rule_rows(CASES)
def test_round12_family_planning_rows(rule_id, text, expected):
    check_row(rule_id, text, expected)


def test_d031_family_planning_measures(shared, request):
    """The real 2005 Shenzhen migrant family-planning measures, reviewed whole: each measure is found at its own words."""
    from review.engine import ReviewOptions, review_document
    from review.readers import read_document
    from review.rules import load_packs

    found = sorted((shared / "data" / "documents" / "txt").glob("D031_*.txt"))
    if not found:
        pytest.skip("D031 not available")
    corpus = request.getfixturevalue("corpus")      # the real corpus, built only when the document is there
    opinion = review_document(read_document(found[0]), corpus, load_packs(),
                              ReviewOptions(as_of="2026-12-01", upper_law=False))
    quotes = {(f.rule, f.quote) for f in opinion.findings}
    texts = " | ".join(q for _, q in quotes)
    for words in ("避孕节育情况检查", "对未持证或持无效证件的已婚育龄流动人口", "计划外怀孕", "查处违反计划生育政策的流动人员",
                  "按“一票否决权”制度追究责任", "计划外生育未处理的流动人口"):
        assert words in texts, words
    assert any(rule == "FP-PLEDGE" and "签订计划生育管理责任书" in q for rule, q in quotes)
