"""The annotated draft (批注稿): the drafter's own document with the review in it.

``annotate(opinion, source)`` returns an ``Annotated``: the .docx bytes with one Word comment (批注) per place
a finding stands — author "合法性审查" unless told otherwise, text = severity prefix, problem, legal basis and
suggestion — and a suggested revision (修订) where the fix is mechanical (``fixes.py``). A .docx draft is
annotated in place, every other part of its package unchanged; any other draft (.txt, .html, .pdf, …) becomes
a new .docx of its text first (``Annotated.new_document``). ``write_annotated`` writes the file atomically.

Modules: ``textmap`` (the reader's text traced back to the XML), ``fixes`` (+ ``fixes.toml``, which findings
become revisions), ``comments`` (what a comment says), ``draft`` (cutting the XML open, writing the parts),
``validate`` (what Word requires of the result).
"""

from __future__ import annotations

from pathlib import Path

from .draft import DEFAULT_REVIEWER, AnnotateError, Annotated, Placement, annotate_docx

__all__ = ["annotate", "annotate_file", "write_annotated", "text_docx", "Annotated", "Placement", "AnnotateError",
           "DEFAULT_REVIEWER"]


def text_docx(document) -> bytes:
    """A plain .docx of a read document's paragraphs (title centred), for drafts that are not .docx."""
    from review.render.ooxml import DocxWriter

    from ..opinion import document_title

    doc = DocxWriter(title=document_title(document), odd_even_page_numbers=False)
    title = document.title.strip().strip("《》")
    head = ""   # the leading paragraphs that make up the title (it may stand on two lines: …办法 / （送审稿）)
    for para in document.paragraphs:
        text = para.text.strip("《》")
        in_title = bool(title) and head is not None and title.startswith(head + text)
        head = head + text if in_title else None
        doc.paragraph(para.text, style="Title" if in_title else "BodyText")
    return doc.to_bytes()


def annotate(opinion, source: Path | str | None = None, *, reviewer: str = DEFAULT_REVIEWER, when: str,
             policy=None) -> Annotated:
    """Annotate the draft ``opinion`` was made from (``source``, default ``opinion.document.path``).

    ``when``: the date written on comments and revisions (ISO 8601, UTC, ending in Z); ``policy``: a
    ``fixes.FixPolicy`` (``fixes.load_policy()``), None for comments only.
    """
    from dataclasses import replace

    path = Path(source if source is not None else opinion.document.path)
    if opinion.document.source_format == "docx":
        return annotate_docx(path.read_bytes(), opinion, reviewer=reviewer, when=when, policy=policy,
                             name=str(path))
    result = annotate_docx(text_docx(opinion.document), opinion, reviewer=reviewer, when=when, policy=policy,
                           name=str(path))
    return replace(result, new_document=True)


def write_annotated(result: Annotated, target: Path | str) -> None:
    from ..atomic import atomic_write_bytes

    atomic_write_bytes(target, result.data)


def annotate_file(opinion, source: Path | str, target: Path | str, *, reviewer: str = DEFAULT_REVIEWER, when: str,
                  pack_paths=()) -> Annotated:
    """Annotate ``source`` with ``opinion`` and write the result atomically to ``target``; mechanical fixes
    per ``fixes.toml`` and the agency renames of the packaged rule packs plus ``pack_paths``."""
    from .fixes import load_policy

    result = annotate(opinion, source, reviewer=reviewer, when=when, policy=load_policy(pack_paths))
    write_annotated(result, target)
    return result
