"""Round 22 (docs22, issue 9): readings fixed on the labelled real documents, by class.

* a particle that is the last character of a word (the 同 of 合同, the 与 of 参与) does not make the old body after it
  an actor (review.agencies.IN_WORD; D054's labelled look-alike);
* compliance with family planning as one link of a chain of conditions that the sentence closes with a grant
  (birth.compliance_chain in FP-COMPLY; D054 第二条);
* a points scheme's table cell of compliance alone (FP-COMPLY-POINTS, only in a document whose title says 积分; D008);
* birth status as an item of the personal data a body records or a card carries (FP-INFO-ITEM; D052, D090, D098,
  D100, D110).
"""

from __future__ import annotations

import pytest

from tests.real_lines import DOCS, document_line, review_lines

needs_docs = pytest.mark.skipif(not DOCS.is_dir(), reason="../shared/data/documents 不存在")


def _rules_on(text: str, corpus, title: str = "某市进城务工人员子女就学管理办法") -> set[str]:
    opinion = review_lines("\n".join([title, text, "某市人民政府", "2015年3月1日"]), corpus)
    out = set()
    for f in opinion.findings:
        if f.severity in ("error", "warning"):
            out.add(f.rule)
            out.update(m.get("rule") for m in f.detail.get("merged") or () if isinstance(m, dict))
    return out


@pytest.mark.parametrize("text,expected", [
    # the 同 of 合同, the 与 of 参与: no particle
    ("第二条　父母一方与单位签订劳动合同或取得工商部门的营业执照的，可以申请。", False),
    ("第二条　劳动关系以双方签订的劳动合同或者工商部门的营业执照为准。", False),
    # a real particle, an act after the body, a paper the applicant must bring: the body acts as before
    ("第二条　个体工商户的年度报告由县工商行政管理局负责受理。", True),
    ("第二条　用人单位应当与区人口计生部门签订计划生育管理责任书。", True),
    ("第二条　申请人应当与用人单位签订一年以上劳动合同或者持有工商部门的营业执照。", True),
])
def test_particle_inside_a_word(text, expected, corpus):
    got = _rules_on(text, corpus) & {"AG-AIC", "AG-POP-FP"}
    assert bool(got) is expected, (text, got)


@pytest.mark.parametrize("text,expected", [
    ("第二条　户籍所在地没有监护条件，符合计划生育政策，且其父母在我市已取得暂住证并至当年8月底前已在我市实际居住一年及以上，"
     "同时其父母一方与我市用人单位签订一年及以上劳动合同，并按规定在我市交纳社会保险一年及以上的，可以在我市申请就学。", True),
    ("第二条　申请人在本市连续工作满三年，遵守计划生育政策，未受过刑事处罚，所在单位同意推荐，且本人及配偶、子女在本市无自有住房，"
     "家庭人均收入低于上年度城镇居民人均可支配收入的，方可申请承租人才公寓。", True),
    # granted whatever the status, a reward, the government's own duty
    ("第二条　进城务工人员子女，不论其父母是否符合计划生育政策，只要在本市实际居住并持有居住证满一年以上的，均可以申请就读公办学校。",
     False),
    ("第二条　各级人民政府应当落实计划生育家庭奖励扶助政策，对符合条件的农村部分计划生育家庭，按照国家规定发放奖励扶助金。", False),
])
def test_compliance_in_a_chain_of_conditions(text, expected, corpus):
    got = "FP-COMPLY" in _rules_on(text, corpus)
    assert got is expected, text


@pytest.mark.parametrize("title,text,expected", [
    ("某区来穗人员随迁子女积分入学积分项目及分值表", "（2）遵守计划生育政策，无违法生育", True),
    ("某市非户籍人员积分入户实施细则", "符合户籍地和本市人口与计划生育规定", True),
    ("某区来穗人员随迁子女积分入学积分项目及分值表", "（4）参加本区志愿服务满一百小时", False),
    # the same cell outside a points scheme: nothing says it scores
    ("某区来穗人员随迁子女入学工作方案", "遵守户籍地和本省计划生育政策", False),
])
def test_points_cell(title, text, expected, corpus):
    rules = _rules_on(text, corpus, title)
    # FP-COMPLY-POINTS yields to FP-COMPLY where that reads the cell already (a title with 入户, a gated word)
    got = bool(rules & {"FP-COMPLY-POINTS", "FP-COMPLY"}) if expected else "FP-COMPLY-POINTS" in rules
    assert got is expected, (title, text, rules)


