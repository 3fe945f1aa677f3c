"""Round-26 speed shortcuts are exact (issues 11 and 12): each is compared with what it replaces, on hand-written
clauses, the dev sets' clauses (Q, R, the breadth pool P) and the real documents (../shared, when it is there).

* ``firstchars.Held``: a regex searched only in a text whose ``text_keys`` meet its ``required_keys`` — all the sets
  of an alternative together, not one set's keys scanned for (``Keyed``) — for the readings' patterns that start with
  an open name slot (``[一-龥]{0,16}?`` before a body's ending: power.NONHOLDER, paper's ``_ORG`` patterns), where
  each set alone is common and the slot's lazy tries at every character cost most of a reading;
* ``power.nonholders``: remembered per text (the power readings ask about the same sentence and list header).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from review.clauses import split_clauses
from review.firstchars import Held, Keyed, prepared_trigger, required_keys
from review.norms import charge, effect, entry, paper, power, shapes, takeover
from review.readers import read_document
from review.sentences import sentence_spans

DOCS = Path(__file__).resolve().parents[2] / "shared" / "data" / "documents" / "txt"
FIXTURES = Path(__file__).parent / "fixtures" / "rewordings"
DEV_SETS = ("heldout_round25", "heldout_round25b", "devpool23")      # Q, R and the breadth pool P (dev material)

# (clause, list header): a nonholder acting, a third body's paper, a pick from a kept list, a decision undone —
# and the lawful look-alikes of the same surface (the organ acting, the party's own paper, a title naming a firm)
CLAUSES = [
    ("村民委员会对违反村规民约的村民处以二百元罚款。", ""),                                   # a nonholder fines
    ("由县市场监督管理局对违法经营的物业服务企业处以罚款。", ""),                             # the organ fines a firm
    ("（二）由小区业主委员会责令其限期拆除；", "业主违规搭建的，按照下列规定处理："),            # the header's actor
    ("依照《融资担保公司监督管理条例》的规定，由县地方金融监管局查处。", ""),                     # a firm in a title
    ("县城市更新指挥部统一作出拆除决定，并以指挥部名义送达。", ""),                             # a coordinator decides
    ("申请人应当提交所在社区对其邻里关系的书面意见。", ""),                                     # an opinion on the person
    ("申请人须提交户籍所在地村民委员会出具的家庭困难证明。", ""),                               # a paper a third body issues
    ("申请人应当提交本人签字的承诺书。", ""),                                                   # the party's own paper
    ("申请人须提交公安机关书面材料。", ""),                                                     # a body joined to its paper
    ("参与投标的企业须从县住建局公布的推荐名录中选择检测机构。", ""),                           # a pick from a kept list
    ("镇人民政府可以撤销村民委员会作出的决定。", ""),                                           # the verb first
    ("村民委员会作出的收回承包地决定，镇人民政府可以直接予以撤销。", ""),                       # a decision of another undone
    ("其享受的最低生活保障资格一并终止。", ""),                                                 # the held thing first
    ("对拒不缴纳的，由供水企业暂停供水。", ""),
    ("收取的水资源费按规定上缴财政。", ""),                                                     # a charge a law provides
    ("本办法自2026年1月1日起施行。", ""),
    ("", ""),
]


def _fixture_texts() -> list[tuple[str, str]]:
    out = []
    for folder in DEV_SETS:
        for path in sorted((FIXTURES / folder).glob("*.toml")):
            for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
                out.append((case["text"], case.get("header", "")))
    return out


def _texts(step: int = 4) -> list[str]:
    """Sentences, list headers, whole clauses and a clause's part before each sentence: of the hand-written clauses,
    the dev sets' clauses and every ``step``-th real document."""
    clauses = list(CLAUSES) + _fixture_texts()
    if DOCS.is_dir():
        for path in sorted(DOCS.glob("*.txt"))[::step]:
            clauses += [(c.text, c.header) for c in split_clauses(read_document(path))]
    out: dict[str, None] = {}
    for text, header in clauses:
        out.update(dict.fromkeys([text, header, f"{header}{text}"]))
        for a, b in sentence_spans(text):
            out.update(dict.fromkeys([text[a:b], text[:a]]))
    return list(out)


TEXTS = _texts()

# every pattern this round searches held: (where, the Held object)
HELD = [("power._NONHOLDER_SCAN", power._NONHOLDER_SCAN), ("power._DECISION_OF_OTHER_SCAN", power._DECISION_OF_OTHER_SCAN),
        ("paper._ISSUED_SCAN", paper._ISSUED_SCAN), ("paper._JOINED_SCAN", paper._JOINED_SCAN),
        ("paper._OPINION_SCAN", paper._OPINION_SCAN), ("paper._ISSUER_PAPER_SCAN", paper._ISSUER_PAPER_SCAN),
        ("entry._PICK_SCAN", entry._PICK_SCAN), ("shapes._OBJECT_FIRST_SCAN", shapes._OBJECT_FIRST_SCAN),
        ("takeover._BOUND", takeover._BOUND), ("charge._LAWFUL_SCAN", charge._LAWFUL_SCAN)]


