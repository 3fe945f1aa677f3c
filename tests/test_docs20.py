"""Round 20, issue 9 (docs20): two readings the labelled real documents need (recall), each with its look-alikes.

* **the lead's ruling on the 社会保险经办机构** (MV-MEDICAL-INSURANCE-AGENCY): an old document that has the
  社会保险经办机构 (社保经办机构, 社会保险经办中心, 社会保险基金管理局, its own 市社会保险机构…) handle or pay 生育保险 or
  基本医疗保险 (生育津贴, 医疗费用结算, 参保登记 for 医保) gives it a 经办 the 2018 reform moved to the 医疗保障经办机构
  (社会保险经办条例 第四条). Only where the clause — any sentence of it, or its list header (``function_scope =
  "clause"``) — or the document's title ties the body to those insurances; 养老、工伤、失业 stay with it; a clause that
  names 医疗保障 is no finding; in a document made since the reform the name used for every insurance together is the
  statutory generic name (``generic``), no finding (round-6 D029, D049; round-12 D024; round-11 D030);
* **one validity finding for every instrument of a compiled document** (``validity.instrument_places``): a 办法 and the
  细则 a notice issues with it each end "2020年12月31日废止" (round-12 D086), four 试行 办法 compiled in one text each
  state no 有效期 (round-11 D031): the finding lists the other instruments' commencement clauses as its places.

Rows are from tests/fixtures/rewordings/docs20.toml and the real documents (read from ../shared/data/documents/txt)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from review.agencies import agency_findings, merge_agency_findings
from review.model import Clause, Document
from review.rules import load_packs
from tests.real_lines import AS_OF, DOCS, document_line, review_lines

needs_docs = pytest.mark.skipif(not DOCS.is_dir(), reason="../shared/data/documents 不存在")

RULE = "MV-MEDICAL-INSURANCE-AGENCY"
AGENCY_RULES = [r for r in load_packs() if r.category == "agency"]


def _doc(date: str = "", title: str = "某市社会保险工作若干规定", draft: str = "") -> Document:
    return Document(path="t.txt", text="", paragraphs=(), title=title, date=date, draft=draft)


def _found(text: str, *, header: str = "", date: str = "2015-06-01", title: str = "某市社会保险工作若干规定",
           draft: str = "", as_of: str = AS_OF) -> list[str]:
    clause = Clause(index=0, label="第一条", text=text, start=0, end=len(text), paragraph=0, header=header)
    doc = replace(_doc(date, title, draft), text=text)
    found = merge_agency_findings(agency_findings(AGENCY_RULES, [clause], doc, as_of))
    return [f.quote for f in found if RULE in (f.detail.get("rules") or [f.rule])]


ROWS = [
    # (id, clause, header, document date, found?)
    ("生育津贴 through the agency, old document", "用人单位可在职工生育的次月起1年内，向市社会保险经办机构申请支付生育津贴。",
     "", "2015-07-09", True),                                                                        # D029 第十条
    ("医保 settlement, local name", "参保人员住院发生的基本医疗保险费用，由社保经办机构与定点医疗机构直接结算。", "", "2015-11-05", True),
    ("the tie in the clause's other sentence",
     "参保人员在定点医院分娩的，其生育医疗费用实行直接结算。结算工作由市社会保险事业管理局负责。", "", "2014-01-01", True),
    ("the tie in the list header", "用人单位应当在招用职工之日起三十日内，向区社会保险经办中心办理参保登记。",
     "职工参加生育保险，按照下列规定办理：", "2014-01-01", True),
    ("新农合, 社保中心", "新农合参合农民的门诊统筹报销，由乡镇社保中心按季度汇总后报县级审核。", "", "2012-01-01", True),
    ("a draft made after the reform, tied to 生育保险 alone",
     "职工产假期间的生育津贴，由用人单位先行垫付，再向县社会保险经办机构申请拨付。", "", "", True),
    ("every insurance together in an old document: 医疗 moved",
     "社会保险经办机构负责基本养老保险、基本医疗保险的参保登记。", "", "2012-01-01", True),
    # look-alikes
    ("失业保险 stays", "失业人员领取失业保险金期间，由县社会保险经办机构按月发放。", "", "2012-01-01", False),
    ("工伤保险 stays", "工伤职工的一次性伤残补助金，由市社会保险经办机构从工伤保险基金中支付。", "", "2012-01-01", False),
    ("the clause names 医疗保障", "医疗保障经办机构、社会保险经办机构按照职责分工，分别办理职工基本医疗保险、基本养老保险的参保登记。",
     "", "2012-01-01", False),
    ("the generic name after the reform (a draft)", "用人单位应当按时足额缴纳基本养老保险、基本医疗保险、失业保险和工伤保险费，"
     "并向社会保险经办机构如实申报职工人数。", "", "", False),
    ("the generic name after the reform (dated)", "社会保险经办机构负责基本养老保险、基本医疗保险的参保登记。", "",
     "2023-10-01", False),
    ("the collector's functional name", "生育保险费由社会保险费征收机构按月征收。", "", "2012-01-01", False),
    ("the maker of a cited document", "参保人员住院治疗的，按照《市社会保险基金管理局关于基本医疗保险住院结算的通知》执行。",
     "", "2012-01-01", False),
    ("no tie in the clause", "社会保险经办机构应当为参保人员建立个人权益记录。", "", "2012-01-01", False),
]


@pytest.mark.parametrize("text,header,date,expected", [pytest.param(*r[1:], id=r[0]) for r in ROWS])
def test_social_insurance_agency_rows(text, header, date, expected):
    found = _found(text, header=header, date=date, draft="" if date else "送审稿")
    assert bool(found) is expected, found


def test_review_date_before_the_reform_is_no_finding():
    """The review date governs (legal-checks.md §11.2): reviewed as of a day before the reform, the name was right."""
    text = "用人单位可在职工生育的次月起1年内，向市社会保险经办机构申请支付生育津贴。"
    assert not _found(text, date="2015-07-09", as_of="2016-01-01")


def test_the_title_ties_every_act_of_the_body():
    """A 生育保险 document (its title names the function): the agency acts on it wherever it acts, unless the sentence
    names an insurance it keeps (D049 第十五条第二款: 按照社会保险经办机构核定的……工资总额 — no 生育 in the sentence)."""
    title = "广东省职工生育保险规定"
    assert _found("用人单位上年度职工月平均工资，按照社会保险经办机构核定的本单位上一自然年度参保职工各月工资总额之和确定。",
                  title=title, date="2014-11-06")
    assert not _found("职工基本养老保险关系转移的，由社会保险经办机构出具参保缴费凭证。", title=title, date="2014-11-06")


def test_opinion_names_the_reform_and_the_body_that_acts_now():
    clause = Clause(index=0, label="第十条", text="用人单位向市社会保险经办机构申请支付生育津贴。", start=0, end=24, paragraph=0)
    doc = replace(_doc("2015-07-09"), text=clause.text)
    [f] = [f for f in agency_findings(AGENCY_RULES, [clause], doc, AS_OF) if f.rule == RULE]
    assert f.severity == "warning" and f.category == "agency"
    assert "2018年国务院机构改革" in f.problem and "医疗保障经办机构" in f.problem, f.problem
    assert any(b.law == "社会保险经办条例" and b.article == 4 for b in f.basis)
    assert f.detail["reform_date"] == "2018-03-17"
    assert not {"generic", "function_scope", "function_in_clause"} & set(f.detail)


@needs_docs
def test_real_maternity_agency_places(corpus):
    """D049 (广东省职工生育保险规定, 2014) and D029 (深圳 实施办法, 2015): labelled agency problems at each place."""
    lines = ["广东省职工生育保险规定", "广东省人民政府", "2014年11月6日",
             document_line("D049", "第二十四条"), document_line("D049", "第三十三条"),
             document_line("D049", "社会保险经办机构具体承办生育保险登记"),
             document_line("D049", "第五条"),   # 生育保险费由社会保险费征收机构负责征收: a labelled look-alike
             document_line("D029", "市社会保险经办机构应及时审核")]
    opinion = review_lines("\n".join(lines), corpus)
    places = []
    for f in opinion.findings:
        if RULE in (f.detail.get("rules") or [f.rule]):
            places += [f.quote] + [p["quote"] for p in f.detail.get("folded") or ()]
    assert any("直接结算" in q for q in places), places
    assert any("30日内拨付" in q for q in places), places
    assert any("具体承办生育保险登记" in q for q in places), places
    assert any("应及时审核" in q for q in places), places
    assert not any("社会保险费征收机构负责征收" in q for q in places), places


def _compiled(end: str) -> str:
    return "\n".join([
        "某市人民政府关于印发某市居住证管理办法和配套实施细则的通知",
        "第一条　为了规范居住证管理，制定本办法。",
        "第二条　居住证由公安机关签发。",
        f"第三条　本办法自2016年1月1日起施行{end}。",
        "某市居住证积分管理实施细则",
        "第一条　为了规范积分管理，制定本细则。",
        "第二条　积分由人力社保部门汇总。",
        f"第三条　本细则自公布之日起实施{end}。",
        "某市人民政府", "2016年3月23日"])


def test_compiled_instruments_share_the_expired_term(corpus):
    """D086: each instrument states "2020年12月31日废止"; the expired finding lists the other one's clause."""
    opinion = review_lines(_compiled("，2020年12月31日废止"), corpus)
    [f] = [f for f in opinion.findings if f.rule == "P-VALIDITY-EXPIRED"]
    places = [p["quote"] for p in f.detail.get("folded") or ()]
    assert len(places) == 1 and places[0] != f.quote and "2020年12月31日废止" in places[0], (f.quote, places)
    assert "一并失效" in f.problem


