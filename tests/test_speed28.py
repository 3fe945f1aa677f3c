"""Round-28 speed shortcuts are exact (issues 8, 11 and 12):

* ``review.modre``: the regexes the modules compile at import are built from stored programs — each pattern built so
  is equal (``Pattern.__eq__``: source, flags and the engine's code) to what ``re.compile`` makes of it; a pattern
  compiled outside an import, a bytes pattern, a compiled pattern and an invalid one are ``re.compile``'s own;
* the costliest searches of the norm readings (bench/reading_budget.py) are ``firstchars.Keyed``: the same matches as
  the bare regex on hand clauses and the real documents' lines (../shared, when it is there), at any start position.
"""

from __future__ import annotations

import importlib
import re

import pytest

from review import modre
from tests.real_lines import real_lines
from review.firstchars import Keyed


# (module, names): the searches made ``Keyed`` in round 28 (their modules' last lines)
KEYED = {
    "analyse": ("_CLOSING_VERB", "_NEGATED_CONDITION"),
    "burden": ("_HUKOU_GATE", "_OCCUPATION", "_OWN_LIFE", "_SERVICE_GIVEN", "_SUBJECT_PERSON"),
    "charge": ("_BARRED", "_BEARS", "_FLOOR", "_GIVE", "_MONEY", "_OPTIONAL", "_PAY_RX", "_PRICED", "_PRICED_ITEM",
               "_RATE", "_REFUND"),
    "competition": ("_CATALOGUE", "_LOCAL_GUARD", "_OUTFLOW", "_OUTSIDE_USE", "_OWN_DEAL"),
    "effect": ("_COST_OF", "_DISCRETION", "_GENERAL_STRICT", "_LIBERTY", "_NONCOMPLIANCE", "_REMOVE", "_UNTIL"),
    "entry": ("_PICK", "_PROCURED", "_RATE", "_SPACING", "_SPARED"),
    "freeze": ("_APPLICANT_BODY", "_BEARER", "_FREEZE", "_FREEZE_GUARD", "_WHOLESALE"),
    "hired": ("_FINDS", "_HIRED_ACT"),
    "interest": ("_ADVERSE", "_CHANNEL", "_DATA_PERSON", "_PDATA_RX", "_STAY", "_TRAIT"),
    "lookalike": ("_REGIME", "_SELF_NEGATION"),
    "paper": ("_AFTER_THEN", "_AGAIN_PAPER", "_DEMAND", "_GOVERNMENT", "_LIFTED", "_NATURAL", "_NOT_PAPER", "_OWN",
              "_PAPER_BEFORE", "_STILL"),
    "power": ("_ACT", "_COORDINATOR_DECIDES", "_DECIDES", "_DECISION_OF_OTHER", "GOV", "_NAME_BREAK",
              "_OTHERS_PROPERTY", "_TOWNSHIP_DECIDES"),
    "shapes": ("_OBJECT_FIRST",),
    "shed": ("_REQUISITION",),
    "takeover": ("_MATTER_RX",),
}

# one row a behaviour: a supply cut, a removal, a liberty taken, a fee, a price fixed, a closed set, a favour, a
# takeover, a nonholder fining, a paper of a third body, personal data, a freeze; the look-alikes (a cited basis, a
# protective negation, the government's own duty, a reservation); text with none of the keys; the empty text
CLAUSES = [
    "对拒不缴纳物业费的业主，由供水企业暂停供水。",
    "对占道经营的摊点，由城管执法人员当场拆除并暂扣其物品。",
    "对上访人员，由乡镇派员带回并集中进行教育疏导。",
    "经营者应当向街道办事处缴纳市场管理费每月二百元。",
    "民宿的客房价格由县文旅局统一核定，不得低于每间二百元。",
    "施工单位应当在县住建局确定的企业名录内选择预拌混凝土供应商。",
    "本地注册的企业申请补贴的，给予加分。",
    "村集体经济组织的年度收益分配方案由镇人民政府决定。",
    "村民委员会对违反村规民约的村民处以二百元罚款。",
    "申请人须提交户籍所在地村民委员会出具的家庭困难证明。",
    "物业服务企业应当收集业主的身份证号码、家庭成员信息。",
    "通知银行冻结其账户资金，直至其履行义务。",
    "依照《城镇排水与污水处理条例》第二十一条，排水户应当办理排水许可证。",
    "任何单位不得要求申请人提交其亲属的无犯罪记录证明。",
    "县人民政府应当保障供水，不得擅自停止供水。",
    "法律、法规另有规定的，从其规定。",
    "本办法自2026年1月1日起施行。",
    "",
]



