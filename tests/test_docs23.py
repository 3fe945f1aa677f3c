"""Round 23 (docs23, issue 9): the sweep judged as a reviewer judges a document, by class of missed label.

* another body's document (listed, not disposed of) still has its lapse told — its own 有效期 ended, its plan period
  over (P-VALIDITY-EXPIRED, P-PERIOD-ENDED), with what the office can do: tell the maker; the 有效期 it lacks stays
  its maker's business (D002, D137, D156; D125 no finding);
* a document that lapsed by its own term needs no renaming of its maker (AG-ISSUER dropped: D149's look-alike);
* the places a finding lists stand where their words stand in the document, not where a clause read over a table
  without its row numbers counts them (review.merge.placed_in_document: D042 附表1 rows 10, 11, 15);
* an article whose number is set off by spaces is no table (review.norms.analyse.context_of: D023 第四十三条);
* "国家规定" naming the standard a breach falls short of is no basis (basis.general: D018 第32条（3）);
* 情节严重的 is the breach graded (violation: D044, D061 "情节严重的，3年内不得申请积分"); a criminal record graded
  (过失犯罪情节严重记录的，不能申请积分入户: D043, D044 look-alikes) is not;
* a bare year after a list of bodies is a task table's deadline cell, not a signature's date (D095 附件第2项);
* a licence finding on an activity the document itself funds as its aid is the aid's own procedure (D033 房屋修葺).
"""

from __future__ import annotations

import pytest

from review.engine import ReviewOptions, review_document
from review.metadata import apply_metadata
from review.readers import build_document, read_document
from review.rules import load_packs
from review.sweep import SWEEP_TOPICS
from tests.real_lines import AS_OF, DOCS

needs_docs = pytest.mark.skipif(not DOCS.is_dir(), reason="../shared/data/documents 不存在")
PACKS = load_packs()


def _sweep(lines: list[str], corpus):
    doc = apply_metadata(build_document("t.txt", lines, "text"))
    return review_document(doc, corpus, PACKS, ReviewOptions(as_of=AS_OF, topics=tuple(SWEEP_TOPICS), upper_law=False))


def _flagged(opinion) -> set[str]:
    out = set()
    for f in opinion.findings:
        if f.severity in ("error", "warning"):
            out.add(f.rule)
            out.update(m.get("rule") for m in f.detail.get("merged") or () if isinstance(m, dict))
    return out


def _swept(doc_id: str, office: str, corpus):
    from review.office import Office
    from review.sweep import Reviewer, SweepOptions

    path = next(DOCS.glob(f"{doc_id}_*"))
    return Reviewer(corpus, PACKS, SweepOptions(as_of=AS_OF, office=Office.parse(office))).review(path)


# -- another body's document: its lapse told, not disposed of --------------------------------------------------
@needs_docs
@pytest.mark.parametrize("doc_id,office,rule,words", [
    ("D156", "广州市", "P-VALIDITY-EXPIRED", "有效期5年"),        # 广东省地方税务局's notice, its 5 years over in 2019
    ("D002", "郑州市", "P-PERIOD-ENDED", "到2020年"),            # a province's plan whose years ended
])
def test_another_bodys_lapse_is_told(doc_id, office, rule, words, corpus):
    row = _swept(doc_id, office, corpus)
    assert row["disposition"] == "非本级文件", row["disposition"]
    found = [f for f in row["findings"] if f["rule"] == rule]
    assert found and words in found[0]["quote"], row["findings"]
    assert "告知制定机关" in found[0]["suggestion"] and found[0]["detail"].get("told_to_maker")


@needs_docs
def test_another_bodys_missing_validity_stays_unsaid(corpus):
    """D125 (广东省人民政府办公厅's 转发 notice, no 有效期): the 有效期 it lacks is its maker's own procedure."""
    row = _swept("D125", "广州市", corpus)
    assert row["disposition"] == "非本级文件", row["disposition"]
    assert not [f for f in row["findings"] if f["rule"] == "P-VALIDITY-MISSING"], row["findings"]
    # round 29 (docs29): its one-off task's deadline (应于2007年上半年前基本完成, labelled validity at 二（二）) has ended —
    # a lapse, told to the maker like any other body's (test_another_bodys_lapse_is_told)
    lapsed = [f for f in row["findings"] if f["category"] == "validity"]
    assert [f["rule"] for f in lapsed] == ["P-PERIOD-ENDED"] and lapsed[0]["detail"].get("told_to_maker"), lapsed
    assert "2007年上半年前" in lapsed[0]["quote"]


