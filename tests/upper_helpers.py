"""The upper-law findings of one clause, as the upper-law tests read them (test_upper_vote12, test_upper_round13,
test_upper_round13b, test_upper14)."""

from review.engine import ReviewOptions, upper_law_findings
from review.model import Clause

AS_OF = "2026-12-01"


def upper_findings(corpus, text: str, header: str = "") -> list:
    """The error and warning findings of the upper-law search on ``text`` read as 第二条 of a draft (under ``header``,
    a list's lead-in, where given), as of AS_OF."""
    clause = Clause(index=0, label="第二条", text=text, start=0, end=len(text), paragraph=0, header=header)
    findings, _ = upper_law_findings([clause], corpus, ReviewOptions(as_of=AS_OF))
    return [f for f in findings if f.severity in ("error", "warning")]
