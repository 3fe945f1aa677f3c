"""Round 28 wave 2 (issue 8: power, proof, agency on set Z) — pp28b: set Z's misses read by engine cause and built as
readings with open slots:

* proof (review/norms/paper.py): a third body's paper read by its noun and its issuer's kind — the facts it states may be
  several, joined by 、 (无上访、无经济纠纷意见); a paper named by …记录 that states none (派出所开具的……无治安违法记录);
  a government body's opinion certifying a fact in its 对 phrase (街道办事处对该房屋未用于居住……签署的意见); and the
  依法 of another's act done to the person's land (承包地被依法征收后……) is no basis for the paper then demanded
  (review/norms/analyse.py ``_EXCEPT_ADDED``);
* power (review/norms/takeover.py, power.py): the village itself as the possessor of its own matter (各村……分配方案)
  taken over by a township; an elected member replaced by any verb of sending (另行指派人员代理其职务); a quota handed
  down on a private party's business (核定下达……不得超出核定规模); a public hospital by its name's ending as a
  nonholder of sanctions (医共体总院……作出暂停执业活动的决定);
* agency (review/packs/agencies.toml): occupational-health functions given to the work-safety body, and homestead
  enforcement given to the land body (土地管理法 第七十八条, 2019), read by the function.

Rows are real inputs: set-Z shapes, clauses of tests/fixtures/rewordings/pp28b.toml (written first, other sectors), and
lawful look-alikes of the same surfaces.
"""

from __future__ import annotations

import pytest

from review.norms.paper import papers
from review.norms.takeover import takeovers
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

RULES = load_packs()

PAPERS = [
    # (sentence, header, the words the paper stands on)
    # several negative facts joined by 、 (set Z, bo)
    ("出租汽车经营权转让或者车辆更新的，经营者应当提交车辆所有人户籍所在地乡镇人民政府出具的无上访、无经济纠纷意见。", "", "无经济纠纷意见"),
    # a …记录 stating none, issued by the police (set Z, bn)
    ("药品零售企业申请换发药品经营许可证的，应当提交所在地公安派出所开具的企业负责人近五年无治安违法记录。", "", "无治安违法记录"),
    # a fact certified in the 对 phrase of a government body's opinion, an item of a materials list (set Z, bn)
    ("（五）房屋所在地街道办事处对该房屋未用于居住或者其他经营用途签署的意见；", "申请诊所备案的，应当提交下列材料：", "签署的意见"),
    # … the rewordings
    ("会展活动承办单位办理活动备案的，须提交乡镇人民政府开具的主要负责人无不良信用记录。", "", "无不良信用记录"),
    ("（三）项目所在地乡镇人民政府对该地块未发生过土地权属争议签署的意见；", "申请地震监测设施周边建设项目备案的，应当提交下列材料：", "签署的意见"),
]

NOT_PAPERS = [
    # (sentence, header) — why lawful
    ("乡镇人民政府对辖区内人防工程平时使用情况签署审核意见后，报县人民防空办公室备案。", ""),   # the body's own review
    ("县应急管理局应当对企业出具的检查记录进行抽查。", ""),                                         # a record named, no demand
    ("申请单位应当提交所在地乡镇人民政府出具的同意意见。", ""),                                     # a consent: the licence rules
]

TAKEOVERS = [
    # (sentence, header)
    ("（二）各村征地补偿费分配方案由镇人民政府统一制定，镇农经站督促各村于十月底前发放到位。", "三、任务分工"),   # set Z, bp
    ("驾驶培训机构的招生规模、教练车数量和教练员配置，由县交通运输局根据考试资源按季度核定下达，驾驶培训机构不得超出核定规模招生。", ""),  # set Z, bo
    ("快递企业在本县设立末端网点的数量，由县邮政管理局按年度核定下达，快递企业不得超出核定数量设点。", ""),
]

NOT_TAKEOVERS = [
    "公办幼儿园的招生规模由县教育局核定下达，幼儿园不得超出核定规模招生。",          # a public provider
    "医疗机构应当按照执业许可证核定的床位数开展诊疗活动，不得超出核定床位收治病人。",  # the licence's figure, not handed down
    "村集体经营性收入分配方案由村民会议讨论决定，乡人民政府给予指导。",                # the villagers decide
]


@pytest.mark.parametrize("sentence, header, words", PAPERS)
def test_paper(sentence, header, words):
    found = papers(sentence, header)
    assert found and words in found[0].text, found


@pytest.mark.parametrize("sentence, header", NOT_PAPERS)
def test_not_paper(sentence, header):
    assert not papers(sentence, header)


@pytest.mark.parametrize("sentence, header", TAKEOVERS)
def test_takeover(sentence, header):
    assert [g for _, _, g in takeovers(sentence, header)] == [""]


@pytest.mark.parametrize("sentence", NOT_TAKEOVERS)
def test_not_takeover(sentence):
    assert all(g for _, _, g in takeovers(sentence))


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in fixture_cases("pp28b.toml")])
def test_pp28b_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


Z_ROWS = [
    # (category, text, header) — set Z's misses this branch reads (the clause as 第二条 of a county draft)
    ("power", "县医共体总院负责组织成员单位医师的定期考核，对考核不合格的医师直接作出暂停执业活动的决定。", ""),
    ("power", "村民委员会成员因工作不力被群众多次投诉的，镇人民政府可以予以调整，并另行指派人员代理其职务至本届任期届满。", ""),
    ("proof", "承包地被依法征收后领取青苗补偿款的，承包户除持土地承包经营权证外，还应当由村民小组长和两名村民代表签字确认承包关系。", ""),
    ("agency", "（四）开展用人单位职业病危害项目申报审核和工作场所职业病危害因素检测结果备案工作。牵头单位：县应急管理局；配合单位：各乡镇人民政府。", "三、任务分工"),
    ("agency", "农村村民未经批准占用土地建住宅的，由县自然资源局责令退还非法占用的土地，限期拆除在非法占用的土地上新建的房屋。", ""),
]


@pytest.mark.parametrize("category, text, header", Z_ROWS)
def test_z_row(corpus, category, text, header):
    check_clause(corpus, RULES, {"category": category, "polarity": "positive", "text": text, "header": header})
