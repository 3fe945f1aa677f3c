"""The statute bases of the renamed-body rules (review/packs/agencies.toml): each article a rule cites is in force on
the review date, its note quotes the article's own words (``……`` marks a cut), and where a rule no longer carries
``verified = false`` the article names the body the rule sends the function to (round 22: the bases that replaced
the policy documents quoted from memory)."""

from __future__ import annotations

import re

import pytest

from review.rules import load_packs
from statutes.citations.verify import _lookup

AS_OF = "2026-12-05"
AGENCY_RULES = {r.id: r for r in load_packs() if r.category == "agency"}
STATUTE_BASES = [(r.id, b) for r in AGENCY_RULES.values() for b in r.basis if b.article]


def _text(corpus, b) -> str:
    [work] = _lookup(b.law, corpus)
    version = work.version_as_of(AS_OF)
    assert version is not None and version.status == "现行有效", f"《{b.law}》 is not in force on {AS_OF}"
    assert (version.effective_date or "") <= AS_OF, f"《{b.law}》 takes effect on {version.effective_date}"
    prov = corpus.provision(version.version_id, b.article, b.article_sub, b.paragraph, b.item)
    assert prov is not None, f"《{b.law}》{b.article_label} is not in the corpus"
    return re.sub(r"\s", "", prov.text)


@pytest.mark.parametrize("rid, b", STATUTE_BASES, ids=[f"{rid}-{b.law}-{b.article_label}" for rid, b in STATUTE_BASES])
def test_an_agency_basis_quotes_its_article_in_force(corpus, rid, b):
    text = _text(corpus, b)
    for part in filter(None, re.split(r"……|…", b.note)):
        assert re.sub(r"\s", "", part) in text, f"{rid}: 《{b.law}》{b.article_label} does not say “{part}”"


# (rule, the body its `new` names, the words of the cited articles that give that body the moved function)
SUCCESSORS = [
    ("AG-VETERANS", "退役军人事务局", ["退役军人工作主管部门负责本行政区域的退役军人保障工作",
                                      "退役军人工作主管部门负责本行政区域的退役军人安置工作"]),
    ("MV-VETERANS-CIVIL", "退役军人事务局", ["退役军人工作主管部门负责本行政区域内的军人抚恤优待工作",
                                            "退役军人工作主管部门负责本行政区域的烈士褒扬工作", "拥军优属"]),
    ("MV-VETERANS-OFFICERS", "退役军人事务局", ["以转业、逐月领取退役金、复员方式安置的退役军官，由退役军人工作主管部门"]),
    ("MV-DISASTER-RELIEF", "应急管理局", ["应急管理部门负责本行政区域的自然灾害救助工作",
                                         "应急管理部门负责调拨、分配、管理自然灾害救助物资"]),
    ("AG-CONSTRUCTION", "住房和城乡建设局", ["住房和城乡建设主管部门对本行政区域内的建设工程抗震实施监督管理"]),
    ("AG-MOC", "住房和城乡建设部门", ["国务院住房和城乡建设主管部门对全国的建设工程抗震实施统一监督管理"]),
    ("AG-PERSONNEL", "人力资源和社会保障局", ["人力资源社会保障行政部门负责本行政区域人力资源市场的管理工作"]),
    ("AG-PRESS", "广播电视局", ["广播电视行政部门）负责本行政区域内的广播电视管理工作"]),
    ("AG-PRESS", "出版主管部门", ["出版行政主管部门）负责本行政区域内出版活动的监督管理工作"]),
    ("AG-PRESS", "电影主管部门", ["电影主管部门负责本行政区域内的电影工作"]),
    ("AG-POVERTY", "农业农村部门", ["农业农村主管部门负责本行政区域内乡村振兴促进工作", "巩固拓展脱贫攻坚成果同乡村振兴有效衔接"]),
    # round 37 (agency37): 林权 registration
    ("MV-FOREST-REGISTRATION", "不动产登记机构", ["林地和林地上的森林、林木的所有权、使用权，由不动产登记机构统一登记造册，核发证书",
                                                "森林、林木所有权", "确定一个部门为本行政区域的不动产登记机构，负责不动产登记工作"]),
]


@pytest.mark.parametrize("rid, body, words", SUCCESSORS, ids=[f"{r}-{b}" for r, b, _ in SUCCESSORS])
def test_a_verified_rule_cites_the_articles_that_name_its_successor(corpus, rid, body, words):
    rule = AGENCY_RULES[rid]
    assert rule.detail["verified"] is True
    assert body in rule.detail["new_name"]
    cited = "".join(_text(corpus, b) for b in rule.basis if b.article)
    for w in words:
        assert w in cited, f"{rid}: no cited article says “{w}”"


# rules the corpus does not confirm (round 22 searched it): they keep verified = false and cite no article that would
# pass for a confirmation
UNCONFIRMED = ["AG-TAX", "MV-SOCIAL-FEE", "AG-COMPREHENSIVE", "AG-TRADE"]


@pytest.mark.parametrize("rid", UNCONFIRMED)
def test_an_unconfirmed_rule_stays_unverified(rid):
    rule = AGENCY_RULES[rid]
    assert rule.detail["verified"] is False
    assert not [b for b in rule.basis if b.article]


def test_the_tax_law_in_force_still_names_the_old_tax_bureaux(corpus):
    """Why AG-TAX stays unverified: the corpus's 税收征收管理法 in force never took up the 2018 merger."""
    [work] = _lookup("中华人民共和国税收征收管理法", corpus)
    version = work.version_as_of(AS_OF)
    prov = corpus.provision(version.version_id, 5, 0, 1, None)
    assert "各地国家税务局和地方税务局" in prov.text


def test_the_medical_security_law_naming_the_tax_bodies_is_not_yet_in_force(corpus):
    """Why MV-SOCIAL-FEE stays unverified: 医疗保障法 第二十条 names the 税务机关, from 2027-01-01."""
    [work] = _lookup("中华人民共和国医疗保障法", corpus)
    version = work.version_as_of(AS_OF)
    assert version is None or version.effective_date > AS_OF
