"""A voting threshold or quorum lowered: 过半数 → 三分之一, 三分之二以上 → 过半数 (村民委员会组织法 第十八条, 物业管理条例
第十二条). The law sets what share of those entitled must take part in, or agree to, a decision; a clause that lets
a smaller share decide takes a say from the rest. Read on both texts as written (no alignment needed: a clause in its
own words names the same share before the same act of voting). A raised threshold (a stricter internal rule) is not
read where the article has one share for the act, or its shares differ by matter and the clause's matter is not told:
a stricter internal rule takes no say from anyone the law protects. Where the article's share for the clause's matter is told (the
sentence whose matter — its own words, or the items of the article it names, 前款第六项至第八项 — the clause shares
most), a raised share puts the matter among the article's other class (民法典 第二百七十八条: 使用维修资金 by 过半数,
not 四分之三: round 30, upperK30) and a lowered one is read against that share, not the least of the article's.
"""

from __future__ import annotations

import re
from fractions import Fraction

from .grading import grade
from .matter import matter_bigrams
from .reading import Reading

_CN = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# a share: 过半数 (more than half), 半数以上, 三分之二以上, 2/3以上
SHARE_RX = re.compile(r"(?P<over>过半数|超过半数|半数以上)|(?P<den>[一二两三四五六七八九十]|\d{1,2})分之(?P<num>[一二两三四五六七八九十]|\d{1,2})"
                      r"(?:以上)?|(?P<n>\d{1,2})/(?P<d>\d{1,2})(?:以上)?")
# the act the share is of, after it in its phrase
# (not 参与表决人数, 表决权总数: the count of voters a share is of, not the act — 参与表决专有部分面积四分之三以上的业主且
# 参与表决人数四分之三以上的业主同意 is a share of consent, the quorum's 参与表决 another act)
VOTE_RX = re.compile(r"(?:参加|参与)?(投票|表决)(?!人数|权|票数|专有)|(同意|通过|选票|参加(?!表决)|赞成|出席|到会|签字|签名)")
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
        if act is None and _ALTERNATIVE.match(text, m.end()):
            # a member of a list of shares (十八周岁以上村民的过半数，或者本村三分之二以上的户的代表参加): the act
            # after the list's last member is each member's
            tail = re.split(r"[。；;\n]", text[m.end():m.end() + 2 * VOTE_REACH + 8])[0]
            act = VOTE_RX.search(tail)
        if act is None:
            continue
        out.append((v, act.group(1) or act.group(2), m.start(), m.end()))
    return out


_ALTERNATIVE = re.compile(r"(?:以上)?[，,]?(?:或者|或)")


def qualifier(text: str, start: int) -> frozenset[str]:
    """What the share at ``start`` is a share of: the matter of the words before it back to the phrase's start or the
    list word before it (本村十八周岁以上村民的 of ……的过半数; 本村……户的代表 of 三分之二以上的户的代表: the words after
    a share ending 以上的)."""
    s = max([text.rfind(c, 0, start) for c in "，,。；;：:\n"] + [-1]) + 1
    for w in ("或者", "或", "并且", "且"):
        at = text.rfind(w, s, start)
        if at >= 0:
            s = at + len(w)
    return matter_bigrams(text[s:start])


def _label(text: str, start: int, end: int) -> str:
    return text[start:end]


_ITEM_NO = re.compile(r"第([一二三四五六七八九十]{1,3})项(?:至第([一二三四五六七八九十]{1,3})项)?")
_ITEM_LINE = re.compile(r"^[（(]([一二三四五六七八九十]{1,3})[）)]([^\n]*)", re.M)
_NUM = {c: i for i, c in enumerate("一二三四五六七八九十", 1)}
_SENTENCE = re.compile(r"[。；;\n]")


def _num(s: str) -> int:
    if len(s) == 1:
        return _NUM.get(s, 0)
    if s.startswith("十"):
        return 10 + _NUM.get(s[1:], 0)
    return _NUM.get(s[0], 0) * 10 + (_NUM.get(s[2:], 0) if len(s) > 2 else 0)


