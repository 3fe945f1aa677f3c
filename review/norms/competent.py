"""A power reading of round 30 (power30, issue 8), read beside review/norms/power.py, shed.py and charged.py:

* ``misplaced`` — **the law gives an act to one body and the clause gives it to another**: a statute names who
  decides a matter (房屋征收决定: the 市、县级人民政府; 撤销婚姻, 撤销监护人资格: the 人民法院; 居住证 签发: the county
  公安机关; 地质灾害危险区 划定: the 县级人民政府 …), and the clause puts the same act on a body whose name is not that
  body's — a 专班, a 村民代表大会, a township, another department. Read as (matter, act, the body the clause gives it
  to): the matter and the act from a small table of statutory competences (review/tables/competences.toml: each row
  with the article that grants it, checked against the corpus by tests/test_power30.py), the body by one of three
  links, whatever its name: the act after 由 + the body (……的认定，由村民代表大会民主评议决定), the body charged with
  the act named before it (居住证的受理……工作，统一由各乡镇人民政府负责), or the body the subject of the act's
  sentence (婚姻登记机关发现……的，可以依职权撤销该婚姻登记). The finding names the body the law gives the act to
  (``misplaced_<row>``: the opinion's words per row).

Guards (the lawful look-alikes): the body the law names acts (its name matches the row's ``holder``, not at a lower
level: 县人民政府, not 乡（镇）人民政府); a protective negation (不得, 无权); the body only applying, reporting,
proposing or assisting (向人民法院申请撤销, 提出申请, 报……批准, 协助, 配合, 初审, 转报); the act entrusted by the holder
(受……委托, 依法委托); the act undergone (经……批准后); and, read by effect.py, a cited article, 依法 and 另有规定.

Pure: a sentence in, ``(kind, start, end, guard)`` spans out.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from statutes.numerals import article_label

from ..sentences import start_after
from .power import PROTECTIVE

TABLE = Path(__file__).resolve().parent.parent / "tables" / "competences.toml"


@dataclass(frozen=True)
class Competence:
    id: str
    matter: re.Pattern
    act: re.Pattern
    holder: re.Pattern
    lower: re.Pattern | None
    who: str
    law: str
    article: int

    @property
    def name(self) -> str:
        return "misplaced_" + self.id


@functools.cache
def competences(path: Path = TABLE) -> tuple[Competence, ...]:
    rows = tomllib.loads(path.read_text(encoding="utf-8"))["competence"]
    return tuple(Competence(r["id"], re.compile(r["matter"]), re.compile(rf"(?:{r['act']})(?![的权])"),
                            re.compile(r["holder"]), re.compile(r["lower"]) if r.get("lower") else None,
                            r["who"], r["law"], int(r["article"])) for r in rows)


NAMES = tuple(c.name for c in competences())


def opinion_words(row: Competence) -> str:
    """What a finding says of a row: the body the law gives the act to, and the article (C-POWER-COMPETENT's
    ``{readings}``; the rule takes them from this table, ``opinion_readings = "table.competences"``)."""
    return f"该事项依法应当由{row.who}实施（《{row.law}》{article_label(row.article)}）"


OPINION_WORDS = {c.name: opinion_words(c) for c in competences()}

# a body by the ending of its name (an open slot before it)
_BODY_END = r"(?:人民政府|政府|办事处|局|办公室|委员会|委|机关|部门|中心|协会|联合会|商会|公司|企业|单位|专班|领导小组|指挥部|大会|会议|法院|所|站|队|小组)"
# what may stand between the body after 由 and the act: a manner, a basis, a prior step of its own
_MANNER = r"(?:(?:根据|依据|按照|结合)[^，。；]{0,14}?|审核后|审查后|协商后|核实后|民主评议|评议|研究|讨论|统一|直接|自行|依职权|负责|具体|集中|" \
          r"审核|审查|后|(?:作出|做出|下达)[^，。；]{0,8}?)*"
_BY_BODY_BEFORE = re.compile(rf"由(?P<x>[^，。；由]{{2,30}}?{_BODY_END}(?:（[^（）]{{1,12}}）)?(?:与[^，。；由]{{2,20}}?{_BODY_END})?){_MANNER}$")
_BY_BODY_AFTER = re.compile(rf"[^。；]{{0,30}}?由(?P<x>[^，。；由]{{2,30}}?{_BODY_END}(?:（[^（）]{{1,12}}）)?){_MANNER}(?:负责|办理|承担|实施|行使|作出)")
_SUBJECT = re.compile(rf"^(?!由)(?P<x>[^，。；]{{0,16}}?{_BODY_END}(?:（[^（）]{{1,12}}）)?)(?P<rest>[^，。；]*)$")
# the body only applies, reports, proposes or assists; or the act is undergone
_ADVISORY = re.compile(r"申请|报请|提请|报送|上报|报经|转报|建议|提出|协助|配合|初审|提供|告知|通知|向|做好|加强|开展|组织|督促|指导|监督|宣传|落实|参与|经$|经[^，。；]{0,20}$|被$")
_ENTRUSTED = re.compile(r"受[^，。；]{1,20}?委托|依法委托|书面委托")
_UNDERGONE = re.compile(r"(?:经|被|报|送|报请|提请|申请)[^，。；]{0,12}$")


def _segment_start(sentence: str, at: int) -> int:
    return start_after(sentence, at, "，,；;：:")


_MODALS = re.compile(r"^(?:可以|应当|应|有权|依职权|依法|直接|自行|统一|负责|具体|集中|须|将|即可|并|予以|及时|作出|做出|下达|对)*")


def _plain(rest: str, matter: re.Pattern) -> bool:
    """Whether the words between a subject and its act are only modals and the act's matter (县民政局可以依职权; 可以直接
    作出房屋征收): another verb there (负责……的积分汇总、审核; 应当自受理之日起) makes the subject another act's."""
    rest = rest[_MODALS.match(rest).end():]
    m = matter.search(rest)
    return not rest or m is not None and m.start() <= 10 and len(rest) - m.end() <= 6


