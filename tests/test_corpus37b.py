"""Round 37 (corpus37b): a law in force before its newest text takes effect is not "尚未施行".

corpus37 corrected the 施行 dates of four consolidated laws (statutes/data/effective_dates.csv); the corpus holds no
earlier text of them. Reviewed before the corrected date, such a law was in force under that earlier text: the
citation check gives an info note that the text could not be checked (CITE-EARLIER-TEXT), not CITE-NOT-IN-FORCE, and
the upper-law comparison holds nothing of the future text against a clause. A law whose first text takes effect
later (生态环境法典, effective 2026-08-15) is still not in force before then. Real corpus (the session ``corpus``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from review.engine import ReviewOptions, review_document
from review.readers import read_document
from review.rules import load_packs
from statutes.citations import extract_citations, verify
from statutes.in_force import EARLIER_TEXT_MISSING, IN_FORCE, NOT_YET, amended_title, text_on

FOOD = "中华人民共和国食品安全法"
FOOD_TXT = """某县食品小作坊管理办法

第一条　为了加强食品小作坊管理，依照《中华人民共和国食品安全法》第三十六条，结合本县实际，制定本办法。
第二条　食品生产加工小作坊应当符合《中华人民共和国食品安全法》第三十三条规定的要求。
第三条　本办法自2025年3月1日起施行，有效期五年。
"""
# a clause restating 食品安全法 第一百二十二条 with a lower fine, and one requiring a licence the law exempts
FOOD_UPPER_TXT = """某县食品安全管理办法

第一条　为了保证食品安全，根据有关法律法规，结合本县实际，制定本办法。
第二条　违反本办法规定，未取得食品生产经营许可从事食品生产经营活动的，由县市场监督管理局没收违法所得和违法生产经营的食品；违法生产经营的食品货值金额不足一万元的，并处一万元以上二万元以下罚款。
第三条　从事食品生产、食品销售、餐饮服务，应当依法取得许可；仅销售预包装食品的，也应当取得许可。
第四条　本办法自2025年3月1日起施行，有效期五年。
"""
ECO_TXT = """某县生态环境保护办法

第一条　为了加强生态环境保护，依据《中华人民共和国生态环境法典》第十条，结合本县实际，制定本办法。
第二条　本办法自2026年6月1日起施行，有效期五年。
"""
RULES = load_packs()


def _law(corpus, title):
    [w] = [w for w in corpus.find_works(title) if w.title == title]
    return w


def _review(corpus, tmp_path: Path, text: str, as_of: str):
    path = tmp_path / "draft.txt"
    path.write_text(text, encoding="utf-8")
    return review_document(read_document(path), corpus, RULES, ReviewOptions(as_of=as_of)).findings


def test_amended_title():
    assert amended_title(f"全国人民代表大会常务委员会关于修改《{FOOD}》的决定") == FOOD
    assert amended_title(FOOD) is None


@pytest.mark.parametrize("title", [FOOD, "中华人民共和国网络安全法", "中华人民共和国村民委员会组织法"])
def test_corrected_laws_were_in_force_under_an_earlier_text(corpus, title):
    law = _law(corpus, title)
    found = corpus.enactment(law.work_id)
    assert found is not None and "关于修改" in found.evidence
    assert text_on(law, "2025-06-01", found).state == EARLIER_TEXT_MISSING
    assert text_on(law, "2026-01-02", found).state == IN_FORCE


def test_a_law_first_in_force_later_is_not_yet_in_force(corpus):
    law = _law(corpus, "中华人民共和国生态环境法典")
    assert law.versions[0].effective_date == "2026-08-15"
    found = corpus.enactment(law.work_id)
    assert found is None
    assert text_on(law, "2026-05-01", found).state == NOT_YET


def test_citation_before_the_corrected_date_is_not_checked_and_not_called_not_in_force(corpus):
    text = f"依照《{FOOD}》第三十六条，结合本县实际，制定本办法。"
    (before,) = verify(extract_citations(text), corpus, as_of="2025-06-01")
    assert before.verdict == EARLIER_TEXT_MISSING
    assert "尚未施行" not in before.detail and "2025-12-01" in before.detail
    (after,) = verify(extract_citations(text), corpus, as_of="2026-01-02")
    assert after.verdict == "verified"


def test_review_of_food_txt(corpus, tmp_path):
    before = _review(corpus, tmp_path, FOOD_TXT, "2025-06-01")
    assert not [f for f in before if f.severity != "info"], [(f.rule, f.problem) for f in before]
    assert {f.rule for f in before} == {"CITE-EARLIER-TEXT"}
    assert not any("尚未施行" in f.problem for f in before)
    after = _review(corpus, tmp_path, FOOD_TXT, "2026-01-02")
    assert not after, [(f.rule, f.problem) for f in after]        # both articles verified against the 2025 text


def test_genuinely_future_law_still_warned(corpus, tmp_path):
    found = _review(corpus, tmp_path, ECO_TXT, "2026-05-01")
    [cite] = [f for f in found if f.category == "citation"]
    assert cite.rule == "CITE-NOT-IN-FORCE" and "尚未施行" in cite.problem


def test_upper_law_comparison_holds_nothing_of_the_future_text(corpus, tmp_path):
    """As of 2025-06-01 no UPPER-* finding from the 2025 text of 食品安全法 (nor from another law the clause resembles
    less); the document's own 设定 findings stand. As of 2026-01-02 the comparison is made."""
    before = _review(corpus, tmp_path, FOOD_UPPER_TXT, "2025-06-01")
    assert not [f for f in before if f.category == "upper-law"], [(f.rule, f.problem) for f in before]
    assert {"C-PENALTY-01", "C-LICENSE-01"} <= {f.rule for f in before}
    after = _review(corpus, tmp_path, FOOD_UPPER_TXT, "2026-01-02")
    uppers = [f for f in after if f.rule == "UPPER-ALTERED"]
    assert uppers and all(FOOD in f.problem for f in uppers)
