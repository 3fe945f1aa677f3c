"""A measure the document only repeats from the law it implements is no measure it sets (review.provided): in a
sweep as in a review — and a list the document extends with a conduct of its own still sets a penalty for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from review.engine import ReviewOptions, review_document
from review.readers import read_document
from review.rules import load_packs
from review.sweep import SWEEP_TOPICS

DOCS = Path(__file__).resolve().parents[2] / "shared" / "data" / "documents" / "txt"
AS_OF = "2026-12-02"

DRAFT = """柏江县人民政府关于印发柏江县居住证管理办法的通知
柏政规〔2026〕3号
各乡镇人民政府，县政府各部门：
现将《柏江县居住证管理办法》印发给你们，请认真贯彻执行。
柏江县居住证管理办法
第一条 为了推进城镇基本公共服务和便利常住人口全覆盖，根据《居住证暂行条例》，结合本县实际，制定本办法。
第二条 有下列行为之一的，由公安机关给予警告、责令改正，处200元以下罚款，有违法所得的，没收违法所得：
（一）使用虚假证明材料骗领居住证；
（二）出租、出借、转让居住证；
（三）非法扣押他人居住证。
第三条 本办法自2026年12月1日起施行，有效期5年。
柏江县人民政府
2026年11月20日
"""
# the same list with a conduct of the county's own under the 条例's penalty (居住证暂行条例 第十八条 has three items)
EXTENDED = DRAFT.replace("（三）非法扣押他人居住证。", "（三）非法扣押他人居住证；\n（四）未按规定期限办理居住证签注。")

MODES = {"review": ReviewOptions(as_of=AS_OF),
         "sweep": ReviewOptions(as_of=AS_OF, topics=SWEEP_TOPICS, upper_law=False)}


@pytest.fixture(scope="module")
def rules():
    return load_packs()


def _settings(path: Path, corpus, rules, mode: str) -> list:
    doc = read_document(path)
    op = review_document(doc, corpus, rules, MODES[mode])
    return [f for f in op.findings if f.category in ("penalty", "license") and f.severity != "info"]


@pytest.mark.parametrize("mode", MODES)
def test_a_restated_penalty_list_sets_nothing(tmp_path, corpus, rules, mode):
    path = tmp_path / "柏江县居住证管理办法.txt"
    path.write_text(DRAFT, encoding="utf-8")
    assert _settings(path, corpus, rules, mode) == []


@pytest.mark.parametrize("mode", MODES)
def test_an_item_of_the_documents_own_under_a_restated_header_is_a_penalty_it_sets(tmp_path, corpus, rules, mode):
    path = tmp_path / "柏江县居住证管理办法.txt"
    path.write_text(EXTENDED, encoding="utf-8")
    found = _settings(path, corpus, rules, mode)
    assert [f.category for f in found] == ["penalty"]
    assert "由公安机关给予警告" in found[0].quote


@pytest.mark.skipif(not DOCS.is_dir(), reason="../shared/data/documents 不存在")
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("doc, words", [
    ("D113", "没收违法所得"),      # 吉林省居住证管理办法 第二十二、二十三条 = 居住证暂行条例 第十八、十九条
    ("D140", "没收违法所得"),      # 住宅专项维修资金管理办法 第三十七条 = 物业管理条例 第六十条's 挪用 penalty
    ("D007", "延缓入学"),          # 义务教育法 第十一条: the 乡镇人民政府 or 教育行政部门 approves a deferred entry
])
def test_measures_the_implemented_law_provides_are_no_findings_on_real_documents(corpus, rules, mode, doc, words):
    path = next(DOCS.glob(f"{doc}_*.txt"))
    found = [f for f in _settings(path, corpus, rules, mode) if words in f.quote]
    assert found == [], [(f.rule, f.quote) for f in found]
