"""A citation of a renumbered article: the number the document gives is not in the law's text in force now, and
that text was made after the document (or the draft) was begun — the number pointed at the version then in force.

``statutes.citations.verify`` says ``not_found`` against the version in force on the review date; it does not know
when the document was made. Read with the law's version rows (review only, the corpus is not touched):

* a dated document made before the version in force began cited the version then in force: the article was
  renumbered by the amendment when the sentence's content is found at another number now; when it is found nowhere
  (《广东省人口与计划生育条例》第六十三条 in a 2005 document, the regulation's held text of 2021: its penalties on
  employers are gone) it may have been rewritten or deleted, and the citation stays ``not_found`` with that reason;
* an undated draft, a version that began less than ``RECENT_DAYS`` before the review date, and the sentence's own
  content found at another number of the version now in force (《村民委员会组织法》第二十七条第三款 → 现行第三十一条
  第三款 after the 2025 amendment): the drafter copied the number of the text in force when drafting began.

Either way the finding says so (``renumbered``: the number needs updating when the document is next revised) and
names where the content is now when the sentence finds it; a number the current text lacks in an undated
document on a law unchanged for years, or with no content to match, stays ``not_found``.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import replace
from datetime import date, timedelta

from statutes.numerals import int_to_cn

RENUMBERED = "renumbered"
RECENT_DAYS = 730          # an undated draft may have been begun under the text in force this long before review
MIN_MATCH = 40.0           # Resolver.closest_in score from which the sentence's content is that article's
_NON_TEXT = re.compile(r"[^\u4e00-\u9fff]")
_ADDED = re.compile(r"[，,](?:并|同时|并且|另)[^，。；;]*")
_ITEM = re.compile(r"[（(][一二三四五六七八九十\d]+[）)]")
_CITE = re.compile(r"《[^》]*》(?:第[^，。；、]{1,20}?[条款项])*")


def _start(version) -> str:
    return version.effective_date or version.publish_date or ""


def _recent(start: str, as_of: str) -> bool:
    try:
        return date.fromisoformat(start) >= date.fromisoformat(as_of) - timedelta(days=RECENT_DAYS)
    except ValueError:
        return False


def _paragraph(text: str, context: str, cited: int | None) -> int | None:
    """The paragraph (1-based) of an article's text the sentence cites, when the article has several: the cited
    paragraph's own number when the article has it (an amendment moves articles and keeps their paragraphs), else
    the paragraph most like the sentence."""
    paras = [p for p in text.split("\n") if p.strip() and not _ITEM.match(p.strip())]     # items are no paragraphs
    if len(paras) < 2:
        return None
    if cited and cited <= len(paras):
        return cited
    own = _NON_TEXT.sub("", _CITE.sub("", context))
    scores = [difflib.SequenceMatcher(None, own, _NON_TEXT.sub("", p)).ratio() for p in paras]
    return scores.index(max(scores)) + 1


def _moved_to(store, work_id: int, article: int | None, paragraph: int | None, context: str) -> str:
    """Where the sentence's content is in the version in force ("第三十一条第三款"), "" when not found or the same."""
    # the sentence without its citations; and without the phrases it adds with 并/同时 (……责令改正，并抄送县民政局): what
    # the document adds of its own is not the cited content
    own = _CITE.sub("", context)
    texts = [own] + ([cut] if (cut := _ADDED.sub("", own)) != own else [])
    prov = None
    for text in texts:
        try:
            hit = store.closest_in(work_id, text)
        except Exception:      # a resolver without fuzzy search: no location to offer
            return ""
        if hit is not None and (prov is None or (hit.score or 0) > (prov.score or 0)):
            prov = hit
    if prov is None or (prov.score or 0) < MIN_MATCH or prov.article == article:
        return ""
    label = prov.article_label
    para = _paragraph(prov.text or "", context, paragraph)
    return label + (f"第{int_to_cn(para)}款" if para else "")


def renumbered(chk, store, context: str, made: str, in_force: str, as_of: str | None):
    """``chk`` restated as a citation of a renumbered article, or None when it is not one. ``made`` is the
    document's own date, ``in_force`` the date it takes effect ("" when it states none): a document taking effect
    before the version began was made before it too; a draft taking effect later may have been made either side."""
    if chk.verdict != "not_found" or not chk.law or chk.ref.article is None:
        return None
    works = store.find_works(chk.law)
    if len(works) != 1:
        return None
    law = works[0]
    as_of = as_of or date.today().isoformat()
    version = law.version_as_of(as_of)
    start = _start(version) if version else ""
    if not start:
        return None
    moved = _moved_to(store, law.work_id, chk.ref.article, chk.ref.paragraph, context)
    if not made and in_force and in_force < start:
        made = in_force
    if made:
        if made >= start:
            return None
        if not moved:
            # made under an older text, but the content is found nowhere in the text in force: it may have been
            # rewritten or deleted, not only renumbered — the citation stays unfound, with the reason why
            return replace(chk, detail=f"《{law.title}》现行文本自{start}起施行，文件制定时（{made}）施行的是修改前的文本；"
                                       f"所引条号在现行文本中不存在，句中所述内容在现行文本中也未找到，可能已被修改或删除，"
                                       f"请核对现行文本。{chk.detail}")
    elif not (_recent(start, as_of) and moved):
        return None
    now = f"句中所述内容现为{moved}，" if moved else ""
    if made:
        detail = (f"《{law.title}》现行文本自{start}起施行，文件制定时（{made}）施行的是修改前的文本；"
                  f"所引条号是修改前文本的序号，{now}修改后条文序号已变化。{chk.detail}")
    else:
        detail = (f"《{law.title}》现行文本自{start}起施行，距审查日不久；{now}所引条号应是修改前文本的序号，"
                  f"修改后条文序号已变化。{chk.detail}")
    return replace(chk, verdict=RENUMBERED, detail=detail)
