"""The reach of the law's duty or prohibition widened by the clause restating it:

* the place, object or class the law narrows by what it is (具有火灾、爆炸危险的场所, 从事经营活动的单位) made every one of
  its kind (所有场所, 一切单位, 任何场所; not 各类, kinds listed): 禁止在具有火灾、爆炸危险的场所吸烟、使用明火 → 本县所有场所一律禁止吸烟、
  使用明火 (消防法 第二十一条第一款);
* a duty the law lays on organisations (机关、团体、企业、事业等单位, 生产经营单位, ……经营者) laid on individuals or
  households: 机关、团体、企业、事业等单位应当……对建筑消防设施每年至少进行一次全面检测 → 本县居民家庭和个人应当……
  对住宅消防设施每年至少进行一次全面检测 (消防法 第十六条第一款).

A narrower restatement (本县城区排放油烟的餐饮服务业经营者), the law's own universal (任何单位和个人不得……) and a clause
keeping the law's qualifier (所有具有火灾危险的场所) are not widened."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .exceptions import wording_pairs
from .grading import grade
from .normalise import MODAL_CLASS_NAMES
from .phrases import PHRASE_END, SENTENCE_END, bounds

if TYPE_CHECKING:
    from .reading import Reading

_UNIVERSAL_RX = re.compile(r"所有(?![权人者制])|一切|凡是?")   # (所有权人, 所有者: owners)
# where a qualifier of the law's place or class begins: the phrase's start, or a preposition / 从事
_QUALIFIER_START_RX = re.compile(r"(?:在|对|于|从事|向)(?=[^，。；]{2,40}$)")
_NORM_RX = re.compile(r"应当|必须|不得|禁止|严禁")
QUALIFIER_KEPT = 0.5    # of the qualifier's word pairs the clause has: the qualifier kept
HEAD_MIN = 2            # characters of the head noun both texts share after the qualifier / the universal
# the public as persons (not organisations); organisations by their kind
_PERSONS_RX = re.compile(r"个人|居民|家庭|住户|村民|公民|自然人")
_ORGANISATIONS_RX = re.compile(r"单位|企业|机构|经营者|公司|团体|组织|场所的?(?:经营|管理)者")
DUTY_SHARED = 0.5       # of the clause's duty's word pairs, in the article: the same duty laid on others


def read_reach_widened(reading: Reading) -> None:
    _read_universal(reading)
    _read_persons(reading)


def _read_universal(reading: Reading) -> None:
    ctext, utext = reading.clause.text, reading.upper.text
    if not _NORM_RX.search(utext):
        return
    for m in _UNIVERSAL_RX.finditer(ctext):
        after = ctext[m.end():m.end() + 12]
        best = None
        for d in (i for i, ch in enumerate(utext) if ch == "的"):
            head = _shared_head(utext[d + 1:d + 13], after)
            if len(head) < HEAD_MIN or (best is not None and len(head) <= len(best[1])):
                continue
            s = bounds(utext, d, PHRASE_END)[0]
            starts = [q.end() for q in _QUALIFIER_START_RX.finditer(utext, s, d)]
            q0 = starts[-1] if starts else s
            qualifier = utext[q0:d]
            if _UNIVERSAL_RX.search(qualifier) or _NORM_RX.search(qualifier) \
                    or not _NORM_RX.search(utext, *bounds(utext, d, SENTENCE_END)):
                # (不得将查询获得的不动产登记资料: the verb's object, no qualifier of a place or class; D134)
                continue
            best = (q0, head, d)
        if best is None:
            continue
        q0, head, d = best
        qualifier = utext[q0:d]
        pairs = wording_pairs(qualifier)
        if len(pairs) < 2 or len(pairs & wording_pairs(reading.context)) >= QUALIFIER_KEPT * len(pairs):
            continue   # the clause keeps the qualifier (所有具有火灾危险的场所)
        law = utext[q0:d + 1 + len(head)]
        reading.add("scope_changed", grade("scope_changed", {"case": "reach_widened"}, upper=law,
                                           clause=m.group() + head),
                    (m.start(), m.end() + len(head)), (q0, d + 1 + len(head)))


def _shared_head(upper_after: str, clause_after: str) -> str:
    """The characters both texts begin with (the head noun after the law's 的 and after the clause's universal)."""
    n = 0
    while n < min(len(upper_after), len(clause_after)) and upper_after[n] == clause_after[n] \
            and "\u4e00" <= upper_after[n] <= "\u9fff":
        n += 1
    return upper_after[:n]


def _read_persons(reading: Reading) -> None:
    clause, upper = reading.clause, reading.upper
    ctext, utext = clause.text, upper.text
    mine = [k for k in clause.modal_indexes(0, len(clause.chars)) if MODAL_CLASS_NAMES[clause.chars[k]] in ("must", "not")]
    if not mine:
        return
    k = mine[0]
    s = bounds(ctext, clause.starts[k], PHRASE_END)[0]
    bearer = ctext[s:clause.starts[k]]
    if _PERSONS_RX.search(bearer) is None or _ORGANISATIONS_RX.search(bearer):
        return   # (用人单位和个人缴费人员: the law's organisations kept beside persons another article may bind)
    theirs = [j for j in upper.modal_indexes(0, len(upper.chars)) if MODAL_CLASS_NAMES[upper.chars[j]] in ("must", "not")]
    bearers = [utext[bounds(utext, upper.starts[j], PHRASE_END)[0]:upper.starts[j]] for j in theirs]
    if not theirs or any(_PERSONS_RX.search(b) for b in bearers):
        return   # the law lays its duty on persons too (单位和个人)
    duty = wording_pairs(ctext[clause.ends[k]:])
    if not duty or len(duty & wording_pairs(utext)) < DUTY_SHARED * len(duty):
        return   # another duty than the article's
    # the law's verb whose act the clause's duty restates most (its items with it: 应当履行下列消防安全职责：（三）……)
    acts = [len(duty & wording_pairs(utext[upper.ends[j]:_act_end(utext, upper.ends[j])])) for j in theirs]
    best = max(range(len(theirs)), key=lambda n: acts[n])
    law = bearers[best]
    if not _ORGANISATIONS_RX.search(law):
        return   # the law's bearer of that act is no organisation (a body, or unnamed)
    j = theirs[best]
    reading.add("subject_changed", grade("subject_changed", {"case": "persons_added"}, upper=law.strip("，, "),
                                         clause=bearer.strip("，, ")),
                (s, clause.starts[k]), (upper.starts[j] - len(law), upper.starts[j]))


def _act_end(text: str, at: int) -> int:
    """The end of the act after a verb ending at ``at``: its sentence, with the items of its list when it leads one."""
    end = bounds(text, at, "。；;\n")[1]
    return len(text) if text[:end].rstrip().endswith(("：", ":")) else end
