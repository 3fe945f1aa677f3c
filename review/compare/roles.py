"""Who acts where: the actors a text names and whose duty or time limit stands at an offset."""

from __future__ import annotations

from .phrases import CLAUSE_END, ITEM_RX, PHRASE_END, SENTENCE_END, bounds
from .vocabulary import ACTOR_RX, MODAL_RX, ORGAN_KINDS, PUBLIC_KINDS

ORGAN, PARTY, UNKNOWN = "organ", "party", "unknown"
SENTENCES_BACK = 3      # how many sentences before a subjectless one are searched for its topic


def actors(text: str) -> list[tuple[int, int, str]]:
    """(start, end, actor kind) of every actor named in ``text``."""
    return [(m.start(), m.end(), m.lastgroup or "") for m in ACTOR_RX.finditer(text)]


def role_of(kind: str) -> str:
    """'organ' for a public body, 'party' for the public, 'unknown' otherwise."""
    if kind in ORGAN_KINDS:
        return ORGAN
    if kind in PUBLIC_KINDS:
        return PARTY
    return UNKNOWN


def role_at(text: str, pos: int) -> str:
    """Whose duty or time limit stands at ``pos``: 'organ', 'party' or 'unknown'.

    The actor before the modal verb in the same phrase; else the last actor before ``pos`` in the phrase;
    else the topic (first actor) of the sentence; else the topic of the sentences before it.
    """
    sentence_start, _ = bounds(text, pos, SENTENCE_END)
    phrase_start, _ = bounds(text, pos, PHRASE_END)
    modal = None
    for m in MODAL_RX.finditer(text, phrase_start, pos):
        modal = m
    if modal is not None:
        named = actors(text[phrase_start:modal.start()])
        if named:
            return role_of(named[-1][2])
        pos = modal.start()  # "当事人…的，应当在行政机关告知后五日内": the subject is the topic, not 行政机关
    else:
        named = actors(text[phrase_start:pos])
        if named:
            return role_of(named[-1][2])
    named = actors(text[sentence_start:pos])
    if named:
        return role_of(named[0][2])
    if ITEM_RX.match(text, sentence_start):  # an enumerated item: its subject is in the header before the list
        colon = text.rfind("：", 0, sentence_start)
        if colon < 0:
            colon = text.rfind(":", 0, sentence_start)
        if colon > 0:
            header_start, _ = bounds(text, colon - 1, CLAUSE_END)
            named = actors(text[header_start:colon])
            if named:
                return role_of(named[0][2])
    end = sentence_start - 1
    for _ in range(SENTENCES_BACK):
        if end <= 0:
            break
        start, _ = bounds(text, end - 1, SENTENCE_END) if end - 1 >= 0 else (0, 0)
        named = actors(text[start:end])
        if named:
            return role_of(named[0][2])
        end = start - 1
    return UNKNOWN

