"""Loading and validating rule packs; the matcher's contract (quotes, headers, dates, metadata,
citations, findings); basis verification against a fake resolver and against the real corpus."""

from __future__ import annotations

import textwrap

import pytest

from review.match import (apply_rules, match_citation, match_clause, match_document, match_text,
                          run_example)
from review.model import CATEGORIES, Clause, Document, Paragraph
from review.rules import (TOPICS, Basis, RulePackError, header_polarity, load_pack_file, load_packs,
                          packaged_pack_files, verify_bases)
from statutes.model import LawRecord, Provision, VersionInfo

RULES = load_packs()
BY_ID = {r.id: r for r in RULES}


def clause(text, header="", index=0):
    return Clause(index=index, label=f"第{index + 1}条", text=text, start=0, end=len(text),
                  paragraph=index, header=header)


# ---------------------------------------------------------------- packaged packs

def test_packaged_packs_load():
    names = {p.name for p in packaged_pack_files()}
    assert {"content.toml", "fair_competition.toml", "procedure.toml", "family_planning.toml",
            "agencies.toml", "repealed_laws.toml"} <= names
    assert len(BY_ID) == len(RULES)  # ids unique
    for r in RULES:
        assert r.category in CATEGORIES and set(r.topics) <= set(TOPICS)
        assert r.basis and r.opinion and r.title


@pytest.mark.parametrize("category,minimum", [
    ("license", 3), ("penalty", 3), ("coercion", 3), ("fee", 2), ("proof", 1), ("rights", 3),
    ("power", 2), ("fair-competition", 9), ("family-planning", 9), ("agency", 12), ("validity", 3),
    ("repealed-law", 1),
])
def test_coverage_per_category(category, minimum):
    assert sum(r.category == category for r in RULES) >= minimum


# ---------------------------------------------------------------- validation errors

GOOD = textwrap.dedent('''
    [pack]
    name = "test"
    version = "1"

    [[rule]]
    id = "X-TEST-01"
    category = "penalty"
    title = "测试"
    severity = "error"
    topics = ["content"]
    any = ['罚款']
    basis = [{law = "中华人民共和国行政处罚法", article = 16}]
    opinion = "“{quote}”设定了罚款。"
    examples.positive = ["处500元罚款。", "并处罚款。"]
    examples.negative = ["无。", "警告。"]
''')


@pytest.mark.parametrize("old,new,message", [
    # each row breaks GOOD in one way; the message must name the problem (and the rule id)
    ('category = "penalty"', 'category = "punish"', "category"),
    ('severity = "error"', 'severity = "fatal"', "severity"),
    ('topics = ["content"]', 'topics = ["misc"]', "topics"),
    ("any = ['罚款']", "any = ['罚款(']", "正则表达式无效"),
    ("any = ['罚款']", "", "any 或 all"),
    ('basis = [{law = "中华人民共和国行政处罚法", article = 16}]', "basis = []", "法律依据"),
    (', article = 16}', '}', "条号"),
    ('law = "中华人民共和国行政处罚法"', 'law = "《行政处罚法》"', "书名号"),
    ('examples.negative = ["无。", "警告。"]', 'examples.negative = ["无。"]', "2 条反例"),
    ('id = "X-TEST-01"', 'id = "bad id"', "规则编号"),
    ('opinion = "“{quote}”设定了罚款。"', 'opinion = "x"\nfoo = 1', "未知字段"),
    ('version = "1"', '', "[pack]"),
    # a table named for the opinion's words must be one the engine knows (review.norms.conditions.READING_TABLES)
    ('opinion = "“{quote}”设定了罚款。"', 'opinion = "“{quote}”设定了罚款：{readings}。"\nopinion_readings = "table.nowhere"',
     "未知的表"),
    ("any = ['罚款']", "any = ['{{UNDEFINED}}']", "未定义的片段"),
    # the 有效期 presumption of a province is one of a closed set (review.presumption)
    ('version = "1"', 'version = "1"\n\n[params."测试省"]\npresume_lapse = "sometimes"', "presume_lapse 只能是"),
])
def test_validation_errors_name_file_and_rule(tmp_path, old, new, message):
    assert old in GOOD
    p = tmp_path / "bad.toml"
    p.write_text(GOOD.replace(old, new), encoding="utf-8")
    with pytest.raises(RulePackError) as e:
        load_pack_file(p)
    assert "bad.toml" in str(e.value) and message in str(e.value)


