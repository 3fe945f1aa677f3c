"""Who is assigned what (round 42, rights42, issue 9 recall: rights on the real documents).

Two readings of the rights norm over the closed word classes of review/lexicons/assigned.toml, by role and not by a
scheme's words:

* ``tasked`` (A1) — the government's administration of people (流动人口、暂住人员、外来人员的服务管理、居住管理、管理
  责任) laid on a private party: a firm, a property company, a householder, a landlord, a market's operator, a private
  school is told to staff it (应当设置专职人员负责本单位流动人口服务管理工作) or made to bear it (其管理责任由户主承担).
  The service and administration of residents is the governments' and their departments' (居住证暂行条例 第五条);
  without a basis in a law or a regulation a rule or a 规范性文件 may not add this duty to citizens and organisations
  (立法法 第九十三条第六款; 国办发〔2018〕37号 一（一）). Look-alikes: a body as the bearer (县公安局, 街道办事处,
  居委会 — the government's own duty or the community's assistance), a private party that only assists or is encouraged
  (协助, 配合, 鼓励……参与), the party's own duties a law lays (安全生产管理人员, 食品安全管理人员 — no governed people
  named), a basis cited (burden.burdens reads it first).
* ``parent_sex`` (A2) — a child's registration, move, schooling or insurance fixed by the parent's sex (随往子女原则上
  随女方; 户口一律随父亲登记; 入学以父亲户籍所在地为准): 宪法 第四十八条 and 妇女权益保障法 第二条 (women's equal
  rights), 民法典 第一千零五十八条 (parents' equal rights and duties towards their children), 国发〔1998〕24号 (a
  newborn registered with the father or the mother, as they choose). Look-alikes, read in the same clause part: the
  parents' choice or either parent (随父或者随母, 任何一方, 自愿, 可以), a custody a court or the parents settled
  (由女方直接抚养, 判给), a protective negation; a case a condition describes (未成年子女申请随父亲入户的，……; 所生子女
  符合随父入户政策的) — the rule is what follows it.

Pure: sentence (and its list header) in, frozen ``Burden``s out; offsets into the sentence.
"""

from __future__ import annotations

import re
from pathlib import Path

from .guards import COMPELS, ENCOURAGED, GOVERNMENT_FIRST, PROTECTIVE
from .lexicon import read_lexicon_file
from .model import Burden

NAMES = ("tasked", "parent_sex")

_LEXICON = Path(__file__).resolve().parents[1] / "lexicons" / "assigned.toml"
_RX = {c.name: re.compile(c.regex_source) for c, _ in read_lexicon_file(_LEXICON)}
PEOPLE, MANAGEMENT, STAFFING = _RX["assigned.people"], _RX["assigned.management"], _RX["assigned.staffing"]
BEARING, PRIVATE, PUBLIC, ASSIST = (_RX["assigned.bearing"], _RX["assigned.private"], _RX["assigned.public"],
                                    _RX["assigned.assist"])
BY_SEX, CHILD, STATUS, CHOOSE = (_RX["assigned.parent_by_sex"], _RX["assigned.child"], _RX["assigned.child_status"],
                                 _RX["assigned.parents_choose"])

_PART = re.compile(r"[，,。；;：:]")
# the borne administration's bearer named by 由 (其管理责任由户主承担; 由物业服务企业负责……管理)
_BY = re.compile(r"由([^，。；由]{1,30}?)(?:承担|负责|担负)")
# where a sentence's subject ends: its first modal or assigning verb
_SUBJECT_END = re.compile(r"应当|应|须|必须|需|要|负责|承担|担负|设置|设立|配备|指定|确定|安排|明确|落实")


def _part(sentence: str, at: int) -> tuple[int, int]:
    """The clause part (between commas, semicolons, stops) holding offset ``at``."""
    lo = max((m.end() for m in _PART.finditer(sentence, 0, at)), default=0)
    m = _PART.search(sentence, at)
    return lo, m.start() if m else len(sentence)


def _private_named(names: str) -> bool:
    """Whether ``names`` (a bearer, or a list of them: 社区人口管理机构、物业管理单位) names a private party."""
    return any(PRIVATE.search(n) and not PUBLIC.search(n) for n in re.split(r"[、和及与或]|或者", names) if n)


def tasked(sentence: str, header: str = "") -> list[Burden]:
    """A1: the administration of the governed people laid on a private party."""
    if not PEOPLE.search(header + sentence) or PROTECTIVE.search(sentence) or COMPELS.search(sentence):
        return []
    for m in MANAGEMENT.finditer(sentence):
        lo, hi = _part(sentence, m.start())
        by = next((b for b in _BY.finditer(sentence) if b.start() <= hi and b.end() >= lo), None)
        if by is not None:
            if not _private_named(by.group(1)) or ASSIST.search(sentence, lo, hi):
                continue
            start, end = min(m.start(), by.start()), max(m.end(), by.end())
            return [Burden("tasked", start, end, sentence[start:end])]
        verb = STAFFING.search(sentence, 0, hi) or BEARING.search(sentence, lo, hi)
        if verb is None:
            continue
        cut = _SUBJECT_END.search(sentence)
        subject = sentence[:cut.start()] if cut else ""
        if not subject or GOVERNMENT_FIRST.match(sentence) or not _private_named(subject.split("，")[0]) \
                or ENCOURAGED.search(sentence[:m.start()]) or ASSIST.search(sentence, 0, m.start()):
            continue
        start, end = min(m.start(), verb.start()), m.end()
        return [Burden("tasked", start, end, sentence[start:end])]
    return []


def parent_sex(sentence: str, header: str = "") -> list[Burden]:
    """A2: a child's registration or benefit fixed by the parent's sex."""
    if PROTECTIVE.search(sentence) or COMPELS.search(sentence):
        return []
    for m in BY_SEX.finditer(sentence):
        lo, hi = _part(sentence, m.start())
        prev = _part(sentence, lo - 1)[0] if lo else lo       # the condition before it (离婚后子女由女方抚养的，)
        if CHOOSE.search(sentence, prev, hi) or re.search(r"可(?!能)", sentence[lo:m.start()]):
            continue
        if sentence[lo:hi].rstrip().endswith("的") or re.search(r"申请|要求|投靠|符合", sentence[lo:m.start()]):
            continue              # a case described (……申请随父亲入户的，) or the party's own request, not the rule
        if not CHILD.search(header + sentence[:hi]) or not STATUS.search(sentence, lo, hi) \
                and not STATUS.search(header + sentence[prev:lo]):
            continue
        return [Burden("parent_sex", lo, hi, sentence[lo:hi])]
    return []


def assigned(sentence: str, header: str = "") -> list[Burden]:
    """The first of the round-42 readings that finds a burden in ``sentence``."""
    for read in (tasked, parent_sex):
        got = read(sentence, header)
        if got:
            return got
    return []
