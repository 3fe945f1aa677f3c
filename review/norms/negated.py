"""A consequence said NOT to follow (round 43, debt43): 不予处罚, 免予处罚, 不因此对其处以罚款, 不得因此扣押其经营工具,
不再对其作出行政处罚, 不没收其生产工具, 不作为对其实施行政处罚的依据. The clause spares or forbids the measure; it sets
none. Read once, by ``analyse.named_measure`` (a measure named, not laid): so the norm reading lays no sanction and
mentions no measure there (``sanctions_of``, ``_mentions``), and every penalty, coercion and sanction rule whose
pattern hit ends on the measure lets it be (``analyse.named_at``, from ``review.match._not_relieved``). One definition:
the lead words and what may stand between them and the measure are review/lexicons/sanctions.toml's
``sanction.negated`` and ``sanction.negated_ground`` (it replaced named_measure's ``_WAIVED_BEFORE`` and C-PENALTY-01's
own 不因此 guard).

An exemption negated in turn (不得免予处罚, 不因其事后补办而免予处罚) is a sanction that stands, and so is a denied
leniency (不予从轻处罚: 从轻 may not stand between the lead and the measure); a measure coordinated after a negated
one (不得因此对其停水、停电) is negated with it.
"""

from __future__ import annotations

import re
from pathlib import Path

from .lexicon import read_lexicon_file

_FILE = Path(__file__).resolve().parents[1] / "lexicons" / "sanctions.toml"
_SOURCES = {c.name: c.regex_source for c, _ in read_lexicon_file(_FILE)}

# the lead and its gap, closing where the measure begins
_LEAD = re.compile(f"(?:{_SOURCES['sanction.negated']})$")
_GROUND = re.compile(_SOURCES["sanction.negated_ground"])
# the measures coordinated before this one, each governed by the same lead (停水、停电、停气; 罚款或者限制)
_COORDINATED = re.compile(r"[^，。；、：:]{1,10}?(?:、|或者|以及|和|及|或)$")
# an exemption (免予/免于/不予) itself negated in its phrase: 不得免予处罚, 不因……而免予处罚
_EXEMPTION = re.compile(r"(?:免予|免于|不予)[^，。；]{0,4}$")
_NEGATED_BEFORE = re.compile(r"(?<![拒并决绝毫])不(?!予|再)[^，。；、]{0,20}$")


def consequence_negated(sentence: str, a: int, b: int) -> bool:
    """Whether the measure at [a, b) of ``sentence`` is a consequence said not to follow: a negating lead in its
    phrase governs it (``sanction.negated``, over measures coordinated before it), and the lead is not an exemption
    itself negated; or the measure is what a fact is said not to ground (``sanction.negated_ground``)."""
    if any(g.start() <= a and b <= g.end() for g in _GROUND.finditer(sentence)):
        return True
    before = sentence[:a]
    for _ in range(6):
        m = _LEAD.search(before)
        if m and m.end() > m.start():
            lead = before[m.start():]
            return not (_EXEMPTION.match(lead) and _NEGATED_BEFORE.search(before[:m.start()]))
        c = _COORDINATED.search(before)
        if c is None:
            return False
        before = before[:c.start()]
    return False
