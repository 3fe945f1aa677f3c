"""Upper-law alterations read by concept (round 13): a lead time written 提前N日, a discretionary fine made mandatory
in other words (可以并处 → 并一律处以), a right the clause refuses (可以口头提出 → 不接受口头申请), a prohibition turned
into a duty (不得强制要求以审计结果作为结算依据 → 应当以审计结果作为结算依据), a material added to the law's list, a time
limit whose act the law names far after its figure, a fine above a range the law lays in a list's lead-in, and an item
read with its list's lead-in. Clauses from tests/fixtures/rewordings/upper_round13.toml and heldout_round12; the
engine rows run on the shipped default snapshot."""

from __future__ import annotations

import pytest

from review.compare import compare
from review.engine import item_with_header
from review.model import Clause
from review.quantities import find_quantities
from tests.upper_helpers import upper_findings as _findings


LABOUR_37 = "劳动者提前三十日以书面形式通知用人单位，可以解除劳动合同。劳动者在试用期内提前三日通知用人单位，可以解除劳动合同。"
GREEN_27 = ("未经同意擅自占用城市绿化用地的，由城市人民政府城市绿化行政主管部门责令限期退还、恢复原状，可以并处罚款；"
            "造成损失的，应当负赔偿责任。")
INFO_29 = ("公民、法人或者其他组织申请获取政府信息的，应当向行政机关的政府信息公开工作机构提出，并采用包括信件、数据电文在内的"
           "书面形式；采用书面形式确有困难的，申请人可以口头提出，由受理该申请的政府信息公开工作机构代为填写政府信息公开申请。")
SME_12 = "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，但合同另有约定或者法律、行政法规另有规定的除外。"
INJURY_18 = ("提出工伤认定申请应当提交下列材料：\n(一)工伤认定申请表；\n(二)与用人单位存在劳动关系(包括事实劳动关系)的证明材料；\n"
             "(三)医疗诊断证明或者职业病诊断证明书(或者职业病诊断鉴定书)。\n"
             "工伤认定申请表应当包括事故发生的时间、地点、原因以及职工伤害程度等基本情况。")


def _kinds(clause: str, upper: str) -> dict[str, str]:
    return {c.kind + "/" + c.severity: c.message for c in compare(clause, upper).material()}


def test_a_lead_time_written_before_its_figure():
    (q,) = find_quantities("应当提前六十日以书面形式通知用人单位")
    assert (q.mode, q.text, q.hi) == ("lead", "提前六十日", 60)


def test_a_longer_lead_time_burdens_the_party():
    changes = compare("劳动者解除劳动合同的，应当提前六十日以书面形式通知用人单位。", LABOUR_37).material()
    assert any(c.kind == "time_limit" and c.severity == "warning" and "增加了当事人的义务" in c.message for c in changes)


def test_the_same_lead_time_is_no_change():
    assert not [c for c in compare("劳动者提前三十日以书面形式通知用人单位的，可以解除劳动合同。", LABOUR_37).material()
                if c.kind == "time_limit"]


def test_a_discretionary_fine_made_mandatory_in_other_words():
    changes = compare("未经同意擅自占用城市绿化用地的，由县城市管理局责令限期退还、恢复原状，并一律处以罚款。", GREEN_27).material()
    assert any(c.kind == "modal" and c.strong and "删去“可以”" in c.message for c in changes)


def test_the_discretionary_fine_kept_is_no_modal_change():
    changes = compare("未经同意擅自占用城市绿化用地的，由县城市管理局责令限期退还、恢复原状，可以并处罚款。", GREEN_27).material()
    assert not [c for c in changes if c.kind == "modal"]


def test_a_right_refused_is_read_as_may_to_must_not():
    changes = compare("申请获取政府信息的，应当向行政机关的政府信息公开工作机构提出，并一律采用书面形式，不接受口头申请。",
                      INFO_29).material()
    assert any(c.kind == "modal" and c.severity == "error" and "不接受" in c.message for c in changes)


def test_a_right_left_out_is_not_read_as_refused():
    changes = compare("申请获取政府信息的，应当向行政机关的政府信息公开工作机构提出，并采用书面形式。", INFO_29).material()
    assert not [c for c in changes if c.kind == "modal"]


