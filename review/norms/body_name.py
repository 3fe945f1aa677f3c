"""A 和 inside one body's name (县人力资源和社会保障局, 住房和城乡建设局, 文化和旅游局, 粮食和物资储备局), not between two
names (县教育局和县人社局, 企业和县市场监管局): one definition for the readers that split a run of names or read the word
before a name (review/norms/approver.py, review/norms/conditions.py)."""

from __future__ import annotations

import re

# the 和 not right after a body's own ending, with the rest of a body's name after it (no 县/市/区 opening a new body)
NAME_AND = re.compile(r"(?<![局委办厅署部府])和(?![县市区省])(?=[^、，。；和]{1,10}?(?:局|部门|厅|委员会|委|办公室))")


def inside_name(text: str, at: int) -> bool:
    """Whether the 和 at ``at`` of ``text`` joins the two halves of one body's name."""
    return NAME_AND.match(text, at) is not None
