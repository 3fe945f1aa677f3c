"""Whether a clause cites the very article it restates (依照《中华人民共和国行政强制法》第四十三条规定 …).

A clause that cites the article carries the article's exceptions with the citation: leaving its 但书 unwritten
does not take the 但书 away.
"""

from __future__ import annotations

from statutes.citations import extract_citations
from statutes.citations.aliases import candidates


def cites_article(text: str, law: str, article: int, article_sub: int = 0) -> bool:
    """``text`` cites article ``article`` (之``article_sub``) of ``law`` (short or full title), alone or in a
    range (第四十二条至第四十五条); references to 本法/本办法 and to other laws do not count."""
    if not text or not law or not article:
        return False
    names = set(candidates(law))
    for ref in extract_citations(text):
        if ref.kind != "statute" or not ref.law or ref.article is None:
            continue
        if names.isdisjoint(candidates(ref.law)):
            continue
        if ref.article_end is not None:
            if ref.article <= article <= ref.article_end:
                return True
        elif (ref.article, ref.article_sub) == (article, article_sub):
            return True
    return False
