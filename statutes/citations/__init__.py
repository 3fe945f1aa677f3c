"""Legal citations: extraction from text (pure) and verification against a ``Resolver``."""

from .extract import KINDS, CitationRef, clean, extract_citations
from .verify import VERDICTS, CitationCheck, own_titles, verify

__all__ = ["KINDS", "VERDICTS", "CitationRef", "CitationCheck", "clean", "extract_citations", "own_titles", "verify"]
