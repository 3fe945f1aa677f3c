"""Round 29 (upperR29, issue 8 item 4 / issue 9): retrieval of the upper article a clause restates or alters.

Where the search's best hits are close (within CLOSE_SCORE) or the best is a rule below the law it implements, the
comparison, not a point or two of the search's score, tells which article a reworded clause alters: a runner-up is
compared alone when the best hit shows nothing and the clause restates none of them unaltered
(review/engine.py ``_UpperReader.runner_ups``). A look-alike stays clean: a runner-up yields a finding only through the
same gates as a best hit (same matter, a change a clause in its own words can show).

Every clause of tests/fixtures/rewordings/upperR29.toml (written before the change, on laws no dev set's upper-law case
used) stands as 第二条 of a county draft; then rows from the dev sets."""

import tomllib
from pathlib import Path

import pytest

from review.rules import load_packs
from tests.new_clauses import assert_judged, check_clause, clause_param, findings_on_article

FIXTURE = Path(__file__).parent / "fixtures" / "rewordings" / "upperR29.toml"
CASES = tomllib.loads(FIXTURE.read_text(encoding="utf-8"))["case"]
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param("upperR29", i, c) for i, c in enumerate(CASES)])
def test_upperR29_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


ROWS = [
    # Z novel_bp:136 — 取水许可和水资源费征收管理条例 第二条 (45) ties 地下水管理条例 第二十一条 (45): the exception of
    # 第四条 (农村家庭生活用水) dropped, found on the runner-up
    ("在本镇范围内打井取用地下水的单位和个人，均应当向县水利局申请领取取水许可证，农户生活自用井亦不例外。", True),
    # V novel_be:134 — the exemption of the registrant's own products, on an article just behind the best
    ("在本市从事第二类医疗器械经营的企业一律应当办理经营备案，医疗器械注册人、备案人销售其注册、备案的产品亦不例外。", True),
    # the same article restated with its exception: nothing on any runner-up
    ("取用水资源的单位和个人，除国务院规定的情形外，都应当申请领取取水许可证，并缴纳水资源费。", False),
]


@pytest.mark.parametrize("text, problem", ROWS)
def test_upperR29_rows(corpus, text, problem):
    found = findings_on_article(corpus, RULES, text, name="upperR29.txt")
    assert_judged(found, {"polarity": "positive" if problem else "negative", "category": "upper-law", "text": text})