@needs_docs
def test_a_lapsed_document_needs_no_new_maker(corpus):
    """D149: its 5-year 有效期 ended (P-VALIDITY-EXPIRED); its maker 深圳市规划和国土资源委员会 renamed since is a
    labelled look-alike ("文件已失效，无需改名")."""
    from review.sweep import Reviewer, SweepOptions

    path = next(DOCS.glob("D149_*"))
    row = Reviewer(corpus, PACKS, SweepOptions(as_of=AS_OF)).review(path)
    rules = {f["rule"] for f in row["findings"]}
    assert "P-VALIDITY-EXPIRED" in rules and "AG-ISSUER" not in rules, rules


def test_a_renamed_maker_of_a_document_in_force_is_still_told(corpus):
    lines = ["深圳市卫生和计划生育委员会关于加强诊所管理的通知", "一、诊所应当依法执业。", "二、本通知自2024年1月1日起施行，有效期5年。",
             "深圳市卫生和计划生育委员会", "2023年12月1日"]
    opinion = _sweep(lines, corpus)
    assert "AG-ISSUER" in _flagged(opinion), opinion.findings


# -- the places a finding lists, where they stand ------------------------------------------------------------------
@needs_docs
def test_folded_places_stand_where_their_words_stand(corpus):
    """D042 附表1: 计划生育证明 in each row; the clause read over the table leaves the rows' numbers (10, 11) out, so a
    place counted in the clause's text fell short of its row and the words' first place in the document was taken."""
    path = next(DOCS.glob("D042_*"))
    doc = read_document(path)
    opinion = review_document(doc, corpus, PACKS, ReviewOptions(as_of=AS_OF, topics=tuple(SWEEP_TOPICS), upper_law=False))
    places = [p for f in opinion.findings if f.rule == "FP-PROOF" for p in f.detail.get("folded") or ()]
    assert places
    for p in places:
        # (a place whose words cross a row number the clause left out stands nowhere verbatim: left as it was counted)
        if p["quote"] in doc.text:
            assert doc.text.startswith(p["quote"], p["start"]), p
    rows = {doc.text[doc.text.rfind("\n", 0, p["start"]) + 1:p["start"]] for p in places}
    assert any("房产权证明、居住证；" in r for r in rows) and any("父（母）本市户籍户口簿；" in r for r in rows), rows


def test_placed_in_document_counts_the_same_words_in_the_clause():
    from review.merge import placed_in_document
    from review.model import Clause, Finding

    source = "附表\n1\n甲证明；计划生育证明\n2\n乙证明；计划生育证明\n3\n丙证明；计划生育证明\n"
    start = source.find("1\n")
    text = "甲证明；计划生育证明\n乙证明；计划生育证明\n丙证明；计划生育证明"      # the rows' numbers left out
    clause = Clause(index=4, label="附表", text=text, start=start, end=len(source), paragraph=0)
    third = text.rfind("计划生育证明")
    f = Finding(rule="FP-PROOF", category="family-planning", severity="error", title="t", clause=clause, problem="p",
                quote="计划生育证明", detail={"folded": [{"index": 4, "quote": "计划生育证明", "start": start + third}]})
    got = placed_in_document(f, source).detail["folded"][0]["start"]
    assert got == source.rfind("计划生育证明")
    # a place already standing at its start is left as it is
    g = placed_in_document(f, source)
    assert placed_in_document(g, source) is g


