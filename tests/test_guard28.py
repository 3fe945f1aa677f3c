"""Round 28 (guard28, issue 8, precision): the lawful look-alikes of sets V, W, X, Y outside power and upper-law, read
as classes several writers hit:

* a sentence citing the very article it partly restates (依照《X》第N条, and 依照该条例第N条 / 该法第N条 written back to
  the instrument named before it, review/compare/citing.py ``with_back_references``): what it leaves unwritten applies
  through the citation (a duty or prohibition of the article left out is info, grading.toml ``duty_removed cited``);
  a person named by what the cited article did to him (依照……第N条第M款被禁止担任……的人员) is told of, the verb is the
  law's (``told_by_citation``); a citation of another article of the same law is the clause's own basis
  (review/governing.py, ``cites_another``). A figure above the cited article's range is still an alteration.
* a bare 未经批准 after a sentence citing the approval's basis (依照《X》……报经批准；未经批准，不得……,
  review/cited_basis.py ``approval_cited_before``): the approval referred back to is the cited one — not where the
  second sentence names its own body, nor where the citation is the licence the first sentence goes beyond (除……外，还).
* a body's own plan drafted (拟订/制订/起草的……方案) and put to its government: internal administration.
* the entry to a venue, station or workplace checked (进入体育场馆/车站/作业场所……检查, by the place noun): no home entered
  (home.entry) — a home named beside it still is.
* an exception of an organ's prohibition left out (除依法应当退还、退赔的外，财政部门不得……返还): organ_duty, info.

Every clause of tests/fixtures/rewordings/guard28.toml (written before the fixes) stands as 第二条 of a county draft;
then the sets' look-alikes (V, W, X, Y; dev now) each beside the same surface laying the measure."""

import tomllib
from pathlib import Path

import pytest

from review.rules import load_packs
from tests.new_clauses import assert_judged, check_clause, clause_param, findings_on_article

FIXTURE = Path(__file__).parent / "fixtures" / "rewordings" / "guard28.toml"
CASES = tomllib.loads(FIXTURE.read_text(encoding="utf-8"))["case"]
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param("guard28", i, c) for i, c in enumerate(CASES)])
def test_guard28_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)     # as bench/rewording_eval.py frames it (a contract case in an agreement)


ROWS = [
    # the cited article's own bar, told of the person (W novel_bi:74) — beside the bar lengthened under the citation
    ("rights", "依照《融资担保公司监督管理条例》第四十三条第二款被禁止担任融资担保公司董事、监事、高级管理人员的人员，"
               "在禁止期限内不得被聘任为本县政府性融资担保机构的相应职务。", False),
    ("upper-law", "依照《中华人民共和国安全生产法》第九十四条受撤职处分的生产经营单位主要负责人，自受处分之日起十年内不得担任"
                  "任何生产经营单位的主要负责人。", True),
    # 依照该条例第二十条: the rest of the article applies (Y novel_bl:26) — beside the fine raised under the citation
    ("penalty", "未依照《地质资料管理条例》规定期限汇交地质资料的，由负责接收地质资料的主管部门依照该条例第二十条责令限期汇交；"
                "逾期不汇交的，处1万元以上5万元以下罚款，并予以通报。", False),
    ("upper-law", "未依照《地质资料管理条例》规定期限汇交地质资料的，由负责接收地质资料的主管部门依照该条例第二十条责令限期汇交；"
                  "逾期不汇交的，处5万元以上20万元以下罚款，并予以通报。", True),
    # the approval cited, referred back to (W novel_bj:8) — beside an approval no sentence cites
    ("license", "建设公墓、骨灰堂等殡葬设施，应当依照《殡葬管理条例》规定的权限报经批准；未经批准，任何单位和个人不得擅自兴建殡葬设施。",
     False),
    ("license", "建设农村公益性墓地，应当报乡镇人民政府批准；未经批准，任何单位和个人不得擅自兴建。", True),
    # a bureau's plan put to its government (Y novel_bk:11) — beside a firm's plan put to a bureau
    ("license", "县文化和旅游局拟订的年度景区营销推广方案，应当报县人民政府审定同意后组织实施。", False),
    ("license", "景区经营企业拟订的年度营销推广方案，应当报县文化和旅游局审定同意后方可实施。", True),
    # a venue's and a workplace's check (Y novel_bk:77, novel_bl:91) — beside a home entered
    ("rights", "观众进入体育场馆应当接受安全检查；拒不接受安全检查的，承办者有权拒绝其进入。", False),
    ("power", "负有危险化学品安全监督管理职责的部门依法进行监督检查，可以进入作业场所实施现场检查，查阅、复制有关文件、资料；"
              "监督检查人员不得少于2人，并应当出示执法证件。", False),
    ("rights", "社区网格员可以随时进入居民住宅检查消防安全情况，住户不得拒绝。", True),
    # an organ's prohibition restated without its exception (V novel_be:26) — beside a party's prohibition without it
    ("penalty", "市场监督管理部门不得将罚没收入与执法人员考核、奖金挂钩，罚款、没收违法所得或者没收非法财物拍卖的款项一律上缴国库。",
     False),
    ("upper-law", "依法取得的行政许可一律不得转让。", True),
]


@pytest.mark.parametrize("category, text, problem", ROWS)
def test_guard28_rows(corpus, category, text, problem):
    found = findings_on_article(corpus, RULES, text, name="guard28.txt")
    assert_judged(found, {"polarity": "positive" if problem else "negative", "category": category, "text": text})


def test_back_references():
    """该条例第N条 is written as the instrument named before it whose title ends in 条例; none before: unchanged."""
    from review.compare.citing import cites_article, told_by_citation, with_back_references

    text = "未依照《地质资料管理条例》规定期限汇交的，依照该条例第二十条处理"
    assert with_back_references(text).endswith("依照《地质资料管理条例》第二十条处理")
    assert cites_article(text, "地质资料管理条例", 20)
    assert with_back_references("依照该法第三条处理") == "依照该法第三条处理"
    assert with_back_references("依照《某某条例》的规定，该法第三条") == "依照《某某条例》的规定，该法第三条"
    said = "依照《融资担保公司监督管理条例》第四十三条第二款被禁止担任董事的人员"
    assert told_by_citation(said, said.find("禁止"))
    assert not told_by_citation("依照本条例第四条，禁止担任董事", len("依照本条例第四条，"))
