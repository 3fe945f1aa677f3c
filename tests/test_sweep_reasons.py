"""A 清理目录 reason names the clauses and the cause in a few words (issue 9, round 12): what a reviewer found wrong
in ten random rows of a sweep of the dev documents — an agency reason listing old and new names apart (which becomes
which?), a lapsed document's "only names to update", a province called 其他机关 of its own city's office."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from review.disposition import AMEND, DocMeta, decide, problem_reasons
from review.model import Clause, Finding

DOCS = Path(__file__).resolve().parents[2] / "shared" / "data" / "documents" / "txt"
AS_OF = "2026-12-01"
needs_docs = pytest.mark.skipif(not DOCS.is_dir(), reason="../shared/data/documents 不存在")


def _agency(quote, new, at=5, **detail):
    return Finding("AG-X", "agency", "warning", "使用已更名或撤销的机构名称", Clause(at, f"第{at}条", quote, 0, 1, at), quote, "…",
                   detail={"new_name": new, **detail})


def test_agency_reason_pairs_each_old_body_with_its_successor():
    fs = [_agency("由劳动和社会保障部门受理", "人力资源和社会保障局（厅）", old=r"劳动和社会保障部(?!门)|劳动局", bare="劳动保障|劳动和社会保障"),
          _agency("收费标准由物价部门核定", "发展和改革部门（价格管理）", at=7, old=r"物价(局|部门)", bare="物价")]
    reason = decide(DocMeta(title="××市流动人员就业管理办法"), fs, AS_OF).reasons[0]
    assert "：劳动和社会保障部门→人力资源和社会保障局（厅）；物价部门→发展和改革部门（价格管理）（请核对" in reason
    assert reason.startswith("2处使用机构改革前已更名")
    # a merged finding of two rules: each old name with its own successor
    merged = _agency("人口和计划生育、工商行政管理等部门", "卫生健康部门、市场监督管理局", old_names=["人口和计划生育", "工商行政管理"],
                     rules=["AG-POP-FP", "AG-AIC"])
    assert "人口和计划生育→卫生健康部门；工商行政管理→市场监督管理局" in problem_reasons([merged])[0]
    # two old names of one successor: one line
    fp_bodies = [_agency("计生部门负责", "卫生健康部门", bare="(?<!卫生)计生"),
                 _agency("人口和计划生育局负责", "卫生健康部门", at=6, old="人口(和|与)计划生育(局|部门)")]
    assert "：计生部门、人口和计划生育局→卫生健康部门（请核对" in problem_reasons(fp_bodies)[0]


def test_a_lapsed_documents_agency_note_does_not_say_only_names_need_updating():
    f = _agency("由劳动和社会保障部门受理", "人力资源和社会保障局（厅）", bare="劳动和社会保障")
    assert problem_reasons([f])[0].endswith("仅需更新机构名称，属机构名称调整，不属于计划生育限制性规定或其他实质性问题")
    carried = problem_reasons([f], validity=False, places=True)[0]
    assert "仅需更新" not in carried and carried.endswith("（见第5条）")
    assert decide(DocMeta(title="××办法"), [f], AS_OF).action == AMEND


@pytest.fixture(scope="module")
def packs():
    from review.rules import load_packs

    return load_packs()


@needs_docs
def test_real_provincial_rule_is_the_city_offices_higher_body(corpus, packs):
    """D119 (广东省人民政府 规章) in a 广州 office's sweep: a 上级机关's document, not 其他机关's."""
    from review.office import Office
    from review.sweep import Reviewer, SweepOptions

    got = Reviewer(corpus, packs, SweepOptions(as_of=AS_OF, office=Office.parse("广州市"))).review(next(DOCS.glob("D119_*")))
    assert got["reasons"][0].startswith("系上级机关（广东省人民政府）制定的地方政府规章，不属于广州市本级清理对象")


@needs_docs
def test_real_lapsed_document_names_the_old_body(corpus, packs):
    """D077 (2004 暂行 notice, lapsed by 南京's rule): its agency note names an old body (人事部门 第四条 or
    劳动和社会保障部门 第五条, both pre-2008 names of today's 人社) with its successor and where it stands."""
    from review.office import Office
    from review.sweep import Reviewer, SweepOptions

    got = Reviewer(corpus, packs, SweepOptions(as_of=AS_OF, office=Office.parse("南京市"))).review(next(DOCS.glob("D077_*")))
    note = next(r for r in got["reasons"] if "机构改革前" in r)
    assert note.startswith("另：1处") and re.search(r"(人事部门|劳动和社会保障部门)→人力资源和社会保障局（厅）", note)
    assert re.search(r"（见第[四五]条）$", note)
    assert "仅需更新" not in note