# -- the readings ----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence,table", [
    ("第四十三条    住房保障对象违反本办法第二十五条规定的，予以警告。", False),
    ("第十二条　　游船经营者未按规定配备救生设备的，处二千元罚款。", False),
    ("姓名    性别    年龄", True),
    ("第三条    申请人    身份证号码    住址", True),             # cells after the article's number: still a table
])
def test_article_number_spaces_are_no_table(sentence, table):
    from review.norms.analyse import context_of
    from review.norms.lexicon import load_lexicon

    assert ("table" in context_of(load_lexicon(), sentence, "")) is table


@pytest.mark.parametrize("sentence,kind", [
    ("办学条件达不到国家规定标准的，暂停其招生资格。", "none"),
    ("电梯维保单位的人员配备不符合国家规定条件的，处五千元罚款。", "none"),
    ("违反安全技术规范的，按照国家规定予以处罚。", "general"),
    ("补助标准按国家规定执行。", "general"),
])
def test_national_standard_is_no_basis(sentence, kind):
    from review.norms.analyse import basis_of
    from review.norms.lexicon import load_lexicon

    assert basis_of(load_lexicon(), sentence, "").kind == kind


@pytest.mark.parametrize("text,expected", [
    # the graded breach, the bar the document adds (its own clauses, other sectors: tests/fixtures/rewordings/docs23.toml)
    ("第二条　捕捞渔船未按规定安装船位监测终端的，责令限期改正；情节严重的，两年内不予核发其渔业捕捞许可证。", True),
    ("第二条　导游强迫游客购物的，取消其本年度评星资格；情节严重的，三年内不予受理其星级导游评定申请。", True),
    ("第二条　    游船经营者未按规定配备救生设备的，由县文化和旅游局责令改正，予以警告，并处二千元以上五千元以下罚款。", True),
    ("第二条　养殖场的防疫条件达不到国家规定标准，且逾期未整改的，县农业农村局将暂停其动物防疫条件合格证，并吊销其生产许可证。", True),
    # look-alikes: a reward, the law's own handling, a remedy without sanction, the statute's fine cited
    ("第二条　体育场馆运营单位在年度评比中成绩突出、情节感人的，优先推荐参加省级先进集体评选。", False),
    ("第二条　殡葬服务机构违反价格规定，情节严重的，由市场监督管理部门依法查处。", False),
    ("第二条　森林经营单位的采伐作业质量达不到国家规定标准的，应当在下一个采伐季节前完成补植。", False),
    ("第二条　    游船经营者未按规定配备救生设备的，依照《内河交通安全管理条例》第八十一条的规定予以处罚。", False),
])
def test_sweep_penalty_readings(text, expected, corpus):
    lines = ["某县旅游和市场管理若干规定", "第一条　为了加强管理，制定本规定。", text, "第三条　本规定自2027年1月1日起施行，有效期五年。",
             "某县人民政府", "2026年11月1日"]
    got = {r for r in _flagged(_sweep(lines, corpus)) if r.startswith("C-PENALTY")}
    assert bool(got) is expected, (text, got)


@needs_docs
@pytest.mark.parametrize("doc_id,words,rule", [
    ("D044", "情节严重的，3年内不得申请积分", "C-PENALTY-03"),          # labelled penalty/rights
    ("D061", "情节严重的，3年内不得申请积分", "C-PENALTY-03"),
    ("D023", "予以警告，并处500元以上1000元以下罚款", "C-PENALTY-01"),    # 第四十三条, its number set off by spaces
    ("D018", "严重者吊销办学许可证", "C-PENALTY-01"),                      # 达不到国家规定标准
])
def test_real_penalties_the_sweep_keeps(doc_id, words, rule, corpus):
    path = next(DOCS.glob(f"{doc_id}_*"))
    doc = read_document(path)
    opinion = review_document(doc, corpus, PACKS, ReviewOptions(as_of=AS_OF, topics=tuple(SWEEP_TOPICS), upper_law=False))
    hits = [f for f in opinion.findings if rule in {f.rule, *(m.get("rule") for m in f.detail.get("merged") or ()
                                                                if isinstance(m, dict))}
            and f.severity in ("error", "warning") and f.clause is not None and words in f.clause.text]
    assert hits, (doc_id, [(f.rule, f.quote) for f in opinion.findings if f.category == "penalty"])