def _keyed():
    for mod, names in KEYED.items():
        module = importlib.import_module(f"review.norms.{mod}")
        for name in names:
            yield f"{mod}.{name}", getattr(module, name)


def test_every_listed_search_is_keyed():
    for label, rx in _keyed():
        assert isinstance(rx, Keyed) and isinstance(rx.rx, re.Pattern), label


@pytest.mark.parametrize("text", CLAUSES)
def test_keyed_searches_match_as_the_bare_regex_on_clauses(text):
    for label, rx in _keyed():
        bare = rx.rx
        assert [m.span() for m in rx.finditer(text)] == [m.span() for m in bare.finditer(text)], label
        for at in range(0, len(text) + 1, 5):
            got, want = rx.search(text, at), bare.search(text, at)
            assert (got and got.span()) == (want and want.span()), (label, at)
            got, want = rx.match(text, at), bare.match(text, at)
            assert (got and got.span()) == (want and want.span()), (label, at)


def test_keyed_searches_match_as_the_bare_regex_on_real_lines():
    lines = real_lines(7)
    if not lines:
        pytest.skip("the real documents (../shared) are not here")
    for label, rx in _keyed():
        for line in lines:
            assert [m.span() for m in rx.finditer(line)] == [m.span() for m in rx.rx.finditer(line)], (label, line)


def test_modre_builds_what_re_compile_builds():
    assert re.compile is modre.compile            # installed by review/__init__.py
    built = dict(modre._BUILT)
    assert len(built) > 1000                      # the modules' patterns, from their programs
    for (source, flags), rx in built.items():
        assert rx == modre._ORIGINAL(source, flags), source[:60]
        assert rx.groupindex == modre._ORIGINAL(source, flags).groupindex


@pytest.mark.parametrize("pattern, flags", [
    ("供水|供电", 0),                    # outside an import: re.compile's own (and not stored)
    (b"abc", 0),                        # bytes
    ("(?P<a>x)y", re.IGNORECASE),       # a flag
])
def test_modre_outside_an_import_is_re_compile(pattern, flags):
    key = (pattern, int(flags)) if isinstance(pattern, str) else None
    rx = re.compile(pattern, flags)
    assert rx == modre._ORIGINAL(pattern, flags)
    if key is not None and key not in modre._STORED:
        assert key not in modre._NEW
    assert re.compile(rx) is rx                   # a compiled pattern passes through


def test_modre_invalid_pattern_raises_re_error():
    with pytest.raises(re.error):
        re.compile("(unclosed")


def test_keyed_name_stays_usable_as_its_regex():
    """A name made Keyed answers the rest of the Pattern interface from the regex itself (a later change calling
    ``sub`` or ``fullmatch`` on it must not fail), and the filtered calls still agree with the bare regex."""
    import re

    from review.firstchars import Keyed

    rx = re.compile(r"(?:缴纳|交纳)[^，。；]{0,6}保证金(\d+)元")
    keyed = Keyed(rx)
    text = "施工企业应当缴纳履约保证金5000元"
    assert keyed.sub("X", text) == rx.sub("X", text)
    assert keyed.findall(text) == rx.findall(text) == ["5000"]
    assert keyed.fullmatch(text) is None and keyed.fullmatch(text[6:]).group(1) == "5000"
    assert keyed.flags == rx.flags and keyed.groupindex == rx.groupindex
    assert keyed.search("无关的句子") is None and keyed.search(text).group(1) == "5000"
