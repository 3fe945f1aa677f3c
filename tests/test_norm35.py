"""Round 35 (norm35, issue 8): the power and rights shapes whose readings did not transfer, generalised over their slots
(bench/README.md, "Round 35 — norm35"):

* S5 ``drop`` (review/norms/power.py): a body says it takes no part in a supervision (不再派员参与, 不参与调查, 原则上
  不再介入, 今后不再参与 with the supervision as the sentence's topic), or hands it to the supervised by the check's own
  name (由……自查自纠); recusal (利害关系, 回避) is lawful;
* S6 ``competence.open_discretion`` (review/lexicons/power.toml): the marker (根据工作需要, 视情况, 酌情, 自行) and a
  burdening act or a decision whether to allow an activity, by a public body, with no cited basis;
* S7 ``waiver.claim`` (review/lexicons/entitlements.toml): a remedy (复议, 诉讼, 申诉, 投诉, 异议, 复核/复检, 听证) given
  up in a pledge, statement, confirmation or form, in any order; a pledge of truthful materials is not a waiver;
* S8 kin: the existing readings already caught every clause written (no change);
* S9 ``license_document`` (review/lexicons/approval.toml, review/norms/analyse.py): a paper issued by any verb (制发,
  印发, 办理, 取得), a pass among them, carried (持, 凭) as the duty; the traffic police's pass and exit-entry passes are not.

Every clause of tests/fixtures/rewordings/norm35.toml (written before the dev rows were read) stands as 第二条 of a county
draft; then one row per behaviour of each new reading, guards included."""

import pytest

from review.norms.lexicon import load_lexicon
from review.norms.power import readings
from review.rules import load_packs
from tests.new_clauses import check_clause, clause_param, fixture_cases

CASES = fixture_cases("norm35.toml")
RULES = load_packs()
LEX = load_lexicon()


@pytest.mark.parametrize("stem, index, case", [clause_param(*c) for c in CASES])
def test_norm35_clause(corpus, stem, index, case):
    check_clause(corpus, RULES, case)


@pytest.mark.parametrize("concept, text, expected", [
    # S7: the pledge's words run past a colon and a comma to the remedy negated
    ("waiver.claim", "须在登记表中声明：本单位认可核定结果，今后不以任何理由提出申诉", True),
    # S7: a confirmation signed, the remedy a re-test (复检) and a review
    ("waiver.claim", "应当在结算单上签字确认，本人对检斤定等结果不申请复检，也不申请行政复议", True),
    # S7: a complaint given up in an agreement's words
    ("waiver.claim", "合同中应当载明，承租单位放弃就场地分配结果向主管部门投诉的权利", True),
    # S7: a hearing given up in writing on demand
    ("waiver.claim", "被抽检单位应当书面确认放弃听证", True),
    # guard: 不服 opens a remedy, it does not give one up
    ("waiver.claim", "申请人承诺所填信息真实，对审核结果不服的，可以申请复核", False),
    # guard: 不影响 keeps the remedy
    ("waiver.claim", "签署声明不影响其依法申请行政复议的权利", False),
    # guard: the party's own choice to waive a hearing (行政处罚法 第六十四条)
    ("waiver.lawful", "当事人放弃听证权利的，", True),
    # guard: a pledge of the truth of what is handed in (行政许可法 第三十一条)
    ("pledge.exempt", "签署承诺书，承诺所提交材料真实有效", True),
    # S6: a restriction left to the body's judgment
    ("competence.open_discretion", "县商务局可以视情况采取限制其在本县举办展会等措施", True),
    # S6: an open handling
    ("competence.open_discretion", "县人社局可视情况作出相应处理", True),
    # S6: a decision whether to allow an activity
    ("competence.open_discretion", "由街道办事处视情况决定是否允许施工", True),
    # guard: the law's leniency (行政处罚法 第三十三条)
    ("competence.open_discretion", "可以视情况依法不予处罚", False),
    # guard: a benefit given
    ("competence.open_discretion", "根据实际情况给予临时救助", False),
    # guard: a service organised
    ("competence.open_discretion", "县商务局可以视情况组织会展企业开展业务培训", False),
    # S9: a pass issued by a body
    ("license_document", "须持有县商务局核发的布展车辆通行证", True),
    # S9: a card issued by 制发
    ("license_document", "应当持县人社局制发的家政服务上岗证上岗", True),
    # S9: a paper 办理'd
    ("license_document", "须办理港区通行证", True),
    # guard: an exit-entry pass is a person's document
    ("license_document", "应当办理往来港澳通行证", False),
    # guard (real document D031): a temporary-residence permit is a status paper, read by C-RIGHTS-TEMP-PERMIT
    ("license_document", "不办理暂住证的暂住人员", False),
    # guard (real document D035): an attestation of a contract is no licence
    ("license_document", "劳动合同须办理鉴证", False),
    # guard (real document D132): a list the document closes is no open discretion
    ("competence.open_discretion", "主管部门应当根据下列情况分别作出处理", False),
    # guard: the traffic police's pass (道路交通安全法 第三十九条)
    ("license.statutory", "应当持有公安机关交通管理部门核发的通行证", True),
])
def test_norm35_concepts(concept, text, expected):
    assert LEX.has(concept, text) is expected


def _drops(sentence):
    return [(k, g) for k, _, _, g in readings(sentence) if k == "drop"]


@pytest.mark.parametrize("sentence, expected", [
    # S5: taking no part, the supervision the sentence's topic
    ("档案寄存单位的档案安全检查，县档案局今后不再参与，由寄存单位委托第三方机构评估后报送结果。", [("drop", "")]),
    # S5: no staff sent, the check handed to the supervised by its own name
    ("县气象局对防雷装置的监督检查，今后由各使用单位自查自纠，县气象局不再派员参与。", [("drop", "")]),
    # S5: an investigation the body takes no part in
    ("家政服务机构发生服务纠纷的，由家政服务机构自行调查处理，县商务局不参与调查。", [("drop", "")]),
    # S5: an on-site verification no longer done
    ("无线电台站设置使用情况的核查，由台站设置单位自行检查，县工信局不再进行现场核验。", [("drop", "")]),
    # guard: taking no part in what is no supervision (政企分开)
    ("县商务局不再参与会展企业的日常经营活动。", []),
    # guard: recusal (行政处罚法 第四十三条)
    ("与被检查单位有利害关系的县档案局工作人员，不参与该项检查。", [("drop", "recusal")]),
])
def test_norm35_drop_rows(sentence, expected):
    assert _drops(sentence) == expected
