"""A fee or a deposit the law itself provides, charged as it provides (round 36, prec36, issue 9).

C-FEE-01 reports a 规范性文件 setting a charge, a 保证金 or a 押金: only a 法律 or 行政法规 may lay one (行政许可法
第五十八条; 国办发〔2018〕37号 一（一）). Some laws lay it themselves — 医疗纠纷预防和处理条例 第十六条 (医疗机构应患者的
要求为其复制病历资料，可以收取工本费), 政府信息公开条例 第四十二条 (信息处理费, where requests exceed a reasonable range),
政府采购法实施条例 第四十八条 (履约保证金 in a non-cash form, at most 10% of the contract). A clause charging that very
charge, in the case the law states, sets nothing the law did not.

``provided_by`` is the pure comparison of a clause's sentence with one article:

* every charge the sentence names (its noun by its ending: …费, …保证金, …押金 — 工本费, 信息处理费, 履约保证金) is
  named by the article in a sentence that lays it (收取, 缴纳, 提交, 存储 …, not 不得收取, 不收取);
* no sum of money the article does not name (按每页5元: the price is not the law's), and a share of the contract or
  the project (5%) no higher than the article's cap (不得超过……的10%);
* not in cash where the article asks a non-cash form (非现金).

``fee_by_law`` asks the corpus: the in-force 法律/行政法规 articles closest to the finding's sentence, the best scoring
at least the floor of a restated article and stating the case the clause opens with (……的，) nearly whole. A charge the
article does not name (病历整理费 beside 工本费; 信息检索费 for any request), a price of the clause's own, a deposit above
the cap or in cash stay findings.
"""

from __future__ import annotations

import re

from .quantities import parse_number
from .sentences import sentence_texts

RULES = frozenset({"C-FEE-01"})
COMPARED = 3
CASE_SHARE = 0.6     # share of the clause's case (……的，) the article states

# a charge by its noun's ending, the words before it that make it one (工本费, 信息处理费, 履约保证金): at least two
# characters of its own after any verb or filler (交纳保证金, 收取费用 name no charge in particular — the bail of
# 刑事诉讼法 第六十八条 is a 保证金 too)
_CHARGE = re.compile(r"[\u4e00-\u9fff]{2,6}?(?:(?<![收缴交付])费(?!用)|保证金|押金)")
_LEAD = re.compile(r"^.*(?:收取|缴纳|交纳|提交|支付|预交|预缴|存储|缴存|交存|收缴|计收|按规定|规定的|的|等|和|或者|及)")
_NOUN = re.compile(r"(?:费|保证金|押金)$")
# the verb that lays a charge in an article's sentence, and a negation just before it
_LAYS = re.compile(r"收取|缴纳|交纳|提交|存储|缴存|交存|收缴|计收")
_NEGATED = re.compile(r"(?:不得|不|免予|免于|无需|无须|不再)(?:另行|额外)?$")
_MONEY = re.compile(r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)(?:万)?元")
_SHARE = re.compile(r"(\d+(?:\.\d+)?)\s*[%％]|百分之([一二两三四五六七八九十]+|\d+)")
_CAP = re.compile(r"不得(?:超过|高于)[^。；]{0,16}?(\d+(?:\.\d+)?)\s*[%％]|不得(?:超过|高于)[^。；]{0,16}?百分之([一二两三四五六七八九十]+|\d+)")
_CASH = re.compile(r"(?<!非)现金")
_NON_CASH = re.compile(r"非现金")


def _number(text: str) -> float:
    """A share's or a cap's number (review.quantities.parse_number); -1 where it reads none."""
    value = parse_number(text)
    return value if value is not None else -1.0


def charges_in(text: str) -> set[str]:
    """The charges ``text`` names, by their noun's last characters (工本费, 处理费, 保证金)."""
    out = set()
    for m in _CHARGE.finditer(text):
        word = _LEAD.sub("", m.group(0))
        own = _NOUN.sub("", word)
        if len(own) >= 2:
            out.add(word[-3:] if word.endswith("费") else word[-5:])
    return out


