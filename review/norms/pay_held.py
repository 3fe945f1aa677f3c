"""A worker's money held by the employer as a pledge (round 45, rights45, issue 8: rights): *part of the pay kept back as a
deposit, a guarantee or a risk fund, or a deposit taken from a worker when he is hired* (从员工工资中扣留百分之十作为风险
押金; 扣留首月工资作为服务保证金; 招用保安员，应当收取一千元服装押金). 劳动合同法 第九条 forbids an employer to ask a
worker for a guarantee or to take money from him under any name; 劳动法 第五十条 has wages paid in full each month;
工资支付暂行规定 第十五条 lists the only deductions (tax, social insurance, a court's maintenance order, what a law or
regulation sets). Read by shape, with open slots:

* **held from pay** — a keeping-back verb (扣留, 预扣, 暂扣, 提留, 扣除, 扣押, 留存) with the pay (工资, 劳动报酬, 薪酬, 薪金)
  before or after it, and what is kept named as a pledge (……押金, ……保证金, ……抵押金, ……风险金, ……质保金);
* **taken on hiring** — a pledge collected (收取, 缴纳, 交纳, 预交, 交付) from a worker named in the sentence (员工, 职工,
  劳动者, 保安员, 服务员, 家政服务员, 学徒 …) or on his hiring (招用, 招聘, 录用, 入职, 上岗).

Look-alikes: a protective negation (不得以任何名义收取押金), the contractor's own wage guarantee (工资保证金: 保障农民工工资
支付条例 第三十二条 — the contractor's money, not the worker's), a deposit a customer or a firm pays (not a worker named as
the payer), and, read by ``burden.burdens`` for every reading, a basis cited or reserved. Pure: sentence in, frozen
``Burden``s (name ``pledged``) out.
"""

from __future__ import annotations

import re

from .guards import PROTECTIVE, barred_just_before
from .model import Burden

NAMES = ("pledged",)

_PAY = r"(?:工资|劳动报酬|薪酬|薪金|报酬)"
_PLEDGE = r"(?:押金|保证金|抵押金|风险金|质保金|风险抵押金|信誉金|保障金)"
_KEEP = r"(?:扣留|预扣|暂扣|提留|扣除|扣押|留存|扣下|扣存)"
_HELD = re.compile(rf"{_KEEP}[^，。；]{{0,14}}?{_PAY}[^，。；]{{0,12}}?(?:作为|用作|充作|当作|作)[^，。；]{{0,10}}?{_PLEDGE}|"
                   rf"{_PAY}[^，。；]{{0,6}}?中[^，。；]{{0,8}}?{_KEEP}[^，。；]{{0,14}}?(?:作为|用作|充作|当作|作)[^，。；]{{0,10}}?{_PLEDGE}")
_WORKER = re.compile(r"员工|职工|劳动者|从业人员|务工人员|农民工|保安员|服务员|家政服务员|营业员|驾驶员|学徒|厨师|店员|"
                     r"快递员|配送员|骑手|护理员|保洁员|工人|雇员|新员工|新招")
_HIRING = re.compile(r"招用|招聘|录用|聘用|入职|上岗|招收")
_TAKE = re.compile(rf"(?:收取|缴纳|交纳|预交|交付|缴存|交存|交)[^，。；]{{0,12}}?{_PLEDGE}")
# the contractor's wage guarantee (保障农民工工资支付条例 第三十二条) and a fund the employer keeps to pay wages
_OWN_FUND = re.compile(r"工资保证金|工资专用账户|工资支付保证")
_BARRED_REACH = 16


def pledged(sentence: str, header: str = "") -> list[Burden]:
    """The span at which ``sentence`` keeps a worker's pay, or takes his money, as a pledge (the module docstring)."""
    if _OWN_FUND.search(sentence):
        return []
    m = _HELD.search(sentence)
    if m is None:
        t = _TAKE.search(sentence)
        if t is None or not (_WORKER.search(header + sentence[:t.start()]) and _HIRING.search(header + sentence)):
            return []
        m = t
    if PROTECTIVE.search(sentence[:m.start()]) or barred_just_before(sentence[:m.start()], _BARRED_REACH):
        return []
    return [Burden("pledged", m.start(), m.end(), m.group(0))]
