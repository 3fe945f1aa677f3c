"""How serious a finding (or a change against an upper provision) is: one ordered set with its Chinese labels.

Findings carry the plain value ("error"); ``Severity`` is a ``str`` enum, so a member equals its value
and serializes as it. Rank: info < warning < error.
"""

from __future__ import annotations

from enum import StrEnum


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """0 info, 1 warning, 2 error."""
        return _ORDER.index(self)

    @property
    def label(self) -> str:
        """The opinion's heading word: 违法（必须修改） / 可能存在问题（请审查人判断） / 提示."""
        return _LABELS[self][0]

    @property
    def short(self) -> str:
        """The summary table's column: 违法 / 可能存在问题 / 提示."""
        return _LABELS[self][1]

    @property
    def prefix(self) -> str:
        """The annotated draft's comment prefix: 【违法】 / 【建议】 / 【提示】."""
        return _LABELS[self][2]


_ORDER = (Severity.INFO, Severity.WARNING, Severity.ERROR)
_LABELS = {
    Severity.ERROR: ("违法（必须修改）", "违法", "【违法】"),
    Severity.WARNING: ("可能存在问题（请审查人判断）", "可能存在问题", "【建议】"),
    Severity.INFO: ("提示", "提示", "【提示】"),
}

SEVERITIES = tuple(s.value for s in _ORDER)            # ("info", "warning", "error"): mildest first
WORST_FIRST = tuple(reversed(SEVERITIES))               # ("error", "warning", "info"): as an opinion lists them
FLAGGING = ("error", "warning")                         # what asks a reviewer to act (info only informs)


def rank(severity: str) -> int:
    """The rank of a severity value: info 0, warning 1, error 2."""
    return Severity(severity).rank


def milder(a: str, b: str) -> str:
    """The milder of two severities (a downgrade never raises one)."""
    return a if rank(a) <= rank(b) else b


def worst(severities) -> str | None:
    """The worst of some severities, None when there are none."""
    return max(severities, key=rank, default=None)


def at_least(severity: str, threshold: str) -> bool:
    """``severity`` is ``threshold`` or worse (``--fail-on``)."""
    return rank(severity) >= rank(threshold)
