"""Round 38 (prec38, issues 8 and 9): a measure's words in a sentence that lays nothing on the public.

A content rule's trigger (扣押, 封存, 收取, 集中采购, 违约金, 不予发放, 未取得……不得) may stand where the sentence is about
the administration's own affairs or a private party's own civil terms. Each reading here names who bears what:

* ``officials_disciplined`` (penalty, coercion, fee) — the condition's subject is a public official (县交通运输局执法人员
  违法扣留运输车辆、乱罚款的) and the consequence is only 处分 / criminal liability (公务员法 第六十二条, 公职人员政务
  处分法 第三条, 行政强制法 第六十一条): the measures are the official's misconduct; a fine laid beside stays;
* ``own_price`` (fee) — a business, the sentence's subject, shows its own price list and charges for its own service
  (价格法 第十三条): no charge to a public body, no sum the document fixes;
* ``protected_purchase`` (fair competition) — a central purchase named only as the condition of duties protecting the
  buyers (集中采购种苗的，应当征求……意见并采用公开竞价方式): no supplier is designated;
* ``civil_late_fee`` (coercion) — a 违约金 two private parties may agree in their contract (民法典 第五百八十五条);
* ``national_paper_restated`` (license) — 依照国家有关规定取得……证书；未取得的，不得安排其……: the paper is the national
  one, no local paper beside it;
* ``own_result_subsidy`` (rights) — a subsidy withheld for want of the result it pays for (未取得证书的，不予发放培训补贴);
* ``civil_liability`` (fee) — a loss described and the civil liability for it (……致使消费者预付款受损的，……根据其过错承担
  民事责任: 民法典 第一千一百六十五条): no money is asked of anyone.

The word classes are concepts of review/lexicons/own_affairs.toml. Pure: strings in, a string or None out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..sentences import pieces
from .lexicon import default_lexicon


@lru_cache(maxsize=None)
def _rx(name: str) -> re.Pattern:
    return re.compile(default_lexicon().concepts[name].regex_source)


_CONDITION_END = re.compile(r"的[，,]")
_PIECE = re.compile(r"[，,；;。]")


def _pieces(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in pieces(text, _PIECE)]


def officials_disciplined(sentence: str, q0: int, q1: int) -> bool:
    """The quote lies in a condition whose subject is a public official, and what follows is only the official's
    discipline or criminal liability (责令改正 by the superior allowed) — no measure on the public beside it."""
    end = _CONDITION_END.search(sentence, q0)
    if end is None or q1 > end.end() or not _rx("own.official").match(sentence[:end.start() + 1]):
        return False
    rest = sentence[end.end():]
    return bool(_rx("own.discipline").search(rest)) and not _rx("own.public_measure").search(rest)


def own_price(sentence: str) -> bool:
    """A business, the sentence's subject, shows its own prices and charges for its own service: nothing is paid to a
    public body and the document fixes no sum."""
    return bool(_rx("own.business").match(sentence) and _rx("own.price_disclosure").search(sentence)
                and not _rx("own.charge_laid").search(sentence))


def protected_purchase(sentence: str, q0: int, q1: int) -> bool:
    """The central purchase is the condition (……集中采购……的，) and every phrase after it carries a protective duty, or
    leads into one (超过……标准的部分，不得……强行收取)."""
    end = _CONDITION_END.search(sentence, q0)
    if end is None or q1 > end.end() + 1:
        return False
    phrases = _pieces(sentence[end.end():])
    if not phrases or not _rx("own.protective_duty").search(phrases[-1]):
        return False
    return all(_rx("own.protective_duty").search(p) or p.endswith("的部分") or p.endswith("的")
               for p in phrases)


def civil_late_fee(sentence: str) -> bool:
    """A late 违约金 the contract between two private parties may set, paid to the other party."""
    return bool(_rx("own.civil_late_fee").search(sentence)) and "滞纳金" not in sentence and "罚款" not in sentence


def national_paper_restated(sentence: str, q0: int, lead: str = "") -> bool:
    """The gate's paper is one the sentence (or the sentence before its semicolon, ``lead``) says national rules
    require, the quote pointing back to it (未取得的); no paper a local body issues stands beside it."""
    text = lead + sentence
    return bool(_rx("own.national_paper").search(text, 0, len(lead) + q0)) and not _rx("own.local_issuer").search(text)


def own_result_subsidy(sentence: str) -> bool:
    return bool(_rx("own.result_subsidy").search(sentence))


def civil_liability(sentence: str) -> bool:
    return bool(_rx("own.civil_liability").search(sentence)) and not _rx("own.money_asked").search(sentence)


def own_affairs_reason(category: str, sentence: str, q0: int, q1: int, lead: str = "") -> str | None:
    """The round-38 shape the finding's words stand in (see the module's doc), or None. ``lead``: the clause's text
    before the sentence, back to its last full stop (the sentences before a semicolon)."""
    if category in ("penalty", "coercion", "fee") and officials_disciplined(sentence, q0, q1):
        return "officials_disciplined"
    if category == "fee" and own_price(sentence):
        return "own_price"
    if category == "fee" and civil_liability(sentence):
        return "civil_liability"
    if category == "fair-competition" and protected_purchase(sentence, q0, q1):
        return "protected_purchase"
    if category == "coercion" and civil_late_fee(sentence):
        return "civil_late_fee"
    if category == "license" and national_paper_restated(sentence, q0, lead):
        return "national_paper_restated"
    if category == "rights" and own_result_subsidy(sentence):
        return "own_result_subsidy"
    return None
