"""Round-27 speed shortcuts are exact (issues 11 and 12): each is compared with the eager path it replaces, on
hand-written clauses, the dev sets' clauses (U, S, Q and the breadth pool P) and the real documents (../shared, when
it is there).

* ``match.could_lay`` reads the effects of a clause's sentences (``effect.laid``, every kind) only when the condition
  asks for an effect's name: a condition that asks only for burdens (the rights, fee, proof and licence readings) no
  longer pays for the effect readings of its gated sentences — ``_laid_names`` gives effect names only, none of which
  is a burden's, so its answer could not change the result;
* ``burden.burdens`` is remembered (pure: frozen ``Burden``s of its four strings): the conditions over other gates
  than the rights burden's (a licence's gate word, a fee's flow, a paper word) read the same sentence again;
* ``burden.beside``: the paper, gate and charge readings alone (they are read whatever else a sentence bears), what
  ``could_lay`` reads for a condition asking only for their names (``BESIDE_NAMES``) — the burdens of ``burdens``
  with one of those names, in the same order, because no other reading gives one.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from review import match
from review.clauses import split_clauses
from review.norms import burden, effect
from review.readers import read_document
from review.rules import load_packs

DOCS = Path(__file__).resolve().parents[2] / "shared" / "data" / "documents" / "txt"
FIXTURES = Path(__file__).parent / "fixtures" / "rewordings"
# U, S, Q and the breadth pool P (dev material)
DEV_SETS = ("heldout_round26c", "heldout_round26", "heldout_round25", "devpool23")

# (clause, list header): one row a behaviour — a burden only (a relative barred, a paper of a third body, a fee paid
# to a body, a gate), an effect only (a supply cut, a nonholder fining, a bar for a period), both in one clause, an
# effect in the list header lent to the item, and the look-alikes (a cited basis, a protective negation, the
# government's own duty, a reservation of the law)
CLAUSES = [
    ("申请人的直系亲属有违法犯罪记录的，不予办理入学登记。", ""),                     # a burden on others
    ("申请人须提交户籍所在地村民委员会出具的家庭困难证明。", ""),                     # a third body's paper
    ("经营者应当向街道办事处缴纳市场管理费。", ""),                                   # a fee paid to a body
    ("未经社区备案的，不得开展装修施工。", ""),                                       # a gate (a filing)
    ("对拒不缴纳物业费的业主，由供水企业暂停供水。", ""),                             # a supply cut
    ("村民委员会对违反村规民约的村民处以二百元罚款。", ""),                           # a nonholder fines
    ("情节严重的，暂停其投标资格一年。", ""),                                         # a bar for a period
    ("申请人须提交无犯罪记录证明，拒不提交的，暂停办理其营业执照。", ""),             # a burden and an effect
    ("（二）拖欠物业服务费的；", "业主有下列情形之一的，暂停为其出具各类证明："),       # the header's measure
    ("依照《城镇排水与污水处理条例》第二十一条，排水户应当办理排水许可证。", ""),       # a cited basis
    ("任何单位不得要求申请人提交其亲属的无犯罪记录证明。", ""),                       # a protective negation
    ("县人民政府应当保障供水，不得擅自停止供水。", ""),                               # the government's own duty
    ("法律、法规另有规定的，从其规定。", ""),                                         # a reservation
    ("本办法自2026年1月1日起施行。", ""),
    ("", ""),
]


def _fixture_clauses() -> list[tuple[str, str]]:
    out = []
    for folder in DEV_SETS:
        for path in sorted((FIXTURES / folder).glob("*.toml")):
            for case in tomllib.loads(path.read_text(encoding="utf-8")).get("case", []):
                out.append((case["text"], case.get("header", "")))
    return out


def _clauses(step: int = 3) -> list[tuple[str, str]]:
    """The hand-written clauses, the dev sets' clauses and those of every ``step``-th real document."""
    out = list(CLAUSES) + _fixture_clauses()
    if DOCS.is_dir():
        for path in sorted(DOCS.glob("*.txt"))[::step]:
            out += [(c.text, c.header) for c in split_clauses(read_document(path))]
    return list(dict.fromkeys(out))


CLAUSE_SET = _clauses()


def _conditions():
    """Every norm condition of the packs that asks for an effect or a burden, with its rule's lexicon, once."""
    seen: dict = {}
    for rule in load_packs():
        for cond in rule.norm or ():
            if cond.effect:
                seen.setdefault((cond.effect, tuple(cond.any), tuple(cond.clause_any), id(rule.lexicon)),
                                (cond, rule.lexicon))
    return list(seen.values())


CONDITIONS = _conditions()


