"""Real excerpts of ../shared/data/documents/txt reviewed through the whole engine, as the text reader builds a
document from its lines (review.readers.build_document). Shared by the per-round real-document tests (test_docs17,
test_docs18)."""

from pathlib import Path

DOCS = Path(__file__).resolve().parents[2] / "shared" / "data" / "documents" / "txt"
AS_OF = "2026-12-01"


def review_lines(text: str, corpus):
    """``text`` (lines joined by "\\n") reviewed as of AS_OF, without the upper-law comparison."""
    from review.engine import ReviewOptions, review_document
    from review.metadata import apply_metadata
    from review.readers import build_document
    from review.rules import load_packs

    doc = apply_metadata(build_document("t.txt", text.split("\n"), "text"))
    return review_document(doc, corpus, load_packs(), ReviewOptions(as_of=AS_OF, upper_law=False))


def document_line(doc_id: str, words: str) -> str:
    """The line of a real document holding ``words`` (a real excerpt, as the document writes it)."""
    [path] = DOCS.glob(f"{doc_id}_*.txt")
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if words in ln]
    assert lines, (doc_id, words)
    return lines[0]
