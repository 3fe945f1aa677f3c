"""Compare a draft clause with the upper-level provision it restates, and name what was altered.

``compare(clause_text, upper_text, cites_upper=False)`` is pure and never raises; it returns a ``Comparison``
whose ``changes`` say what the clause altered (amounts, time limits, 可以↔应当, added conditions and exceptions,
dropped duties and exceptions, other subjects) and how serious each is. ``cites_article`` tells a caller whether
the clause cites the very article (then an exception it leaves out still applies). ``pipeline`` describes the
steps; the grading tables are data (``grading.toml``); the legal vocabulary is in ``vocabulary``.
"""

from .citing import cites_article
from .model import KINDS, Change, Comparison
from .pipeline import compare, compare_unguarded
from .summary import summarise

__all__ = ["KINDS", "Change", "Comparison", "cites_article", "compare", "compare_unguarded", "summarise"]
