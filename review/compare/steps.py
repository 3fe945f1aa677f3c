"""A step the article puts before its consequence, dropped by a clause that restates the consequence.

The article's sentence reads case — step — consequence: 责令限期改正；逾期不改正的，查封……或者强制拆除 (a prior order and
a refusal), 应当报经原审批机关批准后，方可修改 (an approval before the act), 在作出决定前，应当组织专家论证……报……批准
(a hearing, an expert review, another body's consent before a decision). The kinds of step are data (grading.toml
``[steps]``: the step's words in the article, the words that keep it in a clause). A clause about the same case (it
shares CASE_SHARED content pairs with the article's sentence besides the step) that says the consequence (a content
pair of it) and none of the step's words has dropped the step, whatever the sector. Not where the clause cites the
article or any basis (依照《……》第N条, 依法): the step is kept by reference. A fine after a refusal is the engine's
(``engine.refusal_dropped``: it pairs the figures), so a row may skip a consequence by its words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..sentences import stretch
from .grading import grade, tables
from .matter import matter_bigrams
from .phrases import CLAUSE_END, bounds

if TYPE_CHECKING:
    from .reading import Reading

CASE_SHARED = 4         # content pairs the clause shares with the article's sentence besides the step: one case
CASE_BEFORE = 2         # of them, before the step: the conduct itself, not only the consequence restated (对撂荒耕地
                        # 一年以上的，不予发放耕地地力保护补贴 is a subsidy's own scope, not 黑土地保护法 第三十一条's sanction
                        # for 未尽到黑土地保护义务 with its 经批评教育仍不改正 dropped)
_CITED = re.compile(r"《|依法|(?:依照|按照|根据)[^，。；]{0,30}?(?:第[一二三四五六七八九十百零〇\d]+条|规定)")
_SENTENCE_MARKS = "。\n"      # the article's sentence: a line of the text, or up to its full stop
# a 分句 that forbids or waives what it names (不得要求其补办备案, 无需办理): no consequence laid (不予 is one: 不予发放补贴)
_PROTECTIVE = re.compile(r"不得|禁止|严禁|不准|无需|无须|不需要|不需|免予|免于")
# a sanction laid on a case the clause states (……的，……; ……时，……): a duty stated alone (采购人应当预留……专门面向中小企业
# 采购) lays no consequence whose step it could drop
_CASE_OF_ITS_OWN = re.compile(r"(?:的|时|后)[，,]")


@lru_cache(maxsize=1)
def step_kinds() -> tuple[tuple[str, re.Pattern, re.Pattern, re.Pattern | None, bool, bool, bool], ...]:
    """(name, the step in the article, the words keeping it in a clause, consequences left to another reading,
    whether the consequence is said apart from the case, whether the clause must lay it on a case of its own, whether
    the act is the phrase before the step) of every row of grading.toml [steps]."""
    return tuple((name, re.compile(row["upper"]), re.compile(row["kept"]),
                  re.compile(row["skip"]) if row.get("skip") else None, bool(row.get("apart")),
                  bool(row.get("conditional")), bool(row.get("act_before")))
                 for name, row in tables().get("steps", {}).items())


def read_step_dropped(reading: Reading) -> None:
    clause, upper = reading.clause.text, reading.upper.text
    if _CITED.search(clause):
        return
    mine = matter_bigrams(clause)
    for name, step_rx, kept, skip, apart, conditional, act_before in step_kinds():
        if kept.search(clause) or conditional and not _CASE_OF_ITS_OWN.search(clause):
            continue
        for m in step_rx.finditer(upper):
            start, end = stretch(upper, m.start(), m.end(), _SENTENCE_MARKS)
            act = m.groupdict().get("act")
            if act is None and act_before:   # (因特殊需要迁移古树名木，必须经……同意，并报……批准: the act approved)
                act = upper[stretch(upper, m.start() - 1, m.start() - 1, CLAUSE_END + "，,")[0]:m.start()]
            if act is None:
                act = upper[m.end():stretch(upper, m.end(), m.end(), CLAUSE_END)[1]]
            if skip is not None and skip.search(act):
                continue
            case = matter_bigrams(upper[start:m.start()] + "|" + upper[m.end():end])
            before = matter_bigrams(upper[start:m.start()])
            said = mine - matter_bigrams(upper.replace(act, "|")) if apart else mine
            if len(case & mine) < CASE_SHARED or len(before & mine) < CASE_BEFORE \
                    or not _says(act, clause, said):
                continue
            reading.add("condition_removed",
                        grade("condition_removed", {"case": f"step_{name}"}, condition=m.group().strip("，"),
                              clause=clause[:60]),
                        (0, len(clause)), (m.start(), m.end()))
            return


def _says(act: str, clause: str, mine: frozenset[str]) -> bool:
    """Whether the clause says the consequence ``act``: a content pair of it (``mine``: for a consequence said apart
    from the case, the clause's pairs less those the article says anywhere else — the party a sanction names again, or
    the goods its items name, are no sanction said: 责令定点医药机构暂停……, 没收……违法生产经营的医疗器械 under items on
    医疗器械), or, where it is all generic words (作出决定), a pair of its words other than 作出."""
    pairs = matter_bigrams(act)
    if pairs:
        return any(not _PROTECTIVE.search(clause[slice(*bounds(clause, i, CLAUSE_END))])
                   for p in pairs & mine for i in [clause.find(p)] if i >= 0)
    return any(act[i:i + 2] in clause for i in range(len(act) - 1) if act[i:i + 2] != "作出")