def test_a_prohibition_turned_into_a_duty():
    changes = compare("除合同另有约定外，机关、事业单位应当以审计机关的审计结果作为与中小企业的结算依据。", SME_12).material()
    assert any(c.kind == "modal" and c.severity == "error" and "“不得”改为“应当”" in c.message for c in changes)


def test_the_prohibition_restated_is_no_change():
    assert not compare("机关、事业单位不得强制要求以审计机关的审计结果作为与中小企业的结算依据，法律、行政法规另有规定的除外。",
                       SME_12).material()


def test_a_material_added_to_the_law_s_list():
    changes = compare("提出工伤认定申请，应当提交工伤认定申请表、与用人单位存在劳动关系的证明材料、医疗诊断证明，"
                      "以及公安机关出具的事故责任认定书。", INJURY_18).material()
    added = [c for c in changes if c.kind == "condition_added" and c.strong]
    assert [c.clause_span for c in added] == ["公安机关出具的事故责任认定书"]


def test_the_law_s_materials_restated_add_nothing():
    changes = compare("申请工伤认定，应当提交工伤认定申请表、与用人单位存在劳动关系的证明材料以及医疗诊断证明或者职业病诊断证明书。",
                      INJURY_18).material()
    assert not [c for c in changes if c.kind == "condition_added" and c.strong]


def _item(text: str, header: str) -> Clause:
    return Clause(index=0, label="第二条（一）", text=text, start=0, end=len(text), paragraph=0, header=header)


def test_an_item_read_with_its_sanctioning_lead_in():
    clause = _item("（一）未取得污水排入排水管网许可证向城镇排水设施排放污水的；",
                   "排水户有下列情形之一的，由县城镇排水主管部门责令停止违法行为，处五十万元以上一百万元以下罚款：")
    assert item_with_header(clause) == [
        "排水户未取得污水排入排水管网许可证向城镇排水设施排放污水的，由县城镇排水主管部门责令停止违法行为，"
        "处五十万元以上一百万元以下罚款。"]


def test_an_item_of_a_list_without_a_sanction_is_read_alone():
    assert item_with_header(_item("（一）工伤认定申请表；", "提出工伤认定申请应当提交下列材料：")) == []


@pytest.mark.parametrize("text, header, law, article, words", [
    ("（一）未取得污水排入排水管网许可证向城镇排水设施排放污水的；",
     "排水户有下列情形之一的，由县城镇排水主管部门责令停止违法行为，处五十万元以上一百万元以下罚款：",
     "城镇排水与污水处理条例", "第五十条", "一百万元"),
    ("未对设在城市道路上的检查井、箱盖缺损及时补缺或者修复的，由县城市管理局责令限期改正，并处二万元以上五万元以下罚款。", "",
     "城市道路管理条例", "第四十二条", "五万元"),
    ("用人单位未申请工伤认定的，工伤职工或者其近亲属应当在事故伤害发生之日起6个月内提出认定申请。", "",
     "工伤保险条例", "第十七条", "6个月内"),
])
def test_upper_law_alterations(corpus, text, header, law, article, words):
    found = _findings(corpus, text, header)
    assert any(f.rule == "UPPER-ALTERED" and law in f.upper.law and f.upper.article_label == article
               and words in f.problem for f in found), [f.problem for f in found]


@pytest.mark.parametrize("text", [
    "机动车驾驶人违反道路通行规定的，由县公安局交通警察大队处警告或者二十元以上二百元以下罚款。",
    "劳动者提前三十日以书面形式通知用人单位的，可以解除劳动合同。",
    "未经同意擅自占用城市绿化用地的，由县城市管理局责令限期退还、恢复原状，可以并处罚款；造成损失的，应当负赔偿责任。",
    "依照《工伤保险条例》第十七条第二款，用人单位未提出工伤认定申请的，工伤职工或者其近亲属、工会组织可以在事故伤害发生之日起1年内直接提出申请。",
    "机关、事业单位不得强制要求以审计机关的审计结果作为与中小企业的结算依据，法律、行政法规另有规定的除外。",
])
def test_faithful_restatements_stay_quiet(corpus, text):
    assert not _findings(corpus, text)
