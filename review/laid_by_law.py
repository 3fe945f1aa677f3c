"""A class bar or a watch duty a law itself lays, found in the corpus (round 37, rights37, issue 8).

C-RIGHTS-CLASS and C-RIGHTS-WATCH (review/norms/class_bar.py) report a class of people barred from a trade, and a
private party made to collect, report or watch others, where no law does so. The readings know the commonest
statutory bars and duties (review/tables/statutory_duties.toml); a law the table does not list may lay the same one.
``laid_by_law`` asks the corpus for the in-force 法律/行政法规 articles closest to the finding's sentence and excuses
the finding where one of them, scoring at least the floor of a restated article, states it:

* a watch duty — the article names the party the sentence lays it on (most of the subject's content pairs), lays a
  duty (应当, 必须), and names every item of personal information the sentence has that party handle (a clause asking
  for more than the law — a tenant's whereabouts where the law asks for his name and papers — stays);
* a class bar — the article bars (不得, 不能, 不予) and names most of the content pairs of the class's own words (the
  record, the illness, the origin) and of the barred act;
* a final decision (round 41, lead, informed by a fresh look-alike; C-POWER-REMEDY) — the article makes the same
  decision final (审计法 第五十三条第二款: 本级人民政府的裁决为最终决定; 行政复议法's 最终裁决) and names most of the content
  pairs of the sentence;
* a market restriction (round 45, lead45; any fair-competition rule) — the article lays the same duty to buy from the same
  designated kind of supplier (食盐专营办法 第十六条), nearly every content pair of the sentence in it;
* a timed bar (round 38, prec38; C-PENALTY-01) — ……自许可被吊销之日起五年内不得担任……的主要负责人: the article bars for the
  same number of years and names most of the content pairs of what it bars (旅行社条例 第六十四条, 教师资格条例 第十九条);
  a longer or a shorter period, or a bar no article lays, stays.

``laid`` is the pure comparison; ``laid_by_law`` the corpus look-up.
"""

from __future__ import annotations

import re

RULES = frozenset({"C-RIGHTS-CLASS", "C-RIGHTS-WATCH", "C-PENALTY-01", "C-POWER-REMEDY", "C-POWER-EFFECT"})
# the categories whose finding a law's own sentence, restated, excuses whatever rule reported it (a market restriction
# the law lays: 食盐零售单位应当从食盐定点批发企业购进食盐, 食盐专营办法 第十六条)
RESTATED_CATEGORIES = frozenset({"fair-competition"})
RESTATED = "restated"     # ``laid``'s reading for them
COMPARED = 3
SUBJECT_SHARE = 0.5       # the share of the subject's content pairs the article must name
RESTATED_SHARE = 0.8      # … of a designation's whole sentence (a supplier the law designates, restated)
ACT_SHARE = 0.5           # … of the barred act's (a class bar)
_LAW_DUTY = re.compile(r"应当|必须|须")
_LAW_BAR = re.compile(r"不得|不能|不予|禁止")
_LAW_FINAL = re.compile(r"最终(?:的)?(?:决定|裁决|检验结论|鉴定结论)|终局")   # (复检结论为最终检验结论: 食品安全法 第八十八条)
# a remedy the sentence bars that the article does not (……复核决定为最终决定，不得再申请行政复议或者提起行政诉讼)
_REMEDY_BARRED = re.compile(r"(不得|不能|不再|不予)[^。；]{0,10}(复议|诉讼|起诉)")
# a bar for a number of years (五年内不得担任, 10年内不得从事)
_TIMED_BAR = re.compile(r"([零〇一二两三四五六七八九十百\d０-９]+)\s*年内[，,]?[^。；，]{0,12}?(?:不得|不能|不予|禁止)")


def _share(part: str, article_text: str) -> float:
    from .compare.matter import content_bigrams

    own = content_bigrams(part)
    return len(own & content_bigrams(article_text)) / len(own) if own else 0.0


