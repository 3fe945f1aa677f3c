"""The order of two acts the law fixes (实施房屋征收应当先补偿、后搬迁), reversed by the clause (被征收人先行搬迁……,
搬迁完毕后，再由征收部门给予补偿).

The upper text names the order as 先X、后Y (or 先X再Y); the clause reverses it when it puts Y first (先行搬迁, 先搬迁) or
makes X wait on Y (搬迁完毕后……补偿), and nowhere puts X first itself (先行支付补偿款).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .grading import grade

if TYPE_CHECKING:
    from .reading import Reading

# an act's name followed by one of these is a paper or a plan about the act (补偿协议, 搬迁方案), not the act done
_PAPER = r"(?!协议|方案|标准|决定|合同|办法|范围|期限)"
_ORDER_RX = re.compile(r"先(?P<x>[\u4e00-\u9fff]{2})[、，,]?(?:后|再|然后)(?P<y>[\u4e00-\u9fff]{2})")


def _first(act: str) -> re.Pattern:
    """先(行) … act within the same phrase: 先行搬迁, 先搬迁腾空, 先予补偿."""
    return re.compile(rf"先[^，,。；;]{{0,6}}?{act}{_PAPER}")


def _after(first: str, then: str) -> re.Pattern:
    """first … 后 … then in one sentence: 搬迁完毕后，再由征收部门给予补偿."""
    return re.compile(rf"{first}{_PAPER}[^，,。；;]{{0,10}}?(?:后|之后|以后)[^。；;]{{0,30}}?{then}{_PAPER}")


def read_order(reading: Reading) -> None:
    """The clause reversing an order of two acts the upper text fixes."""
    for m in _ORDER_RX.finditer(reading.upper.text):
        x, y = m.group("x"), m.group("y")
        text = reading.clause.text
        if x not in text or y not in text or _first(x).search(text) or _after(x, y).search(text):
            continue
        reversed_ = _first(y).search(text) or _after(y, x).search(text)
        if reversed_ is None:
            continue
        reading.add("condition_removed",
                    grade("condition_removed", {"case": "order_reversed"}, condition=m.group(),
                          clause=reversed_.group()),
                    (reversed_.start(), reversed_.end()), (m.start(), m.end()))
        return
