"""Guards the burden readings share (review/norms/burden.py, review/norms/exacted.py): what makes a sentence that
looks like a burden a lawful look-alike. Each is a closed class of the grammar, not a scheme's words, kept as a concept
of review/lexicons/guards.toml (tested with its examples like every concept; a rule pack may name it too):

* ``PROTECTIVE`` (guard.protective) — a protective negation (不得以……为由, 不因, 不受, 严禁, 任何单位不得);
* ``COMPELS`` (guard.compels) — the burden itself barred (不得要求, 不得强迫: 任何单位不得要求业主放弃……);
* ``barred_just_before`` (guard.barring) — a barring word just before the burden, within the reach the reading
  allows (不得约定被征收人放弃申请行政复议; 不得要求……签署免除其责任的承诺书);
* ``ENCOURAGED`` (guard.encouraged) — conduct encouraged, guided or left to one's will (鼓励, 引导, 自愿, 可以);
* ``GOVERNMENT_FIRST`` (guard.government_first) — the government as the sentence's first actor: its own duty;
* ``contagion_work_bar`` (guard.contagious + guard.spreading_work) — a contagious patient, carrier or suspect kept from
  work that can spread it: the law's own measure (传染病防治法 第三十九条; 就业促进法 第三十条; 食品安全法 第四十五条;
  公共场所卫生管理条例 第七条), not a class bar — but refusing to hire a carrier is (就业促进法 第三十条 forbids it).
"""

from __future__ import annotations

import re
from pathlib import Path

from .lexicon import read_lexicon_file

_FILE = Path(__file__).resolve().parents[1] / "lexicons" / "guards.toml"
_SOURCES = {c.name: c.regex_source for c, _ in read_lexicon_file(_FILE)}

PROTECTIVE = re.compile(_SOURCES["guard.protective"])
COMPELS = re.compile(_SOURCES["guard.compels"])
ENCOURAGED = re.compile(_SOURCES["guard.encouraged"])
GOVERNMENT_FIRST = re.compile(_SOURCES["guard.government_first"])
_BARRING = _SOURCES["guard.barring"]
CONTAGIOUS = re.compile(_SOURCES["guard.contagious"])
_SPREADING_WORK = re.compile(_SOURCES["guard.spreading_work"])
_HIRING = re.compile(r"录用|招用|聘用|招聘|录取|辞退|解除劳动合同")


def barred_just_before(before: str, reach: int) -> bool:
    """Whether ``before`` (the sentence up to a burden) ends with a barring word and at most ``reach`` characters
    of the same clause after it: the burden itself is what the sentence forbids."""
    return re.search(rf"(?:{_BARRING})[^，。；]{{0,{reach}}}$", before) is not None


def contagion_work_bar(sentence: str) -> bool:
    """Whether ``sentence`` keeps a contagious person (``CONTAGIOUS``, before the bar) from work that may spread it
    (``guard.spreading_work``), and does not refuse to hire or dismiss him: a lawful look-alike of every class bar."""
    bar = _SPREADING_WORK.search(sentence)
    return bar is not None and CONTAGIOUS.search(sentence, 0, bar.start()) is not None \
        and _HIRING.search(sentence) is None
