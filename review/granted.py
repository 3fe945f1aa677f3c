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
RULES = frozenset({"C-POWER-NONHOLDER", "C-POWER-NONHOLDER-LIST", "C-POWER-BEYOND",   # (BEYOND: round 35, lead35)
                   "C-POWER-ENTRY", "C-POWER-SEARCH"})   # (ENTRY: round 36, prec36 — an inspection the law grants the department)
COMPARED = 3              # the best articles read
GRANT_CONDUCT = 0.75      # share of the clause's case (……的，) the article states: the same conduct, nearly all of it
#                           (摆摊设点 in the street is not 修建临时建筑物 there, for all the place words they share)


@lru_cache(maxsize=1)
def _table() -> tuple[tuple, tuple]:
    data = tomllib.loads(TABLE.read_text(encoding="utf-8"))
    bodies = tuple((b["name"], re.compile(b["clause"]), re.compile(b["law"])) for b in data["body"])
    acts = tuple((a["name"], re.compile(a["clause"]), re.compile(a["law"])) for a in data["act"])
    return bodies, acts


# round 36 (prec36): a county's or a city's department by its function (县民政局, 市市场监督管理局), and the forms laws
# name that function's department in (县级以上人民政府民政部门, 市场监督管理部门, 卫生健康主管部门)
_DEPARTMENT = re.compile(r"(?:县|市|区|旗)(?:级)?([\u4e00-\u9fff]{2,10}?)(?:局|委员会)")
_DEPT_KIND = "department:"


def _department_in_law(function: str) -> re.Pattern:
    return re.compile(rf"{function}(?:行政)?(?:主管|管理)?(?:部门|机构)")


def bodies_in(text: str, departments: bool = False) -> set[str]:
    """The kinds of body ``text`` names (a clause's quote); with ``departments``, a department too, as
    ``department:`` and its function (read for an inspection only: a department's licence or sanction is the other
    rules' question)."""
    kinds = {name for name, clause, _ in _table()[0] if clause.search(text)}
    return kinds | ({_DEPT_KIND + m.group(1) for m in _DEPARTMENT.finditer(text)} if departments else set())


def _units(article_text: str) -> list[str]:
    """The article's sentences, a lead-in ending in ：joined with its items (……可以采取以下措施：\n（一）……)."""
    out: list[str] = []
    for line in article_text.split("\n"):
        if out and out[-1].rstrip().endswith(("：", ":")) or out and re.match(r"^[（(][一二三四五六七八九十]+[)）]", line) \
                and "：" in out[-1]:
            out[-1] += line
        else:
            out.append(line)
    return [s for unit in out for s in unit.split("。")]


# the place a clause's inspection enters (进入涉嫌违法的养老机构现场检查): the article must name it
_ENTERED = re.compile(r"进入([^，。；]{2,16}?)(?:进行)?(?:现场)?(?:检查|查看)")
PLACE_SHARE = 0.6


def place_named(quote: str, article_text: str) -> bool:
    """Whether every place the quote enters is one the article names (most of its content pairs)."""
    from .compare.matter import content_bigrams

    law = content_bigrams(article_text)
    for m in _ENTERED.finditer(quote):
        pairs = content_bigrams(m.group(1))
        if pairs and len(pairs & law) / len(pairs) < PLACE_SHARE:
            return False
    return True


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
    done = acts_in(quote)
    kinds = bodies_in(quote, departments="inspection" in done)
    if not kinds or not done:
        return False
    law_body = {name: law for name, _, law in bodies}
    law_body |= {k: _department_in_law(k[len(_DEPT_KIND):]) for k in kinds if k.startswith(_DEPT_KIND)}
    law_act = {name: law for name, _, law in acts}
    if "inspection" in done and not place_named(quote, article_text):
        return False
    for sentence in _units(article_text):
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
    done = acts_in(quote)
    if not done:
        return False
    departments = "inspection" in done
    if not bodies_in(quote, departments):     # the body named before the quote (镇人民政府对……的，可以作出限期拆除的决定)
        quote = text[s0:at] + quote
    if not bodies_in(quote, departments):
        return False
    hits = closest_laws(store, sentence, as_of, COMPARED)
    return any((h.score or 0) >= UPPER_MIN_SCORE and grants(quote, h.text or "") and same_case(sentence, h.text or "")
               for h in hits)
