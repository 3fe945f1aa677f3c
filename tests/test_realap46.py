"""Round 46 (realap46, issue 9): three readings of a sanction's basis that the sweep's norm check lacked, built from the
odd half's penalty labels `fashen review` finds and the sweep dropped (D153 第五十五条, 第六十四条; D145 第三十二条)
(tests/fixtures/rewordings/realap46.toml; bench/README.md, "Round 46 — realap46").

* A general basis that introduces another duty after the sanction (……处以罚款，……按规定交纳土地使用费 / 补办登记手续:
  ``basis.other_duty``) is that duty's basis, not the sanction's (review.norms.analyse.without_later_duties).
* 予以纠正 before a sanction on the violator (派出机构应予以纠正，并可根据情节给予警告) is a correction ordered, not the
  narration of a measure withdrawn (``context.history``).
* A basis written for another body's act earlier in the sentence (……登记机关依法不予办理登记，住房保障部门……处10万元
  罚款: D145 第三十二条) is that body's: the sanction after the next body's name is read from there (``sentences.body_step``).
"""

import pytest

import bench.rewording_eval as rewording
from review.match import norm_confirms
from review.norms.analyse import without_later_duties
from review.norms.lexicon import default_lexicon
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("realap46.toml")
PACKS = load_packs()
RULES = {r.id: r for r in PACKS}
LEXICON = default_lexicon()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_realap46_clause_in_the_sweep(corpus, monkeypatch, stem, index, case):
    # the sweep keeps a content finding only where the norm reading confirms it: the readings are the sweep's
    monkeypatch.setattr(rewording, "SWEEP", True)
    check_clause(corpus, PACKS, case)


@pytest.mark.parametrize("text, quote, confirmed", [
    # D153 第六十四条: the fee's 按规定 after the fine is the fee's
    ("农村集体单位没有办理用地或者报建手续，已建成的建筑物与规划没有矛盾，且在农村非农建设用地标准以内的，免予处罚；如该地在"
     "农村非农用地标准以外的，按照建筑面积每平方米处以15元以上50元以下的罚款，该地转为国家所有，视为行政划拨用地，按规定交纳"
     "土地使用费。", "按照建筑面积每平方米处以15元以上50元以下的罚款", True),
    # D153 第五十五条: the warning after a correction ordered; the cited regulation is the further step's
    ("转让、抵押、出租土地使用权，未按规定办理登记的，派出机构应予以纠正，并可根据情节给予警告，经警告后仍不纠正的，视同非法"
     "转让土地，可按《中华人民共和国土地管理法实施条例》第三十一条规定处理，情节较重的，经市政府批准，收回其土地使用权。",
     "并可根据情节给予警告", True),
    # the basis written before the fine keeps excusing it, a later duty or not
    ("逾期未办理备案的，由区商务局按规定处以罚款，并按规定补办备案手续。", "按规定处以罚款", False),
    ("逾期未办理备案的，依法处以1000元罚款，并按规定补办备案手续。", "依法处以1000元罚款", False),
    # a general basis elsewhere in the step (not a later duty's) keeps excusing it
    ("逾期未办理备案的，处以1000元罚款，有关法律、法规另有规定的，从其规定，并按规定补办备案手续。", "处以1000元罚款", False),
    # D145 第三十二条: the 依法 is the registrar's refusal; the housing department's fine, after its own name, has none
    ("建设单位违反本办法规定，擅自对外出售安居型商品房的，市房地产登记机关依法不予办理房地产登记，市住房保障部门责令停止违法"
     "行为，并按擅自对外签订买卖合同的安居型商品房套数每套处10万元罚款。", "每套处10万元罚款", True),
    # one body whose 依法 opens its measures
    ("建设单位擅自对外出售安居型商品房的，由市住房保障部门依法责令停止违法行为，并处10万元罚款。", "并处10万元罚款", False),
    # the later body's own 依法
    ("建设单位擅自对外出售安居型商品房的，市房地产登记机关不予办理房地产登记，市住房保障部门依法责令停止违法行为，并处10万元"
     "罚款。", "并处10万元罚款", False),
    # a measure of the past corrected: still the narration of a measure withdrawn
    ("对违规设立的罚款项目予以纠正，已经收取的罚款全额退还。", "罚款", False),
])
def test_norm_confirms(text, quote, confirmed):
    assert norm_confirms(RULES["C-PENALTY-01"], text, quote, "") is confirmed


@pytest.mark.parametrize("text, end, blanked", [
    ("处以罚款，并按规定补办登记手续", 4, "按规定"),       # after the measure: blanked
    ("按规定办理登记后，处以罚款", 13, ""),               # before it: kept
    ("处以罚款，并依法办理变更登记", 4, "依法"),
    ("处以罚款，由经营者按规定追缴", 4, ""),               # 追缴 is no duty of the party's own
])
def test_without_later_duties(text, end, blanked):
    out = without_later_duties(LEXICON, text, end)
    assert len(out) == len(text)
    assert out.count("＊") == len(blanked)
    assert out.replace("＊" * len(blanked), blanked, 1) == text if blanked else out == text


@pytest.mark.parametrize("text, history", [
    ("对违规设立的收费项目，予以纠正", True),
    ("各地自行设立的罚款项目，应当予以纠正", True),
    ("未按规定办理登记的，派出机构应予以纠正，并可根据情节给予警告", False),
    ("擅自改变摊位用途的，街道办事处应予以纠正，并可处以200元以上1000元以下的罚款", False),
    ("农贸市场开办者未按规定公示收费标准的，予以纠正，并处以500元罚款", False),
])
def test_correction_ordered_is_no_history(text, history):
    assert LEXICON.has("context.history", text) is history
