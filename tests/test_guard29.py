"""Round 29 (guard29, issues 8 and 9: lawful look-alikes flagged; a wrong finding costs more than a missed one): the
look-alike classes the dev sets' writers still had flagged on base29, each read once for every guarded category
(review/norms/lookalike.py ``_round29``, the restated_cited reading of upper-law warnings, and the agency pack's
shared ``unless``):

* a protective negation on the party's side (不因……而被通报或者列入失信名单; ``party_shielded``) — not 因……列入, nor a
  negated condition (不报告……的，列入……);
* a ban on taking an occasion (不能借机调整或收回农户承包地; ``occasion_ban``);
* the upper law the comparison warns of, named as the sentence's basis without its article (依照《X法》的有关规定 /
  依照X法规定, its citation after the sentence's semicolon too; ``restated_cited``) — warnings only;
* an article cited by 适用 in a discretion list's header (适用《X条例》第N条实施罚款的，按照下列情形裁量：; ``cited_article``)
  — not the document's own article (适用本办法第十条);
* a renamed body named as the issuer of a paper, in the words of the article the sentence cites (依照《城市道路管理条例》
  第三十三条……提交城市规划部门批准签发的文件) — not without the citation, nor the old body approving;
* the body's own deadline to decide either way (应当自……之日起60日内，作出准予或者不予登记的决定; ``own_duty``) — not a
  class refused.

Every clause of tests/fixtures/rewordings/guard29.toml (written before the fixes, measured on base29: problems 11/15,
look-alikes flagged 8/22; after: 11/15, 0/22) stands as 第二条 of a county draft; then the dev sets' look-alikes each
beside a problem of the same surface."""

import tomllib
from pathlib import Path

import pytest

from review.norms.lookalike import lookalike_reason
from review.rules import load_packs
from tests.new_clauses import assert_judged, check_clause, clause_param, findings_on_article

FIXTURE = Path(__file__).parent / "fixtures" / "rewordings" / "guard29.toml"
CASES = tomllib.loads(FIXTURE.read_text(encoding="utf-8"))["case"]
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param("guard29", i, c) for i, c in enumerate(CASES)])
def test_guard29_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


ROWS = [
    # a party shielded (H novel_bq:23) — beside the listing laid on the party
    ("penalty", "", "排污单位按照规定如实报告自动监测设备传输数据异常并及时检查修复的，不因报告异常情况本身而被通报或者列入失信名单。",
     False),
    ("penalty", "", "排污单位未按照规定报告自动监测设备传输数据异常的，予以通报并列入失信名单。", True),
    # an article cited by 适用 in the header (H novel_bq:22) — beside the document's own article
    ("penalty", "适用《医疗废物管理条例》第四十五条实施罚款的，按照下列情形裁量：",
     "（一）逾期不改正，但违法行为持续时间较短且未造成危害后果的，处2000元以上3000元以下的罚款；", False),
    ("penalty", "适用本办法第九条实施罚款的，按照下列情形裁量：",
     "（一）逾期不改正，但违法行为持续时间较短且未造成危害后果的，处2000元以上3000元以下的罚款；", True),
    # the paper's issuer in the cited article's words (V novel_bg:8, T novel_az:62) — beside the old body approving
    ("agency", "", "因工程建设需要挖掘城市道路的，依照《城市道路管理条例》第三十三条第一款，应当提交城市规划部门批准签发的文件和有关"
                   "设计文件。", False),
    ("agency", "", "因工程建设需要挖掘城市道路的，依照《城市道路管理条例》第三十三条第一款，报城市规划部门批准。", True),
    # the body's own deadline (W novel_bh:140) — beside a class refused
    ("rights", "", "县民政局应当自收到成立社会团体登记申请全部有效文件之日起60日内，作出准予或者不予登记的决定。", False),
    ("rights", "", "县民政局对成立社会团体的登记申请，一律不予登记。", True),
    # the cited law compared (V novel_bf:21, K novel_af:36)
    ("upper-law", "", "在禁止开垦坡度以上陡坡地开垦种植农作物的，由县水利局依照《中华人民共和国水土保持法》的有关规定予以处理。", False),
    ("upper-law", "", "审计机关对被审计单位正在进行的违反国家规定的财务收支行为予以制止；制止无效的，依照审计法规定通知财政部门暂停"
                      "拨付直接有关的款项。", False),
]


@pytest.mark.parametrize("category, header, text, problem", ROWS)
def test_guard29_rows(corpus, category, header, text, problem):
    found = findings_on_article(corpus, RULES, text, header=header, name="guard29.txt")
    assert_judged(found, {"polarity": "positive" if problem else "negative", "category": category, "text": text})


def test_law_named_only_for_the_law_compared_and_warnings():
    """restated_cited by a law's name: the law compared must be the one named, and only a warning is excused."""
    text = "由县水利局依照《中华人民共和国水土保持法》的有关规定予以处理。"
    quote = "由县水利局依照《中华人民共和国水土保持法》的有关规定"
    assert lookalike_reason("upper-law", text, quote, severity="warning",
                            upper_law="中华人民共和国水土保持法") == "restated_cited"
    assert lookalike_reason("upper-law", text, quote, severity="warning", upper_law="中华人民共和国森林法") is None
    assert lookalike_reason("upper-law", text, quote, severity="error", upper_law="中华人民共和国水土保持法") is None
    # a vague basis names no law (依照法律法规规定, 依照国家有关规定)
    vague = "由县水利局依照法律法规规定予以处理。"
    assert lookalike_reason("upper-law", vague, "由县水利局", severity="warning", upper_law="法律法规") is None


def test_shield_is_the_measures_negation():
    """不报告……的，列入…… is a condition negated, not the measure: no shield."""
    text = "测绘单位不报告测绘成果保密事故的，列入测绘失信名单。"
    assert lookalike_reason("penalty", text, "列入测绘失信名单") is None
    shielded = "测绘单位主动报告的，不因报告行为本身而被列入测绘失信名单。"
    assert lookalike_reason("penalty", shielded, "列入测绘失信名单") == "party_shielded"
