"""A measure the document only repeats: a licence, penalty, coercive measure or fee that the law the document
implements (``review.governing``) provides itself — the document sets nothing, so it is no finding of the kinds a
规范性文件 or 规章 may not set (legal-checks.md §1: restating an upper-level measure is not setting one).

Two readings, each against the articles of the governing laws only (a few hundred, not the corpus):

- **restated**: the sentence holding the measure restates an article's unit with no material change (the comparison
  of ``review.compare``), and every item of a list it heads stands in that article too — a list the document
  extends (an item of its own under a restated penalty header) sets a penalty for that item;
- **the law's own approval** (a licence only): the words naming the approval — the approving body and the approval
  verb — are the article's, on the same matter (提交由……乡镇人民政府或者县级人民政府教育行政部门批准其延缓入学的证明文件
  against 义务教育法 第十一条's 由当地乡镇人民政府或者县级人民政府教育行政部门批准).

A measure the clause alters (a fine above the law's, a longer period) is not "provided": the comparison shows a
material change and the governing comparison reports it (UPPER-ALTERED).
"""

from __future__ import annotations

import re

from .model import Clause, Finding

PROVIDABLE = frozenset({"license", "penalty", "coercion", "fee"})
FAITHFUL = 0.8             # share of the sentence the comparison aligns with the article's unit
MIN_COVERAGE = 45.0        # review.governing: a sentence resembling an article at least this much is compared
ITEM_OVERLAP = 6           # characters of content an item of a restated list shares with the article
APPROVAL_RUN = 8           # characters of the approval's words (body + verb) the clause and the article share
_APPROVAL = re.compile(r"批准|审批|核准|许可|同意|审核")
_SENTENCE = re.compile(r"[^。；;！？!?\n]+[。；;！？!?]?")


def without_provided(findings: list[Finding], clauses: list[Clause], laws) -> list[Finding]:
    """``findings`` without those of a measure a governing law provides in the words the clause repeats."""
    if not laws:
        return findings
    return [f for f in findings if not (f.category in PROVIDABLE and f.clause is not None and f.quote
                                        and provided_by(f, clauses, laws))]


def adds_to_upper(f: Finding) -> bool:
    """Whether finding ``f`` is a licence condition its clause adds to those an upper law sets (除符合……规定的条件外，
    还应当……; the concept license.conditions_added, in the sentence or its list header): the added condition is the
    clause's own however closely the rest restates the article, so no restatement excuses it."""
    from .norms.lexicon import default_lexicon

    if f.category != "license" or f.clause is None:
        return False
    sentence = _sentence_of(f.clause.text, f.quote) or f.clause.text
    return bool(default_lexicon().find("license.conditions_added", f"{f.clause.header or ''}\n{sentence}"))


def provided_by(f: Finding, clauses: list[Clause], laws):
    """The governing article that provides the measure of finding ``f`` as its clause words it, or None."""
    if adds_to_upper(f):
        return None
    clause = f.clause
    sentence = _sentence_of(clause.text, f.quote)
    if not sentence:
        return None
    article = restated_article(sentence, clause, laws)
    if article is not None and items_stand(clause, clauses, article.text):
        return article
    if f.category == "license":
        return _own_approval(f.quote, laws)
    return None


def restated_article(sentence: str, clause: Clause, laws):
    """The governing article whose unit ``sentence`` restates with no material change, or None."""
    from .compare import cites_article, compare
    from .compare.units import best_unit
    from .governing import closest_article

    hit, _ = closest_article(sentence, laws, by_matter=True, at_least=MIN_COVERAGE)
    if hit is None:
        return None
    _, article = hit
    unit = best_unit(sentence, article.text)
    whole = f"{clause.header}\n{clause.text}" if clause.header else clause.text
    cmp = compare(sentence, unit.text, context=whole,
                  cites_upper=cites_article(clause.text, article.law, article.article, article.article_sub))
    return article if cmp.similarity >= FAITHFUL and not cmp.material() else None


def items_stand(clause: Clause, clauses: list[Clause], article_text: str) -> bool:
    """Whether every item of the list ``clause`` heads (if it heads one) shares its content with the article."""
    from .engine import substantive_overlap

    head = clause.text.rstrip()
    if not head.endswith(("：", ":")):
        return True
    items = [c for c in clauses if c.index != clause.index and c.header and c.header.strip() in clause.text]
    return all(substantive_overlap(c.text, article_text, ITEM_OVERLAP) for c in items)


def _own_approval(quote: str, laws):
    """The governing article that names the approval ``quote`` names: a run of at least APPROVAL_RUN characters
    shared with the article that holds the approval verb (the body and its 批准), on the same matter (SAME_MATTER
    content bigrams in common: 延缓入学, not any approval of the same department), or None."""
    from .governing import SAME_MATTER, _matter_bigrams

    mine = _matter_bigrams(quote)
    for m in _APPROVAL.finditer(quote):
        for law in laws:
            for article in law.articles:
                if (m.group() in article.text and _shared_run_through(quote, m.start(), m.end(), article.text)
                        and len(mine & _matter_bigrams(article.text)) >= SAME_MATTER):
                    return article
    return None


def _shared_run_through(quote: str, start: int, end: int, text: str) -> bool:
    """Whether some stretch of ``quote`` of APPROVAL_RUN characters or more around [start, end) stands in ``text``."""
    for left in range(start, max(-1, start - 30), -1):
        right = max(end, left + APPROVAL_RUN)
        if right > len(quote) or quote[left:right] not in text:
            continue
        return True
    return False


def _sentence_of(text: str, quote: str) -> str:
    """The sentence of ``text`` that holds the start of ``quote``."""
    at = text.find(quote)
    if at < 0:
        return ""
    for m in _SENTENCE.finditer(text):
        if m.start() <= at < m.end():
            return m.group().strip()
    return ""
