"""Round 28 (real28, issue 9): two readings the sweep's norm check lacked, built from what `fashen review` found on
the labelled real documents and the sweep dropped ("review-only" misses of bench/real_misses.py).

* A list header that only announces the handling (……的，由主管教育行政部门视情节严重程度依法处理：) lends its 依法 to
  no item that sets the measures itself (向社会进行通报；给予该校次年减少其10%—50%的招生计划; 给予当年年检“不合格”
  结论): D009, D010 (labelled penalty). A header over the acts (有下列行为之一的，由公安机关依法处罚：) still lends it.
* C-RIGHTS-MOVE in the sweep (norm-confirmed): a household that may not move out alone (D076), and a settling or
  purchase made to wait for the earlier household's hukou to leave (原户籍人员户口迁出方可办理落户: D053, D077).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from review.match import norm_confirms
from review.office import Office
from review.rules import load_packs
from review.sweep import Reviewer, SweepOptions
from tests.new_clauses import assert_judged, findings_on_article
from tests.real_lines import AS_OF, DOCS

needs_docs = pytest.mark.skipif(not DOCS.is_dir(), reason="../shared/data/documents 不存在")
PACKS = load_packs()
RULES = {r.id: r for r in PACKS}
CASES = tomllib.loads((Path(__file__).parent / "fixtures" / "rewordings" / "real28.toml").read_text("utf-8"))["case"]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c["text"][:16])
def test_handling_header_clauses(case, corpus):
    # review: the problem found in its category, the look-alike not flagged
    assert_judged(findings_on_article(corpus, PACKS, case["text"], case.get("header", "")), case)


@pytest.mark.parametrize("rule,header,text,confirmed", [
    # the handling lead over measures (D010 （二十六）4): the item's exposure has no basis
    ("C-PENALTY-05", "经核实确认学校或培训机构存在违规行为的，按隶属关系由学校或培训机构的主管教育行政部门视情节严重程度依法处理：",
     "4.义务教育阶段民办学校违规招生，责令限期整改，向社会进行通报，并视情节严重程度，给予该校次年减少其10%-50%的招生计划或勒令停止招生。", True),
    # … 按照有关规定处理： is the same lead
    ("C-PENALTY-05", "物业服务企业违反本办法规定的，由区住房和城乡建设局按照有关规定处理：",
     "（一）违规收取费用的，在区人民政府门户网站上予以公示，两年内不得参加优秀物业服务项目评选。", True),
    # a header over the acts (下列行为之一) keeps lending its 依法
    ("C-PENALTY-05", "有下列行为之一的，由县市场监督管理局依法处理：",
     "（二）违规发布广告的，向社会予以曝光。", False),
    # the item's own cited article is its basis
    ("C-PENALTY-05", "经调查属实的，由县市场监督管理局依法处理：",
     "（二）依照《中华人民共和国广告法》第五十五条，对违规发布广告的，向社会予以曝光。", False),
    # the earlier household's hukou as the condition of settling (D053) and of a sale (D077)
    ("C-RIGHTS-MOVE", "", "对购买二手房的需原户籍人员户口迁出方可办理落户申请。", True),
    ("C-RIGHTS-MOVE", "", "购买二手房时，业主应在原户主户口迁出其住房后，方可办理交易和户口落户申请手续。", True),
    # the registrar's own step when a household changes (D076 第…条, a look-alike)
    ("C-RIGHTS-MOVE", "", "变更户主或者户主户口迁出的，应当收回原居民户口簿，签发新的居民户口簿。", False),
])
def test_norm_confirms(rule, header, text, confirmed):
    quote = text.rstrip("。")
    assert norm_confirms(RULES[rule], text, quote, header) is confirmed


def _sweep(doc_id: str, office: str, corpus, rules: set[str]) -> list[str]:
    path = next(DOCS.glob(f"{doc_id}_*"))
    row = Reviewer(corpus, PACKS, SweepOptions(as_of=AS_OF, office=Office.parse(office))).review(path)
    return sorted(f["quote"] for f in row["findings"]
                  if f["rule"] in rules and f["severity"] in ("error", "warning"))


@needs_docs
@pytest.mark.parametrize("doc_id,office,rules,quotes", [
    # 广州 义务教育招生指导意见 (三十一) 4 and 5: labelled penalty
    ("D009", "广州市", {"C-PENALTY-05"}, ["4.义务教育阶段民办学校违规招生，责令限期整改，向社会进行通报", "对社会培训机构违规的，责令限期整改，向社会进行通报"]),
    # 购房入户: labelled rights
    ("D053", "广州市", {"C-RIGHTS-MOVE"}, ["对购买二手房的需原户籍人员户口迁出方可办理落户申请"]),
    # 南京 户籍准入登记暂行办法: labelled rights
    ("D077", "南京市", {"C-RIGHTS-MOVE"}, ["业主应在原户主户口迁出其住房后，方可办理交易和户口落户申请手续"]),
])
def test_the_sweep_keeps_them(doc_id, office, rules, quotes, corpus):
    assert _sweep(doc_id, office, corpus, rules) == quotes



