"""Proofs a document may not demand (legal-checks.md §1; review/packs/certificates.toml, content.toml C-PROOF-*):
certificates a registration reform abolished, open-ended catch-all proofs, and proofs of a status a government
register already holds. One row per behaviour; the sentences are written for this table in the wording of local
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
    # -- an open-ended catch-all proof in a list of application materials → C-PROOF-02
    ("C-PROOF-02", "申请廉租住房应当提交下列材料：", "（六）其他相关证明材料。"),
    ("C-PROOF-02", "办理入学登记，须提供以下材料：", "（五）学校认为必要的其他材料。"),
    ("C-PROOF-02", "", "申请人应当提交身份证、户口簿和其他有关证明文件。"),
    # -- closed by law, alternative forms, forbidden, the truth of what was handed in, what one may add: nothing
    (None, "申请登记应当提交下列材料：", "（五）法律、行政法规规定的其他材料。"),
    (None, "", "就读证明包括学生证或者就读学校出具的其他能够证明连续就读的材料。"),
    (None, "", "除前款所列材料外，不得要求申请人提供其他证明材料。"),
    (None, "", "申请人应当对所提交的身份证明和其他证明材料的真实性负责。"),
    (None, "", "申请人可以提供获奖证书等其他证明材料，供评审参考。"),
    (None, "申请抵押登记应当提交下列材料：", "（二）主债权合同或者其他登记原因证明材料；"),
    # -- a status a government register holds, to be proved by the applicant → C-PROOF-03
    ("C-PROOF-03", "", "单身申请人须提交民政部门出具的婚姻状况证明。"),
    ("C-PROOF-03", "申请购房补贴应当提交下列材料：", "（四）本市社会保险缴费证明；"),
    ("C-PROOF-03", "", "非本市户籍学生入学，父母须提供在本区连续参加社会保险满一年的证明。"),
    ("C-PROOF-03", "", "办理居住证签注的，提供公安机关出具的居住满一年的证明。"),
    # (a 派出所 is also among the third parties C-PROOF-01 names: one finding, that rule's)
    ("C-PROOF-01", "", "办理居住证签注的，提供公安派出所出具的居住满一年的证明。"),
    # -- a declaration, a statutory certificate, a record, the issuer's duty, another region, a law's own demand
    (None, "", "申请人的婚姻状况以本人签署的无配偶声明为准，民政部门通过婚姻登记信息核查。"),
    (None, "", "已婚的提交结婚证，离异的提交离婚证或者离婚判决书。"),
    (None, "申请补贴应当提交以下材料：", "（二）劳动合同或者社会保险缴费记录；"),
    (None, "", "社会保险经办机构应当免费为参保人员出具参保缴费证明。"),
    (None, "", "在省内其他城市参加社保的，提供参保地社保经办机构出具的证明。"),
    (None, "", "华侨申请结婚登记的，出具居住国有权机关出具的、经我国驻该国使（领）馆认证的本人无配偶证明。"),
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
    assert len(certs) == 6
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
