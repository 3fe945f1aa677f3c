"""Round-32 speed shortcut is exact (issues 11 and 12): the readings ``norms.effect.effects`` dispatches that answer
nothing for almost every sentence are asked only where one of the patterns their every answer passes through may
match (``firstchars.gated`` with a ``firstchars.Gate`` of those patterns, over the sentence's ``text_keys``). Each
gated reading must give the reading's own answer — on hand clauses (a problem each reading reads and a look-alike of
another sector), on the real documents' lines (../shared, when it is there) and on the rewording fixtures' sentences,
with and without a list header and the clause before.
"""

from __future__ import annotations

import inspect
import re
import tomllib
from pathlib import Path

import pytest

from tests.real_lines import real_lines
from review.firstchars import Gate, gated
from review.norms import effect, power
from review.sentences import norm_spans

# (module, name) of every gated reading: those effects dispatches, and power.readings's two costliest
GATED = sorted(((module, name) for module in (effect, power) for name, value in vars(module).items()
               if callable(value) and hasattr(value, "gate")), key=lambda g: (g[0].__name__, g[1]))

# (the clause, its list header, why it is here) — one row a reading, a problem it reads and a look-alike
CLAUSES = [
    # price_floors: a market price floored by a body; the look-alike a catalogue price
    ("全县会展服务收费不得低于县会展办公布的指导价格。", "", "price floor"),
    ("殡葬基本服务收费标准由县发展和改革局依法核定。", "", "catalogue price (look-alike)"),
    # closed_sets: a pick confined to a list a body keeps; the look-alike a free choice
    ("家政服务对象应当从县商务局公布的家政服务机构名录中选择服务机构。", "", "closed set"),
    ("档案寄存单位可以自主选择档案服务机构。", "", "free choice (look-alike)"),
    # local_barriers: goods gated at the border; the look-alike a quarantine by law
    ("外地粮食运入本县销售的，须经县粮食和物资储备局审核同意。", "", "inflow gated"),
    ("调运植物和植物产品，应当依法办理植物检疫证书。", "", "quarantine (look-alike)"),
    # takeovers: a body deciding a collective's own matter; the look-alike the owners deciding it
    ("村集体经济组织的年度收益分配方案由乡镇人民政府统一确定。", "", "collective's matter taken over"),
    ("村集体经济组织的年度收益分配方案由成员大会讨论决定。", "", "owners decide (look-alike)"),
    # favours: a local firm favoured in a purchase; the look-alike equal treatment
    ("政府采购邮政快递服务的，优先选用在本县注册的企业。", "", "local mark favoured"),
    ("对各类所有制会展企业一视同仁、平等对待。", "", "equal treatment (look-alike)"),
    # favours over the half before ；(a procedure spared the own firm, the others made to go through it)
    ("县属国有企业承接测绘项目可以直接委托；其他企业承接的，须公开招标。", "", "spared, the half before"),
    # charged: a township charged with a bureau's act; the look-alike the bureau itself
    ("各乡镇人民政府负责辖区内无线电台（站）设置的审批。", "", "township charged"),
    ("县气象局负责本行政区域内施放气球活动的许可。", "", "the bureau itself (look-alike)"),
    # entry_bars: a cap on operators; the look-alike a cap on people
    ("城区体育彩票销售网点实行总量控制，每万人设置1家。", "", "cap"),
    ("入户指标实行总量控制。", "", "people capped (look-alike)"),
    # takings: a market handed to one firm, the others shut out; the look-alike a tender
    ("全县烟花爆竹批发业务由县供销社所属公司统一经营，其他企业不得经营。", "", "market taken"),
    ("全县粮食应急供应网点通过公开招标确定。", "", "tender (look-alike)"),
    # reservations: a service reserved to an affiliated firm
    ("人防工程的维护管理统一由县人防办下属企业承担。", "", "reserved"),
    # a list item under a header that lays the measure
    ("（二）承接政府投资项目的；", "对在本县注册纳税的会展企业，给予下列支持：", "item under a header"),
    # power._usurpations: a coordinating organ deciding a penalty; the look-alike the bureau deciding it
    ("对违法占用人防工程的，由县人防工程整治工作领导小组作出罚款决定。", "", "coordinator decides"),
    ("对违法占用人防工程的，由县人民防空办公室依法作出罚款决定。", "", "the holder decides (look-alike)"),
    # power._usurpations: enforcement work taken on by an association
    ("县烟草行业协会负责对无证经营卷烟的行为进行调查取证。", "", "association investigates"),
    # power._seizures: a township undoing a village committee's decision; the look-alike the villagers' meeting
    ("镇人民政府可以撤销村民委员会作出的集体土地发包决定。", "", "another's decision undone"),
    ("村民会议有权撤销村民委员会不适当的决定。", "", "self-governed (look-alike)"),
    # none of the keys
    ("本办法自2027年1月1日起施行。", "", "none"),
    ("", "", "empty"),
]


