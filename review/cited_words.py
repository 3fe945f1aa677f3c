"""An old agency name that is the words of the provision the sentence cites (round 37, prec37).

"依照《畜禽规模养殖污染防治条例》第五条的规定，县级以上人民政府环境保护主管部门负责……，本县由市生态环境局县分局具体承担"
restates 第五条 in its own words: the name is the 行政法规's, still current there, and the sentence goes on to name the body
that holds the duty now. An agency finding (AG-*) stands only where the document itself uses the old name for a body
of its own. So a finding is dropped when a citation of an article stands before it in the same sentence
(依照/根据/按照《X》第N条) and every old name it quotes is in that article's current text (the corpus decides, not a list
of names). "依照《医疗废物管理条例》第五条的规定，县环境保护局负责……" stays: 县环境保护局 is the document's own body and
the article does not say it.
"""

from __future__ import annotations

import re

from .model import Finding

_LEAD = re.compile(r"(?:依照|按照|根据|依据|遵照)[^。；，]{0,4}$")


def _sentence_start(text: str, at: int) -> int:
    return max(text.rfind(ch, 0, at) for ch in "。；\n") + 1


def cited_articles(text: str, start: int, end: int) -> list:
    """The citations of an article (《X》第N条) in ``text[start:end]`` led by 依照/根据/按照 (the sentence cites them
    as what it restates), as ``CitationRef``s with offsets in ``text``."""
    from statutes.citations import extract_citations

    refs = []
    for ref in extract_citations(text[start:end]):
        if ref.kind != "statute" or ref.article is None:
            continue
        lead = text[start:start + ref.start]
        head = lead[:lead.rfind("《")] if "《" in lead else lead
        if _LEAD.search(head):
            refs.append(ref)
    return refs


# a name led by a place of its own (县环境保护局, 本县环境保护主管部门, 某市工商局) is the document's body, whatever the
# article says; the article's generic subject (县级以上人民政府……主管部门) is led by 人民政府 or stands alone
_OWN_PLACE = re.compile(r"(?:[省市县区州盟旗乡镇]|本[省市县区]|我[省市县区])$")


def own_body(text: str, at: int) -> bool:
    """Whether the name at ``at`` is led by a place (县, 本县, 某市): a body of the document's own."""
    return bool(_OWN_PLACE.search(text[max(0, at - 2):at]))


def names_in_article(names: list[str], article_text: str) -> bool:
    """Whether every old name is written in the article (spaces and brackets of the corpus text aside)."""
    flat = re.sub(r"\s", "", article_text)
    return bool(names) and all(n and re.sub(r"\s", "", n) in flat for n in names)


def within_cited_words(findings: list[Finding], store, as_of: str) -> list[Finding]:
    """``findings`` without the agency findings whose old names are the words of the article their sentence cites
    before them (``cited_articles``, verified against ``store`` on ``as_of``)."""
    from statutes.citations.verify import verify

    from .agencies import old_names

    out = []
    for f in findings:
        if f.category != "agency" or f.clause is None or not f.quote or not hasattr(store, "conn"):
            out.append(f)
            continue
        text = f.clause.text
        at = f.detail.get("at", -1)
        at = at if isinstance(at, int) and at >= 0 and text.startswith(f.quote, at) else text.find(f.quote)
        if at < 0:
            out.append(f)
            continue
        names = old_names(f)
        first = min((i for n in names if (i := text.find(n, at)) >= 0), default=at)
        if own_body(text, first):
            out.append(f)
            continue
        s = _sentence_start(text, at)
        refs = cited_articles(text, s, at)
        texts = [c.provision.text for c in verify(refs, store, as_of=as_of) if c.provision is not None] if refs else []
        if texts and any(names_in_article(names, t) for t in texts):
            continue
        out.append(f)
    return out


# the share of the conduct's content bigrams the article must state: a violation is often the duty refused (拒绝为患者
# 提供复制病历资料服务 against 医疗机构应当提供复制服务), so half, not nearly all
CONDUCT_STATED = 0.5
# the citation names what is violated: 违反《X》第N条(的)?规定，<the conduct>的，<the consequence>
_VIOLATED = re.compile(r"违反[^，。；]{0,4}$")


def violation_restated(text: str, ref, article_text: str) -> bool:
    """Whether the words after a citation of what is violated (违反《X》第N条规定，将妊娠测试作为入职体检项目的，由……责令改正)
    are the conduct the article states, and the rest the consequence: the restatement to compare is the conduct alone
    (review.cited_fines.conduct, up to its 的，), and it stands when the article (its item, where it lists acts) states
    it (review.cited_fines.conduct_share, of its best item where it lists acts, at least CONDUCT_STATED). A conduct the
    article does not state stays for CITE-QUOTE-DIFFERS."""
    from .cited_fines import best_item, conduct, conduct_share

    lead = text[max(0, ref.start - 8):ref.start]
    if not _VIOLATED.search(lead.replace("《", "")) or not ref.quote:
        return False
    done = conduct(ref.quote)
    return bool(done) and conduct_share(done, article_text, best_item(done, article_text)) >= CONDUCT_STATED
