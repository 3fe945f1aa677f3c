"""Rule bases whose article numbers legal-checks.md gives from memory or that an amendment renumbered: each is cited by
a rule at the place the corpus text says what the rule needs (``fashen rules check`` only proves the article exists;
a renumbered article exists too, saying something else)."""

from __future__ import annotations

import pytest

from review.rules import load_packs
from statutes.citations.verify import _lookup

AS_OF = "2026-12-02"

PLACES = [
    # law, article, paragraph, words the article must hold; the note says why the number is in doubt
    ("中华人民共和国行政处罚法", 16, None, "其他规范性文件不得设定行政处罚"),        # 第十四条 in the 2017 text [MEM]
    ("中华人民共和国行政处罚法", 12, 1, "地方性法规可以设定除限制人身自由、吊销营业执照以外的行政处罚"),  # [MEM]
    ("中华人民共和国行政处罚法", 13, 2, "部门规章"),
    ("中华人民共和国行政处罚法", 14, 2, "地方政府规章对违反行政管理秩序的行为，可以设定警告、通报批评或者一定数额罚款"),  # [MEM]
    ("中华人民共和国反垄断法", 39, None, "限定或者变相限定单位或者个人经营、购买、使用其指定的经营者"),  # 2008 text: 第三十二条
    ("中华人民共和国反垄断法", 40, None, "通过与经营者签订合作协议、备忘录等方式"),                    # new in 2022
    ("中华人民共和国反垄断法", 41, None, "妨碍商品在地区之间的自由流通"),                              # 2008: 第三十三条
    ("中华人民共和国反垄断法", 42, None, "排斥或者限制经营者参加招标投标"),                            # 2008: 第三十四条
    ("中华人民共和国反垄断法", 43, None, "在本地投资或者设立分支机构"),                                # 2008: 第三十五条
    ("中华人民共和国反垄断法", 44, None, "强制或者变相强制经营者从事本法规定的垄断行为"),              # 2008: 第三十六条
    ("中华人民共和国立法法", 93, 6, "地方政府规章不得设定减损公民、法人和其他组织权利或者增加其义务的规范"),  # 2015: 第八十二条
    ("中华人民共和国立法法", 91, 2, "部门规章不得设定减损公民、法人和其他组织权利或者增加其义务的规范"),      # 2015: 第八十条
    ("中华人民共和国立法法", 104, None, "不溯及既往"),                                                 # 2015: 第九十三条
    ("优化营商环境条例", 64, None, "行政规范性文件不得减损市场主体合法权益或者增加其义务"),
    ("最高人民法院关于审理行政协议案件若干问题的规定", 26, None, "行政协议约定仲裁条款的"),          # 法释〔2019〕17号 [MEM]
]


@pytest.fixture(scope="module")
def cited() -> set[tuple]:
    return {(b.law, b.article, b.paragraph) for r in load_packs() for b in r.basis if b.article}


@pytest.mark.parametrize("law, article, paragraph, words", PLACES)
def test_a_rule_cites_the_article_that_says_it(corpus, cited, law, article, paragraph, words):
    assert (law, article, paragraph) in cited                       # the place a rule cites …
    [work] = _lookup(law, corpus)
    version = work.version_as_of(AS_OF)
    prov = corpus.provision(version.version_id, article, 0, paragraph)
    assert prov is not None and words in prov.text.replace("\n", "")   # … says what the rule needs
