"""Repeal facts stated by the corpus itself: an instrument's article "《X》……同时废止" / "《X》予以废止".

This is [DB]/[REPO]-grade evidence: the repealing article is in the corpus, so every fact carries the
instrument's title and article as its source. Pure parsing here; the snapshot build decides which work a fact
is about and applies it.

The date of a repeal is the commencement of the repealing instrument:

* "本法自2021年1月1日起施行。《X》同时废止。" -> 2021-01-01 (``date_basis`` "explicit");
* "本法自公布之日起施行。《X》同时废止。" -> the day the instrument was *first* published (``date_basis``
  "publication", ``repeal_date`` None): an amended text keeps its original commencement clause, so the date of
  the version that carries it may be years later (监察法 2024 text, 行政监察法 repealed 2018-03-20). The build
  takes the date from the instrument's own history, or leaves it unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .keys import normalise_title

_TITLE = re.compile(r"《([^《》]{2,60})》")
_START = re.compile(r"自\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:零时)?\s*起\s*(?:施行|实施|执行)")
_FROM_PUBLICATION = re.compile(r"自(?:公布|发布|颁布|印发)之日起(?:施行|实施|执行)")
# 《X》中关于反倾销的规定同时废止 / 《X》第三条同时废止: only part of X goes
_PARTIAL = re.compile(r"^(?:（[^（）]{0,30}）)?(?:中|的)?(?:关于|有关|第[一二三四五六七八九十百零〇\d]+条)")
_LOCAL_LEVELS = ("地方性法规", "地方政府规章", "规范性文件")
_STATE_COUNCIL_KINDS = ("条例", "办法", "规定", "细则", "规则")


@dataclass(frozen=True, slots=True)
class RepealFact:
    title: str
    level: str                 # a guess at the repealed instrument's level (the build may know better)
    repeal_date: str | None    # None when the date is not stated in the article (see ``date_basis``)
    repealed_by: str           # "中华人民共和国民法典 第一千二百六十条"
    successor: str
    date_basis: str = "explicit"   # "explicit" | "publication" (自公布之日起施行) | "none" (no commencement clause)


def _guess_level(title: str, before: str, successor_level: str | None) -> str:
    if successor_level in _LOCAL_LEVELS or successor_level in ("司法解释", "部门规章"):
        return successor_level
    if title.startswith("全国人民代表大会") or re.search(r"(?<!办)法(（试行）)?$", title):
        return "法律"
    if "国务院" in before[-30:] or title.endswith(_STATE_COUNCIL_KINDS):
        return "行政法规"
    return successor_level or "法律"


def repeal_facts_in(article_text: str, successor: str, article_label: str,
                    successor_date: str | None = None, successor_level: str | None = None) -> list[RepealFact]:
    """Facts stated by one article, e.g. 民法典 第一千二百六十条 → nine RepealFacts dated 2021-01-01.

    ``successor_date`` is used only for "自公布之日起施行" when the caller knows it is the instrument's first
    publication; otherwise pass None and the fact's ``repeal_date`` stays None.
    """
    m = _START.search(article_text)
    if m:
        date, basis = f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}", "explicit"
    elif _FROM_PUBLICATION.search(article_text):
        date, basis = successor_date, "publication"
    else:
        date, basis = None, "none"
    facts: list[RepealFact] = []
    for sentence in re.split(r"(?<=[。；])", article_text):
        if "同时废止" not in sentence and "予以废止" not in sentence:
            continue
        head = re.split(r"同时废止|予以废止", sentence)[0]
        for t in _TITLE.finditer(head):
            title = t.group(1).strip()
            if (normalise_title(title) == normalise_title(successor) or title.endswith("进出口税则")
                    or _PARTIAL.match(head[t.end():])):
                continue
            level = _guess_level(title, head[:t.start()], successor_level)
            facts.append(RepealFact(title=title, level=level, repeal_date=date,
                                    repealed_by=f"{successor} {article_label}", successor=successor,
                                    date_basis=basis))
    return facts
