"""compare() read as norms: the unit of an article a clause restates, figures by tier and by what they are
(a threshold, a floor, a cap, an entitlement, a limitation period, a fixed fine for a range), modal verbs on the act
they govern, alternatives required together, the executing body and procedure, a deemed consequence — and the lawful
look-alikes of each. Upper texts are real articles as the corpus holds them; clauses are written the way county
drafts restate them (the round-6 dev fixture, tests/fixtures/rewordings/upper_law_round6.toml, has more)."""

from __future__ import annotations

import pytest

from review.compare import compare
from review.compare.units import best_unit


@pytest.fixture(scope="module")
def article(corpus):
    def get(law: str, number: int) -> str:
        works = [w for w in corpus.find_works(law) if w.has_text]
        assert works, law
        p = corpus.provision(works[0].versions[-1].version_id, number)
        assert p is not None, (law, number)
        return p.text
    return get


def read(clause: str, upper: str) -> set[tuple[str, str]]:
    """(kind, severity) of every material change, the clause compared with the unit of ``upper`` it restates."""
    unit = best_unit(clause, upper)
    result = compare(clause, unit.text, context=clause)
    for ch in result.changes:
        assert ch.clause_span in clause and ch.upper_span in unit.text, ch
    return {(c.kind, c.severity) for c in result.material()}


