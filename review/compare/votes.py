"""A voting threshold or quorum lowered: 过半数 → 三分之一, 三分之二以上 → 过半数 (村民委员会组织法 第十八条, 物业管理条例
第十二条). The law sets what share of those entitled must take part in, or agree to, a decision; a clause that lets
a smaller share decide takes a say from the rest. Read on both texts as written (no alignment needed: a clause in its
own words names the same share before the same act of voting). A raised threshold (a stricter internal rule) is not
read: it takes no say from anyone the law protects, and whether it hinders the body is for the reviewer.
"""

from __future__ import annotations

import re
from fractions import Fraction

from .grading import grade
from .reading import Reading

_CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# a share: 过半数 (more than half), 半数以上, 三分之二以上, 2/3以上
SHARE_RX = re.compile(r"(?P<over>过半数|超过半数|半数以上)|(?P<den>[一二两三四五六七八九十]|\d{1,2})分之(?P<num>[一二两三四五六七八九十]|\d{1,2})"
                      r"(?:以上)?|(?P<n>\d{1,2})/(?P<d>\d{1,2})(?:以上)?")
# the act the share is of, after it in its phrase
VOTE_RX = re.compile(r"(?:参加|参与)?(投票|表决)|(同意|通过|选票|参加|赞成|出席|到会|签字|签名)")
VOTE_REACH = 16         # characters after the share the act of voting is looked for in (not across 。；)


def _value(m: re.Match) -> Fraction | None:
    if m.group("over"):
        return Fraction(1, 2) + (Fraction(1, 1000) if m.group("over") != "半数以上" else 0)
    if m.group("den"):
        def n(s):
            return int(s) if s.isdigit() else _CN.get(s)
        den, num = n(m.group("den")), n(m.group("num"))
    else:
        den, num = int(m.group("d")), int(m.group("n"))
    if not den or not num or num > den:
        return None
    return Fraction(num, den)


def shares(text: str) -> list[tuple[Fraction, str, int, int]]:
    """(share, act of voting, start, end) of every share of voters in ``text`` that an act of voting follows."""
    out = []
    for m in SHARE_RX.finditer(text):
        v = _value(m)
        if v is None:
            continue
        tail = re.split(r"[。；;\n]", text[m.end():m.end() + VOTE_REACH])[0]
        act = VOTE_RX.search(tail)
        if act is None:
            continue
        out.append((v, act.group(1) or act.group(2), m.start(), m.end()))
    return out


def _label(text: str, start: int, end: int) -> str:
    return text[start:end]


def read_voting_thresholds(reading: Reading) -> None:
    """A share of voters the clause lets decide (or take part) below the share the upper text requires for the same
    act of voting (同意, 投票, 选票 …)."""
    clause, upper = reading.clause.text, reading.upper.text
    theirs = shares(upper)
    if not theirs:
        return
    for value, act, cs, ce in shares(clause):
        same = [t for t in theirs if t[1] == act]
        if not same:
            continue
        least = min(same, key=lambda t: t[0])
        if value >= least[0]:
            continue
        g = grade("vote", {"case": "lowered"}, upper=_label(upper, least[2], least[3]), clause=clause[cs:ce],
                  act=act)
        reading.add("vote", g, (cs, ce), (least[2], least[3]))
        return
