"""Round 29 wave 2 (pr29b, issue 8: power and rights): two causes several independent writers share, read with open slots.

* A benefit, place or service withdrawn for conduct unrelated to its purpose (未完成志愿服务时长的，不予办理……续期;
  拒不参加义务劳动的，暂停发放……补贴): review/norms/unrelated.py, read as a rights burden (C-RIGHTS-BURDEN).
* A department's power (its act by noun: 登记, 许可, 处罚, 审批, 核发) held by a body that is no organ (……服务中心,
  ……专班) or by a township (由……乡镇人民政府审核发放), the organ told to stop: review/norms/power.py ``_held``.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from review.rules import load_packs
from tests.new_clauses import assert_judged, findings_on_article

PACKS = load_packs()
CASES = tomllib.loads((Path(__file__).parent / "fixtures" / "rewordings" / "pr29b.toml").read_text("utf-8"))["case"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["text"][:16])
def test_pr29b_clauses(case, corpus):
    # review: the problem found in its category, the look-alike not flagged (a look-alike base29w2 flags by another
    # rule is recorded in the fixture, not asserted)
    if case.get("base_flagged"):
        pytest.skip("flagged on base29w2 by another rule")
    assert_judged(findings_on_article(corpus, PACKS, case["text"], case.get("header", "")), case)


@pytest.mark.parametrize("text,read", [
    # A novel_bt:72: a school place moved for a parent's unfinished volunteering
    ("在县城学校就读的农村学生，其家长每学期应当参加不少于16小时的校园护学岗志愿服务；未完成服务时长的，下一学年调整回户籍所在地学校就读。",
     "调整回户籍所在地学校就读"),
    # V novel_bf:72: an assistance refused for an offence already dealt with, the benefit named before the verb
    ("对在禁烧期内焚烧秸秆、违规野外用火被查处的农户，村民委员会在评议其低保、临时救助申请时一律不予通过。", "低保、临时救助申请时一律不予通过"),
    # a subsidy stopped for duty labour (the rewordings' shape)
    ("拒不参加村庄环境整治义务劳动的农户，暂停发放其当年度耕地地力保护补贴。", "暂停发放其当年度耕地地力保护补贴"),
    # the benefit is the duty's own: volunteering → a volunteers' award
    ("注册志愿者年度内未完成志愿服务时长的，不再推荐参加年度优秀志愿者评选。", None),
    # … the assistance itself defrauded
    ("骗取低保被查处的，取消其低保资格。", None),
    # a protective negation
    ("不得以村民未参加义务劳动为由，停止发放其耕地地力保护补贴。", None),
    # the organ's own unit and plan
    ("本库未完成轮换任务的，县粮食和物资储备局内部调整其下一年度轮换计划。", None),
])
def test_benefit_withdrawn_for_unrelated_conduct(text, read):
    from review.norms.unrelated import withdrawn
    found = withdrawn(text)
    assert (found[0].text if found else None) == read


@pytest.mark.parametrize("text,kind,guard", [
    # A novel_bu:79: a department's registration and penalties held by an investment service centre, the organs told to stop
    ("开发区范围内的市场主体登记和涉企行政处罚事项，由开发区招商服务中心统一行使，市直有关部门不再办理。", "usurp", ""),
    # A novel_bu:80: a county department's licence issued by a township
    ("为方便群众办事，农贸市场内熟食加工店的食品经营许可由所在乡镇人民政府审核发放，县市场监督管理部门负责备案登记。", "expand", ""),
    # the province's published list
    ("根据省人民政府公布的乡镇（街道）赋权事项清单，食品小作坊登记由乡镇人民政府行使，县市场监督管理局不再办理。", "expand", "granted"),
    # the organ's own window
    ("县邮政管理局内部的许可受理和审核事项，由本局政务服务窗口统一办理，各科室不再单独受理。", None, None),
    # a registration a statute gives a public service centre, no organ told to stop (就业促进法: 公共就业服务机构)
    ("失业登记由县公共就业服务中心办理。", None, None),
    # the registrar's own centre
    ("不动产登记由县不动产登记中心办理。", None, None),
])
def test_department_power_held(text, kind, guard):
    from review.norms.power import _held
    found = _held(text, "")
    assert (found[0][0], found[0][3]) == (kind, guard) if kind else not found
