"""Materials a clause adds to the list of materials the upper text requires (提交下列材料：（一）工伤认定申请表……
/ 应当提交……以及公安机关出具的事故责任认定书): a condition of the application the law does not lay."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..sentences import ITEM_MARK
from .grading import grade
from .matter import content_bigrams

if TYPE_CHECKING:
    from .reading import Reading

SUBMIT_RX = re.compile(r"提交|提供|携带|附具|报送|交验|出示|出具(?!的)")   # 出具 as handing in (应当出具下列证件), not naming an issuer (用人单位出具的……)
_SEPARATOR_RX = re.compile(r"[、，,；;：:\n]")
_JOINER_RX = re.compile(r"^(?:以及|及|和|并|还应当|还须|另需|同时)+")
# what a named material is: a form, a certificate, a proof, a copy, a contract … (its last characters)
MATERIAL_RX = re.compile(r"(?:表|书|证|证明|材料|复印件|照片|相片|合同|文件|凭证|执照|报告|协议|函|单|记录|清单|簿|卡|图|票据|发票|声明)$")
# an open list: 或者其他能够证明有合法稳定就业的材料等, 等材料, 有关材料
OPEN_LIST_RX = re.compile(r"其他[^。；;]{0,24}(?:材料|证明|文件|证件)|等(?:证明)?材料|有关材料|相关材料")
_CATCH_ALL_RX = re.compile(r"其他|等|有关|相关材料")     # 其他相关材料: a catch-all, not one named material
MEMBER_MIN_PAIRS = 3       # a member named with at least this many content bigrams
KNOWN_SHARE = 0.5          # a member this much of whose bigrams the upper list holds is one of its materials
NEW_SHARE = 0.34           # … one holding less than this is a material the upper list lacks
KNOWN_MEMBERS = 2          # the clause restates the upper list: at least this many of its members are the law's
UPPER_REACH = 400          # characters of the upper text after its verb read as its list of materials


_ITEM_LINE_RX = re.compile(rf"\s*{ITEM_MARK}")


def upper_list(upper: str, start: int) -> str:
    """The upper text's list of materials from ``start`` (after its verb): its lead-in line and the item lines that
    follow it, or the rest of its sentence when it has no items (UPPER_REACH characters at most)."""
    lines = upper[start:start + UPPER_REACH].split("\n")
    kept = [lines[0]]
    for line in lines[1:]:
        if not _ITEM_LINE_RX.match(line):
            break
        kept.append(line)
    text = "\n".join(kept)
    if len(kept) == 1 and "。" in text:
        text = text[:text.index("。")]
    return text


def items_of_lead_in(listed: str, verb: str, article: str) -> str:
    """The list a lead-in (出具下列证件和书面材料：) names, read from the whole ``article`` when the unit compared is the
    lead-in with some of its items or none (the others are other units of the article); ``listed`` otherwise."""
    lead_in = listed.split("\n", 1)[0]
    if not article or not lead_in.rstrip().endswith(("：", ":")):
        return listed
    at = article.find(verb + lead_in)
    return upper_list(article, at + len(verb)) if at >= 0 else listed


_LIST_GOES_ON_RX = re.compile(r"[，,](?=以及|及|和|还应当|还须|另需|同时)")


def clause_list_end(clause: str, start: int) -> int:
    """Where the clause's list of materials from ``start`` ends: its sentence's end (。；), or the first comma that
    no joiner (以及, 还应当 …) follows — what comes after it is another part of the sentence."""
    end = min([i for i in (clause.find(ch, start) for ch in "。；;") if i >= 0] or [len(clause)])
    at = start
    while True:
        comma = min([i for i in (clause.find(ch, at, end) for ch in "，,") if i >= 0] or [end])
        if comma >= end or not _LIST_GOES_ON_RX.match(clause, comma):
            return comma
        at = comma + 1


def read_added_materials(reading: Reading) -> None:
    """A member of the clause's list of materials (after 提交/提供…, to the end of its sentence) that the upper
    text's list lacks, where KNOWN_MEMBERS other members are the upper list's: a material added (增设材料)."""
    clause, upper = reading.clause.text, reading.upper.text
    theirs = SUBMIT_RX.search(upper)
    mine = SUBMIT_RX.search(clause)    # the first: a later one may stand inside a member
    if theirs is None or mine is None:
        return
    listed = items_of_lead_in(upper_list(upper, theirs.end()), upper[theirs.start():theirs.end()], reading.article)
    if OPEN_LIST_RX.search(listed):
        return      # 或者其他能够证明……的材料等: the law's list is open, a further proof of the same kind is in it
    upper_pairs = content_bigrams(listed)
    end = clause_list_end(clause, mine.end())
    known, added = 0, []
    at = mine.end()
    for piece in _SEPARATOR_RX.split(clause[mine.end():end]):
        start = at
        at += len(piece) + 1
        member = _JOINER_RX.sub("", piece.strip())
        if not member or not MATERIAL_RX.search(member):
            continue          # no named material: a condition or an act of its own (应当当场作出……决定)
        pairs = content_bigrams(member)
        if len(pairs) < MEMBER_MIN_PAIRS:
            continue
        share = len(pairs & upper_pairs) / len(pairs)
        if share >= KNOWN_SHARE:
            known += 1
        elif share < NEW_SHARE and not _CATCH_ALL_RX.search(member):
            s = clause.find(member, start)
            added.append((s, s + len(member)))
    if known < KNOWN_MEMBERS:
        return
    for s, e in added:
        reading.add("condition_added", grade("condition_added", {"case": "material"}, added=clause[s:e]),
                    (s, e), (theirs.start(), theirs.end()))
