"""Round 34 (look34, issue 8): look-alike classes flagged on three or more dev sets, read once for every rule of their
kind (bench/README.md, "Round 34 — look34"): a citation before the semicolon covering the fine after it, a declaration
that nothing is added, a ban on setting a barrier, a bound the clause restates around its own figure, and the same
answer to a request restated without whence its period runs."""

import pytest

from review.compare import compare
from review.norms.lookalike import lookalike_reason
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("look34.toml")
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_look34_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


AIRPORT = ("依照《民用机场管理条例》第七十九条，在民用机场净空保护区域内焚烧产生大量烟雾的农作物秸秆的，由县人民政府责令改正；"
           "情节严重的，处2万元以上10万元以下的罚款。")


@pytest.mark.parametrize("category, text, quote, header, reason", [
    # (1) a citation opening the sentence covers the fine after its semicolon (as licence reads it since round 26)
    ("penalty", AIRPORT, "处2万元以上10万元以下的罚款", "", "cited_article"),
    # guard: the citation stands in the 除……外 phrase the fine is added beside
    ("penalty", "侵占人民防空工程的，除依照《中华人民共和国人民防空法》第四十九条处罚外，由县人民防空主管部门责令退出；"
                "拒不退出的，另处二万元罚款。", "另处二万元罚款", "", None),
    # guard: the citation ends its own sentence (。) — the next sentence's fine is the document's own
    ("penalty", "擅自扩大展会规模的，依照《大型群众性活动安全管理条例》第二十条处理。在展馆周边摆摊设点的，由县商务局"
                "责令改正；拒不改正的，处500元罚款。", "处500元罚款", "", None),
    # guard: no citation at all
    ("penalty", "在展馆周边摆摊设点的，由县商务局责令改正；拒不改正的，处500元罚款。", "处500元罚款", "", None),
    # (2) the document or a body declaring it adds nothing — power findings too
    ("power", "网络预约出租汽车经营许可的申请条件，按照国家和省有关规定执行。本细则对上述许可不另设条件。",
     "本细则对上述许可不另设条件", "", "adds_nothing"),
    ("penalty", "违反本办法的行为，依照有关法律、法规处罚，本办法不另行设定处罚种类和幅度。", "不另行设定处罚种类和幅度", "",
     "adds_nothing"),
    # guard: a grant to set conditions (可以另设) is no declaration of restraint
    ("power", "档案寄存服务的具体条件，由各乡镇（街道）自行规定，可以另设附加条件。", "可以另设附加条件", "", None),
    # guard: the quote reaches into another phrase (由乡镇审批), which decides
    ("power", "并网申请由镇（街道）负责审批，不另设登记环节。", "由镇（街道）负责审批，不另设登记环节", "", None),
    # guard: a phrase naming a case (……不设置……的，) is the conduct answered, not a restraint
    ("license", "经营者不设置安全警示标志的，不予办理许可。", "经营者不设置安全警示标志的", "", None),
    # (3) a ban on setting a barrier, the sentence's only norm
    ("family-planning", "人工影响天气作业人员的选聘，不得设置与婚育情况相关的条件。", "不得设置与婚育情况相关的条件", "",
     "protective_sentence"),
    # guard: the ban's noun is no barrier (不得设置摊点 bans the party's act)
    ("license", "无证人员，不得设置摊点。", "不得设置摊点", "", None),
    # guard: another phrase demands a proof
    ("family-planning", "信息员的选聘，不得设置户籍条件，但应当提交计划生育证明。", "应当提交计划生育证明", "", None),
])
def test_round34_shapes(category, text, quote, header, reason):
    assert lookalike_reason(category, text, quote, header) == reason


SEA = "为规范执法裁量，县自然资源局应当在法律、法规规定的罚款种类和幅度内制定海域使用行政处罚裁量基准，并向社会公开。"
FOREST = "县林业局制定的森林防火行政处罚裁量基准中，对个人初次擅自野外用火的，并处200元以上500元以下罚款。"


@pytest.mark.parametrize("text, quote, reason", [
    # the body making a penalty discretion standard (行政处罚法 第三十四条), read against 第十三条's 国务院部门
    (SEA, "县自然资源局", "discretion_standard"),
    # guard: a figure the standard sets is still compared
    (FOREST, "200元以上500元以下", None),
    # guard: a body setting fines with no discretion standard named
    ("县气象局可以对雷电防护违法行为设定罚款。", "县气象局", None),
])
def test_round34_upper_discretion_body(text, quote, reason):
    assert lookalike_reason("upper-law", text, quote, severity="warning", upper_law="中华人民共和国行政处罚法") == reason


TENDER = "招标人和中标人应当自中标通知书发出之日起三十日内，按照招标文件和中标人的投标文件订立书面合同。"
TEACHER = ("教育行政部门或者受委托的高等学校在接到公民的教师资格认定申请后，应当对申请人的条件进行审查；对符合认定条件的，"
           "应当在受理期限终止之日起30日内颁发相应的教师资格证书。")


ON_THE_SPOT = ("违法事实确凿并有法定依据，对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款或者警告的行政处罚的，"
               "可以当场作出行政处罚决定。法律另有规定的，从其规定。")


def _time_limits(clause: str, upper: str) -> list[str]:
    return [c.severity for c in compare(clause, upper).changes if c.kind in ("time_limit", "amount")]


@pytest.mark.parametrize("clause, upper, severities", [
    # (4) the clause restates the law's cap around its shorter target: no change
    ("招标人和中标人应当自中标通知书发出之日起十五日内订立书面合同，最长不得超过三十日。", TENDER, []),
    # guard: no cap restated — the party's period halved
    ("招标人和中标人应当自中标通知书发出之日起十五日内订立书面合同。", TENDER, ["warning"]),
    # guard: a cap of the clause's own, past the law's
    ("招标人和中标人应当自中标通知书发出之日起十五日内订立书面合同，最长不得超过四十五日。", TENDER, ["warning"]),
    # guard: the clause's other figure equals another figure of the article (对法人……三千元以下), not the compared one's
    # bound (对公民……二百元以下 raised to 五百元): another bearer's cap, no restated bound
    ("违法事实确凿并有法定依据，对公民处以五百元以下、对法人或者其他组织处以三千元以下罚款或者警告的行政处罚的，可以当场作出"
     "行政处罚决定。", ON_THE_SPOT, ["error"]),
    # (5) the same answer (颁发……证书) restated without whence the period runs: the body's limit, shorter = stricter
    ("县教育局对符合认定条件的申请，原则上在十五日内颁发相应的教师资格证书。", TEACHER, ["info"]),
    # guard: longer is the body's limit exceeded
    ("县教育局对符合认定条件的申请，在受理期限终止之日起六十日内颁发相应的教师资格证书。", TEACHER, ["error"]),
])
def test_round34_figures(clause, upper, severities):
    assert _time_limits(clause, upper) == severities
