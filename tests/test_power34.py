"""Round 34 (power34, issue 8): a public body's supervision handed to the supervised party while the body withdraws its
own check, in words the drop reading did not reach (bench/README.md, "Round 34 — power34")."""

import pytest

from review.norms.power import readings
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("power34.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_power34_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("sentence, kind, guard", [
    # the check's object a long noun phrase after 对 (not six characters)
    ("县粮食和物资储备局不再对辖区政策性粮食承储库点的库存数量和质量开展监督检查，库存管理由承储企业自律管理。", "drop", ""),
    # the body's own check named as done again (另行), its verb 抽检
    ("水质检测由运营企业自行开展，有关部门不再另行抽检。", "drop", ""),
    # supervision handed to the supervised party, the body keeping only a record
    ("快递末端网点的安全检查工作全部交由快递企业自行组织实施，县邮政管理局仅负责事后备案。", "drop", ""),
    ("施工现场的安全检查由施工单位自行组织实施，县住房城乡建设局仅负责备案。", "drop", ""),
    # guard: the body's own check kept beside the record
    ("会展活动的安全检查由主办单位自行组织实施，县商务局仅负责活动备案，县公安局依法开展安全监督检查。", "drop", "kept"),
    # guard: a system's own internal check handed within it
    ("供销社系统内部的财务检查由县供销合作社联合社自行组织，县财政局仅负责汇总备案。", "drop", "own"),
    # guard: the body's own units or staff no longer checked (internal administration)
    ("县气象局不再对本局所属气象台站的日常考勤进行审核，改由各台站负责人负责。", "drop", "own"),
])
def test_drop_readings(sentence, kind, guard):
    found = [(k, g) for k, _, _, g in readings(sentence) if k == kind]
    assert found and found[0][1] == guard, readings(sentence)


@pytest.mark.parametrize("sentence", [
    # what is handed to the firm is no supervision (a standard it writes), and the body only files it
    "企业标准由企业自行制定，县市场监管局仅负责备案。",
    # the party's own check with the body's supervision stated: no drop read
    "政策性粮食承储企业应当对库存数量和质量开展自查，县粮食和物资储备局依法对承储库点开展监督检查。",
    # autonomy respected: no duty shed (no check dropped)
    "县供销合作社联合社不再对基层供销社的日常经营活动进行干预，基层社依法自主经营。",
])
def test_no_drop_read(sentence):
    assert not [r for r in readings(sentence) if r[0] == "drop" and not r[3]], readings(sentence)


@pytest.mark.parametrize("text, found", [
    # a right in force changed on the body's own need: three word orders
    ("风电项目核准后，县发改局可根据全县工作需要随时调整项目开发规模和建设时序", True),
    ("县自然资源局可以根据年度财政收支情况，对已签订出让合同的采矿权出让收益数额作出调整", True),
    ("已核发的频率使用许可，县无线电管理机构可以根据工作需要随时调整其使用范围", True),
    # the body's own work adjusted, not the grant's content
    ("许可核发后，县局根据工作需要调整监督检查的频次", False),
    # a prospective standard, nothing in force
    ("县财政局可以根据年度预算执行情况调整下一年度的补助标准", False),
])
def test_grant_altered_at_will(text, found):
    from review.norms.lexicon import load_lexicon
    assert bool(load_lexicon().find("grant.altered_at_will", text)) is found


@pytest.mark.parametrize("sentence", [
    # the document saying it sets no such step: no act done by the firm named before it
    "居民安装户用分布式光伏的，由供电公司按照国家有关规定受理并网申请，镇（街道）不另设审批、登记等前置环节。",
])
def test_no_usurpation_read(sentence):
    assert not [r for r in readings(sentence) if r[0] == "usurp" and not r[3]], readings(sentence)


def test_a_coordinating_meeting_still_decides_wrongly():
    # a 联席会议 that is not a township's own still reads as a coordinating organ deciding
    assert [r for r in readings("气象灾害防御重点单位的认定和撤销，由县气象工作联席会议研究确定。") if r[0] == "usurp" and not r[3]]


@pytest.mark.parametrize("text, found", [
    # a closed class extended to what lies outside it, by its regulatory word
    ("将国家强制检定目录以外的商用计量器具纳入本县强制检定范围", True),
    ("将旅馆业、典当业以外的其他行业临时确定为特种行业", True),
    # a benefit widened: no regulatory word
    ("将低保标准以外的困难家庭纳入临时救助范围", False),
    # nothing outside a list: the list itself applied
    ("对列入强制检定目录的工作计量器具实行强制检定", False),
])
def test_list_extended(text, found):
    from review.norms.lexicon import load_lexicon
    assert bool(load_lexicon().find("competence.list_extended", text)) is found
