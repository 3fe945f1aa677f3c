"""Upper-law round 21, upper21b: finding the article a clause in its own words restates (bench/README.md, "Round 21 —
upper21b").

* within a law whose subject the clause names, the article holding most of the clause's matter words, each weighted by
  how few of the law's articles hold it, is read whatever its wording resembles (review.subject_laws.weighted_matter):
  限期拆除……逾期……自行拆除……强制拆除 is 行政强制法 第四十四条 even where partial_ratio finds it too unlike;
* an item of a list is about what its header names (review.engine.item_with_lead_in): 申领居住证，应当同时符合下列条件：
  （二）在本县连续居住满三年 is looked for with 申领居住证;
* an article read by its matter words alone shows no figure and no other body (review.engine.MATTER_HIDDEN): a
  居住证's validity (有效期最长为三年) is no period to issue one (居住证暂行条例 第九条's 15日内).

Article texts as read in the corpus (2026-12-04)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from review.engine import item_with_lead_in
from review.governing import GoverningLaw
from review.model import Clause
from review.subject_laws import _matter_of, weighted_matter
from review.compare.matter import matter_bigrams

# 中华人民共和国行政强制法, its 71 articles as read in the corpus (/tmp/c3.db, as of 2026-12-02)
COERCION = json.loads((Path(__file__).parent / "fixtures" / "upper21b_coercion_law.json").read_text(encoding="utf-8"))


@dataclass(frozen=True)
class _Art:
    text: str
    article_label: str


def _law(data: dict) -> GoverningLaw:
    arts = tuple(_Art(t, label) for label, t in data["articles"])
    return GoverningLaw(1, data["law"], "", arts, tuple(a.text for a in arts))


def _weighted(clause: str, law: GoverningLaw) -> list[str]:
    index = _matter_of(law)
    mine = matter_bigrams(clause)
    shared = Counter(i for pair in mine for i in index.get(pair, ()))
    return [law.articles[i].article_label for i in weighted_matter(mine, law, index, shared)]


@pytest.mark.parametrize("clause, article", [
    # the wording redone, the matter kept: a building's removal after a notice
    ("综合行政执法局作出限期拆除决定后，当事人逾期三日仍未自行拆除的，即可组织实施强制拆除。", "第四十四条"),
    ("违法建筑物经公告限期拆除，当事人逾期未自行拆除的，县综合行政执法局即可组织强制拆除。", "第四十四条"),
    # another sector, the same matter: a shed on a river bank
    ("河道管理范围内的违章搭建棚屋，经公告限期自行拆除而逾期不拆除的，由水务局直接组织强制拆除。", "第四十四条"),
    # a late payment's surcharge
    ("逾期不缴纳罚款的，执法机关可以按日加收滞纳金，滞纳金数额不受罚款数额限制。", "第四十五条"),
    # a party heard; goods sealed kept by a third party
    ("行政机关作出决定前，应当听取当事人的意见。", "第三十六条"),
    ("查封的场所、设施或者财物，执法机关可以委托第三人保管。", "第二十六条"),
])
def test_the_article_holding_the_rarest_matter_words_is_read(clause, article):
    assert _weighted(clause, _law(COERCION)) == [article]


@pytest.mark.parametrize("clause", [
    # nothing of any article's matter: no article is read by matter alone
    "县人民政府应当加强对本行政区域内文化市场的管理。",
    # the words of every administrative body's duties (行政机关, 加强, 工作人员): no article stands out
    "行政机关应当加强对本部门工作人员的培训。",
])
def test_no_article_is_read_without_a_clear_lead(clause):
    assert _weighted(clause, _law(COERCION)) == []


def _item(header: str, text: str) -> Clause:
    return Clause(index=0, label="（二）", text=text, start=0, end=len(text), paragraph=0, header=header)


@pytest.mark.parametrize("header, text, about", [
    ("公民离开常住户口所在地，到本县居住，申领居住证的，应当同时符合下列条件：", "（二）在本县连续居住满三年；",
     "公民离开常住户口所在地，到本县居住，申领居住证的，应当同时符合下列条件：在本县连续居住满三年；"),
    ("申请最低生活保障，按照下列程序办理：", "（一）由申请人本人提出书面申请；",
     "申请最低生活保障，按照下列程序办理：由申请人本人提出书面申请；"),
    ("娱乐场所应当遵守下列规定:", "3. 每日凌晨二时至上午八时停止营业；", "娱乐场所应当遵守下列规定:每日凌晨二时至上午八时停止营业；"),
])
def test_an_item_is_read_with_its_lists_lead_in(header, text, about):
    assert item_with_lead_in(_item(header, text), text) == about


@pytest.mark.parametrize("header, text", [
    ("", "（二）在本县连续居住满三年；"),                                    # no header
    ("申领居住证，应当同时符合下列条件：", "在本县连续居住满三年。"),          # no item
    ("有下列情形之一的，由县市场监督管理局处五千元罚款：", "（一）未取得许可擅自经营的；"),   # a sanction's lead-in
    # (read by item_with_header as the one sentence it stands for)
])
def test_no_lead_in_where_no_list_introduces_the_item(header, text):
    assert item_with_lead_in(_item(header, text), text) == text


# -- the engine on whole clauses ---------------------------------------------------------------------------------
from review.rules import load_packs  # noqa: E402

from tests.new_clauses import check_clause, clause_param, fixture_cases, findings_on_article  # noqa: E402

RULES = load_packs()
CASES = fixture_cases("upper21b.toml")


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_upper21b_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


def _upper(corpus, text: str, header: str = "") -> list[str]:
    return [f"{f.rule}:{f.problem}" for f in findings_on_article(corpus, RULES, text, header)
            if "upper-law" in (f.detail.get("categories") or [f.category])]


@pytest.mark.parametrize("text, article", [
    # 行政强制法 第四十四条 by its matter words (heldout_round15): the condition of no pending 复议/诉讼 dropped
    ("综合行政执法局作出限期拆除决定后，当事人逾期三日仍未自行拆除的，即可组织实施强制拆除。", "第四十四条"),
    # the same in another sector (written for this test)
    ("河道管理范围内的违章搭建棚屋，经公告限期自行拆除，当事人逾期不拆除的，由县水利局即可组织强制拆除。", "第四十四条"),
])
def test_an_article_read_by_its_matter_words_shows_a_condition_dropped(corpus, text, article):
    found = _upper(corpus, text)
    assert any("行政强制法》调整，对应其" + article in f and "删去" in f for f in found), found


@pytest.mark.parametrize("text, header", [
    # a validity of a 居住证 is no period to issue it (居住证暂行条例 第九条's 15日, D091)
    ("居住地公安派出所凭就业、经商等证明材料发给有效期最长为三年的居住证。", ""),
    # a 居住证's 签注 restated (第十条 第二款)
    ("居住证持有人在居住地连续居住的，应当在居住每满一年之日前一个月内，到居住地公安派出所办理签注手续。", ""),
])
def test_no_figure_or_body_against_an_article_read_by_matter_alone(corpus, text, header):
    assert not [f for f in _upper(corpus, text, header) if "所涉事项属" in f]