ROWS = [
    # ---- the unit: 第二款 of 工伤保险条例 第十七条, not the 30日 of 第一款
    ("工伤保险条例", 17, "用人单位未在规定时限内提出工伤认定申请的，工伤职工或者其近亲属应当自事故伤害发生之日起三个月内"
     "直接提出申请，逾期不予受理。", {("time_limit", "warning")}),
    # lawful: 第二款 restated, 可以 written before the time limit instead of after it (a modal moved, not changed)
    ("工伤保险条例", 17, "用人单位未在三十日内提出工伤认定申请的，工伤职工或者其近亲属、工会组织可以在事故伤害发生之日起一年内"
     "直接向社会保险行政部门提出申请。", set()),
    # an item read with its lead-in (听证应当依照以下程序组织：（一）…五日内提出)
    ("行政处罚法", 64, "当事人申请听证的期限为收到听证告知书之日起三日。", {("time_limit", "warning")}),
    # ---- figures by tier: the tier of 一年以上不满三年 (二个月), whose cap is raised
    ("劳动合同法", 19, "本县企业与劳动者订立一年以上不满三年期限劳动合同的，试用期不得超过三个月。", {("time_limit", "warning")}),
    # lawful: that tier restated with the article's second paragraph
    ("劳动合同法", 19, "劳动合同期限一年以上不满三年的，试用期不得超过二个月；同一用人单位与同一劳动者只能约定一次试用期。", set()),
    # an entitlement cut (满5年不足10年: 18个月)
    ("失业保险条例", 17, "失业人员失业前所在单位和本人累计缴费满五年不足十年的，领取失业保险金的期限最长为十二个月。",
     {("time_limit", "warning")}),
    # a floor in the 但书 the clause restates (最短不得少于二十日)
    ("招标投标法", 24, "依法必须进行招标的项目，自招标文件开始发出之日起至投标人提交投标文件截止之日止，不得少于十日。",
     {("time_limit", "warning")}),
    # a qualifying period raised (居住半年以上 → 满一年) and the conditions required all together
    ("居住证暂行条例", 2, "外地来本县人员，在本县居住满一年，并同时具备合法稳定就业、合法稳定住所和连续就读三项条件的，"
     "可以申领居住证。", {("time_limit", "warning"), ("condition_added", "warning")}),
    # a limitation period lengthened (2年 → 三年)
    ("劳动保障监察条例", 20, "用人单位违反劳动保障法律、法规的行为在三年内未被发现，也未被举报、投诉的，劳动保障行政部门不再查处。",
     {("time_limit", "error")}),
    # a fine fixed at the top of the range for every case
    ("殡葬管理条例", 19, "墓穴占地面积超过省人民政府规定标准的，由县民政局责令限期改正，没收违法所得，并一律处违法所得三倍的罚款。",
     {("amount", "warning"), ("modal", "warning"), ("scope_changed", "warning")}),
    # a figure paired by what it is about although the words around it were rewritten (60日 → 十五日)
    ("行政复议法", 20, "当事人对本局作出的行政处罚决定不服的，应当在收到处罚决定书之日起十五日内向县人民政府申请行政复议。",
     {("time_limit", "warning")}),
    # lawful: a longer minimum consultation period (不得少于30日 → 四十五日)
    # (the 论证 duty the clause does not restate is read as left out: a weak change, counted only in a close
    # restatement)
    ("国有土地上房屋征收与补偿条例", 10, "房屋征收补偿方案公布后征求公众意见的期限为四十五日。", {("duty_removed", "warning")}),
    # ---- modal verbs on the act they govern
    # a party's right to act through another taken away (可以委托……代为提出申请 → 不得委托他人代为申请)
    ("社会救助暂行办法", 11, "申请最低生活保障的，应当由申请人本人持身份证件到户籍所在地乡镇人民政府提出书面申请，"
     "不得委托他人代为申请。", {("modal", "error"), ("duty_removed", "warning")}),
    # what the article forbids permitted (不得……采取停止供水、供电……方式)
    ("行政强制法", 43, "对拒不履行整改决定的经营户，有关部门可以采取停止供水、供电的方式督促其履行。", {("modal", "error")}),
    # a protective duty made optional (应当告知 → 可以根据案件情况决定是否告知)
    ("行政处罚法", 63, "拟作出较大数额罚款、吊销许可证件决定的，执法机构可以根据案件情况决定是否告知当事人有要求听证的权利。",
     {("modal", "error")}),
    # lawful: "can be" is no permission (证明可以是租赁合同……，提交其中一种即可)
    ("居住证暂行条例", 9, "居住地住址证明可以是房屋租赁合同、房屋产权证明文件、购房合同，或者房屋出租人、用人单位、就读学校"
     "出具的住宿证明，提交其中一种即可。", set()),
    # ---- alternatives the article offers, required together (租赁合同……或者住宿证明 → 租赁合同和产权证明)
    ("居住证暂行条例", 9, "以租住房屋作为居住地住址的，应当提交房屋租赁合同和出租人的房屋产权证明。",
     {("condition_added", "warning")}),
    # ---- another body and procedure: the county enforces where the law sends it to a court, without waiting for
    # the party's review and litigation periods
    ("国有土地上房屋征收与补偿条例", 28, "被征收人在补偿决定规定的期限内不搬迁的，由县城市管理综合执法局依法实施强制拆除。",
     {("body_changed", "error"), ("condition_removed", "error")}),
    # lawful: the article restated
    ("国有土地上房屋征收与补偿条例", 28, "被征收人在法定期限内不申请行政复议或者不提起行政诉讼，在补偿决定规定的期限内又不搬迁的，"
     "由县人民政府依法申请人民法院强制执行。", set()),
    # a power the article gives the State Council's departments taken by county bureaus
    # (办理签注手续不得收取费用, a sentence the clause does not restate, is read as left out: weak)
    ("居住证暂行条例", 21, "换领、补领居住证的证件工本费标准，由县发展和改革局会同县财政局核定。",
     {("body_changed", "warning"), ("duty_removed", "error")}),
    # ---- a deemed consequence reversed (即为受理 → 视为撤回申请)
    ("行政许可法", 32, "申请材料不齐全或者不符合法定形式的，受理窗口应当在五日内一次告知申请人需要补正的全部内容；"
     "逾期未告知的，视为申请人撤回申请。", {("consequence_changed", "error")}),
    # lawful: the article's own consequence
    ("行政许可法", 32, "申请材料不齐全或者不符合法定形式的，应当当场或者在五日内一次告知申请人需要补正的全部内容，逾期不告知的，"
     "自收到申请材料之日起即为受理。", set()),
    # ---- conditions: a step put before the article's procedure (先刊登遗失声明，再办理补领)
    ("居住证暂行条例", 11, "居住证丢失的，持有人应当先在县级以上报刊刊登遗失声明，再到居住地公安派出所办理补领手续。",
     {("condition_added", "warning")}),
    # lawful: a body's own undertaking (县公安局承诺) and a faster service (七个工作日) are no condition
    ("居住证暂行条例", 9, "县公安局承诺，对符合条件的居住证申请，自受理之日起七个工作日内制作发放居住证。", set()),
    # lawful: a condition on the body's extra service (具备条件的，可以当场制发)
    ("居住证暂行条例", 9, "公安机关对符合条件的居住证申请，应当自受理之日起十五日内制作发放居住证；具备条件的，可以当场制发。", set()),
]


