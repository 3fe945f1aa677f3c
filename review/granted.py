"""A power the law grants the very body the clause names (round 35, prec35, issue 9).

C-POWER-NONHOLDER reports a body that holds no power of sanction, licence or coercion (a township, a street office, a
village committee, a 指挥部) named as exercising one. Some laws grant such a body that very power: 土地管理法 第六十二条
(农村村民住宅用地，由乡（镇）人民政府审核批准), 城乡规划法 第六十五条 (由乡、镇人民政府责令停止建设、限期改正；逾期
不改正的，可以拆除), 河道管理条例 第三十六条 (由防汛指挥部责令设障者……清除；逾期不清除的，由防汛指挥部组织强行
清除). A clause restating that grant, cited or not, gives the body nothing the law did not.

``granted_by_law`` asks the corpus for the in-force 法律/行政法规 articles closest to the finding's sentence and excuses
the finding where one of them names the clause's kind of body (``review/tables/granted_powers.toml`` [[body]]) doing
every act the finding quotes (its [[act]] families) in one sentence. A clause that gives the body an act the article
does not (a fine where the law only orders and removes), another kind of body, or an article not in force, stays a
finding. ``grants`` is the pure comparison; ``granted_by_law`` the corpus look-up.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from pathlib import Path

TABLE = Path(__file__).resolve().parent / "tables" / "granted_powers.toml"
RULES = frozenset({"C-POWER-NONHOLDER", "C-POWER-NONHOLDER-LIST", "C-POWER-BEYOND"})   # (BEYOND: round 35, lead35)
COMPARED = 3              # the best articles read
GRANT_CONDUCT = 0.75      # share of the clause's case (……的，) the article states: the same conduct, nearly all of it
#                           (摆摊设点 in the street is not 修建临时建筑物 there, for all the place words they share)


@lru_cache(maxsize=1)
def _table() -> tuple[tuple, tuple]:
    data = tomllib.loads(TABLE.read_text(encoding="utf-8"))
    bodies = tuple((b["name"], re.compile(b["clause"]), re.compile(b["law"])) for b in data["body"])
    acts = tuple((a["name"], re.compile(a["clause"]), re.compile(a["law"])) for a in data["act"])
    return bodies, acts


def bodies_in(text: str) -> set[str]:
    """The kinds of body ``text`` names (a clause's quote)."""
    return {name for name, clause, _ in _table()[0] if clause.search(text)}


def bodies_named_by_law(article_text: str) -> set[str]:
    """The kinds of body an article names, in the forms laws name them."""
    return {name for name, _, law in _table()[0] if law.search(article_text)}


def acts_in(text: str) -> set[str]:
    """The families of acts of power ``text`` names (a finding's quote)."""
    return {name for name, clause, _ in _table()[1] if clause.search(text)}


def grants(quote: str, article_text: str) -> bool:
    """Whether ``article_text`` names a kind of body ``quote`` names and, in one of its sentences naming that body,
    every family of act the quote names (pure)."""
    bodies, acts = _table()
    kinds, done = bodies_in(quote), acts_in(quote)
    if not kinds or not done:
        return False
    law_body = {name: law for name, _, law in bodies}
    law_act = {name: law for name, _, law in acts}
    for sentence in re.split(r"[。\n]", article_text):
        if any(law_body[k].search(sentence) for k in kinds) and all(law_act[a].search(sentence) for a in done):
            return True
    return False


def same_case(sentence: str, article_text: str) -> bool:
    """Whether the article states the case the clause's sentence opens with (its words before 的，: review.cited_fines
    .conduct), nearly all of it; a sentence opening with no case (农村村民住宅用地，由……审批) is read by the search alone."""
    from .cited_fines import best_item, conduct, conduct_share
    from .sentences import ARTICLE_LEAD

    case = conduct(ARTICLE_LEAD.sub("", sentence, count=1))
    return not case or conduct_share(case, article_text, best_item(case, article_text)) >= GRANT_CONDUCT


@lru_cache(maxsize=512)
def closest_laws(store, text: str, as_of: str | None, k: int) -> tuple:
    """The ``k`` in-force 法律/行政法规 articles the corpus search finds closest to ``text`` (cached per store: a sweep
    asks for the same sentence of a repeated clause again)."""
    from statutes.search import search

    from .engine import CORE_LEVELS

    return tuple(search(store, text, k=k, as_of=as_of, levels=CORE_LEVELS, in_force=True))


def granted_by_law(f, store, as_of: str | None) -> bool:
    """Whether a C-POWER-NONHOLDER finding ``f`` restates a power an in-force 法律/行政法规 article grants the body it
    names (``grants``), the article among the COMPARED best the corpus search finds for the finding's sentence."""
    if (f.rule not in RULES and f.category != "license") or f.clause is None or not hasattr(store, "conn"):
        return False
    from .engine import UPPER_MIN_SCORE      # the floor of an article a clause restates
    from .sentences import sentence_bounds

    text = f.clause.text
    at = max(text.find(f.quote or ""), 0)
    s0, s1 = sentence_bounds(text, at, at)
    sentence = text[s0:s1]
    quote = f.quote or sentence
    # (every act from the quote to the sentence's end: 可以作出限期拆除的决定，并处五千元罚款 gives a fine too)
    quote = quote + text[at + len(f.quote or ""):s1] if f.quote and at + len(f.quote) <= s1 else quote
    if not acts_in(quote):
        return False
    if not bodies_in(quote):     # the body named before the quote (镇人民政府对……的，可以作出限期拆除的决定)
        quote = text[s0:at] + quote
    if not bodies_in(quote):
        return False
    hits = closest_laws(store, sentence, as_of, COMPARED)
    return any((h.score or 0) >= UPPER_MIN_SCORE and grants(quote, h.text or "") and same_case(sentence, h.text or "")
               for h in hits)
