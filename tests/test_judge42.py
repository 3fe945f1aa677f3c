"""Round 42 (judge42, issue 9 item 3): moved functions where the old body acts — the real-estate registration function
in its other wordings, and a body heading a list of duties (X负责A；B；C) that performs a moved function in a later
part — with lawful look-alikes (bench/README.md, "Round 42 — judge42")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("judge42.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_judge42_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


# ---- a penalty taken from an article that lays none (review/cited_sanction.py), against the corpus's own text
from tests.new_clauses import findings_on_article  # noqa: E402


@pytest.mark.parametrize("text, flagged", [
    # 土地管理法 (2019) 第四十七条 is the 征收 procedure: no sanction in it
    ("非法转让集体土地的，按《中华人民共和国土地管理法》第四十七条规定予以处罚。", True),
    ("擅自转让集体土地使用权的，依照《中华人民共和国土地管理法》第四十七条的规定处以罚款。", True),
    # the article lays the penalty (第七十四条 买卖或者以其他形式非法转让土地的……没收违法所得……可以并处罚款)
    ("买卖或者以其他形式非法转让土地的，按《中华人民共和国土地管理法》第七十四条规定予以处罚。", False),
    # the article named as the duty violated, not as the penalty's basis
    ("违反《中华人民共和国土地管理法》第四十七条规定，未履行征收程序的，由县人民政府责令改正。", False),
    # a basis of something else than a penalty
    ("依照《中华人民共和国土地管理法》第四十七条规定，县人民政府予以公告。", False),
])
def test_penalty_basis_lays_no_penalty(corpus, text, flagged):
    found = [f for f in findings_on_article(corpus, RULES, text) if f.rule == "CITE-NOT-SANCTION"]
    assert bool(found) is flagged, (text, [(f.rule, f.quote) for f in findings_on_article(corpus, RULES, text)])
