"""Upper-law round 32, upperg (bench/README.md, "Round 32 — upperg"): grading misses — the governing article is
retrieved but the comparison read no change.

(A) a modal verb compared across a local body the clause names between the article's case and the verb
(review.compare.roles.case_borne/named_before, review.compare.modals._one_bearer, grading.toml's body_named row);
(B) an exemption (免予/无需 办理……) turned into a duty on that act (review.compare.exemptions); (C) a permission the
article grants refused (review.compare.permissions); (D) the party's last grace before the property the body seized is
disposed of, shortened (review.compare.cases.grace_case with compare.seized_disposal).
Articles as read in the corpus (/tmp/c3.db, 2026-12-06): 道路运输条例 第十二条, 无线电管理条例 第六十五条 第六十六条,
农药管理条例 第二十五条, 核安全法 第四十三条, 道路运输条例 第二十四条, 国内水路运输管理条例 第七条, 邮政法 第六十五条,
保障农民工工资支付条例 第三十二条, 道路交通安全法 第一百一十二条."""

from __future__ import annotations

import pytest

from review.compare.permissions import refused

from review.compare import compare
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("upperg.toml")
RULES = load_packs()

TENDER = ("县级以上地方人民政府交通运输主管部门在审查客运申请时，应当考虑客运市场的供求状况、普遍服务和方便群众等因素。\n"
          "同一线路有3个以上申请人时，可以通过招标的形式作出许可决定。")
INTERFERENCE = ("无线电管理机构可以要求产生有害干扰的无线电台(站)采取维修无线电发射设备、校准发射频率或者降低功率等措施消除有害干扰；"
                "无法消除有害干扰的，可以责令产生有害干扰的无线电台(站)暂停发射。")
PESTICIDE = ("取得农药经营许可证的农药经营者设立分支机构的，应当依法申请变更农药经营许可证，并向分支机构所在地县级以上地方人民政府"
             "农业主管部门备案，其分支机构免予办理农药经营许可证。农药经营者应当对其分支机构的经营活动负责。")
NUCLEAR = ("国家建立放射性废物管理许可制度。\n专门从事放射性废物处理、贮存、处置的单位，应当向国务院核安全监督管理部门申请许可。\n"
           "核设施营运单位利用与核设施配套建设的处理、贮存设施，处理、贮存本单位产生的放射性废物的，无需申请许可。")
INLAND = "个人可以申请经营内河普通货物运输业务。"
POSTAL = ("邮政企业和快递企业应当及时、妥善处理用户对服务质量提出的异议。用户对处理结果不满意的，可以向邮政管理部门申诉，"
          "邮政管理部门应当及时依法处理，并自接到申诉之日起三十日内作出答复。")
WAGES = ("施工总承包单位应当按照有关规定存储工资保证金，专项用于支付为所承包工程提供劳动的农民工被拖欠的工资。\n"
         "工资保证金实行差异化存储办法，对一定时期内未发生工资拖欠的单位实行减免措施，对发生工资拖欠的单位适当提高存储比例。"
         "工资保证金可以用金融机构保函替代。")
SEIZED = ("公安机关交通管理部门扣留机动车、非机动车，应当当场出具凭证，并告知当事人在规定期限内到公安机关交通管理部门接受处理。\n"
          "公安机关交通管理部门对被扣留的车辆应当妥善保管，不得使用。\n"
          "逾期不来接受处理，并且经公告三个月仍不来接受处理的，对扣留的车辆依法处理。")


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_upperg_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


def _read(clause: str, upper: str, kind: str) -> list[tuple[str, str]]:
    return [(c.severity, c.message) for c in compare(clause, upper).changes if c.kind == kind]


