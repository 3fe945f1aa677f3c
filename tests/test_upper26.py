"""Upper-law round 26, upper26 (bench/README.md, "Round 26 — upper26"): a level of authority lowered — an act the law
gives a body of a named level above the county given by a county's clause to its own body (review.compare.levels) —
and three look-alike guards of the comparison: a negation naming the article's case (不缴纳……的，), a protective
qualifier of another body's act the clause leaves out whole (人民法院应当及时……), a letter for a digit in a scanned
article's amount (处l万元).

Article texts as read in the corpus (/tmp/c3.db, 2026-12-05)."""

from __future__ import annotations

import pytest

from review.compare import compare
from review.compare.levels import level_of
from review.compare.normalise import digit_lookalikes

EVENTS_12 = ("大型群众性活动的预计参加人数在1000人以上5000人以下的，由活动所在地县级人民政府公安机关实施安全许可；预计参加人数在"
             "5000人以上的，由活动所在地设区的市级人民政府公安机关或者直辖市人民政府公安机关实施安全许可；跨省、自治区、直辖市举办"
             "大型群众性活动的，由国务院公安部门实施安全许可。")
FUNDRAISING_24 = ("根据处置非法集资的需要，处置非法集资牵头部门可以采取下列措施：\n（三）经设区的市级以上地方人民政府处置非法集资牵头部门"
                  "决定，按照规定通知出入境边防检查机关，限制非法集资的个人或者非法集资单位的控股股东、实际控制人、董事、监事、高级管理"
                  "人员以及其他直接责任人员出境。")
CHEMICALS_35 = ("从事剧毒化学品、易制爆危险化学品经营的企业，应当向所在地设区的市级人民政府安全生产监督管理部门提出申请，从事其他"
                "危险化学品经营的企业，应当向所在地县级人民政府安全生产监督管理部门提出申请(有储存设施的，应当向所在地设区的市级人民"
                "政府安全生产监督管理部门提出申请)。")
FIRE_14 = "建设工程消防设计审查、消防验收、备案和抽查的具体办法，由国务院住房和城乡建设主管部门规定。"
TRAVEL_17 = ("旅行社自交纳或者补足质量保证金之日起三年内未因侵害旅游者合法权益受到行政机关罚款以上处罚的，旅游行政管理部门应当将"
             "旅行社质量保证金的交存数额降低50%，并向社会公告。旅行社可凭省、自治区、直辖市旅游行政管理部门出具的凭证减少其质量保证金。")
DRAINAGE_54 = ("违反本条例规定，排水单位或者个人不缴纳污水处理费的，由城镇排水主管部门责令限期缴纳，逾期拒不缴纳的，处应缴纳污水处理费"
               "数额1倍以上3倍以下罚款。")
MEDIATION_33 = ("经人民调解委员会调解达成调解协议后，双方当事人认为有必要的，可以自调解协议生效之日起三十日内共同向人民法院申请司法确认，"
                "人民法院应当及时对调解协议进行审查，依法确认调解协议的效力。")
HAZARD_43 = ("违反本条例规定，在地质灾害危险区内爆破、削坡、进行工程建设以及从事其他可能引发地质灾害活动的，由县级以上地方人民政府"
             "国土资源主管部门责令停止违法行为，对单位处5万元以上20万元以下的罚款，对个人处l万元以上5万元以下的罚款；构成犯罪的，"
             "依法追究刑事责任；给他人造成损失的，依法承担赔偿责任。")


def _kinds(clause: str, article: str) -> list[tuple[str, str]]:
    return [(c.kind, c.severity) for c in compare(clause, article).changes if c.severity != "info"]


def _lowered(clause: str, article: str) -> bool:
    return any("降低了法定的管辖层级" in c.message for c in compare(clause, article).changes)


@pytest.mark.parametrize("words, level", [
    ("设区的市级人民政府公安机关或者直辖市人民政府公安机关", 2),    # a list: as low as its lowest member
    ("省级人民政府或者其授权的设区的市级人民政府", 2),
    ("国务院公安部门", 4),
    ("所在地县级人民政府安全生产监督管理部门", 1),
    ("县级以上地方人民政府国土资源主管部门", 0.5),                    # 县级以上: a county body may act, no township
    ("县公安局", 1),
    ("乡镇人民政府", 0),
    ("旅游行政管理部门", None),                                        # no level named
])
def test_the_level_a_body_s_words_name(words, level):
    assert level_of(words) == level