@pytest.mark.parametrize("law, number, clause, expected", ROWS)
def test_what_a_clause_changed_in_the_norm_it_restates(article, law, number, clause, expected):
    assert read(clause, article(law, number)) == expected


@pytest.mark.parametrize("law, number, clause", [
    # two limits for two acts: 15日内报送备案 / 60日内支付工程款
    ("建设工程质量管理条例", 49, "工程竣工验收合格之日起60日内，发包人支付全部剩余工程款。"),
    # the same cap (不得超过……百分之十 / 控制在……10%以内)
    ("政府采购法", 49, "双方可以签订补充合同，但所有补充合同金额累计应当控制在原合同金额的10%以内。"),
    # a prohibition under a condition the clause lacks (已经……受理的，不得申请行政复议) is another norm
    ("行政复议法", 29, "对本协议履行有异议的，乙方有权依法向人民法院提起行政诉讼，也可以依法申请行政复议。"),
    # 必须 qualifying a noun (依法必须进行招标的项目) lays no duty a clause could weaken
    ("招标投标法实施条例", 32, "投标人应当具备相应的施工资质和安全生产许可证，不得以企业注册地或者所有制形式限制投标人。"),
])
def test_lawful_clauses_on_a_neighbouring_norm(article, law, number, clause):
    assert not {k for k, s in read(clause, article(law, number)) if k in ("time_limit", "amount", "modal")}


def test_the_unit_is_named(article):
    clause = "当事人申请听证的期限为收到听证告知书之日起三日。"
    assert best_unit(clause, article("行政处罚法", 64)).label == "第一款第（一）项"
    assert best_unit("用人单位未在规定时限内提出工伤认定申请的，工伤职工或者其近亲属可以在一年内提出申请。",
                     article("工伤保险条例", 17)).label == "第二款"
    assert best_unit(clause, "当事人要求听证的，应当在行政机关告知后五日内提出。").label == ""


def test_a_change_a_clause_in_its_own_words_can_show_is_data():
    from review.compare.grading import grade

    # a figure whose bearer is known shows; the fall-back row for an unknown bearer does not
    assert grade("time_limit", {"limit": "limit", "role": "organ", "direction": "longer"}, upper="5日", clause="10日").sure
    assert not grade("time_limit", {"limit": "limit", "role": "unknown", "direction": "longer"},
                     upper="5日", clause="10日").sure
    # a contradiction of modal verbs shows; a 可以 added where the article has no modal verb does not
    assert grade("modal", {"upper": "not", "clause": "may", "role": "organ"}, upper_word="不得", clause_word="可以").sure
    assert not grade("modal", {"upper": "none", "clause": "may", "role": "organ"}, upper_word="", clause_word="可以").sure
    # an exception left out, or a condition added, is no sure sign of an alteration
    assert not grade("exception_removed", {"case": "other"}, exception="但…除外").sure
    assert not grade("condition_added", {"case": "condition"}, added="户籍证明").sure


def test_a_figure_an_exception_of_the_unit_holds_is_restated_not_changed(article):
    # 可延长到30日 restates 但延长后最长不得超过30日, not 15日内 of the same 款
    clause = "在偏远地区、交通不便的地区或者因特殊情况，不能按期制作发放居住证的，制作发放时间可延长到30日。"
    assert not {k for k, _ in read(clause, article("居住证暂行条例", 9)) if k == "time_limit"}


def test_a_figure_another_article_of_the_law_holds_is_restated_there(corpus):
    from review.governing import altered_clauses, governing_laws
    from review.model import Clause

    laws = governing_laws(corpus, "审理行政复议案件办法", "依据《中华人民共和国行政复议法》", "2026-12-01")
    assert laws
    # 六十日 of 第六十二条 (作出行政复议决定), not 十日 of 第四十八条 (被申请人提出书面答复)
    text = "行政复议决定应当自收到行政复议申请书之日起60日内作出；法律规定的行政复议期限少于60日的，按法律规定执行。"
    assert not altered_clauses([Clause(0, "第十九条", text, 0, len(text), 0)], laws)
    # a value another article holds for other conduct (第十九条's 1000元 for 冒用) still alters 第十八条
    laws = governing_laws(corpus, "居住证管理办法", "依据《居住证暂行条例》", "2026-12-01")
    text = "违反本条例第二十六条规定，非法扣押居住证的，由公安机关责令改正，并可以处警告或者200元以上1000元以下罚款。"
    found = altered_clauses([Clause(0, "第三十条", text, 0, len(text), 0)], laws)
    assert found and "第十八条" in found[0].problem


