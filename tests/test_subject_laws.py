"""review.subject_laws: the laws a clause's own subject names, found from an index of title pairs exactly as a scan
of every law in force finds them."""

from __future__ import annotations

import pytest

from review.governing import _laws_in_force
from review.subject_laws import NAMED_LAWS, SUBJECT_SHARE, TITLE_PAIRS, named_by_title
from review.compare.matter import cjk_pairs

AS_OF = "2026-12-02"

PROBES = [
    "申请最低生活保障的，应当由申请人本人提出书面申请，不得委托他人代为申请。",     # 社会救助
    "居住证持有人可以向居住地的公安派出所申请办理居住证签注。",                  # 居住证
    "当事人申请听证的，应当在收到听证告知书之日起三日内提出。",                  # no title's subject
    "用人单位违反本规定，未按时足额缴纳社会保险费的，由社会保险费征收机构责令限期缴纳。",
    "",
]


def _scan(store, probe: str) -> list[int]:
    """named_by_title as a scan of every law in force (what the index must give)."""
    mine = cjk_pairs(probe)
    out = []
    for w, core in _laws_in_force(store, AS_OF):
        pairs = cjk_pairs(core)
        if pairs and len(pairs & mine) >= min(len(pairs), max(TITLE_PAIRS, SUBJECT_SHARE * len(pairs))):
            out.append((len(pairs & mine) / len(pairs), w["work_id"]))
    return [w for _, w in sorted(out, reverse=True)[:NAMED_LAWS]]


@pytest.mark.parametrize("probe", PROBES)
def test_named_by_title_is_the_scan_of_every_law(corpus, probe):
    assert named_by_title(corpus, probe, AS_OF) == _scan(corpus, probe)


def test_pairs_are_the_adjacent_cjk_characters():
    # a pair never spans a character outside U+4E00–U+9FFF (digits, punctuation, Latin)
    assert cjk_pairs("居住证1号，A社会") == frozenset({"居住", "住证", "社会"})
    assert cjk_pairs("abc") == frozenset()
