"""A figure the law leaves to the province, set by a county's clause (issue 8, round 25).

残疾人就业条例 第八条: 比例不得低于本单位在职职工总数的1.5%。具体比例由省、自治区、直辖市人民政府根据本地区的实际
情况规定. A county clause saying 本县……不得低于……2% is "within the range" by the figure alone (a floor raised on the
employer), but it sets what the law gives a province to set: the level of authority is changed. Read by structure:

* the article reserves the figure (``LEFT_TO_PROVINCE``): 由省、自治区、直辖市……规定/确定/制定/决定, or
  省、自治区、直辖市……可以（适当）提高/降低/调整 — after the figure it is about (the figure's sentence comes first);
  not where any local government may (县级以上地方人民政府可以提高: a county's stricter figure the law allows);
* the clause speaks for a level below the province (``OWN_LEVEL``: 本县, 县人民政府, 县……局, 乡镇) and follows no
  higher body's figure (``FOLLOWS_HIGHER``: 按照省人民政府规定的比例);
* the comparison read the two figures as a change within the range (an ``amount`` change graded info).
"""

from __future__ import annotations

import re

from .grading import grade
from .model import Change

LEFT_TO_PROVINCE = re.compile(r"由省、自治区、直辖市[^。；]{0,30}?(?:规定|确定|制定|决定)|"
                              r"省、自治区、直辖市[^。；]{0,40}?可以(?:适当)?(?:提高|降低|调整|增加|减少)")
OWN_LEVEL = re.compile(r"本县|本区(?!域)|本乡|本镇|县人民政府|区人民政府|乡镇人民政府|县[\u4e00-\u9fff]{1,10}?局")
FOLLOWS_HIGHER = re.compile(r"(?:按照|依照|根据|执行|符合)[^。；，]{0,12}?(?:省|自治区|上级)|"
                            r"省(?:人民政府|人大|级|人民代表大会)[^。；]{0,16}?(?:规定|确定|决定|公布)")


def left_to_province(clause: str, article_text: str, changes) -> Change | None:
    """The change of a figure ``article_text`` leaves to the province that ``clause`` sets for a county, or None."""
    if not OWN_LEVEL.search(clause) or FOLLOWS_HIGHER.search(clause):
        return None
    left = LEFT_TO_PROVINCE.search(article_text)
    if left is None:
        return None
    for c in changes:
        if c.kind != "amount" or c.severity != "info" or not c.clause_span or not c.upper_span:
            continue
        at = article_text.find(c.upper_span)
        if at < 0 or at > left.start():
            continue        # the reservation is about another figure (or comes before this one)
        g = grade("amount", {"case": "left_to_province"}, upper=c.upper_span, clause=c.clause_span,
                  left=left.group(0))
        if g is not None:
            return Change("amount", g.severity, c.clause_span, c.upper_span, g.message, c.clause_start,
                          c.upper_start, strong=g.strong, sure=g.sure)
    return None
