"""Round-16 speed shortcuts are exact (issue 12): each is compared with the computation it replaces, on the real
documents (../shared, when it is there) and on hand-written clauses of other sectors.

* ``effect.laid`` is remembered: every rule whose norm condition asks for an effect reads the same sentence again;
* ``ClauseHits`` looks the clause's keys up once: ``norm_readers`` gets ``Lexicon.possible`` of the clause and its
  header (``possible_among`` of the norm names is that, among them) and ``read`` gets the same set as ``within`` (a
  superset of the clause's own: it only skips scans);
* ``header_force`` scans a lending header only for the concepts that may occur in it;
* ``agencies._maker_rx`` compiles each renamed body's pattern once.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from review.clauses import split_clauses
from review.firstchars import joined_keys, text_keys
from review.match import ClauseHits, norm_readers
from review.norms import effect
from review.norms.analyse import _MARKED, forbidden, header_force, read
from review.readers import read_document
from review.rule_index import rule_index
from review.rules import load_packs

DOCS = Path(__file__).resolve().parents[2] / "shared" / "data" / "documents" / "txt"
needs_docs = pytest.mark.skipif(not DOCS.is_dir(), reason="the real documents (../shared) are not here")
RULES = load_packs()
TEXT_RULES = tuple(r for r in RULES if r.kind == "text")
LEX = next(r.lexicon for r in TEXT_RULES if r.norm)

# (clause, list header): other sectors, the condition first or last, list items under a header that lends a duty
CLAUSES = [
    ("对拒不配合拆除的住户，由街道办事处协调供电企业暂停供电，直至其签订协议为止。", ""),
    ("（二）未按期缴纳物业费的，物业服务企业可以停止提供电梯服务；", "业主有下列行为之一的，按照以下规定处理："),
    ("渔船船主拒不参加安全培训的，乡镇人民政府取消其当年燃油补贴，并不得参加评优评先。", ""),
    ("养殖户应当在每年三月底前向村委会报告存栏数量，并承诺不在禁养区内新建圈舍。", ""),
    ("（三）营业执照复印件；", "申请人应当提交下列材料："),
    ("（一）按时缴纳卫生保洁费；", "经营户应当履行下列义务："),
    ("任何单位和个人不得以未缴纳水费为由停止供水，法律、法规另有规定的从其规定。", ""),
    ("供水企业因工程施工需要停止供水的，应当提前二十四小时通知用户。", ""),
    ("校外培训机构未经审批擅自开办的，由县教育局会同市场监管部门依法予以取缔，并没收违法所得。", ""),
    ("对违反本规定的摊贩，城管执法人员可以当场暂扣其经营工具，待其接受处理后返还。", ""),
]


def _real_clauses(step: int = 4):
    if not DOCS.is_dir():
        return []
    out = []
    for path in sorted(DOCS.glob("*.txt"))[::step]:
        out += split_clauses(read_document(path))
    return out


REAL = _real_clauses()


@pytest.mark.parametrize("sentence,header", CLAUSES)
def test_laid_remembered_is_the_fresh_reading(sentence, header):
    fresh = effect.laid.__wrapped__(sentence, header, "")
    assert effect.laid(sentence, header, "") == fresh
    assert effect.laid(sentence, header, "") is effect.laid(sentence, header, "")    # the second ask is remembered
    assert fresh == tuple(e for e in effect.effects(sentence, header, "") if e.laid)


def test_laid_finds_the_effects_it_should():
    # the reading itself is unchanged (tests/test_effect15.py has the rest): a supply withheld as leverage is laid,
    # the supplier's own notice of works is not
    assert [e.name for e in effect.laid(CLAUSES[0][0])] == ["supply"]
    assert effect.laid(CLAUSES[7][0]) == ()
    assert effect.laid(CLAUSES[6][0]) == ()        # a protective prohibition with a reservation


@pytest.mark.parametrize("text,header", CLAUSES + [(c.text, c.header) for c in REAL[::7]])
def test_joined_keys_from_known_keys(text, header):
    assert joined_keys(text, "\n", header, text_keys(text)) == joined_keys(text, "\n", header) \
        == text_keys(f"{text}\n{header}" if text else f"\n{header}")


def _one_lookup_cases():
    return CLAUSES + [(c.text, c.header) for c in REAL if c.text]


@pytest.mark.parametrize("text,header", _one_lookup_cases()[:400])
def test_one_key_lookup_gives_the_same_readers_and_readings(text, header):
    """``norm_readers`` from ``Lexicon.possible`` of the clause and header = from ``possible_among`` of the norm
    names; ``read`` within that set = within the clause's own possible concepts = sentence by sentence."""
    index = rule_index(TEXT_RULES)
    hits_of = ClauseHits(TEXT_RULES, index, (), frozenset())
    keys = text_keys(text)
    candidates = index.pattern_candidates(keys)
    joined = joined_keys(text, "\n", header, keys)
    possible = LEX.possible(text, joined)
    assert possible & index.norm_names == LEX.possible_among(index.norm_names, f"{text}\n{header}", joined)
    assert norm_readers(hits_of, set(candidates), text, header, possible=possible) == \
        norm_readers(hits_of, set(candidates), text, header, joined)
    assert possible >= LEX.possible(text, keys)
    wanted = hits_of.wanted
    one = read(text, LEX, header, wanted, (), None, possible)
    own = read(text, LEX, header, wanted, (), None, LEX.possible(text, keys))
    by_sentence = read(text, LEX, header, wanted, ())
    strip = lambda rs: [(r.start, r.end, r.mentions, r.preconditions, r.sanctions) for r in rs]   # noqa: E731
    assert strip(one) == strip(own) == strip(by_sentence)


