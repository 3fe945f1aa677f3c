"""Lawful look-alikes of round 9 (issue 8): the structural kinds a rule must not flag, read through the shared
mechanisms rather than a rule's own ``unless`` phrases, each next to a problem sentence of the same surface that
must stay flagged. One row per mechanism; the clauses written for them are tests/fixtures/rewordings/
lookalike_round9.toml, and the round-5..8 dev look-alikes they were found on are named in the comments."""

import pytest

from review.match import run_example
from review.norms.analyse import analyse
from review.norms.lexicon import default_lexicon

from tests.rule_rows import RULES, check_row, rule_rows

CASES = [
    # a protective prohibition holds for every content category, not only the burdens (review.match.PROTECTED):
    # a contract's promise not to use an audit as the basis of payment (heldout_round7), a procedure rule's refusal
    ("K-SME-AUDIT", "甲方应当自货物交付之日起30日内支付合同价款，不得以审计机关的审计结果作为结算依据拖延付款。", False),
    ("K-SME-AUDIT", "甲方应当自货物验收合格之日起三十日内向乙方支付合同价款，不以审计机关的审计结果作为结算依据。", False),
    ("K-SME-AUDIT", "合同价款以审计机关的审计结果作为结算依据。", True),
    ("P-UNPUBLISHED", "本办法应当依法报送备案，不得以内部文件为由不予公开。", False),
    ("P-UNPUBLISHED", "本办法仅供县直各部门内部掌握执行，不得对外公开。", True),
    # a measure lifted (heldout_round6: 停止公示其失信信息); a measure named as the time of the organ's own duty
    ("C-PENALTY-05", "失信主体按照规定完成信用修复的，县发展和改革局应当及时停止公示其失信信息，有关部门不得继续依据该信息对其实施"
                     "惩戒措施。", False),
    ("C-PENALTY-05", "对失信主体，县发展和改革局应当在门户网站公示其失信信息。", True),
    ("C-PENALTY-05", "当事人初次违法且危害后果轻微并及时改正的，可以不予行政处罚，具体情形按照本局公布的轻微违法行为不予处罚清单执行。",
     False),
    # the document saying what it does not set (heldout_round7/8: 本办法不另行设定落户条件)
    ("C-POWER-SUBDELEGATE", "户口迁移按照国家和省有关规定办理，本办法不另行设定落户条件；法律、法规另有规定的，从其规定。", False),
    ("C-POWER-SUBDELEGATE", "各乡镇可以根据本地实际另行设定落户条件。", True),
    # an upper law named without title marks provides the measure (rewordings: 依照社区矫正法的规定报经批准)
    ("C-LICENSE-01", "社区矫正对象离开所居住的县的，应当依照社区矫正法的规定报经批准。", False),
    ("C-LICENSE-01", "村民外出务工离开本县的，应当报经村民委员会批准。", True),
    # the government's own activities approved by the county (heldout_round6/8): the condition's subject is bound
    ("C-LICENSE-01", "各乡镇、县直各部门使用财政资金举办节庆、论坛、展会等活动的，应当事先报县人民政府批准。", False),
    ("C-LICENSE-01", "企业在城区举办节庆、展会等活动的，应当事先报县人民政府批准。", True),
    # the law's range named (heldout_round6), not the noun 处罚 read as 处 + a fine
    ("C-PENALTY-01", "当事人有《行政处罚法》第三十二条规定情形之一的，应当依法从轻或者减轻行政处罚；从轻处罚的，在法定罚款幅度内"
                     "按照本基准确定的较低档次执行。", False),
    ("C-PENALTY-01", "不按规定时间将垃圾桶收回院内的商户，由社区予以通报，并处200元罚款，不得以任何理由减免。", True),
]


@rule_rows(CASES)
def test_lookalike(rule_id, text, expected):
    check_row(rule_id, text, expected)


@pytest.mark.parametrize("text, form", [
    ("不以审计机关的审计结果作为结算依据", "protective"),     # a plain negation of using a fact as the basis
    ("不得以内部文件为由不予公开", "protective"),             # a pretext, then a refusal
    ("应当及时停止公示其失信信息", "exempt"),                 # a measure lifted
    ("对不再需要扣押的，应当立即解除扣押", "exempt"),
])
def test_relief_forms(text, form):
    norms = analyse(text, default_lexicon(), wanted=())
    assert form in {r.form for n in norms for r in n.relief}, text


@pytest.mark.parametrize("text, measure, laid", [
    ("行政机关采取扣押措施后，应当及时查清事实。", "扣押", False),     # the time of a duty, the measure taken
    ("在法定罚款幅度内从轻处罚。", "罚款", False),                     # the law's measure named
    ("对占道经营的，城管局可以扣押其经营工具。", "扣押", True),
])
def test_measure_named_or_laid(text, measure, laid):
    from review.norms.analyse import named_measure

    a = text.index(measure)
    assert named_measure(text, a, a + len(measure)) is not laid


@pytest.mark.parametrize("text, expected", [
    # the receipts of a fine named (行政处罚法 第七十条 restated in a petition guide, D124), not a fine laid
    ("当事人对使用非法定部门制发的罚款、没收财物单据的，有权拒绝处罚。", False),
    ("对乱扔垃圾的，处五十元罚款并当场开具收据。", True),
])
def test_slip_named(text, expected):
    assert run_example(RULES["C-PENALTY-01"], text) is expected, text


@pytest.mark.parametrize("text, expected", [
    # a fund of the national 政府性基金目录 collected (D022): its collection has a national basis
    ("各地要严格做好城市基础设施配套费的征收、管理工作。", False),
    ("城市基础设施配套费由县住房和城乡建设局按照省人民政府批准的标准征收。", False),
    ("进入园区的企业，应当向管委会缴纳园区基础设施建设费每平方米30元。", True),
])
def test_lawful_fund(text, expected):
    assert run_example(RULES["C-FEE-01"], text) is expected, text


@pytest.mark.parametrize("text", ["对违反规定乱设摊点的，处罚款二百元。", "逾期不缴纳的，每日加处罚款。"])
def test_fine_after_chu_stays(text):
    # 处罚款 is 处 + 罚款: the pattern that no longer reads the noun 处罚 as 处 must still read it
    assert run_example(RULES["C-PENALTY-01"], text), text
