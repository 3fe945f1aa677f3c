"""Round 27 (guard27, issue 8, precision): lawful look-alikes flagged, grouped by engine cause and read as classes:

* a time limit to decide on or answer another's request (自受理之日起……内作出决定; 收到……质疑后……内作出答复) is borne by
  whoever decides, whatever the vocabulary calls it (compare.answers_request + compare.answer_act,
  review/compare/time_limits.py): shorter is a stricter duty (info), longer exceeds the law (error); a period given to the
  requester is still the party's;
* protective negations naming the measure: a refusal of a service after a pretext (不得因此拒绝儿童入托、入学,
  review/norms/relief.py); a precondition disclaimed naming its service (生育登记不作为享受……服务的前置条件, C-LICENSE-02);
  the birth status no longer looked into (不再审查……生育情况, fp.equal); the clause's own prohibition over the article's
  scope in another verb (目录清单之外的……一律不得执收, review/compare/reversal.py);
* money already collected whose use is ruled (所收缴的报名费，应当全部用于……, fee.use) and a paper about a payment
  (收费票据、费用清单) are no charge set; 非税收入 is no tax (market.toml ``tax``);
* a thing named by the seizure it underwent (依法扣押的经营工具) and a penalty article cited back (依照该规定第十三条) set
  nothing;
* a reform described (原……承担的……职责，已……划入……, context.history), a law's provision naming the old body executed by
  another now (……中由工商行政管理机关……的规定，现由……执行), and bodies acting each on its own duties with the successor
  among them (……会同县市场监督管理局……按照各自职责) give the old body no function.

Every clause of tests/fixtures/rewordings/guard27.toml (written before the fixes) stands as 第二条 of a county draft;
then the dev sets' look-alikes (U, S, T; dev) each beside the same surface laying the measure."""

import tomllib
from pathlib import Path

import pytest

from review.rules import load_packs
from tests.new_clauses import assert_judged, clause_param, findings_on_article

FIXTURE = Path(__file__).parent / "fixtures" / "rewordings" / "guard27.toml"
CASES = tomllib.loads(FIXTURE.read_text(encoding="utf-8"))["case"]
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param("guard27", i, c) for i, c in enumerate(CASES)])
def test_guard27_clause(corpus, stem, index, case):
    found = findings_on_article(corpus, RULES, case["text"], case.get("header", ""), name="guard27.txt")
    assert_judged(found, case)


