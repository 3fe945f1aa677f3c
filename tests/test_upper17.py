"""Upper-law round 17, upper17: alterations the comparison reads but the engine did not report, and the look-alikes
that must stay quiet. What was built (bench/README.md, "Round 17 — upper17"):

* a sanction's sentence that steps up the one before (……责令限期改正；拒不改正的，处1万元以下罚款) is for the conduct
  of that sentence (review.compare.figures.continued_from): a clause's fine for the conduct is set against it;
* the body a time limit's act is lodged with is no part of the act (6个月内向县人力资源和社会保障局提出 is a bare
  提出: review.engine._bare_act_after);
* a weaker kind of change counts in a restatement in the clause's own words where the clause's words confirm it
  (review.engine.confirmed_changes): a prohibition of the article dropped on the clause's own matter, a power of the
  county level moved to a township, an exception or right dropped where the clause says its rule holds for all;
* a close restatement with nothing changed is noted as restating the article (UPPER-RESTATES) whatever the document's
  subject, so the measure it carries is the article's;
* a body's own commitment (县不动产登记中心对一般登记事项承诺……) is no condition added.

Clauses in other words and sectors than tests/fixtures/rewordings/upper17.toml where possible; article texts as read
in the corpus."""

from __future__ import annotations

import pytest

from review.compare import compare
from review.compare.figures import continued_from, figure_use
from review.upper_changes import _bare_act_after, confirmed_changes

WATER_49 = ("工业企业的生产设备冷却水、空调冷却水、锅炉冷凝水未回收利用的，由县级以上地方人民政府水行政主管部门责令改正，"
            "可以处5万元以下的罚款；拒不改正的，处5万元以上10万元以下的罚款。")
VIDEO_29 = "未依照本条例第十四条规定备案或者提供虚假备案信息的，由公安机关责令限期改正；拒不改正的，处1万元以下罚款。"
TRANSPORT_65 = ("从事机动车维修经营业务，未按规定进行备案的，由县级以上地方人民政府交通运输主管部门责令改正；"
                "拒不改正的，处3000元以上1万元以下的罚款。")
FOREST_25 = ("森林防火期内，禁止在森林防火区野外用火。因防治病虫鼠害、冻害等特殊情况确需野外用火的，应当经县级人民政府批准，"
             "并按照要求采取防火措施，严防失火；需要进入森林防火区进行实弹演习、爆破等活动的，应当经省、自治区、直辖市"
             "人民政府林业主管部门批准，并采取必要的防火措施；中国人民解放军和中国人民武装警察部队因处置突发事件和执行"
             "其他紧急任务需要进入森林防火区的，应当经其上级主管部门批准，并采取必要的防火措施。")
HOMESTEAD_36 = ("依法取得的宅基地和宅基地上的农村村民住宅及其附属设施受法律保护。\n禁止违背农村村民意愿强制流转宅基地，"
                "禁止违法收回农村村民依法取得的宅基地，禁止以退出宅基地作为农村村民进城落户的条件，禁止强迫农村村民搬迁退出宅基地。")
MIGRANTS_30 = ("农村移民在本县通过新开发土地或者调剂土地集中安置的，县级人民政府应当将土地补偿费、安置补助费和集体财产补偿费"
               "直接全额兑付给该村集体经济组织或者村民委员会。\n农村移民分散安置到本县内其他村集体经济组织或者村民委员会的，"
               "应当由移民安置村集体经济组织或者村民委员会与县级人民政府签订协议，按照协议安排移民的生产和生活。")
RADIO_27 = ("设置、使用无线电台(站)应当向无线电管理机构申请取得无线电台执照，但设置、使用下列无线电台(站)的除外：\n"
            "(一)地面公众移动通信终端；\n(二)单收无线电台(站)；\n(三)国家无线电管理机构规定的微功率短距离无线电台(站)。")
PENALTY_72 = ("当事人逾期不履行行政处罚决定的，作出行政处罚决定的行政机关可以采取下列措施：\n"
              "（一）到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额；\n"
              "（二）根据法律规定，将查封、扣押的财物拍卖、依法处理或者将冻结的存款、汇款划拨抵缴罚款；")
EXPROPRIATION_19 = ("对被征收房屋价值的补偿，不得低于房屋征收决定公告之日被征收房屋类似房地产的市场价格。被征收房屋的价值，"
                    "由具有相应资质的房地产价格评估机构按照房屋征收评估办法评估确定。")
REGISTRY_20 = "不动产登记机构应当自受理登记申请之日起30个工作日内办结不动产登记手续，法律另有规定的除外。"


# ---------------------------------------------------------------- a sanction's follow-on sentence


def test_a_follow_on_sentence_is_read_with_the_one_it_steps_up():
    at = VIDEO_29.find("1万元以下")
    s = VIDEO_29.rfind("；", 0, at) + 1
    assert continued_from(VIDEO_29, s) == 0               # 拒不改正的，处…… continues the sentence on 备案
    words = figure_use(VIDEO_29, at, at + len("1万元以下"), "money")
    assert {"备案", "虚假"} <= words
    # a sentence that does not step up the one before stays apart
    text = "违反本条例规定的，责令改正；对单位处1万元以下罚款。"
    s = text.find("；") + 1
    assert continued_from(text, s) == s