@pytest.mark.parametrize("clause, article, lowered", [
    # the article's 5000-and-more phrase, chosen by the condition's figure, names the 设区的市级 police
    ("预计参加人数在5000人以上的体育赛事、演唱会等大型群众性活动，由县公安局实施安全许可。", EVENTS_12, True),
    # the 1000–5000 phrase gives it to the county's police: no change
    ("预计参加人数在1000人以上5000人以下的大型群众性活动，由县公安局实施安全许可。", EVENTS_12, False),
    # the county police's duty of supervision on the same events: no act of the power (许可) the article levels
    ("县公安局应当加强对预计参加人数在5000人以上的大型群众性活动的日常安全监督管理。", EVENTS_12, False),
    # the body's name shared at both levels; the act after 经……决定 is in the next phrase; the body told (通知……机关)
    # is not who acts
    ("对非法集资单位的控股股东、实际控制人，经县处置非法集资牵头部门决定，可以通知出入境边防检查机关限制其出境。",
     FUNDRAISING_24, True),
    # one sentence, two phrases: 剧毒 to the city, 其他 to the county
    ("从事剧毒化学品、易制爆危险化学品经营的企业，应当向县应急管理局提出经营许可申请。", CHEMICALS_35, True),
    ("从事其他危险化学品经营的企业，应当向县应急管理局提出经营许可申请。", CHEMICALS_35, False),
    # the higher body kept by the clause (市……局), the county's assisting
    ("从事剧毒化学品经营的企业，应当向市应急管理局提出申请，县应急管理局予以配合。", CHEMICALS_35, False),
    # another act of the higher body (具体办法由国务院……规定) than the county body's 负责
    ("特殊建设工程的消防设计审查、消防验收由县住房和城乡建设局依法负责。", FIRE_14, False),
    # the act the clause restates is the article's body of no named level (旅游行政管理部门……降低), not the province's
    # 凭证
    ("旅行社三年内未受到罚款以上处罚的，可以向县文旅体局申请降低质量保证金交存数额。", TRAVEL_17, False),
])
def test_a_level_lowered(clause, article, lowered):
    assert _lowered(clause, article) is lowered, compare(clause, article).changes


@pytest.mark.parametrize("clause, article, expected", [
    # the article's negation names its case (不缴纳污水处理费的，): restated, nothing reversed
    ("排水单位或者个人不缴纳污水处理费的，由城镇排水主管部门责令限期缴纳；逾期拒不缴纳的，处应缴纳污水处理费数额1倍以上3倍以下罚款。",
     DRAINAGE_54, []),
    # ... and a fine raised beside it is still read
    ("排水单位或者个人未按期缴纳污水处理费的，由城镇排水主管部门处应缴纳污水处理费数额三倍以上五倍以下罚款。",
     DRAINAGE_54, [("amount", "error")]),
    # the court's 及时 left out with the court's whole act: the clause restates the parties' right only
    ("经人民调解委员会调解达成调解协议后，双方当事人认为有必要的，可以自调解协议生效之日起三十日内共同向人民法院申请司法确认。",
     MEDIATION_33, []),
    # the court's act restated without 及时: dropped
    ("经人民调解委员会调解达成调解协议后，双方当事人认为有必要的，可以自调解协议生效之日起三十日内共同向人民法院申请司法确认，"
     "人民法院应当对调解协议进行审查。", MEDIATION_33, [("scope_changed", "warning")]),
    # 处l万元 of the scanned article read as 1万元: the individual's range kept
    ("在地质灾害危险区内爆破、削坡的，对个人处一万元以上五万元以下的罚款，具体数额按照本细则第二十条规定的裁量基准确定。",
     HAZARD_43, []),
    ("在地质灾害危险区内爆破、削坡的，对个人处二万元以上十万元以下的罚款。", HAZARD_43, [("amount", "error")]),
])
def test_look_alike_guards(clause, article, expected):
    assert _kinds(clause, article) == expected


@pytest.mark.parametrize("text, cleaned", [
    ("对个人处l万元以上5万元以下的罚款", "对个人处1万元以上5万元以下的罚款"),
    ("处I000元罚款", "处1000元罚款"),
    ("处1O00元罚款", "处1000元罚款"),
    ("ISO9001认证", "ISO9001认证"),     # letters of a word stay
])
def test_letters_for_digits_in_amounts(text, cleaned):
    assert digit_lookalikes(text) == cleaned


# -- the engine on whole clauses ---------------------------------------------------------------------------------
from review.rules import load_packs  # noqa: E402

from tests.new_clauses import check_clause, clause_param, fixture_cases  # noqa: E402

RULES = load_packs()
CASES = fixture_cases("upper26.toml")


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_upper26_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


# the rule-pack folder's look-alikes the first level reader flagged, each with the guard that now holds it
@pytest.mark.parametrize("text", [
    # 国务院部门和地方人民政府及其部门: a list holding any local level is as low as the county's
    "区人民政府各部门制定的规范性文件，应当报区人民政府备案。",
    # rule-making (由……制定) is read_rule_maker's, not this reading's
    "纳入政府定价目录的殡葬基本服务收费，由县发展和改革局依法制定。",
    "城区居民生活用水价格依照《中华人民共和国价格法》和省定价目录，由县发展和改革局制定，报县人民政府批准后公布。",
    # a former body (原县国土资源局办理的), and the article's body whose rule is followed (按照国务院……部门的规定)
    "2017年由原县国土资源局办理的不动产登记资料，已统一移交县不动产登记中心保管。",
    # 登记信息: a power word beginning a noun is no act
    "市场主体办理登记后，县市场监督管理局应当将登记信息推送至相关部门，不得要求其重复提交材料。",
    # the clause names the article's county body beside the township (报乡镇人民政府和县农业农村局批准)
    "承包期内，村集体不得调整承包地；因自然灾害严重毁损等特殊情形需要对个别农户承包地适当调整的，须经村民会议三分之二以上成员"
    "或者三分之二以上村民代表同意，并报乡镇人民政府和县农业农村局批准。",
])
def test_old_look_alikes_stay_clean(corpus, text):
    check_clause(corpus, RULES, {"category": "upper-law", "polarity": "negative", "text": text})
