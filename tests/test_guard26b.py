"""Round 26 wave 2 (guard26b, issue 8, precision): a prohibition whose object is the measure itself protects the party,
whatever the measure and whoever is addressed (``forbids.measure``, review/lexicons/basis.toml; a default unless of the
content pack and C-COERCE-02's own):

* a forced act forbidden (任何单位不得从其……补贴中强行扣缴; 承包农户不同意的，不得强行调整) — 强行 marks an act done
  against another's will, the verb an open slot; not the party's own forcing through (车辆不得强行通过);
* a body barred from deciding of its own accord (网格员……不得自行作出罚款或者收取任何款项);
* a means forbidden for forcing someone (不得采取停止……供水、供电……等方式迫使……), whatever the means.

And the holder of a contracted right (承包农户, 承包方: 承包 and a party's ending) is a right holder: an adjustment made
only with the holder's own consent (应当征得承包农户同意) is neither C-RIGHTS-LAND nor a burden (C-RIGHTS-BURDEN).

A definition mapping an old body to the one that holds its duties now (……所称工商行政管理部门，现由市场监督管理部门履行
相应职责; 所称……部门，包括承接原……职责的部门) is the reform, not the old body acting (review/agencies.py, every AG rule).

Every clause of tests/fixtures/rewordings/guard26b.toml (written before the fix) stands as 第二条 of a county draft;
then the dev sets' look-alikes (S, dev) each beside the same surface laying the measure."""

import tomllib
from pathlib import Path

import pytest

from review.rules import load_packs
from tests.new_clauses import assert_judged, clause_param, findings_on_article

FIXTURE = Path(__file__).parent / "fixtures" / "rewordings" / "guard26b.toml"
CASES = tomllib.loads(FIXTURE.read_text(encoding="utf-8"))["case"]
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param("guard26b", i, c) for i, c in enumerate(CASES)])
def test_guard26b_clause(corpus, stem, index, case):
    found = findings_on_article(corpus, RULES, case["text"], case.get("header", ""), name="guard26b.txt")
    assert_judged(found, case)


ROWS = [
    # a body barred from deciding a sanction of its own accord (S novel_av; dev) — beside one that does decide it
    ("penalty", "社区网格员在巡查中发现出租房屋未登记的，应当告知出租人及时补登并报告派出所，不得自行作出罚款或者收取任何款项。", False),
    ("penalty", "社区网格员在巡查中发现出租房屋未登记的，可以对出租人处五百元罚款。", True),
    # … not a party's own decision barred: the autonomy taken is the problem (M novel_aj; dev)
    ("power", "住宅小区内公共绿地的树种调整、补植方案和养护单位选聘，须报县园林绿化管理所审定后执行，业主大会不得自行决定。", True),
    # a means forbidden for forcing someone (S novel_av; dev) — beside the means laid
    ("coercion", "群租房安全隐患整改过程中，任何单位不得采取停止居民生活供水、供电、供气等方式迫使出租人或者承租人履行整改义务。", False),
    ("coercion", "群租房出租人拒不履行整改义务的，由街道办事处通知供水、供电单位停止供水、供电。", True),
    # a forced deduction forbidden (S novel_aw; dev)
    ("fee", "农户未缴纳自缴保费的，由保险机构依照合同约定处理，任何单位不得从其耕地地力保护补贴等惠农资金中强行扣缴。", False),
    # a forced adjustment forbidden, the adjustment on the holder's consent (S novel_aw; dev) — beside one forced
    ("rights", "高标准农田建设需要调整承包地块的，应当征得承包农户同意并签订书面协议；承包农户不同意的，不得强行调整。", False),
    ("rights", "高标准农田建设需要调整承包地块的，由村民委员会统一调整，承包农户应当服从。", True),
    # a definition mapping the old body to its successor (S novel_av, T novel_ay; dev) — beside one still naming it
    ("agency", "《旅馆业治安管理办法》第四条所称工商行政管理部门，现由市场监督管理部门履行相应职责。", False),
    ("agency", "本办法所称市场监督管理部门，包括承接原工商行政管理、质量技术监督、食品药品监督管理职责的部门。", False),
    ("agency", "本办法所称登记机关，是指县工商行政管理局。", True),
    # a party named by the act done to it (被投诉企业) is no complaint barred (T novel_ay; dev) — beside one barred
    ("rights", "投诉举报人的姓名、联系方式等个人信息，受理机构应当予以保密，不得泄露给被投诉企业。", False),
    ("rights", "商户对处理结果有异议的，不得向上级部门投诉，只能向市场服务中心反映。", True),
]


@pytest.mark.parametrize("category, text, problem", ROWS)
def test_guard26b_rows(corpus, category, text, problem):
    found = findings_on_article(corpus, RULES, text, name="guard26b.txt")
    assert_judged(found, {"polarity": "positive" if problem else "negative", "category": category, "text": text})


def test_forbids_measure_concept():
    """The concept's own examples: the forced act, the decision of one's own accord, the means for forcing; not the
    party's own forcing through, nor the measure laid."""
    from review.norms.lexicon import read_lexicon_file

    path = Path(__file__).parents[1] / "review" / "lexicons" / "basis.toml"
    concept = next(c for c, _ in read_lexicon_file(path) if c.name == "forbids.measure")
    import re
    rx = re.compile(concept.regex_source)
    for text in ("承包农户不同意的，不得强行调整", "不得自行作出罚款或者收取任何款项", "小区物业服务企业不得采取停止供电等手段催交物业费"):
        assert rx.search(text), text
    for text in ("由村民委员会强行调整", "车辆不得强行通过", "当事人拒不履行的，可以采取停止供水等方式迫使其履行", "开发建设单位不得自行采购"):
        assert not rx.search(text), text