def test_toml_syntax_error(tmp_path):
    p = tmp_path / "broken.toml"
    p.write_text("[pack\nname=", encoding="utf-8")
    with pytest.raises(RulePackError, match="TOML 格式错误"):
        load_pack_file(p)


def test_user_pack_adds_and_replaces(tmp_path):
    (tmp_path / "prov.toml").write_text(GOOD, encoding="utf-8")
    rules = load_packs([tmp_path])
    assert "X-TEST-01" in {r.id for r in rules} and len(rules) == len(RULES) + 1
    # repeating a packaged id is an error unless the pack says replaces = true
    clash = GOOD.replace('id = "X-TEST-01"', 'id = "C-PENALTY-01"')
    (tmp_path / "prov.toml").write_text(clash, encoding="utf-8")
    with pytest.raises(RulePackError, match="重复"):
        load_packs([tmp_path])
    (tmp_path / "prov.toml").write_text(clash.replace('severity = "error"', 'severity = "error"\nreplaces = true'),
                                        encoding="utf-8")
    replaced = {r.id: r for r in load_packs([tmp_path])}["C-PENALTY-01"]
    assert replaced.pack == "test"


def test_missing_user_path():
    with pytest.raises(RulePackError, match="不存在"):
        load_packs(["/nonexistent/pack.toml"])


# ---------------------------------------------------------------- matcher

@pytest.mark.parametrize("rule_id,text", [
    # the quote is an exact substring, extended to the surrounding phrase
    ("C-PENALTY-01", "第五条 对在城区主干道违规摆摊设点的，由城管部门处200元以上1000元以下罚款。"),
    ("FP-FEE", "当事人未在规定的期限内缴纳社会抚养费的，加收滞纳金。"),
    ("FC-LOCAL-PREF", "一、各级预算单位在同等条件下优先采购本市企业生产的工业产品；二、加强监管。"),
])
def test_quote_is_exact_readable_substring(rule_id, text):
    hits = match_text(BY_ID[rule_id], text)
    assert hits
    h = hits[0]
    assert text[h.start:h.end] == h.quote
    assert "。" not in h.quote and "；" not in h.quote


def test_a_hit_does_not_run_from_a_heading_line_into_the_text_under_it():
    # a points table's heading (3．企业纳税) and its text are two sentences: 纳税 + 在我市 is no demand to pay tax here
    text = "3．企业纳税\n在我市依法登记注册企业的股东，以其投资份额分摊企业已缴纳税额，每满3万元积10分。"
    assert not match_text(BY_ID["FC-BRANCH"], text)
    assert match_text(BY_ID["FC-BRANCH"], "中标企业的项目税收应当在本县缴纳。")


@pytest.mark.parametrize("header,expected", [
    ("有下列情形之一的，不予受理：", "restrictive"),
    ("申请人应当具备下列条件：", "condition"),
    ("计划生育家庭享受以下优待：", "beneficial"),
    ("", "neutral"),
    ("本办法所称下列用语的含义：", "neutral"),
])
def test_header_polarity(header, expected):
    assert header_polarity(header) == expected


@pytest.mark.parametrize("text,date,as_of,fires", [
    # agency renames: the review date decides (review.dates); the document's own date only annotates the finding
    ("由县卫生和计划生育局负责组织实施。", "2019-04-01", None, True),
    ("由县卫生和计划生育局负责组织实施。", "2016-04-01", "2025-01-01", True),    # made before the reform, reviewed after
    ("由县卫生和计划生育局负责组织实施。", "", "2025-01-01", True),
    ("由县卫生和计划生育局负责组织实施。", "2016-04-01", "2017-01-01", False),   # reviewed as of a day before the reform
    ("依照《县卫生和计划生育局关于……的规定》办理。", "2019-04-01", None, False),  # a title, not an actor
])
def test_agency_dates(text, date, as_of, fires):
    hits = match_clause(BY_ID["AG-HEALTH-FP"], clause(text), doc_meta={"date": date} if date else None,
                        as_of=as_of)
    assert bool(hits) is fires


def test_family_planning_not_before_2021_decision():
    c = clause("当事人未缴纳社会抚养费的，加收滞纳金。")
    assert match_clause(BY_ID["FP-FEE"], c, as_of="2025-01-01")
    assert not match_clause(BY_ID["FP-FEE"], c, as_of="2019-01-01")