def test_the_respondent_of_an_administrative_review_is_an_organ():
    from review.compare.roles import ORGAN, PARTY, role_at

    upper = "被申请人应当在法律、法规、规章规定的期限内重新作出具体行政行为"
    assert role_at(upper, upper.index("应当")) == ORGAN
    clause = "行政复议申请人可以自知道该具体行政行为之日起60日内提出行政复议申请"
    assert role_at(clause, clause.index("可以")) == PARTY


def test_a_prohibition_the_clause_restates_in_fewer_words_is_kept(article):
    # 不得再委托其他组织或者个人 restates 行政机关不得委托其他组织或者个人实施行政处罚; the clause's 可以委托 is the
    # article's own permission, not the prohibition turned into one
    clause = ("乡镇人民政府可以依照法律、法规、规章的规定书面委托符合条件的组织实施行政处罚，受委托组织应当以乡镇人民政府的"
              "名义实施，不得再委托其他组织或者个人。")
    assert not {k for k, _ in read(clause, article("行政处罚法", 20)) if k == "modal"}


def test_a_lapse_consequence_is_not_the_act_a_time_limit_is_for(article):
    # 三日内以书面形式提出，逾期视为放弃: the limit is for 提出 (五日内提出听证申请), shortened
    clause = "申请人、利害关系人要求听证的，应当自被告知听证权利之日起三日内以书面形式提出，逾期视为放弃。"
    assert ("time_limit", "warning") in read(clause, article("行政许可法", 47))


def test_a_clause_citing_the_article_carries_its_remedy_condition(article):
    clause = ("县自然资源和规划局作出限期拆除决定后，当事人逾期不拆除的，由县人民政府强制拆除；强制拆除前，应当依照"
              "《中华人民共和国行政强制法》第四十四条予以公告，限期当事人自行拆除。")
    upper = article("行政强制法", 44)
    cmp = compare(clause, upper, cites_upper=True, context=clause)
    assert "condition_removed" not in {c.kind for c in cmp.material()}
    assert "condition_removed" in {c.kind for c in compare(clause.split("；")[0] + "。", upper).material()}


def test_a_modal_verb_another_article_of_the_law_lays_on_the_act(corpus):
    from review.compare.units import best_unit
    from review.engine import modal_elsewhere

    def check(law: str, number: int, clause: str) -> bool:
        works = [w for w in corpus.find_works(law) if w.has_text]
        version = works[0].versions[-1]
        upper = corpus.provision(version.version_id, number)
        unit = best_unit(clause, upper.text).text
        modal = [c for c in compare(clause, unit, context=clause).material() if c.kind == "modal"]
        assert modal, clause
        return modal_elsewhere(modal[0], clause, unit, upper, corpus, "2026-12-01")

    # 可以……申请人民法院强制执行 is 第五十三条's, on the same matter: no change of 第四十六条's 应当
    assert check("行政强制法", 46, "甲方可以依法申请人民法院强制执行，但以乙方在法定期限内未申请行政复议或者提起行政诉讼，"
                                    "且仍不履行为前提。")
    # 第五十七条's 依法可以不予行政处罚的 is another matter: 不予 → 可以不予 of 第三十三条 stands
    assert not check("行政处罚法", 33, "违法行为轻微并及时改正，没有造成危害后果的，可以不予行政处罚。")


def test_a_modal_verb_the_law_lays_in_the_same_sentence_is_no_change(article):
    # 医患双方可以通过下列途径解决：……申请人民调解: 也可以申请人民调解 repeats the lead-in's 可以
    clause = "发生医疗纠纷的，医患双方可以自愿协商，也可以申请人民调解、行政调解或者直接向人民法院提起诉讼。"
    assert not {k for k, _ in read(clause, article("医疗纠纷预防和处理条例", 22)) if k == "modal"}
    # ……1年内，可以直接……提出 restated with 可以 before the period: moved, not added and dropped
    clause = ("用人单位未在三十日内提出工伤认定申请的，工伤职工或者其近亲属、工会组织可以在事故伤害发生之日起一年内直接向"
              "社会保险行政部门提出申请。")
    assert not {k for k, _ in read(clause, article("工伤保险条例", 17)) if k == "modal"}
    # 不予 → 可以不予 still alters 行政处罚法 第三十三条 (no 可以 on that act in its sentence)
    clause = "违法行为轻微并及时改正，没有造成危害后果的，可以不予行政处罚。"
    assert ("modal", "warning") in read(clause, article("行政处罚法", 33))