def laid(rule: str, sentence: str, quote: str, article_text: str) -> bool:
    """Whether ``article_text`` lays the watch duty or the class bar (``rule``) the ``sentence`` lays (pure)."""
    from .norms.class_bar import class_mentions, duty_bearer, watch_terms

    if rule == "C-RIGHTS-WATCH":
        subject = duty_bearer(sentence)
        if not subject or not _LAW_DUTY.search(article_text) or _share(subject, article_text) < SUBJECT_SHARE:
            return False
        terms = watch_terms(sentence)
        return bool(terms) and all(w in article_text for w in terms)
    if rule == "C-RIGHTS-CLASS":
        if not _LAW_BAR.search(article_text):
            return False
        words = {m.group(0) for _, m in class_mentions(sentence)}
        at = sentence.find(quote) if quote else -1
        act = sentence[at:] if at >= 0 else sentence
        return bool(words) and _share("，".join(sorted(words)), article_text) >= ACT_SHARE \
            and _share(act, article_text) >= ACT_SHARE
    if rule == "C-PENALTY-01":
        return _timed_bar_laid(quote or sentence, article_text)
    if rule == RESTATED:
        # round 45 (lead45, informed by a fresh look-alike): the supplier the law itself designates, restated
        # (食盐零售单位应当从食盐定点批发企业购进食盐: 食盐专营办法 第十六条) — a named local firm in its place stays
        return bool(_LAW_DUTY.search(article_text)) and _share(sentence, article_text) >= RESTATED_SHARE
    if rule in ("C-POWER-REMEDY", "C-POWER-EFFECT"):      # (the effect reading's ``final``: the same finality)
        barred = _REMEDY_BARRED.search(sentence) and not _REMEDY_BARRED.search(article_text)
        return bool(_LAW_FINAL.search(sentence)) and bool(_LAW_FINAL.search(article_text)) and not barred \
            and _share(sentence, article_text) >= ACT_SHARE
    return False


def _years(text: str) -> int | None:
    from statutes.numerals import cn_to_int, fullwidth_to_ascii

    text = fullwidth_to_ascii(text)
    return int(text) if text.isdigit() else cn_to_int(text)


def _timed_bar_laid(quote: str, article_text: str) -> bool:
    """The quote bars for N years and the article bars the same thing for the same N years (pure)."""
    m = _TIMED_BAR.search(quote)
    if m is None or _years(m.group(1)) is None:
        return False
    law_years = {_years(x.group(1)) for x in _TIMED_BAR.finditer(article_text)}
    who = quote[:m.start()]     # whom the bar holds (其主要负责人自……之日起), when the quote names it
    return _years(m.group(1)) in law_years and _share(quote[m.end():], article_text) >= ACT_SHARE \
        and (len(who) < 4 or _share(who, article_text) >= ACT_SHARE)


def laid_by_law(f, store, as_of: str | None) -> bool:
    """Whether a C-RIGHTS-CLASS, C-RIGHTS-WATCH, (a timed bar) C-PENALTY-01 C-POWER-REMEDY or C-POWER-EFFECT finding ``f`` restates
    a bar, a duty or a final decision an in-force 法律/行政法规 article lays (``laid``), the article among the COMPARED best the corpus search finds for the finding's sentence."""
    rule = RESTATED if f.category in RESTATED_CATEGORIES else f.rule
    if rule not in RULES and rule != RESTATED or f.clause is None or not hasattr(store, "conn"):
        return False
    from .engine import UPPER_MIN_SCORE
    from .granted import closest_laws
    from .sentences import ARTICLE_LEAD, sentence_of

    text = f.clause.text
    sentence = ARTICLE_LEAD.sub("", sentence_of(text, max(text.find(f.quote or ""), 0)), count=1)
    return any((h.score or 0) >= UPPER_MIN_SCORE and laid(rule, sentence, f.quote or "", h.text or "")
               for h in closest_laws(store, sentence, as_of, COMPARED))
