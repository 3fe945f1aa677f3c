"""The one date rule of a review (legal-checks.md §11.2), shared by ``fashen review`` and ``fashen sweep``.

**The law in force on the review date governs.** ``as_of`` (``--as-of``, default today) decides which laws,
policies and agency names every rule applies: a document made in 2015 and reviewed as of 2026-12-01 is
judged by the law of 2026-12-01 — a draft by the law of the day it is to take effect, an existing document
in a cleanup by the law now. The document's own date only *annotates* a finding: whether the problem existed
when the document was made ("制定时即存在") or arose later ("制定后因……而产生": a law repealed, a reform
that renamed the body, the 2021 family-planning decision). It never hides a finding.

One exception, for agreements: the validity of a contract term is judged by the law when it was concluded
(a rule of the contract pack may say ``date_basis = "document"``).

Pure: ``arose(document_date, since)`` and ``annotate(finding, document_date, since, why)``.
"""

from __future__ import annotations

from dataclasses import replace

from statutes.dates import cn_date as cn, earliest_day   # cn: engine.py writes repeal dates with it too

from .sentences import closed

AT_ISSUE, AFTER_ISSUE, UNKNOWN = "at_issue", "after_issue", "unknown"


def arose(document_date: str | None, since: str | None) -> str:
    """Whether a problem that exists since ``since`` (a repeal, a reform, a new rule) already existed when the
    document was made: at_issue | after_issue | unknown (no date on either side).

    An uncertain date compares by its earliest day ("2017" as 2017-01-01): a 2017 document was made before a
    reform of 2018-03-17; a "2018" document against it cannot tell."""
    doc, when = earliest_day(document_date), earliest_day(since)
    if doc is None or when is None:
        return UNKNOWN
    if len((document_date or "")[:10]) < 10 and doc.year == when.year:
        return UNKNOWN            # "2018" against 2018-03-17: cannot tell
    return AFTER_ISSUE if doc < when else AT_ISSUE


def annotate(f, document_date: str | None, since: str | None, why: str = "", draft: bool = False):
    """``f`` with ``detail["arose"]`` and, for an existing document (not a draft, whose problems all exist
    "when it is made"), a sentence saying whether the problem existed when it was made."""
    when = arose(document_date, since) if not draft else AT_ISSUE
    detail = {**f.detail, "arose": when, "since": since or "", "document_date": document_date or ""}
    problem = f.problem
    if draft:
        pass
    elif when == AFTER_ISSUE:
        event = why or f"{cn(since)}起施行的规定"
        made = cn(document_date[:10]) if len(document_date or "") >= 10 else document_date
        problem = closed(problem) + f"文件制定时（{made}）尚无此问题，{event}后产生。"
    elif when == AT_ISSUE and since and why:
        problem = closed(problem) + "该问题在文件制定时即已存在。"
    return replace(f, problem=problem, detail=detail)
