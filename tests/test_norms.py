"""The norm layer: concept lexicons (every example runs), the analyser (one row per behaviour, real wording), and
the load errors a lexicon or a pack's norm condition gives."""

from __future__ import annotations

import textwrap

import pytest

from review.norms.analyse import analyse, forbidden
from review.norms.lexicon import LexiconError, build_lexicon, default_lexicon
from review.rules import RulePackError, load_packs

LEX = default_lexicon()

EXAMPLES = [pytest.param(c.name, e, True, id=f"{c.name}+{i}") for c in LEX.concepts.values()
            for i, e in enumerate(c.examples_positive)]
EXAMPLES += [pytest.param(c.name, e, False, id=f"{c.name}-{i}") for c in LEX.concepts.values()
             for i, e in enumerate(c.examples_negative)]


@pytest.mark.parametrize("concept,example,expected", EXAMPLES)
def test_concept_example(concept, example, expected):
    assert LEX.has(concept, example) is expected


def _one(text, header=""):
    norms = analyse(text, LEX, header)
    return norms[0]


# (clause, what the first norm must show) — one row per behaviour
PRECONDITIONS = [
    # an approval word, then 后方可, with a word between
    ("在城区开办婚介服务机构，须经区民政局审核批准，领取登记证后方可营业。", "only_then"),
    # an approval duty that ends the sentence without 方可
    ("城区内设立婚姻介绍服务机构的，应当报区民政局审批。", "duty"),
    # a negation written without 得, before the approval
    ("本区各大卖场搞抽奖让利营销，没有批复的一律不许举行。", "unless"),
    # 实行……审批
    ("县商务局对回收经营实行前置审批。", "system"),
    # 否则
    ("商场举办有奖销售活动，必须事先取得区商务局同意，否则不准举办。", "otherwise"),
]


@pytest.mark.parametrize("text,form", PRECONDITIONS)
def test_precondition_forms(text, form):
    assert form in {p.form for n in analyse(text, LEX) for p in n.preconditions}


def test_private_consent_is_no_approval():
    # the giver of the 同意 is a private party: consent, not a licence
    assert not _one("社区工作人员可以入户走访，但应当事先征得住户同意。").preconditions


def test_internal_approval_is_internal():
    assert "internal" in _one("公务用车须经分管领导批准后方可派车。").context


def test_sanction_falls_on_relatives():
    n = _one("对电信网络诈骗涉案人员，其子女不得在城区学校就读。")
    assert any(s.bearer == "relative" for s in n.sanctions)


def test_agent_is_the_you_phrase_and_the_subject_after_a_condition():
    assert _one("乙方不能按期偿还该贷款的，由甲方承担连带清偿责任。").agent.role == "role.party_a"
    assert _one("项目公司未能按时归还上述借款的，县人民政府负责连带偿付。").agent.role == "role.government"


@pytest.mark.parametrize("text", [
    "乡镇计生办负责出具婚育情况证明。",          # an abbreviation ending in 办 (not caught by the 局/委员会 pattern)
    "市城乡建委会同市财政局制定实施办法。",      # … in 委
    "由县工商所负责个体工商户的日常监管。",      # a 所 of a 局
])
def test_old_bodies_are_government_actors(text):
    assert _one(text).agent.role == "role.government"


def test_basis_in_the_sentence():
    assert _one("依照《中华人民共和国食品安全法》第三十五条规定，应当依法取得食品经营许可。").basis.kind == "cited"
    assert _one("区城管局对乱设摊点的经营者处二百元罚款。").basis.kind == "none"


@pytest.mark.parametrize("text,word,expected", [
    ("任何单位不准对居民生活采取停止供水、供电等方式迫使当事人履行决定。", "停止供水", True),   # prohibition before
    ("施工单位垫资建设的方式，在本项目中不得采用。", "垫资", True),                        # prohibition closing
    ("违规向法人摊派或者收取财物。", "摊派", True),                                     # named unlawful
    ("逾期不搬迁的，由征收部门停止供水。", "停止供水", False),                            # a condition, then the measure
])
def test_forbidden(text, word, expected):
    a = text.index(word)
    assert forbidden(LEX, text, a, a + len(word)) is expected


def test_list_of_kinds_is_a_description():
    assert "description" in _one("（三）没收违法所得、没收非法财物；").context


# -- load errors ------------------------------------------------------------------------------------------
def test_lexicon_example_that_fails_is_refused(tmp_path):
    f = tmp_path / "bad.toml"
    f.write_text(textwrap.dedent('''
        [lexicon]
        name = "bad"
        [[concept]]
        name = "x.test"
        members = ["批准"]
        examples.positive = ["没有这个词"]
    '''), encoding="utf-8")
    with pytest.raises(LexiconError, match="x.test"):
        build_lexicon([f])


def test_office_extends_a_concept(tmp_path):
    f = tmp_path / "county.toml"
    f.write_text(textwrap.dedent('''
        [lexicon]
        name = "county"
        [[concept]]
        name = "local"
        extends = true
        members = ["梧溪县"]
        examples.positive = ["优先采购梧溪县企业生产的产品"]
    '''), encoding="utf-8")
    rules = load_packs([tmp_path])
    lp = next(r for r in rules if r.id == "FC-LOCAL-PREF")
    from review.match import match_text
    assert match_text(lp, "各单位同等条件下优先采购梧溪县企业生产的产品。")


