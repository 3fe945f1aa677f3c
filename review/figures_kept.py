"""An upper-law finding whose every change is a figure the clause keeps (round 36, prec36, issue 9).

The comparison pairs a clause's figures with the article's; where the pairing goes wrong, a faithful restatement reads
as an alteration. Two shapes recur on the dev sets' lawful look-alikes:

* **a range the article states, restated** — 在《母婴保健法实施办法》第四十条规定的5000元以上2万元以下幅度内，按……确定:
  the clause's 5000元以上2万元以下 is the article's own fine range (paired with the article's 违法所得不足5000元 instead);
  a range (a low and a high bound) stated word for word by the article and named by the clause as the range it works
  within (……幅度内) is the article's, whatever it was paired with — a range the clause lays itself may be another
  tier's (一律处一千元以上五千元以下罚款, 动物防疫法 第九十二条's second tier laid at once: heldout_round34, a problem);
* **a limit the article lays, respected** — 政府采购法实施条例 第四十八条 (履约保证金的数额不得超过政府采购合同金额的
  10%) read as dropped by a clause that sets the deposit at 5%: a figure of the limit's dimension that lies within
  the limit (不得超过/高于 10%: at most; 不得低于/少于: at least) keeps it. A figure beyond the limit, or none, stays a
  dropped limit.

``kept`` reads one change; ``figures_kept`` a finding (every error or warning change kept). Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .quantities import find_quantities
from .sentences import end_before


@dataclass(frozen=True, slots=True)
class Change:
    """A change of a finding's comparison, as its detail records it."""

    kind: str
    severity: str
    clause_span: str
    upper_span: str

    @classmethod
    def of(cls, d: dict) -> "Change":
        return cls(d.get("kind", ""), d.get("severity", ""), d.get("clause_span", "") or "", d.get("upper_span", "") or "")

_UPPER_LIMIT = re.compile(r"不得(?:超过|超出|高于|突破|多于|大于)")
_LOWER_LIMIT = re.compile(r"不得(?:低于|少于|短于|小于)")


def _ranges(text: str) -> set[tuple]:
    return {(q.dim, q.lo, q.hi) for q in find_quantities(text or "")
            if q.lo is not None and q.hi is not None and q.lo != q.hi}


# the clause naming a range as the law's own: ……规定的5000元以上2万元以下幅度内, 在法定的……幅度以内 — not a range it lays
# itself (一律处一千元以上五千元以下罚款 is the article's second tier laid on the first: 动物防疫法 第九十二条, a problem)
_AS_THE_LAWS = re.compile(r"^(?:的)?(?:法定)?(?:处罚|罚款|罚款数额)?(?:幅度|范围)(?:内|以内|之内)")


def range_restated(clause_span: str, article_text: str, probe: str = "") -> bool:
    """Whether ``clause_span`` states a range (low and high bound) the article states with the same bounds, and the
    clause (``probe``) names it as the law's range (……幅度内) rather than laying it."""
    said = _ranges(clause_span)
    if not said or not said <= _ranges(article_text):
        return False
    at = probe.find(clause_span)
    return at >= 0 and bool(_AS_THE_LAWS.match(probe[at + len(clause_span):]))


def _limit_sentence(upper_span: str, article_text: str) -> str:
    at = article_text.find(upper_span)
    if at < 0:
        return ""
    return article_text[at:end_before(article_text, at, "。；\n")]


def limit_respected(change, probe: str, article_text: str) -> bool:
    """Whether a dropped limit (不得超过……10%) is one every figure of its dimension the clause sets respects."""
    if getattr(change, "kind", "") != "duty_removed":
        return False
    limit = _limit_sentence(change.upper_span or "", article_text) or (change.upper_span or "")
    upper, lower = _UPPER_LIMIT.search(limit), _LOWER_LIMIT.search(limit)
    if not (upper or lower) or (upper and lower):
        return False
    bounds = [q for q in find_quantities(limit) if q.dim and (q.hi if upper else q.lo) is not None]
    if len(bounds) != 1:
        return False
    bound = bounds[0]
    cap = bound.hi if upper else bound.lo
    own = [q for q in find_quantities(probe) if q.dim == bound.dim]
    if not own:
        return False
    values = [v for q in own for v in (q.lo, q.hi) if v is not None]
    return bool(values) and all(v <= cap for v in values) if upper else all(v >= cap for v in values)


def kept(change, probe: str, article_text: str) -> bool:
    if getattr(change, "severity", "") not in ("error", "warning"):
        return True
    return range_restated(change.clause_span or "", article_text, probe) or limit_respected(change, probe, article_text)


def figures_kept(f) -> bool:
    """Whether an upper-law finding's every error or warning change is a figure the clause keeps."""
    if f.category != "upper-law" or f.severity not in ("error", "warning") or f.clause is None or f.upper is None:
        return False       # (an info note that the clause restates the article unaltered is no alteration to excuse)
    changes = [c if not isinstance(c, dict) else Change.of(c) for c in (f.detail.get("comparison") or {}).get("changes") or []]
    article = getattr(f.upper, "text", "") or ""
    if not article or not any(c.severity in ("error", "warning") for c in changes):
        return False
    return all(kept(c, f.clause.text, article) for c in changes)