def _laid_charges(article_text: str) -> set[str]:
    """The charges an article lays: named in a phrase with a laying verb not negated."""
    out: set[str] = set()
    for phrase in re.split(r"[，,。；;：:\n]", article_text):
        for verb in _LAYS.finditer(phrase):
            if _NEGATED.search(phrase[:verb.start()]):
                continue
            out |= charges_in(phrase)
    # a charge named in the phrase before its verb's phrase (履约保证金的数额不得超过……; 以……形式提交): the sentence's
    for sentence in sentence_texts(article_text):
        if _LAYS.search(sentence) and not re.search(r"(?:不得|不)(?:收取|缴纳|交纳)", sentence):
            out |= charges_in(sentence)
    return out


def _shares(text: str) -> list[float]:
    return [_number(a or b) for a, b in _SHARE.findall(text)]


def provided_by(sentence: str, article_text: str) -> bool:
    """Whether every charge ``sentence`` names is one ``article_text`` lays, with no sum of its own, no share above
    the article's cap, not in cash where the article asks a non-cash form (pure)."""
    named = charges_in(sentence)
    if not named or not named <= _laid_charges(article_text):
        return False
    if any(m.group(0) not in article_text for m in _MONEY.finditer(sentence)):
        return False                 # a price of the clause's own
    shares = _shares(sentence)
    if shares:
        caps = [_number(a or b) for a, b in _CAP.findall(article_text)]
        if not caps or max(shares) > min(caps):
            return False
    if _CASH.search(sentence) and _NON_CASH.search(article_text) and not _NON_CASH.search(sentence):
        return False
    return True


def states_case(sentence: str, article_text: str) -> bool | None:
    """Whether the article states the case the sentence opens with (……的，), nearly all of it; None where the
    sentence opens with no case (the search alone then decides)."""
    from .cited_fines import best_item, conduct, conduct_share
    from .sentences import ARTICLE_LEAD

    case = conduct(ARTICLE_LEAD.sub("", sentence, count=1))
    if not case:
        return None
    return conduct_share(case, article_text, best_item(case, article_text)) >= CASE_SHARE


def fee_by_law(f, store, as_of: str | None) -> bool:
    """Whether a C-FEE-01 finding ``f`` charges what an in-force 法律/行政法规 article lays, as it lays it
    (``provided_by``), the article among the COMPARED best the corpus search finds for the finding's sentence: one
    scoring at least the floor of a restated article, or — where the clause opens with a case the article states —
    the floor of a case searched on its few words (as review.law_fines reads a fine)."""
    if f.rule not in RULES or f.clause is None or not hasattr(store, "conn"):
        return False
    from .engine import UPPER_MIN_SCORE, UPPER_VOTED_SCORE
    from .granted import closest_laws
    from .sentences import ARTICLE_LEAD, sentence_of

    text = f.clause.text
    sentence = ARTICLE_LEAD.sub("", sentence_of(text, max(text.find(f.quote or ""), 0)), count=1)
    if not charges_in(sentence):
        return False
    for h in closest_laws(store, sentence, as_of, COMPARED):
        if not provided_by(sentence, h.text or ""):
            continue
        stated = states_case(sentence, h.text or "")
        if stated is None:     # no case: the article must say most of what the sentence says
            stated = shared_share(sentence, h.text or "") >= CASE_SHARE
            floor = UPPER_MIN_SCORE
        else:
            floor = UPPER_VOTED_SCORE
        if stated and (h.score or 0) >= floor:
            return True
    return False


def shared_share(sentence: str, article_text: str) -> float:
    """The share of the sentence's content pairs the article states."""
    from .compare.matter import content_bigrams

    own = content_bigrams(sentence)
    return len(own & content_bigrams(article_text)) / len(own) if own else 0.0
