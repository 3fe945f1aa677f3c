"""A rule carried over the case the upper article rules otherwise (亦同, 亦不例外, 也应当, 同样需要).

The clause states a rule (M) and then names a case (S) with a sameness marker: 复检费用由复检申请人承担，复检结论表明
食品合格的也不例外. Both slots are open: S is whatever stands before the marker in its phrase (or the phrase before,
when the marker opens its phrase), M is the rest of the clause. The case is the article's own when the article has a
stretch naming it (most of S's character pairs); the article rules it otherwise when that stretch is an exemption
(但/除外/不属于/无须/免于…, or a permission 可以 where the clause lays a duty), or when it is a sibling of the stretch M
restates (the same sentence pattern with another figure, bearer or body: 机关、事业单位……30日内 beside
大型企业……60日内). Guards: the article carries its rule over the case itself (亦/也/同样/适用前款), an organ's own
discretion (行政机关可以收取), a case the article does not name (门店, 赠与), a stretch the rule M itself restates."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .exceptions import wording_pairs
from .grading import grade

if TYPE_CHECKING:
    from .reading import Reading

MARKER_RX = re.compile(r"(?:亦|也|同样)(?:不例外|同(?![意时])|适用|应当|须|需要|需|要|照此|按照|依照|按此)")
PHRASE_END = "，,；;。：:\n"
SEGMENT_RX = re.compile(r"[^。；;\n]+")
ITEM_RX = re.compile(r"^\s*[（(][一二三四五六七八九十]+[)）]")
EXEMPT_RX = re.compile(r"但|除外|不属于|不需要|无须|无需|免于|免予|不适用|不受[^，。；]{0,6}限制|可以提高|可以不")
MUST_RX = re.compile(r"应当|一律|不得|必须|须|需要")
MAY_RX = re.compile(r"可以")
ORGAN_MAY_RX = re.compile(r"(?:机关|部门|政府|局|委员会|机构)[^，。；]{0,4}可以")
# round 39 (force39): the article lets the case proceed by a permission path (因施工等特殊情况需要使用明火作业的，应当按照
# 规定事先办理审批手续: 消防法 第二十一条) where the clause forbids it outright (一律禁止……亦不例外)
PERMISSION_PATH_RX = re.compile(r"审批手续|(?:经|报)[^，。；]{0,20}?(?:批准|同意|许可)|取得[^，。；]{0,12}?(?:许可|批准|证明)")
FORBID_RX = re.compile(r"禁止|不得|严禁|一律不")
CARRIED_RX = re.compile(r"亦|也(?:应当|适用|不得)|同样|适用前款|依照前款|参照前款|依照本条")
NAMED_SHARE = 0.5      # share of the case's character pairs the article's stretch has
NAMED_MIN = 3
SIBLING_SHARE = 0.4    # share of the smaller stretch's pairs two sibling stretches have in common


def read_extended_cases(reading: Reading) -> None:
    clause = reading.clause.text
    upper = reading.upper.text
    segments = _segments(upper)
    if len(segments) < 2:
        return
    for m in MARKER_RX.finditer(clause):
        s0 = max((clause.rfind(ch, 0, m.start()) for ch in PHRASE_END), default=-1) + 1
        case_start, case_end = s0, m.start()
        if len(wording_pairs(clause[case_start:case_end])) < NAMED_MIN and s0 > 0:
            prev = max((clause.rfind(ch, 0, s0 - 1) for ch in PHRASE_END), default=-1) + 1
            case_start, case_end = prev, s0 - 1
        case = clause[case_start:case_end]
        case_pairs = wording_pairs(case)
        if len(case_pairs) < NAMED_MIN:
            continue
        phrase_end = min([i for i in (clause.find(ch, m.end()) for ch in PHRASE_END) if i >= 0] or [len(clause)])
        rule = clause[:case_start] + "|" + clause[phrase_end:]
        if case_end < m.start():           # the marker opened its phrase: its consequence is the rule
            rule += "|" + clause[m.end():phrase_end]
        rule_pairs = wording_pairs(rule)
        named = _best(segments, case_pairs)
        if named is None:
            continue
        k, shared = named
        if shared < NAMED_MIN or shared < NAMED_SHARE * len(case_pairs):
            continue
        start, end, text, header = segments[k]
        own = text + "|" + header
        if CARRIED_RX.search(text) and not EXEMPT_RX.search(own):
            continue    # the article carries the rule over the case itself
        if ORGAN_MAY_RX.search(own):
            continue    # 行政机关可以收取信息处理费: an organ's own discretion, not a relief of the public
        exempt = bool(EXEMPT_RX.search(own)) or (bool(MAY_RX.search(own)) and bool(MUST_RX.search(clause))) \
            or (bool(PERMISSION_PATH_RX.search(own)) and bool(FORBID_RX.search(rule)))
        sibling = False
        restated = _best(segments, rule_pairs) if rule_pairs else None
        if restated is not None and restated[0] == k:
            if not exempt:
                continue    # the rule restates that very stretch
        elif restated is not None and restated[1] >= NAMED_MIN:
            other = wording_pairs(segments[restated[0]][2])
            mine = wording_pairs(text)
            sibling = len(other & mine) >= SIBLING_SHARE * min(len(other), len(mine))
        if not (exempt or sibling):
            continue
        facts = {"case": "extended", "cited": reading.cites_upper}
        reading.add("exception_removed", grade("exception_removed", facts, exception=text.strip("，,。；; ")),
                    (case_start, m.end()), (start, end))


def _segments(upper: str) -> list[tuple[int, int, str, str]]:
    """The article's sentences and 但书 apart, each with the lead of its list when it is an item."""
    out = []
    header = ""
    for m in SEGMENT_RX.finditer(upper):
        text = m.group()
        if not text.strip():
            continue
        if ITEM_RX.match(text):
            h = header
        else:
            h = ""
            header = text if text.rstrip().endswith(("：", ":")) else ""
        cut = re.search(r"[，,]?但(?:是)?[，,]?", text)
        if cut and cut.start() > 0 and not ITEM_RX.match(text):
            out.append((m.start(), m.start() + cut.start(), text[:cut.start()], h))
            out.append((m.start() + cut.start(), m.end(), text[cut.start():], h))
        else:
            out.append((m.start(), m.end(), text, h))
    return out


def _best(segments, pairs: set[str]) -> tuple[int, int] | None:
    best = None
    for k, (_, _, text, _) in enumerate(segments):
        n = len(pairs & wording_pairs(text))
        if n and (best is None or n > best[1]):
            best = (k, n)
    return best
