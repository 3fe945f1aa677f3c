"""Exceptions of the upper provision (但书, 除…外, 法律另有规定的从其规定) that the clause leaves out."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .grading import grade
from .normalise import ComparisonText
from .phrases import CLAUSE_END, bounds, phrase, trim
from .roles import ORGAN, PARTY, actors, role_at, role_of
from .vocabulary import GENERIC_PROVISO, MODAL_RX, RELIEF_RX, UPPER_EXCEPTION_RXS

if TYPE_CHECKING:
    from .reading import Reading

PRESENT_SHARE = 0.5     # an exception this much of which is aligned with the clause is kept
WRITTEN_SHARE = 0.6     # ... or this share of whose word pairs (figures aside) the whole clause has anywhere
_NOT_WORDS = re.compile(r"[\d０-９.．%％〇零一二三四五六七八九十百千万两]+|^但(?:是)?|[^\u4e00-\u9fff]")


def upper_exception_ranges(upper: ComparisonText) -> tuple[list[tuple[int, int]], list[bool]]:
    """Comparison ranges of the upper text's exceptions, and for every character whether it is in one."""
    spans: list[tuple[int, int]] = []
    for rx in UPPER_EXCEPTION_RXS:
        for m in rx.finditer(upper.text):
            spans.append((m.start(), m.end()))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    in_exception = [False] * len(upper.chars)
    ranges = []
    for s, e in merged:
        inside = [j for j, start in enumerate(upper.starts) if s <= start < e]
        if not inside:
            continue
        for j in inside:
            in_exception[j] = True
        ranges.append((inside[0], inside[-1] + 1))
    return ranges, in_exception


def read_removed_exceptions(reading: Reading) -> None:
    upper = reading.upper
    restated = reading.restated_sentences()
    anchored = {reading.upper_sentence[j] for j in range(len(upper.chars))
                if reading.upper_to_clause[j] >= 0 and not reading.in_upper_exception[j]}
    for a, b in reading.upper_exceptions:
        kept = sum(1 for j in range(a, b) if reading.upper_to_clause[j] >= 0)
        if kept >= PRESENT_SHARE * (b - a):
            continue
        s, e = upper.span(a, b)
        exception = upper.text[s:e]
        if GENERIC_PROVISO in exception and GENERIC_PROVISO in reading.context:
            continue
        if written_in(exception, reading.context, _outside_exceptions(reading)):
            continue
        if own_exception_alike(exception, reading.context):
            continue   # 除依法当场收缴的罚款外 for 除依照本法第六十八条、第六十九条的规定当场收缴的罚款外: abbreviated   # 但…不得超过5年 kept as …不得超过2年 in another sentence of the clause: a cap the clause respects
        sentence = reading.upper_sentence[a]
        rest_of_sentence = [j for j in range(len(upper.chars))
                            if reading.upper_sentence[j] == sentence and not reading.in_upper_exception[j]]
        if rest_of_sentence:
            relevant = sentence in anchored and sentence in restated
        else:  # the exception is a sentence of its own: it qualifies the sentence before it, same paragraph
            previous = reading.upper_sentence[a - 1] if a > 0 else None
            relevant = (previous is not None and previous in anchored and previous in restated
                        and "\n" not in upper.text[upper.ends[a - 1]:s])
        if not relevant:
            continue
        trailing = exception.lstrip().startswith("但") or not rest_of_sentence
        clause_offset = reading.clause_offset_near(a - 1 if trailing and a > 0 else b, prefer_left=trailing)
        clause_span = phrase(reading.clause.text, clause_offset)
        if _figures_kept(upper.text[s:e], reading.clause.text[clause_span[0]:clause_span[1]]):
            continue   # 最长不得超过30日 written as 可延长到30日 where it stands: the clause states the limit itself
        s, e = trim(upper.text, s, e)
        exception = upper.text[s:e]
        case = _exception_case(upper.text, s, e)
        facts = {"case": case, "cited": reading.cites_upper}
        reading.add("exception_removed", grade("exception_removed", facts, exception=exception),
                    clause_span, (s, e))