def _sentence_before(text: str, at: int) -> str:
    starts = [m.end() for m in _SENTENCE.finditer(text, 0, at)]
    return text[(starts[-1] if starts else 0):at]


def _items(text: str) -> dict[int, str]:
    return {_num(m.group(1)): m.group(2) for m in _ITEM_LINE.finditer(text)}


def items_named(text: str, at: int, items: dict[int, str]) -> set[int]:
    """The items of the article the share at ``at`` is for, as its sentence names them (决定前款第六项至第八项规定的
    事项 → 6, 7, 8; 决定前款其他事项 → every item no other sentence names)."""
    before = _sentence_before(text, at)
    out: set[int] = set()
    for m in _ITEM_NO.finditer(before):
        lo = _num(m.group(1))
        out.update(range(lo, (_num(m.group(2)) if m.group(2) else lo) + 1))
    if "其他事项" in before:
        named = set()
        for m in _ITEM_NO.finditer(text):
            lo = _num(m.group(1))
            named.update(range(lo, (_num(m.group(2)) if m.group(2) else lo) + 1))
        out |= set(items) - named
    return out


_DECIDING = re.compile(r"应当|必须|须|由|经")


def _case(before: str) -> str:
    """The matter a sentence decides, without how it is decided: its words before the first 应当/须/由/经 (业主共同决定
    加装电梯的，应当由专有部分面积占比…… → 业主共同决定加装电梯的，)."""
    m = _DECIDING.search(before, 1)
    return before[:m.start()] if m else before


ITEM_SHARED = 2         # content pairs the clause must share with the one item it names best


def _told(theirs: list, upper: str, clause: str, at: int, article: str = ""):
    """The article's share for the clause's matter, None when the article names one value or the matter is not told.
    Where the article lists the matters (下列事项由业主共同决定：（一）……) and its sentences give each share to items by
    number, the matter is the one item the clause's words name best (at least ITEM_SHARED content pairs, strictly
    more than any other item: 使用……维修资金 is （五）, not （六）筹集……维修资金; 加装电梯 names none); else the sentence
    whose words before the share the clause's share most, strictly."""
    if len({t[0] for t in theirs}) < 2:
        return None
    mine = matter_bigrams(_case(_sentence_before(clause, at)))
    items = _items(article or upper)
    by_item = {t: items_named(upper, t[2], items) for t in theirs}
    if items and any(by_item.values()):
        scored = sorted(((len(mine & matter_bigrams(v)), k) for k, v in items.items()), reverse=True)
        if not scored or scored[0][0] < ITEM_SHARED or (len(scored) > 1 and scored[1][0] >= scored[0][0]):
            return None
        told = {t[0] for t, named in by_item.items() if scored[0][1] in named}
        return next((t for t in theirs if scored[0][1] in by_item[t]), None) if len(told) == 1 else None
    scored = sorted(((len(mine & matter_bigrams(_case(_sentence_before(upper, t[2])))), t) for t in theirs),
                    key=lambda x: -x[0])
    best, rest = scored[0], [s for s in scored[1:] if s[1][0] != scored[0][1][0]]
    if best[0] == 0 or (rest and rest[0][0] >= best[0]):
        return None
    return best[1]


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
        # the figure of the same slot: the share of the same voters (村民 / 户的代表), where the texts tell them apart
        mine = qualifier(clause, cs)
        scored = [(len(mine & qualifier(upper, t[2])), t) for t in same]
        top = max((n for n, _ in scored), default=0)
        if top and sum(1 for n, _ in scored if n == top) < len(scored):
            same = [t for n, t in scored if n == top]
        told = _told(same, upper, clause, cs, reading.article)
        least = told or min(same, key=lambda t: t[0])
        if value < least[0]:
            case = "lowered"
        elif told is not None and value > told[0]:
            case = "raised"     # the share the article gives another class of matters (not a stricter rule of a body
            #                     of the article's one share: test_upper16, 三分之二以上投票方为有效)
        else:
            continue
        g = grade("vote", {"case": case}, upper=_label(upper, least[2], least[3]), clause=clause[cs:ce],
                  act=act)
        reading.add("vote", g, (cs, ce), (least[2], least[3]))
        return
