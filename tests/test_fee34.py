"""Round 34 (fee34, issue 8): a gate the county adds beside or before a licence the law sets, a paper a body issues for
a term, and the cost of a body's own inspection or of a service the document compels put on the party
(bench/README.md, "Round 34 — fee34")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("fee34.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_fee34_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


from review.metadata import find_kind  # noqa: E402
from review.norms.analyse import analyse, termed  # noqa: E402
from review.norms.charge import charges  # noqa: E402
from review.norms.lexicon import load_lexicon  # noqa: E402

LEXICON = load_lexicon()


@pytest.mark.parametrize("after, expected", [
    # a term right after the paper, or its renewal
    ("，备案证有效期一年，期满应当重新办理。", True),
    ("，有效期六个月，期满须重新申领。", True),
    ("，认定有效期三年。", True),
    # guard: no term, or a term far from the paper (another thing's)
    ("，未取得的不得经营。", False),
    ("，并在经营场所公示。本规定自发布之日起施行，有效期五年。", False),
])
def test_termed(after, expected):
    assert termed(after) is expected


def _forms(text: str) -> list[tuple[str, str]]:
    return [(p.concept, p.form) for n in analyse(text, LEXICON) for p in n.preconditions]


@pytest.mark.parametrize("text, expected", [
    # a paper asked for a term, or issued by a body for one
    ("主办单位应当于开展前向县商务局办理展会备案证，备案证有效期一年，期满应当重新办理。", ("registration", "term")),
    ("由县供销合作社核发《农资网点经营证》，有效期二年，期满须重新申领。", ("license_document", "term")),
    ("气象信息服务企业应当向县气象局申请服务能力认定，认定有效期三年。", ("registration", "term")),
    # a body's opinion before the statutory step it opens
    ("从事粮食收购的企业，应当在申领营业执照前取得县粮食和物资储备局出具的收购网点布点意见。", ("license_document", "duty")),
    ("申请人应当取得所在乡镇人民政府出具的《网点设置意见书》。", ("license_document", "duty")),
])
def test_precondition_forms(text, expected):
    assert expected in _forms(text)


@pytest.mark.parametrize("text", [
    # guard: a benefit's recognition for a term — no duty to apply, the body recognises
    "符合条件的困难职工家庭，经县总工会认定后纳入帮扶档案，认定有效期一年。",
    # guard: an expert's finding is no gate's paper
    "申请人应当取得司法鉴定机构出具的鉴定意见。",
])
def test_no_precondition(text):
    assert not [f for f in _forms(text) if f[1] in ("term", "duty")]


@pytest.mark.parametrize("sentence, charged", [
    # a body's own verification or inspection paid by the party
    ("县烟草专卖局对零售户使用的计量器具开展监督检定，检定所需开支由零售户承担。", True),
    ("无线电管理机构对设台单位的无线电发射设备进行查验，查验所需开支由设台单位负担。", True),
    # a service the sentence compels, its price on the participant
    ("从业人员每年应当参加县邮政业协会组织的安全培训，培训资料费由从业人员自行承担。", True),
    # guard: a voluntary service
    ("企业可以自愿参加县档案学会组织的业务培训，培训资料费由参训人员自行承担。", False),
    # guard: the party's own training
    ("会展主办单位应当组织本单位工作人员开展安全培训，培训费用由主办单位承担。", False),
    # guard: a re-test the party asked for
    ("当事人对检定结果有异议申请复检的，复检费用由申请人承担。", False),
])
def test_charged(sentence, charged):
    assert bool([b for b in charges(sentence) if b.name == "charged"]) is charged


@pytest.mark.parametrize("text, kept", [
    # a body that carries out the gate itself, after a plan cited as the sentence's ground
    ("根据全县会展业发展规划，对承办展会的企业实行准入管理，由县商务局组织综合评估，评估通过后方可承办展会。", True),
    # guard: the administration's own plan, gated inside it
    ("县粮食和物资储备局编制的年度建设计划由县发展和改革局审核，审核通过后方可实施。", False),
])
def test_gate_kept_after_a_cited_plan(text, kept):
    (norm,) = analyse(text, LEXICON)
    assert norm.keeper is kept


@pytest.mark.parametrize("title, kind", [
    # a county's draft is no 规章, whatever bureau its clause names as reviewer
    ("梧桐县城乡管理若干规定（送审稿）", "规范性文件"),
])
def test_county_draft_is_no_rule(title, kind):
    text = f"{title}\n第一条　为了加强管理，制定本规定。\n第二条　律师事务所设立服务点的，须报县司法局审核同意后方可挂牌。\n"
    paragraphs = text.split("\n")
    assert find_kind(title, paragraphs, text).kind == kind
