"""Round 27 wave 2 (guard27b, issue 8, precision): lawful look-alikes of a charge that regulate a market body's charge
rather than set one (C-FEE-01), read as classes (review/packs/content.toml, C-FEE-01 ``unless``):

* the charge as one act of a list a prohibition bars (不得在公布的收费清单之外设立服务项目、收取费用);
* a charge a body makes as the condition of a duty to show its price or give a receipt (收取费用的，应当公示收费项目和
  标准 / 应当出具票据): the duty is the disclosure — not where a payment is laid beside it;
* a price the parties fix by their own agreement (由双方依照合同约定协商确定) — not where the negotiating side is a
  public body (由县商务局与参展商协商确定);
* a body's own enforcement named only in a reservation that defers to the law (法律规定行政机关可以自行强制执行的，
  依照其规定): the law's case, not the clause's (review/compare/procedure.py ``RESERVATION_RX``).

Every clause of tests/fixtures/rewordings/guard27b.toml (written before the fix) stands as 第二条 of a county draft;
then the fresh sets' look-alikes of wave 1 (V, W; now dev), each beside the same surface laying a charge."""

import tomllib
from pathlib import Path

import pytest

from review.rules import load_packs
from tests.new_clauses import assert_judged, clause_param, findings_on_article

FIXTURE = Path(__file__).parent / "fixtures" / "rewordings" / "guard27b.toml"
CASES = tomllib.loads(FIXTURE.read_text(encoding="utf-8"))["case"]
RULES = load_packs()


@pytest.mark.parametrize("stem, index, case", [clause_param("guard27b", i, c) for i, c in enumerate(CASES)])
def test_guard27b_clause(corpus, stem, index, case):
    found = findings_on_article(corpus, RULES, case["text"], case.get("header", ""), name="guard27b.txt")
    assert_judged(found, case)


ROWS = [
    # a listed act under a prohibition (W novel_bj; dev) — beside a fee to an office laid after a prohibition
    ("fee", "殡葬服务收费实行清单化管理，殡仪馆、公墓不得在公布的收费清单之外设立服务项目、收取费用。", False),
    ("fee", "殡仪馆、公墓不得拒绝为丧户提供服务，丧户办理骨灰安放的，应当向乡镇民政办缴纳管理费二百元。", True),
    # a charge made, its price to be shown (V novel_be; dev) — beside a fee laid with the same disclosure
    ("fee", "计量技术机构开展非强制检定、校准等委托服务收取费用的，应当公示收费项目和标准；法律、行政法规另有规定的，从其规定。", False),
    ("fee", "申请人办理养老机构备案的，应当缴纳备案服务费，县民政局收取费用的，应当公示收费项目和标准。", True),
    # a price agreed by the parties (W novel_bi; dev) — beside a fee to a bureau "negotiated" with it
    ("fee", "展会主办单位向参展商收取的展位费、搭建费属于经营服务性收费，由主办单位与参展商依照合同约定协商确定。", False),
    ("fee", "参展商应当向县商务局缴纳展位管理费，具体金额由县商务局与参展商依照合同约定协商确定。", True),
]


@pytest.mark.parametrize("category, text, problem", ROWS)
def test_guard27b_rows(corpus, category, text, problem):
    found = findings_on_article(corpus, RULES, text, name="guard27b.txt")
    assert_judged(found, {"polarity": "positive" if problem else "negative", "category": category, "text": text})


COERCION_ROWS = [
    # the body's own enforcement named only in the reservation (W novel_bj; dev) — beside the body enforcing itself with
    # a reservation in its own sentence, and one after it
    ("coercion", "当事人逾期不履行行政决定的，由作出决定的行政机关依法申请人民法院强制执行；法律规定行政机关可以自行强制执行的，依照其规定。", False),
    ("coercion", "违法建设当事人逾期不拆除的，由县城市管理局依法实施强制拆除，法律另有规定的，依照其规定。", True),
    ("coercion", "被征收人在补偿决定规定的期限内不搬迁的，由县人民政府组织有关部门依法实施强制搬迁；法律、行政法规另有规定的，从其规定。", True),
]


@pytest.mark.parametrize("category, text, problem", COERCION_ROWS)
def test_guard27b_reservation_rows(corpus, category, text, problem):
    found = findings_on_article(corpus, RULES, text, name="guard27b.txt")
    assert_judged(found, {"polarity": "positive" if problem else "negative", "category": category, "text": text})


def test_reservation_rx():
    from review.compare.procedure import RESERVATION_RX
    # the law's own case, deferred to
    assert RESERVATION_RX.search("法律规定行政机关可以自行强制执行的，依照其规定")
    assert RESERVATION_RX.search("法律、行政法规规定行政机关可以自行强制拆除的，从其规定")
    # a plain instruction is no reservation
    assert not RESERVATION_RX.search("由县城市管理局依法实施强制拆除，并依照规定公告")