@pytest.mark.parametrize("meta,province,rule_id,fires", [
    ({"validity_years": 3.0, "validity": "有效期3年", "provisional": "暂行"}, None, "P-PROVISIONAL-LONG", True),
    ({"validity_years": 3.0, "validity": "有效期3年", "provisional": "暂行"}, "未知省", "P-PROVISIONAL-LONG", True),
    ({"validity_years": 6.0, "validity": "有效期6年", "provisional": ""}, "上海", "P-VALIDITY-LONG", True),
    ({"validity_years": 5.0, "validity": "有效期5年", "provisional": ""}, None, "P-VALIDITY-LONG", False),
    ({"validity": "", "validity_years": None, "kind": "规范性文件"}, None, "P-VALIDITY-MISSING", True),
])
def test_meta_rules(meta, province, rule_id, fires):
    assert (match_document(BY_ID[rule_id], meta, province=province) is not None) is fires


def test_province_parameters_override_default(tmp_path):
    pack = (packaged_pack_files()[0].parent / "procedure.toml").read_text(encoding="utf-8")
    pack = pack.replace('[params."山东"]', '[params."测试省"]\nmax_provisional_years = 1\n\n[params."山东"]')
    (tmp_path / "procedure.toml").write_text(pack, encoding="utf-8")
    rule = {r.id: r for r, _ in load_pack_file(tmp_path / "procedure.toml")}["P-PROVISIONAL-LONG"]
    meta = {"validity_years": 2.0, "validity": "有效期2年", "provisional": "试行"}
    assert match_document(rule, meta) is None
    hit = match_document(rule, meta, province="测试省")
    assert hit is not None and hit.values["max_provisional_years"] == 1 and hit.quote == "有效期2年"


@pytest.mark.parametrize("context,severity", [
    ("根据《中华人民共和国合同法》第五十二条规定，合同无效。", "error"),
    ("原《中华人民共和国合同法》规定的情形，现由民法典调整。", "info"),
])
def test_citation_rule_downgrades_narrative(context, severity):
    check = {"outcome": "repealed", "law": "中华人民共和国合同法", "quote": "《中华人民共和国合同法》",
             "context": context, "successor": "中华人民共和国民法典", "repeal_date": "2021-01-01"}
    hit = match_citation(BY_ID["CITE-REPEALED"], check, as_of="2025-01-01")
    assert hit is not None and hit.severity == severity


def _doc(texts, **meta):
    text = "\n".join(texts)
    paras, pos = [], 0
    for i, t in enumerate(texts):
        paras.append(Paragraph(i, t, pos))
        pos += len(t) + 1
    return Document(path="t.txt", text=text, paragraphs=tuple(paras), **meta)


def test_apply_rules_findings():
    texts = ["第一条 对违规摆摊的，处200元以上1000元以下罚款。",
             "第二条 申请人须提交户籍地乡镇（街道）计划生育行政部门出具的计划生育证明。",
             "第三条 由县工商局负责登记。",
             "第四条 本办法自2020年1月1日起施行。"]
    doc = _doc(texts, title="××县摊点管理暂行办法", date="2020-01-01", provisional="暂行")
    clauses = [clause(t, index=i) for i, t in enumerate(texts)]
    findings = apply_rules(RULES, clauses, doc, as_of="2025-06-01")
    got = {(f.rule, f.clause.index if f.clause else None) for f in findings}
    assert {("C-PENALTY-01", 0), ("FP-PROOF", 1), ("AG-AIC", 2), ("P-VALIDITY-MISSING", None)} <= got
    for f in findings:
        d = f.to_dict()
        assert d["problem"] and "{quote}" not in d["problem"] and d["basis"]
        if f.clause:
            assert f.quote in f.clause.text
    # topics select a sweep
    only_fp = apply_rules(RULES, clauses, doc, as_of="2025-06-01", topics=["family-planning"])
    assert only_fp and all(f.category == "family-planning" for f in only_fp)