def _agree(sentence: str, header: str = "", before: str = "") -> list[str]:
    """The gated readings whose answer differs from the reading's own for this sentence."""
    out = []
    for module, name in GATED:
        fn = getattr(module, name)
        raw = fn.__wrapped__
        args = (sentence, header, before)[:len(inspect.signature(raw).parameters)]
        if fn(*args) != raw(*args):
            out.append(name)
    return out


def test_the_gated_readings():
    # the readings this round gates, each by the patterns named beside it in effect.py
    assert [name for _, name in GATED] == [
        "charged_readings", "closed_sets", "entry_bars", "favours", "local_barriers", "price_floors", "reservations",
        "takeovers", "takings", "_seizures", "_usurpations"]


@pytest.mark.parametrize("text,header,why", CLAUSES, ids=[c[2] for c in CLAUSES])
def test_hand_clauses(text, header, why):
    for s0, s1 in norm_spans(text) or [(0, len(text))]:
        assert _agree(text[s0:s1], header, text[:s0]) == []
        assert _agree(text[s0:s1]) == []


def test_a_gate_reads_what_it_may_not_skip():
    # (gated answers [] only where none of the gate's patterns can match; the reading itself still decides)
    calls = []

    def reading(sentence, header=""):
        calls.append(sentence)
        return [(0, 1, "")]

    read = gated(reading, Gate(re.compile(r"指导价|核定价")))
    assert read("收费不得低于指导价。") == [(0, 1, "")]
    assert read("本办法自公布之日起施行。") == []
    assert calls == ["收费不得低于指导价。"]
    # a pattern nothing can be told of (a match may be anything): never skipped
    assert gated(reading, Gate(re.compile(r".+")))("本办法自公布之日起施行。") == [(0, 1, "")]
    # a text given by ``text_of``: the header and the sentence
    both = gated(reading, Gate(re.compile(r"下列支持")), lambda sentence, header="": header + sentence)
    assert both("（一）承接项目的；", "给予下列支持：") == [(0, 1, "")]
    assert both("（一）承接项目的；", "") == []
    assert read.__wrapped__ is reading and read.__name__ == "reading"


def test_gate_scans_for_keys():
    gate = Gate(re.compile(r"(供水|供电)企业"), re.compile(r"名录"))
    assert gate.may("由供电企业负责")
    assert gate.may("列入名录的")
    assert not gate.may("管网由县水务局负责")        # no key of either pattern: no match can stand
    assert not gate.may("")
    assert Gate(re.compile(r".+")).may("")          # nothing can be told of a pattern: never ruled out


def test_real_lines():
    lines = real_lines(3)
    if not lines:
        pytest.skip("no ../shared real documents here")
    bad = []
    for line in lines:
        spans = norm_spans(line)
        for s0, s1 in spans:
            if _agree(line[s0:s1], "", line[:s0]):
                bad.append(line[s0:s1])
    assert bad == []


FIXTURES = Path(__file__).resolve().parent / "fixtures" / "rewordings"


def _fixture_texts() -> list[tuple[str, str]]:
    out = []
    for path in sorted(FIXTURES.glob("*.toml")):        # the top folder's own rewordings (not the held-out sets)
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for case in data.get("case", []) + data.get("cases", []):
            if isinstance(case, dict) and isinstance(case.get("text"), str):
                header = case.get("header", "")
                out.append((case["text"], header if isinstance(header, str) else ""))
    return out


def test_fixture_sentences():
    texts = _fixture_texts()
    assert len(texts) > 1000
    bad = []
    for text, header in texts:
        for s0, s1 in norm_spans(text):
            if _agree(text[s0:s1], header, text[:s0]):
                bad.append(text[s0:s1])
    assert bad == []