def _agent(sentence: str, a: int, b: int, matter: re.Pattern) -> tuple[str, int] | None:
    """The body the clause gives the act at ``sentence[a:b]`` to, and where its name starts: after 由 before the act,
    after 由 charged with the act named before, or the subject of the act's phrase (or of the sentence, over a
    condition)."""
    m = _BY_BODY_BEFORE.search(sentence[max(0, a - 60):a])
    if m:
        return m.group("x"), max(0, a - 60) + m.start("x")
    m = _BY_BODY_AFTER.match(sentence, b)
    if m:
        return m.group("x"), m.start("x")
    lo = _segment_start(sentence, a)
    s = _SUBJECT.match(sentence[lo:a])
    if s and _plain(s.group("rest"), matter):
        return s.group("x"), lo
    if re.match(r"(?:可以|应当|有权|须|即可|并|直接|依职权|依法)", sentence[lo:a]) and lo and _plain(sentence[lo:a], matter):
        cond = sentence[:lo]
        first = _SUBJECT.match(cond[:-1] if cond.count("，") + cond.count(",") == 1 else "")
        if first and (re.search(r"的[，,]$", cond) or re.match(r"(?:根据|依据|按照|结合|为|对|在)", first.group("rest"))):
            return first.group("x"), 0
    return None


def readings(sentence: str, header: str = "") -> list[tuple[str, int, int, str]]:
    out: list[tuple[str, int, int, str]] = []
    for row in competences():
        if not row.matter.search(sentence):
            continue
        for act in row.act.finditer(sentence):
            a, b = act.span()
            lo = _segment_start(sentence, a)
            near = [m for m in row.matter.finditer(sentence) if (m.end() <= a and a - m.end() <= 40)
                    or (m.start() >= b and m.start() - b <= 12 and _segment_start(sentence, m.start()) == lo)]
            if not near:
                continue
            found = _agent(sentence, a, b, row.matter)
            if found is None:
                continue
            who, at = found
            if row.holder.search(who) and not (row.lower and row.lower.search(who)):
                continue            # the body the law names acts
            between = sentence[at + len(who):a] if at + len(who) <= a else ""
            guard = ""
            if PROTECTIVE.search(sentence[_segment_start(sentence, at):a]):
                guard = "protective"
            elif _ADVISORY.search(between) or _UNDERGONE.search(sentence[lo:a]):
                guard = "advisory"
            elif _ENTRUSTED.search(sentence) and row.holder.search(sentence):
                guard = "entrusted"
            elif row.holder.search(between) and not (row.lower and row.lower.search(between)):
                guard = "holder"    # the holder named between the body and the act
            start = min(at, lo, min(m.start() for m in near))
            out.append((row.name, start, max(b, at + len(who), max(m.end() for m in near)), guard))
            break
        if out:
            break
    return out
