"""A 设定 error on a sentence that follows a named instrument the corpus does not hold becomes a warning asking to
check that basis (review/cited_basis.py, issue 9)."""

from __future__ import annotations

import pytest

from review.cited_basis import unheld_basis

AS_OF = "2026-12-01"


@pytest.mark.parametrize("sentence, held, expected", [
    ("按照《某省流动人口服务管理规定》，在本县从事房屋租赁中介的，须经县公安局审批同意后方可经营。", (), "某省流动人口服务管理规定"),
    ("依照《某市养犬管理办法》第十二条的规定，由公安机关处200元罚款。", (), "某市养犬管理办法"),
    # a name the corpus holds is read by the upper-law comparison instead
    ("依照《居住证暂行条例》第九条，须经公安机关批准。", ("居住证暂行条例",), ""),
    # a name quoted without following it (a certificate, a form) is no basis
    ("领取《婚介服务登记证》后方可营业。", (), ""),
    ("须经区民政局审核批准。", (), ""),
])
def test_unheld_basis(sentence, held, expected):
    assert unheld_basis(sentence, lambda name: name in held) == expected


def _review(text, corpus):
    from review.engine import ReviewOptions, review_document
    from review.metadata import apply_metadata
    from review.model import Document, Paragraph
    from review.rules import load_packs

    paras, pos = [], 0
    for i, line in enumerate(text.split("\n")):
        paras.append(Paragraph(index=i, text=line, start=pos))
        pos += len(line) + 1
    doc = apply_metadata(Document(path="t.txt", text=text, paragraphs=tuple(paras), source_format="text"))
    return review_document(doc, corpus, load_packs(), ReviewOptions(as_of=AS_OF, upper_law=False))


HEAD = "某县婚介服务管理办法\n第一条　为了规范婚介服务，制定本办法。\n"


def test_setting_error_becomes_a_check_the_basis_warning(corpus):
    plain = _review(HEAD + "第二条　在城区开办婚介服务机构，须经区民政局审核批准，领取《婚介服务登记证》后方可营业。", corpus)
    [err] = [f for f in plain.findings if f.rule == "C-LICENSE-01"]
    assert err.severity == "error"
    cited = _review(HEAD + "第二条　按照《某省婚姻介绍机构管理规定》，在城区开办婚介服务机构，须经区民政局审核批准，"
                           "领取《婚介服务登记证》后方可营业。", corpus)
    [warn] = [f for f in cited.findings if f.rule == "C-LICENSE-01"]
    assert warn.severity == "warning" and "请核对上位法依据" in warn.problem
    assert warn.detail["basis_unverified"] == "某省婚姻介绍机构管理规定"