@needs_docs
def test_the_real_clauses_were_read():
    assert len(REAL) > 2000 and sum(1 for c in REAL if c.header and _MARKED.match(c.text)) > 100


def _full_scan_names(header: str, wanted) -> frozenset[str]:
    """What ``header_force`` lent before: every wanted concept scanned over the header."""
    return frozenset(n for n in wanted if not n.startswith("condition.") for a, b in LEX.find(n, header)
                     if not forbidden(LEX, header, a, b))


@pytest.mark.parametrize("header", sorted({h for _, h in CLAUSES if h} | {c.header for c in REAL if c.header}))
def test_header_force_scans_only_what_may_occur(header):
    wanted = ClauseHits(TEXT_RULES, rule_index(TEXT_RULES), (), frozenset()).wanted
    force = header_force(LEX, header, tuple(wanted))
    if force is not None and force.modal == "duty" and force.mentions:
        assert force.mentions == _full_scan_names(header, wanted)
    if force is not None and force.mentions:
        assert force.mentions <= _full_scan_names(header, wanted)


def test_a_lending_header_still_lends():
    wanted = ClauseHits(TEXT_RULES, rule_index(TEXT_RULES), (), frozenset()).wanted
    force = header_force(LEX, "经营户应当缴纳下列款项：", tuple(wanted))
    assert force is not None and force.modal == "duty"
    assert force.mentions == _full_scan_names("经营户应当缴纳下列款项：", wanted)


def test_maker_pattern_compiled_once():
    from review.agencies import _maker_rx

    rx = _maker_rx("卫生和计划生育委员会")
    assert rx is _maker_rx("卫生和计划生育委员会")
    assert rx.match("深圳市卫生和计划生育委员会").group(0) == "深圳市卫生和计划生育委员会"
    assert rx.match("卫生和计划生育委员会办公室")
    assert rx.match("市卫生健康委员会") is None


def _own_recounting(rx, text):
    """What ``kinds._own`` computed before: the brackets before each match counted from the start."""
    from review.kinds import _CITED_ORDER

    for m in rx.finditer(text):
        if _CITED_ORDER.search(text[max(0, m.start() - 8):m.start()]):
            continue
        if text[:m.start()].count("《") - text[:m.start()].count("》") > 0:
            continue
        return m
    return None


@pytest.mark.parametrize("text", [
    "",
    "本办法自发布之日起施行。",
    "根据《某省条例》（省政府令第3号）制定本办法。本办法自2020年1月1日起施行。",
    "《关于印发〈某办法〉的通知》自发布之日起施行。本通知自发布之日起施行，有效期五年。",
    "依照《某法》第十条“自发布之日起施行”的规定；本规定自公布之日起施行",
])
def test_own_counts_brackets_on_from_the_match_before(text):
    import re

    from review.kinds import _own

    for rx in (re.compile(r"自[^。；]{0,12}(施行|起施行)"), re.compile(r"有效期[^。；]{0,6}"), re.compile(r"令第\d+号")):
        a, b = _own(rx, text), _own_recounting(rx, text)
        assert (a and a.span()) == (b and b.span())


@needs_docs
def test_own_on_real_documents_is_the_recounting():
    import re

    from review.kinds import _own

    rxs = [re.compile(p) for p in (r"自[^。；\n]{0,16}施行", r"有效期[^。；\n]{0,8}", r"令第\d+号", r"第[一二三四五六七八九十]+条")]
    for path in sorted(DOCS.glob("*.txt"))[::3]:
        text = path.read_text(encoding="utf-8")
        for rx in rxs:
            a, b = _own(rx, text), _own_recounting(rx, text)
            assert (a and a.span()) == (b and b.span()), path.name


def _validity_all_tests(text: str) -> str:
    """What ``metadata.find_validity`` computed before: the dates scanned in every sentence, then the subject."""
    import re

    from review.metadata import _EFFECTIVE, _HOLDER, _SELF, _VALID_STATEMENT, end_date, squash

    found = ""
    for s in re.split(r"(?<=[。；;])", text):
        flat = squash(s.replace("\n", ""))
        stated = [m for m in _VALID_STATEMENT.finditer(flat) if not _HOLDER.search(flat[:m.start()])]
        if (stated or end_date(flat)) and (_SELF.search(flat) or _EFFECTIVE.search(flat)):
            found = s.replace("\n", "").strip()
    return found


