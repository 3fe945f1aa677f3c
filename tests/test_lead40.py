"""Round 40 (lead): the article a clause restates nearly word for word is its source, not a weaker hit of a law whose
subject the clause happens to name (保险机构 → 保险法), and 决定是否 is a discretion word. Real corpus, real articles."""

from __future__ import annotations

import pytest

from tests.upper_helpers import upper_findings


@pytest.mark.parametrize("text, law, article", [
    # 农业保险条例 第十四条: 达成赔偿协议后10日内 (the search's best hit, 86 points; 保险法 第二十三条 57)
    ("保险机构应当在与被保险人达成赔偿协议后30日内支付保险金。", "农业保险条例", 14),
    # 国有土地上房屋征收与补偿条例 第十一条第二款: 应当组织……听证会
    ("因旧城区改建需要征收房屋，多数被征收人认为征收补偿方案不符合规定的，县人民政府可以视情况决定是否组织听证。",
     "国有土地上房屋征收与补偿条例", 11),
])
def test_altered_article_named(corpus, text, law, article):
    found = [f for f in upper_findings(corpus, text) if f.rule == "UPPER-ALTERED"]
    assert found and found[0].upper.law.endswith(law) and found[0].upper.article == article, found


@pytest.mark.parametrize("text", [
    "保险机构应当在与被保险人达成赔偿协议后10日内，将应赔偿的保险金支付给被保险人。",
    "多数被征收人认为征收补偿方案不符合规定的，县人民政府应当组织由被征收人和公众代表参加的听证会，并根据听证会情况修改方案。",
])
def test_faithful_restatement_quiet(corpus, text):
    assert not upper_findings(corpus, text)
