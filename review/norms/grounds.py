"""A list whose header names a consequence and whose items are its grounds, read back as the one sentence it means.

“有下列情形之一的，取消其补贴资格：（三）未落实计划生育政策的；” says “未落实计划生育政策的，取消其补贴资格。” — the
ground in the item, the consequence in the header. Read apart, neither part holds the problem: the item names no
measure, the header no ground. Read as one sentence, every rule and every exemption of a rule (the fraud in the same
application, the benefit's own term, a ground the upper law sets, a consequence with no violation before it) sees
both parts together, as it does where a drafter writes the sentence whole.

``grounds_sentence`` gives that sentence and where its consequence starts; ``review.match.ClauseHits`` reviews it for
an item and keeps what falls on the consequence and the header alone does not already say. Pure: text in, text out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..sentences import sentence_spans

# 有下列情形之一的，/ 经营户有以下行为之一的， — the items are the cases, what follows the comma is the consequence
_GROUNDS_HEADER = re.compile(r"(下列|以下|如下)[^，,。；;：:]{0,6}(情形|行为|情况)之一的?[，,]")
# an item's number: （三） 3. 三、
_ITEM_NUMBER = re.compile(r"^\s*([（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．])\s*")
_CLOSING = "；;。，,：: \t\u3000"


@dataclass(frozen=True, slots=True)
class GroundsSentence:
    """An item and its header as one sentence: ``text`` = the item's ground + "，" + the header's consequence;
    ``consequence_at`` where the consequence starts in ``text``; ``item_start``/``item_end`` the item's own words
    (after its number) in the item text, which a finding of the sentence quotes."""

    text: str
    consequence_at: int
    item_start: int
    item_end: int


def grounds_sentence(item: str, header: str) -> GroundsSentence | None:
    """The one sentence a numbered ``item`` and its grounds ``header`` (有下列情形之一的，[consequence]：) mean, or
    None: no header, an unnumbered line, a header that does not end in a colon or names no consequence after its
    grounds, or an item that is itself a whole rule (its first sentence has its own comma: the item says what it
    means)."""
    if not header or not header.rstrip().endswith(("：", ":")):
        return None
    m = _GROUNDS_HEADER.search(header)
    number = _ITEM_NUMBER.match(item)
    if m is None or number is None:
        return None
    consequence = header[m.end():].rstrip(_CLOSING)
    if len(consequence) < 2:
        return None
    spans = sentence_spans(item)
    if not spans:
        return None
    first_end = spans[0][1]
    ground = item[number.end():first_end].rstrip(_CLOSING)
    if len(ground) < 2 or re.search(r"[，,]", ground[:-1]) and not ground.endswith("的"):
        return None
    joined = ground if ground.endswith("的") else f"{ground}的"
    return GroundsSentence(f"{joined}，{consequence}。", len(joined) + 1, number.end(), number.end() + len(ground))


def lends_consequence(ground: str, lexicon) -> bool:
    """Whether the header's consequence may be read onto an item whose ground is ``ground``: only where the ground is
    unrelated to what is withheld by concept (``ground.unrelated``: a private debt to a third party, non-cooperation
    with an unrelated campaign or a petition, a relative's conduct) and names none of the benefit's own terms
    (``ground.own_term``: misuse, leaving the area, no longer qualifying, false information, the benefit's own rent).
    A benefit's own rules are lawful grounds to withhold it (D146's housing misuse, D145's 户籍迁出, D065's false
    information in a 积分入户 application); lending the consequence to them made wrong findings. No lexicon (a
    rule set with no norm rules): nothing is lent."""
    if lexicon is None or "ground.unrelated" not in lexicon or "ground.own_term" not in lexicon:
        return False
    return bool(lexicon.rx("ground.unrelated").search(ground)) and not lexicon.rx("ground.own_term").search(ground)
