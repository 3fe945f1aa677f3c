"""Proofs a document may not demand (legal-checks.md §1; review/packs/certificates.toml): certificates a registration
reform abolished. One row per behaviour; the sentences are written for this table in the wording of local
documents (not the packs' examples, which tests/test_rule_examples.py runs).
"""

from __future__ import annotations

import pytest

from review.engine import ReviewOptions, review_document
from review.match import apply_rules, without_yielded
from review.metadata import apply_metadata
from review.model import Clause
from review.readers import build_document
from review.rules import load_packs
from review.sweep import SWEEP_TOPICS

RULES = load_packs()
PROOF_RULES = [r for r in RULES if r.category in ("proof", "family-planning")]
AS_OF = "2026-12-01"


def fired(text: str, header: str = "", as_of: str = AS_OF) -> list[str]:
    clause = Clause(index=0, label="第一条", text=text, start=0, end=len(text), paragraph=0, header=header)
    return sorted({f.rule for f in without_yielded(apply_rules(PROOF_RULES, [clause], as_of=as_of), PROOF_RULES)})


CASES = [
    # -- a certificate the registration reform abolished, demanded → one rule per certificate
    ("CERT-ORG-CODE", "", "申报科技型企业认定的，须提交营业执照副本和组织机构代码证复印件。"),
    ("CERT-ORG-CODE", "申请场地租金补贴应当提交以下材料：", "（三）组织机构代码证（副本）；"),
    ("CERT-TAX-REG", "", "商户申请摊位补贴的，应当提供营业执照及国税、地税税务登记证复印件。"),
    ("CERT-SOCIAL-INS-REG", "", "企业申请吸纳就业补贴，须附社会保险登记证复印件。"),
    ("CERT-STATS-REG", "", "新入库企业应当报送营业执照、统计登记证复印件。"),
    ("CERT-TEMP-RESIDENCE", "", "外地户籍幼儿入园，家长须提供本市暂住证原件。"),
    ("CERT-TEMP-RESIDENCE", "", "其父母在本区已取得暂住证并居住满一年的，可以申请入学。"),
    # -- the reform stated, the replacement accepted, a transition, the code itself, the regime: nothing
    (None, "", "“三证合一”后，企业持营业执照即可办理，不再要求提供组织机构代码证和税务登记证。"),
    (None, "", "申请人可以提交居住证（或者有效期内的暂住证）。"),
    (None, "", "原暂住证的有效年限，计入居住证持有人的居住年限。"),
    (None, "", "已办理暂住证的流动人口申领居住证的，居住期限连续计算。"),
    (None, "", "申请表应当填写单位的统一社会信用代码（组织机构代码）。"),
    (None, "", "企业应当自领取营业执照之日起三十日内申报办理税务登记。"),
    (None, "", "流动人口到达暂住地三日内向派出所申领暂住证。"),
    # 税务、社保、统计登记证 were folded into the licence only for market entities: not for a 机关 or 事业单位
    (None, "", "机关事业单位职工参保，由单位持社会保险登记证到经办机构办理。"),
    # -- family-planning certificates stay with the family-planning pack: one finding, its rule
    ("FP-APPROVAL", "", "办理随迁入户，两个子女的须提供二孩准生证。"),
    ("FP-PROOF", "", "流动人口办理居住证，须出示《流动人口婚育证明》。"),
]


@pytest.mark.parametrize("expected, header, text", CASES, ids=[c[2][:16] for c in CASES])
def test_proof_rules(expected, header, text):
    assert fired(text, header) == ([expected] if expected else [])


# -- dates: the review date decides; the document's date only says when the problem arose (review/dates.py)
@pytest.mark.parametrize("rule, text, before, after", [
    ("CERT-ORG-CODE", "须提交组织机构代码证原件。", "2015-09-30", "2015-10-01"),
    ("CERT-SOCIAL-INS-REG", "企业须提交社会保险登记证原件。", "2016-09-30", "2016-10-01"),
    ("CERT-TEMP-RESIDENCE", "家长须出示暂住证原件。", "2015-12-31", "2016-01-01"),
])
def test_not_before_the_reform(rule, text, before, after):
    assert rule not in fired(text, as_of=before)
    assert rule in fired(text, as_of=after)


def test_every_certificate_rule_names_its_reform():
    """The reform date is the day the rule applies from; the opinion names the certificate and its replacement."""
    certs = [r for r in RULES if r.id.startswith("CERT-")]
    assert len(certs) == 5
    for r in certs:
        assert r.detail["reform_date"] == r.valid_from, r.id
        assert r.detail["certificate"] and r.detail["replacement"] and r.detail["reform"], r.id
        assert "{certificate}" in r.opinion and r.basis, r.id


def _document(lines: list[str]):
    return apply_metadata(build_document("梧桐县人才服务办法.txt", lines, "txt"))


DOC = ["梧桐县人才服务办法", "", "第一条　为做好人才服务，制定本办法。",
       "第二条　用人单位申请人才补贴的，应当提交营业执照副本、组织机构代码证副本。",
       "第三条　本办法自2014年3月1日起施行。", "", "梧桐县人民政府", "2014年2月20日"]


@pytest.mark.parametrize("topics", [None, SWEEP_TOPICS], ids=["review", "sweep"])
def test_old_document_reviewed_today(corpus, topics):
    """A 2014 document judged by today's law, in a review and in a cleanup sweep alike: the finding says the
    problem arose with the reform, after the document was made."""
    opinion = review_document(_document(DOC), corpus, RULES,
                              ReviewOptions(as_of=AS_OF, topics=topics, upper_law=False))
    found = [f for f in opinion.findings if f.rule == "CERT-ORG-CODE"]
    assert len(found) == 1 and found[0].severity == "warning" and found[0].category == "proof"
    assert "文件制定时（2014年2月20日）尚无此问题，法人和其他组织统一社会信用代码制度和“三证合一”登记制度改革" in found[0].problem
    assert "统一社会信用代码" in found[0].suggestion


def test_old_document_reviewed_before_the_reform(corpus):
    opinion = review_document(_document(DOC), corpus, RULES, ReviewOptions(as_of="2015-06-30", upper_law=False))
    assert not [f for f in opinion.findings if f.rule.startswith("CERT-")]