ROWS = [
    # the decider's own limit shortened (U novel_bd; dev) — beside it lengthened, and the supplier's own period shortened
    ("upper-law", "采购人应当在收到供应商书面质疑后五个工作日内作出答复，并以书面形式通知质疑供应商和其他有关供应商。", False),
    ("upper-law", "采购人应当在收到供应商书面质疑后十个工作日内作出答复，并以书面形式通知质疑供应商和其他有关供应商。", True),
    ("upper-law", "供应商认为采购文件使其权益受到损害的，可以在知道其权益受到损害之日起三个工作日内，以书面形式向采购人提出质疑。", True),
    # a refusal forbidden after a pretext (U novel_bc; dev)
    ("rights", "儿童入托、入学时，托幼机构、学校应当查验预防接种证，发现未按规定接种的，向接种单位报告并配合督促补种，不得因此拒绝儿童入托、入学。", False),
    # a precondition disclaimed (U novel_bc; dev) — beside the registration made the gate
    ("family-planning", "夫妻生育子女的，可以在乡镇卫生院或者网上办理生育登记，生育登记不作为享受孕产期保健服务的前置条件。", False),
    ("license", "夫妻生育子女的，应当在乡镇卫生院办理生育登记，未办理生育登记的不得享受孕产期保健服务。", True),
    # the list's prohibition restated in another verb (U novel_bd; dev)
    ("fee", "执收单位应当严格执行公布的行政事业性收费目录清单，目录清单之外的收费项目一律不得执收。", False),
    # money collected, its use ruled (U novel_bb; dev) — beside a charge laid with its use (S novel_ax; dev)
    ("fee", "高等教育自学考试所收缴的报名费，应当全部用于自学考试工作，任何单位不得挪作他用。", False),
    ("fee", "国家机关、事业单位申请使用市级基础测绘成果的，按照成果数据量缴纳数据使用费，所收资金用于基础测绘成果更新维护。", True),
    # a refund of 非税收入 paid in error, a paper lifted (U novel_bd; dev) — beside a return of taxes
    ("proof", "申请退还误缴非税收入的，执收单位应当通过非税收入管理系统核查缴款信息，不再要求缴款人提供银行出具的缴款证明。", False),
    ("fair-competition", "对企业缴纳的税收地方留成部分，按照百分之五十予以返还。", True),
    # receipts submitted (Q novel_ar; dev) — beside a charge laid in the same sentence
    ("proof", "因特殊情况申请手工报销的，参保人员应当提供医疗机构的收费票据、费用清单、诊断证明和病历资料。", False),
    ("fee", "因特殊情况申请手工报销的，参保人员应当提供医疗机构的收费票据，并缴纳手续费二十元。", True),
    # custody of what was seized (T novel_az; dev) — beside the seizure laid
    ("coercion", "对依法扣押的经营工具和物品，城管执法部门应当妥善保管，不得使用或者损毁；解除扣押的，应当立即退还当事人。", False),
    ("coercion", "对占道经营拒不改正的，城管执法部门可以扣押其经营工具和物品，并妥善保管。", True),
    # the penalty's article cited back (T novel_ba; dev) — beside no article of it cited
    ("penalty", "用人单位违反《女职工劳动保护特别规定》第七条规定的，由县人力资源和社会保障局依照该规定第十三条，按照受侵害女职工每人1000元以上5000元以下的标准计算，处以罚款。", False),
    ("penalty", "用人单位违反本办法第七条规定的，由县人力资源和社会保障局依照本办法第十三条，处以五千元罚款。", True),
    # the birth status no longer looked into (S novel_av; dev) — beside it looked into and used
    ("family-planning", "辅警招聘政审不再审查应聘人员生育情况，本局以往规定与此不一致的，以本通知为准。", False),
    ("family-planning", "辅警招聘政审应当审查应聘人员生育情况，有政策外生育的，不予录用。", True),
    # a reform described, a provision's old body executed by its successor, bodies on their own duties (U; dev) — beside
    # the old body acting
    ("agency", "原县卫生和计划生育局承担的新型农村合作医疗管理职责，已按照机构改革方案划入县医疗保障局。", False),
    ("agency", "《中华人民共和国招标投标法》第五十三条中由工商行政管理机关吊销营业执照的规定，现由县市场监督管理局依法执行。", False),
    ("agency", "县教育局应当会同县市场监督管理局、县卫生健康局按照各自职责，加强对学校食堂和校外供餐单位的监督检查。", False),
    ("agency", "县卫生健康局负责全县学校食堂食品安全监督检查，县教育局配合。", True),
]


@pytest.mark.parametrize("category, text, problem", ROWS)
def test_guard27_rows(corpus, category, text, problem):
    found = findings_on_article(corpus, RULES, text, name="guard27.txt")
    assert_judged(found, {"polarity": "positive" if problem else "negative", "category": category, "text": text})


def test_answers_request():
    """The period runs from another's request and ends in a decision or reply — not a party answering a notice."""
    from review.compare.vocabulary import ANSWER_ACT_RX, ANSWERS_REQUEST_RX

    for before in ("应当自受理之日起", "采购人应当在收到供应商书面质疑后", "自接到投诉之日起"):
        assert ANSWERS_REQUEST_RX.search(before), before
    for before in ("当事人应当在收到整改通知后", "自用工之日起"):
        assert not ANSWERS_REQUEST_RX.search(before), before
    assert ANSWER_ACT_RX.match("内作出答复") and ANSWER_ACT_RX.match("作出准予或者不准予登记的决定")
    assert not ANSWER_ACT_RX.match("内提出申请")