@pytest.mark.parametrize("clause, upper, raised", [
    ("网约车维修站点从事机动车维修经营，未按规定进行备案的，由县交通运输局处1万元以上5万元以下罚款。", TRANSPORT_65, "5万元"),
    ("监控系统管理单位未按规定办理备案或者备案信息不实的，由县公安局并处2万元以下罚款。", VIDEO_29, "2万元"),
])
def test_a_fine_for_the_conduct_of_the_sentence_before_is_compared(clause, upper, raised):
    changes = [c for c in compare(clause, upper).material() if c.kind == "amount"]
    assert changes and raised in changes[0].clause_span


# ---------------------------------------------------------------- the body a time limit's act is lodged with


@pytest.mark.parametrize("text, bare", [
    ("受伤职工应当在6个月内向县人力资源和社会保障局提出，逾期不予受理。", True),
    ("申请人应当在十日内向市行政审批服务局提出。", True),
    ("当事人应当在6个月内提出，逾期不予受理。", True),
    ("当事人应当在五日内向检查机关申请复核。", False),      # an act named in full: 申请复核 after the body
    ("当事人可以在十五日内向县人民政府申请行政复议。", False),
])
def test_the_body_an_act_is_lodged_with_is_no_part_of_the_act(text, bare):
    assert _bare_act_after(text, text.find("内") + 1) is bare


# ---------------------------------------------------------------- weaker changes the clause's own words confirm


def _confirmed(clause: str, upper: str) -> list[str]:
    """What confirmed_changes keeps of the clause set against the unit of ``upper`` it restates (as the engine does)."""
    from review.compare.units import best_unit

    return [c.message for c in confirmed_changes(clause, compare(clause, best_unit(clause, upper).text))]


@pytest.mark.parametrize("clause, upper, said", [
    # a prohibition dropped on the clause's own matter (the act it forbids named by the clause)
    ("逾期不缴纳罚款的，执法机关每日按罚款数额的百分之三加处罚款，至当事人缴清全部罚款之日为止。", PENALTY_72, "不得超出"),
    ("被征收房屋价值的补偿，按评估机构评估价格的百分之九十确定，由征收部门一次性支付。", EXPROPRIATION_19, "不得低于"),
    # a power of the county level moved to a township
    ("农村移民在本县集中安置的，土地补偿费、安置补助费由所在乡镇人民政府统一兑付。", MIGRANTS_30, "乡镇"),
    ("森林防火期内因烧荒等特殊情况确需野外用火的，报经所在地乡镇人民政府批准后即可用火。", FOREST_25, "乡镇"),
    # an exception dropped where the clause says its rule holds for all
    ("在本县设置、使用各类无线电台（站），包括单收无线电台（站），均应当事先取得无线电台执照。", RADIO_27, "例外"),
])
def test_a_weaker_change_the_clause_confirms_counts(clause, upper, said):
    found = _confirmed(clause, upper)
    assert found and said in found[0]


@pytest.mark.parametrize("clause, upper", [
    # the clause restates one prohibition of the article's list: the others are not dropped
    ("禁止强迫农村村民搬迁退出宅基地，进城落户农民自愿有偿退出宅基地的，依法予以补偿。", HOMESTEAD_36),
    ("不得以退出宅基地作为农村村民进城落户的条件。", HOMESTEAD_36),
    # the article's permission path restated (确需……的，经县级人民政府批准): its exception, not its prohibition dropped
    ("森林防火期内，因烧荒等特殊情况确需野外用火的，应当报经县人民政府批准，并采取防火措施。", FOREST_25),
    # a negation of its own (不再要求) and a clause naming the law keep the prohibition
    ("加处罚款依照《中华人民共和国行政处罚法》第七十二条执行，每日按罚款数额的百分之三计算。", PENALTY_72),
    # the township helps the county: the county keeps the power
    ("乡镇人民政府协助县级人民政府将农村移民的土地补偿费、安置补助费直接全额兑付给村集体经济组织。", MIGRANTS_30),
    # the clause keeps an exception of its own
    ("设置、使用无线电台（站）的，均应当依法取得无线电台执照，但国家规定无需取得执照的除外。", RADIO_27),
])
def test_look_alikes_confirm_no_weaker_change(clause, upper):
    assert _confirmed(clause, upper) == []


# ---------------------------------------------------------------- a body's own commitment


@pytest.mark.parametrize("clause", [
    "县不动产登记中心对一般登记事项承诺自受理之日起5个工作日内办结，法律另有规定的除外。",
    "县不动产登记中心承诺，对一般登记事项自受理之日起五个工作日内办结。",
])
def test_a_bodys_own_commitment_is_no_condition(clause):
    assert not [c for c in compare(clause, REGISTRY_20).material() if c.kind == "condition_added"]


