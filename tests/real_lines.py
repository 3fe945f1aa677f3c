"""Real excerpts of ../shared/data/documents/txt reviewed through the whole engine, as the text reader builds a
document from its lines (review.readers.build_document). Shared by the per-round real-document tests (test_docs17,
test_docs18) and the exactness tests of the speed rounds (test_speed28, test_speed31)."""

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


def real_lines(step: int) -> list[str]:
    """Every non-empty line of every ``step``-th real document (as the reader reads it); [] without ../shared."""
    from review.readers import read_document

    if not DOCS.is_dir():
        return []
    out = []
    for path in sorted(DOCS.iterdir())[::step]:
        out += [line.strip() for line in read_document(path).text.splitlines() if line.strip()]
    return out
