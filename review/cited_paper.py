"""A paper the cited law itself names as what qualifies its holder (round 36, prec36, issue 9).

FP-PROOF reports a clause asking for a birth-status paper (国办发〔2018〕47号: self-set proofs abolished; 2019: 计划生育
证明 no longer asked). A clause naming the holders of a paper a law itself creates and rewards — 获得《独生子女父母光荣证》
的夫妻，其独生子女……伤残、死亡的，依照《中华人民共和国人口与计划生育法》第三十二条的规定获得扶助 (第三十一条 creates the
certificate; 第三十二条 gives its holders 扶助) — restates who the law benefits: no paper is demanded of anyone.

``paper_named_by_law`` excuses a family-planning or proof finding where the sentence cites an article (依照《X》第N条)
that, read in the corpus, names the very paper the finding quotes (its 《…》 title), and the sentence demands nothing
(no 提交, 提供, 出示, 凭, 方可 …). A sentence asking for the paper, or citing an article that does not name it, stays a
finding.
"""

from __future__ import annotations

import re

CATEGORIES = frozenset({"family-planning", "proof"})
_PAPER = re.compile(r"《([^《》]{2,20}(?:证|证明|卡|册))》")
_CITED = re.compile(r"《([^《》]{2,40}(?:法|条例))》(?:（[^）]*）)?第([一二三四五六七八九十百零〇\d]+)条")
_DEMAND = re.compile(r"提交|提供|出示|递交|携带|凭|附上|附有|须|需|必须|方可|方能|才能|不予|查验|核验|交验")


def paper_named_by_law(f, store, as_of: str | None) -> bool:
    """Whether the finding's paper is one the article its sentence cites names, and the sentence demands nothing."""
    if f.category not in CATEGORIES or f.clause is None or not hasattr(store, "conn"):
        return False
    from statutes.errors import FashenError
    from statutes.lookup import show_article

    from .sentences import sentence_of

    text = f.clause.text
    at = text.find(f.quote or "")
    sentence = sentence_of(text, max(at, 0))
    papers = {m.group(1) for m in _PAPER.finditer(f.quote or "")} or {m.group(1) for m in _PAPER.finditer(sentence)}
    if not papers or _DEMAND.search(sentence):
        return False
    for m in _CITED.finditer(sentence):
        try:
            view = show_article(store, m.group(1), f"第{m.group(2)}条", as_of)
        except FashenError:
            continue
        body = "".join(u.text for u in view.units)
        if all(p in body for p in papers):
            return True
    return False