@pytest.mark.parametrize("text", [
    "本办法自2020年1月1日起施行，有效期五年。",
    "居住证有效期为一年。本规定自发布之日起施行。",
    "本方案执行期限为2016年1月1日至2018年12月31日。",
    "自2008年5月1日至2013年4月30日施行。持证人应当在有效期届满前申请换证。",
    "本通知自印发之日起施行，2025年12月31日废止；原通知同时废止。",
    "许可证有效期至2025年12月31日。",
])
def test_validity_asks_the_subject_first(text):
    from review.metadata import find_validity

    assert find_validity(text) == _validity_all_tests(text)


@needs_docs
def test_validity_of_real_documents_is_unchanged():
    from review.metadata import find_validity

    found = 0
    for path in sorted(DOCS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        got = find_validity(text)
        assert got == _validity_all_tests(text), path.name
        found += bool(got)
    assert found > 10


# clauses where a sentence lays an effect or a burden, and look-alikes where none does (a protective prohibition, the
# supplier's own notice, a basis cited, another body's act described)
LAY_CASES = [
    ("对拒不配合拆除的住户，由街道办事处协调供电企业暂停供电，直至其签订协议为止。", "", True),
    ("拒不参加垃圾分类培训的商户，社区暂停为其办理门前三包备案手续。", "", True),
    ("对不听劝阻的摊贩，执法人员可以将其带离现场进行教育。", "", True),
    ("家庭成员有违法犯罪记录的，申请人不得参加公益性岗位招聘。", "", True),
    ("任何单位和个人不得以未缴纳物业费为由停止供水、供电。", "", False),
    ("供水企业因工程施工需要停止供水的，应当提前二十四小时通知用户。", "", False),
    ("依照《中华人民共和国行政强制法》第四十四条的规定，由县人民政府责令限期拆除。", "", False),
    ("本办法自2024年1月1日起施行。", "", False),
]


@pytest.mark.parametrize("text,header,lays", LAY_CASES)
def test_could_lay_is_false_only_where_no_effect_condition_is_met(text, header, lays):
    """``match.could_lay``: False only where ``where_met`` of every effect condition is empty over the clause's norms
    (it reads each sentence as ``where_met`` does, before the filters ``where_met`` applies first)."""
    from review.match import could_lay, norms_of
    from review.norms.conditions import where_met

    rules = [r for r in TEXT_RULES if any(c.effect for c in r.norm)]
    assert len(rules) >= 5
    any_lays = False
    for r in rules:
        norms = norms_of(r, text, header)
        for cond in r.norm:
            if not cond.effect:
                continue
            if not could_lay(cond, text, header, r.lexicon):
                assert where_met(cond, norms, r.lexicon, text) == [], (r.id, text)
            if could_lay(cond, text, header):
                any_lays = True
            else:                                  # (without the gate it reads every sentence: never fewer)
                assert not could_lay(cond, text, header, r.lexicon)
    assert any_lays == lays


@needs_docs
def test_could_lay_on_real_clauses():
    from review.match import could_lay, norms_of
    from review.norms.conditions import where_met

    rules = [r for r in TEXT_RULES if any(c.effect for c in r.norm)]
    skipped = 0
    for clause in REAL[::3]:
        if not clause.text:
            continue
        for r in rules:
            for cond in r.norm:
                if cond.effect and not could_lay(cond, clause.text, clause.header, r.lexicon):
                    skipped += 1
                    assert where_met(cond, norms_of(r, clause.text, clause.header), r.lexicon, clause.text) == []
    assert skipped > 1000


def test_could_meet_in_is_could_meet_over_one_set():
    """``ClauseHits.could_meet_in`` (each condition's ``condition_needs``) answers what ``could_meet`` answers over
    NormsFound(held, held, held), for every rule with norm conditions, on the names real clauses could hold."""
    import random

    from review.norms.conditions import NormsFound, could_meet

    index = rule_index(TEXT_RULES)
    hits_of = ClauseHits(TEXT_RULES, index, (), frozenset())
    helds = [LEX.possible(c.text, joined_keys(c.text, "\n", c.header)) for c in REAL[::25]]
    helds += [LEX.possible(t, joined_keys(t, "\n", h)) for t, h in CLAUSES]
    rng = random.Random(16)
    names = sorted(index.norm_names)
    helds += [frozenset(rng.sample(names, k)) for k in (0, 1, 3, 10, 40, 120) for _ in range(5)]
    met = 0
    for held in helds:
        found = NormsFound(held, held, held)
        for i in index.norm:
            r = TEXT_RULES[i]
            want = any(could_meet(c, found, r.lexicon) for c in r.norm)
            assert hits_of.could_meet_in(i, held) == want, r.id
            met += want
    assert met > 100
