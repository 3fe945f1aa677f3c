"""Round-18 speed shortcuts are exact (issues 11 and 12): each is compared with what it replaces, on the real
documents (../shared, when it is there) and on hand-written clauses of other sectors.

* ``firstchars.Keyed``: a regex searched only in a text that holds one of the keys every match needs
  (``key_scan``, from ``required_keys``) — the effect, burden, allotment and takeover readings' patterns that open
  with an optional word, a lookbehind or a class (the regex engine would try them at every character);
* ``match._gated_spans``: remembered (the effects' and the burdens' readings of a clause ask the same), and the
  first non-empty match of a gate concept decides instead of the list of all of them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from review import match
from review.clauses import split_clauses
from review.firstchars import Keyed, key_scan
from review.norms import allotment, analyse, burden, effect, measure, takeover
from review.readers import read_document
from review.rules import load_packs
from review.sentences import norm_spans, sentence_spans

DOCS = Path(__file__).resolve().parents[2] / "shared" / "data" / "documents" / "txt"
needs_docs = pytest.mark.skipif(not DOCS.is_dir(), reason="the real documents (../shared) are not here")
RULES = load_packs()
LEX = next(r.lexicon for r in RULES if r.kind == "text" and r.norm)

# (clause, list header): other sectors, the condition first or last, list items, lawful look-alikes
CLAUSES = [
    ("对拒不配合拆除的住户，由街道办事处协调供电企业暂停供电，直至其签订协议为止。", ""),
    ("（二）未按期缴纳物业费的，物业服务企业可以停止提供电梯服务；", "业主有下列行为之一的，按照以下规定处理："),
    ("渔船船主拒不参加安全培训的，乡镇人民政府取消其当年燃油补贴，并不得参加评优评先。", ""),
    ("任何单位和个人不得以未缴纳水费为由停止供水，法律、法规另有规定的从其规定。", ""),
    ("对违反本规定的摊贩，城管执法人员可以当场暂扣其经营工具，待其接受处理后返还。", ""),
    ("小区物业服务企业由街道办事处统一指定，业主委员会不得另行选聘。", ""),
    ("民办养老机构的床位费由县民政局统一核定，养老机构不得自行调整。", ""),
    ("村集体经济组织的年度收益分配方案须报镇人民政府审核同意后方可执行。", ""),
    ("（三）拒不执行劳动力每户出义务工五个工日的；", "村民有下列情形之一的，暂停发放其当年粮食补贴："),
    ("评标结果仅供参考，招标人可以另行确定中标人。", ""),
    ("县城区内新建住宅小区的燃气工程，一律由县燃气公司承建，其他企业不得进入。", ""),
    ("本办法自2026年1月1日起施行。", ""),
    ("", ""),
]

# every pattern this round searches keyed: (where, the Keyed object)
KEYED = ([(f"effect._PATTERNS[{i}] {kind}", rx) for i, (kind, rx) in enumerate(effect._PATTERNS)]
         + [(f"{mod.__name__}.{name}", getattr(mod, name)) for mod, names in (
             (effect, ("_PUBLIC",)),
             (allotment, ("_ASSIGN", "_OWNERSHIP_ONLY", "_PERSONNEL", "_BINDING", "_STATE_FIRM", "_SHED",
                          "_LOCAL_ACTOR")),
             (takeover, ("_OWNER_RX", "_BOUND", "_DECIDE")),
             (burden, ("_GENERAL", "_WAGES", "_MEANS", "_WITHHOLD", "_LABOUR")),
             (analyse, ("_JOINED_BEFORE",)),
             (measure, ("_BAR_AFTER", "_BAR_BEFORE", "_ORDERED_STOP", "_RELEASE"))) for name in names])


def _texts(step: int = 3) -> list[str]:
    """Sentences, list headers and whole clauses: of the hand-written clauses, and of every ``step``-th real
    document."""
    clauses = list(CLAUSES)
    if DOCS.is_dir():
        for path in sorted(DOCS.glob("*.txt"))[::step]:
            clauses += [(c.text, c.header) for c in split_clauses(read_document(path))]
    out: dict[str, None] = {}
    for text, header in clauses:
        out.update(dict.fromkeys([text, header, f"{header}{text}"]))
        out.update(dict.fromkeys(text[a:b] for a, b in sentence_spans(text)))
    return list(out)


TEXTS = _texts()


def _spans(matches) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.parametrize("where,keyed", KEYED, ids=[w for w, _ in KEYED])
def test_keyed_is_the_bare_regex(where, keyed):
    """Every search, match and finditer (from the start and from an offset) gives what the bare regex gives."""
    assert isinstance(keyed, Keyed), where
    rx = keyed.rx
    assert keyed.pattern == rx.pattern
    for text in TEXTS:
        m1, m2 = keyed.search(text), rx.search(text)
        assert (m1 and (m1.span(), m1.groups())) == (m2 and (m2.span(), m2.groups())), (where, text)
        assert _spans(keyed.finditer(text)) == _spans(rx.finditer(text)), (where, text)
        at = len(text) // 3
        m1, m2 = keyed.match(text, at), rx.match(text, at)
        assert (m1 and m1.span()) == (m2 and m2.span()), (where, text)
        assert _spans(keyed.finditer(text, at)) == _spans(rx.finditer(text, at)), (where, text)


def test_keyed_patterns_are_told():
    """Each pattern keyed this round has keys (a pattern whose keys cannot be told is searched as before, so keying
    it would only cost), and its matches in the real text hold one of them."""
    for where, keyed in KEYED:
        assert key_scan(keyed.rx) is not None, where
    found = 0
    for where, keyed in KEYED:
        scan = key_scan(keyed.rx)
        for text in TEXTS:
            for m in keyed.rx.finditer(text):
                if m.end() > m.start():
                    assert scan.search(m.group(0)), (where, m.group(0))
                    found += 1
    assert found > (50 if DOCS.is_dir() else 10)


# a hand-made table of patterns of the shapes keyed: (pattern, text, whether it matches)
SHAPES = [
    (r"(?<!自行)(强制|强行)?(拆除|查封)", "由县城管局强制拆除违法建筑", True),
    (r"(?<!自行)(强制|强行)?(拆除|查封)", "当事人应当自行拆除", False),          # the lookbehind: a key, no match
    (r"(?<!自行)(强制|强行)?(拆除|查封)", "依法处理", False),                   # no key at all
    (r"[^，。；]{1,8}(公司|机构)", "县燃气公司承建", True),
    (r"[^，。；]{1,8}(公司|机构)", "，公司", False),
    (r"(每户|每人)[^。；]{0,16}(出|投)[^，。；]{0,6}(义务工|劳务)", "每户出义务工五个", True),
    (r"[^。！？\n]*[；;]\s*$", "（一）按时缴纳卫生保洁费；", True),
    (r"[^。！？\n]*[；;]\s*$", "按时缴纳卫生保洁费。", False),
]


@pytest.mark.parametrize("pattern,text,hit", SHAPES)
def test_keyed_shapes(pattern, text, hit):
    rx = re.compile(pattern)
    keyed = Keyed(rx)
    assert (keyed.search(text) is not None) == hit == (rx.search(text) is not None)
    assert _spans(keyed.finditer(text)) == _spans(rx.finditer(text))


def test_key_scan_untold():
    """A pattern whose keys cannot be told (a match may be empty, case-insensitive, any character) is searched as
    before."""
    for pattern in (r"a*", r"(?i)abc", r".", r"[^，]+"):
        rx = re.compile(pattern)
        assert key_scan(rx) is None
        keyed = Keyed(rx)
        for text in ("", "abc", "ABC", "，", "中文"):
            assert _spans(keyed.finditer(text)) == _spans(rx.finditer(text))


def _bare():
    """The module patterns replaced by the bare regexes they key (what the readings were before this round)."""
    saved = []
    for where, keyed in KEYED:
        if where.startswith("effect._PATTERNS"):
            continue
        mod = {"review.norms.effect": effect, "review.norms.allotment": allotment, "review.norms.takeover": takeover,
               "review.norms.burden": burden, "review.norms.analyse": analyse,
               "review.norms.measure": measure}[where.rsplit(".", 1)[0]]
        name = where.rsplit(".", 1)[1]
        saved.append((mod, name, keyed))
        setattr(mod, name, keyed.rx)
    saved.append((effect, "_PATTERNS", effect._PATTERNS))
    effect._PATTERNS = tuple((kind, rx.rx) for kind, rx in effect._PATTERNS)
    return saved


def _readings(calls):
    effect.effects.cache_clear()
    effect.laid.cache_clear()
    return [(effect.effects(s, h, b), burden.burdens(s, h, b, ""), allotment.reservations(s), allotment.powers(s, h),
             allotment.local_demands(s, h), allotment.terms_and_awards(s, h), takeover.takeovers(s, h))
            for s, h, b in calls]


def test_effect_readings_unchanged():
    """Every sentence's effects, burdens, reservations, powers, local demands, fixed terms and takeovers, read with
    the keyed patterns and with the bare ones: the same, on the hand-written clauses and the real documents (each
    sentence with its list header and the clause before it, as ``match.could_lay`` reads them)."""
    calls = []
    for text, header in CLAUSES + ([] if not DOCS.is_dir() else
                                   [(c.text, c.header) for p in sorted(DOCS.glob("*.txt"))[::3]
                                    for c in split_clauses(read_document(p))]):
        calls += [(text[a:b], header, text[:a]) for a, b in sentence_spans(text)]
    keyed = _readings(calls)
    saved = _bare()
    try:
        bare = _readings(calls)
    finally:
        for mod, name, value in saved:
            setattr(mod, name, value)
        effect.effects.cache_clear()
        effect.laid.cache_clear()
    assert keyed == bare
    assert sum(bool(r[0]) for r in keyed) > (100 if DOCS.is_dir() else 5)    # many sentences lay effects


def _gated_before(text, lexicon, gate):
    """``match._gated_spans`` as it was: every match of each gate concept listed (over the sentences a norm is read
    in, without the article's number: round 30)."""
    spans = norm_spans(text)
    if not gate:
        return spans
    return [(s0, s1) for s0, s1 in spans if any(lexicon.find(n, text[s0:s1]) for n in gate)]


def test_gated_spans_unchanged():
    gates = [(), ("effect.act",), ("rights.burden",), ("effect.act", "rights.burden")]
    texts = [t for t, _ in CLAUSES]
    if DOCS.is_dir():
        texts += [c.text for p in sorted(DOCS.glob("*.txt"))[::4] for c in split_clauses(read_document(p))]
    kept = 0
    for text in texts:
        for gate in gates:
            now = match._gated_spans(text, LEX, gate)
            assert list(now) == _gated_before(text, LEX, gate), (text, gate)
            assert match._gated_spans(text, LEX, gate) == now         # remembered: the same answer
            kept += bool(gate) and bool(now)
    assert kept > 3
