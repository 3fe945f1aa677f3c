"""Upper-law round 29 wave 2, upper29b (bench/README.md, "Round 29 wave 2 — upper29b"): a step the article puts
before its consequence (a refusal after an order to correct, an approval before the act, an expert review or consent
before a decision) dropped by a clause that restates the consequence (review/compare/steps.py, the kinds of step as
data in grading.toml [steps]). Articles as read in the corpus (/tmp/c3.db, 2026-12-05)."""

from __future__ import annotations

import pytest

from review.compare import compare
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

RULES = load_packs()
MILITARY = ("违反本法第三十三条规定，在军用无线电固定设施电磁环境保护范围内建造、设置影响军用无线电固定设施使用效能的设备和电磁障碍"
            "物体，或者从事影响军用无线电固定设施电磁环境的活动的，由自然资源、生态环境等主管部门以及无线电管理机构给予警告，责令限期改正；"
            "逾期不改正的，查封干扰设备或者强制拆除障碍物。")
SURVEY = "建设工程勘察、设计文件内容需要作重大修改的，建设单位应当报经原审批机关批准后，方可修改。"
SPORTS = ("因城乡建设确需拆除公共文化体育设施或者改变其功能、用途的，有关地方人民政府在作出决定前，应当组织专家论证，并征得上一级人民"
          "政府文化行政主管部门、体育行政主管部门同意，报上一级人民政府批准。")
BOILER = ("违反本法规定，电力、石油加工、化工、钢铁、有色金属和建材等企业未在规定的范围或者期限内停止使用不符合国家规定的燃油发电机组"
          "或者燃油锅炉的，由县级以上地方人民政府循环经济发展综合管理部门责令限期改正；逾期不改正的，责令拆除该燃油发电机组或者燃油锅炉，"
          "并处五万元以上五十万元以下的罚款。")


def _steps(clause: str, upper: str) -> list[tuple[str, str]]:
    return [(c.kind, c.severity) for c in compare(clause, upper).material()
            if c.kind == "condition_removed" and "前置" in c.message]


@pytest.mark.parametrize("clause, upper", [
    # the order to correct and the refusal dropped before a measure that is no fine (军事设施保护法 第五十九条)
    ("在军用无线电固定设施电磁环境保护范围内建造影响其使用效能的电磁障碍物体的，由县自然资源局强制拆除障碍物。", MILITARY),
    # the approval before the act dropped (建设工程勘察设计管理条例 第二十八条第三款)
    ("建设工程勘察、设计文件内容需要作重大修改的，建设单位可以委托原勘察、设计单位直接修改。", SURVEY),
    # the expert review, consent and approval before a decision dropped (公共文化体育设施条例 第二十七条; A novel_bt)
    ("因城市更新确需拆除县体育馆、全民健身中心等公共体育设施的，经县人民政府常务会议研究决定后组织实施，并在三年内择地重建。", SPORTS),
])
def test_step_dropped(clause, upper):
    assert _steps(clause, upper) == [("condition_removed", "error")]


@pytest.mark.parametrize("clause, upper", [
    # the refusal kept in other words
    ("在军用无线电固定设施电磁环境保护范围内建造电磁障碍物体的，由县自然资源局给予警告，责令限期改正；逾期仍未改正的，强制拆除障碍物。",
     MILITARY),
    # the approval kept as a prohibition without it
    ("建设工程勘察、设计文件内容需要作重大修改的，建设单位应当报原审批机关批准；未经批准的，不得修改。", SURVEY),
    # the step named by reference
    ("确需拆除公共体育设施的，依照《公共文化体育设施条例》第二十七条的规定办理。", SPORTS),
    # a fine after a refusal is the engine's (refusal_dropped pairs its figures): not read here twice
    ("钢铁企业未在规定的期限内停止使用燃油锅炉的，由市发展改革委责令拆除该燃油锅炉，并处五万元以上五十万元以下的罚款。", BOILER),
    # a clause on the case only, saying no consequence of the article
    ("县自然资源局应当加强军用无线电固定设施电磁环境保护范围的宣传。", MILITARY),
])
def test_step_kept_or_not_said(clause, upper):
    assert _steps(clause, upper) == []


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in fixture_cases("upper29b.toml")])
def test_upper29b_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


DEVICES = ("有下列情形之一的，由负责药品监督管理的部门向社会公告单位和产品名称，责令限期改正；逾期不改正的，没收违法所得、违法生产经营的"
           "医疗器械；违法生产经营的医疗器械货值金额不足1万元的，并处1万元以上5万元以下罚款：\n（一）生产、经营未经备案的第一类医疗器械；\n"
           "（三）经营第二类医疗器械，应当备案但未备案；")


def test_protective_item_no_sanction_said():
    # a protective item on the goods the article's items name says no sanction of it (医疗器械监督管理条例 第八十四条;
    # V novel_be, 医疗器械经营监督管理按照下列规定执行：)
    assert _steps("（一）从事第一类医疗器械经营的，无需办理经营许可或者备案；经营依规定免于经营备案的第二类医疗器械的，不得要求其补办"
                  "备案；", DEVICES) == []


def test_protective_negation_no_sanction_said():
    # the consequence named only under a protective negation (不得……强制拆除) lays none (军事设施保护法 第五十九条)
    assert _steps("在军用无线电固定设施电磁环境保护范围内建造电磁障碍物体的，县自然资源局不得未经法定程序强制拆除障碍物。",
                  MILITARY) == []