def test_compiled_instruments_without_a_term(corpus):
    """D031: four 试行 办法 in one text, none states an 有效期: the missing-term finding lists every commencement."""
    opinion = review_lines(_compiled(""), corpus)
    [f] = [f for f in opinion.findings if f.rule == "P-VALIDITY-MISSING"]
    places = [p["quote"] for p in f.detail.get("folded") or ()]
    assert len(places) == 1 and "本办法自2016年1月1日起施行" in places[0] and "本细则" in f.quote, (f.quote, places)


def test_one_text_copied_twice_is_one_instrument(corpus):
    """D020: a web page that holds the same 意见 twice under one heading — the second 施行 clause is no other instrument."""
    one = ["某市关于做好积分制入户工作的意见", "一、积分入户由市人社部门统筹。", "本意见自发文之日起执行。"]
    opinion = review_lines("\n".join(one + one + ["某市人民政府", "2012年4月18日"]), corpus)
    [f] = [f for f in opinion.findings if f.rule == "P-VALIDITY-MISSING"]
    assert not f.detail.get("folded"), f.detail.get("folded")


def test_one_instrument_or_another_end_lists_nothing(corpus):
    """A single instrument, or another instrument whose end differs (its term is its own): no other place."""
    one = "\n".join(["某市居住证管理办法", "第一条　为了规范居住证管理，制定本办法。",
                     "第二条　本办法自2016年1月1日起施行，2020年12月31日废止。", "某市人民政府", "2016年3月23日"])
    [f] = [f for f in review_lines(one, corpus).findings if f.rule == "P-VALIDITY-EXPIRED"]
    assert not f.detail.get("folded")
    text = _compiled("，2020年12月31日废止").replace("本细则自公布之日起实施，2020年12月31日废止", "本细则自公布之日起实施，2019年6月30日废止")
    fs = [f for f in review_lines(text, corpus).findings if f.rule == "P-VALIDITY-EXPIRED"]
    assert fs and not any(f.detail.get("folded") for f in fs), fs