def test_a_partys_commitment_is_still_a_condition():
    clause = "申请人应当书面承诺其申请材料真实，不动产登记机构自受理之日起30个工作日内办结。"
    assert [c for c in compare(clause, REGISTRY_20).material() if c.kind == "condition_added" and "承诺" in c.message]


# ---------------------------------------------------------------- the whole upper-law search (the shipped corpus)


@pytest.mark.parametrize("text, law, article, said", [
    ("工业企业锅炉冷凝水未回收利用，经责令改正拒不改正的，由县水利局处10万元以上20万元以下罚款。",
     "节约用水条例", "第四十九条", "20万元"),
    ("森林防火期内因烧荒等特殊情况确需野外用火的，报经所在地乡镇人民政府批准后即可用火。",
     "森林防火条例", "第二十五条", "乡镇人民政府"),
])
def test_an_alteration_is_found_and_reported(corpus, text, law, article, said):
    from tests.upper_helpers import upper_findings

    found = [f for f in upper_findings(corpus, text) if f.rule == "UPPER-ALTERED"]
    assert found and law in found[0].upper.law and found[0].upper.article_label == article
    assert said in found[0].problem


def test_a_close_restatement_is_noted_whatever_the_documents_subject(corpus):
    from review.engine import ReviewOptions, upper_law_findings
    from review.model import Clause

    text = ("工业企业的生产设备冷却水、空调冷却水、锅炉冷凝水未回收利用的，由县水利局责令改正，可以处5万元以下的罚款；"
            "拒不改正的，处5万元以上10万元以下的罚款。")
    clause = Clause(index=0, label="第二条", text=text, start=0, end=len(text), paragraph=0, header="")
    findings, matched = upper_law_findings([clause], corpus, ReviewOptions(as_of="2026-12-01"), set_by_upper={0},
                                           topic="关于加强企业安全管理的通知")
    assert [f.rule for f in findings] == ["UPPER-RESTATES"]
    assert matched[0][1] is True


@pytest.mark.parametrize("text", [
    "禁止强迫农村村民搬迁退出宅基地，进城落户农民自愿有偿退出宅基地的，依法予以补偿。",
    "乡镇人民政府协助县人民政府做好农村移民安置补偿费用的管理和拨付工作。",
    "设置、使用无线电台（站）的，均应当依法取得无线电台执照，但国家规定无需取得执照的除外。",
    "县社会保险经办机构承诺自收到申请之日起5个工作日内办理完毕失业保险金申领手续。",
    "森林防火期内，因烧荒等特殊情况确需野外用火的，应当报经县人民政府批准，并采取防火措施。",
    "对通过信息共享能够核实的婚姻、户籍等情况，不再要求申请人提供证明材料。",
    "工业企业锅炉冷凝水未回收利用的，由县水利局责令改正，可以处5万元以下的罚款；拒不改正的，处5万元以上10万元以下的罚款。",
])
def test_look_alikes_get_no_upper_law_finding(corpus, text):
    from tests.upper_helpers import upper_findings

    assert upper_findings(corpus, text) == []


# ---------------------------------------------------------------- a fine imposed without the order to correct first


GRAIN_43 = "粮食收购企业未按照规定备案或者提供虚假备案信息的，由粮食和储备行政管理部门责令改正，给予警告；拒不改正的，处2万元以上5万元以下罚款。"


def test_a_fine_imposed_without_the_order_to_correct_is_read():
    from review.engine import refusal_dropped

    found = refusal_dropped("粮食收购企业提供虚假备案信息的，由县粮食和物资储备局处2万元以上5万元以下罚款。", GRAIN_43, [])
    assert found and found[0].kind == "condition_removed" and "拒不改正" in found[0].message
    # the step kept, in other words
    assert refusal_dropped("粮食收购企业提供虚假备案信息，经责令改正仍未改正的，处2万元以上5万元以下罚款。", GRAIN_43, []) == []
    assert refusal_dropped("粮食收购企业未按规定备案，逾期不改正的，由县粮食和物资储备局处2万元以上5万元以下罚款。", GRAIN_43,
                           []) == []
    # another conduct, the same figure: no pairing
    assert refusal_dropped("擅自改变粮食仓储设施用途的，处2万元以上5万元以下罚款。", GRAIN_43, []) == []


@pytest.mark.parametrize("text, law, article", [
    ("从事道路货物运输站经营，未按规定进行备案的，由县交通运输局处5000元以上2万元以下的罚款。", "道路运输条例", "第六十五条"),
    ("粮食收购企业提供虚假备案信息或者未按照规定备案的，一经查实，由县粮食和物资储备局处2万元以上5万元以下罚款。",
     "粮食流通管理条例", "第四十三条"),
])
def test_a_fine_without_the_order_to_correct_is_reported(corpus, text, law, article):
    from tests.upper_helpers import upper_findings

    found = [f for f in upper_findings(corpus, text) if f.rule == "UPPER-ALTERED"]
    assert found and law in found[0].upper.law and found[0].upper.article_label == article
    assert "前置程序" in found[0].problem