def _spans(matches) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.parametrize("where,held", HELD, ids=[w for w, _ in HELD])
def test_held_is_the_bare_regex(where, held):
    """Every search, match and finditer (from the start and from an offset) gives what the bare regex gives; the
    pattern's condition can be told (a pattern whose keys cannot be told would only pay for the keys)."""
    assert isinstance(held, Held) and isinstance(held, Keyed), where
    rx = held.rx
    assert prepared_trigger(required_keys(rx)) is not None, where
    found = 0
    for text in TEXTS:
        m1, m2 = held.search(text), rx.search(text)
        assert (m1 and (m1.span(), m1.groups())) == (m2 and (m2.span(), m2.groups())), (where, text)
        bare = _spans(rx.finditer(text))
        assert _spans(held.finditer(text)) == bare, (where, text)
        found += len(bare)
        at = len(text) // 3
        m1, m2 = held.match(text, at), rx.match(text, at)
        assert (m1 and m1.span()) == (m2 and m2.span()), (where, text)
        assert _spans(held.finditer(text, at)) == _spans(rx.finditer(text, at)), (where, text)
    assert found > 0, where            # each pattern matches somewhere in the material: the comparison means something


# a hand-made table: (pattern, text, whether it matches) — every set of an alternative must be met, not one
SHAPES = [
    (r"[一-龥]{0,8}?(?:局|委员会)出具的(?:证明|意见)", "县民政局出具的证明", True),
    (r"[一-龥]{0,8}?(?:局|委员会)出具的(?:证明|意见)", "县民政局的意见和证明", False),    # no 出具: one set missed
    (r"[一-龥]{0,8}?(?:局|委员会)出具的(?:证明|意见)", "本人出具的证明", False),          # no body's ending
    (r"(?<!执法)[一-龥]{0,6}?协管员", "由社区协管员暂扣", True),
    (r"(?<!执法)[一-龥]{0,6}?协管员", "依法处理", False),
]


@pytest.mark.parametrize("pattern,text,hit", SHAPES)
def test_held_shapes(pattern, text, hit):
    rx = re.compile(pattern)
    held = Held(rx)
    assert (held.search(text) is not None) == hit == (rx.search(text) is not None)
    assert _spans(held.finditer(text)) == _spans(rx.finditer(text))


def test_held_untold():
    """A pattern whose keys cannot be told (a match may be empty, case-insensitive, any character) is searched as
    before."""
    for pattern in (r"a*", r"(?i)abc", r".", r"[^，]+"):
        rx = re.compile(pattern)
        held = Held(rx)
        for text in ("", "abc", "ABC", "，", "中文"):
            assert _spans(held.finditer(text)) == _spans(rx.finditer(text))


def _bare_nonholders(text: str) -> list[tuple[int, int]]:
    """``power.nonholders`` as it was before this round: the bare regex, nothing remembered."""
    out = []
    titles = [t.span() for t in re.finditer(r"《[^《》]*》", text)]
    for m in power.NONHOLDER.finditer(text):
        if any(a <= m.start() < b for a, b in titles) or power._ATTRIBUTE_AFTER.match(text, m.end()):
            continue
        brk = power._NAME_BREAK.match(m.group(0))
        start = m.start() + brk.end() if brk and brk.end() < len(m.group(0)) - 1 else m.start()
        out.append((start, m.end()) if power.NONHOLDER.fullmatch(text, start, m.end()) else (m.start(), m.end()))
    return out


def test_nonholders_unchanged():
    """Each text's nonholders as before, asked twice (the second answer remembered) and returned as a list the
    caller may change without changing the remembered one."""
    named = 0
    for text in TEXTS:
        first = power.nonholders(text)
        assert first == _bare_nonholders(text), text
        first.append((-1, -1))
        assert power.nonholders(text) == _bare_nonholders(text), text
        named += bool(first[:-1])
    assert named > (100 if DOCS.is_dir() else 5)


def test_readings_unchanged():
    """Every sentence's effects (power, fair-competition and takeover readings among them), burdens (papers,
    charges) and shaped phrases, read with the held patterns and with the bare ones: the same."""
    from review.norms import burden

    calls = []
    for text, header in CLAUSES + _fixture_texts() + ([] if not DOCS.is_dir() else
                                                      [(c.text, c.header) for p in sorted(DOCS.glob("*.txt"))[::6]
                                                       for c in split_clauses(read_document(p))]):
        calls += [(text[a:b], header, text[:a]) for a, b in sentence_spans(text)]

    def readings():
        effect.effects.cache_clear()
        effect.laid.cache_clear()
        power._nonholders.cache_clear()
        shapes.phrases.cache_clear()
        return [(effect.effects(s, h, b), burden.burdens(s, h, b, ""), shapes.phrases(s)) for s, h, b in calls]

    held = readings()
    saved = [(mod, name, getattr(mod, name)) for mod, name in (
        (power, "_NONHOLDER_SCAN"), (power, "_DECISION_OF_OTHER_SCAN"), (paper, "_ISSUED_SCAN"), (paper, "_JOINED_SCAN"),
        (paper, "_OPINION_SCAN"), (paper, "_ISSUER_PAPER_SCAN"), (entry, "_PICK_SCAN"), (shapes, "_OBJECT_FIRST_SCAN"),
        (takeover, "_BOUND"), (charge, "_LAWFUL_SCAN"))]
    try:
        for mod, name, value in saved:
            setattr(mod, name, value.rx)
        bare = readings()
    finally:
        for mod, name, value in saved:
            setattr(mod, name, value)
        effect.effects.cache_clear()
        effect.laid.cache_clear()
        power._nonholders.cache_clear()
        shapes.phrases.cache_clear()
    assert held == bare
    assert sum(bool(r[0]) for r in held) > (100 if DOCS.is_dir() else 5)