@pytest.mark.parametrize("sentence,violation", [
    ("伪造申请资料的，扣减相应分数；情节严重的，3年内不得申请积分。", True),
    ("情节特别恶劣的，五年内不得参加摊位竞租。", True),
    ("有严重刑事犯罪记录，故意犯罪记录和过失犯罪情节严重记录的,不能申请积分入户。", False),
])
def test_graded_breach_is_a_violation(sentence, violation):
    from review.norms.lexicon import load_lexicon

    at = sentence.find("情节")
    assert load_lexicon().has("violation", sentence[at:]) is violation


@needs_docs
def test_criminal_record_graded_stays_a_lookalike(corpus):
    """D043/D044's labelled rights look-alike: a criminal record as a condition of the points scheme."""
    from tests.real_lines import document_line

    line = document_line("D043", "过失犯罪情节严重记录的")
    opinion = review_document(apply_metadata(build_document("t.txt", ["某市新市民积分制服务管理办法", "第二条　" + line,
                                                                      "某市人民政府", "2016年1月1日"], "text")),
                              corpus, PACKS, ReviewOptions(as_of=AS_OF, upper_law=False))
    assert not [f for f in opinion.findings if f.severity in ("error", "warning") and f.category in ("rights", "penalty")]


@needs_docs
def test_bodies_before_a_deadline_cell_act(corpus):
    """D095 附件 (a task table: task / 牵头单位 / 配合单位 / 完成时限): the 配合单位 cell ends with 市国土房管局 and the next
    line is the deadline "2020年" — no signature's date (that has its month: （市人事局 二○○三年四月））."""
    path = next(DOCS.glob("D095_*"))
    doc = read_document(path)
    opinion = review_document(doc, corpus, PACKS, ReviewOptions(as_of=AS_OF, topics=tuple(SWEEP_TOPICS), upper_law=False))
    row = doc.text.find("市发展改革委、市人力社保局、市国土房管局\n2020年")
    assert row > 0
    places = [p["start"] for f in opinion.findings if f.category == "agency"
              for p in [{"start": f.clause.start if f.clause else -1}, *(f.detail.get("folded") or ())]]
    assert any(row <= at < row + 22 for at in places), places


@needs_docs
def test_aid_procedure_is_no_licence(corpus):
    """D033 (东莞 廉租住房保障): 房屋修葺 is one of the forms of the aid the document grants, paid from the city's and
    towns' budgets; the consent before the works starts is the aid's own step (a labelled look-alike)."""
    path = next(DOCS.glob("D033_*"))
    opinion = review_document(read_document(path), corpus, PACKS, ReviewOptions(as_of=AS_OF, upper_law=False))
    assert not [f for f in opinion.findings if f.category == "license" and "修葺" in f.quote]


def test_a_licence_on_an_activity_the_document_does_not_fund_stays(corpus):
    lines = ["某县农村房屋建设管理办法", "第一条　为了规范农村房屋建设，制定本办法。",
             "第二条　村民进行房屋翻建应当经镇人民政府批准后方可开展翻建工程。", "第三条　本办法自2027年1月1日起施行，有效期五年。",
             "某县人民政府", "2026年11月1日"]
    doc = apply_metadata(build_document("t.txt", lines, "text"))
    opinion = review_document(doc, corpus, PACKS, ReviewOptions(as_of=AS_OF, upper_law=False))
    assert [f for f in opinion.findings if f.category == "license"], opinion.findings
    # the same consent where the document pays for the works as its aid: the aid's procedure
    funded = lines[:3] + ["第三条　房屋翻建补助资金由县财政承担，补助标准另行制定。", "第四条　本办法自2027年1月1日起施行，有效期五年。",
                          "某县人民政府", "2026年11月1日"]
    doc = apply_metadata(build_document("t.txt", funded, "text"))
    opinion = review_document(doc, corpus, PACKS, ReviewOptions(as_of=AS_OF, upper_law=False))
    assert not [f for f in opinion.findings if f.category == "license"], opinion.findings
