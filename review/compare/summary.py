"""One Chinese sentence about a comparison, for an opinion."""

from __future__ import annotations

from .grading import threshold
from ..severity import rank
from .model import Comparison

MAX_MESSAGES = 6


def summarise(comparison: Comparison) -> str:
    """One Chinese sentence for an opinion."""
    if not isinstance(comparison, Comparison):
        return "未能比对该条与上位法的规定。"
    material = [c for c in comparison.changes if c.severity != "info"]
    if not material:
        if comparison.faithful:
            return "该条如实重述了上位法的规定，未发现实质性改动。"
        if comparison.similarity < threshold("faithful_similarity"):
            return "该条与所比对的上位法条文差异较大，未能逐项比对，建议人工核对。"
        return "该条与上位法的规定基本一致，未发现实质性改动。"
    material.sort(key=lambda c: -rank(c.severity))
    messages: list[str] = []
    for ch in material:
        if ch.message not in messages:
            messages.append(ch.message)
    head = "该条与上位法规定不一致" if any(c.severity == "error" for c in material) else "该条改动了上位法的规定"
    more = "等" if len(messages) > MAX_MESSAGES else ""
    return f"{head}：{'；'.join(messages[:MAX_MESSAGES])}{more}。"