@pytest.mark.parametrize("clause, upper, kind, severity", [
    # (A) E cb: a county body named between the case and the verb; 可以→应当 on the same act
    ("同一客运线路有三个以上申请人的，县交通运输局应当通过招标的形式作出许可决定。", TENDER, "modal", "warning"),
    ("无法消除有害干扰的，县无线电管理局应当责令产生有害干扰的无线电台（站）暂停发射。", INTERFERENCE, "modal", "warning"),
    # (B) E ca: an exemption (免予办理) turned into a duty of the exempted bearer
    ("农药经营者在本县设立分支机构的，分支机构应当另行申领农药经营许可证。", PESTICIDE, "modal", "warning"),
    ("核设施营运单位利用与核设施配套建设的处理、贮存设施处理本单位产生的放射性废物的，应当另行申请许可。", NUCLEAR, "modal",
     "warning"),
    # (C) E cb: the permission of 个人 refused in the clause's own case (个人申请的，不予受理)
    ("申请经营内河普通货物运输业务的，应当取得企业法人资格。个人申请的，不予受理。", INLAND, "modal", "error"),
    ("用户对邮政企业、快递企业处理结果不满意的，县邮政管理部门不予受理其申诉，由企业自行复核。", POSTAL, "modal", "error"),
    ("施工总承包单位应当以现金方式存储农民工工资保证金，不得以银行保函或者其他担保方式替代。", WAGES, "modal", "error"),
    # (D) E cb: the grace before seized property is disposed of, shortened: a burden on the party
    ("被扣留的非机动车，当事人逾期不来接受处理，并且经公告十五日仍不来接受处理的，由县公安局交通管理大队依法处理。", SEIZED,
     "time_limit", "warning"),
])
def test_grading_miss_read(clause, upper, kind, severity):
    assert severity in [s for s, _ in _read(clause, upper, kind)], compare(clause, upper).changes


@pytest.mark.parametrize("clause, upper, kind", [
    # (A) guard: the modal kept, a local body inserted — no change
    ("同一客运线路有三个以上申请人的，县交通运输局可以通过招标的形式作出许可决定。", TENDER, "modal"),
    # (B) guard: the exemption restated; the article's own duty on another bearer (变更) restated
    ("取得农药经营许可证的农药经营者设立分支机构的，应当依法申请变更农药经营许可证，其分支机构免予办理农药经营许可证。",
     PESTICIDE, "modal"),
    ("农药经营者设立分支机构的，应当申请变更农药经营许可证，并向县农业农村局备案。", PESTICIDE, "modal"),
    ("专门从事放射性废物处理、贮存、处置的单位，应当向国务院核安全监督管理部门申请许可。", NUCLEAR, "modal"),
    # (C) guard: the permission kept with a protective negation (不得拒绝受理)
    ("用户对处理结果不满意的，可以向县邮政管理部门申诉，县邮政管理部门不得拒绝受理。", POSTAL, "modal"),
    ("工资保证金可以用金融机构保函替代。", WAGES, "modal"),
    # (C) guard, round 32 (lead; CI caught powerw2's look-alike): a ban on interfering with the right is no refusal of it
    ("任何单位不得限制用户向邮政管理部门申诉。", POSTAL, "modal"),
    # (D) guard: a longer grace is lenient (info), never a warning
    ("被扣留的非机动车，经公告六个月仍不来接受处理的，由县公安局交通管理大队依法处理。", SEIZED, "time_limit"),
])
def test_lawful_look_alike_not_read(clause, upper, kind):
    assert not [s for s, _ in _read(clause, upper, kind) if s != "info"], compare(clause, upper).changes


@pytest.mark.parametrize("clause", [
    # round 32 (lead): a ban on interfering with the party's act protects it (powerw2's look-alike: 行政机关不得以任何理由
    # 要求当事人放弃申请行政复议……的权利, read as 可以 → 不得 until then)
    "行政机关不得以任何理由要求当事人放弃申请行政复议或者提起行政诉讼的权利。",
    "县邮政管理部门不得以任何理由要求用户放弃申诉。",
    "任何单位和个人不得阻碍、干涉用户申诉。",
])
def test_a_ban_on_interfering_is_no_refusal(clause):
    assert refused(clause, {"申诉", "复议", "诉讼"}, "") is None
