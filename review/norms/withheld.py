"""Information withheld (round 41, power41, issue 8): a public body declares a whole class of government information,
or a decision or record it made, not to be disclosed, not to be given or served to the party it concerns, or kept
only inside the body — read over the norm, not a fixture's words:

* **what is withheld** — a record the administration made or holds (its decision, plan, report, result, minutes,
  file, data: 政府信息公开条例 第二条), named before the act in the same sentence;
* **the act** — not disclosed, published, given, served, told or shown (不予公开, 一律不对外公布, 不向申请人送达, 不交
  当事人核对), kept as internal material (仅在机关内部存档, 作为内部资料管理), declared outside disclosure (不属于政府信息
  公开范围, 不受理公开申请);
* **to whom, how wide** — to the party the record concerns (当事人, 申请人, 被检查企业, 被征收人, 本人: 行政许可法
  第三十八条第二款, 行政处罚法 第六十一条, 社会保险法 第七十四条), or wholesale (一律, 均, 所有, 各类), or with no
  condition at all: the whole class of the record is withheld;
* **whose** — a public body or an act of public administration stands in the sentence (the record is government
  information).

政府信息公开条例 第五条 makes disclosure the rule; the exceptions are 第十四条 (state secrets, what a law or an
administrative regulation forbids, what endangers security or stability), 第十五条 (trade secrets, privacy, a third
party's rights), 第十六条 (internal affairs, process information, enforcement files) and 第三十二条 (a third party's
reasoned refusal). Guards: one of those exceptions named (and other laws' secrets: 标底, 试题, 举报人; a refusal on the
conditions of 第三十六条), a protective negation (不得以……为由不予公开), and, read by effect.py for every reading,
a cited article, a general basis (依法) and 另有规定. The concepts are review/lexicons/disclosure.toml.

Pure: a sentence (and its list header) in, ``(kind, start, end, guard)`` spans out (kind ``conceal``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..sentences import start_after
from .guards import barred_just_before
from .lexicon import default_lexicon


@lru_cache(maxsize=None)
def _rx(name: str) -> re.Pattern:
    return re.compile(default_lexicon().concepts[name].regex_source)


_WHOLESALE = re.compile(r"一律|均|全部|所有|各类|一概|任何|凡是?|概不")
_CONDITION = re.compile(r"的[，,]")
_RECORD_WINDOW = 48
# the withholding itself barred (不得以……为由不予公开; 严禁拒绝提供): guards.barred_just_before, this far in its phrase
# (round 43, debt43: its own list of barring words deleted — one definition, guard.barring)
_BARRED_REACH = 20


def _record_before(sentence: str, at: int) -> re.Match | None:
    """The record the act withholds: the last one named before it in the sentence, within a short distance and not
    across a full stop or a semicolon."""
    lo = max(0, at - _RECORD_WINDOW, max(sentence.rfind(c, 0, at) for c in "。；;") + 1)
    found = None
    for m in _rx("disclose.record").finditer(sentence, lo, at):
        found = m
    return found


def readings(sentence: str, header: str = "") -> list[tuple[str, int, int, str]]:
    """The span at which ``sentence`` withholds a record of the administration from the public wholesale or from the
    party it concerns, with its guard (``lawful_refusal`` for the 条例's exceptions, ``protective``)."""
    if not _rx("disclose.public_act").search(header + sentence):
        return []
    for m in _rx("disclose.withhold").finditer(sentence):
        record = _record_before(sentence, m.start())
        if record is None or re.match(r"[^，。；]{0,4}?的", sentence[m.end():]):
            continue        # (attributive: 不予提供利用的答复 names a decision, it lays no withholding)
        party = _rx("disclose.party").search(m.group(0)) is not None
        conditioned = _CONDITION.search(sentence, 0, m.start()) is not None
        wholesale = _WHOLESALE.search(sentence, 0, m.end()) is not None
        if not (party or wholesale or not conditioned):
            continue
        lo = start_after(sentence, record.start(), "，,；;：:")
        guard = ""
        if barred_just_before(sentence[start_after(sentence, m.start(), "，,；;：:"):m.start()], _BARRED_REACH):
            guard = "protective"
        elif _rx("disclose.exception").search(header + sentence):
            guard = "lawful_refusal"
        return [("conceal", lo, m.end(), guard)]
    return []
