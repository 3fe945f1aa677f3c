"""What a 批注 says: for each finding on the words, the severity as a prefix, the problem, the legal basis
(law and article) and the suggestion, in Chinese; and, where fashen suggested a revision, what it changed."""

from __future__ import annotations

from ..severity import Severity

SEVERITY_PREFIX = {s.value: s.prefix for s in Severity}


def _citations(f) -> list[str]:
    from review.render import basis_entry

    out: list[str] = []
    items = list(f.basis) + ([f.upper] if f.upper is not None else [])
    for b in items:
        entry = basis_entry(b)
        cite = entry.citation()
        if entry.note:
            cite += f"（{entry.note}）"
        if cite and cite not in out:
            out.append(cite)
    return out


def finding_paragraphs(f, edit=None, unplaced: bool = False) -> list[str]:
    """The paragraphs of one finding in a comment; ``unplaced``: its words could not be found in the
    draft (the comment stands on the title), so the comment quotes them."""
    out = []
    if unplaced and f.quote:
        where = f"{f.clause.label}：" if f.clause is not None and f.clause.label else ""
        out.append(f"（{where}“{f.quote}”）")
    out.append(f"{SEVERITY_PREFIX.get(f.severity, '')}{f.problem}")
    cites = _citations(f)
    if cites:
        out.append("依据：" + "；".join(cites))
    if f.suggestion:
        out.append("建议：" + f.suggestion)
    if edit is not None:
        out.append(edit.describe() + "，请核对后接受或拒绝。")
    return out


def comment_paragraphs(items) -> list[str]:
    """``items``: (finding, edit or None, unplaced) for every finding a comment carries."""
    out: list[str] = []
    for f, edit, unplaced in items:
        out.extend(finding_paragraphs(f, edit, unplaced))
    return out