OWN_EXCEPTION_RX = re.compile(r"除([^，。；]{2,40}?)(?:外|以外)")
OWN_EXCEPTION_SHARED = 3   # character pairs the clause's own 除……外 shares with the article's exception


def own_exception_alike(exception: str, context: str) -> bool:
    """Whether the clause writes its own 除……外 exception naming what the article's exception names (当场收缴的罚款):
    the exception kept in shorter words, its citation of other articles left out."""
    theirs = wording_pairs(exception)
    return any(len(wording_pairs(m.group(1)) & theirs) >= OWN_EXCEPTION_SHARED for m in OWN_EXCEPTION_RX.finditer(context))


def written_in(exception: str, context: str, rest_of_upper: str = "") -> bool:
    """Whether the clause (``context``, all of it) states the exception in other words or with another figure:
    most of the exception's own character pairs (figures, the leading 但 and the pairs the rest of the upper
    text also has aside) stand somewhere in it. 但是延长期限不得超过三十日 is not written by a clause that restates
    the article's 期限不得超过三十日: only 长期 is the exception's own, and the clause lacks it."""
    pairs = wording_pairs(exception) - wording_pairs(rest_of_upper)
    if len(pairs) < 2:
        return False
    return len(pairs & wording_pairs(context)) >= WRITTEN_SHARE * len(pairs)


def _outside_exceptions(reading: Reading) -> str:
    """The upper text without its exceptions, each exception's place a break."""
    upper = reading.upper
    parts, at = [], 0
    for a, b in reading.upper_exceptions:
        s, e = upper.span(a, b)
        parts.append(upper.text[at:s])
        at = e
    parts.append(upper.text[at:])
    return "|".join(parts)


def wording_pairs(text: str) -> set[str]:
    """The pairs of Chinese characters of ``text`` within each phrase, figures, 但(是) and non-Chinese left out."""
    core = "|".join(_NOT_WORDS.sub("|", part) for part in re.split(r"[，。；,;]", text))
    return {core[i:i + 2] for i in range(len(core) - 1) if "|" not in core[i:i + 2]}


def _figures_kept(exception: str, clause_text: str) -> bool:
    """Whether an exception that is a figure (a cap, a limit) is stated by the clause with the same figure."""
    from ..quantities import find_quantities

    wanted = {(q.dim, q.lo, q.hi) for q in find_quantities(exception)}
    if not wanted:
        return False
    said = {(q.dim, q.lo, q.hi) for q in find_quantities(clause_text)}
    said |= {(dim, hi, hi) for dim, lo, hi in said} | {(dim, lo, lo) for dim, lo, hi in said}
    return all(w in said or (w[0], w[2], w[2]) in said for w in wanted)


def _exception_case(text: str, s: int, e: int) -> str:
    """generic_proviso, relief, organ_duty or other: what leaving out exception text[s:e] does."""
    exception = text[s:e]
    if GENERIC_PROVISO in exception:
        return "generic_proviso"
    if RELIEF_RX.search(exception):
        return "relief"
    duty = MODAL_RX.search(exception)
    if (duty and duty.group("must") and not exception.rstrip("。；;，, ").endswith("除外")
            and role_at(text, s + duty.start()) == PARTY):
        return "party_duty"      # 但是应当提前半年以书面形式通知发包方: a duty of the party's the clause does not lay
        #                          (not ……应当由申请人到办公场所提出的除外, which narrows what the clause permits)
    sentence_start, sentence_end = bounds(text, s, CLAUSE_END)
    main = text[sentence_start:s] + text[e:sentence_end]
    modal = MODAL_RX.search(main)
    named = actors(main[:modal.start()]) if modal else []
    if modal and (modal.group("must") or modal.group("not")) and named and role_of(named[-1][2]) == ORGAN:
        return "organ_duty"      # (round 28: … or an organ's prohibition, 除依法应当退还、退赔的外，财政部门不得……返还:
        #                          left out, the organ is held the more, no party's right is touched)
    return "other"