def test_pack_naming_an_unknown_concept_is_refused(tmp_path):
    f = tmp_path / "p.toml"
    f.write_text(textwrap.dedent('''
        [pack]
        name = "t"
        version = "1"
        [[rule]]
        id = "X-NORM-01"
        category = "license"
        title = "测试"
        severity = "error"
        topics = ["content"]
        norm = {precondition = "no.such.concept"}
        basis = [{law = "中华人民共和国行政许可法", article = 17}]
        opinion = "测试"
        examples.positive = ["甲", "乙"]
        examples.negative = ["丙", "丁"]
    '''), encoding="utf-8")
    with pytest.raises(RulePackError, match="X-NORM-01.*no.such.concept"):
        load_packs([f])


# -- who undertakes: the nearest actor before the trigger that is not an object (any word order) -----------------
from review.norms.conditions import actor_before, parse_condition, where_met  # noqa: E402

GOV_SIDE = frozenset({"role.party_a", "role.government", "contract.gov_platform"})
ACTORS = [
    # the 由-agent after the debt: the government repays the company's loan
    ("项目公司向县农商银行申请的贷款到期未能清偿的，由县人民政府安排财政资金代其归还。", "代其归还", True),
    # a purpose phrase names 乙方 first; the one who issues the letter is 管委会 (贷款银行 is the addressee)
    ("为支持乙方融资，管委会同意向贷款银行出具《还款保障承诺书》。", "还款保障承诺书", True),
    # 乙方 after 和 is a co-object: 甲方 undertakes
    ("借款到期乙方还不上的，甲方和乙方一起负责偿还。", "一起负责偿还", True),
    # the platform company (县城投 | 城投公司 on one span) pledges its land for 乙方 (为乙方: an object)
    ("县城投公司以其名下的国有土地使用权为乙方的银团贷款设定抵押。", "设定抵押", True),
    # 乙方 itself applies for a guarantee from a guarantee institution: not the government side
    ("乙方可以向依法设立的政府性融资担保机构申请贷款担保。", "贷款担保", False),
    # 按社会资本方的出资额: a measure, not the one who buys; the buyer is the platform company
    ("县城投公司按社会资本方的原始出资额受让其所持项目公司全部股权。", "受让", True),
]


@pytest.mark.parametrize("text,trigger,gov", ACTORS)
def test_actor_before_the_trigger(text, trigger, gov):
    norms = analyse(text, LEX, "", ("contract.gov_platform",))
    at = text.index(trigger)
    norm = next(n for n in norms if n.start <= at < n.end)
    assert bool(actor_before(norm, at, LEX, GOV_SIDE) & GOV_SIDE) is gov


def test_actor_condition_reads_who_undertakes():
    cond = parse_condition({"actor": sorted(GOV_SIDE), "all": ["guarantee", "debt"], "window": 60}, LEX)
    met = lambda t: where_met(cond, analyse(t, LEX, "", cond.concepts), LEX, t)  # noqa: E731
    assert met("乙方向金融机构融资时，甲方负责出具还款支持函件。")
    assert not met("乙方应当为甲方的融资提供担保。")            # 乙方 undertakes
    assert not met("甲方不为乙方的贷款提供任何形式的担保。")      # the undertaking is forbidden


def test_header_any_needs_the_concept_in_the_list_header():
    cond = parse_condition({"header_any": ["participation"], "all": ["local", "local.tie"], "window": 16,
                            "contexts": ["description"]}, LEX)
    item = "（一）在本区行政辖区内登记注册；"
    assert where_met(cond, analyse(item, LEX, "报名企业应当具备下列条件：", cond.concepts), LEX, item)
    assert not where_met(cond, analyse(item, LEX, "本办法所称本区企业，是指：", cond.concepts), LEX, item)


def test_unknown_actor_concept_is_refused():
    from review.norms.conditions import ConditionError

    with pytest.raises(ConditionError, match="actor"):
        parse_condition({"actor": ["role.nobody"], "all": ["debt"]}, LEX)


# -- the issuing place is local ---------------------------------------------------------------------------------
def test_issuing_place_is_read_as_local():
    text = "县级预算单位采购日常消耗品，应当首先从梧桐县生产企业中选择。"
    wanted = ("local", "preference", "market_object")
    assert not [m for n in analyse(text, LEX, "", wanted) for m in n.found("local")]
    local = [m.text for n in analyse(text, LEX, "", wanted, ("梧桐县", "梧桐")) for m in n.found("local")]
    assert local == ["梧桐县"]            # once, the longest name


@pytest.mark.parametrize("region,names", [
    ("梧桐县", ("梧桐县", "梧桐")),
    ("深圳市福田区", ("深圳市福田区", "深圳市", "福田区", "深圳", "福田")),
    ("", ()),
])
def test_place_names(region, names):
    from review.locality import place_names

    assert place_names(region) == names


@pytest.mark.parametrize("title,flagged", [
    ("梧桐县政府采购管理若干规定（送审稿）", True),     # the document's own county: local preference
    ("青禾县政府采购管理若干规定（送审稿）", False),     # another county's name is not this document's 本地
])
def test_issuing_county_name_counts_as_local(title, flagged):
    from review.clauses import split_clauses
    from review.match import apply_rules
    from review.metadata import apply_metadata
    from review.readers import build_document

    lines = [title, "", "第一条　县级预算单位采购办公用纸、桶装水等日常消耗品，应当首先从梧桐县生产企业中选择。"]
    doc = apply_metadata(build_document("d.txt", lines, "txt"))
    rules = [r for r in load_packs() if r.id == "FC-LOCAL-PREF"]
    found = apply_rules(rules, split_clauses(doc), doc, "2026-12-01")
    assert bool(found) is flagged
