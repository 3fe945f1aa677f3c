"""Whether a clause cites the very article it restates (依照《中华人民共和国行政强制法》第四十三条规定 …).

A clause that cites the article carries the article's exceptions with the citation: leaving its 但书 unwritten
does not take the 但书 away.
"""

from __future__ import annotations

import re

from statutes.citations import extract_citations
from statutes.citations.aliases import candidates


def cites_article(text: str, law: str, article: int, article_sub: int = 0) -> bool:
    """``text`` cites article ``article`` (之``article_sub``) of ``law`` (short or full title), alone or in a
    range (第四十二条至第四十五条); references to 本法/本办法 and to other laws do not count."""
    if not text or not law or not article:
        return False
    names = set(candidates(law))
    for ref in extract_citations(with_back_references(text)):
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


# 依照该条例第二十条 / 该法第九十四条: an article of the instrument the sentence named before (未依照《地质资料管理条例》规定
# 期限汇交……的，由……依照该条例第二十条责令限期汇交) — any instrument, by the word its title ends with
_BACK_REFERENCE = re.compile(r"(?:该|上述|前述)(法|条例|办法|规定|细则|决定)(?=第[一二三四五六七八九十百零〇\d]+条)")
_NAMED_INSTRUMENT = re.compile(r"《([^《》]{2,60})》")


def with_back_references(text: str) -> str:
    """``text`` with each 该法/该条例……第N条 written as the instrument it refers back to (《X》第N条): the last one named
    before it whose title ends with that word. A back-reference with no such instrument before it stays as it is."""
    if "该" not in text and "上述" not in text and "前述" not in text:
        return text
    out, last = [], 0
    for m in _BACK_REFERENCE.finditer(text):
        named = [n.group(1) for n in _NAMED_INSTRUMENT.finditer(text, 0, m.start()) if n.group(1).endswith(m.group(1))]
        if named:
            out += [text[last:m.start()], f"《{named[-1]}》"]
            last = m.end()
    return "".join(out) + text[last:] if out else text


# a citation opening the phrase that ends in 被 + the modal verb (依照《X》第N条第M款被禁止担任……): the clause names a
# person by what the cited article did to him — the law's verb, told; the clause lays no modal of its own
_TOLD_BY_CITATION = re.compile(r"(?:依照|根据|依据|按照)[^，。；：]{0,40}?第[一二三四五六七八九十百零〇\d]+条[^，。；：]{0,12}被$")


def told_by_citation(text: str, offset: int) -> bool:
    """Whether the modal verb at ``offset`` of ``text`` follows 被 in a phrase opened by a citation of an article."""
    start = max(text.rfind(ch, 0, offset) for ch in "，。；：\n") + 1
    return bool(_TOLD_BY_CITATION.search(text[start:offset]))