def test_many_clauses_all_rules_runs():
    """50 clauses × every rule (speed is checked by hand, not asserted): each clause gets exactly the findings
    it gets alone — a rule neither stops after a few clauses nor carries a hit over to the next one."""
    text = "申请人应当提交身份证明、营业执照和计划生育证明，由县工商局负责审核；对违规摆摊的，处200元以上1000元以下罚款。"
    alone = {(f.rule, f.quote) for f in apply_rules(RULES, [clause(text, index=0)], None, as_of="2025-01-01")}
    assert alone                                       # the clause is one some rule fires on
    findings = apply_rules(RULES, [clause(text, index=i) for i in range(50)], None, as_of="2025-01-01")
    for i in range(50):
        assert {(f.rule, f.quote) for f in findings if f.clause and f.clause.index == i} == alone, i


def test_run_example_accepts_tables():
    assert run_example(BY_ID["FP-LINK-ITEM"], {"header": "有下列情形之一的，不予办理随迁入户：",
                                               "text": "（二）超生子女未接受处理的；"})


# ---------------------------------------------------------------- basis verification

class FakeResolver:
    def __init__(self, works, articles):
        self.works, self.articles = works, articles

    def find_works(self, name):
        return [w for w in self.works if w.title == name or w.short_title == name]

    def provision(self, version_id, article, article_sub=0, paragraph=None, item=None):
        if (version_id, article) in self.articles:
            return Provision("x", "法律", "现行有效", None, article, article_sub, paragraph, item, "…")
        return None

    def closest_in(self, work_id, text):
        return None


def _rule_with(basis):
    rule = RULES[0]
    from dataclasses import replace
    return replace(rule, basis=(basis,))


@pytest.mark.parametrize("basis,outcome", [
    (Basis("中华人民共和国甲法", 3, level="法律"), None),
    (Basis("中华人民共和国甲法", 99, level="法律"), "article-not-found"),
    (Basis("中华人民共和国乙法", 1, level="法律"), "repealed"),
    (Basis("中华人民共和国丙法", 1, level="法律"), "outside-corpus"),
    (Basis("中华人民共和国丁法", 1, level="法律"), "no-text"),
    (Basis("某政策文件", level="政策文件"), None),  # not checked
])
def test_verify_bases_outcomes(basis, outcome):
    works = [
        LawRecord(1, "中华人民共和国甲法", "法律", (VersionInfo(11, "2000-01-01", "2000-01-01", "现行有效"),)),
        LawRecord(2, "中华人民共和国乙法", "法律", (VersionInfo(21, "1990-01-01", "1990-01-01", "已废止"),)),
        LawRecord(4, "中华人民共和国丁法", "法律", (), has_text=False),
    ]
    problems = verify_bases([_rule_with(basis)], FakeResolver(works, {(11, 3), (21, 1)}))
    assert [p.outcome for p in problems] == ([outcome] if outcome else [])


def test_shipped_law_bases_verify_against_corpus(corpus):
    """Every basis in the shipped packs that names a 法律 exists, is in force and has that article."""
    problems = verify_bases(RULES, corpus, levels=("法律",))
    assert not problems, "\n".join(f"{p.rule}: {p.message}" for p in problems)


# ---------------------------------------------------------------- every load problem at once

BROKEN = __import__("pathlib").Path(__file__).parent / "fixtures" / "broken_rules"


def test_check_packs_lists_every_problem():
    """`fashen rules check` reports each problem with its file, rule or concept and reason — not only the first."""
    from review.rules import check_packs

    found = {(__import__("pathlib").Path(e.path).name, e.rule_id, e.problem.split("：")[0]) for e in check_packs([BROKEN])}
    assert ("lexicon.toml", "bad.regex", "正则表达式无效 '(unclosed'") in found
    assert ("lexicon.toml", "bad.example", "正例未含该概念") in found
    assert ("lexicon.toml", "role.government", "反例含有该概念") in found   # an office's extension, named as its file
    assert ("pack.toml", None, "[defines] 的 X") in found
    assert ("pack.toml", "X-ONE", "正则中引用了未知概念 {{no.such.concept}}") in found
    assert any(f[:2] == ("pack.toml", "X-TWO") and f[2].startswith("正则表达式无效") for f in found)
    assert ("pack.toml", "X-THREE", "正例未命中") in found and ("pack.toml", "X-THREE", "反例命中了") in found
    assert len(found) == 8


def test_check_packs_on_the_packaged_packs_is_clean():
    from review.rules import check_packs

    assert check_packs() == []


def test_loading_for_review_still_refuses_on_the_first_problem():
    from review.norms.lexicon import LexiconError

    with pytest.raises((LexiconError, RulePackError)):
        load_packs([BROKEN])
