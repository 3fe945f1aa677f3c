"""Round 37 (up37b, issue 8): retrieval of the provision a clause restates in other words,
positives and faithful look-alikes (bench/README.md, "Round 37 — up37b")."""

import pytest

from review.rules import load_packs
from review.compare import compare
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("up37b.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_up37b_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


# ---- the procedure step a clause names pulls up the article governing it (review/procedure_laws.py)
from review.procedure_laws import articles_named, procedures, procedures_named  # noqa: E402


@pytest.mark.parametrize("procedure", procedures(), ids=lambda p: p.name)
def test_procedure_examples(procedure):
    assert procedure.positive and procedure.negative
    for text in procedure.positive:
        assert procedure in procedures_named(text), text
    for text in procedure.negative:
        assert procedure not in procedures_named(text), text


@pytest.mark.parametrize("clause, named", [
    ("对依法需要审批的事项，审批部门自受理之日起三十个工作日内作出是否准予的决定。", [("行政许可法", 42)]),
    ("当事人进行申辩的，执法机关可以视情节从重处罚。", [("行政处罚法", 44), ("行政处罚法", 45)]),
    # guards: the step without its procedure, or in another sentence
    ("当事人进行申辩的，人民调解员应当听取。", []),
    ("县人民政府应当加强行政许可工作。申请人应当如实反映情况。", []),
])
def test_articles_named(clause, named):
    assert articles_named(clause) == named


def test_governing_article_read_from_the_corpus(corpus):
    from review.subject_laws import governing_articles, law_of

    clause = "对依法需要审批的事项，审批部门自受理之日起三十个工作日内作出是否准予的决定。"
    wid = corpus.conn.execute("SELECT id FROM works WHERE short_title='行政许可法'").fetchone()[0]
    found = governing_articles(clause, [law_of(corpus, wid, "2026-12-01")])
    assert [(a.article, u.label) for _, a, u, *_ in found] == [(42, "第一款")]


# ---- a qualifier word that is what a request asks for is no safeguard dropped (review/compare/regions.py requested)
def test_requested_disclosure_is_no_qualifier():
    upper = ("行政机关依申请提供政府信息，不收取费用。但是，申请人申请公开政府信息的数量、频次明显超过合理范围的，行政机关可以"
             "收取信息处理费。")
    clause = "行政机关依申请提供政府信息，不收取费用；申请数量、频次明显超过合理范围的，可以依照规定收取信息处理费。"
    assert not [c for c in compare(clause, upper).changes if c.kind == "scope_changed"]
    # guard: a safeguard dropped still is one (行政处罚法 第六十四条第（三）项's 听证公开举行)
    secret = "除涉及国家秘密、商业秘密或者个人隐私依法予以保密外，"
    assert [c for c in compare(f"{secret}听证由执法机关举行。", f"{secret}听证公开举行。").changes
            if c.kind == "scope_changed"]
