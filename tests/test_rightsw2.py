"""Round 31 wave 2 (rightsw2, issue 8): rights on shapes wave 1 left open — the person marked by having complained or
reported (对投诉……的村民) bearing a withheld benefit, no longer read as a description of others' complaints
(bench/README.md, "Round 31 — rightsw2")."""

import pytest

from review.norms.analyse import analyse
from review.norms.lexicon import default_lexicon
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("rightsw2.toml")
RULES = load_packs()
LEXICON = default_lexicon()
_WANTED = ("petition.complainant", "petition.complaint_handled")


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_rightsw2_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


def _found(name: str, text: str) -> bool:
    return bool(LEXICON.find(name, text))


@pytest.mark.parametrize("text, name, expected", [
    # the person marked by a complaint (the topic of the sentence's measure)
    ("对投诉港口扬尘问题的住户，", "petition.complainant", True),
    # … by a report
    ("举报气象站违规施工的职工", "petition.complainant", True),
    # the complainant named by role
    ("对举报人", "petition.complainant", True),
    # guard row: the one complained about is no complainant
    ("被投诉的经营户", "petition.complainant", False),
    # guard row: the complaint's own office
    ("投诉处理的工作人员", "petition.complainant", False),
    # the complaint's own procedure and a false complaint handled by law
    ("不予受理其投诉", "petition.complaint_handled", True),
    ("对恶意投诉的", "petition.complaint_handled", True),
    # guard row: a benefit stopped is no handling of the complaint
    ("暂停发放其补贴", "petition.complaint_handled", False),
])
def test_complainant_concepts(text, name, expected):
    assert _found(name, text) is expected


@pytest.mark.parametrize("sentence, description", [
    # the complainant is the one the measure falls on: a norm laid, not a description
    ("对投诉铁路噪声扰民的村民，乡镇可以暂停发放其种粮补贴。", False),
    # a complaint channel named: others' complaints described
    ("群众可以通过12345热线投诉铁路噪声问题。", True),
    # a person's complaints counted as the sanction's trigger stay a norm (unchanged)
    ("出租汽车驾驶员一年内被有效投诉三次以上的，暂停其营运资格。", False),
])
def test_description_context(sentence, description):
    norms = analyse(sentence, LEXICON, wanted=_WANTED)
    assert ("description" in norms[0].context) is description


@pytest.mark.parametrize("sentence, expected", [
    # a tracking app on the person's phone: his whereabouts handed over
    ("铁路施工机械操作人员须在手机上安装定位软件并保持开启。", True),
    # … a device he must wear
    ("外出务工返乡人员应当佩戴定位手环。", True),
    # the wearer is the sentence's subject, before the phrase's comma; the app named by who picked it (the lead's own
    # rewording, round 31)
    ("地震监测设施保护范围内的住户，须在手机上安装县地震局指定的定位软件并保持全天开启。", True),
    # guard rows: a person the subject, the device on his vessel or vehicle named before the verb
    ("渔船船东应当为其所属渔船安装县海洋渔业局指定的北斗定位终端。", False),
    ("出租汽车驾驶员，应当在车辆上安装经县交通运输局核准的卫星定位装置。", False),
    # guard row: the device on a vehicle (道路运输条例 and its rules)
    ("道路运输经营者应当为营运车辆安装卫星定位装置。", False),
    # guard row: the device on a machine
    ("服务组织应当在作业机具上安装定位监测终端。", False),
    # guard row: the law's electronic monitoring (社区矫正法 第二十九条)
    ("社区矫正对象应当佩戴电子定位装置。", False),
])
def test_tracking_device(sentence, expected):
    from review.norms.burden import burdens
    assert ("data" in {b.name for b in burdens(sentence, "")}) is expected
