"""Round 29 (docs29, issue 9): document-level and corpus-fact checks on existing documents.

* a work deployment's deadlines written with a month, a half or the year's end (于2015年6月底前报送, 应于2007年上半年前
  基本完成, 力争2015年底完成, 年底前完成, "十一五"……规划) are its targets (``review.disposition.deadlines``); once its
  period ended, the P-PERIOD-ENDED finding lists every passed deadline's sentence (``detail.folded``);
* an 实施办法's subject is also that of the instrument its opening implements (为实施《广东省职工生育保险规定》): the
  moved function read by the title (``review.agencies.document_variants``);
* MV-PRICE-SUPERVISION: the price body supervising a market's actors (价格监督检查 moved to 市场监督管理 in 2018).

The short documents are ``tests/fixtures/docs29/cases.toml`` (13 problems, 8 lawful look-alikes; base29 7/13, 8/8).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from bench.docs29_cases import cases, findings, judge
from review.disposition import deadlines, plan_period
from review.rules import load_packs
from tests.real_lines import AS_OF, DOCS

PACKS = load_packs()
needs_docs = pytest.mark.skipif(not DOCS.is_dir(), reason="../shared/data/documents 不存在")


@pytest.mark.parametrize("mode", ["sweep", "review"])
@pytest.mark.parametrize("case", cases(), ids=lambda c: c["name"])
def test_short_document(case, mode, corpus):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{case['name']}.txt"
        path.write_text(case["text"].strip() + "\n", encoding="utf-8")
        ok, what = judge(case, findings(path, mode, corpus, PACKS))
    assert ok, (case["note"], what)


@pytest.mark.parametrize("text,made,years", [
    # a month's deadline in the frame 于……前 (D154 九、第二款)
    ("于2007年12月底前将各地贯彻执行本通知的情况汇总书面报告省人民政府。", "2007-06-28", [2007]),
    # a half year (D125 二（二）)
    ("各地集体土地所有权登记发证工作应于2007年上半年前基本完成。", "2007-03-28", [2007]),
    # a day (D128 五、)
    ("请各地于2008年6月30日前，将贯彻落实情况报部。", "2008-01-01", [2008]),
    # the year's end to be done by (D134 三、（四）)
    ("力争2015年底完成不动产登记操作系统软件与信息平台的对接。", "2014-12-29", [2015]),
    # 年底前完成 without a year: the year the document was made (D148 一第二段)
    ("确保不动产统一登记平稳推进，年底前完成不动产登记职责机构整合。", "2015-07-10", [2015]),
    # a five-year plan named (D162 二、（一）2)
    ("各地要确保当地“十一五”住房建设规划中政策性住房建设目标的实现。", "2007-03-01", [2010]),
    # a person's eligibility cut at a date is no work deadline (no 于/在/力争……前 frame)
    ("2010年12月31日前取得本市户籍的申请人，可以申请。", "2011-01-01", []),
    # a recurring deadline is none either
    ("各区应当于每年12月底前将巡查情况报市地震局；每年年底前完成年度考核。", "2024-02-01", []),
    # the name of an upper plan, not this document's period
    ("根据国家“十二五”规划纲要，制定本意见。", "2012-01-01", []),
])
def test_deadlines(text, made, years):
    assert sorted(y for y, _, _ in deadlines(text, made)) == years


def test_retrospective_year_is_no_target():
    # a 2016 意见 looking back on "十二五"期间 sets no target that ended in 2015: it is no plan of that period
    text = "“十二五”期间，我市户籍制度改革取得明显成效。各区要完成下列任务：推进居住证制度。"
    assert plan_period("梧桐市关于深化户籍制度改革的意见", text, "2016-02-22")[0] is None
    # … while the same words in a 2012 意见 are its own period
    assert plan_period("梧桐市关于深化户籍制度改革的意见", text, "2012-02-22")[0] == 2015


def _sweep(doc_id: str, corpus) -> list[dict]:
    from review.sweep import Reviewer, SweepOptions

    path = next(DOCS.glob(f"{doc_id}_*"))
    return Reviewer(corpus, PACKS, SweepOptions(as_of=AS_OF)).review(path)["findings"]


def _places(f: dict) -> list[str]:
    return [f.get("quote") or ""] + [p["quote"] for p in (f.get("detail") or {}).get("folded") or ()]


@needs_docs
@pytest.mark.parametrize("doc_id,rule,quote", [
    # 广东省人民政府关于切实做好土地调控工作的通知 (2007): the deadlines of 五、七、九 all ended in 2007
    ("D154", "P-PERIOD-ENDED", "于2007年12月底前将各地贯彻执行本通知的情况汇总书面报告省人民政府"),
    # 深圳 生育保险 实施办法 (2015), title lost its subject: the 社会保险行政部门 sets the 生育 reimbursement standard
    ("D029", "MV-MEDICAL-INSURANCE", "由市社会保险行政部门制定"),
    # 房地产经纪管理办法: the price body's supervision of the trade (第五条, 第二十八条 listed)
    ("D142", "MV-PRICE-SUPERVISION", "通过现场巡查"),
])
def test_real_document(doc_id, rule, quote, corpus):
    found = [f for f in _sweep(doc_id, corpus) if f["rule"] == rule and f["severity"] in ("error", "warning")]
    assert any(quote in q for f in found for q in _places(f)), [_places(f) for f in found]
