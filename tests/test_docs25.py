"""Round 25 (docs25, issue 9): a person made to carry a paper on them for checks, read as a reviewer reads it.

The archive's three places (D031 第十六条 暂住人员在深期间应携带暂住证件，接受公安部门的查验; D070 第十条 and D073
第十五条 《暂住证》……随身携带，以备查验) are labelled rights by three labellers; the sweep read them only as a paper
demanded (CERT-TEMP-RESIDENCE, proof). C-RIGHTS-CARRY reads the duty: a paper — an open class by its noun's ending
(…证/…证件/…卡/…证明/…凭证) — carried on one's person and shown to any body's check; not the law's own carrying duty
(驾驶证), an official's warrant card, a check the law provides and cites, or the duty lifted. The sweep keeps it
(review.engine.SWEEP_CONTENT_RULES); on the same words as CERT-TEMP-RESIDENCE it merges into that finding.

A 税务登记证 asked of a person who applies as an investor or a business taxpayer (公民因投资申请迁移的，……提交以下
材料：(二)税务登记证副本, D076 第八十四条、第八十五条, labelled proof) is a market entity's paper the 三证合一 reform
folded into the licence: the purpose read from the list's lead-in (cert.business: 因投资/纳税/兴办……申请).

My own clauses (tests/fixtures/rewordings/docs25.toml) are judged in review and in the sweep.
"""

from __future__ import annotations

import pytest

from bench import rewording_eval
from review.engine import ReviewOptions, review_document
from review.rules import load_packs
from review.sweep import SWEEP_TOPICS
from tests.new_clauses import check_clause, clause_param, fixture_cases
from tests.real_lines import AS_OF, DOCS

needs_docs = pytest.mark.skipif(not DOCS.is_dir(), reason="../shared/data/documents 不存在")
PACKS = load_packs()


@pytest.mark.parametrize("stem,index,case", [clause_param(*c) for c in fixture_cases("docs25.toml")])
def test_own_clauses_review(stem, index, case, corpus):
    check_clause(corpus, PACKS, case)


@pytest.mark.parametrize("stem,index,case", [clause_param(*c) for c in fixture_cases("docs25.toml")])
def test_own_clauses_sweep(stem, index, case, corpus, monkeypatch):
    monkeypatch.setattr(rewording_eval, "SWEEP", True)
    check_clause(corpus, PACKS, case)


def _swept_doc(doc_id: str, corpus):
    from review.readers import read_document

    path = next(DOCS.glob(f"{doc_id}_*"))
    return review_document(read_document(path), corpus, PACKS,
                           ReviewOptions(as_of=AS_OF, topics=tuple(SWEEP_TOPICS), upper_law=False))


@needs_docs
@pytest.mark.parametrize("doc_id,words", [
    ("D031", "应携带暂住证件，接受公安部门的查验"),     # 携带 + 接受……查验, no 随身 (labelled rights)
    ("D070", "随身携带，以备查验"),                     # passive: 由持证人……随身携带 (labelled rights)
    ("D073", "随身携带,以备查验"),                      # half-width comma (labelled rights/upper-law)
])
def test_sweep_reads_a_paper_carried_for_checks_as_rights(doc_id, words, corpus):
    opinion = _swept_doc(doc_id, corpus)
    cats = [set(f.detail.get("categories") or (f.category,)) for f in opinion.findings
            if f.severity in ("error", "warning") and words in (f.clause.text if f.clause else "")]
    assert any("rights" in c for c in cats), cats


@needs_docs
@pytest.mark.parametrize("words", [
    "(二)税务登记证副本",                       # 第八十四条 公民因投资申请迁移的 (labelled proof)
    "(三)税务登记证副本及复印件",               # 第八十五条 公民因纳税申请迁移的 (labelled proof)
])
def test_sweep_reads_an_investors_tax_certificate(words, corpus):
    opinion = _swept_doc("D076", corpus)
    assert any(f.rule == "CERT-TAX-REG" and words in (f.quote or "") for f in opinion.findings)


@pytest.mark.parametrize("text,business", [
    ("公民因投资申请迁移的，应当向迁入地公安机关提交以下材料：", True),    # D076 第八十四条
    ("公民因纳税申请迁移的，应当向迁入地公安机关提交以下材料：", True),    # D076 第八十五条
    ("外地人员因创业申请场地补贴的，提交下列材料：", True),                # a founder
    ("事业单位申请财政补助的，提交下列材料：", False),                     # a body outside the reform
    ("因投资项目审批需要，由县发展改革局征求意见。", False),               # an investment project, no applicant
])
def test_business_context(text, business):
    from review.norms.lexicon import load_lexicon

    lex = load_lexicon()
    assert bool(lex.find("cert.business", text)) is business
