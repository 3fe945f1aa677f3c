"""A basis that fits one reading of a rule (``when`` in the pack) is cited only where the finding's quote holds it:
C-PROOF-03's 婚姻登记条例 for a proof of marital status, not for the 无工作证明 of D076 (a 2011 南京 户口 细则)."""

import pytest

from bench.rewording_eval import Text, review_text
from review.rules import RulePackError, _build_basis, load_packs

RULES = load_packs()

MARRIAGE = "婚姻登记条例"


def cited_laws(corpus, clause: str, header: str = "") -> dict[str, set[str]]:
    text = Text(rule="NEW-proof", category="proof", polarity="positive", variant=1, text=clause, header=header)
    return {f.rule: {b.law for b in f.basis} for f in review_text(text, "normative", corpus, RULES)}


HEADER = "公民因部队家属随军申请迁移的，应当向迁入地公安机关提交以下材料："   # D076 第八十六条


@pytest.mark.parametrize("header, clause, marriage_cited", [
    # D076 第八十一条（五）: a proof of marital status — the marriage register's articles fit
    (HEADER, "（五）已达婚龄的成年未婚子女投靠的未婚证明；", True),
    # D076 第八十六条（二）: an employment status — 优化营商环境条例 第四十四条 alone
    (HEADER, "（二）待业、失业等无工作证明；", False),
    # social insurance: the registry is the insurance agency's, not the marriage register
    ("", "在办理工程项目竣工验收备案时，应收取参保情况证明。", False),
])
def test_proof_status_bases_fit_the_status(corpus, header, clause, marriage_cited):
    found = cited_laws(corpus, clause, header)
    assert "C-PROOF-03" in found, found
    assert "优化营商环境条例" in found["C-PROOF-03"]
    assert (MARRIAGE in found["C-PROOF-03"]) is marriage_cited


def test_registrar_step_on_the_household_book_is_no_lock(corpus):
    # D076 第一百二十条: the registrar takes back and reissues the 户口簿 — its own step, not a bar on moving out
    found = cited_laws(corpus, "变更户主或者户主户口迁出的，应当收回原居民户口簿，签发新的居民户口簿。")
    assert "C-RIGHTS-MOVE" not in found


def test_when_must_be_a_pattern():
    with pytest.raises(RulePackError, match="basis.when"):
        _build_basis("x.toml", "C-X-01", {"law": "婚姻登记条例", "article": 8, "when": "婚("})
