"""A 设定 finding on a sentence that names its own basis, which the corpus does not hold.

"按照《某省流动人口服务管理规定》，须经公安机关批准" may be lawful: the measure may be set by the instrument it names
(a 地方性法规, a 规章). When the local corpus holds that instrument, the upper-law comparison reads it; when it
does not, nobody can tell from here whether the instrument sets the measure, and asserting "规范性文件不得设定……"
as an error would be a guess. The finding becomes a warning that asks the reviewer to check the named basis
(issue 9: "请核对上位法依据"), with the name in its detail.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .model import Finding

# the categories whose rules assert that a measure has no upper-level basis (review.engine.SET_BY_UPPER)
SETTING = frozenset({"license", "penalty", "coercion", "fee"})
_CITED = re.compile(r"(?:依照|按照|根据|依据|遵照|参照)(?:国家|省|市|县|区)?(?:有关部门)?(?:的)?"
                    r"《([^《》]{4,60}?(?:法|条例|规定|办法|细则|规则|决定|意见|通知|规范|实施方案))》")
_SENTENCE_END = "。；\n"


def _sentence(text: str, quote: str) -> str:
    at = text.find(quote) if quote else -1
    if at < 0:
        return text
    start = max(text.rfind(ch, 0, at) for ch in _SENTENCE_END) + 1
    ends = [e for e in (text.find(ch, at + len(quote)) for ch in _SENTENCE_END) if e >= 0]
    return text[start:min(ends) + 1 if ends else len(text)]


def unheld_basis(sentence: str, holds) -> str:
    """The first instrument the sentence says it follows (依照/按照/根据《X》) that ``holds(X)`` denies, or ""."""
    for m in _CITED.finditer(sentence):
        if not holds(m.group(1)):
            return m.group(1)
    return ""


def unverified_basis(findings: list[Finding], store) -> list[Finding]:
    """The 设定 errors whose sentence follows a named instrument the corpus does not hold, as warnings that ask
    the reviewer to check that basis; the other findings unchanged."""
    if not hasattr(store, "find_works"):
        return findings
    held: dict[str, bool] = {}

    def holds(name: str) -> bool:
        if name not in held:
            held[name] = bool(store.find_works(name))
        return held[name]

    out = []
    for f in findings:
        if f.category in SETTING and f.severity == "error" and f.clause is not None:
            name = unheld_basis(_sentence(f.clause.text, f.quote), holds)
            if name:
                f = replace(f, severity="warning",
                            problem=f"{f.problem}条款称依照《{name}》，本地法规库未收录该文件，无法核对其是否设定了该措施，"
                                    "请核对上位法依据。",
                            detail={**f.detail, "basis_unverified": name})
        out.append(f)
    return out