@needs_docs
def test_real_compiled_expiry(corpus):
    """D086's four 细则 (labelled errors, high) each end "2020年12月31日废止", like the 办法."""
    lines = ["天津市居住证管理办法", document_line("D086", "第四十八条"), "天津市居住证办理实施细则",
             document_line("D086", "第二十八条  本细则"), "天津市人民政府办公厅", "2016年3月23日"]
    opinion = review_lines("\n".join(lines), corpus)
    fs = [f for f in opinion.findings if f.rule == "P-VALIDITY-EXPIRED"]
    assert fs, opinion.findings
    assert fs[0].clause.label == "第四十八条", fs[0]
    places = [p["quote"] for p in fs[0].detail.get("folded") or ()]
    assert len(places) == 1 and "本细则自公布之日起实施" in places[0], places


def test_joined_with_the_administrative_department_in_one_clause():
    """D011 十一、（五）2 (labelled): 人社局 and 社保经办机构 print the same medical insurance record in two parts of one clause —
    one place to amend, one finding naming both bodies (``joins``); in separate clauses, a finding each."""
    text = ("申请人可登录市人力资源和社会保障局网上服务厅自助打印《个人医疗保险缴费历史表》；"
            "也可到各区社保经办机构服务大厅由前台打印。")
    clause = Clause(index=0, label="第一条", text=text, start=0, end=len(text), paragraph=0)
    doc = replace(_doc("2015-07-27"), text=text)
    [f] = merge_agency_findings(agency_findings(AGENCY_RULES, [clause], doc, AS_OF))
    assert f.detail["rules"] == ["MV-MEDICAL-INSURANCE", RULE], f.detail.get("rules")
    assert f.detail["old_names"] == ["人力资源和社会保障局", "社保经办机构"] and "joins" not in f.detail
    assert "社保经办机构" in f.problem and "医疗保障经办机构" in f.problem, f.problem
    other = Clause(index=1, label="第二条", text="职工可到各区社保经办机构打印《个人医疗保险缴费历史表》。", start=len(text) + 1,
                   end=len(text) + 30, paragraph=1)
    found = merge_agency_findings(agency_findings(AGENCY_RULES, [clause, other], doc, AS_OF))
    assert [f.clause.index for f in found] == [0, 1], found


@pytest.mark.parametrize("text,expected", [
    ("居民医保费由社保经办机构负责征收。", False),                                                      # D024 第十六条: MV-SOCIAL-FEE's
    ("市社会保险基金管理局及其下属机构（以下统称社保经办机构）具体承办社会基本医疗保险相关事务和居民医保费的收缴。", True),  # D024 第三条
])
def test_collection_alone_is_the_tax_office_move(text, expected):
    """The contributions' collection moved to the 税务部门 (MV-SOCIAL-FEE), not to the 医疗保障经办机构: a sentence that
    gives the agency the collection alone is not this rule's; one that also gives it the insurance's affairs is."""
    assert bool(_found(text, date="2015-11-05")) is expected
