"""Repeal facts derived from the corpus itself: a successor's final article "《X》……同时废止".

This is [DB]-grade evidence: the repealing article is in the corpus, so every derived fact carries
the successor's title and article as its source. Pure parsing here; the store applies the facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


_TITLE = re.compile(r"《([^《》]{2,60})》")
_START = re.compile(r"自\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*起施行")
_FROM_PUBLICATION = re.compile(r"自公布之日起施行")


@dataclass(frozen=True, slots=True)
class RepealFact:
    title: str
    level: str
    repeal_date: str | None
    repealed_by: str          # "中华人民共和国民法典 第一千二百六十条"
    successor: str


def repeal_facts_in(article_text: str, successor: str, article_label: str,
                    successor_date: str | None) -> list[RepealFact]:
    """Facts stated by one article, e.g. 民法典 第一千二百六十条 → nine RepealFacts dated 2021-01-01."""
    facts: list[RepealFact] = []
    for sentence in re.split(r"(?<=。)", article_text):
        if "同时废止" not in sentence and "予以废止" not in sentence:
            continue
        m = _START.search(article_text)
        date = f"{int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else None
        if not date and _FROM_PUBLICATION.search(article_text):
            date = successor_date
        head = sentence.split("同时废止")[0].split("予以废止")[0]
        for t in _TITLE.findall(head):
            if t == successor or t.endswith("进出口税则"):
                continue
            state_council = "国务院" in head.split(f"《{t}》")[0][-30:] or t.endswith("条例")
            level = "行政法规" if state_council and not t.startswith("全国人民代表大会") else "法律"
            facts.append(RepealFact(title=t, level=level, repeal_date=date or successor_date,
                                    repealed_by=f"{successor} {article_label}", successor=successor))
    return facts
