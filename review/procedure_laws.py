"""The provisions of the general procedure laws that govern a procedure a clause names (review/tables/
procedure_provisions.toml).

A county's clause restating a step of a licence, penalty, coercion or disclosure procedure in its own words (审批部门自
受理之日起三十个工作日内作出是否准予的决定; 当事人进行申辩的，可以视情节从重处罚) often shares too few characters with
the article that governs the step for the corpus search, or for the resemblance ranking of review.subject_laws, to
bring that article up — 行政许可法 第四十二条, 行政处罚法 第四十五条. What the clause is about is plain all the same:
the step it names (the application and its papers, acceptance, the decision and its time limit, renewal; the notice
and defence, the hearing, paying a fine late; the reminder, demolition, coercion at night; the reply to a disclosure
request and its fee) within the procedure it names (许可/审批, 处罚/罚款, 强制执行, 政府信息). Each step is a row of
the table: the procedure's words (``domain``), the step's (``stage``), and the articles of the law that govern it,
read from the corpus by review.subject_laws (``articles_named``). A clause must name both the procedure and the step in
one sentence; what a comparison with the article may show stays the caller's (review.engine.paraphrased: a change
that stands on its own, on the same matter).
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

TABLE = Path(__file__).parent / "tables" / "procedure_provisions.toml"


@dataclass(frozen=True, slots=True)
class Procedure:
    """A step of a general administrative procedure and the articles of the law that govern it."""

    name: str
    title: str
    domain: re.Pattern
    stage: re.Pattern
    law: str                      # works.short_title
    articles: tuple[int, ...]
    positive: tuple[str, ...] = ()
    negative: tuple[str, ...] = ()


@functools.lru_cache(maxsize=1)
def procedures() -> tuple[Procedure, ...]:
    """The table's rows, in its order."""
    with TABLE.open("rb") as f:
        rows = tomllib.load(f)["procedure"]
    return tuple(Procedure(r["name"], r["title"], re.compile(r["domain"]), re.compile(r["stage"]), r["law"],
                           tuple(r["articles"]), tuple(r.get("examples", {}).get("positive", ())),
                           tuple(r.get("examples", {}).get("negative", ())))
                 for r in rows)


_SENTENCES = re.compile(r"[^。；！？]+")


def procedures_named(text: str) -> list[Procedure]:
    """The steps ``text`` names: the procedure's words and the step's in one of its sentences."""
    sentences = _SENTENCES.findall(text or "")
    return [p for p in procedures() if any(p.domain.search(s) and p.stage.search(s) for s in sentences)]


def articles_named(text: str) -> list[tuple[str, int]]:
    """(law's short title, article number) of the steps ``text`` names, each once, in the table's order."""
    return list(dict.fromkeys((p.law, n) for p in procedures_named(text) for n in p.articles))


def short_title(title: str) -> str:
    """A national law's title without 中华人民共和国 (works.short_title)."""
    return re.sub(r"^中华人民共和国", "", title or "")
