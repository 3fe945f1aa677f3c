"""Round 36 (up36, issue 8): upper-law on clauses restating one provision of a law or 行政法规 with its time limit or
figure changed (S5: the government's limit lengthened, the citizen's protective limit shortened; S6: a figure altered),
and their lawful look-alikes (bench/README.md, "Round 36 — up36")."""

import pytest

from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("up36.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_up36_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("text, figure, kind", [
    # a body named back by its kind bears the limit, not the consumer of the case
    ("消费者向县市场监督管理局投诉的，该局应当自收到投诉之日起十五个工作日内予以处理并告知消费者。", "十五个", "generic"),
    # a purpose opening the sentence names whom it serves; a firm named after 向/从 inside its name is whom the body buys from
    ("为切实保障中小企业合法权益，县直机关、事业单位从中小企业采购工程的，应当自验收合格之日起90日内支付款项。", "90日", "generic"),
    ("县直行政事业单位向中小企业采购货物的，应当自验收合格之日起九十日内支付款项。", "九十日", ""),
    # guard: a firm that acts (从事……的企业: no object) and a party before its modal verb
    ("从事食品生产的企业应当自取得许可之日起三十日内公示。", "三十日", "private"),
    ("申请人应当在收到通知之日起五日内补正材料。", "五日", "party"),
])
def test_bearer_of_a_limit(text, figure, kind):
    from review.compare.roles import actor_at

    assert actor_at(text, text.index(figure))[0] == kind


@pytest.mark.parametrize("clause, upper, other", [
    # a limit to finish whatever the body does on the application, against its act named
    ("社会保险经办机构应当自收到申请之日起30个工作日内核定办结。", "社会保险经办机构应当自收到申请之日起20个工作日内办理完毕。", False),
    # guard: an act after the comma is the act, not a bare completion (D118: 立卷归档 against 行政复议法 第五十四条's 发送)
    ("政策法规处应当自结案之日起10个工作日内，将案件文书立卷归档。",
     "行政复议机构应当自受理行政复议申请之日起三日内，将行政复议申请书副本或者行政复议申请笔录复印件发送被申请人。", True),
    # guard: two named acts from one event stay two limits
    ("建设单位应当自竣工验收合格之日起60日内支付工程款。", "建设单位应当自竣工验收合格之日起15日内将竣工验收报告报送备案。", True),
])
def test_other_acts(clause, upper, other):
    from review.compare.figures import other_acts
    from review.compare.reading import Reading

    reading = Reading.of(clause, upper, False, "")
    (c,), (u,) = reading.clause.quantities.values(), reading.upper.quantities.values()
    assert other_acts(reading, u, c) is other


def test_answers_alike_and_title_core():
    from review.compare import compare
    from review.engine import names_title_core
    from review.upper_changes import answers_alike

    clause = "县民政局应当自受理申请之日起六十日内作出是否准予登记的决定，并书面告知申请人。"
    upper = "设立慈善组织，应当向县级以上人民政府民政部门申请登记，民政部门应当自受理申请之日起三十日内作出决定。"
    (change,) = [c for c in compare(clause, upper).changes if c.kind == "time_limit"]
    assert answers_alike(clause, upper, change)
    assert names_title_core("不动产登记暂行条例", "县不动产登记中心对受理的登记申请") \
        and not names_title_core("中华人民共和国慈善法", "慈善组织")     # (a two-character core is no whole subject)


@pytest.mark.parametrize("text, figure, clean", [
    ("举办营业性演出前2年内无违反本条例规定的记录", "2年内", True),
    ("申请前3年内未受过行政处罚", "3年内", True),
    # guard: the limitation of a violation not found, and a limit to act
    ("违法行为在二年内未被发现的，不再给予行政处罚", "二年内", False),
    ("应当自收到申请之日起20日内作出决定", "20日内", False),
])
def test_clean_record(text, figure, clean):
    from review.compare.time_limits import clean_record
    from review.quantities import find_quantities

    (q,) = [q for q in find_quantities(text) if q.text.startswith(figure[0])]
    assert clean_record(text, q) is clean