def _eager_could_lay(cond, text: str, header: str, lexicon=None) -> bool:
    """``could_lay`` as it was before round 27: the effects read for every condition, burdens or not."""
    wanted = cond.effect
    gate = tuple(cond.any) if cond.any and not cond.clause_any and lexicon is not None else ()
    if gate and header and (match.header_lays(lexicon, gate, header, text)
                            or "others" in wanted and match.kin_bear_header(header, text)):
        gate = ()
    if not match._laid_names(text, header, lexicon if gate else None, gate).isdisjoint(wanted):
        return True
    return not match.BURDEN_NAMES_SET.isdisjoint(wanted) and \
        not match._burden_names(text, header, lexicon if gate else None, gate).isdisjoint(wanted)


def test_names_apart():
    # the shortcut's premise: no effect name is a burden name, and every condition asks for names of one or the other
    assert match.EFFECT_NAMES_SET.isdisjoint(match.BURDEN_NAMES_SET)
    assert match.EFFECT_NAMES_SET == frozenset(effect.NAMES)
    assert CONDITIONS and all(set(c.effect) <= match.EFFECT_NAMES_SET | match.BURDEN_NAMES_SET for c, _ in CONDITIONS)
    # both kinds of condition are asked (else the test below would not test the shortcut)
    assert any(match.EFFECT_NAMES_SET.isdisjoint(c.effect) for c, _ in CONDITIONS)
    assert any(not match.EFFECT_NAMES_SET.isdisjoint(c.effect) for c, _ in CONDITIONS)


@pytest.mark.parametrize("text,header", CLAUSES)
def test_could_lay_hand_clauses(text, header):
    for cond, lexicon in CONDITIONS:
        assert match.could_lay(cond, text, header, lexicon) == _eager_could_lay(cond, text, header, lexicon), \
            (cond.effect, text)


def test_could_lay_dev_and_real_clauses():
    differ, laid = [], 0
    for text, header in CLAUSE_SET:
        if not text:
            continue
        for cond, lexicon in CONDITIONS:
            got = match.could_lay(cond, text, header, lexicon)
            laid += got
            if got != _eager_could_lay(cond, text, header, lexicon):
                differ.append((cond.effect, header, text))
    assert not differ, differ[:5]
    assert laid        # some clauses do lay what a condition asks (the comparison is not all False)


def _sentence_parts(text: str):
    from review.sentences import sentence_spans

    for s0, s1 in sentence_spans(text):
        yield text[s0:s1], text[:s0], text[s1:]


def test_burdens_remembered_same_as_read_afresh():
    bare = burden.burdens.__wrapped__
    burden.burdens.cache_clear()
    found = 0
    for text, header in CLAUSE_SET:
        for sentence, before, after in _sentence_parts(text):
            fresh = bare(sentence, header, before, after)
            assert burden.burdens(sentence, header, before, after) == fresh
            assert burden.burdens(sentence, header, before, after) == fresh     # the remembered answer
            found += bool(fresh)
    assert found


@pytest.mark.parametrize("text,header,name", [
    ("申请人的直系亲属有违法犯罪记录的，不予办理入学登记。", "", "others"),
    ("申请人须提交户籍所在地村民委员会出具的家庭困难证明。", "", "paper"),
    ("依照《城镇排水与污水处理条例》第二十一条，排水户应当办理排水许可证。", "", None),    # a cited basis
    ("法律、法规另有规定的，从其规定。", "", None),
])
def test_burdens_remembered_rows(text, header, name):
    # hand rows: what a sentence bears, asked twice (the second answer the remembered one)
    for _ in range(2):
        names = {b.name for b in burden.burdens(text, header, "", "")}
        assert (name in names) if name else not names


def test_beside_is_burdens_of_its_names():
    bare = burden.burdens.__wrapped__
    found = 0
    for text, header in CLAUSE_SET:
        for sentence, before, after in _sentence_parts(text):
            every = bare(sentence, header, before, after)
            # no reading before the three gives one of their names (else a beside-only condition could miss it)
            assert tuple(b for b in every if b.name in burden.BESIDE_NAMES) == every[len(every) - len(
                burden.beside(sentence, header, before, after)):], (header, sentence)
            assert burden.beside(sentence, header, before, after) == \
                tuple(b for b in every if b.name in burden.BESIDE_NAMES)
            found += bool(burden.beside(sentence, header, before, after))
    assert found
    assert burden.BESIDE_NAMES == frozenset(("paper", "on_file", "gated", "charged", "levied"))


@pytest.mark.parametrize("text,header,name", [
    ("申请人须提交户籍所在地村民委员会出具的家庭困难证明。", "", "paper"),        # a paper: beside
    ("经营者应当向街道办事处缴纳市场管理费。", "", None),                          # (checked against burdens below)
    ("申请人的直系亲属有违法犯罪记录的，不予办理入学登记。", "", None),            # a rights burden only: not beside
    ("依照《城镇排水与污水处理条例》第二十一条，排水户应当办理排水许可证。", "", None),  # a cited basis
])
def test_beside_rows(text, header, name):
    names = {b.name for b in burden.beside(text, header, "", "")}
    assert names == {b.name for b in burden.burdens(text, header, "", "")} & burden.BESIDE_NAMES
    if name:
        assert name in names