def test_a_choice_among_the_means_the_law_lists_keeps_its_duty(article):
    # 应当以支票、汇票……等非现金形式提交 → 可以采用支票、汇票……等非现金形式: the supplier picks one of the law's means
    upper = article("政府采购法实施条例", 48)
    clause = "乙方应当在合同签订前提交履约保证金，可以采用支票、汇票、本票或者金融机构、担保机构出具的保函等非现金形式。"
    assert not {k for k, _ in read(clause, upper) if k == "modal"}
    # … but a choice that lets cash in is no longer the law's list
    clause = "中标供应商提交履约保证金，可以采用现金或者支票等形式。"
    assert ("modal", "error") in read(clause, upper)


def test_two_bearers_time_limits_are_not_one_changed(article):
    # the organ's 10个工作日内答复 is not the 申请人-side cap on the extension (延长的期限最长不得超过20个工作日)
    clause = "行政机关不能当场答复政府信息公开申请的，力争在10个工作日内答复；确有困难的，在法定期限内答复。"
    assert ("time_limit", "warning") not in read(clause, article("政府信息公开条例", 33))
    # the same bearer's longer limit still counts (作出决定 within 30 days for 20)
    clause = "行政机关不能当场答复政府信息公开申请的，应当自收到申请之日起30个工作日内予以答复。"
    assert {k for k, _ in read(clause, article("政府信息公开条例", 33))} & {"time_limit"}


@pytest.mark.parametrize("text, law, other", [
    # the fine is the 规章's the clause applies, not 治安管理处罚法's altered
    ("由住房和城乡建设部门，根据《商品房屋租赁管理办法》责令限期改正，可处以五千元以下罚款。", "中华人民共和国治安管理处罚法", True),
    # the governing law itself, with or without 中华人民共和国
    ("依照《治安管理处罚法》第二十七条，处一千元以下罚款。", "中华人民共和国治安管理处罚法", False),
    # no instrument named: compared with the governing law
    ("非法扣押他人居住证的，处五百元罚款。", "居住证暂行条例", False),
])
def test_a_clause_applying_another_instrument(text, law, other):
    from review.governing import applies_other

    assert applies_other(text, law) is other


# 居住证暂行条例 第二十一条 and the clause of a provincial regulation (D103 第十三条) whose sentences restate its first
# 款 and both 款: the unit joins each 款 once, in the article's order, whatever the order of a set of units (the
# comparison, and so the finding, changed with PYTHONHASHSEED when the first 款 came twice, before or after the second)
PERMIT_FEES = ("首次申领居住证，免收证件工本费。换领、补领居住证，应当缴纳证件工本费。办理签注手续不得收取费用。\n"
               "具体收费办法由国务院财政部门、价格主管部门制定。")
PERMIT_FEES_CLAUSE = ("《云南省居住证》有效期分为1年、3年、5年。\n《云南省居住证》记载项目发生变化的，应当办理变更手续；遗失、损毁的，"
                      "应当办理补领手续；有效期届满需继续居住的，应当在届满前30日内办理换领手续。\n《云南省居住证》工本费纳入州（市）"
                      "财政预算。居住登记以及《云南省居住证》的办理、变更、换领，不得收费。补领的应当缴纳工本费，收费标准由省价格主管部门"
                      "会同财政、省公安机关等部门制定。\n《云南省居住证》式样、标准和制作由省公安机关规定，并负责逐步推广使用智能卡居住证。")


def test_a_unit_joins_each_paragraph_once_in_the_articles_order():
    from review.compare.units import best_unit

    unit = best_unit(PERMIT_FEES_CLAUSE, PERMIT_FEES)
    lines = unit.text.split("\n")
    assert len(lines) == len(set(lines))
    assert lines == [line for line in PERMIT_FEES.split("\n") if line in lines]


def test_joined_units_leave_out_what_another_holds():
    from review.compare.units import Unit, _without_covered

    first, second = Unit("甲。", 1), Unit("乙。", 2)
    both = Unit("甲。\n乙。", 1, span=2)
    assert _without_covered({first, both}) == [both]
    assert _without_covered({second, first}) == [first, second]
    assert _without_covered({Unit("甲：\n（一）丙", 1, 1), first}) == [first]