@pytest.mark.parametrize("text,expected", [
    ("第九条　流动人口登记信息包括：姓名、性别、民族、出生日期、公民身份号码、服务处所、劳动就业、社会保障、计划生育、签发机关和"
     "签发日期等内容。", True),
    ("第十条　用工单位建立的外来务工人员档案，内容包括姓名、民族、出生日期、文化程度、计划生育情况、社会保险参保情况等。", True),
    ("第四条　居住证登载的内容包括：姓名、性别、民族、出生日期、公民身份号码、本人相片、常住户口所在地住址、居住地住址、证件的签发"
     "机关和签发日期。", False),
    ("第五条　流动人口登记信息包括姓名、性别、公民身份号码和居住地址，不得采集婚育、计划生育等与登记无关的信息。", False),
    ("第六条　夫妻生育子女的，可以在居住地办理生育登记，登记信息包括夫妻双方的姓名、公民身份号码和子女出生日期。", False),
    ("第七条　社区服务中心负责宣传优化生育政策，为育龄群众提供生育登记、孕前优生检查等服务信息。", False),
])
def test_birth_status_as_a_data_item(text, expected, corpus):
    got = "FP-INFO-ITEM" in _rules_on(text, corpus, "某市流动人口服务管理办法")
    assert got is expected, text


@needs_docs
@pytest.mark.parametrize("doc_id,words,title,rule", [
    ("D054", "符合计划生育政策", "杭州市义务教育阶段进城务工人员子女在杭就学管理暂行办法", "FP-COMPLY"),
    ("D008", "符合计生政策，无政策外生育", "番禺区外来务工人员子女积分申请入读公办学校起始年级积分项目及标准一览表", "FP-COMPLY-POINTS"),
    ("D052", "流动人口信息包括姓名", "杭州市流动人口服务管理条例", "FP-INFO-ITEM"),
    ("D090", "流动人口登记信息包括", "山西省流动人口服务管理办法", "FP-INFO-ITEM"),
    ("D098", "机读信息包括", "贵阳市流动人口居住登记和居住证管理办法", "FP-INFO-ITEM"),
    ("D110", "非深户籍人员信息包括", "深圳经济特区居住证条例", "FP-INFO-ITEM"),
])
def test_real_labelled_places(doc_id, words, title, rule, corpus):
    line = document_line(doc_id, words)
    if doc_id == "D054":      # one line holds the whole document: its 第二条
        line = "二、" + line.split("二、", 1)[1].split("三、", 1)[0]
    assert rule in _rules_on(line, corpus, title), (doc_id, words)


@needs_docs
def test_real_lookalike_d054(corpus):
    """D054 三（三） and 二: "工商部门的营业执照" after the 同 of 合同 — the labeller's look-alike (a paper described)."""
    line = document_line("D054", "工商部门的营业执照")
    part = "二、" + line.split("二、", 1)[1].split("三、", 1)[0]
    assert "AG-AIC" not in _rules_on(part, corpus, "杭州市义务教育阶段进城务工人员子女在杭就学管理暂行办法")


@pytest.mark.parametrize("text,expected", [
    # the charge as the second verb of what a prohibition forbids (D135's labelled look-alike, in review)
    ("第八条　未经本集体成员协商同意，不得将承包方多出的承包面积转为其他方式承包并收取承包费。", False),
    ("第八条　未经村民会议讨论通过，村民委员会不得将集体所有的山塘水库发包给本村以外的单位或者个人并收取承包费。", False),
    # the same shape as a duty
    ("第八条　在本镇集贸市场设摊经营的农户，应当向镇市场管理所登记并缴纳市场管理费。", True),
])
def test_prohibited_charge_after_and(text, expected, corpus):
    got = "C-FEE-01" in _rules_on(text, corpus, "某镇农村集体资产管理办法")
    assert got is expected, text
